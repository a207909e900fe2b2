extension CSAFValidator {
    /// An RFC 3339 date-time reduced to a comparable instant with every fractional digit kept.
    ///
    /// `Date` would round `10:00:00.00010Z` to the nearest representable double, and the standard's test documents
    /// order revisions by exactly such sub-millisecond differences.
    struct Timestamp: Comparable, Hashable {
        var seconds: Int64
        /// The fraction of a second as decimal digits without trailing zeros (`0.00010` becomes `0001`).
        var fraction: String

        init?(_ text: String) {
            let characters = Array(text.utf8)
            func number(_ range: Range<Int>) -> Int? {
                guard range.upperBound <= characters.count else { return nil }
                var value = 0
                for byte in characters[range] {
                    guard byte >= 48, byte <= 57 else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            func byte(_ index: Int) -> UInt8? { index < characters.count ? characters[index] : nil }
            guard let year = number(0..<4), byte(4) == 45, let month = number(5..<7), byte(7) == 45,
                let day = number(8..<10), let separator = byte(10), separator == 84 || separator == 116,
                let hour = number(11..<13), byte(13) == 58, let minute = number(14..<16), byte(16) == 58,
                let second = number(17..<19), (1...12).contains(month), (1...31).contains(day), hour < 24,
                minute < 60, second <= 60
            else { return nil }
            var index = 19
            var digits: [UInt8] = []
            if byte(index) == 46 {
                index += 1
                while let next = byte(index), next >= 48, next <= 57 {
                    digits.append(next)
                    index += 1
                }
                guard !digits.isEmpty else { return nil }
            }
            var offsetSeconds = 0
            switch byte(index) {
            case 90, 122:
                index += 1
            case 43, 45:
                guard let offsetHour = number((index + 1)..<(index + 3)), byte(index + 3) == 58,
                    let offsetMinute = number((index + 4)..<(index + 6))
                else { return nil }
                offsetSeconds = (offsetHour * 60 + offsetMinute) * 60 * (byte(index) == 45 ? -1 : 1)
                index += 6
            default:
                return nil
            }
            guard index == characters.count else { return nil }
            while digits.last == 48 { digits.removeLast() }
            let days = Self.daysSinceEpoch(year: year, month: month, day: day)
            seconds = Int64(days) * 86_400 + Int64(hour * 3_600 + minute * 60 + second - offsetSeconds)
            fraction = String(decoding: digits, as: UTF8.self)
        }

        static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
            if lhs.seconds != rhs.seconds { return lhs.seconds < rhs.seconds }
            // Without trailing zeros, comparing the digit strings compares the fractions.
            return lhs.fraction.lexicographicallyPrecedes(rhs.fraction)
        }

        /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's civil-days algorithm).
        private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
            let shiftedYear = month <= 2 ? year - 1 : year
            let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
            let yearOfEra = shiftedYear - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }
    }
}
