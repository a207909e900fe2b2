import AsyncKit
import Logging
import NIOCore
import NIOPosix
import SQLiteKit

/// Opens SQLite connections set up the way Ward needs them: write-ahead logging so readers never wait for the
/// writer and the CLI can work beside a running server, foreign keys enforced, and a busy timeout instead of
/// immediate "database is locked" errors.
///
/// SQLite calls block a thread, and a connection that waits for the write lock sleeps on its thread. With fewer threads
/// than connections, waiting writers can take every thread and leave the lock holder none to commit with, until the
/// busy timeout fails them all. So SQLite connections run on a thread pool with a thread for every connection.
struct SQLiteSource: ConnectionPoolSource {
    let path: String

    /// More threads than any pool here opens connections (see ``Database/open(_:maxConnections:logger:)``).
    static let threadPool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(8, System.coreCount * 2 + 2))
        pool.start()
        return pool
    }()

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: .file(path: path), threadPool: Self.threadPool, logger: logger, on: eventLoop)
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
