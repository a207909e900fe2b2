import AsyncKit
import Logging
import NIOCore
import PostgresKit
import SQLKit
import SQLiteKit

/// A connection that can present itself as an `SQLDatabase`.
protocol SQLConnectionConvertible: ConnectionPoolItem {
    func sqlDatabase() -> any SQLDatabase
}

extension SQLiteConnection: SQLConnectionConvertible {
    func sqlDatabase() -> any SQLDatabase { self.sql() }
}

extension PostgresConnection: SQLConnectionConvertible {
    func sqlDatabase() -> any SQLDatabase { self.sql() }
}

/// An `SQLDatabase` that runs each statement on a connection borrowed from a pool.
///
/// Used for single statements; a transaction borrows one connection for its whole length instead
/// (``Database/transaction(_:)``).
struct PooledDatabase<Source: ConnectionPoolSource>: SQLDatabase, @unchecked Sendable
where Source.Connection: SQLConnectionConvertible & Sendable {
    let pool: EventLoopGroupConnectionPool<Source>
    let logger: Logger
    let dialect: any SQLDialect

    var eventLoop: any EventLoop { pool.eventLoopGroup.any() }
    var version: (any SQLDatabaseReportedVersion)? { nil }
    var queryLogLevel: Logger.Level? { .trace }

    func execute(
        sql query: any SQLExpression,
        _ onRow: @escaping @Sendable (any SQLRow) -> Void
    ) -> EventLoopFuture<Void> {
        pool.withConnection(logger: logger) { connection in
            connection.sqlDatabase().execute(sql: query, onRow)
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        let connection = try await pool.requestConnection(logger: logger).get()
        defer { pool.releaseConnection(connection, logger: logger) }
        try await connection.sqlDatabase().execute(sql: query, onRow)
    }

    func withConnection<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let connection = try await pool.requestConnection(logger: logger).get()
        defer { pool.releaseConnection(connection, logger: logger) }
        return try await body(connection.sqlDatabase())
    }
}
