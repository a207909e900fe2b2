extension ScanWindow {
    /// Parses the text form `DAYS START-END TIMEZONE`, such as `mon-fri 22:00-05:00 America/Chicago` or
    /// `sat,sun 00:00-24:00 UTC`.
    ///
    /// See ``ScanWindow`` for the grammar.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) whose message names the part that is wrong and shows
    ///   the expected form.
    public init(_ text: String) throws {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 3 else {
            let detail =
                parts.count == 2
                ? "it has no time zone; add one such as America/Chicago or UTC"
                : "write days, times and a time zone, as in mon-fri 22:00-05:00 America/Chicago"
            throw WardError(.invalidInput, "'\(text)' is not a scan window: \(detail)")
        }
        let days = try Self.parseDays(parts[0])
        let times = parts[1].split(separator: "-", omittingEmptySubsequences: false)
        guard times.count == 2 else {
            throw WardError(
                .invalidInput,
                "\(parts[1]) is not a time range; write a start and an end such as 22:00-05:00"
            )
        }
        let start = try Self.parseTime(times[0], isEnd: false)
        let end = try Self.parseTime(times[1], isEnd: true)
        try self.init(days: days, startMinuteOfDay: start, endMinuteOfDay: end, timeZoneIdentifier: String(parts[2]))
    }

    /// The three-letter day names, Monday first; a name's index plus one is its ISO weekday number.
    static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let fullDayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Parses `mon-fri`, `sat,sun`, `fri-mon` or `daily` into ISO weekday numbers.
    static func parseDays(_ text: Substring) throws -> Set<Int> {
        if text.lowercased() == "daily" { return Set(1...7) }
        var days: Set<Int> = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count <= 2 else {
                throw WardError(.invalidInput, "\(item) is not a day or a range of days; write a range such as mon-fri")
            }
            let first = try parseDay(ends[0])
            let last = try ends.count == 2 ? parseDay(ends[1]) : first
            // A range may run through the weekend, as in fri-mon.
            var day = first
            while true {
                days.insert(day)
                if day == last { break }
                day = day % 7 + 1
            }
        }
        return days
    }

    /// Parses one day name into its ISO weekday number.
    private static func parseDay(_ text: Substring) throws -> Int {
        let name = text.lowercased()
        if let index = dayNames.firstIndex(of: name) ?? fullDayNames.firstIndex(of: name) {
            return index + 1
        }
        let shown = text.isEmpty ? "an empty day name" : "'\(text)'"
        throw WardError(
            .invalidInput,
            "\(shown) is not a day of the week; use mon, tue, wed, thu, fri, sat or sun, as in mon-fri or sat,sun"
        )
    }

    /// Parses `HH:MM` into minutes after midnight; `24:00` only when `isEnd`.
    static func parseTime(_ text: Substring, isEnd: Bool) throws -> Int {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2,
            (1...2).contains(pieces[0].count), pieces[0].allSatisfy(\.isASCIIDigit),
            pieces[1].count == 2, pieces[1].allSatisfy(\.isASCIIDigit),
            let hour = Int(pieces[0]), let minute = Int(pieces[1])
        else {
            throw WardError(.invalidInput, "'\(text)' is not a time; write 24-hour time as HH:MM, such as 22:00")
        }
        guard minute < 60 else {
            throw WardError(.invalidInput, "\(text) has \(minute) minutes; minutes run from 00 to 59")
        }
        if hour == 24 && minute == 0 {
            guard isEnd else {
                throw WardError(
                    .invalidInput,
                    "24:00 can only end a scan window; start a window at midnight with 00:00"
                )
            }
            return minutesPerDay
        }
        guard hour < 24 else {
            throw WardError(.invalidInput, "\(text) has hour \(hour); hours run from 00 to 23 (24:00 may end a window)")
        }
        return hour * 60 + minute
    }

    /// Writes days as ranges of three or more consecutive days and single days, Monday first: `mon-fri`, `sat,sun`.
    static func formatDays(_ days: Set<Int>) -> String {
        var parts: [String] = []
        var day = 1
        while day <= 7 {
            guard days.contains(day) else {
                day += 1
                continue
            }
            var end = day
            while end < 7 && days.contains(end + 1) { end += 1 }
            if end - day >= 2 {
                parts.append("\(dayNames[day - 1])-\(dayNames[end - 1])")
            } else {
                parts.append(contentsOf: (day...end).map { dayNames[$0 - 1] })
            }
            day = end + 1
        }
        return parts.joined(separator: ",")
    }
}
