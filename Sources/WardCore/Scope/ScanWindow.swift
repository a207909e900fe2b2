import Foundation

/// A weekly period, in one time zone, during which scans may run, such as `mon-fri 22:00-05:00 America/Chicago`.
///
/// A window opens at ``startMinuteOfDay`` on each of its ``days`` and closes at ``endMinuteOfDay``, which is
/// excluded. When the end is before the start, the window runs past midnight and closes on the next day; the day set
/// always names the day the window opens, so `mon-fri 22:00-05:00` covers Friday night into Saturday morning but not
/// Sunday night into Monday morning.
///
/// Times are local wall-clock times in the window's time zone, computed with the time zone's rules for the date in
/// question, so a window keeps its local hours across daylight saving time changes. On the night clocks go back, a
/// repeated local hour is inside the window both times it occurs; on the night clocks go forward, the skipped hour
/// never occurs.
///
/// The text form is `DAYS START-END TIMEZONE`:
///
/// - `DAYS`: day names or ranges separated by commas (`mon-fri`, `sat,sun`, `mon,wed,fri`, `fri-mon`), three-letter
///   or full English names in any case, or `daily`.
/// - `START-END`: 24-hour times `HH:MM-HH:MM`; `24:00` may be used as an end to mean the end of the day.
/// - `TIMEZONE`: an IANA time zone identifier such as `America/Chicago` or `UTC`.
public struct ScanWindow: Hashable, Sendable {
    /// The ISO weekdays on which the window opens: 1 is Monday and 7 is Sunday.
    public let days: Set<Int>
    /// When the window opens, in minutes after local midnight: 0 to 1439.
    public let startMinuteOfDay: Int
    /// When the window closes, in minutes after local midnight: 0 to 1440, where 1440 is the end of the day.
    ///
    /// A value below ``startMinuteOfDay`` means the window closes on the day after it opens.
    public let endMinuteOfDay: Int
    /// The IANA identifier of the time zone the times are in, such as `America/Chicago`.
    public let timeZoneIdentifier: String

    /// The number of minutes in a day, the largest ``endMinuteOfDay``.
    public static let minutesPerDay = 1440

    /// Creates a window.
    ///
    /// - Parameters:
    ///   - days: The ISO weekdays on which the window opens, 1 (Monday) to 7 (Sunday); at least one.
    ///   - startMinuteOfDay: When the window opens, 0 to 1439 minutes after local midnight.
    ///   - endMinuteOfDay: When the window closes, 0 to 1440; below the start to close on the next day. It may not
    ///     equal the start; use 0 and 1440 for a whole day.
    ///   - timeZoneIdentifier: An IANA time zone identifier.
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when a value is out of range or the time zone is
    ///   unknown.
    public init(days: Set<Int>, startMinuteOfDay: Int, endMinuteOfDay: Int, timeZoneIdentifier: String) throws {
        guard !days.isEmpty else {
            throw WardError(.invalidInput, "a scan window needs at least one day; write days such as mon-fri")
        }
        if let day = days.sorted().first(where: { !(1...7).contains($0) }) {
            throw WardError(
                .invalidInput,
                "\(day) is not a day of the week; use 1 for Monday through 7 for Sunday"
            )
        }
        guard (0..<Self.minutesPerDay).contains(startMinuteOfDay) else {
            throw WardError(
                .invalidInput,
                "a scan window start of \(startMinuteOfDay) minutes is out of range; use 0 to 1439 (00:00 to 23:59)"
            )
        }
        guard (0...Self.minutesPerDay).contains(endMinuteOfDay) else {
            throw WardError(
                .invalidInput,
                "a scan window end of \(endMinuteOfDay) minutes is out of range; use 0 to 1440 (00:00 to 24:00)"
            )
        }
        guard startMinuteOfDay != endMinuteOfDay else {
            let time = Self.formatTime(startMinuteOfDay)
            throw WardError(
                .invalidInput,
                "the scan window \(time)-\(time) starts and ends at the same time; "
                    + "write 00:00-24:00 for a whole day"
            )
        }
        guard TimeZone(identifier: timeZoneIdentifier) != nil else {
            throw WardError(
                .invalidInput,
                "\(timeZoneIdentifier) is not a known time zone; use an IANA identifier such as America/Chicago or UTC"
            )
        }
        self.days = days
        self.startMinuteOfDay = startMinuteOfDay
        self.endMinuteOfDay = endMinuteOfDay
        self.timeZoneIdentifier = timeZoneIdentifier
    }

    /// Whether the window closes on the day after it opens.
    public var wrapsPastMidnight: Bool { endMinuteOfDay < startMinuteOfDay }

    /// Whether `date` falls inside the window, judged by the local wall-clock time in the window's time zone.
    public func contains(_ date: Date) -> Bool {
        guard let timeZone = TimeZone(identifier: timeZoneIdentifier) else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        guard let weekday = components.weekday, let hour = components.hour, let minute = components.minute else {
            return false
        }
        // Calendar numbers Sunday as 1; ISO numbers Monday as 1 and Sunday as 7.
        let today = (weekday + 5) % 7 + 1
        let yesterday = today == 1 ? 7 : today - 1
        let minuteOfDay = hour * 60 + minute
        if wrapsPastMidnight {
            return (days.contains(today) && minuteOfDay >= startMinuteOfDay)
                || (days.contains(yesterday) && minuteOfDay < endMinuteOfDay)
        }
        return days.contains(today) && startMinuteOfDay <= minuteOfDay && minuteOfDay < endMinuteOfDay
    }

    /// Formats minutes after midnight as `HH:MM`.
    static func formatTime(_ minuteOfDay: Int) -> String {
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}

extension ScanWindow: CustomStringConvertible {
    /// The window in its text form, such as `mon-fri 22:00-05:00 America/Chicago`.
    ///
    /// Runs of three or more consecutive days are written as a range (`mon-fri`); other days are listed (`sat,sun`).
    public var description: String {
        "\(Self.formatDays(days)) \(Self.formatTime(startMinuteOfDay))-\(Self.formatTime(endMinuteOfDay)) "
            + timeZoneIdentifier
    }
}

extension ScanWindow: TextCodable {}
