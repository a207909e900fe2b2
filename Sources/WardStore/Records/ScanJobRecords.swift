import Foundation
import SQLKit
import WardCore

/// The scan jobs of the rescan scheduler.
///
/// - Important: A job is claimed by exactly one runner. On PostgreSQL the claim locks the rows it takes with
///   `FOR UPDATE SKIP LOCKED`, so replicas sharing the database take different jobs without waiting for each other;
///   SQLite runs one writer at a time, which gives the same guarantee. A partial unique index allows one waiting or
///   running job per target, so two replicas planning at once cannot queue a host twice.
public struct ScanJobRecords: Sendable {
    let sql: any SQLDatabase
    let engine: DatabaseEngine

    /// Queues a job unless one is already waiting or running for its target. Returns whether it was queued.
    @discardableResult
    public func enqueue(_ job: ScanJob) async throws -> Bool {
        let rows = try await sql.raw(
            """
            INSERT INTO scan_jobs (id, organization_id, target, asset_id, agent_id, profile, ports, reason, due_at, state,
                                   attempts, misses, created_at)
            VALUES (\(bind: job.id.stored), \(bind: job.organizationID.stored), \(bind: job.target),
                    \(bind: job.assetID?.stored), \(bind: job.agentID?.stored), \(bind: job.profile), \(bind: job.ports),
                    \(bind: job.reason), \(bind: job.dueAt.milliseconds), 'queued', 0, 0, \(bind: job.createdAt.milliseconds))
            ON CONFLICT (organization_id, target) WHERE state IN ('queued', 'running') DO NOTHING
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    /// Claims up to `limit` due jobs for one runner: the server (`agentID` nil takes jobs no agent holds) or one
    /// agent (its own jobs only). Each job goes to exactly one caller.
    public func claim(
        runner: String,
        agentID: UUID?,
        organizationID: UUID? = nil,
        limit: Int,
        at now: Date
    ) async throws -> [ScanJob] {
        let agentFilter: SQLQueryString =
            agentID.map { "AND agent_id = \(bind: $0.stored)" } ?? "AND agent_id IS NULL"
        let organizationFilter: SQLQueryString =
            organizationID.map { "AND organization_id = \(bind: $0.stored)" } ?? ""
        let lock: SQLQueryString = engine == .postgres ? "FOR UPDATE SKIP LOCKED" : ""
        return try await sql.raw(
            """
            UPDATE scan_jobs SET state = 'running', claimed_by = \(bind: runner), claimed_at = \(bind: now.milliseconds),
                attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM scan_jobs
                WHERE state = 'queued' AND due_at <= \(bind: now.milliseconds) \(agentFilter) \(organizationFilter)
                ORDER BY due_at, id LIMIT \(bind: max(1, min(limit, 1_000))) \(lock)
            ) AND state = 'queued'
            RETURNING *
            """
        ).all().map(Self.decode).sorted { ($0.dueAt, $0.id.uuidString) < ($1.dueAt, $1.id.uuidString) }
    }

    /// Finishes a running job held by `runner`. Fails with `conflict` when the job is not running for that runner
    /// (its lease ran out and another runner has it, or it was cancelled).
    public func finish(
        _ id: UUID,
        runner: String,
        state: ScanJob.State,
        hostUp: Bool?,
        result: String,
        at now: Date
    ) async throws -> ScanJob {
        guard
            let current = try await sql.raw("SELECT * FROM scan_jobs WHERE id = \(bind: id.stored)").first().map(
                Self.decode
            )
        else {
            throw WardError(.notFound, "no such scan job", location: "job")
        }
        // Consecutive silences count up from the target's last finished scan; an answer resets them.
        var misses = 0
        if hostUp == false {
            let last = try await sql.raw(
                """
                SELECT misses FROM scan_jobs
                WHERE organization_id = \(bind: current.organizationID.stored) AND target = \(bind: current.target)
                  AND state = 'done' AND id <> \(bind: id.stored)
                ORDER BY finished_at DESC LIMIT 1
                """
            ).first()
            misses = (try last?.int("misses") ?? 0) + 1
        }
        guard
            let row = try await sql.raw(
                """
                UPDATE scan_jobs SET state = \(bind: state.rawValue), finished_at = \(bind: now.milliseconds),
                    host_up = \(bind: hostUp), result = \(bind: result), misses = \(bind: misses)
                WHERE id = \(bind: id.stored) AND state = 'running' AND claimed_by = \(bind: runner)
                RETURNING *
                """
            ).first()
        else {
            throw WardError(
                .conflict,
                "the job is not running for this runner (its lease ran out or it was cancelled)",
                location: "job"
            )
        }
        return try Self.decode(row)
    }

    /// Puts jobs whose runner went quiet for longer than `lease` back in the queue; returns how many.
    @discardableResult
    public func requeueStale(olderThan lease: TimeInterval, at now: Date) async throws -> Int {
        try await sql.raw(
            """
            UPDATE scan_jobs SET state = 'queued', claimed_by = NULL, claimed_at = NULL
            WHERE state = 'running' AND claimed_at < \(bind: now.milliseconds - Int64(lease * 1_000))
            RETURNING id
            """
        ).all().count
    }

    /// The organization's jobs, newest due first, optionally in one state.
    public func list(organizationID: UUID, state: ScanJob.State? = nil, limit: Int = 200) async throws -> [ScanJob] {
        let filter: SQLQueryString = state.map { "AND state = \(bind: $0.rawValue)" } ?? ""
        return try await sql.raw(
            """
            SELECT * FROM scan_jobs WHERE organization_id = \(bind: organizationID.stored) \(filter)
            ORDER BY due_at DESC, id LIMIT \(bind: max(1, min(limit, 1_000)))
            """
        ).all().map(Self.decode)
    }

    public func get(_ id: UUID, organizationID: UUID) async throws -> ScanJob {
        guard
            let row = try await sql.raw(
                "SELECT * FROM scan_jobs WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)"
            ).first()
        else { throw WardError(.notFound, "no such scan job in this organization", location: "job") }
        return try Self.decode(row)
    }

    /// The last finished job of each target of the organization, and the targets with a job waiting or running.
    public func latest(organizationID: UUID) async throws -> (finished: [String: ScanJob], pending: Set<String>) {
        var finished: [String: ScanJob] = [:]
        var pending: Set<String> = []
        for job in try await sql.raw(
            """
            SELECT * FROM scan_jobs WHERE organization_id = \(bind: organizationID.stored)
              AND (state IN ('queued', 'running') OR finished_at = (
                SELECT MAX(q.finished_at) FROM scan_jobs q
                WHERE q.organization_id = scan_jobs.organization_id AND q.target = scan_jobs.target
                  AND q.state IN ('done', 'failed')))
            """
        ).all().map(Self.decode) {
            switch job.state {
            case .queued, .running: pending.insert(job.target)
            default: finished[job.target] = job
            }
        }
        return (finished, pending)
    }

    static func decode(_ row: any SQLRow) throws -> ScanJob {
        var job = ScanJob(
            id: try row.uuid("id"),
            organizationID: try row.uuid("organization_id"),
            target: try row.string("target"),
            assetID: try row.optionalUUID("asset_id"),
            agentID: try row.optionalUUID("agent_id"),
            profile: try row.string("profile"),
            ports: try row.string("ports"),
            reason: try row.string("reason"),
            dueAt: try row.date("due_at"),
            createdAt: try row.date("created_at")
        )
        job.state = try row.enumeration("state", as: ScanJob.State.self)
        job.claimedBy = try row.optionalString("claimed_by")
        job.claimedAt = try row.optionalDate("claimed_at")
        job.finishedAt = try row.optionalDate("finished_at")
        job.attempts = try row.int("attempts")
        job.hostUp = try row.decode(column: "host_up", as: Bool?.self)
        job.misses = try row.int("misses")
        job.result = try row.optionalString("result")
        return job
    }
}
