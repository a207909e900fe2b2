import Foundation
import WardCore

/// A CVE as NVD's CVE API 2.0 describes it: descriptions, CVSS metrics, weaknesses, references, CISA's KEV fields and
/// the CPE match configurations that say which products are vulnerable.
///
/// NVD serves records wrapped in an API response (`{"vulnerabilities": [{"cve": {…}}]}`); mirrors such as the NVD
/// JSON data feeds store one bare record per file. ``NVDReader`` reads both.
public struct NVDRecord: Sendable, Hashable, Codable {
    public var id: String
    public var sourceIdentifier: String?
    public var published: String?
    public var lastModified: String?
    public var vulnStatus: String?
    public var descriptions: [LanguageText]
    public var metrics: NVDMetrics?
    public var weaknesses: [Weakness]?
    public var configurations: [NVDConfiguration]?
    public var references: [Reference]?
    /// Set when the CVE is in CISA's KEV catalog.
    public var cisaExploitAdd: String?
    public var cisaActionDue: String?
    public var cisaRequiredAction: String?
    public var cisaVulnerabilityName: String?

    /// A text in one language.
    public struct LanguageText: Sendable, Hashable, Codable {
        public var lang: String
        public var value: String
    }

    /// A CWE classification from one source.
    public struct Weakness: Sendable, Hashable, Codable {
        public var source: String?
        public var type: String?
        public var description: [LanguageText]
    }

    /// A link with the tags NVD gave it (`Patch`, `Vendor Advisory`, `Exploit` …).
    public struct Reference: Sendable, Hashable, Codable {
        public var url: String
        public var source: String?
        public var tags: [String]?
    }

    /// The English description, or the first one.
    public var summary: String? {
        (descriptions.first { $0.lang == "en" } ?? descriptions.first)?.value
    }

    /// The CWE identifiers, without duplicates, in the order NVD lists them.
    public var cweIdentifiers: [String] {
        var seen = Set<String>()
        return (weaknesses ?? []).flatMap(\.description).map(\.value)
            .filter { $0.hasPrefix("CWE-") && seen.insert($0).inserted }
    }
}

/// The CVSS metrics NVD lists for a CVE, each version from one or more sources.
public struct NVDMetrics: Sendable, Hashable, Codable {
    public var cvssMetricV40: [Metric]?
    public var cvssMetricV31: [Metric]?
    public var cvssMetricV30: [Metric]?
    public var cvssMetricV2: [Metric]?

    /// One source's CVSS assessment.
    public struct Metric: Sendable, Hashable, Codable {
        public var source: String?
        /// `Primary` (NVD's own, or the CNA's when NVD has none) or `Secondary`.
        public var type: String?
        public var cvssData: CVSSData
        /// CVSS v2 keeps the severity beside the data.
        public var baseSeverity: String?
    }

    /// The scored vector.
    public struct CVSSData: Sendable, Hashable, Codable {
        public var version: String
        public var vectorString: String
        public var baseScore: Double
        public var baseSeverity: String?

        public init(version: String, vectorString: String, baseScore: Double, baseSeverity: String? = nil) {
            self.version = version
            self.vectorString = vectorString
            self.baseScore = baseScore
            self.baseSeverity = baseSeverity
        }
    }

    /// The best v3.x score: the primary one of v3.1, else of v3.0, else the first of either.
    public var cvss3: Metric? {
        Self.preferred(cvssMetricV31) ?? Self.preferred(cvssMetricV30)
    }

    /// The best v4.0 score.
    public var cvss4: Metric? { Self.preferred(cvssMetricV40) }

    /// The best v2 score.
    public var cvss2: Metric? { Self.preferred(cvssMetricV2) }

    static func preferred(_ metrics: [Metric]?) -> Metric? {
        guard let metrics, !metrics.isEmpty else { return nil }
        return metrics.first { $0.type == "Primary" } ?? metrics.first
    }
}
