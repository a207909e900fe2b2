import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationCompat
import WardCore
import WardIntel
import WardStore

/// Vulnerability intelligence in the JSON API: SBOMs of assets, matches, alerts.
struct IntelAPIRoutes {
    let services: ServerServices

    typealias Context = WardRequestContext

    /// The largest SBOM accepted in a request (64 MiB).
    static let sbomLimit = 64 << 20

    func add(to api: RouterGroup<Context>) {
        api.post("organizations/:org/assets/:asset/sbom", use: importSBOM)
        api.get("organizations/:org/intel/matches", use: listMatches)
        api.get("organizations/:org/alerts", use: listAlerts)
        api.post("organizations/:org/alerts/refresh", use: refreshAlerts)
        api.get("organizations/:org/alerts/subscriptions", use: listSubscriptions)
        api.post("organizations/:org/alerts/subscriptions", use: subscribe)
        api.delete("organizations/:org/alerts/subscriptions/:subscription", use: unsubscribe)
    }

    private var intel: IntelService { IntelService(database: services.database, clock: services.clock) }

    private func organization(_ context: Context, _ permission: Permission) async throws -> Organization {
        try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: permission
        ).0
    }

    private func actor(_ context: Context) -> AssessmentService.Actor {
        .init(
            userID: context.principal?.user?.id,
            name: context.principal?.auditName ?? "anonymous",
            sourceAddress: context.remoteAddress
        )
    }

    /// The body is the SBOM file (CycloneDX JSON/XML, SPDX JSON/tag-value); `?name=` names it.
    @Sendable func importSBOM(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        guard let assetID = context.parameters.get("asset").flatMap(UUID.init(uuidString:)) else {
            throw WardError(.notFound, "no such asset in this organization", location: "asset")
        }
        // The asset must belong to the organization before the body is read.
        _ = try await services.store.assets.get(assetID, organizationID: organization.id)
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Self.sbomLimit)
        } catch {
            throw WardError(.tooLarge, "SBOM files are limited to \(Self.sbomLimit >> 20) MiB", location: "file")
        }
        let name = request.uri.queryParameters.get("name").map { String($0) } ?? "sbom"
        let record = try await intel.importSBOM(
            Data(buffer: buffer),
            file: name,
            assetID: assetID,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try APIResponse.json(
            SBOMView(
                asset: assetID,
                file: record.fileName,
                format: record.sbom.format.rawValue,
                specVersion: record.sbom.specVersion,
                components: record.sbom.components.count,
                vexStatements: record.sbom.vexStatements.count,
                sha256: record.sha256
            ),
            status: .created
        )
    }

    struct SBOMView: Encodable {
        var asset: UUID
        var file: String
        var format: String
        var specVersion: String
        var components: Int
        var vexStatements: Int
        var sha256: String
    }

    /// Every match of the organization's assets and SBOM components against the stored feeds, with reasons.
    @Sendable func listMatches(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let all = request.uri.queryParameters.get("all") == "true"
        let matches = try await intel.match(organizationID: organization.id).filter { all || $0.isActive }
        return try APIResponse.json(APIResponse.Items(items: matches))
    }

    /// Alerts, filtered by `state` (active by default, or all), `vendor` and `asset`.
    @Sendable func listAlerts(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let query = request.uri.queryParameters
        let stateText = query.get("state").map { String($0) } ?? "active"
        guard let states = IntelService.alertStates(stateText) else {
            throw WardError(.invalidInput, "unknown state '\(stateText)'", location: "state")
        }
        let alerts = try await intel.alerts(
            organizationID: organization.id,
            states: states,
            vendor: query.get("vendor").map { String($0) },
            asset: query.get("asset").map { String($0) }
        )
        return try APIResponse.json(APIResponse.Items(items: alerts.map(IntelAlertView.init)))
    }

    /// Matches again and raises, keeps, suppresses and resolves alerts; notifies the subscriptions.
    @Sendable func refreshAlerts(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let notifier = Notifier(logger: services.logger)
        let refresh: IntelService.AlertRefresh
        do {
            refresh = try await intel.refreshAlerts(
                organizationID: organization.id,
                organizationName: organization.name,
                notifier: notifier,
                logger: services.logger
            )
            try await notifier.shutdown()
        } catch {
            try? await notifier.shutdown()
            throw error
        }
        try await services.audit(
            .alertsRefreshed,
            organizationID: organization.id,
            principal: context.principal,
            target: organization.name,
            context: context,
            details: ["raised": "\(refresh.raised.count)", "resolved": "\(refresh.resolved)"]
        )
        return try APIResponse.json(
            RefreshView(
                raised: refresh.raised.map(\.vulnerability),
                kept: refresh.kept,
                resolved: refresh.resolved,
                notified: refresh.notified,
                failures: refresh.failures
            )
        )
    }

    struct RefreshView: Encodable {
        var raised: [String]
        var kept: Int
        var resolved: Int
        var notified: Int
        var failures: [String]
    }

    /// A subscription as the API shows it: the channel's kind and a safe name, never its secret.
    struct SubscriptionView: Encodable {
        var id: UUID
        var filter: String
        var value: String?
        var channel: String
        var createdAt: Date

        init(_ subscription: AlertSubscription) {
            id = subscription.id
            filter = subscription.filter.rawValue
            value = subscription.value
            channel =
                (try? JSONDecoder().decode(NotificationChannel.self, from: Data(subscription.channel.utf8)))?.name
                ?? "unreadable channel"
            createdAt = subscription.createdAt
        }
    }

    struct SubscribeBody: Decodable {
        /// `all`, `vendor` or `product`.
        var filter: String
        var value: String?
        /// `{"type": "webhook" | "smtp" | "syslog", "settings": {…}}`.
        var channel: NotificationChannel
    }

    @Sendable func listSubscriptions(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let subscriptions = try await services.store.intelAlerts.subscriptions(organizationID: organization.id)
        return try APIResponse.json(APIResponse.Items(items: subscriptions.map(SubscriptionView.init)))
    }

    @Sendable func subscribe(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .manageOrganization)
        let body = try await request.decodeJSON(SubscribeBody.self, context: context)
        guard let filter = AlertSubscription.Filter(rawValue: body.filter) else {
            throw WardError(.invalidInput, "the filter is all, vendor or product", location: "filter")
        }
        let subscription = try await services.subscribeToAlerts(
            organizationID: organization.id,
            filter: filter,
            value: body.value,
            channel: body.channel,
            context: context
        )
        return try APIResponse.json(SubscriptionView(subscription), status: .created)
    }

    @Sendable func unsubscribe(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .manageOrganization)
        guard let id = context.parameters.get("subscription").flatMap(UUID.init(uuidString:)) else {
            throw WardError(.notFound, "no such subscription in this organization", location: "subscription")
        }
        try await services.unsubscribeFromAlerts(id, organizationID: organization.id, context: context)
        return Response(status: .noContent)
    }
}
