import Foundation

/// One vulnerability alert for one organization, as it leaves Ward through a ``NotificationChannel``.
///
/// An alert says "an advisory affects you": one vulnerability, the organization's assets it touches, every source that
/// tied it to them and why, and what to do (the decision, such as `Act`) by when. The value is deliberately made of
/// plain strings so that its JSON form stays stable while the models that produce it change.
///
/// ## JSON
///
/// ``jsonBody()`` is what a webhook receives: UTF-8 JSON, keys sorted, ISO 8601 dates in UTC, no escaped slashes.
/// Optional fields that are unset are left out. Version 1 of the format has these keys:
///
/// ```json
/// {
///   "alertID": "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
///   "assets": ["Infusion pump 7 (10.20.0.7)"],
///   "decision": "Act",
///   "due": "2026-12-07T00:00:00Z",
///   "link": "https://ward.example/alerts/3F2504E0",
///   "organization": "Riverside Clinic",
///   "severity": "critical",
///   "sources": [{"kind": "CSAF", "reason": "product and version 2.1 in range", "reference": "ICSMA-24-123-01"}],
///   "title": "Infusion pump firmware accepts unauthenticated updates",
///   "version": 1,
///   "vulnerabilityID": "CVE-2024-12345"
/// }
/// ```
///
/// New keys may be added in later versions; existing keys keep their meaning, and a change that breaks them raises
/// `version`.
public struct AlertNotification: Sendable, Codable, Hashable {
    /// Why Ward believes the vulnerability affects the organization: one advisory, feed or scan that matched.
    public struct Source: Sendable, Codable, Hashable {
        /// What kind of source matched, such as `NVD`, `OSV`, `CSAF`, `KEV` or `scan`.
        public var kind: String
        /// The source's own identifier or address, such as an advisory id.
        public var reference: String
        /// Why the source matched, such as "CPE and version 2.1 in range".
        public var reason: String

        /// Creates a source.
        public init(kind: String, reference: String, reason: String) {
            self.kind = kind
            self.reference = reference
            self.reason = reason
        }
    }

    /// The version of the JSON format; see the type's discussion.
    public static let formatVersion = 1

    /// The name of the organization the alert is for.
    public var organization: String
    /// The alert's identifier in Ward, so that a receiver can recognise a repeated delivery.
    public var alertID: String
    /// The vulnerability, usually a CVE identifier.
    public var vulnerabilityID: String
    /// A short human title.
    public var title: String
    /// What to do: `Act`, `Attend`, `Track*` or `Track` (see ``syslogSeverity``).
    public var decision: String
    /// The vulnerability's severity as its sources rate it (`critical`, `high` …), when known.
    public var severity: String?
    /// Labels of the organization's affected assets.
    public var assets: [String]
    /// Every source that tied the vulnerability to the organization.
    public var sources: [Source]
    /// When the fix is due, when there is a deadline.
    public var due: Date?
    /// Where the alert can be read in Ward.
    public var link: String?

    /// Creates an alert.
    public init(
        organization: String,
        alertID: String,
        vulnerabilityID: String,
        title: String,
        decision: String,
        severity: String? = nil,
        assets: [String],
        sources: [Source],
        due: Date? = nil,
        link: String? = nil
    ) {
        self.organization = organization
        self.alertID = alertID
        self.vulnerabilityID = vulnerabilityID
        self.title = title
        self.decision = decision
        self.severity = severity
        self.assets = assets
        self.sources = sources
        self.due = due
        self.link = link
    }

    private enum CodingKeys: String, CodingKey {
        case version, organization, alertID, vulnerabilityID, title, decision, severity, assets, sources, due, link
    }

    /// Decodes an alert; a `version` other than 1 is refused so that a receiver never misreads a later format.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decodeIfPresent(Int.self, forKey: .version) ?? Self.formatVersion
        guard version == Self.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version,
                in: container,
                debugDescription: "alert format version \(version) is not supported; this reader knows version 1"
            )
        }
        organization = try container.decode(String.self, forKey: .organization)
        alertID = try container.decode(String.self, forKey: .alertID)
        vulnerabilityID = try container.decode(String.self, forKey: .vulnerabilityID)
        title = try container.decode(String.self, forKey: .title)
        decision = try container.decode(String.self, forKey: .decision)
        severity = try container.decodeIfPresent(String.self, forKey: .severity)
        assets = try container.decode([String].self, forKey: .assets)
        sources = try container.decode([Source].self, forKey: .sources)
        due = try container.decodeIfPresent(Date.self, forKey: .due)
        link = try container.decodeIfPresent(String.self, forKey: .link)
    }

    /// Encodes the alert with its format `version`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatVersion, forKey: .version)
        try container.encode(organization, forKey: .organization)
        try container.encode(alertID, forKey: .alertID)
        try container.encode(vulnerabilityID, forKey: .vulnerabilityID)
        try container.encode(title, forKey: .title)
        try container.encode(decision, forKey: .decision)
        try container.encodeIfPresent(severity, forKey: .severity)
        try container.encode(assets, forKey: .assets)
        try container.encode(sources, forKey: .sources)
        try container.encodeIfPresent(due, forKey: .due)
        try container.encodeIfPresent(link, forKey: .link)
    }

    /// The stable JSON form that webhooks receive (see the type's discussion).
    public func jsonBody() throws -> Data {
        let encoder = JSONEncoder()
        // Sorted keys make the bytes, and so the signature, the same for the same alert.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// The e-mail subject: `[Ward] Act: CVE-2024-12345 – title (organization)`, on one line.
    public var subject: String {
        Self.oneLine("[Ward] \(decision): \(vulnerabilityID) – \(title) (\(organization))")
    }

    /// The plain-text body of the e-mail, lines separated by `\n`.
    public var plainText: String {
        var lines = [
            "Ward found a vulnerability that affects \(Self.oneLine(organization)).",
            "",
            "Vulnerability: \(Self.oneLine(vulnerabilityID))",
            "Title:         \(Self.oneLine(title))",
            "Decision:      \(Self.oneLine(decision))",
        ]
        if let severity { lines.append("Severity:      \(Self.oneLine(severity))") }
        if let due { lines.append("Due:           \(Self.day(due))") }
        lines.append("")
        lines.append("Affected assets (\(assets.count)):")
        lines += assets.map { "  - \(Self.oneLine($0))" }
        lines.append("")
        lines.append("Sources (\(sources.count)):")
        for source in sources {
            lines.append("  - \(Self.oneLine(source.kind)) \(Self.oneLine(source.reference))")
            lines.append("    \(Self.oneLine(source.reason))")
        }
        if let link {
            lines.append("")
            lines.append("Details: \(Self.oneLine(link))")
        }
        lines.append("")
        lines.append("Alert \(Self.oneLine(alertID)). You receive this because your Ward administrator set up alerts.")
        return lines.joined(separator: "\n")
    }

    /// One line for syslog: `Act CVE-2024-12345 org="…" assets=2 due=2026-12-07 title="…" link=…`.
    ///
    /// Control characters become spaces, so the line can never be split into two records by a receiver.
    public var syslogLine: String {
        var parts = [
            Self.oneLine(decision),
            Self.oneLine(vulnerabilityID),
            "org=\(Self.quoted(organization))",
            "assets=\(assets.count)",
            "sources=\(sources.count)",
        ]
        if let severity { parts.append("severity=\(Self.quoted(severity))") }
        if let due { parts.append("due=\(Self.day(due))") }
        parts.append("title=\(Self.quoted(title))")
        parts.append("alert=\(Self.quoted(alertID))")
        if let link { parts.append("link=\(Self.quoted(link))") }
        return parts.joined(separator: " ")
    }

    /// The syslog severity (RFC 5424, 0 is the most severe) for the alert's decision: `Act` is critical (2),
    /// `Attend` error (3), `Track*` warning (4), anything else notice (5).
    public var syslogSeverity: Int {
        switch decision.lowercased() {
        case "act": 2
        case "attend": 3
        case "track*": 4
        default: 5
        }
    }

    /// The text with every control character (line breaks included) replaced by a space.
    static func oneLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 })
        )
    }

    static func quoted(_ text: String) -> String {
        "\"" + oneLine(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash))
    }
}
