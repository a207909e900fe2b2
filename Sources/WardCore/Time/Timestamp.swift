import Foundation

/// A point in time that encodes as an ISO 8601 UTC string with second precision (`2026-11-24T11:12:12Z`), the form
/// Ward's JSON API uses.
///
/// Formatting is plain integer arithmetic on the days since 1970 (the proleptic Gregorian calendar), because a list
/// of a hundred objects would otherwise spend much of its time in a general-purpose date formatter.
public struct Timestamp: Hashable, Sendable, Encodable, CustomStringConvertible {
    /// The point in time.
    public var date: Date

    public init(_ date: Date) { self.date = date }

    /// The ISO 8601 text, such as `2026-11-24T11:12:12Z`.
    public var description: String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        // Civil date from day number (H. Hinnant's algorithm).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)

        var text = ""
        text.reserveCapacity(20)
        func append(_ value: Int64, width: Int) {
            let digits = String(value)
            if digits.count < width { text += String(repeating: "0", count: width - digits.count) }
            text += digits
        }
        append(year, width: 4)
        text += "-"
        append(month, width: 2)
        text += "-"
        append(day, width: 2)
        text += "T"
        append(secondOfDay / 3600, width: 2)
        text += ":"
        append(secondOfDay % 3600 / 60, width: 2)
        text += ":"
        append(secondOfDay % 60, width: 2)
        text += "Z"
        return text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
