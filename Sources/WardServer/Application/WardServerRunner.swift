import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals
import WardCore
import WardStore

/// Runs `ward serve`: opens and migrates the database, prints the setup link on a first start, seeds the demo when
/// asked, then serves until SIGINT or SIGTERM and shuts down gracefully (in-flight requests finish, the database
/// closes last).
public enum WardServerRunner {
    /// What the runner prints for the operator (setup links, demo credentials); the executable writes it to stdout.
    public typealias Announce = @Sendable (String) -> Void

    public static func run(
        configuration: ServerConfiguration,
        logger: Logger,
        announce: @escaping Announce
    )
        async throws
    {
        logger.info("opening database", metadata: ["database": "\(configuration.database)"])
        let database = try await Database.open(configuration.database, logger: logger)
        do {
            try await Migrator(database: database, logger: logger).migrate()
            let operations = LocalOperations(database: database, logger: logger)
            _ = try await operations.organization(nil)
            if configuration.demo {
                let result = try await DemoSeed(operations: operations).seed()
                if let password = result.ownerPassword {
                    announce(
                        "Demo clinic ready. Sign in as \(result.ownerEmail) with the one-time demo password: \(password)"
                    )
                } else {
                    announce("Demo clinic already present; its owner is \(result.ownerEmail).")
                }
            }
            if let link = try await operations.setupLinkIfNeeded(baseURL: configuration.baseURL) {
                announce(
                    "No administrator account exists yet. Open this one-time link to create the first administrator "
                        + "(valid 24 hours):\n  \(link)"
                )
            }
            let application = try buildApplication(configuration: configuration, database: database, logger: logger)
            announce("Ward is running at \(configuration.baseURL)  (Ctrl-C stops it)")
            if !configuration.tlsEnabled && !Self.isLoopback(configuration.host) {
                logger.warning("serving plain HTTP on a non-loopback address; use --tls-cert/--tls-key or a TLS proxy")
            }
            let group = ServiceGroup(
                configuration: .init(
                    services: [.init(service: application)],
                    gracefulShutdownSignals: [.sigterm, .sigint],
                    logger: logger
                )
            )
            try await group.run()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "::1"
    }
}
