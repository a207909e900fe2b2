import Foundation
import Logging
import SQLKit
import WardCore
import WardStore

/// Fresh databases for tests, on SQLite always and on PostgreSQL when `WARD_TEST_POSTGRES_URL` points at a server.
///
/// Every call gets its own database: a new SQLite file in a temporary folder, or a new PostgreSQL database created
/// through the server at `WARD_TEST_POSTGRES_URL` and dropped afterwards. CI sets the variable and
/// `WARD_REQUIRE_POSTGRES=1`, so there the PostgreSQL half cannot be skipped silently.
public enum TestDatabase {
    /// The PostgreSQL server for tests, as `postgres://user:password@host:port/database`.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["WARD_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the PostgreSQL tests must run (CI).
    public static var postgresRequired: Bool {
        ProcessInfo.processInfo.environment["WARD_REQUIRE_POSTGRES"] == "1"
    }

    /// The engines the shared store suite runs on here.
    public static var engines: [DatabaseEngine] {
        if postgresURL != nil { return [.sqlite, .postgres] }
        precondition(!postgresRequired, "WARD_REQUIRE_POSTGRES=1 but WARD_TEST_POSTGRES_URL is not set")
        return [.sqlite]
    }

    public static var logger: Logger {
        var logger = Logger(label: "ward.tests")
        logger.logLevel = .warning
        return logger
    }

    /// Runs `body` with a new, empty database on `engine`, migrated unless `migrate` is false, and removes it after.
    public static func with<R>(
        _ engine: DatabaseEngine,
        migrate: Bool = true,
        _ body: (Database) async throws -> R
    ) async throws -> R {
        let (configuration, cleanup) = try await makeConfiguration(engine)
        let database = try await Database.open(configuration, logger: logger)
        do {
            if migrate { try await Migrator(database: database, logger: logger).migrate() }
            let result = try await body(database)
            await database.close()
            try await cleanup()
            return result
        } catch {
            await database.close()
            try? await cleanup()
            throw error
        }
    }

    /// A configuration for a new, empty database and the function that removes it.
    public static func makeConfiguration(
        _ engine: DatabaseEngine
    ) async throws
        -> (DatabaseConfiguration, @Sendable () async throws -> Void)
    {
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ward-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("ward.sqlite").path
            return (.sqlite(path: path), { try? FileManager.default.removeItem(at: folder) })
        case .postgres:
            guard let base = postgresURL, var components = URLComponents(string: base) else {
                throw WardError(.configuration, "WARD_TEST_POSTGRES_URL is not set")
            }
            let name = "ward_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            let admin = try await Database.open(.postgres(url: base), logger: logger)
            do {
                try await admin.sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
            } catch {
                await admin.close()
                throw error
            }
            await admin.close()
            components.path = "/" + name
            let url = components.string!
            return (
                .postgres(url: url),
                {
                    let admin = try await Database.open(.postgres(url: base), logger: logger)
                    try? await admin.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
                    await admin.close()
                }
            )
        }
    }

    /// Two small clinics in `store`: the organization a test works on, and another whose records must never show.
    public static func twoClinics(_ store: Store) async throws -> (Organization, Organization) {
        (
            try await store.organizations.create(Organization(name: "Clinic", kind: .clinic, sizeTier: .small)),
            try await store.organizations.create(Organization(name: "Other", kind: .clinic, sizeTier: .small))
        )
    }
}
