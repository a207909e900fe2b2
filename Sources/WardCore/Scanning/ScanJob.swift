import Foundation

/// One planned scan of one host: queued by the rescan scheduler, claimed by one runner (the server or a scan agent),
/// and finished with what it saw.
public struct ScanJob: Hashable, Sendable, Codable, Identifiable {
    /// Where a job is in its life.
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        /// Waiting for its due time and a runner.
        case queued
        /// Claimed by a runner, which holds it until it reports or its lease runs out.
        case running
        /// Finished and reported.
        case done
        /// The runner reported that it could not scan the target.
        case failed
        /// Withdrawn before it ran (the target left the scope).
        case cancelled
    }

    public var id: UUID
    public var organizationID: UUID
    /// The address to scan.
    public var target: String
    /// The asset the target belongs to, when it is known.
    public var assetID: UUID?
    /// The scan agent whose segment holds the target; nil when the server scans it itself.
    public var agentID: UUID?
    /// The safety profile to scan with: `gentle` (the default), `standard` or `fast`.
    public var profile: String
    /// The ports to probe, as a port list (`22,80,443`, `1-1024`).
    public var ports: String
    /// Why the job is due now, in words (`high finding: every 24 hours`).
    public var reason: String
    public var dueAt: Date
    public var state: State
    /// The runner that claimed it (a replica name or `agent:<id>`).
    public var claimedBy: String?
    public var claimedAt: Date?
    public var finishedAt: Date?
    /// How many times a runner claimed it; above one only when a lease ran out.
    public var attempts: Int
    /// Whether the host answered; nil until the job finishes.
    public var hostUp: Bool?
    /// Consecutive scans in which the host did not answer, this one included.
    public var misses: Int
    /// A one-line summary of what the scan found.
    public var result: String?
    public var createdAt: Date

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        target: String,
        assetID: UUID? = nil,
        agentID: UUID? = nil,
        profile: String = "gentle",
        ports: String,
        reason: String,
        dueAt: Date,
        createdAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.target = target
        self.assetID = assetID
        self.agentID = agentID
        self.profile = profile
        self.ports = ports
        self.reason = reason
        self.dueAt = dueAt
        self.state = .queued
        self.claimedBy = nil
        self.claimedAt = nil
        self.finishedAt = nil
        self.attempts = 0
        self.hostUp = nil
        self.misses = 0
        self.result = nil
        self.createdAt = createdAt
    }
}
