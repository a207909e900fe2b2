import Foundation
import SQLKit
import WardCore

/// The append-only audit log.
public struct AuditRecords: Sendable {
    let sql: any SQLDatabase

    public func append(_ event: AuditEvent) async throws {
        let details = String(decoding: try JSONEncoder.sorted.encode(event.details), as: UTF8.self)
        try await sql.raw(
            """
            INSERT INTO audit_events (id, occurred_at, organization_id, actor_user_id, actor, action, target, outcome,
                                      source_address, details)
            VALUES (\(bind: event.id.stored), \(bind: event.occurredAt.milliseconds),
                    \(bind: event.organizationID?.stored), \(bind: event.actorUserID?.stored), \(bind: event.actor),
                    \(bind: event.action.rawValue), \(bind: event.target), \(bind: event.outcome.rawValue),
                    \(bind: event.sourceAddress), \(bind: details))
            """
        ).run()
    }

    /// The organization's audit trail, newest first: its own events, and the sign-in events of its current members.
    ///
    /// - Parameters:
    ///   - before: only events strictly older than this time (for paging).
    ///   - limit: at most this many events (1…1000).
    public func list(organizationID: UUID, before: Date? = nil, limit: Int = 100) async throws -> [AuditEvent] {
        let limit = min(max(limit, 1), 1000)
        let before = before?.milliseconds ?? Int64.max
        return try await sql.raw(
            """
            SELECT * FROM audit_events
            WHERE occurred_at < \(bind: before) AND (
                organization_id = \(bind: organizationID.stored)
                OR (organization_id IS NULL AND actor_user_id IN (
                    SELECT user_id FROM memberships WHERE organization_id = \(bind: organizationID.stored)))
            )
            ORDER BY occurred_at DESC, id DESC
            LIMIT \(unsafeRaw: String(limit))
            """
        ).all().map(Self.decode)
    }

    /// Every event, newest first, for site-wide review from the CLI.
    public func all(limit: Int = 100) async throws -> [AuditEvent] {
        let limit = min(max(limit, 1), 10_000)
        return try await sql.raw(
            "SELECT * FROM audit_events ORDER BY occurred_at DESC, id DESC LIMIT \(unsafeRaw: String(limit))"
        ).all().map(Self.decode)
    }

    static func decode(_ row: any SQLRow) throws -> AuditEvent {
        let detailsText = try row.string("details")
        let details = (try? JSONDecoder().decode([String: String].self, from: Data(detailsText.utf8))) ?? [:]
        return AuditEvent(
            id: try row.uuid("id"),
            occurredAt: try row.date("occurred_at"),
            organizationID: try row.optionalUUID("organization_id"),
            actorUserID: try row.optionalUUID("actor_user_id"),
            actor: try row.string("actor"),
            action: AuditAction(rawValue: try row.string("action")),
            target: try row.optionalString("target"),
            outcome: try row.enumeration("outcome", as: AuditEvent.Outcome.self),
            sourceAddress: try row.optionalString("source_address"),
            details: details
        )
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so stored JSON is stable.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
