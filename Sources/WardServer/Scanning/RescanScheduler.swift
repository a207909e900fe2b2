import Foundation
import Logging
import ServiceLifecycle
import WardCore
import WardStore

/// The background loop of risk-based rescanning, one per server replica: every tick it plans the next scans of the
/// organizations that turned rescanning on, runs the server's own due jobs, and once an hour refreshes each
/// organization's weekly snapshot of its remediation figures and its vulnerability alerts (matching the stored feeds
/// again and notifying the subscriptions of new alerts).
///
/// - Important: Replicas share the work through the database: planning queues at most one job per host, and each
///   job is claimed by exactly one replica (see ``ScanJobRecords``).
struct RescanScheduler: Service {
    let services: ServerServices
    /// A name that tells this replica's claims apart from others'.
    let runner: String
    let interval: Duration

    init(services: ServerServices, interval: Duration = .seconds(60)) {
        self.services = services
        self.runner = "server:\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        self.interval = interval
    }

    func run() async throws {
        let notifier = Notifier(logger: services.logger)
        var lastSnapshots: ContinuousClock.Instant?
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                // Snapshots read every finding of every organization: hourly is enough for weekly figures.
                let snapshots = lastSnapshots.map { ContinuousClock.now - $0 >= .seconds(3_600) } ?? true
                if snapshots { lastSnapshots = .now }
                try await tick(takeSnapshots: snapshots, notifier: notifier)
            } catch {
                services.logger.warning("rescan tick failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
        try? await notifier.shutdown()
    }

    func tick(takeSnapshots: Bool, notifier: Notifier? = nil) async throws {
        let scanning = ScanningService(database: services.database, clock: services.clock)
        for organization in try await services.store.organizations.all() {
            if takeSnapshots {
                try await FindingSnapshots(database: services.database, clock: services.clock).take(
                    organizationID: organization.id
                )
                try await refreshAlerts(organization, notifier: notifier)
            }
            if try await scanning.plan(organizationID: organization.id) > 0 {
                services.logger.info("rescans queued", metadata: ["organization": "\(organization.id)"])
            }
        }
        _ = try await scanning.runLocal(runner: runner, limit: 32, logger: services.logger)
    }

    /// Refreshes the organization's alerts when no replica did in the last 50 minutes (the claim is one statement,
    /// so replicas sharing a database never refresh, and notify, twice).
    func refreshAlerts(_ organization: Organization, notifier: Notifier?) async throws {
        let claimed = try await services.store.intelAlerts.claimRefresh(
            organizationID: organization.id,
            at: services.clock(),
            interval: 50 * 60
        )
        guard claimed else { return }
        let refresh = try await IntelService(database: services.database, clock: services.clock).refreshAlerts(
            organizationID: organization.id,
            organizationName: organization.name,
            notifier: notifier,
            logger: services.logger
        )
        if !refresh.raised.isEmpty || refresh.resolved > 0 {
            services.logger.info(
                "alerts refreshed",
                metadata: [
                    "organization": "\(organization.id)", "raised": "\(refresh.raised.count)",
                    "resolved": "\(refresh.resolved)", "notified": "\(refresh.notified)",
                ]
            )
        }
    }
}

/// Weekly snapshots of an organization's remediation figures: the week's row is rewritten until the week ends, so
/// each past week keeps its last figures.
public struct FindingSnapshots: Sendable {
    public let database: Database
    let clock: @Sendable () -> Date

    public init(database: Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// The Monday (UTC) that starts the week of `date`, `YYYY-MM-DD`.
    public static func week(of date: Date) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? date
        return CalendarDate(start).description
    }

    /// Takes (or refreshes) this week's snapshot.
    @discardableResult
    public func take(organizationID: UUID) async throws -> FindingSnapshotRecords.Snapshot {
        let snapshot = try await current(organizationID: organizationID)
        try await database.store.findingSnapshots.put(snapshot, organizationID: organizationID)
        return snapshot
    }

    /// This week's figures as of now, without storing them.
    public func current(organizationID: UUID) async throws -> FindingSnapshotRecords.Snapshot {
        let now = clock()
        let store = database.store
        let policy =
            try await store.settings.get(
                "remediation",
                as: RemediationPolicy.self,
                organizationID: organizationID
            ) ?? RemediationPolicy()
        // Every figure from one snapshot, so a scan landing meanwhile cannot make them disagree.
        let metrics = try await database.snapshot { store in
            try await store.findings.metrics(organizationID: organizationID, at: now, policy: policy)
        }
        return FindingSnapshotRecords.Snapshot(week: Self.week(of: now), takenAt: now, metrics: metrics)
    }
}
