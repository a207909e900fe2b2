import Foundation
import Logging
import ServiceLifecycle
import WardStore

/// The background loop that runs scans started from the web UI and the API, one at a time per server replica.
///
/// Replicas share the queue through the database: each scan is claimed by exactly one (see ``ScanRunRecords``), and a
/// scan whose replica stopped is failed after ``ScanRunService/staleAfter`` rather than left running for ever.
struct ScanRunner: Service {
    let services: ServerServices
    let runner: String
    let idle: Duration

    init(services: ServerServices, idle: Duration = .seconds(2)) {
        self.services = services
        self.runner = "server:\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        self.idle = idle
    }

    func run() async throws {
        let scans = ScanRunService(database: services.database, clock: services.clock)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            var ran = false
            do {
                // A shutdown cancels the scan in progress; it ends as cancelled with what it found.
                ran = try await cancelWhenGracefulShutdown {
                    try await scans.runNext(runner: runner, logger: services.logger) != nil
                }
            } catch {
                services.logger.warning("scan runner tick failed", metadata: ["error": "\(error)"])
            }
            if !ran { try? await cancelWhenGracefulShutdown { try await Task.sleep(for: idle) } }
        }
    }
}
