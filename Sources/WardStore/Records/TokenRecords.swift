import Foundation
import SQLKit
import WardCore

/// API tokens: each belongs to one organization and carries one role. Only the SHA-256 hash of the secret is kept.
public struct TokenRecords: Sendable {
    let sql: any SQLDatabase

    /// A stored API token (without its secret).
    public struct Token: Sendable, Hashable, Codable, Identifiable {
        public var id: UUID
        public var organizationID: UUID
        public var name: String
        public var role: Role
        /// The first characters of the token, so people can tell their tokens apart.
        public var prefix: String
        public var createdBy: UUID?
        public var createdAt: Date
        public var expiresAt: Date?
        public var lastUsedAt: Date?
        public var revokedAt: Date?

        public init(
            id: UUID = UUID(),
            organizationID: UUID,
            name: String,
            role: Role,
            prefix: String,
            createdBy: UUID?,
            createdAt: Date = Date(),
            expiresAt: Date? = nil,
            lastUsedAt: Date? = nil,
            revokedAt: Date? = nil
        ) {
            self.id = id
            self.organizationID = organizationID
            self.name = name
            self.role = role
            self.prefix = prefix
            self.createdBy = createdBy
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.lastUsedAt = lastUsedAt
            self.revokedAt = revokedAt
        }

        /// Whether the token works at `now`.
        public func isActive(at now: Date) -> Bool {
            revokedAt == nil && (expiresAt.map { $0 > now } ?? true)
        }
    }

    public func create(_ token: Token, hash: String) async throws {
        try await sql.raw(
            """
            INSERT INTO api_tokens (id, organization_id, name, role, token_hash, prefix, created_by, created_at,
                                    expires_at)
            VALUES (\(bind: token.id.stored), \(bind: token.organizationID.stored), \(bind: token.name),
                    \(bind: token.role.rawValue), \(bind: hash), \(bind: token.prefix), \(bind: token.createdBy?.stored),
                    \(bind: token.createdAt.milliseconds), \(bind: token.expiresAt?.milliseconds))
            """
        ).run()
    }

    /// The token with this hash, whatever its state; the caller checks ``Token/isActive(at:)``.
    public func get(hash: String) async throws -> Token? {
        try await sql.raw("SELECT * FROM api_tokens WHERE token_hash = \(bind: hash)").first().map(Self.decode)
    }

    /// A token with its creator and the creator's current role in the token's organization, in one query, for
    /// authenticating a request.
    public struct Resolved: Sendable {
        public var token: Token
        public var owner: User?
        public var ownerRole: Role?
        /// The token's organization, read in the same query.
        public var organization: Organization
    }

    /// Looks up the token with this hash together with its creator and the creator's role.
    public func resolve(hash: String) async throws -> Resolved? {
        guard
            let row = try await sql.raw(
                """
                SELECT t.*, m.role AS owner_role, u.id AS owner_id, u.email AS owner_email,
                       u.display_name AS owner_display_name, u.is_site_admin AS owner_is_site_admin,
                       u.totp_enabled AS owner_totp_enabled, u.created_at AS owner_created_at,
                       u.is_disabled AS owner_is_disabled,
                       o.name AS organization_name, o.kind AS organization_kind,
                       o.size_tier AS organization_size_tier, o.parent_id AS organization_parent_id,
                       o.created_at AS organization_created_at
                FROM api_tokens t
                JOIN organizations o ON o.id = t.organization_id
                LEFT JOIN users u ON u.id = t.created_by
                LEFT JOIN memberships m ON m.user_id = t.created_by AND m.organization_id = t.organization_id
                WHERE t.token_hash = \(bind: hash)
                """
            ).first()
        else { return nil }
        var owner: User?
        if let ownerID = try row.optionalUUID("owner_id") {
            owner = User(
                id: ownerID,
                email: try row.string("owner_email"),
                displayName: try row.string("owner_display_name"),
                isSiteAdministrator: try row.bool("owner_is_site_admin"),
                totpEnabled: try row.bool("owner_totp_enabled"),
                createdAt: try row.date("owner_created_at"),
                isDisabled: try row.bool("owner_is_disabled")
            )
        }
        let ownerRole = try row.optionalString("owner_role").flatMap(Role.init(rawValue:))
        let token = try Self.decode(row)
        let organization = Organization(
            id: token.organizationID,
            name: try row.string("organization_name"),
            kind: try row.enumeration("organization_kind", as: OrganizationKind.self),
            sizeTier: try row.enumeration("organization_size_tier", as: SizeTier.self),
            parentID: try row.optionalUUID("organization_parent_id"),
            createdAt: try row.date("organization_created_at")
        )
        return Resolved(token: token, owner: owner, ownerRole: ownerRole, organization: organization)
    }

    /// The organization's tokens, newest first.
    public func list(organizationID: UUID) async throws -> [Token] {
        try await sql.raw(
            """
            SELECT * FROM api_tokens WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY created_at DESC, id
            """
        ).all().map(Self.decode)
    }

    /// Revokes a token of the organization. Fails with `notFound` for another organization's token.
    public func revoke(id: UUID, organizationID: UUID, at now: Date) async throws -> Token {
        let rows = try await sql.raw(
            """
            UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, \(bind: now.milliseconds))
            WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)
            RETURNING *
            """
        ).all()
        guard let row = rows.first else { throw WardError(.notFound, "API token \(id) does not exist") }
        return try Self.decode(row)
    }

    /// Notes that a token was used, at most once a minute per token to keep hot paths free of writes.
    public func markUsed(id: UUID, at now: Date) async throws {
        try await sql.raw(
            """
            UPDATE api_tokens SET last_used_at = \(bind: now.milliseconds)
            WHERE id = \(bind: id.stored)
              AND (last_used_at IS NULL OR last_used_at < \(bind: now.milliseconds - 60_000))
            """
        ).run()
    }

    static func decode(_ row: any SQLRow) throws -> Token {
        Token(
            id: try row.uuid("id"),
            organizationID: try row.uuid("organization_id"),
            name: try row.string("name"),
            role: try row.enumeration("role", as: Role.self),
            prefix: try row.string("prefix"),
            createdBy: try row.optionalUUID("created_by"),
            createdAt: try row.date("created_at"),
            expiresAt: try row.optionalDate("expires_at"),
            lastUsedAt: try row.optionalDate("last_used_at"),
            revokedAt: try row.optionalDate("revoked_at")
        )
    }
}
