import Foundation

/// A scan agent: a `ward agent` process inside one network segment that pulls that segment's jobs and pushes their
/// results, so the server never needs a way into the segment.
///
/// - Important: An agent may only scan and report on addresses inside its ``segment`` **and** inside its
///   organization's scope; results for anything else are refused and logged.
public struct ScanAgent: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var organizationID: UUID
    public var name: String
    /// The first characters of the agent's token, so people can tell agents' tokens apart.
    public var prefix: String
    /// The blocks, ranges and names the agent stands in (include entries only).
    public var segment: [ScopeEntry]
    public var createdBy: UUID?
    public var createdAt: Date
    public var lastSeenAt: Date?
    public var revokedAt: Date?

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        name: String,
        prefix: String,
        segment: [ScopeEntry],
        createdBy: UUID?,
        createdAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.prefix = prefix
        self.segment = segment
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.lastSeenAt = nil
        self.revokedAt = nil
    }

    /// Whether the agent's segment holds `address` (its organization's scope is checked separately).
    public func covers(_ address: IPAddress) -> Bool {
        Scope(entries: segment).decide(.address(address), at: Date(timeIntervalSince1970: 0)).isAllowed
    }
}
