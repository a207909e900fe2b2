import Foundation
import SQLKit
import WardCore

/// Server-side browser sessions. The cookie holds a random token; the table holds only its hash.
public struct SessionRecords: Sendable {
    let sql: any SQLDatabase

    /// A stored session.
    public struct Session: Sendable, Hashable {
        public var idHash: String
        public var userID: UUID
        /// The synchronizer token that every state-changing form of this session must carry.
        public var csrfToken: String
        /// True between a correct password and a correct second factor; such a session grants nothing else.
        public var secondFactorPending: Bool
        public var createdAt: Date
        public var lastSeenAt: Date
        public var expiresAt: Date
        public var sourceAddress: String?

        public init(
            idHash: String,
            userID: UUID,
            csrfToken: String,
            secondFactorPending: Bool,
            createdAt: Date,
            lastSeenAt: Date,
            expiresAt: Date,
            sourceAddress: String?
        ) {
            self.idHash = idHash
            self.userID = userID
            self.csrfToken = csrfToken
            self.secondFactorPending = secondFactorPending
            self.createdAt = createdAt
            self.lastSeenAt = lastSeenAt
            self.expiresAt = expiresAt
            self.sourceAddress = sourceAddress
        }
    }

    public func create(_ session: Session) async throws {
        try await sql.raw(
            """
            INSERT INTO sessions (id_hash, user_id, csrf_token, second_factor_pending, created_at, last_seen_at,
                                  expires_at, source_address)
            VALUES (\(bind: session.idHash), \(bind: session.userID.stored), \(bind: session.csrfToken),
                    \(bind: session.secondFactorPending), \(bind: session.createdAt.milliseconds),
                    \(bind: session.lastSeenAt.milliseconds), \(bind: session.expiresAt.milliseconds),
                    \(bind: session.sourceAddress))
            """
        ).run()
    }

    /// The live session with this hash, or nil when unknown or expired at `now`.
    public func get(idHash: String, now: Date) async throws -> Session? {
        guard
            let row = try await sql.raw(
                """
                SELECT * FROM sessions WHERE id_hash = \(bind: idHash) AND expires_at > \(bind: now.milliseconds)
                """
            ).first()
        else { return nil }
        return Session(
            idHash: try row.string("id_hash"),
            userID: try row.uuid("user_id"),
            csrfToken: try row.string("csrf_token"),
            secondFactorPending: try row.bool("second_factor_pending"),
            createdAt: try row.date("created_at"),
            lastSeenAt: try row.date("last_seen_at"),
            expiresAt: try row.date("expires_at"),
            sourceAddress: try row.optionalString("source_address")
        )
    }

    /// Extends an idle session: sets the last-seen time and moves the expiry, never past `absoluteLimit`.
    public func touch(idHash: String, now: Date, expiresAt: Date) async throws {
        try await sql.raw(
            """
            UPDATE sessions SET last_seen_at = \(bind: now.milliseconds), expires_at = \(bind: expiresAt.milliseconds)
            WHERE id_hash = \(bind: idHash)
            """
        ).run()
    }

    public func delete(idHash: String) async throws {
        try await sql.raw("DELETE FROM sessions WHERE id_hash = \(bind: idHash)").run()
    }

    /// Ends every session of a user, for example after a password change.
    public func deleteAll(userID: UUID, except idHash: String? = nil) async throws {
        try await sql.raw(
            """
            DELETE FROM sessions WHERE user_id = \(bind: userID.stored) AND id_hash <> \(bind: idHash ?? "")
            """
        ).run()
    }

    /// Removes sessions that expired before `now`; returns how many.
    @discardableResult
    public func purgeExpired(now: Date) async throws -> Int {
        try await sql.raw("DELETE FROM sessions WHERE expires_at <= \(bind: now.milliseconds) RETURNING id_hash")
            .all().count
    }
}
