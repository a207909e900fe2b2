import Foundation

/// How bad a finding is.
public enum Severity: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case info
    case low
    case medium
    case high
    case critical

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A weakness on an asset, tracked from the scan that first saw it to the scan that no longer does.
public struct Finding: Hashable, Sendable, Codable {
    /// Stable across scans: asset, port, transport, source and rule (a plugin id, a CVE, an exposure rule).
    public var key: String
    public var assetID: UUID
    public var port: Int?
    public var transport: String?
    /// `nessus`, `openvas`, `nmap`, `ward-scanner` …
    public var source: String
    /// The plugin, rule or CVE the source reported.
    public var rule: String
    public var title: String
    public var severity: Severity
    public var cve: String?
    /// The CISA KEV due date when the vulnerability is in the catalog; it sets the remediation clock.
    public var kevDueDate: CalendarDate?
    public var status: FindingStatus
    public var firstSeen: Date
    public var lastSeen: Date
    public var closedAt: Date?
    public var verifiedAt: Date?
    public var reopenCount: Int
    public var falsePositive: FalsePositive?
    public var acceptance: RiskAcceptance?

    /// The key of a finding: what makes two reports of different scans the same finding.
    public static func key(assetID: UUID, port: Int?, transport: String?, source: String, rule: String) -> String {
        [assetID.uuidString.lowercased(), port.map(String.init) ?? "-", transport ?? "-", source, rule].joined(
            separator: "|"
        )
    }

    public init(
        assetID: UUID,
        port: Int? = nil,
        transport: String? = nil,
        source: String,
        rule: String,
        title: String,
        severity: Severity,
        cve: String? = nil,
        kevDueDate: CalendarDate? = nil,
        status: FindingStatus = .open,
        firstSeen: Date,
        lastSeen: Date? = nil
    ) {
        self.key = Finding.key(assetID: assetID, port: port, transport: transport, source: source, rule: rule)
        self.assetID = assetID
        self.port = port
        self.transport = transport
        self.source = source
        self.rule = rule
        self.title = title
        self.severity = severity
        self.cve = cve
        self.kevDueDate = kevDueDate
        self.status = status
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen ?? firstSeen
        self.closedAt = nil
        self.verifiedAt = nil
        self.reopenCount = 0
        self.falsePositive = nil
        self.acceptance = nil
    }
}

public enum FindingStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case open
    case closed
    case falsePositive = "false_positive"
    case riskAccepted = "risk_accepted"
}

/// A finding someone judged not real, until it expires.
public struct FalsePositive: Hashable, Sendable, Codable {
    public var reason: String
    public var by: String
    public var at: Date
    public var expiresAt: Date
}

/// A risk the organization chose to carry, with who approved it, until when, and what compensates.
public struct RiskAcceptance: Hashable, Sendable, Codable {
    public var approver: String
    public var at: Date
    public var expiresAt: Date
    public var compensatingControls: String
}

/// Something that happened to a finding.
public struct FindingEvent: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        case opened
        /// Seen again within the reopen window after it closed.
        case reopened
        /// Absent from a later scan that covered it.
        case closed
        /// A rescan confirmed it stays closed.
        case verified
        case markedFalsePositive = "marked_false_positive"
        case accepted
        /// A false-positive mark or a risk acceptance ran out; the finding counts again.
        case expired
    }

    public var key: String
    public var kind: Kind
    public var at: Date
    public var note: String?

    public init(key: String, kind: Kind, at: Date, note: String? = nil) {
        self.key = key
        self.kind = kind
        self.at = at
        self.note = note
    }
}
extension Severity: CodingKeyRepresentable {}
