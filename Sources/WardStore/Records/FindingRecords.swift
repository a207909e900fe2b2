import Foundation
import SQLKit
import WardCore

/// Findings with their lifecycle events.
public struct FindingRecords: Sendable {
    let sql: any SQLDatabase

    /// Every finding of the organization by key. Reads every body: for exports and tests; the lifecycle reads only
    /// the scanned assets' findings (``of(assets:status:organizationID:)``).
    public func all(organizationID: UUID) async throws -> [String: Finding] {
        var result: [String: Finding] = [:]
        for row in try await sql.raw("SELECT body FROM findings WHERE organization_id = \(bind: organizationID.stored)")
            .all()
        {
            let finding = try StoredJSON.decoder.decode(Finding.self, from: Data(try row.string("body").utf8))
            result[finding.key] = finding
        }
        return result
    }

    /// The findings of some assets by key, optionally of one status: what a scan of those assets needs to decide
    /// what it opened, reopened and closed, without reading the rest of the organization's findings.
    public func of(
        assets: Set<UUID>,
        status: FindingStatus? = nil,
        organizationID: UUID
    ) async throws -> [String: Finding] {
        var result: [String: Finding] = [:]
        let statusFilter: SQLQueryString = status.map { "AND status = \(bind: $0.rawValue)" } ?? ""
        for list in SQLQueryString.inLists(assets.map(\.stored).sorted()) {
            for row in try await sql.raw(
                """
                SELECT body FROM findings WHERE organization_id = \(bind: organizationID.stored) \(statusFilter)
                  AND asset_id IN (\(list))
                """
            ).all() {
                let finding = try StoredJSON.decoder.decode(Finding.self, from: Data(try row.string("body").utf8))
                result[finding.key] = finding
            }
        }
        return result
    }

    /// For each asset with open findings: the worst severity among them, and whether one is in the KEV catalog;
    /// counted by the database (what sets how soon a host is scanned again).
    public func openWorst(organizationID: UUID) async throws -> [UUID: (worst: Severity, kev: Bool)] {
        var result: [UUID: (worst: Severity, kev: Bool)] = [:]
        for row in try await sql.raw(
            """
            SELECT asset_id, MAX(severity_rank) AS worst, COUNT(kev_due) AS kev FROM findings
            WHERE organization_id = \(bind: organizationID.stored) AND status = \(bind: FindingStatus.open.rawValue)
            GROUP BY asset_id
            """
        ).all() {
            let rank = try row.int("worst")
            result[try row.uuid("asset_id")] = (
                Severity.allCases.indices.contains(rank) ? Severity.allCases[rank] : .info,
                try row.int("kev") > 0
            )
        }
        return result
    }

    /// One finding by key, or nil.
    public func get(_ key: String, organizationID: UUID) async throws -> Finding? {
        try await sql.raw(
            """
            SELECT body FROM findings WHERE organization_id = \(bind: organizationID.stored) AND finding_key = \(bind: key)
            """
        ).first().map { try StoredJSON.decode(Finding.self, try $0.string("body")) }
    }

    /// Stores findings (new or changed) and events; run inside a transaction.
    public func save(_ findings: [Finding], events: [FindingEvent], organizationID: UUID) async throws {
        for finding in findings {
            let body = String(decoding: try StoredJSON.encoder.encode(finding), as: UTF8.self)
            try await sql.raw(
                "DELETE FROM findings WHERE organization_id = \(bind: organizationID.stored) AND finding_key = \(bind: finding.key)"
            ).run()
            try await sql.raw(
                """
                INSERT INTO findings (organization_id, finding_key, asset_id, severity_rank, status, first_seen, last_seen,
                                      kev_due, mitigation_ms, body)
                VALUES (\(bind: organizationID.stored), \(bind: finding.key), \(bind: finding.assetID.stored),
                        \(bind: Self.rank(finding.severity)), \(bind: finding.status.rawValue),
                        \(bind: finding.firstSeen.milliseconds), \(bind: finding.lastSeen.milliseconds),
                        \(bind: finding.kevDueDate.map { RemediationPolicy.kevDeadline($0).milliseconds }),
                        \(bind: finding.closedAt.map { $0.milliseconds - finding.firstSeen.milliseconds }), \(bind: body))
                """
            ).run()
        }
        for event in events {
            try await sql.raw(
                """
                INSERT INTO finding_events (id, organization_id, finding_key, kind, at, note)
                VALUES (\(bind: UUID().stored), \(bind: organizationID.stored), \(bind: event.key), \(bind: event.kind.rawValue),
                        \(bind: event.at.milliseconds), \(bind: event.note))
                """
            ).run()
        }
    }

    /// A page of findings, oldest first, optionally by status and minimum severity.
    public func list(
        organizationID: UUID,
        status: FindingStatus? = .open,
        minimumSeverity: Severity = .info,
        limit: Int = 50,
        offset: Int = 0
    ) async throws -> [Finding] {
        let statusFilter: SQLQueryString = status.map { "AND status = \(bind: $0.rawValue)" } ?? ""
        return try await sql.raw(
            """
            SELECT body FROM findings WHERE organization_id = \(bind: organizationID.stored) \(statusFilter)
              AND severity_rank >= \(bind: Self.rank(minimumSeverity))
            ORDER BY first_seen, finding_key LIMIT \(bind: min(max(limit, 1), 500)) OFFSET \(bind: max(offset, 0))
            """
        ).all().map { try StoredJSON.decoder.decode(Finding.self, from: Data(try $0.string("body").utf8)) }
    }

    /// The remediation figures of the organization's findings at `now`, counted by the database: open findings by
    /// severity, median and oldest open age, median days to mitigate, overdue. The same figures as
    /// ``FindingMetrics/compute(_:at:policy:)`` over every finding, without reading one body; each figure walks an
    /// index (`findings_listing`, `findings_by_age`, `findings_clock`, `findings_mitigation`).
    public func metrics(organizationID: UUID, at now: Date, policy: RemediationPolicy) async throws -> FindingMetrics {
        let org = organizationID.stored
        let open = FindingStatus.open.rawValue
        var bySeverity: [Severity: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT severity_rank, COUNT(*) AS n FROM findings
            WHERE organization_id = \(bind: org) AND status = \(bind: open) GROUP BY severity_rank
            """
        ).all() {
            let rank = try row.int("severity_rank")
            let severity = Severity.allCases.indices.contains(rank) ? Severity.allCases[rank] : .info
            bySeverity[severity, default: 0] += try row.int("n")
        }
        let openCount = bySeverity.values.reduce(0, +)
        let nowMs = now.milliseconds

        // The median first-seen time of open findings gives the median age (age falls as first seen rises).
        let medianFirstSeen = try await median(
            of: "first_seen",
            where: "status = \(bind: open)",
            count: openCount,
            organization: org
        )
        let oldest = try await sql.raw(
            """
            SELECT MIN(first_seen) AS oldest FROM findings WHERE organization_id = \(bind: org) AND status = \(bind: open)
            """
        ).first()?.decode(column: "oldest", as: Int64?.self)

        let mitigatedCount =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM findings WHERE organization_id = \(bind: org) AND mitigation_ms IS NOT NULL
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let medianMitigation = try await median(
            of: "mitigation_ms",
            where: "mitigation_ms IS NOT NULL",
            count: mitigatedCount,
            organization: org
        )

        // Overdue: one index range per severity for KEV-dated findings (past their KEV deadline) and one for the
        // others (first seen before now minus the days for that severity).
        var ranges: [SQLQueryString] = []
        for severity in Severity.allCases {
            let rank = Self.rank(severity)
            ranges.append(
                """
                (SELECT COUNT(*) FROM findings WHERE organization_id = \(bind: org) AND status = \(bind: open)
                   AND severity_rank = \(bind: rank) AND kev_due < \(bind: nowMs))
                """
            )
            if let days = policy.days(for: severity) {
                ranges.append(
                    """
                    (SELECT COUNT(*) FROM findings WHERE organization_id = \(bind: org) AND status = \(bind: open)
                       AND severity_rank = \(bind: rank) AND kev_due IS NULL
                       AND first_seen < \(bind: nowMs - Int64(days) * 86_400_000))
                    """
                )
            }
        }
        let columns = ranges.enumerated().map { "\($0.element) AS c\(unsafeRaw: String($0.offset))" as SQLQueryString }
        var overdue = 0
        if let row = try await sql.raw("SELECT \(columns.joined(separator: ", "))").first() {
            for index in columns.indices { overdue += try row.int("c\(index)") }
        }

        return FindingMetrics(
            openBySeverity: bySeverity,
            medianOpenAgeDays: medianFirstSeen.map { Double(nowMs) / 86_400_000 - $0 / 86_400_000 },
            maximumOpenAgeDays: oldest.map { Double(nowMs - $0) / 86_400_000 },
            medianDaysToMitigate: medianMitigation.map { $0 / 86_400_000 },
            overdue: overdue
        )
    }

    /// The median of an integer column over the organization's rows that match `condition`, of which there are
    /// `count`: the middle row (or the mean of the middle two) in the column's order, found through its index.
    private func median(
        of column: String,
        where condition: SQLQueryString,
        count: Int,
        organization: String
    ) async throws -> Double? {
        guard count > 0 else { return nil }
        let even = count.isMultiple(of: 2)
        let values = try await sql.raw(
            """
            SELECT \(unsafeRaw: column) AS v FROM findings WHERE organization_id = \(bind: organization) AND \(condition)
            ORDER BY \(unsafeRaw: column) LIMIT \(unsafeRaw: even ? "2" : "1") OFFSET \(bind: even ? count / 2 - 1 : count / 2)
            """
        ).all().map { try $0.decode(column: "v", as: Int64.self) }
        guard !values.isEmpty else { return nil }
        return values.map(Double.init).reduce(0, +) / Double(values.count)
    }

    /// The stored rank of a severity: its place from info (0) to critical (4).
    static func rank(_ severity: Severity) -> Int { Severity.allCases.firstIndex(of: severity) ?? 0 }

    public func events(key: String, organizationID: UUID) async throws -> [FindingEvent] {
        try await sql.raw(
            """
            SELECT finding_key, kind, at, note FROM finding_events
            WHERE organization_id = \(bind: organizationID.stored) AND finding_key = \(bind: key) ORDER BY at, id
            """
        ).all().map {
            FindingEvent(
                key: try $0.string("finding_key"),
                kind: try $0.enumeration("kind", as: FindingEvent.Kind.self),
                at: try $0.date("at"),
                note: try $0.optionalString("note")
            )
        }
    }
}
