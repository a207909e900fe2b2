import Foundation
import WardCore

/// One vulnerability record in the Open Source Vulnerability (OSV) format, as published by the PyPA advisory
/// database, GitHub, Go, RustSec and others (ossf.github.io/osv-schema).
///
/// The model keeps the schema's field names and leaves timestamps as the RFC 3339 text the record carries, so that
/// nothing is lost between reading a record and showing it. Lists that the schema makes optional are empty when
/// absent. Whether a package version is affected, and why, is answered by ``evaluate(ecosystem:name:version:)``.
public struct OSVRecord: Sendable, Hashable, Codable {
    /// The OSV schema version the record follows (`1.6.0`), when it says.
    public var schemaVersion: String?
    /// The record's identifier in its database (`PYSEC-2021-9`, `GHSA-…`).
    public var id: String
    /// When the record last changed (RFC 3339).
    public var modified: String
    /// When the record was first published (RFC 3339).
    public var published: String?
    /// When the record was withdrawn (RFC 3339); a withdrawn record never matches.
    public var withdrawn: String?
    /// Other identifiers of the same vulnerability (CVE, GHSA …).
    public var aliases: [String]
    /// Identifiers of records about closely related, but different, vulnerabilities.
    public var related: [String]
    /// A one-line summary.
    public var summary: String?
    /// The full description, often in Markdown.
    public var details: String?
    /// Severity scores for the vulnerability as a whole.
    public var severity: [Severity]
    /// The affected packages and their versions.
    public var affected: [Affected]
    /// Advisories, fixes and reports.
    public var references: [Reference]
    /// Whatever the publishing database adds, kept as it was.
    public var databaseSpecific: OSVValue?

    /// A severity score with the scoring system it belongs to.
    public struct Severity: Sendable, Hashable, Codable {
        /// The system, such as `CVSS_V3`, `CVSS_V4` or `Ubuntu`.
        public var type: String
        /// The score in that system's notation (a CVSS vector string for CVSS).
        public var score: String

        /// Creates a severity.
        public init(type: String, score: String) {
            self.type = type
            self.score = score
        }
    }

    /// A link with its kind (`ADVISORY`, `FIX`, `WEB` …).
    public struct Reference: Sendable, Hashable, Codable {
        /// The kind of link (`ADVISORY`, `FIX`, `WEB` …).
        public var type: String
        /// The address.
        public var url: String

        /// Creates a reference.
        public init(type: String, url: String) {
            self.type = type
            self.url = url
        }
    }

    /// A package named by ecosystem and name, and optionally by purl.
    public struct Package: Sendable, Hashable, Codable {
        /// The OSV ecosystem (`PyPI`, `npm`, `Debian:12` …).
        public var ecosystem: String
        /// The package name as the ecosystem spells it.
        public var name: String
        /// The package as a purl, without version, when the record gives one.
        public var purl: String?

        /// Creates a package.
        public init(ecosystem: String, name: String, purl: String? = nil) {
            self.ecosystem = ecosystem
            self.name = name
            self.purl = purl
        }
    }

    /// One affected package with the versions of it that are affected.
    public struct Affected: Sendable, Hashable, Codable {
        /// The package; absent only in records that name nothing but git repositories.
        public var package: Package?
        /// Severity scores that apply to this package only.
        public var severity: [Severity]
        /// The ranges of affected versions.
        public var ranges: [Range]
        /// Affected versions listed one by one, in the ecosystem's spelling.
        public var versions: [String]
        /// Whatever the ecosystem adds (affected functions, imports), kept as it was.
        public var ecosystemSpecific: OSVValue?
        /// Whatever the database adds for this package, kept as it was.
        public var databaseSpecific: OSVValue?

        /// Creates an affected entry.
        public init(
            package: Package?,
            severity: [Severity] = [],
            ranges: [Range] = [],
            versions: [String] = [],
            ecosystemSpecific: OSVValue? = nil,
            databaseSpecific: OSVValue? = nil
        ) {
            self.package = package
            self.severity = severity
            self.ranges = ranges
            self.versions = versions
            self.ecosystemSpecific = ecosystemSpecific
            self.databaseSpecific = databaseSpecific
        }

        enum CodingKeys: String, CodingKey {
            case package, severity, ranges, versions
            case ecosystemSpecific = "ecosystem_specific"
            case databaseSpecific = "database_specific"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            package = try container.decodeIfPresent(Package.self, forKey: .package)
            severity = try container.decodeIfPresent([Severity].self, forKey: .severity) ?? []
            ranges = try container.decodeIfPresent([Range].self, forKey: .ranges) ?? []
            versions = try container.decodeIfPresent([String].self, forKey: .versions) ?? []
            ecosystemSpecific = try container.decodeIfPresent(OSVValue.self, forKey: .ecosystemSpecific)
            databaseSpecific = try container.decodeIfPresent(OSVValue.self, forKey: .databaseSpecific)
        }
    }

    /// A range of affected versions, described by the events where being affected starts and stops.
    public struct Range: Sendable, Hashable, Codable {
        /// How the event versions are ordered.
        public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
            /// The type as the record writes it.
            public var rawValue: String
            /// Creates a kind from its name in the schema.
            public init(rawValue: String) { self.rawValue = rawValue }

            /// Versions are semver 2.0.0.
            public static let semver = Kind(rawValue: "SEMVER")
            /// Versions are ordered by the package's ecosystem.
            public static let ecosystem = Kind(rawValue: "ECOSYSTEM")
            /// Events are git commit hashes in ``Range/repo``; not comparable as versions.
            public static let git = Kind(rawValue: "GIT")

            public var description: String { rawValue }

            public init(from decoder: any Decoder) throws {
                rawValue = try decoder.singleValueContainer().decode(String.self)
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }
        }

        /// How the events are ordered.
        public var type: Kind
        /// The repository, for ``Kind/git`` ranges.
        public var repo: String?
        /// The events, in the order the record gives them.
        public var events: [Event]
        /// Whatever the database adds for this range, kept as it was.
        public var databaseSpecific: OSVValue?

        /// Creates a range.
        public init(type: Kind, repo: String? = nil, events: [Event], databaseSpecific: OSVValue? = nil) {
            self.type = type
            self.repo = repo
            self.events = events
            self.databaseSpecific = databaseSpecific
        }

        enum CodingKeys: String, CodingKey {
            case type, repo, events
            case databaseSpecific = "database_specific"
        }
    }

    /// A point in a range where the affected state changes.
    public struct Event: Sendable, Hashable, Codable, CustomStringConvertible {
        /// What happens at the event's version.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// Versions from here on are affected; `0` means from the first version.
            case introduced
            /// Versions from here on are not affected.
            case fixed
            /// This version is the last affected one; later ones are not.
            case lastAffected = "last_affected"
            /// Versions from here on are outside the range, whatever the other events say.
            case limit
        }

        /// What happens.
        public var kind: Kind
        /// Where it happens: a version, or a commit in a GIT range.
        public var version: String

        /// Creates an event.
        public init(_ kind: Kind, _ version: String) {
            self.kind = kind
            self.version = version
        }

        /// `introduced 0`, `fixed 4.2.2`, `last_affected 1.3`.
        public var description: String { "\(kind.rawValue) \(version)" }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            let present = Kind.allCases.filter { container.contains(AnyKey($0.rawValue)) }
            guard present.count == 1, let kind = present.first else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: present.isEmpty
                            ? "an event needs one of introduced, fixed, last_affected or limit"
                            : "an event has exactly one of introduced, fixed, last_affected or limit, not "
                                + present.map(\.rawValue).joined(separator: " and ")
                    )
                )
            }
            self.kind = kind
            version = try container.decode(String.self, forKey: AnyKey(kind.rawValue))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode(version, forKey: AnyKey(kind.rawValue))
        }

        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    /// Creates a record.
    public init(
        id: String,
        modified: String,
        published: String? = nil,
        withdrawn: String? = nil,
        aliases: [String] = [],
        related: [String] = [],
        summary: String? = nil,
        details: String? = nil,
        severity: [Severity] = [],
        affected: [Affected] = [],
        references: [Reference] = [],
        databaseSpecific: OSVValue? = nil,
        schemaVersion: String? = nil
    ) {
        self.id = id
        self.modified = modified
        self.published = published
        self.withdrawn = withdrawn
        self.aliases = aliases
        self.related = related
        self.summary = summary
        self.details = details
        self.severity = severity
        self.affected = affected
        self.references = references
        self.databaseSpecific = databaseSpecific
        self.schemaVersion = schemaVersion
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case id, modified, published, withdrawn, aliases, related, summary, details, severity, affected, references
        case databaseSpecific = "database_specific"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(String.self, forKey: .schemaVersion)
        id = try container.decode(String.self, forKey: .id)
        modified = try container.decode(String.self, forKey: .modified)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        withdrawn = try container.decodeIfPresent(String.self, forKey: .withdrawn)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        related = try container.decodeIfPresent([String].self, forKey: .related) ?? []
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        details = try container.decodeIfPresent(String.self, forKey: .details)
        severity = try container.decodeIfPresent([Severity].self, forKey: .severity) ?? []
        affected = try container.decodeIfPresent([Affected].self, forKey: .affected) ?? []
        references = try container.decodeIfPresent([Reference].self, forKey: .references) ?? []
        databaseSpecific = try container.decodeIfPresent(OSVValue.self, forKey: .databaseSpecific)
    }

    /// Decodes a record from JSON, or from YAML when `file` ends in `.yaml` or `.yml` (the PyPA advisory database
    /// keeps its records as YAML).
    ///
    /// - Throws: ``WardError`` `invalidInput` naming `file`, the path in the document (or the YAML line) and the
    ///   reason.
    public static func decode(_ data: Data, file: String) throws -> OSVRecord {
        let lowercased = file.lowercased()
        if lowercased.hasSuffix(".yaml") || lowercased.hasSuffix(".yml") {
            let value = try OSVYAML.parse(data, file: file)
            let json: Data
            do {
                json = try JSONEncoder().encode(value)
            } catch {
                throw WardError(
                    .invalidInput,
                    "the YAML document cannot be turned into JSON",
                    location: file,
                    cause: error
                )
            }
            return try IntelDocument.decode(OSVRecord.self, from: json, file: file)
        }
        return try IntelDocument.decode(OSVRecord.self, from: data, file: file)
    }

    /// Reads and decodes one record file (JSON or YAML, by its extension).
    public static func read(contentsOf url: URL) throws -> OSVRecord {
        try decode(IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }
}
