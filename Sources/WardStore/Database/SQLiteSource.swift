import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLiteKit

/// Opens SQLite connections set up the way Ward needs them: write-ahead logging so readers never wait for the
/// writer and the CLI can work beside a running server, foreign keys enforced, and a busy timeout instead of
/// immediate "database is locked" errors.
struct SQLiteSource: ConnectionPoolSource {
    let path: String

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: logger, on: eventLoop)
            .flatMap { connection in
                let pragmas = [
                    "PRAGMA busy_timeout = 10000",
                    "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = NORMAL",
                    "PRAGMA foreign_keys = ON",
                ]
                var future = eventLoop.makeSucceededVoidFuture()
                for pragma in pragmas {
                    future = future.flatMap { connection.query(pragma).map { _ in } }
                }
                return future.map { connection }.flatMapError { error in
                    connection.close().flatMapThrowing { throw error }
                }
            }
    }
}
