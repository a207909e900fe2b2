import Foundation
import Logging
import WardCore
import WardIntel
import WardStore

extension IntelService {
    /// What a refresh of an organization's alerts did.
    public struct AlertRefresh: Sendable {
        /// Alerts raised now: never seen, or seen again after they were resolved.
        public var raised: [IntelAlert] = []
        /// Alerts still standing, updated with today's matches.
        public var kept = 0
        /// Alerts whose matches went away.
        public var resolved = 0
        /// Notifications sent, and the ones that failed with the reason.
        public var notified = 0
        public var failures: [String] = []
    }

    /// Matches the organization against the stored feeds and turns the matches into alerts: one per vulnerability,
    /// with every source and every affected asset; raises the new ones, keeps the standing ones, resolves those no
    /// longer matched, and notifies the subscriptions of each new active alert.
    ///
    /// Notification failures do not undo the refresh: they are returned (and logged) with the channel and reason.
    public func refreshAlerts(
        organizationID: UUID,
        organizationName: String,
        notifier: Notifier? = nil,
        logger: Logger
    ) async throws -> AlertRefresh {
        let now = Date(milliseconds: clock().milliseconds)
        let targets = try await targets(organizationID: organizationID)
        let vendorOf = Dictionary(
            targets.map { ($0.id, ($0.vendor.map(VendorNames.canonical), $0.product)) },
            uniquingKeysWith: { first, _ in first }
        )
        let matches = try await match(targets, organizationID: organizationID)
        var groups: [String: [VulnerabilityMatch]] = [:]
        var order: [String] = []
        for match in matches {
            let key = match.vulnerability.uppercased()
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(match)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let (groupsByKey, keys) = (groups, order)
        var refresh = try await database.transaction { (store: Store) -> AlertRefresh in
            var refresh = AlertRefresh()
            let groups = groupsByKey
            let existing = Dictionary(
                try await store.intelAlerts.list(organizationID: organizationID).map {
                    ($0.vulnerability.uppercased(), $0)
                },
                uniquingKeysWith: { first, _ in first }
            )
            for key in keys {
                let group = groups[key]!
                let active = group.filter(\.isActive)
                let decision = active.compactMap { $0.prioritization?.decision }.min()
                let vendors = Set(group.compactMap { vendorOf[$0.targetID]?.0 }).sorted()
                var alert = IntelAlert(
                    organizationID: organizationID,
                    vulnerability: group[0].vulnerability,
                    state: active.isEmpty ? .suppressed : .active,
                    decision: decision?.rawValue,
                    title: group.compactMap(\.title).first,
                    vendors: vendors,
                    assets: Array(Set(group.map(\.targetLabel))).sorted(),
                    body: String(decoding: try encoder.encode(group), as: UTF8.self),
                    firstSeen: now,
                    lastSeen: now
                )
                if let old = existing[key], old.state != .resolved {
                    alert.id = old.id
                    alert.firstSeen = old.firstSeen
                    refresh.kept += 1
                } else if alert.state == .active {
                    refresh.raised.append(alert)
                }
                try await store.intelAlerts.save(alert)
            }
            for (key, old) in existing where groups[key] == nil && old.state != .resolved {
                var resolved = old
                resolved.state = .resolved
                resolved.resolvedAt = now
                resolved.lastSeen = now
                try await store.intelAlerts.save(resolved)
                refresh.resolved += 1
            }
            return refresh
        }
        guard let notifier, !refresh.raised.isEmpty else { return refresh }
        let subscriptions = try await database.store.intelAlerts.subscriptions(organizationID: organizationID)
        for alert in refresh.raised {
            let group = groups[alert.vulnerability.uppercased()] ?? []
            let products = group.compactMap { vendorOf[$0.targetID]?.1 }
            for subscription in subscriptions where Self.wants(subscription, alert: alert, products: products) {
                let channel: NotificationChannel
                do {
                    channel = try JSONDecoder().decode(NotificationChannel.self, from: Data(subscription.channel.utf8))
                } catch {
                    refresh.failures.append("subscription \(subscription.id): its channel cannot be read")
                    continue
                }
                do {
                    try await notifier.send(
                        Self.notification(alert, matches: group, organization: organizationName),
                        to: channel
                    )
                    refresh.notified += 1
                } catch {
                    let reason = (error as? WardError)?.message ?? "\(error)"
                    refresh.failures.append("\(alert.vulnerability) to \(channel.name): \(reason)")
                    logger.warning(
                        "alert notification failed",
                        metadata: ["alert": "\(alert.vulnerability)", "channel": "\(channel.name)"]
                    )
                }
            }
        }
        return refresh
    }

    /// Checks and stores a subscription: a vendor or product filter needs a value (an `all` filter keeps none), and
    /// the channel must be one Ward can deliver to (``NotificationChannel/validate()``). The API, the web UI and the
    /// CLI subscribe through here.
    public func subscribe(
        organizationID: UUID,
        filter: AlertSubscription.Filter,
        value: String?,
        channel: NotificationChannel
    ) async throws -> AlertSubscription {
        let value = value?.trimmingCharacters(in: .whitespaces)
        guard filter == .all || !(value ?? "").isEmpty else {
            throw WardError(.invalidInput, "a \(filter.rawValue) filter needs a value", location: "value")
        }
        try channel.validate()
        let subscription = AlertSubscription(
            organizationID: organizationID,
            filter: filter,
            value: filter == .all ? nil : value,
            channel: String(decoding: try JSONEncoder().encode(channel), as: UTF8.self),
            createdAt: clock()
        )
        try await database.store.intelAlerts.subscribe(subscription)
        return subscription
    }

    /// Whether a subscription wants an alert: all, the alert's vendor, or a product among what it affects.
    static func wants(_ subscription: AlertSubscription, alert: IntelAlert, products: [String]) -> Bool {
        switch subscription.filter {
        case .all:
            return true
        case .vendor:
            guard let value = subscription.value else { return false }
            return alert.vendors.contains(VendorNames.canonical(value))
        case .product:
            guard let value = subscription.value else { return false }
            let wanted = VendorNames.words(value)
            return products.contains { product in
                let words = Set(VendorNames.words(product))
                return !wanted.isEmpty && wanted.allSatisfy(words.contains)
            }
        }
    }

    static func notification(
        _ alert: IntelAlert,
        matches: [VulnerabilityMatch],
        organization: String
    )
        -> AlertNotification
    {
        var sources: [AlertNotification.Source] = []
        for match in matches where match.isActive {
            for source in match.sources
            where !sources.contains(where: { $0.kind == source.kind && $0.reference == source.reference }) {
                sources.append(.init(kind: source.kind, reference: source.reference, reason: source.reason))
            }
        }
        let best = matches.filter(\.isActive).compactMap(\.prioritization).min { $0.decision < $1.decision }
        return AlertNotification(
            organization: organization,
            alertID: alert.id.uuidString.lowercased(),
            vulnerabilityID: alert.vulnerability,
            title: alert.title ?? alert.vulnerability,
            decision: best?.decision.label ?? "Track",
            severity: best?.severity.rawValue,
            assets: alert.assets,
            sources: sources,
            due: matches.compactMap { $0.prioritization?.dueDate }.min(),
            link: nil
        )
    }
}

extension ServerServices {
    /// Subscribes the organization (``IntelService/subscribe(organizationID:filter:value:channel:)``) and writes it
    /// to the audit log; for the API and the web UI alike.
    func subscribeToAlerts(
        organizationID: UUID,
        filter: AlertSubscription.Filter,
        value: String?,
        channel: NotificationChannel,
        context: WardRequestContext
    ) async throws -> AlertSubscription {
        let subscription = try await IntelService(database: database, clock: clock).subscribe(
            organizationID: organizationID,
            filter: filter,
            value: value,
            channel: channel
        )
        try await audit(
            .alertSubscriptionChanged,
            organizationID: organizationID,
            principal: context.principal,
            target: channel.name,
            context: context,
            details: ["filter": filter.rawValue, "added": "true"]
        )
        return subscription
    }

    /// Removes one of the organization's subscriptions (404 for any other) and writes it to the audit log.
    func unsubscribeFromAlerts(_ id: UUID, organizationID: UUID, context: WardRequestContext) async throws {
        try await store.intelAlerts.unsubscribe(id, organizationID: organizationID)
        try await audit(
            .alertSubscriptionChanged,
            organizationID: organizationID,
            principal: context.principal,
            target: id.uuidString.lowercased(),
            context: context,
            details: ["removed": "true"]
        )
    }
}
