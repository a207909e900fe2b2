import Foundation

/// One scan that a person or a program started from the web UI, the API or the command line: its targets, how far it
/// is, and, once it ends, what it found.
///
/// The hosts, services and facts it found are kept with it as a JSON document that the scanner writes and reads
/// (``ScanRunRecords`` stores it as text: the store does not depend on the scanner).
public struct ScanRun: Hashable, Sendable, Codable, Identifiable {
    /// Where a scan is in its life.
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        /// Waiting for a runner.
        case queued
        /// A runner is sweeping ports or identifying services.
        case running
        /// It ran to its end.
        case completed
        /// Someone stopped it; what it found until then is kept.
        case cancelled
        /// It could not go on (the server running it stopped, or an error), in ``ScanRun/error``'s words.
        case failed

        /// Whether the scan has ended.
        public var isFinished: Bool { self == .completed || self == .cancelled || self == .failed }
    }

    /// The figures of an ended scan.
    public struct Summary: Hashable, Sendable, Codable {
        public var hostsScanned: Int
        public var hostsUp: Int
        public var openPorts: Int
        public var servicesIdentified: Int
        public var attempts: Int
        public var peakAttemptsPerSecond: Int
        public var assetsCreated: Int
        public var findingsSeen: Int
        public var findingsOpened: Int
        public var findingsClosed: Int

        public init(
            hostsScanned: Int = 0,
            hostsUp: Int = 0,
            openPorts: Int = 0,
            servicesIdentified: Int = 0,
            attempts: Int = 0,
            peakAttemptsPerSecond: Int = 0,
            assetsCreated: Int = 0,
            findingsSeen: Int = 0,
            findingsOpened: Int = 0,
            findingsClosed: Int = 0
        ) {
            self.hostsScanned = hostsScanned
            self.hostsUp = hostsUp
            self.openPorts = openPorts
            self.servicesIdentified = servicesIdentified
            self.attempts = attempts
            self.peakAttemptsPerSecond = peakAttemptsPerSecond
            self.assetsCreated = assetsCreated
            self.findingsSeen = findingsSeen
            self.findingsOpened = findingsOpened
            self.findingsClosed = findingsClosed
        }
    }

    public var id: UUID
    public var organizationID: UUID
    /// The targets as given: addresses, blocks, ranges, host names.
    public var targets: [String]
    /// The port list as given (`clinical`, `22,80,443`, `1-1024`, `all`).
    public var ports: String
    /// The safety profile: `gentle`, `standard` or `fast`.
    public var profile: String
    /// Whether services on open ports are identified.
    public var identify: Bool
    /// Who started it: a user's name, `token:<name>`, or `cli`.
    public var requestedBy: String
    public var requestedByUserID: UUID?
    public var state: State
    /// The replica that runs it.
    public var runner: String?
    public var createdAt: Date
    public var startedAt: Date?
    /// When the runner last reported progress.
    public var heartbeatAt: Date?
    public var finishedAt: Date?
    /// In-scope addresses to scan.
    public var addressesTotal: Int
    /// Address–port pairs to try, and how many have an answer so far.
    public var pairsTotal: Int
    public var pairsDone: Int
    /// Open ports found so far.
    public var openPorts: Int
    /// Whether someone asked a running scan to stop.
    public var cancelRequested: Bool
    public var error: String?
    public var summary: Summary?
    /// Targets left out, each with the reason (`10.9.0.0/16: outside the scope`).
    public var refused: [String]

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        targets: [String],
        ports: String,
        profile: String,
        identify: Bool,
        requestedBy: String,
        requestedByUserID: UUID?,
        createdAt: Date,
        addressesTotal: Int,
        pairsTotal: Int,
        refused: [String] = []
    ) {
        self.id = id
        self.organizationID = organizationID
        self.targets = targets
        self.ports = ports
        self.profile = profile
        self.identify = identify
        self.requestedBy = requestedBy
        self.requestedByUserID = requestedByUserID
        self.state = .queued
        self.runner = nil
        self.createdAt = createdAt
        self.startedAt = nil
        self.heartbeatAt = nil
        self.finishedAt = nil
        self.addressesTotal = addressesTotal
        self.pairsTotal = pairsTotal
        self.pairsDone = 0
        self.openPorts = 0
        self.cancelRequested = false
        self.error = nil
        self.summary = nil
        self.refused = refused
    }

    /// The share of pairs done, 0 to 1.
    public var fractionDone: Double {
        guard pairsTotal > 0 else { return state.isFinished ? 1 : 0 }
        return min(1, Double(pairsDone) / Double(pairsTotal))
    }
}
