import Foundation
import WardCore

/// A record in the CVE Program's JSON 5 format (`dataType: CVE_RECORD`, `dataVersion` 5.x), as cvelistV5 publishes
/// it: the CNA's container (affected products and versions, descriptions, metrics) and the ADP containers, among
/// them CISA's "Vulnrichment", which adds SSVC decision points and KEV dates that Ward's prioritisation uses.
public struct CVERecord: Sendable, Hashable, Codable {
    public var dataType: String
    public var dataVersion: String
    public var cveMetadata: Metadata
    public var containers: Containers

    /// Identity and state of the record.
    public struct Metadata: Sendable, Hashable, Codable {
        public var cveId: String
        /// `PUBLISHED` or `REJECTED`.
        public var state: String
        public var assignerShortName: String?
        public var datePublished: String?
        public var dateUpdated: String?
    }

    /// The CNA's container and any ADP containers.
    public struct Containers: Sendable, Hashable, Codable {
        public var cna: Container
        public var adp: [Container]?
    }

    /// What one organisation says about the CVE.
    public struct Container: Sendable, Hashable, Codable {
        public var title: String?
        public var providerMetadata: Provider?
        public var descriptions: [NVDRecord.LanguageText]?
        public var affected: [Affected]?
        public var metrics: [Metric]?
        public var references: [Reference]?
    }

    /// The organisation that wrote a container.
    public struct Provider: Sendable, Hashable, Codable {
        public var orgId: String?
        public var shortName: String?
    }

    /// A link.
    public struct Reference: Sendable, Hashable, Codable {
        public var url: String
        public var tags: [String]?
    }

    /// A product and the versions of it that are or are not affected.
    public struct Affected: Sendable, Hashable, Codable {
        public var vendor: String?
        public var product: String?
        public var packageName: String?
        public var collectionURL: String?
        public var cpes: [String]?
        /// The status of versions that ``versions`` does not mention: `affected`, `unaffected` or `unknown`.
        public var defaultStatus: String?
        public var versions: [Version]?

        public init(
            vendor: String? = nil,
            product: String? = nil,
            packageName: String? = nil,
            collectionURL: String? = nil,
            cpes: [String]? = nil,
            defaultStatus: String? = nil,
            versions: [Version]? = nil
        ) {
            self.vendor = vendor
            self.product = product
            self.packageName = packageName
            self.collectionURL = collectionURL
            self.cpes = cpes
            self.defaultStatus = defaultStatus
            self.versions = versions
        }
    }

    /// A version or a range of versions with a status.
    public struct Version: Sendable, Hashable, Codable {
        /// The single version, or the start of the range when `lessThan` or `lessThanOrEqual` is set.
        public var version: String
        public var status: String
        public var lessThan: String?
        public var lessThanOrEqual: String?
        public var versionType: String?

        public init(
            version: String,
            status: String,
            lessThan: String? = nil,
            lessThanOrEqual: String? = nil,
            versionType: String? = nil
        ) {
            self.version = version
            self.status = status
            self.lessThan = lessThan
            self.lessThanOrEqual = lessThanOrEqual
            self.versionType = versionType
        }
    }

    /// One metric: a CVSS score of some version, or another kind (`ssvc`, `kev`) under `other`.
    public struct Metric: Sendable, Hashable, Codable {
        public var cvssV4_0: NVDMetrics.CVSSData?
        public var cvssV3_1: NVDMetrics.CVSSData?
        public var cvssV3_0: NVDMetrics.CVSSData?
        public var cvssV2_0: NVDMetrics.CVSSData?
        public var other: Other?
    }

    /// A metric of another kind. Ward reads the two that CISA's ADP writes: SSVC decision points and the KEV date.
    public struct Other: Sendable, Hashable, Codable {
        public var type: String
        public var content: Content

        /// The parts of the content Ward uses; the rest is ignored.
        public struct Content: Sendable, Hashable, Codable {
            /// SSVC: `[{"Exploitation": "active"}, {"Automatable": "yes"}, {"Technical Impact": "total"}]`.
            public var options: [[String: String]]?
            /// KEV: the day CISA added the CVE.
            public var dateAdded: String?
        }
    }

    /// The identifier, e.g. `CVE-2019-19781`.
    public var id: String { cveMetadata.cveId }

    /// Whether the CVE Program rejected the identifier (a duplicate, a mistake).
    public var isRejected: Bool { cveMetadata.state.uppercased() == "REJECTED" }

    /// Every container, the CNA's first.
    public var allContainers: [Container] { [containers.cna] + (containers.adp ?? []) }

    /// The English description of the CNA, if any.
    public var summary: String? {
        let texts = containers.cna.descriptions ?? []
        return (texts.first { $0.lang.hasPrefix("en") } ?? texts.first)?.value
    }

    /// SSVC decision points from any container (CISA's ADP writes them), by name: `Exploitation`, `Automatable`,
    /// `Technical Impact`.
    public var ssvcOptions: [String: String] {
        var result: [String: String] = [:]
        for container in allContainers {
            for metric in container.metrics ?? [] where metric.other?.type.lowercased() == "ssvc" {
                for option in metric.other?.content.options ?? [] {
                    for (key, value) in option { result[key] = value }
                }
            }
        }
        return result
    }

    /// The first CVSS v3.x score in any container, the CNA's first.
    public var cvss3: NVDMetrics.CVSSData? {
        for container in allContainers {
            for metric in container.metrics ?? [] {
                if let score = metric.cvssV3_1 ?? metric.cvssV3_0 { return score }
            }
        }
        return nil
    }

    /// The first CVSS v4.0 score in any container.
    public var cvss4: NVDMetrics.CVSSData? {
        allContainers.lazy.flatMap { $0.metrics ?? [] }.compactMap(\.cvssV4_0).first
    }

    /// Reads a record.
    ///
    /// - Throws: `invalidInput` naming the path of the first problem, or the record's type or version when it is
    ///   not a CVE JSON 5 record.
    public static func read(_ data: Data, file: String) throws -> CVERecord {
        let record = try IntelDocument.decode(CVERecord.self, from: data, file: file)
        guard record.dataType == "CVE_RECORD" else {
            throw WardError(
                .invalidInput,
                "the dataType is '\(record.dataType)', not CVE_RECORD",
                location: "\(file) at $.dataType"
            )
        }
        guard record.dataVersion.hasPrefix("5.") else {
            throw WardError(
                .invalidInput,
                "the dataVersion is '\(record.dataVersion)'; Ward reads CVE JSON 5.x",
                location: "\(file) at $.dataVersion"
            )
        }
        return record
    }
}
