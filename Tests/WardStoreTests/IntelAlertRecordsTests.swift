import Foundation
import Testing
import WardCore
import WardStore
import WardTesting

@Suite struct IntelAlertRecordsTests {
    @Test(arguments: TestDatabase.engines)
    func oneAlertPerVulnerabilityAndOneRefreshClaimPerPeriod(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            let other = try await store.organizations.create(
                Organization(name: "Other", kind: .clinic, sizeTier: .small)
            )
            let now = Date(milliseconds: 1_800_000_000_000)
            var alert = IntelAlert(
                organizationID: clinic.id,
                vulnerability: "CVE-2022-25640",
                state: .active,
                decision: "track",
                title: nil,
                vendors: ["wolfssl"],
                assets: ["wolfSSL 4.8.1 on pump-07"],
                body: "[]",
                firstSeen: now,
                lastSeen: now
            )
            try await store.intelAlerts.save(alert)
            alert.state = .resolved
            alert.resolvedAt = now
            try await store.intelAlerts.save(alert)
            let listed = try await store.intelAlerts.list(organizationID: clinic.id)
            #expect(listed == [alert], "saving again replaces, one row per vulnerability")
            #expect(try await store.intelAlerts.list(organizationID: clinic.id, states: [.active]).isEmpty)
            #expect(try await store.intelAlerts.list(organizationID: other.id).isEmpty)

            // Two replicas in the same period: only the first claim wins; after the interval, the next one does.
            #expect(try await store.intelAlerts.claimRefresh(organizationID: clinic.id, at: now, interval: 3_000))
            #expect(try await !store.intelAlerts.claimRefresh(organizationID: clinic.id, at: now, interval: 3_000))
            let later = now.addingTimeInterval(2_999)
            #expect(try await !store.intelAlerts.claimRefresh(organizationID: clinic.id, at: later, interval: 3_000))
            let next = now.addingTimeInterval(3_000)
            #expect(try await store.intelAlerts.claimRefresh(organizationID: clinic.id, at: next, interval: 3_000))
            #expect(try await store.intelAlerts.claimRefresh(organizationID: other.id, at: now, interval: 3_000))

            // Subscriptions belong to one organization.
            let subscription = AlertSubscription(
                organizationID: clinic.id,
                filter: .vendor,
                value: "wolfSSL",
                channel: #"{"type": "webhook"}"#,
                createdAt: now
            )
            try await store.intelAlerts.subscribe(subscription)
            #expect(try await store.intelAlerts.subscriptions(organizationID: clinic.id) == [subscription])
            await #expect(throws: WardError.self) {
                try await store.intelAlerts.unsubscribe(subscription.id, organizationID: other.id)
            }
            try await store.intelAlerts.unsubscribe(subscription.id, organizationID: clinic.id)
            #expect(try await store.intelAlerts.subscriptions(organizationID: clinic.id).isEmpty)
        }
    }
}
