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

@Suite struct ScanWindowTests {
    @Test func parsesTheTextForm() throws {
        let window = try ScanWindow("mon-fri 22:00-05:00 America/Chicago")
        #expect(window.days == [1, 2, 3, 4, 5])
        #expect(window.startMinuteOfDay == 22 * 60)
        #expect(window.endMinuteOfDay == 5 * 60)
        #expect(window.timeZoneIdentifier == "America/Chicago")
        #expect(window.wrapsPastMidnight)
        #expect(window.description == "mon-fri 22:00-05:00 America/Chicago")
    }

    @Test(arguments: [
        ("mon-fri 22:00-05:00 America/Chicago", "mon-fri 22:00-05:00 America/Chicago"),
        ("sat,sun 00:00-24:00 UTC", "sat,sun 00:00-24:00 UTC"),
        ("daily 9:00-17:30 UTC", "mon-sun 09:00-17:30 UTC"),
        ("fri-mon 01:00-02:30 UTC", "mon,fri-sun 01:00-02:30 UTC"),
        ("Monday,Wednesday 08:00-09:00 Europe/London", "mon,wed 08:00-09:00 Europe/London"),
        ("MON,TUE,WED 08:00-09:00 UTC", "mon-wed 08:00-09:00 UTC"),
        ("sun 23:59-00:01 Asia/Kolkata", "sun 23:59-00:01 Asia/Kolkata"),
        ("  tue  06:00-07:00\tUTC ", "tue 06:00-07:00 UTC"),
        ("mon,mon-tue 06:00-07:00 UTC", "mon,tue 06:00-07:00 UTC"),
    ])
    func formatsCanonically(text: String, canonical: String) throws {
        let window = try ScanWindow(text)
        #expect(window.description == canonical)
        #expect(try ScanWindow(canonical) == window)
    }

    @Test func allowsTwentyFourHundredAsTheEndOfTheDay() throws {
        let window = try ScanWindow("sat,sun 00:00-24:00 UTC")
        #expect(window.days == [6, 7])
        #expect(window.startMinuteOfDay == 0)
        #expect(window.endMinuteOfDay == 1440)
        #expect(!window.wrapsPastMidnight)
    }

    @Test(arguments: [
        ("mon-fri 22:00-05:00", "no time zone"),
        ("mon-fri 22:00-05:00 Mars/Olympus_Mons", "not a known time zone"),
        ("funday 22:00-05:00 UTC", "'funday' is not a day of the week"),
        ("mon-funday 22:00-05:00 UTC", "not a day of the week"),
        ("mon--fri 22:00-05:00 UTC", "not a day or a range of days"),
        ("mon,,fri 22:00-05:00 UTC", "empty day name"),
        ("mon-fri 24:00-05:00 UTC", "24:00 can only end a scan window"),
        ("mon-fri 22:00-22:00 UTC", "starts and ends at the same time"),
        ("mon-fri 25:00-05:00 UTC", "hour 25"),
        ("mon-fri 24:30-05:00 UTC", "hour 24"),
        ("mon-fri 22:60-05:00 UTC", "60 minutes"),
        ("mon-fri 2200-0500 UTC", "is not a time"),
        ("mon-fri 22:0-05:00 UTC", "is not a time"),
        ("mon-fri 22:00 UTC", "not a time range"),
        ("mon-fri 22:00-05:00-06:00 UTC", "not a time range"),
        ("", "not a scan window"),
        ("mon, fri 22:00-05:00 UTC", "not a scan window"),
        ("mon-fri 22:00-05:00 America/Chicago extra", "not a scan window"),
    ])
    func rejectsBadWindows(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try ScanWindow(text) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func validatesMemberwiseInput() throws {
        #expect(throws: WardError.self) {
            try ScanWindow(days: [], startMinuteOfDay: 0, endMinuteOfDay: 60, timeZoneIdentifier: "UTC")
        }
        #expect(throws: WardError.self) {
            try ScanWindow(days: [0], startMinuteOfDay: 0, endMinuteOfDay: 60, timeZoneIdentifier: "UTC")
        }
        #expect(throws: WardError.self) {
            try ScanWindow(days: [8], startMinuteOfDay: 0, endMinuteOfDay: 60, timeZoneIdentifier: "UTC")
        }
        #expect(throws: WardError.self) {
            try ScanWindow(days: [1], startMinuteOfDay: 1440, endMinuteOfDay: 60, timeZoneIdentifier: "UTC")
        }
        #expect(throws: WardError.self) {
            try ScanWindow(days: [1], startMinuteOfDay: -1, endMinuteOfDay: 60, timeZoneIdentifier: "UTC")
        }
        #expect(throws: WardError.self) {
            try ScanWindow(days: [1], startMinuteOfDay: 0, endMinuteOfDay: 1441, timeZoneIdentifier: "UTC")
        }
        #expect(throws: WardError.self) {
            try ScanWindow(days: [1], startMinuteOfDay: 0, endMinuteOfDay: 60, timeZoneIdentifier: "Nowhere/Land")
        }
        let window = try ScanWindow(days: [7], startMinuteOfDay: 0, endMinuteOfDay: 60, timeZoneIdentifier: "UTC")
        #expect(window.description == "sun 00:00-01:00 UTC")
    }

    // 2024-01-01 is a Monday.
    @Test(arguments: [
        (utc(2024, 1, 1, 9, 0), true),
        (utc(2024, 1, 1, 8, 59), false),
        (utc(2024, 1, 1, 16, 59, 59), true),
        (utc(2024, 1, 1, 17, 0), false),
        (utc(2024, 1, 5, 12, 0), true),
        (utc(2024, 1, 6, 12, 0), false),
        (utc(2024, 1, 7, 12, 0), false),
    ])
    func containsTimesOfADaytimeWindow(date: Date, expected: Bool) throws {
        #expect(try ScanWindow("mon-fri 09:00-17:00 UTC").contains(date) == expected)
    }

    // The day set names the day a window opens: Monday's window runs into Tuesday morning, and Sunday night into
    // Monday morning is not covered.
    @Test(arguments: [
        (utc(2024, 1, 1, 22, 0), true),
        (utc(2024, 1, 1, 21, 59), false),
        (utc(2024, 1, 1, 23, 59), true),
        (utc(2024, 1, 2, 0, 0), true),
        (utc(2024, 1, 2, 4, 59, 59), true),
        (utc(2024, 1, 2, 5, 0), false),
        (utc(2024, 1, 1, 4, 30), false),
        (utc(2024, 1, 6, 4, 30), true),
        (utc(2024, 1, 6, 22, 0), false),
        (utc(2024, 1, 7, 23, 0), false),
        (utc(2024, 1, 2, 12, 0), false),
    ])
    func containsTimesOfAWindowThatWrapsPastMidnight(date: Date, expected: Bool) throws {
        #expect(try ScanWindow("mon-fri 22:00-05:00 UTC").contains(date) == expected)
    }

    @Test(arguments: [
        (utc(2024, 1, 6, 0, 0), true),
        (utc(2024, 1, 7, 23, 59, 59), true),
        (utc(2024, 1, 8, 0, 0), false),
        (utc(2024, 1, 5, 23, 59, 59), false),
    ])
    func containsWholeDays(date: Date, expected: Bool) throws {
        #expect(try ScanWindow("sat,sun 00:00-24:00 UTC").contains(date) == expected)
    }

    /// America/Chicago is UTC-6 in winter (CST) and UTC-5 in summer (CDT); in 2024 clocks went forward on
    /// Sunday 10 March and back on Sunday 3 November. A 22:00 local start is 04:00 UTC in winter and 03:00 UTC in
    /// summer.
    @Test(arguments: [
        // Friday 8 March, before the change: 22:00 CST is 04:00 UTC on Saturday.
        (utc(2024, 3, 9, 3, 59), false),
        (utc(2024, 3, 9, 4, 0), true),
        // Monday 11 March, after the change: 22:00 CDT is 03:00 UTC on Tuesday, and 05:00 CDT is 10:00 UTC.
        (utc(2024, 3, 12, 2, 59), false),
        (utc(2024, 3, 12, 3, 0), true),
        (utc(2024, 3, 12, 9, 59), true),
        (utc(2024, 3, 12, 10, 0), false),
        // Monday 4 November, after clocks went back: 22:00 CST is 04:00 UTC on Tuesday, and 05:00 CST is 11:00 UTC.
        (utc(2024, 11, 5, 3, 59), false),
        (utc(2024, 11, 5, 4, 0), true),
        (utc(2024, 11, 5, 10, 59), true),
        (utc(2024, 11, 5, 11, 0), false),
        // Sunday night into Monday is not in a mon-fri window, whatever the offset.
        (utc(2024, 3, 11, 3, 30), false),
    ])
    func keepsLocalHoursAcrossDaylightSavingTime(date: Date, expected: Bool) throws {
        #expect(try ScanWindow("mon-fri 22:00-05:00 America/Chicago").contains(date) == expected)
    }

    /// On 10 March 2024 Chicago clocks jumped from 01:59:59 CST to 03:00 CDT, so 02:00 to 03:00 never happened.
    @Test(arguments: [
        (utc(2024, 3, 10, 6, 59), false),
        (utc(2024, 3, 10, 7, 0), true),
        (utc(2024, 3, 10, 7, 59, 59), true),
        (utc(2024, 3, 10, 8, 0), false),
    ])
    func handlesTheSkippedHour(date: Date, expected: Bool) throws {
        #expect(try ScanWindow("sun 01:00-03:00 America/Chicago").contains(date) == expected)
    }

    /// On 3 November 2024 Chicago clocks went from 01:59:59 CDT back to 01:00 CST, so 01:00 to 02:00 happened twice.
    @Test(arguments: [
        (utc(2024, 11, 3, 5, 59), false),
        (utc(2024, 11, 3, 6, 0), true),
        (utc(2024, 11, 3, 6, 59), true),
        (utc(2024, 11, 3, 7, 0), true),
        (utc(2024, 11, 3, 7, 59, 59), true),
        (utc(2024, 11, 3, 8, 0), false),
    ])
    func coversTheRepeatedHourTwice(date: Date, expected: Bool) throws {
        #expect(try ScanWindow("sun 01:00-02:00 America/Chicago").contains(date) == expected)
    }

    @Test func judgesTheDayInTheWindowsTimeZone() throws {
        // 2024-01-02 03:00 UTC is still Monday 21:00 in Chicago, and already Tuesday 08:30 in Kolkata.
        let date = utc(2024, 1, 2, 3, 0)
        #expect(try ScanWindow("mon 20:00-22:00 America/Chicago").contains(date))
        #expect(try !ScanWindow("tue 20:00-22:00 America/Chicago").contains(date))
        #expect(try ScanWindow("tue 08:00-09:00 Asia/Kolkata").contains(date))
    }

    @Test func codesAsAString() throws {
        let windows = try ["mon-fri 22:00-05:00 America/Chicago", "sat,sun 00:00-24:00 UTC"].map(ScanWindow.init)
        let data = try JSONEncoder().encode(windows)
        #expect(try JSONDecoder().decode([ScanWindow].self, from: data) == windows)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ScanWindow].self, from: Data(#"["mon-fri 22:00-05:00"]"#.utf8))
        }
    }
}
