import Foundation
import SQLKit
import WardCore

/// User accounts and their credentials (stored only as hashes and secrets, never as passwords).
public struct UserRecords: Sendable {
    let sql: any SQLDatabase

    /// What sign-in needs to know about a user.
    public struct Credentials: Sendable {
        public var user: User
        /// The bcrypt hash of the password; nil when the account has no password yet.
        public var passwordHash: String?
        /// The base32 TOTP secret, present once enrollment started.
        public var totpSecret: String?
        /// The last TOTP time step accepted, so a code is never accepted twice.
        public var totpLastCounter: Int64?
    }

    /// Stores a new user. Fails with `conflict` when the e-mail address is taken.
    @discardableResult
    public func create(_ user: User, passwordHash: String?) async throws -> User {
        var user = user
        user.email = try User.validateEmail(user.email)
        user.createdAt = Date(milliseconds: user.createdAt.milliseconds)
        if try await get(email: user.email) != nil {
            throw WardError(.conflict, "a user with the e-mail address \(user.email) already exists", location: "email")
        }
        try await sql.raw(
            """
            INSERT INTO users (id, email, display_name, password_hash, is_site_admin, totp_enabled, is_disabled, created_at)
            VALUES (\(bind: user.id.stored), \(bind: user.email), \(bind: user.displayName), \(bind: passwordHash),
                    \(bind: user.isSiteAdministrator), \(bind: false), \(bind: user.isDisabled),
                    \(bind: user.createdAt.milliseconds))
            """
        ).run()
        return user
    }

    public func get(_ id: UUID) async throws -> User? {
        try await sql.raw("SELECT * FROM users WHERE id = \(bind: id.stored)").first().map(Self.decode)
    }

    public func get(email: String) async throws -> User? {
        try await sql.raw("SELECT * FROM users WHERE email = \(bind: email.lowercased())").first().map(Self.decode)
    }

    /// The user's credentials by sign-in name.
    public func credentials(email: String) async throws -> Credentials? {
        guard let row = try await sql.raw("SELECT * FROM users WHERE email = \(bind: email.lowercased())").first()
        else { return nil }
        return try Self.decodeCredentials(row)
    }

    /// The user's credentials by identifier.
    public func credentials(id: UUID) async throws -> Credentials? {
        guard let row = try await sql.raw("SELECT * FROM users WHERE id = \(bind: id.stored)").first() else {
            return nil
        }
        return try Self.decodeCredentials(row)
    }

    /// Every user, by e-mail address. For site administrators and the CLI.
    public func all() async throws -> [User] {
        try await sql.raw("SELECT * FROM users ORDER BY email").all().map(Self.decode)
    }

    public func count() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM users").first()?.int("n") ?? 0
    }

    /// How many site administrators exist; none means the installation still needs its setup link.
    public func siteAdministratorCount() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM users WHERE is_site_admin = \(bind: true)").first()?.int("n") ?? 0
    }

    public func setPasswordHash(_ hash: String, for id: UUID) async throws {
        try await sql.raw("UPDATE users SET password_hash = \(bind: hash) WHERE id = \(bind: id.stored)").run()
    }

    public func setDisplayName(_ name: String, for id: UUID) async throws {
        try await sql.raw("UPDATE users SET display_name = \(bind: name) WHERE id = \(bind: id.stored)").run()
    }

    /// Starts or replaces TOTP enrollment: the secret is kept, the factor is not yet required.
    public func setTOTPSecret(_ secret: String?, enabled: Bool, for id: UUID) async throws {
        try await sql.raw(
            """
            UPDATE users SET totp_secret = \(bind: secret), totp_enabled = \(bind: enabled), totp_last_counter = NULL
            WHERE id = \(bind: id.stored)
            """
        ).run()
    }

    /// Records the time step of an accepted code; returns false when that step (or a later one) was already used,
    /// which means the code is a replay.
    public func acceptTOTPCounter(_ counter: Int64, for id: UUID) async throws -> Bool {
        let rows = try await sql.raw(
            """
            UPDATE users SET totp_last_counter = \(bind: counter)
            WHERE id = \(bind: id.stored) AND (totp_last_counter IS NULL OR totp_last_counter < \(bind: counter))
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }

    public func setSiteAdministrator(_ value: Bool, for id: UUID) async throws {
        try await sql.raw("UPDATE users SET is_site_admin = \(bind: value) WHERE id = \(bind: id.stored)").run()
    }

    public func setDisabled(_ value: Bool, for id: UUID) async throws {
        try await sql.raw("UPDATE users SET is_disabled = \(bind: value) WHERE id = \(bind: id.stored)").run()
    }

    static func decode(_ row: any SQLRow) throws -> User {
        User(
            id: try row.uuid("id"),
            email: try row.string("email"),
            displayName: try row.string("display_name"),
            isSiteAdministrator: try row.bool("is_site_admin"),
            totpEnabled: try row.bool("totp_enabled"),
            createdAt: try row.date("created_at"),
            isDisabled: try row.bool("is_disabled")
        )
    }

    static func decodeCredentials(_ row: any SQLRow) throws -> Credentials {
        Credentials(
            user: try decode(row),
            passwordHash: try row.optionalString("password_hash"),
            totpSecret: try row.optionalString("totp_secret"),
            totpLastCounter: try row.decode(column: "totp_last_counter", as: Int64?.self)
        )
    }
}
