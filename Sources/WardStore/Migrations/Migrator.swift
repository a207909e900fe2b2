import Foundation
import Logging
import SQLKit
import WardCore

/// Applies ``Schema/migrations`` and reports which are applied.
public struct Migrator: Sendable {
    let database: Database
    let migrations: [Migration]
    let logger: Logger

    /// One migration and when it was applied, if it was.
    public struct Status: Sendable, Hashable, Codable {
        public var version: Int
        public var name: String
        public var appliedAt: Date?
    }

    /// Creates a migrator for `database`; tests pass their own `migrations`.
    public init(database: Database, migrations: [Migration] = Schema.migrations, logger: Logger) {
        self.database = database
        self.migrations = migrations.sorted { $0.version < $1.version }
        self.logger = logger
    }

    /// Every known migration with the time it was applied (nil when pending).
    public func status() async throws -> [Status] {
        try await ensureLedger()
        let rows = try await database.sql.raw("SELECT version, name, applied_at FROM ward_schema_migrations").all()
        var applied: [Int: (String, Date)] = [:]
        for row in rows {
            let version = try row.decode(column: "version", as: Int.self)
            applied[version] = (
                try row.decode(column: "name", as: String.self),
                Date(milliseconds: try row.decode(column: "applied_at", as: Int64.self))
            )
        }
        var result = migrations.map { Status(version: $0.version, name: $0.name, appliedAt: applied[$0.version]?.1) }
        // A database written by a newer Ward knows migrations this build does not; show them rather than hide them.
        for (version, entry) in applied where !migrations.contains(where: { $0.version == version }) {
            result.append(
                Status(version: version, name: entry.0 + " (unknown to this version of Ward)", appliedAt: entry.1)
            )
        }
        return result.sorted { $0.version < $1.version }
    }

    /// Applies every pending migration and returns the versions applied.
    ///
    /// Each migration runs in its own transaction with the ledger row that records it. On PostgreSQL an advisory lock
    /// keeps two replicas starting at once from applying the same migration twice.
    @discardableResult
    public func migrate() async throws -> [Int] {
        try await ensureLedger()
        var applied: [Int] = []
        for migration in migrations {
            let done = try await database.transaction { sql -> Bool in
                if self.database.engine == .postgres {
                    try await sql.raw("SELECT pg_advisory_xact_lock(74657261)").run()
                }
                let existing = try await sql.raw(
                    "SELECT version FROM ward_schema_migrations WHERE version = \(bind: migration.version)"
                ).first()
                if existing != nil { return false }
                for (index, statement) in migration.statements(self.database.engine).enumerated() {
                    do {
                        try await sql.raw(SQLQueryString(statement)).run()
                    } catch {
                        throw WardError(
                            .storage,
                            "migration \(migration.version) (\(migration.name)) failed at statement \(index + 1): "
                                + Database.describe(error) + "; the database was left as it was",
                            cause: error
                        )
                    }
                }
                try await sql.raw(
                    """
                    INSERT INTO ward_schema_migrations (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Date().milliseconds))
                    """
                ).run()
                return true
            }
            if done {
                logger.info(
                    "applied migration",
                    metadata: ["version": "\(migration.version)", "name": "\(migration.name)"]
                )
                applied.append(migration.version)
            }
        }
        return applied
    }

    private func ensureLedger() async throws {
        try await database.sql.raw(
            """
            CREATE TABLE IF NOT EXISTS ward_schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at BIGINT NOT NULL
            )
            """
        ).run()
    }
}
