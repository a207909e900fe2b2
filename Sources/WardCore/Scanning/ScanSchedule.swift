import Foundation

/// Plans when hosts are scanned again: each host's due time from a ``RescanPolicy``, moved forward to the first
/// moment the organization's ``ScanWindow``s allow.
///
/// Everything here is pure: the caller passes the clock and the windows (usually ``Scope/windows``), so plans can be
/// tested with fixed dates.
///
/// ```swift
/// let windows = [try ScanWindow("mon-fri 22:00-05:00 America/Chicago")]
/// let plan = ScanSchedule.plan(hosts: hosts, policy: RescanPolicy(), windows: windows, now: now)
/// for (id, due) in plan where due <= now {
///     // scan host `id`
/// }
/// ```
public enum ScanSchedule {
    /// How far ahead ``firstOpening(atOrAfter:windows:horizon:)`` looks by default: eight days, enough for any weekly
    /// window to come round again even when a daylight saving time change swallows one of its openings.
    public static let defaultHorizon: TimeInterval = 8 * 86_400

    /// The longest horizon searched, in days; a longer one is cut to this.
    private static let maximumHorizonDays = 3_660

    /// The earliest moment at or after `date` when the windows allow a scan.
    ///
    /// With no windows, scans may run at any time, so the answer is `date` itself; when a window contains `date`, it
    /// is `date` too. Otherwise the answer is the exact instant a window next opens: the window's start time as a
    /// wall-clock time in its own time zone on one of its days, or, when the start time falls in the hour skipped as
    /// clocks go forward, the moment the clocks jump. When clocks go back and the start time happens twice, either
    /// occurrence can be the answer, whichever is the first at or after `date`. Every answer is checked with
    /// ``ScanWindow/contains(_:)``.
    ///
    /// - Parameters:
    ///   - date: The earliest moment the scan should run, such as a due time from
    ///     ``RescanPolicy/nextScan(after:state:)``.
    ///   - windows: The organization's scan windows; empty means any time.
    ///   - horizon: How far after `date` to look, in seconds; eight days by default, at most ten years.
    /// - Returns: The first allowed moment, or nil when no window opens within `horizon` of `date`.
    public static func firstOpening(
        atOrAfter date: Date,
        windows: [ScanWindow],
        horizon: TimeInterval = defaultHorizon
    ) -> Date? {
        guard !windows.isEmpty, !windows.contains(where: { $0.contains(date) }) else {
            return date
        }
        guard horizon >= 0 else {
            return nil
        }
        let limited = min(horizon, Double(maximumHorizonDays) * 86_400)
        let end = date.addingTimeInterval(limited)
        let days = Int((limited / 86_400).rounded(.up))
        return windows.compactMap { opening(of: $0, after: date, through: end, days: days) }.min()
    }

    /// Plans the next scan of each host.
    ///
    /// A host that was never scanned is due now. Any other host is due at its last scan plus the policy's interval
    /// for its state, or now when that moment has passed. Each due time is then moved to the first moment the
    /// windows allow, with ``firstOpening(atOrAfter:windows:horizon:)`` and its default horizon.
    ///
    /// - Important: A host for which no window opens within the horizon is left out of the plan rather than given a
    ///   time outside the windows. With valid weekly windows this does not happen.
    ///
    /// - Parameters:
    ///   - hosts: Each host's identifier, when it was last scanned (nil if never), and what that scan showed.
    ///   - policy: The rescan intervals.
    ///   - windows: The organization's scan windows; empty means any time.
    ///   - now: The current time.
    /// - Returns: The hosts and their due times, earliest first; hosts due at the same moment are ordered by
    ///   identifier.
    public static func plan(
        hosts: [(id: UUID, lastScan: Date?, state: HostScanState)],
        policy: RescanPolicy,
        windows: [ScanWindow],
        now: Date
    ) -> [(id: UUID, due: Date)] {
        var planned: [(id: UUID, due: Date)] = []
        for host in hosts {
            let wanted = host.lastScan.map { max(policy.nextScan(after: $0, state: host.state), now) } ?? now
            guard let due = firstOpening(atOrAfter: wanted, windows: windows) else {
                continue
            }
            planned.append((id: host.id, due: due))
        }
        // Upper-case hexadecimal strings sort in the same order as the identifiers' bytes.
        return planned.sorted { ($0.due, $0.id.uuidString) < ($1.due, $1.id.uuidString) }
    }

    /// The first instant after `date`, and no later than `end`, at which `window` opens.
    ///
    /// A window opens either when the local clock reaches its start time on one of its days or when a daylight
    /// saving time change makes the local clock jump into it, so both kinds of instant are candidates.
    private static func opening(of window: ScanWindow, after date: Date, through end: Date, days: Int) -> Date? {
        guard let timeZone = TimeZone(identifier: window.timeZoneIdentifier) else {
            return nil
        }
        var candidates: [Date] = []

        // Wall-clock times are handled as if they were UTC instants, where days have no gaps or repeats.
        var wallCalendar = Calendar(identifier: .gregorian)
        wallCalendar.timeZone = .gmt
        let localMidnight = wallCalendar.startOfDay(
            for: date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: date)))
        )
        for dayOffset in -1...(days + 1) {
            let wallClock = localMidnight.addingTimeInterval(
                Double(dayOffset) * 86_400 + Double(window.startMinuteOfDay) * 60
            )
            // Calendar numbers Sunday as 1; ISO numbers Monday as 1 and Sunday as 7.
            let weekday = (wallCalendar.component(.weekday, from: wallClock) + 5) % 7 + 1
            guard window.days.contains(weekday) else {
                continue
            }
            candidates += instants(showing: wallClock, in: timeZone).filter { $0 > date && $0 <= end }
        }

        var searchedUntil = date
        while let transition = timeZone.nextDaylightSavingTimeTransition(after: searchedUntil),
            transition > searchedUntil, transition <= end
        {
            candidates.append(transition)
            searchedUntil = transition
        }

        return candidates.filter { window.contains($0) }.min()
    }

    /// Every instant at which the local clock in `timeZone` shows `wallClock` (given as if it were a UTC instant):
    /// none in a skipped hour, two in a repeated hour, one otherwise.
    private static func instants(showing wallClock: Date, in timeZone: TimeZone) -> [Date] {
        // Offsets from a day either side cover the zone's rules before and after any change near this time.
        let offsets = Set(
            [-86_400.0, 0, 86_400].map { timeZone.secondsFromGMT(for: wallClock.addingTimeInterval($0)) }
        )
        return offsets.compactMap { offset in
            let instant = wallClock.addingTimeInterval(-Double(offset))
            return timeZone.secondsFromGMT(for: instant) == offset ? instant : nil
        }
    }
}
