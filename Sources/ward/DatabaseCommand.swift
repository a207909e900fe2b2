import ArgumentParser
import Foundation
import Logging
import WardCore
import WardServer
import WardStore

struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Migrate, inspect and back up the database.",
        subcommands: [Migrate.self, Status.self, Backup.self]
    )

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply pending schema migrations (the server also does this at start)."
        )
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            do {
                let settings = try global.settings()
                let logger = try settings.logger()
                let database = try await Database.open(try settings.databaseConfiguration(), logger: logger)
                let applied: [Int]
                do {
                    applied = try await Migrator(database: database, logger: logger).migrate()
                } catch {
                    await database.close()
                    throw error
                }
                await database.close()
                print(
                    applied.isEmpty
                        ? "The database is up to date."
                        : "Applied migrations: \(applied.map(String.init).joined(separator: ", "))"
                )
            } catch {
                throw CommandFailure.from(error)
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show which migrations are applied.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            do {
                let settings = try global.settings()
                var logger = try settings.logger()
                logger.logLevel = .warning
                let configuration = try settings.databaseConfiguration()
                let database = try await Database.open(configuration, logger: logger)
                let status: [Migrator.Status]
                do {
                    status = try await Migrator(database: database, logger: logger).status()
                } catch {
                    await database.close()
                    throw error
                }
                await database.close()
                switch format {
                case .json: try printJSON(status)
                case .table:
                    print("Database: \(configuration)")
                    printTable(
                        ["VERSION", "APPLIED", "NAME"],
                        status.map { [String($0.version), $0.appliedAt.map { iso($0) } ?? "pending", $0.name] }
                    )
                }
            } catch {
                throw CommandFailure.from(error)
            }
        }
    }

    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a consistent copy of the database to FILE, also while the server runs.",
            discussion:
                "SQLite: a compact database file (restore by putting it in place of ward-data/ward.sqlite). PostgreSQL: a pg_dump custom-format archive (restore with pg_restore). See docs/operations.md."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The file to write; must not exist.") var file: String

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                try await operations.backup(to: file)
                print("Backup written to \(file)")
            }
        }
    }
}
