import Foundation
import SQLKit
import Testing
import WardCore
import WardStore
import WardTesting

@Suite("Migrations, on every engine")
struct MigrationTests {
    @Test(arguments: TestDatabase.engines)
    func freshDatabaseGetsEveryMigrationOnce(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine, migrate: false) { database in
            let migrator = Migrator(database: database, logger: TestDatabase.logger)
            let pending = try await migrator.status()
            #expect(pending.map(\.version) == Schema.migrations.map(\.version))
            #expect(pending.allSatisfy { $0.appliedAt == nil })

            let applied = try await migrator.migrate()
            #expect(applied == Schema.migrations.map(\.version))
            #expect(try await migrator.migrate().isEmpty, "a second run applies nothing")
            #expect(try await migrator.status().allSatisfy { $0.appliedAt != nil })
            // The schema is really there.
            #expect(try await database.store.organizations.count() == 0)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func failedMigrationLeavesTheDatabaseAsItWas(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine, migrate: false) { database in
            let broken =
                Schema.migrations + [
                    Migration(
                        version: 900,
                        name: "half-broken",
                        statements: [
                            "CREATE TABLE probe_one (id INTEGER PRIMARY KEY)",
                            "INSERT INTO probe_one (id) VALUES (1)",
                            "CREATE TABLE probe_two (id INTEGER PRIMARY KEY, broken NOT A TYPE(",
                        ]
                    )
                ]
            let migrator = Migrator(database: database, migrations: broken, logger: TestDatabase.logger)
            let error = await #expect(throws: WardError.self) { try await migrator.migrate() }
            #expect(error?.message.contains("migration 900") == true)
            #expect(error?.message.contains("statement 3") == true)

            // Migration 1 committed on its own; 900 left no table and no ledger row behind.
            let status = try await migrator.status()
            #expect(status.first { $0.version == 1 }?.appliedAt != nil)
            #expect(status.first { $0.version == 900 }?.appliedAt == nil)
            await #expect(throws: (any Error).self) {
                try await database.sql.raw("SELECT id FROM probe_one").all()
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func transactionRollsBackOnError(engine: DatabaseEngine) async throws {
        struct Boom: Error {}
        try await TestDatabase.with(engine) { (database: Database) async throws -> Void in
            await #expect(throws: Boom.self) {
                try await database.transaction { (store: Store) async throws -> Void in
                    try await store.organizations.create(
                        Organization(name: "Rolled back", kind: .clinic, sizeTier: .small)
                    )
                    throw Boom()
                }
            }
            #expect(try await database.store.organizations.count() == 0)
        }
    }

    @Test(
        "PostgreSQL is reachable for the shared store suite",
        .enabled(
            if: TestDatabase.postgresURL != nil,
            "WARD_TEST_POSTGRES_URL is not set: the store suite ran on SQLite only"
        )
    )
    func postgresReachable() async throws {
        try await TestDatabase.with(.postgres) { database in
            try await database.ping()
            #expect(database.engine == .postgres)
        }
    }

    @Test func unreachablePostgresGivesOneClearError() async throws {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        let error = await #expect(throws: WardError.self) {
            _ = try await Database.open(
                .postgres(url: "postgres://ward:secret@127.0.0.1:1/ward"),
                logger: TestDatabase.logger
            )
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("127.0.0.1") == true)
        #expect(error?.message.contains("secret") == false, "the password never appears in messages")
    }

    @Test func databaseURLsAreParsed() throws {
        #expect(try DatabaseConfiguration.resolve(nil, dataDirectory: "data") == .sqlite(path: "data/ward.sqlite"))
        #expect(
            try DatabaseConfiguration.resolve("postgresql://u:p@db:5432/ward", dataDirectory: "x")
                == .postgres(url: "postgres://u:p@db:5432/ward")
        )
        #expect(
            try DatabaseConfiguration.resolve("sqlite:///tmp/w.sqlite", dataDirectory: "x")
                == .sqlite(path: "/tmp/w.sqlite")
        )
        #expect(throws: WardError.self) { try DatabaseConfiguration.resolve("mysql://db/ward", dataDirectory: "x") }
        #expect(
            DatabaseConfiguration.postgres(url: "postgres://u:hunter2@db/ward").description.contains("hunter2") == false
        )
    }
}
