import Foundation
import Logging
import Prometheus
import WardCore
import WardStore

/// What every handler needs: configuration, the store, the clock, the metrics registry. Built once per application.
final class ServerServices: Sendable {
    let configuration: ServerConfiguration
    let database: Database
    let logger: Logger
    let registry: PrometheusCollectorRegistry
    let clock: @Sendable () -> Date
    let tokenUsage = TokenUsage()
    let notices = NoticeSigner()
    let catalog = FrameworkCatalog()

    init(
        configuration: ServerConfiguration,
        database: Database,
        logger: Logger,
        registry: PrometheusCollectorRegistry,
        clock: @escaping @Sendable () -> Date
    ) {
        self.configuration = configuration
        self.database = database
        self.logger = logger
        self.registry = registry
        self.clock = clock
    }

    var store: Store { database.store }
    var access: Access { Access(store: store) }
    var passwords: PasswordHasher { configuration.passwordHasher }
    var assessments: AssessmentService { AssessmentService(database: database, catalog: catalog, clock: clock) }
    var incidents: IncidentService { IncidentService(database: database, clock: clock) }

    /// Appends an audit event; a failure to audit fails the request, because an unrecorded security action must
    /// not pass silently.
    func audit(
        _ action: AuditAction,
        organizationID: UUID?,
        principal: Principal?,
        actor: String? = nil,
        target: String? = nil,
        outcome: AuditEvent.Outcome = .success,
        context: WardRequestContext? = nil,
        details: [String: String] = [:],
        in store: Store? = nil
    ) async throws {
        let event = AuditEvent(
            occurredAt: clock(),
            organizationID: organizationID,
            actorUserID: principal?.user?.id,
            actor: actor ?? principal?.auditName ?? "anonymous",
            action: action,
            target: target,
            outcome: outcome,
            sourceAddress: context?.remoteAddress,
            details: details
        )
        try await (store ?? self.store).audit.append(event)
        logger.info(
            "audit",
            metadata: [
                "action": "\(action)", "actor": "\(event.actor)", "outcome": "\(outcome.rawValue)",
                "organization": "\(organizationID?.uuidString.lowercased() ?? "-")", "target": "\(target ?? "-")",
            ]
        )
    }
}

/// Issues API tokens: `ward_` followed by 43 random URL-safe characters; only the hash is stored.
enum TokenIssuer {
    static let prefix = "ward_"

    /// A new token's secret and the short prefix shown in lists.
    static func newSecret() -> (secret: String, displayPrefix: String) {
        let secret = prefix + Secrets.random()
        return (secret, String(secret.prefix(prefix.count + 6)))
    }
}
