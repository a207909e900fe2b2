import Foundation
import Logging
import WardCore
import WardInterop
import WardScanner
import WardStore

/// Risk-based rescanning and scan agents: plans jobs per host, hands them to the server's own runner or to the agent
/// that stands in the host's segment, and folds the results into the inventory.
///
/// - Important: Every job is checked against the organization's scope (and the agent's segment) when it is planned,
///   again when it is claimed, and the results once more when they arrive; results for anything else are refused and
///   written to the audit log.
public struct ScanningService: Sendable {
    public let database: Database
    let clock: @Sendable () -> Date

    /// Agent tokens start with this, so a leaked one is recognisable and never mistaken for an API token.
    public static let agentTokenPrefix = "wagent_"
    /// A claimed job whose runner said nothing for this long goes back to the queue.
    public static let lease: TimeInterval = 30 * 60

    public init(database: Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    // MARK: Settings

    public func settings(organizationID: UUID) async throws -> RescanSettings {
        try await database.store.settings.get(
            RescanSettings.name,
            as: RescanSettings.self,
            organizationID: organizationID
        )
            ?? RescanSettings()
    }

    public func setSettings(
        _ settings: RescanSettings,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws {
        try settings.validate()
        let now = clock()
        try await database.transaction { store in
            try await store.settings.put(RescanSettings.name, settings, organizationID: organizationID, at: now)
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .settingsChanged,
                    target: "rescan",
                    sourceAddress: actor.sourceAddress,
                    details: [
                        "enabled": "\(settings.enabled)", "profile": settings.profile, "ports": settings.ports,
                    ]
                )
            )
        }
    }

    // MARK: Agents

    /// Creates an agent for a segment and returns its token, which is shown once and stored only as a hash.
    public func createAgent(
        name: String,
        segment: [String],
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> (agent: ScanAgent, token: String) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else {
            throw WardError(.invalidInput, "give the agent a name of 1 to 100 characters", location: "name")
        }
        guard !segment.isEmpty else {
            throw WardError(
                .invalidInput,
                "name the blocks or ranges the agent stands in, such as 10.20.0.0/16",
                location: "segment"
            )
        }
        let entries = try segment.enumerated().map { index, text in
            do {
                return try ScopeEntry.parse(text, kind: .include)
            } catch let error as WardError {
                throw WardError(.invalidInput, error.message, location: "segment[\(index)]")
            }
        }
        let secret = Self.agentTokenPrefix + Secrets.random()
        let now = clock()
        let agent = ScanAgent(
            organizationID: organizationID,
            name: name,
            prefix: String(secret.prefix(Self.agentTokenPrefix.count + 6)),
            segment: entries,
            createdBy: actor.userID,
            createdAt: now
        )
        try await database.transaction { store in
            try await store.scanAgents.create(agent, hash: Secrets.hash(secret))
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .agentCreated,
                    target: "agent:\(agent.id.uuidString.lowercased())",
                    sourceAddress: actor.sourceAddress,
                    details: ["name": name, "segment": segment.joined(separator: " ")]
                )
            )
        }
        return (agent, secret)
    }

    public func revokeAgent(_ id: UUID, organizationID: UUID, actor: AssessmentService.Actor) async throws -> ScanAgent
    {
        let now = clock()
        return try await database.transaction { store in
            let agent = try await store.scanAgents.revoke(id, organizationID: organizationID, at: now)
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .agentRevoked,
                    target: "agent:\(id.uuidString.lowercased())",
                    sourceAddress: actor.sourceAddress,
                    details: ["name": agent.name]
                )
            )
            return agent
        }
    }

    /// The agent a token belongs to, or `unauthenticated`.
    public func agent(token: String) async throws -> ScanAgent {
        guard token.hasPrefix(Self.agentTokenPrefix),
            let agent = try await database.store.scanAgents.get(hash: Secrets.hash(token))
        else {
            throw WardError(.unauthenticated, "the agent token is not valid")
        }
        guard agent.revokedAt == nil else {
            throw WardError(.unauthenticated, "the agent token was revoked")
        }
        return agent
    }

    // MARK: Planning

    /// Queues the next scan of every host of an organization that has rescanning on: each in scope, at the time its
    /// last result calls for (``RescanPolicy``), moved into the next scan window, for the agent whose segment holds
    /// it or else for the server. Returns how many jobs were queued.
    @discardableResult
    public func plan(organizationID: UUID) async throws -> Int {
        let store = database.store
        let settings = try await settings(organizationID: organizationID)
        guard settings.enabled else { return 0 }
        let now = clock()
        let scope = try await store.scope.scope(organizationID: organizationID)
        // Whether a host is in scope is decided without the windows; the windows decide when.
        let placement = Scope(entries: scope.entries)
        let agents = try await store.scanAgents.list(organizationID: organizationID).filter { $0.revokedAt == nil }
        let (finished, pending) = try await store.scanJobs.latest(organizationID: organizationID)
        let worst = try await store.findings.openWorst(organizationID: organizationID)
        var queued = 0
        for asset in try await store.assets.list(organizationID: organizationID) {
            guard let address = asset.addresses.lazy.compactMap({ try? IPAddress($0) }).first else { continue }
            let target = address.description
            guard !pending.contains(target), placement.decide(.address(address), at: now).isAllowed else { continue }
            let last = finished[target]
            let state = HostScanState.from(
                worstOpen: worst[asset.id]?.worst,
                kev: worst[asset.id]?.kev ?? false,
                hostUp: last?.hostUp ?? true,
                previousMisses: max(0, (last?.misses ?? 0) - 1)
            )
            let wanted = last?.finishedAt.map { settings.policy.nextScan(after: $0, state: state) } ?? now
            guard let due = ScanSchedule.firstOpening(atOrAfter: max(wanted, now), windows: scope.windows) else {
                continue
            }
            let job = ScanJob(
                organizationID: organizationID,
                target: target,
                assetID: asset.id,
                agentID: agents.first { $0.covers(address) }?.id,
                profile: settings.profile,
                ports: settings.ports,
                reason: last == nil ? "never scanned" : Self.describe(state, policy: settings.policy),
                dueAt: due,
                createdAt: now
            )
            if try await store.scanJobs.enqueue(job) { queued += 1 }
        }
        return queued
    }

    static func describe(_ state: HostScanState, policy: RescanPolicy) -> String {
        let hours = Int((policy.interval(for: state) / 3_600).rounded())
        let every = hours % 24 == 0 ? "every \(hours / 24) days" : "every \(hours) hours"
        switch state {
        case .down(let misses): return "did not answer \(misses) time\(misses == 1 ? "" : "s"): \(every)"
        case .clean: return "no open findings: \(every)"
        case .worst(let severity, let kev):
            return kev ? "KEV-listed finding: \(every)" : "\(severity) finding: \(every)"
        }
    }

    // MARK: Claiming and results

    /// Jobs for an agent: requeues jobs whose runner went quiet, claims up to `limit` of the agent's due jobs, and
    /// withdraws any that left the scope or the agent's segment since they were planned.
    public func claim(for agent: ScanAgent, limit: Int) async throws -> [ScanJob] {
        let now = clock()
        let store = database.store
        try await store.scanAgents.markSeen(agent.id, at: now)
        try await store.scanJobs.requeueStale(olderThan: Self.lease, at: now)
        let jobs = try await store.scanJobs.claim(
            runner: Self.runnerName(agent),
            agentID: agent.id,
            organizationID: agent.organizationID,
            limit: limit,
            at: now
        )
        return try await withdrawOutOfScope(jobs, runner: Self.runnerName(agent), agent: agent, at: now)
    }

    /// Claims the server's own due jobs (those no agent holds), for one replica.
    public func claimLocal(runner: String, limit: Int) async throws -> [ScanJob] {
        let now = clock()
        try await database.store.scanJobs.requeueStale(olderThan: Self.lease, at: now)
        let jobs = try await database.store.scanJobs.claim(runner: runner, agentID: nil, limit: limit, at: now)
        return try await withdrawOutOfScope(jobs, runner: runner, agent: nil, at: now)
    }

    private func withdrawOutOfScope(
        _ jobs: [ScanJob],
        runner: String,
        agent: ScanAgent?,
        at now: Date
    ) async throws -> [ScanJob] {
        var allowed: [ScanJob] = []
        for job in jobs {
            let scope = try await database.store.scope.scope(organizationID: job.organizationID)
            let address = try IPAddress(job.target)
            let decision = scope.decide(.address(address), at: now)
            if decision.isAllowed && (agent?.covers(address) ?? true) {
                allowed.append(job)
            } else {
                _ = try await database.store.scanJobs.finish(
                    job.id,
                    runner: runner,
                    state: .cancelled,
                    hostUp: nil,
                    result: decision.isAllowed ? "outside the agent's segment" : decision.reason,
                    at: now
                )
            }
        }
        return allowed
    }

    static func runnerName(_ agent: ScanAgent) -> String { "agent:\(agent.id.uuidString.lowercased())" }

    /// Takes an agent's results for one of its jobs: the address must be the job's, inside the agent's segment and
    /// inside the organization's scope; anything else is refused (`forbidden`) and logged. Open ports fold into the
    /// asset, with the services the agent identified on them (`facts`, by port: only for the scan's open ports, at
    /// most 64 facts a port, names up to 100 characters and values up to 1,000); the job finishes.
    public func submit(
        _ scan: HostScan,
        facts: [Int: [String: String]] = [:],
        jobID: UUID,
        agent: ScanAgent,
        sourceAddress: String?
    ) async throws -> ScanJob {
        let open = Set(scan.openPorts)
        for (port, found) in facts {
            guard open.contains(port) else {
                throw WardError(
                    .invalidInput,
                    "facts for port \(port), which the scan does not report open",
                    location: "facts"
                )
            }
            guard found.count <= 64, found.allSatisfy({ $0.key.count <= 100 && $0.value.count <= 1_000 }) else {
                throw WardError(
                    .invalidInput,
                    "too many or too long facts for port \(port) (64 a port, names of 100 and values of 1000 characters)",
                    location: "facts[\(port)]"
                )
            }
        }
        let now = clock()
        let store = database.store
        let job = try await store.scanJobs.get(jobID, organizationID: agent.organizationID)
        guard job.agentID == agent.id, job.claimedBy == Self.runnerName(agent), job.state == .running else {
            throw WardError(.conflict, "this job is not running for this agent", location: "job")
        }
        let address = try? IPAddress(scan.address)
        let scope = try await store.scope.scope(organizationID: agent.organizationID)
        let problem: String? =
            if let address {
                if address.description != job.target {
                    "results for \(address) do not belong to the job for \(job.target)"
                } else if !agent.covers(address) {
                    "\(address) is outside the agent's segment"
                } else if !Scope(entries: scope.entries).decide(.address(address), at: now).isAllowed {
                    "\(address) is outside the organization's scope"
                } else {
                    nil
                }
            } else {
                "'\(scan.address)' is not an address"
            }
        if let problem {
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: agent.organizationID,
                    actorUserID: nil,
                    actor: "agent:\(agent.name) (\(agent.prefix)…)",
                    action: .scanResultsRejected,
                    target: "job:\(jobID.uuidString.lowercased())",
                    outcome: .failure,
                    sourceAddress: sourceAddress,
                    details: ["reason": problem]
                )
            )
            throw WardError(.forbidden, "results refused: \(problem)", location: "address")
        }
        return try await record(
            scan,
            facts: facts.isEmpty ? [:] : [scan.address: facts],
            job: job,
            runner: Self.runnerName(agent),
            actor: "agent:\(agent.name) (\(agent.prefix)…)",
            sourceAddress: sourceAddress,
            at: now
        )
    }

    /// Folds a host scan into the inventory and finishes its job, in one transaction.
    func record(
        _ scan: HostScan,
        facts: [String: [Int: [String: String]]] = [:],
        job: ScanJob,
        runner: String,
        actor: String,
        sourceAddress: String?,
        at now: Date
    ) async throws -> ScanJob {
        let open = scan.ports.filter { $0.state == .open }
        let summary =
            scan.up
            ? "up; \(open.count) open port\(open.count == 1 ? "" : "s")"
                + (open.isEmpty ? "" : ": " + open.map { "\($0.port)/\($0.transport)" }.joined(separator: ", "))
            : "no answer"
        let policy = try await InventoryService(database: database, clock: clock).remediationPolicy(
            organizationID: job.organizationID
        )
        return try await database.transaction { store in
            // Exposures of the host open and close with each rescan, as with any scanner's findings.
            _ = try await InventoryService.applyScan(
                [scan],
                facts: facts,
                source: "rescan \(runner)",
                at: now,
                organizationID: job.organizationID,
                policy: policy,
                store: store
            )
            let finished = try await store.scanJobs.finish(
                job.id,
                runner: runner,
                state: .done,
                hostUp: scan.up,
                result: summary,
                at: now
            )
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: job.organizationID,
                    actorUserID: nil,
                    actor: actor,
                    action: .scanResultsReceived,
                    target: "job:\(job.id.uuidString.lowercased())",
                    sourceAddress: sourceAddress,
                    details: ["address": scan.address, "result": summary, "profile": scan.profile]
                )
            )
            return finished
        }
    }

    /// Runs the server's own due jobs with the connect scanner; returns how many ran.
    public func runLocal(runner: String, limit: Int, logger: Logger) async throws -> Int {
        let jobs = try await claimLocal(runner: runner, limit: limit)
        for job in jobs {
            let profile = try SafetyProfile.named(job.profile)
            let scan = await ConnectScanner(profile: profile).scan(
                try IPAddress(job.target),
                ports: try PortList(job.ports)
            )
            // Rescans identify services too, so facts-based exposures (a Redis without a password, an expired
            // certificate) open and close with them.
            let facts = await ServiceIdentifier(profile: profile).identify([scan])
            _ = try await record(
                scan,
                facts: facts,
                job: job,
                runner: runner,
                actor: "scheduler",
                sourceAddress: nil,
                at: clock()
            )
            logger.info("rescanned", metadata: ["target": "\(job.target)", "open": "\(scan.openPorts.count)"])
        }
        return jobs.count
    }
}
