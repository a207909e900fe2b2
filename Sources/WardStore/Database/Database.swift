import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit
import WardCore

/// An open connection pool to Ward's database, on either engine.
///
/// ``Database`` is the only place that knows which engine is in use. Everything above it speaks SQLKit, whose
/// dialects take care of placeholders and quoting, so the same queries run on SQLite and PostgreSQL.
///
/// Open it with ``open(_:logger:)`` and close it with ``close()`` when done; the server does this in its service group.
public final class Database: Sendable {
    /// The engine behind this database.
    public let engine: DatabaseEngine
    /// The configuration it was opened with.
    public let configuration: DatabaseConfiguration
    private let pool: Pool
    private let logger: Logger

    private enum Pool: Sendable {
        case sqlite(PooledDatabase<SQLiteSource>)
        case postgres(PooledDatabase<PostgresConnectionSource>)
    }

    private init(configuration: DatabaseConfiguration, pool: Pool, logger: Logger) {
        self.engine = configuration.engine
        self.configuration = configuration
        self.pool = pool
        self.logger = logger
    }

    /// Opens the database and checks that it answers.
    ///
    /// For SQLite the folder is created when missing. For PostgreSQL the server must be reachable; otherwise this
    /// throws a ``WardError`` with code `unavailable` that names the address, without the password.
    public static func open(
        _ configuration: DatabaseConfiguration,
        maxConnections: Int = 4,
        logger: Logger
    ) async throws -> Database {
        let group = MultiThreadedEventLoopGroup.singleton
        // At most two connections per event loop, so that SQLite's thread pool (SQLiteSource) has a thread for each.
        let perLoop = min(2, max(1, maxConnections / max(1, System.coreCount)))
        let database: Database
        switch configuration {
        case .sqlite(let path):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw WardError(
                        .configuration,
                        "cannot create the data directory \(directory): \(error.localizedDescription)",
                        cause: error
                    )
                }
            }
            let pool = EventLoopGroupConnectionPool(
                source: SQLiteSource(path: path),
                maxConnectionsPerEventLoop: perLoop,
                logger: logger,
                on: group
            )
            database = Database(
                configuration: configuration,
                pool: .sqlite(PooledDatabase(pool: pool, logger: logger, dialect: SQLiteDialect())),
                logger: logger
            )
        case .postgres(let url):
            let sqlConfiguration: SQLPostgresConfiguration
            do {
                sqlConfiguration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw WardError(.configuration, "the PostgreSQL URL is not valid: \(configuration)", cause: error)
            }
            let pool = EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: sqlConfiguration),
                maxConnectionsPerEventLoop: perLoop,
                requestTimeout: .seconds(10),
                logger: logger,
                on: group
            )
            database = Database(
                configuration: configuration,
                pool: .postgres(PooledDatabase(pool: pool, logger: logger, dialect: PostgresDialect())),
                logger: logger
            )
        }
        do {
            try await database.ping()
        } catch {
            await database.close()
            throw WardError(
                .unavailable,
                "cannot reach the database (\(configuration)): \(Database.describe(error))",
                cause: error
            )
        }
        return database
    }

    /// The pooled database for single statements.
    public var sql: any SQLDatabase {
        switch pool {
        case .sqlite(let pooled): pooled
        case .postgres(let pooled): pooled
        }
    }

    /// Runs a trivial query; throws when the database does not answer.
    public func ping() async throws {
        _ = try await sql.raw("SELECT 1 AS one").first()
    }

    /// Runs `body` inside one transaction on one connection: it commits when `body` returns and rolls back when it
    /// throws, so a failed import or migration leaves the database as it was.
    ///
    /// On SQLite the transaction starts with `BEGIN IMMEDIATE`, taking the write lock at once; two writers then wait
    /// for each other (up to the busy timeout) instead of failing when one upgrades a read lock.
    public func transaction<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await transaction(begin: engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN", body)
    }

    /// Runs `body` inside one transaction that starts with `begin` (`BEGIN` for a read transaction on SQLite, which
    /// takes no write lock and, in WAL mode, sees one snapshot without holding up writers).
    func transaction<R: Sendable>(
        begin: String,
        _ body: @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        let run: @Sendable (any SQLDatabase) async throws -> R = { connection in
            try await connection.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(connection)
                try await connection.raw("COMMIT").run()
                return result
            } catch {
                do {
                    try await connection.raw("ROLLBACK").run()
                } catch {
                    self.logger.error("rollback failed", metadata: ["error": "\(error)"])
                }
                throw error
            }
        }
        switch pool {
        case .sqlite(let pooled): return try await pooled.withConnection(run)
        case .postgres(let pooled): return try await pooled.withConnection(run)
        }
    }

    /// Closes every connection. Safe to call more than once.
    public func close() async {
        do {
            switch pool {
            case .sqlite(let pooled): try await pooled.pool.shutdownAsync()
            case .postgres(let pooled): try await pooled.pool.shutdownAsync()
            }
        } catch {
            logger.debug("database pool already closed", metadata: ["error": "\(error)"])
        }
    }

    /// A one-line description of a driver error, without stack traces or connection secrets.
    public static func describe(_ error: any Error) -> String {
        if let error = error as? WardError { return error.description }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return String(describing: underlying) }
            return String(describing: error.code)
        }
        return String(describing: error)
    }
}
