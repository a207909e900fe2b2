import Foundation
import SQLKit
import Testing
import WardCore
import WardStore
import WardTesting

/// Remediation figures counted by the database must equal the figures computed over every finding in memory.
@Suite("Finding metrics counted in SQL, on every engine")
struct FindingMetricsRecordTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A spread of findings: every severity and status, KEV due dates before and after the moments measured,
    /// findings closed after different spans, and one closed then reopened (no longer counts as mitigated).
    static func findings(count: Int, asset: UUID = UUID()) -> [Finding] {
        (0..<count).map { n in
            let severity = Severity.allCases[(n * 7) % Severity.allCases.count]
            let firstSeen = start.addingTimeInterval(Double((n * 7_919) % 200) * 86_400 + Double(n % 13) * 3_600)
            var finding = Finding(
                assetID: asset,
                port: 1_000 + n,
                transport: "tcp",
                source: "nessus",
                rule: "\(10_000 + n)",
                title: "Finding \(n)",
                severity: severity,
                kevDueDate: n % 6 == 0 ? CalendarDate(start.addingTimeInterval(Double(n % 240) * 86_400)) : nil,
                firstSeen: firstSeen
            )
            switch n % 9 {
            case 1, 5:
                finding.status = .closed
                finding.closedAt = firstSeen.addingTimeInterval(Double(n % 47 + 1) * 43_200)
            case 3:
                finding.status = .falsePositive
            case 7:
                finding.status = .riskAccepted
            case 8:
                // Closed once, then seen again: open, and no longer mitigated.
                finding.reopenCount = 1
            default:
                break
            }
            return finding
        }
    }

    static func expectEqual(_ counted: FindingMetrics, _ computed: FindingMetrics, _ label: String) {
        #expect(counted.openBySeverity == computed.openBySeverity, "\(label): open by severity")
        #expect(counted.overdue == computed.overdue, "\(label): overdue \(counted.overdue) vs \(computed.overdue)")
        for (name, a, b) in [
            ("median open age", counted.medianOpenAgeDays, computed.medianOpenAgeDays),
            ("oldest open age", counted.maximumOpenAgeDays, computed.maximumOpenAgeDays),
            ("median days to mitigate", counted.medianDaysToMitigate, computed.medianDaysToMitigate),
        ] {
            switch (a, b) {
            case (nil, nil): break
            case (let a?, let b?): #expect(abs(a - b) < 1e-6, "\(label): \(name) \(a) vs \(b)")
            default: Issue.record("\(label): \(name) \(String(describing: a)) vs \(String(describing: b))")
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func countedFiguresEqualComputedOnes(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let (clinic, other) = try await TestDatabase.twoClinics(store)
            let policies = [
                RemediationPolicy(),
                RemediationPolicy(criticalDays: 7, highDays: 14, mediumDays: 60, lowDays: 120),
            ]

            // Nothing yet: no figures, and nothing overdue.
            let empty = try await store.findings.metrics(organizationID: clinic.id, at: Self.start, policy: policies[0])
            #expect(empty.openBySeverity.isEmpty && empty.overdue == 0)
            #expect(empty.medianOpenAgeDays == nil && empty.maximumOpenAgeDays == nil)
            #expect(empty.medianDaysToMitigate == nil)

            // An odd and then an even number of findings (the median takes one middle row, then two); another
            // organization's findings never count.
            try await store.findings.save(Self.findings(count: 40), events: [], organizationID: other.id)
            var saved: [Finding] = []
            for count in [121, 122] {
                let batch = Self.findings(count: count).suffix(count - saved.count)
                try await store.findings.save(Array(batch), events: [], organizationID: clinic.id)
                saved = Array(try await store.findings.all(organizationID: clinic.id).values)
                #expect(saved.count == count)
                for policy in policies {
                    for days in [0.0, 45.5, 130, 400] {
                        let now = Self.start.addingTimeInterval(days * 86_400)
                        let counted = try await store.findings.metrics(
                            organizationID: clinic.id,
                            at: now,
                            policy: policy
                        )
                        let computed = FindingMetrics.compute(saved, at: now, policy: policy)
                        Self.expectEqual(counted, computed, "\(count) findings, day \(days), \(policy.criticalDays)")
                    }
                }
            }
            // The figures are not trivially equal: this spread has overdue, mitigated and open findings.
            let later = Self.start.addingTimeInterval(130 * 86_400)
            let figures = try await store.findings.metrics(organizationID: clinic.id, at: later, policy: policies[1])
            #expect(figures.overdue > 10 && figures.medianDaysToMitigate != nil)
            #expect(figures.openBySeverity.count == Severity.allCases.count)

            // Saving a finding again (reopened: no longer closed) moves the figures with it.
            var reopened = try #require(saved.first { $0.closedAt != nil })
            reopened.status = .open
            reopened.closedAt = nil
            try await store.findings.save([reopened], events: [], organizationID: clinic.id)
            let all = Array(try await store.findings.all(organizationID: clinic.id).values)
            Self.expectEqual(
                try await store.findings.metrics(organizationID: clinic.id, at: later, policy: policies[1]),
                FindingMetrics.compute(all, at: later, policy: policies[1]),
                "after a reopen"
            )
        }
    }

    /// The findings of some assets, and the worst open finding per asset, equal what filtering every finding gives.
    @Test(arguments: TestDatabase.engines)
    func findingsByAssetAndWorstOpenPerAsset(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let (clinic, other) = try await TestDatabase.twoClinics(store)
            // 450 assets (more than one IN list of 400), each with a different run of one to three findings: some
            // with a KEV finding open, some with nothing open.
            let assets = (0..<450).map { _ in UUID() }
            var findings: [Finding] = []
            for (index, asset) in assets.enumerated() {
                let start = index % 9
                findings += Self.findings(count: 12, asset: asset)[start..<(start + index % 3 + 1)]
            }
            try await store.findings.save(findings, events: [], organizationID: clinic.id)
            // The other organization holds findings of the same assets; they never show.
            try await store.findings.save(Array(findings.prefix(50)), events: [], organizationID: other.id)

            let all = try await store.findings.all(organizationID: clinic.id)
            #expect(all.count == findings.count)
            let wanted = Set(assets.enumerated().filter { $0.offset % 3 != 1 }.map(\.element))
            let some = try await store.findings.of(assets: wanted, organizationID: clinic.id)
            #expect(some == all.filter { wanted.contains($0.value.assetID) })
            #expect(some.count > 400, "more than one chunk of assets")
            let open = try await store.findings.of(assets: wanted, status: .open, organizationID: clinic.id)
            #expect(open == all.filter { wanted.contains($0.value.assetID) && $0.value.status == .open })
            #expect(try await store.findings.of(assets: [], organizationID: clinic.id).isEmpty)

            let worst = try await store.findings.openWorst(organizationID: clinic.id)
            let grouped = Dictionary(grouping: all.values, by: \.assetID)
            var kevHosts = 0
            for asset in assets {
                let expected = HostScanState.from(findings: grouped[asset] ?? [], hostUp: true, previousMisses: 0)
                let counted = HostScanState.from(
                    worstOpen: worst[asset]?.worst,
                    kev: worst[asset]?.kev ?? false,
                    hostUp: true,
                    previousMisses: 0
                )
                #expect(counted == expected, "asset \(asset)")
                if case .worst(_, kev: true) = expected { kevHosts += 1 }
            }
            #expect(kevHosts > 0 && worst.count < assets.count, "some hosts are KEV, some have nothing open")
        }
    }

    /// Findings stored before migration 12 get their KEV deadline and time to mitigate from their bodies.
    @Test(arguments: TestDatabase.engines)
    func migrationFillsTheClocksFromStoredBodies(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine, migrate: false) { database in
            let logger = TestDatabase.logger
            try await Migrator(
                database: database,
                migrations: Schema.migrations.filter { $0.version < 12 },
                logger: logger
            )
            .migrate()
            let clinic = try await database.store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            // Written as Ward wrote findings before the columns existed; one closing time has a fraction of a
            // millisecond, as dates read from a clock do.
            var findings = Self.findings(count: 60)
            findings[1].closedAt = findings[1].closedAt?.addingTimeInterval(0.000_4)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .millisecondsSince1970
            for finding in findings {
                let body = String(decoding: try encoder.encode(finding), as: UTF8.self)
                try await database.sql.raw(
                    """
                    INSERT INTO findings (organization_id, finding_key, asset_id, severity_rank, status, first_seen,
                                          last_seen, body)
                    VALUES (\(bind: clinic.id.uuidString.lowercased()), \(bind: finding.key),
                            \(bind: finding.assetID.uuidString.lowercased()),
                            \(bind: Severity.allCases.firstIndex(of: finding.severity)!), \(bind: finding.status.rawValue),
                            \(bind: finding.firstSeen.milliseconds), \(bind: finding.lastSeen.milliseconds), \(bind: body))
                    """
                ).run()
            }
            #expect(try await Migrator(database: database, logger: logger).migrate().contains(12))

            // The columns hold what a save would write.
            var stored: [String: (Int64?, Int64?)] = [:]
            for row in try await database.sql.raw("SELECT finding_key, kev_due, mitigation_ms FROM findings").all() {
                stored[try row.decode(column: "finding_key", as: String.self)] = (
                    try row.decode(column: "kev_due", as: Int64?.self),
                    try row.decode(column: "mitigation_ms", as: Int64?.self)
                )
            }
            for finding in findings {
                let expected = (
                    finding.kevDueDate.map { RemediationPolicy.kevDeadline($0).milliseconds },
                    finding.closedAt.map { $0.milliseconds - finding.firstSeen.milliseconds }
                )
                #expect(stored[finding.key]?.0 == expected.0, "KEV deadline of \(finding.title)")
                #expect(stored[finding.key]?.1 == expected.1, "time to mitigate of \(finding.title)")
            }
            #expect(stored.values.contains { $0.0 != nil } && stored.values.contains { $0.1 != nil })

            let now = Self.start.addingTimeInterval(100 * 86_400)
            Self.expectEqual(
                try await database.store.findings.metrics(
                    organizationID: clinic.id,
                    at: now,
                    policy: RemediationPolicy()
                ),
                FindingMetrics.compute(findings, at: now),
                "after migration"
            )
        }
    }
}
