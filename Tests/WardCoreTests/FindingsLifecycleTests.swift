import Foundation
import Testing

@testable import WardCore

/// The findings lifecycle on a test clock: days are counted from a fixed start and moved by hand.
@Suite struct FindingsLifecycleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let asset = UUID()
    let other = UUID()

    func day(_ n: Double) -> Date { start.addingTimeInterval(n * 86_400) }

    func rdp(_ severity: Severity = .high) -> Finding {
        Finding(
            assetID: asset,
            port: 3389,
            transport: "tcp",
            source: "nessus",
            rule: "58453",
            title: "RDP without NLA",
            severity: severity,
            firstSeen: start
        )
    }

    func scan(_ at: Date, _ findings: [Finding], covered: Set<UUID>? = nil) -> ScanResult {
        ScanResult(source: "nessus", at: at, coveredAssets: covered ?? [asset], findings: findings)
    }

    func run(_ known: inout [String: Finding], _ result: ScanResult) -> [FindingEvent.Kind] {
        let (changed, events) = FindingsLifecycle.apply(result, to: known)
        known.merge(changed) { $1 }
        return events.map(\.kind)
    }

    @Test func openCloseReopenWithinTheWindowAndNewAfterIt() throws {
        var known: [String: Finding] = [:]
        #expect(run(&known, scan(day(0), [rdp()])) == [.opened])
        #expect(run(&known, scan(day(7), [rdp()])) == [])  // still there: no event, last seen moves
        #expect(known.values.first?.lastSeen == day(7))
        #expect(run(&known, scan(day(14), [])) == [.closed])
        #expect(run(&known, scan(day(21), [])) == [.verified])
        #expect(run(&known, scan(day(28), [])) == [])  // verified once
        // Seen again 40 days after closing: the same finding, reopened, with its original first-seen date.
        #expect(run(&known, scan(day(54), [rdp()])) == [.reopened])
        let reopened = try #require(known.values.first)
        #expect(reopened.reopenCount == 1 && reopened.firstSeen == day(0) && reopened.status == .open)
        #expect(run(&known, scan(day(60), [])) == [.closed])
        // Seen again 100 days after closing: a new occurrence, whose clock starts again.
        #expect(run(&known, scan(day(160), [rdp()])) == [.opened])
        #expect(known.values.first?.firstSeen == day(160))
    }

    @Test func aScanClosesOnlyWhatItCovered() {
        var known: [String: Finding] = [:]
        let elsewhere = Finding(
            assetID: other,
            port: 445,
            transport: "tcp",
            source: "nessus",
            rule: "97833",
            title: "SMBv1",
            severity: .critical,
            firstSeen: start
        )
        _ = run(
            &known,
            ScanResult(source: "nessus", at: day(0), coveredAssets: [asset, other], findings: [rdp(), elsewhere])
        )
        // A scan of the first asset only, or by another tool, closes nothing on the other asset.
        #expect(run(&known, scan(day(5), [rdp()], covered: [asset])) == [])
        #expect(
            run(&known, ScanResult(source: "openvas", at: day(6), coveredAssets: [asset, other], findings: [])) == []
        )
        #expect(known.values.allSatisfy { $0.status == .open })
    }

    @Test func falsePositivesAndAcceptancesExpire() throws {
        var known: [String: Finding] = [:]
        _ = run(&known, scan(day(0), [rdp()]))
        let key = rdp().key
        let (marked, event) = try FindingsLifecycle.markFalsePositive(
            known[key]!,
            reason: "NLA enforced by GPO",
            by: "ana",
            at: day(1)
        )
        #expect(event.kind == .markedFalsePositive && marked.falsePositive?.expiresAt == day(366))
        known[key] = marked
        #expect(run(&known, scan(day(100), [rdp()])) == [])
        #expect(known[key]?.status == .falsePositive)
        #expect(run(&known, scan(day(400), [rdp()])) == [.expired])
        #expect(known[key]?.status == .open)
        #expect(throws: WardError.self) {
            try FindingsLifecycle.markFalsePositive(known[key]!, reason: " ", by: "ana", at: day(401))
        }

        let (accepted, _) = try FindingsLifecycle.acceptRisk(
            known[key]!,
            approver: "CISO",
            until: day(430),
            compensatingControls: "RDP only through the VPN",
            at: day(401)
        )
        known[key] = accepted
        #expect(run(&known, scan(day(420), [rdp()])) == [])
        #expect(run(&known, scan(day(431), [rdp()])) == [.expired])
        #expect(throws: WardError.self) {
            try FindingsLifecycle.acceptRisk(
                known[key]!,
                approver: "CISO",
                until: day(440),
                compensatingControls: "",
                at: day(431)
            )
        }
    }

    @Test func reopeningByHandWithdrawsMarksAndKeepsTheClock() throws {
        var known: [String: Finding] = [:]
        _ = run(&known, scan(day(0), [rdp()]))
        let key = try #require(known.keys.first)
        #expect(throws: WardError.self) {
            try FindingsLifecycle.reopen(known[key]!, reason: "back", by: "ana", at: day(1))
        }
        let (marked, _) = try FindingsLifecycle.markFalsePositive(known[key]!, reason: "lab box", by: "ana", at: day(2))
        #expect(throws: WardError.self) { try FindingsLifecycle.reopen(marked, reason: "  ", by: "ana", at: day(3)) }
        let (reopened, event) = try FindingsLifecycle.reopen(marked, reason: "not a lab box", by: "ben", at: day(3))
        #expect(reopened.status == .open && reopened.falsePositive == nil && reopened.firstSeen == day(0))
        #expect(reopened.reopenCount == 0, "withdrawing a mark is not a recurrence")
        #expect(event.kind == .reopened && event.note == "not a lab box (ben)" && event.at == day(3))
        known[key] = reopened
        _ = run(&known, scan(day(5), []))
        #expect(known[key]?.status == .closed)
        let (again, _) = try FindingsLifecycle.reopen(known[key]!, reason: "seen by hand", by: "ana", at: day(6))
        #expect(again.status == .open && again.closedAt == nil && again.reopenCount == 1)
        #expect(RemediationPolicy().isOverdue(again, at: day(31)), "the clock still runs from day 0")
    }

    @Test func remediationClocksAndMetrics() {
        let policy = RemediationPolicy()
        var critical = rdp(.critical)
        critical.firstSeen = day(0)
        #expect(policy.dueDate(of: critical) == day(15))
        #expect(!policy.isOverdue(critical, at: day(15)) && policy.isOverdue(critical, at: day(16)))
        var kev = rdp(.medium)
        kev.kevDueDate = CalendarDate(day(3))
        #expect(policy.isOverdue(kev, at: day(4)), "the KEV due date wins over the severity (medium has no clock)")
        #expect(policy.dueDate(of: rdp(.medium)) == nil)
        var strict = policy
        strict.highDays = 7
        #expect(strict.isOverdue(rdp(.high), at: day(8)))

        var closed = rdp(.high)
        closed.status = .closed
        closed.closedAt = day(10)
        var old = Finding(
            assetID: other,
            source: "nessus",
            rule: "1",
            title: "old",
            severity: .high,
            firstSeen: day(-40)
        )
        old.status = .open
        let metrics = FindingMetrics.compute([critical, closed, old], at: day(20))
        #expect(metrics.openBySeverity == [.critical: 1, .high: 1])
        #expect(metrics.medianOpenAgeDays == 40 && metrics.maximumOpenAgeDays == 60)
        #expect(metrics.medianDaysToMitigate == 10)
        #expect(metrics.overdue == 2)
    }
}
