import Foundation
import Logging
import WardCore
import WardScanner
import WardStore

/// Scans started from the web UI and the API: checked against the organization's scope when asked for, queued, run by
/// one server replica (``ScanRunner``) with progress a person can watch, cancellable, and folded into the inventory
/// and findings when they end.
///
/// - Important: The targets are planned against the organization's scope and scan windows twice: when the scan is
///   asked for (a target outside the scope is refused with the reason), and again when a runner starts it (the scope
///   or the window may have changed meanwhile). Nothing outside the scope gets a packet. The gentle profile is open to
///   anyone who may record security work; `standard` and `fast`, which send more and faster, need the right to manage
///   the scope as well.
public struct ScanRunService: Sendable {
    public let database: Database
    let clock: @Sendable () -> Date

    /// A scan whose runner has not reported for this long is failed: its server stopped.
    public static let staleAfter: TimeInterval = 120
    /// How often a running scan writes its progress and looks for a cancellation.
    public static let reportInterval: Duration = .seconds(1)

    public init(database: Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// What someone asks to scan.
    public struct Request: Codable, Sendable {
        /// Addresses, blocks (`10.0.0.0/24`), ranges (`10.0.0.1-50`) or host names.
        public var targets: [String]
        /// A port list (`22,80,8000-8100`), `clinical` (the default) or `all`.
        public var ports: String?
        /// `gentle` (the default), `standard` or `fast`.
        public var profile: String?
        /// Whether to identify the services on open ports (the default).
        public var identify: Bool?
        /// At most this many in-scope addresses (4,096 unless given; 65,536 at most).
        public var maxHosts: Int?

        public init(
            targets: [String],
            ports: String? = nil,
            profile: String? = nil,
            identify: Bool? = nil,
            maxHosts: Int? = nil
        ) {
            self.targets = targets
            self.ports = ports
            self.profile = profile
            self.identify = identify
            self.maxHosts = maxHosts
        }
    }

    /// The hosts, ports and facts of an ended scan.
    public struct Result: Codable, Sendable {
        /// Hosts that answered, with their open and closed ports.
        public var hosts: [HostScan]
        /// What the probes learned, by address and port.
        public var facts: [String: [Int: [String: String]]]
        /// Host names that did not resolve.
        public var unresolved: [String]

        public init(hosts: [HostScan], facts: [String: [Int: [String: String]]], unresolved: [String] = []) {
            self.hosts = hosts
            self.facts = facts
            self.unresolved = unresolved
        }

        /// The document as the store keeps it.
        public func stored() throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        }
    }

    // MARK: Asking

    /// Checks the request against the organization's scope and queues the scan.
    public func start(
        _ request: Request,
        organizationID: UUID,
        actor: AssessmentService.Actor,
        mayUseIntrusiveProfiles: Bool
    ) async throws -> ScanRun {
        let targets = request.targets.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !targets.isEmpty else {
            throw WardError(.invalidInput, "give at least one target", location: "targets")
        }
        guard targets.count <= 1_000 else {
            throw WardError(.invalidInput, "at most 1000 targets in one scan", location: "targets")
        }
        let profileName = (request.profile ?? "gentle").lowercased()
        let profile = try Self.profile(profileName)
        if profile.name != "gentle" && !mayUseIntrusiveProfiles {
            throw WardError(
                .forbidden,
                "the \(profile.name) profile needs the right to manage the scope; the gentle profile does not",
                location: "profile"
            )
        }
        let portText = (request.ports ?? "clinical").trimmingCharacters(in: .whitespaces)
        let ports = try Self.ports(portText)
        let maxHosts = request.maxHosts ?? 4_096
        guard (1...65_536).contains(maxHosts) else {
            throw WardError(.invalidInput, "maxHosts is 1 to 65536", location: "maxHosts")
        }
        let now = clock()
        let scope = try await database.store.scope.scope(organizationID: organizationID)
        let plan = try ScanPlan.make(targets, scope: scope, at: now, maxHosts: maxHosts)
        guard !plan.addresses.isEmpty else {
            let reasons =
                plan.refused.map { "\($0.target): \($0.reason)" } + plan.unresolved.map { "\($0): no address" }
            throw WardError(
                .outOfScope,
                "nothing to scan: "
                    + (reasons.isEmpty ? "no target is inside the scope" : reasons.joined(separator: "; ")),
                location: "targets"
            )
        }
        let run = ScanRun(
            organizationID: organizationID,
            targets: targets,
            ports: portText,
            profile: profile.name,
            identify: request.identify ?? true,
            requestedBy: actor.name,
            requestedByUserID: actor.userID,
            createdAt: now,
            addressesTotal: plan.addresses.count,
            pairsTotal: plan.addresses.count * ports.ports.count,
            refused: plan.refused.map { "\($0.target): \($0.reason)" }
        )
        try await database.transaction { store in
            try await store.scanRuns.insert(run)
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .scanStarted,
                    target: targets.joined(separator: " "),
                    sourceAddress: actor.sourceAddress,
                    details: [
                        "scan": run.id.uuidString.lowercased(), "profile": profile.name, "ports": portText,
                        "addresses": "\(plan.addresses.count)",
                    ]
                )
            )
        }
        return run
    }

    /// Asks a scan to stop (a queued one stops at once, a running one within about a second).
    public func cancel(_ id: UUID, organizationID: UUID, actor: AssessmentService.Actor) async throws -> ScanRun {
        let now = clock()
        let run = try await database.store.scanRuns.requestCancel(id, organizationID: organizationID, at: now)
        try await database.store.audit.append(
            AuditEvent(
                occurredAt: now,
                organizationID: organizationID,
                actorUserID: actor.userID,
                actor: actor.name,
                action: .scanCancelled,
                target: run.targets.joined(separator: " "),
                sourceAddress: actor.sourceAddress,
                details: ["scan": id.uuidString.lowercased()]
            )
        )
        return run
    }

    /// The result of an ended scan of the organization; nil while it runs.
    public func result(_ id: UUID, organizationID: UUID) async throws -> Result? {
        guard let text = try await database.store.scanRuns.result(id, organizationID: organizationID) else {
            return nil
        }
        do {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(Result.self, from: Data(text.utf8))
        } catch {
            throw WardError(.storage, "the stored result of scan \(id) cannot be read: \(error)", cause: error)
        }
    }

    static func profile(_ name: String) throws -> SafetyProfile {
        do {
            return try SafetyProfile.named(name)
        } catch {
            throw WardError(
                .invalidInput,
                "unknown profile '\(name)': use gentle, standard or fast",
                location: "profile"
            )
        }
    }

    static func ports(_ text: String) throws -> PortList {
        if text.lowercased() == "clinical" { return .clinicalDefault }
        do {
            return try PortList(text)
        } catch let error as WardError {
            throw WardError(.invalidInput, error.message, location: "ports")
        }
    }

    // MARK: Running

    /// Fails scans whose runner went quiet, then claims the oldest queued scan and runs it to its end; returns the
    /// scan as it ended, or nil when none was waiting.
    @discardableResult
    public func runNext(runner: String, logger: Logger) async throws -> ScanRun? {
        let store = database.store
        let failed = try await store.scanRuns.failStale(olderThan: Self.staleAfter, at: clock())
        if failed > 0 { logger.warning("scans failed: their runner stopped", metadata: ["count": "\(failed)"]) }
        guard let run = try await store.scanRuns.claim(runner: runner, at: clock()) else { return nil }
        logger.info("scan started", metadata: ["scan": "\(run.id)", "profile": "\(run.profile)"])
        do {
            try await execute(run, runner: runner, logger: logger)
        } catch {
            logger.error("scan failed", metadata: ["scan": "\(run.id)", "error": "\(error)"])
            try? await store.scanRuns.finish(
                run.id,
                runner: runner,
                state: .failed,
                summary: nil,
                result: nil,
                error: (error as? WardError)?.message ?? "\(error)",
                pairsDone: 0,
                openPorts: 0,
                at: clock()
            )
        }
        return try await store.scanRuns.get(run.id, organizationID: run.organizationID)
    }

    private func execute(_ run: ScanRun, runner: String, logger: Logger) async throws {
        let store = database.store
        let profile = try Self.profile(run.profile)
        let ports = try Self.ports(run.ports)
        // The scope and window as they are now, not as they were when the scan was asked for.
        let scope = try await store.scope.scope(organizationID: run.organizationID)
        let plan = try ScanPlan.make(run.targets, scope: scope, at: clock(), maxHosts: max(1, run.addressesTotal))
        guard !plan.addresses.isEmpty else {
            let reasons = plan.refused.map { "\($0.target): \($0.reason)" }
            throw WardError(
                .outOfScope,
                "nothing is inside the scope now" + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; "))
            )
        }
        let progress = ConnectSweep.Progress()
        let watcher = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.reportInterval)
                if Task.isCancelled { break }
                do {
                    let stop = try await store.scanRuns.progress(
                        run.id,
                        runner: runner,
                        pairsDone: progress.pairsDone,
                        openPorts: progress.openFound,
                        at: clock()
                    )
                    if stop { progress.cancel() }
                } catch {
                    // The scan was taken from this runner (failed as stale): stop sweeping for it.
                    progress.cancel()
                }
            }
        }
        defer { watcher.cancel() }
        // With more than one address, discovery first: only the hosts that answer get every port swept.
        let (scans, statistics, _) = await ConnectScanner(profile: profile).scan(
            plan.addresses,
            ports: ports,
            discover: true,
            progress: progress
        )
        var facts: [String: [Int: [String: String]]] = [:]
        if run.identify && !progress.isCancelled {
            facts = await ServiceIdentifier(profile: profile).identify(scans)
        }
        let cancelled = progress.isCancelled || statistics.cancelled
        watcher.cancel()
        let up = scans.filter(\.up)
        var summary = ScanRun.Summary(
            hostsScanned: scans.count,
            hostsUp: up.count,
            openPorts: scans.reduce(0) { $0 + $1.openPorts.count },
            servicesIdentified: facts.values.reduce(0) { $0 + $1.count },
            attempts: statistics.attempts,
            peakAttemptsPerSecond: statistics.peakAttemptsPerSecond
        )
        if !cancelled {
            // A stopped scan saw only part of the network: recording it would close exposures it never looked at.
            let recorded = try await InventoryService(database: database, clock: clock).recordScan(
                scans,
                facts: facts,
                profile: profile.name,
                organizationID: run.organizationID,
                actor: .init(userID: run.requestedByUserID, name: run.requestedBy)
            )
            summary.add(recorded)
        }
        let result = Result(hosts: up, facts: facts, unresolved: plan.unresolved)
        try await store.scanRuns.finish(
            run.id,
            runner: runner,
            state: cancelled ? .cancelled : .completed,
            summary: summary,
            result: try result.stored(),
            error: nil,
            // Pairs of hosts that did not answer discovery count as done: they were settled without a sweep.
            pairsDone: cancelled ? progress.pairsDone : run.pairsTotal,
            openPorts: summary.openPorts,
            at: clock()
        )
        logger.info(
            "scan ended",
            metadata: ["scan": "\(run.id)", "state": "\(cancelled ? "cancelled" : "completed")", "up": "\(up.count)"]
        )
    }
}

extension ScanRun.Summary {
    /// Takes in what recording the scan into the inventory did; a reopened finding counts as opened.
    public mutating func add(_ recorded: InventoryService.ScanRecordResult) {
        assetsCreated = recorded.assetsCreated
        findingsSeen = recorded.findingsSeen
        findingsOpened = recorded.findingsOpened + recorded.findingsReopened
        findingsClosed = recorded.findingsClosed
    }
}
