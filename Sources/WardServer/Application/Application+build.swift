import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOSSL
import Prometheus
import ServiceLifecycle
import WardCore
import WardStore

/// Builds Ward's web application: routes, middleware and services, on an open database.
///
/// The CLI's `ward serve` and the tests use this same function; tests then drive the application in-process.
///
/// - Parameters:
///   - configuration: bind address, TLS, timeouts.
///   - database: an open, migrated database; the caller closes it.
///   - logger: where the server logs.
///   - clock: the time source; tests pass a controllable one.
public func buildApplication(
    configuration: ServerConfiguration,
    database: Database,
    logger: Logger,
    clock: @escaping @Sendable () -> Date = { Date() }
) throws -> some ApplicationProtocol {
    let registry = PrometheusCollectorRegistry()
    let services = ServerServices(
        configuration: configuration,
        database: database,
        logger: logger,
        registry: registry,
        clock: clock
    )
    let router = buildRouter(services: services)
    let address = BindAddress.hostname(configuration.host, port: configuration.port)
    var server: HTTPServerBuilder = .http1()
    if let certificate = configuration.tlsCertificatePath, let key = configuration.tlsKeyPath {
        do {
            let tls = TLSConfiguration.makeServerConfiguration(
                certificateChain: try NIOSSLCertificate.fromPEMFile(certificate).map { .certificate($0) },
                privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))
            )
            server = try .tls(.http1(), tlsConfiguration: tls)
        } catch {
            throw WardError(.configuration, "cannot use the TLS certificate or key: \(error)", cause: error)
        }
    }
    return Application(
        router: router,
        server: server,
        configuration: .init(address: address, serverName: nil),
        services: [
            SessionSweeper(services: services), RescanScheduler(services: services), ScanRunner(services: services),
        ],
        logger: logger
    )
}

func buildRouter(services: ServerServices) -> Router<WardRequestContext> {
    let pages = Pages()
    // HEAD answers like GET without a body, for uptime checkers and `curl -I`.
    let router = Router(context: WardRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: MetricsMiddleware(registry: services.registry))
    router.add(middleware: SecurityHeadersMiddleware(hsts: services.configuration.secureCookies))
    router.add(middleware: ErrorMiddleware(pages: pages))
    router.get("healthz") { _, _ in "ok" }
    router.get("readyz") { _, _ -> Response in
        do {
            try await services.database.ping()
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ready")))
        } catch {
            throw WardError(.unavailable, "the database does not answer: \(Database.describe(error))")
        }
    }
    router.get("metrics") { _, _ -> Response in
        var buffer: [UInt8] = []
        services.registry.emit(into: &buffer)
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4"],
            body: .init(byteBuffer: ByteBuffer(bytes: buffer))
        )
    }
    router.add(middleware: AuthenticationMiddleware(services: services))
    APIRoutes(services: services).add(to: router)
    UIRoutes(services: services, pages: pages).add(to: router)
    return router
}

/// Removes expired sessions once an hour.
struct SessionSweeper: Service {
    let services: ServerServices

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let removed = try await services.store.sessions.purgeExpired(now: services.clock())
                if removed > 0 { services.logger.info("removed expired sessions", metadata: ["count": "\(removed)"]) }
            } catch {
                services.logger.warning("could not remove expired sessions", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(3600)) }
        }
    }
}
