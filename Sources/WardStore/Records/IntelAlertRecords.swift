import Foundation
import SQLKit
import WardCore

/// One vulnerability that affects an organization: raised once, however many sources and assets speak of it.
public struct IntelAlert: Sendable, Hashable, Codable {
    /// Whether the alert needs attention.
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        /// At least one match is not ruled out by VEX.
        case active
        /// Every match is ruled out by a VEX statement.
        case suppressed
        /// The feeds no longer match anything the organization owns (fixed, removed, or the match went away).
        case resolved
    }

    public var id: UUID
    public var organizationID: UUID
    /// The CVE, or the advisory's id when there is no CVE.
    public var vulnerability: String
    public var state: State
    /// The most urgent decision among the matches: `act`, `attend`, `track*`, `track`.
    public var decision: String?
    public var title: String?
    /// Canonical vendor names of what it affects, for filters and subscriptions.
    public var vendors: [String]
    /// What it affects, as people name it.
    public var assets: [String]
    /// The matches behind it (``WardIntel/VulnerabilityMatch`` as JSON), with every source and reason.
    public var body: String
    public var firstSeen: Date
    public var lastSeen: Date
    public var resolvedAt: Date?

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        vulnerability: String,
        state: State,
        decision: String?,
        title: String?,
        vendors: [String],
        assets: [String],
        body: String,
        firstSeen: Date,
        lastSeen: Date,
        resolvedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.vulnerability = vulnerability
        self.state = state
        self.decision = decision
        self.title = title
        self.vendors = vendors
        self.assets = assets
        self.body = body
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.resolvedAt = resolvedAt
    }
}

/// Who wants to hear of new alerts, and how: every alert, or those about a vendor or a product.
public struct AlertSubscription: Sendable, Hashable, Codable {
    public enum Filter: String, Sendable, Hashable, Codable, CaseIterable { case all, vendor, product }

    public var id: UUID
    public var organizationID: UUID
    public var filter: Filter
    /// The vendor or product name the filter compares with; nil for `all`.
    public var value: String?
    /// The delivery channel as stored JSON (a webhook, SMTP or syslog configuration).
    public var channel: String
    public var createdAt: Date

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        filter: Filter,
        value: String?,
        channel: String,
        createdAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.filter = filter
        self.value = value
        self.channel = channel
        self.createdAt = createdAt
    }
}

/// Alerts, subscriptions and visits of organizations.
public struct IntelAlertRecords: Sendable {
    let sql: any SQLDatabase

    /// Every alert of the organization in these states, newest first.
    public func list(
        organizationID: UUID,
        states: Set<IntelAlert.State> = Set(IntelAlert.State.allCases)
    )
        async throws -> [IntelAlert]
    {
        let rows: [any SQLRow] = try await sql.raw(
            """
            SELECT * FROM intel_alerts WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY first_seen DESC, vulnerability
            """
        ).all()
        return try rows.map(Self.decode).filter { states.contains($0.state) }
    }

    /// Inserts a new alert or replaces the stored one of the same organization and vulnerability.
    public func save(_ alert: IntelAlert) async throws {
        let _: Void = try await sql.raw(
            """
            DELETE FROM intel_alerts WHERE organization_id = \(bind: alert.organizationID.stored)
              AND vulnerability = \(bind: alert.vulnerability)
            """
        ).run()
        let _: Void = try await sql.raw(
            """
            INSERT INTO intel_alerts (id, organization_id, vulnerability, state, decision, title, vendors, assets, body,
                                      first_seen, last_seen, resolved_at)
            VALUES (\(bind: alert.id.stored), \(bind: alert.organizationID.stored), \(bind: alert.vulnerability),
                    \(bind: alert.state.rawValue), \(bind: alert.decision), \(bind: alert.title),
                    \(bind: try StoredJSON.string(alert.vendors)), \(bind: try StoredJSON.string(alert.assets)),
                    \(bind: alert.body), \(bind: alert.firstSeen.milliseconds), \(bind: alert.lastSeen.milliseconds),
                    \(bind: alert.resolvedAt?.milliseconds))
            """
        ).run()
    }

    /// When a viewer (a user id, or `cli`) last looked at the organization's alerts.
    public func lastVisit(organizationID: UUID, viewer: String) async throws -> Date? {
        let row = try await sql.raw(
            """
            SELECT visited_at FROM alert_visits WHERE organization_id = \(bind: organizationID.stored)
              AND viewer = \(bind: viewer)
            """
        ).first()
        return try row.map { try $0.date("visited_at") }
    }

    /// Records a visit.
    public func visit(organizationID: UUID, viewer: String, at now: Date) async throws {
        let _: Void = try await sql.raw(
            """
            DELETE FROM alert_visits WHERE organization_id = \(bind: organizationID.stored) AND viewer = \(bind: viewer)
            """
        ).run()
        let _: Void = try await sql.raw(
            """
            INSERT INTO alert_visits (organization_id, viewer, visited_at)
            VALUES (\(bind: organizationID.stored), \(bind: viewer), \(bind: now.milliseconds))
            """
        ).run()
    }

    public func subscribe(_ subscription: AlertSubscription) async throws {
        let _: Void = try await sql.raw(
            """
            INSERT INTO alert_subscriptions (id, organization_id, filter_kind, filter_value, channel, created_at)
            VALUES (\(bind: subscription.id.stored), \(bind: subscription.organizationID.stored),
                    \(bind: subscription.filter.rawValue), \(bind: subscription.value), \(bind: subscription.channel),
                    \(bind: subscription.createdAt.milliseconds))
            """
        ).run()
    }

    public func subscriptions(organizationID: UUID) async throws -> [AlertSubscription] {
        let rows: [any SQLRow] = try await sql.raw(
            """
            SELECT * FROM alert_subscriptions WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY created_at, id
            """
        ).all()
        return try rows.map { row in
            AlertSubscription(
                id: try row.uuid("id"),
                organizationID: try row.uuid("organization_id"),
                filter: try row.enumeration("filter_kind", as: AlertSubscription.Filter.self),
                value: try row.optionalString("filter_value"),
                channel: try row.string("channel"),
                createdAt: try row.date("created_at")
            )
        }
    }

    /// Removes a subscription; `notFound` for another organization's.
    public func unsubscribe(_ id: UUID, organizationID: UUID) async throws {
        let rows: [any SQLRow] = try await sql.raw(
            """
            DELETE FROM alert_subscriptions WHERE id = \(bind: id.stored)
              AND organization_id = \(bind: organizationID.stored) RETURNING id
            """
        ).all()
        guard !rows.isEmpty else {
            throw WardError(.notFound, "no such subscription in this organization", location: "subscription")
        }
    }

    /// Claims the organization's periodic alert refresh for one server replica: true when the last claim is older
    /// than `interval` (or there is none), and then this call's time is recorded, in one statement, so two replicas
    /// never both get `true` for the same period.
    public func claimRefresh(organizationID: UUID, at now: Date, interval: TimeInterval) async throws -> Bool {
        let _: Void = try await sql.raw(
            """
            INSERT INTO organization_settings (organization_id, name, body, updated_at)
            VALUES (\(bind: organizationID.stored), 'alerts.refresh', '{}', 0)
            ON CONFLICT (organization_id, name) DO NOTHING
            """
        ).run()
        let before = now.milliseconds - Int64(interval * 1000)
        let rows: [any SQLRow] = try await sql.raw(
            """
            UPDATE organization_settings SET updated_at = \(bind: now.milliseconds)
            WHERE organization_id = \(bind: organizationID.stored) AND name = 'alerts.refresh'
              AND updated_at <= \(bind: before)
            RETURNING updated_at
            """
        ).all()
        return !rows.isEmpty
    }

    static func decode(_ row: any SQLRow) throws -> IntelAlert {
        IntelAlert(
            id: try row.uuid("id"),
            organizationID: try row.uuid("organization_id"),
            vulnerability: try row.string("vulnerability"),
            state: try row.enumeration("state", as: IntelAlert.State.self),
            decision: try row.optionalString("decision"),
            title: try row.optionalString("title"),
            vendors: try StoredJSON.decode([String].self, try row.string("vendors")),
            assets: try StoredJSON.decode([String].self, try row.string("assets")),
            body: try row.string("body"),
            firstSeen: try row.date("first_seen"),
            lastSeen: try row.date("last_seen"),
            resolvedAt: try row.optionalDate("resolved_at")
        )
    }
}

extension Store {
    /// Vulnerability alerts, subscriptions and visits.
    public var intelAlerts: IntelAlertRecords { IntelAlertRecords(sql: sql) }
}
