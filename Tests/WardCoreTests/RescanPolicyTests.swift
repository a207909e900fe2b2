import Foundation
import Testing

@testable import WardCore

/// A moment given as its UTC calendar date and time.
private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    return calendar.date(from: components)!
}

private func hours(_ count: Double) -> TimeInterval { count * 3_600 }
private func days(_ count: Double) -> TimeInterval { count * 86_400 }

private let asset = UUID(uuidString: "00000000-0000-0000-0000-0000000000AA")!
private let seen = utc(2026, 1, 5, 12, 0)

/// A finding of one host, open unless told otherwise.
private func finding(
    _ rule: String,
    _ severity: Severity,
    kev: Bool = false,
    status: FindingStatus = .open
) -> Finding {
    Finding(
        assetID: asset,
        source: "nessus",
        rule: rule,
        title: rule,
        severity: severity,
        kevDueDate: kev ? CalendarDate(year: 2026, month: 1, day: 26) : nil,
        status: status,
        firstSeen: seen
    )
}

@Suite struct RescanPolicyTests {
    // MARK: Intervals

    @Test(arguments: [
        (HostScanState.worst(.critical, kev: false), hours(12)),
        (.worst(.critical, kev: true), hours(12)),
        (.worst(.high, kev: false), hours(24)),
        (.worst(.medium, kev: false), days(4)),
        (.worst(.low, kev: false), days(6)),
        (.worst(.info, kev: false), days(7)),
        (.clean, days(7)),
        (.down(consecutiveMisses: 1), days(7)),
    ])
    func usesTheDefaultIntervals(state: HostScanState, expected: TimeInterval) {
        #expect(RescanPolicy().interval(for: state) == expected)
    }

    @Test(arguments: [
        (Severity.info, hours(12)),
        (.low, hours(12)),
        (.medium, hours(12)),
        (.high, hours(12)),
        (.critical, hours(12)),
    ])
    func letsKEVBeatSeverity(severity: Severity, expected: TimeInterval) {
        #expect(RescanPolicy().interval(for: .worst(severity, kev: true)) == expected)
    }

    @Test func backsOffADownHostUpToTheCap() {
        let policy = RescanPolicy()
        let waits = (1...6).map { policy.interval(for: .down(consecutiveMisses: $0)) }
        #expect(waits == [days(7), days(14), days(28), days(56), days(90), days(90)])
        #expect(policy.interval(for: .down(consecutiveMisses: 0)) == days(7))
        #expect(policy.interval(for: .down(consecutiveMisses: -3)) == days(7))
        #expect(policy.interval(for: .down(consecutiveMisses: 10_000)) == days(90))
    }

    @Test func doublesWithoutOverflowingWhenTheCapIsHuge() {
        let policy = RescanPolicy(downFirstMissDays: 3, downMaximumDays: .max)
        #expect(policy.interval(for: .down(consecutiveMisses: 4)) == days(24))
        #expect(policy.interval(for: .down(consecutiveMisses: 100)) == Double(Int.max) * 86_400)
    }

    @Test func addsTheIntervalToTheLastScan() {
        let policy = RescanPolicy()
        let last = utc(2026, 1, 12, 15, 0)
        #expect(policy.nextScan(after: last, state: .worst(.critical, kev: false)) == utc(2026, 1, 13, 3, 0))
        #expect(policy.nextScan(after: last, state: .worst(.medium, kev: false)) == utc(2026, 1, 16, 15, 0))
        #expect(policy.nextScan(after: last, state: .down(consecutiveMisses: 3)) == utc(2026, 2, 9, 15, 0))
    }

    @Test func takesConfiguredIntervals() {
        let policy = RescanPolicy(
            kevOrCriticalHours: 6,
            highHours: 48,
            mediumDays: 10,
            lowDays: 20,
            cleanDays: 30,
            downFirstMissDays: 1,
            downMaximumDays: 5
        )
        #expect(policy.interval(for: .worst(.low, kev: true)) == hours(6))
        #expect(policy.interval(for: .worst(.high, kev: false)) == hours(48))
        #expect(policy.interval(for: .worst(.medium, kev: false)) == days(10))
        #expect(policy.interval(for: .worst(.low, kev: false)) == days(20))
        #expect(policy.interval(for: .clean) == days(30))
        #expect((1...5).map { policy.interval(for: .down(consecutiveMisses: $0)) } == [1, 2, 4, 5, 5].map(days))
    }

    @Test func decodesMissingKeysAsDefaults() throws {
        let decoded = try JSONDecoder().decode(RescanPolicy.self, from: Data(#"{"highHours": 48}"#.utf8))
        #expect(decoded == RescanPolicy(highHours: 48))
        #expect(try JSONDecoder().decode(RescanPolicy.self, from: Data("{}".utf8)) == RescanPolicy())

        let custom = RescanPolicy(kevOrCriticalHours: 4, lowDays: 5, downMaximumDays: 30)
        let encoded = try JSONEncoder().encode(custom)
        #expect(try JSONDecoder().decode(RescanPolicy.self, from: encoded) == custom)
        let keys = try JSONSerialization.jsonObject(with: encoded) as? [String: Int]
        #expect(
            keys == [
                "kevOrCriticalHours": 4, "highHours": 24, "mediumDays": 4, "lowDays": 5, "cleanDays": 7,
                "downFirstMissDays": 7, "downMaximumDays": 30,
            ]
        )
    }

    @Test func validatesIntervals() throws {
        try RescanPolicy().validate()
        let zero = #expect(throws: WardError.self) { try RescanPolicy(mediumDays: 0).validate() }
        #expect(zero?.code == .invalidInput)
        #expect(zero?.location == "mediumDays")
        let negative = #expect(throws: WardError.self) { try RescanPolicy(kevOrCriticalHours: -1).validate() }
        #expect(negative?.location == "kevOrCriticalHours")
        let cap = #expect(throws: WardError.self) {
            try RescanPolicy(downFirstMissDays: 14, downMaximumDays: 7).validate()
        }
        #expect(cap?.location == "downMaximumDays")
        #expect(cap?.message.contains("shorter than the first wait") == true)
    }

    // MARK: Host state

    @Test func takesTheWorstOpenFinding() {
        let findings = [finding("a", .low), finding("b", .high), finding("c", .medium)]
        #expect(HostScanState.from(findings: findings, hostUp: true, previousMisses: 0) == .worst(.high, kev: false))
    }

    @Test func countsAKEVFindingWhateverItsSeverity() {
        let findings = [finding("a", .low, kev: true), finding("b", .medium)]
        let state = HostScanState.from(findings: findings, hostUp: true, previousMisses: 0)
        #expect(state == .worst(.medium, kev: true))
        #expect(RescanPolicy().interval(for: state) == hours(12))
    }

    @Test func ignoresFindingsThatAreNotOpen() {
        let findings = [
            finding("a", .critical, kev: true, status: .closed),
            finding("b", .critical, status: .falsePositive),
            finding("c", .high, kev: true, status: .riskAccepted),
            finding("d", .low),
        ]
        let state = HostScanState.from(findings: findings, hostUp: true, previousMisses: 0)
        #expect(state == .worst(.low, kev: false))
        #expect(RescanPolicy().interval(for: state) == days(6))
        #expect(HostScanState.from(findings: Array(findings.prefix(3)), hostUp: true, previousMisses: 2) == .clean)
    }

    @Test func reportsAnUpHostWithNothingOpenAsClean() {
        #expect(HostScanState.from(findings: [], hostUp: true, previousMisses: 4) == .clean)
        let infoOnly = HostScanState.from(findings: [finding("a", .info)], hostUp: true, previousMisses: 0)
        #expect(infoOnly == .worst(.info, kev: false))
        #expect(RescanPolicy().interval(for: infoOnly) == days(7))
    }

    @Test func countsMissesOfADownHost() {
        let findings = [finding("a", .critical, kev: true)]
        #expect(HostScanState.from(findings: findings, hostUp: false, previousMisses: 0) == .down(consecutiveMisses: 1))
        #expect(HostScanState.from(findings: [], hostUp: false, previousMisses: 3) == .down(consecutiveMisses: 4))
        #expect(HostScanState.from(findings: [], hostUp: false, previousMisses: -2) == .down(consecutiveMisses: 1))
    }

    // MARK: Scan windows

    static let nightly = try! ScanWindow("mon-fri 22:00-05:00 America/Chicago")

    @Test func leavesTheTimeAloneWithoutWindows() {
        let date = utc(2026, 1, 10, 18, 0, 17)
        #expect(ScanSchedule.firstOpening(atOrAfter: date, windows: []) == date)
        #expect(ScanSchedule.firstOpening(atOrAfter: date, windows: [], horizon: 0) == date)
    }

    // In January Chicago is UTC-6: 22:00 CST is 04:00 UTC on the next day, and 05:00 CST is 11:00 UTC.
    @Test(arguments: [
        // Saturday noon waits for Monday night.
        (utc(2026, 1, 10, 18, 0), utc(2026, 1, 13, 4, 0)),
        // Sunday night into Monday morning is not in a mon-fri window.
        (utc(2026, 1, 12, 9, 0), utc(2026, 1, 13, 4, 0)),
        // Just before the window opens on Monday.
        (utc(2026, 1, 13, 3, 59, 30), utc(2026, 1, 13, 4, 0)),
        // Tuesday 23:30, inside.
        (utc(2026, 1, 14, 5, 30, 12), utc(2026, 1, 14, 5, 30, 12)),
        // Saturday 04:59, the last minute of Friday's window.
        (utc(2026, 1, 10, 10, 59), utc(2026, 1, 10, 10, 59)),
        // Saturday 05:00, just closed.
        (utc(2026, 1, 10, 11, 0), utc(2026, 1, 13, 4, 0)),
        // Wednesday noon waits for the same evening.
        (utc(2026, 1, 14, 18, 0), utc(2026, 1, 15, 4, 0)),
    ])
    func movesADueTimeIntoTheNightlyWindow(date: Date, expected: Date) {
        #expect(ScanSchedule.firstOpening(atOrAfter: date, windows: [Self.nightly]) == expected)
    }

    /// Chicago clocks go forward on Sunday 8 March 2026 and back on Sunday 1 November 2026, so Monday 22:00 is a
    /// different UTC hour from the Saturday before it.
    @Test(arguments: [
        // Saturday noon CST (18:00 UTC) to Monday 22:00 CDT (03:00 UTC Tuesday).
        (utc(2026, 3, 7, 18, 0), utc(2026, 3, 10, 3, 0)),
        // Sunday noon CDT, after the change.
        (utc(2026, 3, 8, 17, 0), utc(2026, 3, 10, 3, 0)),
        // Saturday noon CDT (17:00 UTC) to Monday 22:00 CST (04:00 UTC Tuesday).
        (utc(2026, 10, 31, 17, 0), utc(2026, 11, 3, 4, 0)),
        // Sunday 01:30 CST, during the repeated hour.
        (utc(2026, 11, 1, 7, 30), utc(2026, 11, 3, 4, 0)),
    ])
    func findsTheRightInstantAcrossDaylightSavingTime(date: Date, expected: Date) {
        #expect(ScanSchedule.firstOpening(atOrAfter: date, windows: [Self.nightly]) == expected)
    }

    /// On 8 March 2026 Chicago clocks jump from 01:59:59 CST to 03:00 CDT (08:00 UTC).
    @Test func opensWhenTheClockJumpsIntoAWindow() throws {
        let window = try ScanWindow("sun 02:15-04:00 America/Chicago")
        let midnight = utc(2026, 3, 8, 6, 0)
        #expect(ScanSchedule.firstOpening(atOrAfter: midnight, windows: [window]) == utc(2026, 3, 8, 8, 0))
    }

    @Test func skipsAnOpeningThatTheClockJumpsOver() throws {
        let window = try ScanWindow("sun 02:00-02:30 America/Chicago")
        let midnight = utc(2026, 3, 8, 6, 0)
        // The next Sunday, 02:00 CDT.
        #expect(ScanSchedule.firstOpening(atOrAfter: midnight, windows: [window]) == utc(2026, 3, 15, 7, 0))
    }

    /// On 1 November 2026 Chicago clocks go from 01:59:59 CDT (06:59:59 UTC) back to 01:00 CST (07:00 UTC), so
    /// 01:30 happens at 06:30 and again at 07:30 UTC.
    @Test(arguments: [
        (utc(2026, 11, 1, 5, 0), utc(2026, 11, 1, 6, 30)),
        (utc(2026, 11, 1, 6, 50), utc(2026, 11, 1, 7, 30)),
        (utc(2026, 11, 1, 7, 40), utc(2026, 11, 1, 7, 40)),
        (utc(2026, 11, 1, 7, 45), utc(2026, 11, 8, 7, 30)),
    ])
    func opensTwiceInTheRepeatedHour(date: Date, expected: Date) throws {
        let window = try ScanWindow("sun 01:30-01:45 America/Chicago")
        #expect(ScanSchedule.firstOpening(atOrAfter: date, windows: [window]) == expected)
    }

    @Test func takesTheEarliestOfSeveralWindows() throws {
        let weekend = try ScanWindow("sat,sun 10:00-12:00 Europe/Berlin")
        // Saturday 12:00 in Chicago is 19:00 in Berlin; Berlin opens again on Sunday at 10:00 CET (09:00 UTC).
        let saturdayNoon = utc(2026, 1, 10, 18, 0)
        #expect(
            ScanSchedule.firstOpening(atOrAfter: saturdayNoon, windows: [Self.nightly, weekend])
                == utc(2026, 1, 11, 9, 0)
        )
        // Sunday 12:00 in Berlin has closed the weekend window, so the Chicago window is next.
        #expect(
            ScanSchedule.firstOpening(atOrAfter: utc(2026, 1, 11, 11, 0), windows: [weekend, Self.nightly])
                == utc(2026, 1, 13, 4, 0)
        )
    }

    @Test func returnsNilWhenNothingOpensWithinTheHorizon() throws {
        let window = try ScanWindow("mon 01:00-02:00 UTC")
        let tuesday = utc(2026, 1, 13, 12, 0)
        #expect(ScanSchedule.firstOpening(atOrAfter: tuesday, windows: [window], horizon: days(1)) == nil)
        #expect(ScanSchedule.firstOpening(atOrAfter: tuesday, windows: [window], horizon: -1) == nil)
        #expect(ScanSchedule.firstOpening(atOrAfter: tuesday, windows: [window]) == utc(2026, 1, 19, 1, 0))
        // The horizon includes its last instant.
        #expect(
            ScanSchedule.firstOpening(atOrAfter: tuesday, windows: [window], horizon: days(5) + hours(13))
                == utc(2026, 1, 19, 1, 0)
        )
        #expect(
            ScanSchedule.firstOpening(atOrAfter: tuesday, windows: [window], horizon: days(5) + hours(13) - 1) == nil
        )
        #expect(
            ScanSchedule.firstOpening(atOrAfter: tuesday, windows: [window], horizon: .infinity)
                == utc(2026, 1, 19, 1, 0)
        )
    }

    /// Checks the exact answer against a minute-by-minute walk through the weeks of both 2026 Chicago clock changes.
    @Test(arguments: [
        "mon-fri 22:00-05:00 America/Chicago",
        "sun 02:15-04:00 America/Chicago",
        "sun 01:30-01:45 America/Chicago",
        "daily 00:00-01:00 America/Chicago",
    ])
    func agreesWithAMinuteByMinuteWalk(text: String) throws {
        let window = try ScanWindow(text)
        for start in [utc(2026, 3, 6, 0, 0), utc(2026, 10, 30, 0, 0)] {
            for step in 0..<14 {
                let date = start.addingTimeInterval(hours(Double(step) * 5) + 17)
                let opening = try #require(ScanSchedule.firstOpening(atOrAfter: date, windows: [window]))
                // Walk whole minutes from the first one after `date`.
                let nextMinute = (date.timeIntervalSinceReferenceDate / 60).rounded(.up) * 60
                var walked = window.contains(date) ? date : Date(timeIntervalSinceReferenceDate: nextMinute)
                while !window.contains(walked) { walked += 60 }
                #expect(opening == walked, "\(text) from \(date)")
            }
        }
    }

    // MARK: Plans

    private static let first = UUID(uuidString: "10000000-0000-0000-0000-000000000000")!
    private static let second = UUID(uuidString: "20000000-0000-0000-0000-000000000000")!
    private static let third = UUID(uuidString: "30000000-0000-0000-0000-000000000000")!
    private static let fourth = UUID(uuidString: "A0000000-0000-0000-0000-000000000000")!
    private static let fifth = UUID(uuidString: "B0000000-0000-0000-0000-000000000000")!

    @Test func ordersThePlanByDueTimeThenIdentifier() {
        let now = utc(2026, 1, 12, 15, 0)
        let plan = ScanSchedule.plan(
            hosts: [
                (id: Self.fifth, lastScan: now, state: .down(consecutiveMisses: 2)),
                (id: Self.fourth, lastScan: now.addingTimeInterval(-hours(1)), state: .worst(.critical, kev: false)),
                (id: Self.third, lastScan: nil, state: .clean),
                (id: Self.second, lastScan: now.addingTimeInterval(-days(30)), state: .clean),
                (id: Self.first, lastScan: now.addingTimeInterval(-hours(24)), state: .worst(.high, kev: false)),
            ],
            policy: RescanPolicy(),
            windows: [],
            now: now
        )
        #expect(plan.map(\.id) == [Self.first, Self.second, Self.third, Self.fourth, Self.fifth])
        #expect(plan.map(\.due) == [now, now, now, utc(2026, 1, 13, 2, 0), utc(2026, 1, 26, 15, 0)])
    }

    @Test func placesThePlanInsideTheWindows() {
        // Saturday noon in Chicago.
        let now = utc(2026, 1, 10, 18, 0)
        let plan = ScanSchedule.plan(
            hosts: [
                (id: Self.third, lastScan: utc(2026, 1, 9, 4, 30), state: .worst(.low, kev: true)),
                (id: Self.second, lastScan: nil, state: .clean),
                (id: Self.first, lastScan: utc(2026, 1, 10, 5, 30), state: .worst(.medium, kev: false)),
            ],
            policy: RescanPolicy(),
            windows: [Self.nightly],
            now: now
        )
        #expect(plan.map(\.id) == [Self.second, Self.third, Self.first])
        // Overdue and never-scanned hosts wait for Monday 22:00 CST. The medium host, last scanned on Friday at 23:30
        // CST, is due four days later on Tuesday at 23:30 CST, inside that night's window.
        #expect(plan.map(\.due) == [utc(2026, 1, 13, 4, 0), utc(2026, 1, 13, 4, 0), utc(2026, 1, 14, 5, 30)])
    }
}
