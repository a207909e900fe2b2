import Foundation
import SQLKit
import WardCore

/// Scan agents of an organization. Only the SHA-256 hash of an agent's token is kept.
public struct ScanAgentRecords: Sendable {
    let sql: any SQLDatabase

    public func create(_ agent: ScanAgent, hash: String) async throws {
        try await sql.raw(
            """
            INSERT INTO scan_agents (id, organization_id, name, token_hash, prefix, segment, created_by, created_at)
            VALUES (\(bind: agent.id.stored), \(bind: agent.organizationID.stored), \(bind: agent.name), \(bind: hash),
                    \(bind: agent.prefix), \(bind: try StoredJSON.string(agent.segment)), \(bind: agent.createdBy?.stored),
                    \(bind: agent.createdAt.milliseconds))
            """
        ).run()
    }

    /// The agent whose token has this hash, whatever its state; the caller checks ``ScanAgent/revokedAt``.
    public func get(hash: String) async throws -> ScanAgent? {
        try await sql.raw("SELECT * FROM scan_agents WHERE token_hash = \(bind: hash)").first().map(Self.decode)
    }

    public func get(_ id: UUID, organizationID: UUID) async throws -> ScanAgent {
        guard
            let row = try await sql.raw(
                """
                SELECT * FROM scan_agents WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)
                """
            ).first()
        else { throw WardError(.notFound, "no such scan agent in this organization", location: "agent") }
        return try Self.decode(row)
    }

    public func list(organizationID: UUID) async throws -> [ScanAgent] {
        try await sql.raw(
            "SELECT * FROM scan_agents WHERE organization_id = \(bind: organizationID.stored) ORDER BY name, id"
        ).all().map(Self.decode)
    }

    /// Revokes an agent's token; its queued jobs go back to the server. Fails with `notFound` for another
    /// organization's agent.
    public func revoke(_ id: UUID, organizationID: UUID, at now: Date) async throws -> ScanAgent {
        guard
            let row = try await sql.raw(
                """
                UPDATE scan_agents SET revoked_at = COALESCE(revoked_at, \(bind: now.milliseconds))
                WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored) RETURNING *
                """
            ).first()
        else { throw WardError(.notFound, "no such scan agent in this organization", location: "agent") }
        try await sql.raw(
            """
            UPDATE scan_jobs SET state = 'cancelled', finished_at = \(bind: now.milliseconds),
                result = 'agent revoked'
            WHERE agent_id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)
              AND state IN ('queued', 'running')
            """
        ).run()
        return try Self.decode(row)
    }

    /// Notes that the agent called in, at most once a minute.
    public func markSeen(_ id: UUID, at now: Date) async throws {
        try await sql.raw(
            """
            UPDATE scan_agents SET last_seen_at = \(bind: now.milliseconds)
            WHERE id = \(bind: id.stored)
              AND (last_seen_at IS NULL OR last_seen_at < \(bind: now.milliseconds - 60_000))
            """
        ).run()
    }

    static func decode(_ row: any SQLRow) throws -> ScanAgent {
        var agent = ScanAgent(
            id: try row.uuid("id"),
            organizationID: try row.uuid("organization_id"),
            name: try row.string("name"),
            prefix: try row.string("prefix"),
            segment: try StoredJSON.decoder.decode([ScopeEntry].self, from: Data(try row.string("segment").utf8)),
            createdBy: try row.optionalUUID("created_by"),
            createdAt: try row.date("created_at")
        )
        agent.lastSeenAt = try row.optionalDate("last_seen_at")
        agent.revokedAt = try row.optionalDate("revoked_at")
        return agent
    }
}
