import Foundation
import SQLKit
import WardCore

/// One-time links: the setup link that lets the first administrator create an account (no user), and activation
/// links that let an invited person set a password (for that user). Only hashes are stored.
public struct SetupTokenRecords: Sendable {
    let sql: any SQLDatabase

    /// What a live link is for.
    public enum Purpose: Sendable, Hashable {
        /// Create the first administrator.
        case setup
        /// Set the password of this user.
        case activate(UUID)
    }

    /// Stores a new link hash; earlier unused links for the same purpose stop working.
    public func create(hash: String, purpose: Purpose, now: Date, expiresAt: Date) async throws {
        let userID: String? = if case .activate(let id) = purpose { id.stored } else { nil }
        if let userID {
            try await sql.raw("DELETE FROM setup_tokens WHERE used_at IS NULL AND user_id = \(bind: userID)").run()
        } else {
            try await sql.raw("DELETE FROM setup_tokens WHERE used_at IS NULL AND user_id IS NULL").run()
        }
        try await sql.raw(
            """
            INSERT INTO setup_tokens (token_hash, user_id, created_at, expires_at)
            VALUES (\(bind: hash), \(bind: userID), \(bind: now.milliseconds), \(bind: expiresAt.milliseconds))
            """
        ).run()
    }

    /// The purpose of a live, unused link, or nil.
    public func purpose(hash: String, now: Date) async throws -> Purpose? {
        guard
            let row = try await sql.raw(
                """
                SELECT user_id FROM setup_tokens
                WHERE token_hash = \(bind: hash) AND used_at IS NULL AND expires_at > \(bind: now.milliseconds)
                """
            ).first()
        else { return nil }
        return try row.optionalUUID("user_id").map(Purpose.activate) ?? .setup
    }

    /// Marks the link used; returns its purpose, or nil when it was not live. Exactly one caller wins.
    public func consume(hash: String, now: Date) async throws -> Purpose? {
        let rows = try await sql.raw(
            """
            UPDATE setup_tokens SET used_at = \(bind: now.milliseconds)
            WHERE token_hash = \(bind: hash) AND used_at IS NULL AND expires_at > \(bind: now.milliseconds)
            RETURNING user_id
            """
        ).all()
        guard let row = rows.first else { return nil }
        return try row.optionalUUID("user_id").map(Purpose.activate) ?? .setup
    }
}
