import Foundation
import SQLKit
import WardCore

/// Findings with their lifecycle events.
public struct FindingRecords: Sendable {
    let sql: any SQLDatabase

    /// Every finding of the organization by key (the lifecycle needs them all to decide what a scan closed).
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
                INSERT INTO findings (organization_id, finding_key, asset_id, severity_rank, status, first_seen, last_seen, body)
                VALUES (\(bind: organizationID.stored), \(bind: finding.key), \(bind: finding.assetID.stored),
                        \(bind: Severity.allCases.firstIndex(of: finding.severity) ?? 0), \(bind: finding.status.rawValue),
                        \(bind: finding.firstSeen.milliseconds), \(bind: finding.lastSeen.milliseconds), \(bind: body))
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
              AND severity_rank >= \(bind: Severity.allCases.firstIndex(of: minimumSeverity) ?? 0)
            ORDER BY first_seen, finding_key LIMIT \(bind: min(max(limit, 1), 500)) OFFSET \(bind: max(offset, 0))
            """
        ).all().map { try StoredJSON.decoder.decode(Finding.self, from: Data(try $0.string("body").utf8)) }
    }

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
