import Foundation
import SQLKit
import WardCore

/// Scans started from the web UI, the API and the command line, with their progress and results.
///
/// - Important: A queued scan is claimed by exactly one runner: on PostgreSQL the claim locks the row it takes with
///   `FOR UPDATE SKIP LOCKED`, and SQLite runs one writer at a time. Progress, cancellation and the end are written
///   only by the runner that holds the scan, so a replica that lost a scan (``failStale(olderThan:at:)``) cannot
///   overwrite what happened after.
public struct ScanRunRecords: Sendable {
    let sql: any SQLDatabase
    let engine: DatabaseEngine

    /// Stores a scan as it is: a queued one from the UI or the API, or one that already ended (a command-line scan,
    /// the demo) with its result document.
    public func insert(_ run: ScanRun, result: String? = nil) async throws {
        let _: Void = try await sql.raw(
            """
            INSERT INTO scan_runs (id, organization_id, targets, ports, profile, identify, requested_by,
                                   requested_by_user, state, runner, created_at, started_at, heartbeat_at, finished_at,
                                   addresses_total, pairs_total, pairs_done, open_ports, cancel_requested, error, summary,
                                   refused, result)
            VALUES (\(bind: run.id.stored), \(bind: run.organizationID.stored), \(bind: try StoredJSON.string(run.targets)),
                    \(bind: run.ports), \(bind: run.profile), \(bind: run.identify), \(bind: run.requestedBy),
                    \(bind: run.requestedByUserID?.stored), \(bind: run.state.rawValue), \(bind: run.runner),
                    \(bind: run.createdAt.milliseconds), \(bind: run.startedAt?.milliseconds),
                    \(bind: run.heartbeatAt?.milliseconds), \(bind: run.finishedAt?.milliseconds),
                    \(bind: run.addressesTotal), \(bind: Int64(run.pairsTotal)), \(bind: Int64(run.pairsDone)),
                    \(bind: run.openPorts), \(bind: run.cancelRequested), \(bind: run.error),
                    \(bind: try run.summary.map(StoredJSON.string)), \(bind: try StoredJSON.string(run.refused)),
                    \(bind: result))
            """
        ).run()
    }

    /// One scan of the organization, without its result document.
    public func get(_ id: UUID, organizationID: UUID) async throws -> ScanRun {
        guard
            let row = try await sql.raw(
                """
                SELECT \(unsafeRaw: Self.columns) FROM scan_runs
                WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)
                """
            ).first()
        else { throw WardError(.notFound, "no such scan in this organization", location: "scan") }
        return try Self.decode(row)
    }

    /// The result document of a scan of the organization; nil until the scan ends.
    public func result(_ id: UUID, organizationID: UUID) async throws -> String? {
        guard
            let row = try await sql.raw(
                """
                SELECT result FROM scan_runs
                WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)
                """
            ).first()
        else { throw WardError(.notFound, "no such scan in this organization", location: "scan") }
        return try row.optionalString("result")
    }

    /// The organization's scans, newest first.
    public func list(organizationID: UUID, limit: Int = 100) async throws -> [ScanRun] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM scan_runs WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY created_at DESC, id LIMIT \(bind: max(1, min(limit, 1_000)))
            """
        ).all().map(Self.decode)
    }

    /// Claims the oldest queued scan of any organization for `runner`; nil when none waits.
    public func claim(runner: String, at now: Date) async throws -> ScanRun? {
        let lock: SQLQueryString = engine == .postgres ? "FOR UPDATE SKIP LOCKED" : ""
        let row = try await sql.raw(
            """
            UPDATE scan_runs SET state = 'running', runner = \(bind: runner), started_at = \(bind: now.milliseconds),
                heartbeat_at = \(bind: now.milliseconds)
            WHERE id IN (
                SELECT id FROM scan_runs WHERE state = 'queued' ORDER BY created_at, id LIMIT 1 \(lock)
            ) AND state = 'queued'
            RETURNING \(unsafeRaw: Self.columns)
            """
        ).first()
        return try row.map(Self.decode)
    }

    /// Records a running scan's progress; returns whether someone asked it to stop. Fails with `conflict` when the
    /// scan is no longer running for `runner`.
    public func progress(
        _ id: UUID,
        runner: String,
        pairsDone: Int,
        openPorts: Int,
        at now: Date
    ) async throws -> Bool {
        guard
            let row = try await sql.raw(
                """
                UPDATE scan_runs SET pairs_done = \(bind: Int64(pairsDone)), open_ports = \(bind: openPorts),
                    heartbeat_at = \(bind: now.milliseconds)
                WHERE id = \(bind: id.stored) AND state = 'running' AND runner = \(bind: runner)
                RETURNING cancel_requested
                """
            ).first()
        else { throw WardError(.conflict, "the scan is not running for this runner", location: "scan") }
        return try row.bool("cancel_requested")
    }

    /// Asks a scan to stop: a queued scan is cancelled at once; a running one is flagged, and its runner stops it at
    /// its next progress report. Fails with `conflict` when the scan has already ended.
    public func requestCancel(_ id: UUID, organizationID: UUID, at now: Date) async throws -> ScanRun {
        let current = try await get(id, organizationID: organizationID)
        switch current.state {
        case .queued:
            let _: Void = try await sql.raw(
                """
                UPDATE scan_runs SET state = 'cancelled', cancel_requested = \(bind: true),
                    finished_at = \(bind: now.milliseconds)
                WHERE id = \(bind: id.stored) AND state = 'queued'
                """
            ).run()
        case .running:
            let _: Void = try await sql.raw(
                """
                UPDATE scan_runs SET cancel_requested = \(bind: true)
                WHERE id = \(bind: id.stored) AND state = 'running'
                """
            ).run()
        case .completed, .cancelled, .failed:
            throw WardError(.conflict, "the scan has already ended (\(current.state.rawValue))", location: "scan")
        }
        return try await get(id, organizationID: organizationID)
    }

    /// Ends a running scan held by `runner` with its summary and result document.
    public func finish(
        _ id: UUID,
        runner: String,
        state: ScanRun.State,
        summary: ScanRun.Summary?,
        result: String?,
        error: String?,
        pairsDone: Int,
        openPorts: Int,
        at now: Date
    ) async throws {
        let rows = try await sql.raw(
            """
            UPDATE scan_runs SET state = \(bind: state.rawValue), finished_at = \(bind: now.milliseconds),
                heartbeat_at = \(bind: now.milliseconds), summary = \(bind: try summary.map(StoredJSON.string)),
                result = \(bind: result), error = \(bind: error), pairs_done = \(bind: Int64(pairsDone)),
                open_ports = \(bind: openPorts)
            WHERE id = \(bind: id.stored) AND state = 'running' AND runner = \(bind: runner)
            RETURNING id
            """
        ).all()
        guard !rows.isEmpty else {
            throw WardError(.conflict, "the scan is not running for this runner", location: "scan")
        }
    }

    /// Fails running scans whose runner has not reported for `interval` seconds (its server stopped); returns how
    /// many.
    @discardableResult
    public func failStale(olderThan interval: TimeInterval, at now: Date) async throws -> Int {
        try await sql.raw(
            """
            UPDATE scan_runs SET state = 'failed', finished_at = \(bind: now.milliseconds),
                error = 'the server running the scan stopped before it ended'
            WHERE state = 'running' AND heartbeat_at < \(bind: now.milliseconds - Int64(interval * 1_000))
            RETURNING id
            """
        ).all().count
    }

    static let columns = """
        id, organization_id, targets, ports, profile, identify, requested_by, requested_by_user, state, runner,
        created_at, started_at, heartbeat_at, finished_at, addresses_total, pairs_total, pairs_done, open_ports,
        cancel_requested, error, summary, refused
        """

    static func decode(_ row: any SQLRow) throws -> ScanRun {
        var run = ScanRun(
            id: try row.uuid("id"),
            organizationID: try row.uuid("organization_id"),
            targets: try StoredJSON.decode([String].self, try row.string("targets")),
            ports: try row.string("ports"),
            profile: try row.string("profile"),
            identify: try row.bool("identify"),
            requestedBy: try row.string("requested_by"),
            requestedByUserID: try row.optionalUUID("requested_by_user"),
            createdAt: try row.date("created_at"),
            addressesTotal: try row.int("addresses_total"),
            pairsTotal: Int(try row.decode(column: "pairs_total", as: Int64.self)),
            refused: try StoredJSON.decode([String].self, try row.string("refused"))
        )
        run.state = try row.enumeration("state", as: ScanRun.State.self)
        run.runner = try row.optionalString("runner")
        run.startedAt = try row.optionalDate("started_at")
        run.heartbeatAt = try row.optionalDate("heartbeat_at")
        run.finishedAt = try row.optionalDate("finished_at")
        run.pairsDone = Int(try row.decode(column: "pairs_done", as: Int64.self))
        run.openPorts = try row.int("open_ports")
        run.cancelRequested = try row.bool("cancel_requested")
        run.error = try row.optionalString("error")
        run.summary = try row.optionalString("summary").map { try StoredJSON.decode(ScanRun.Summary.self, $0) }
        return run
    }
}
