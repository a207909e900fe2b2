/// Orders the free-form version strings found in NVD configurations, CPE names, CSAF product trees and device
/// firmware labels (`5.4.0`, `10.4.3`, `9.8p1`, `2.4.49`, `V2.1 SP3`, `5.5.4-stable`).
///
/// The rule, chosen to agree with how NVD ranges are written:
/// - a version is split into runs of digits and runs of letters; every other character separates;
/// - runs of digits compare as numbers (`10` after `9`, `010` equal to `10`);
/// - runs of letters compare without regard to case;
/// - a missing part equals `0` against a number, so `1.2` equals `1.2.0`;
/// - against letters, a missing part comes *after* a pre-release word (`1.0rc1` before `1.0`) and *before* anything
///   else (`9.8` before `9.8p1`); the words `stable`, `release`, `final` and `ga` count as nothing (`5.4.0-stable`
///   equals `5.4.0`);
/// - a number comes after letters in the same place (`1.0.beta` before `1.0.1`).
public enum GenericVersion {
    enum Part: Equatable {
        case number(Substring)
        case word(String)
    }

    static let prereleaseWords: Set<String> = [
        "alpha", "a", "beta", "b", "rc", "pre", "preview", "dev", "snapshot", "m",
    ]
    static let neutralWords: Set<String> = ["stable", "release", "final", "ga"]

    /// Compares two versions; returns `.orderedSame` for versions that the rule treats as equal.
    public static func compare(_ left: String, _ right: String) -> Order {
        let a = parts(left)
        let b = parts(right)
        for index in 0..<max(a.count, b.count) {
            let order = compare(index < a.count ? a[index] : nil, index < b.count ? b[index] : nil)
            if order != .same { return order }
        }
        return .same
    }

    /// The result of a comparison.
    public enum Order: Sendable, Hashable {
        case before, same, after
    }

    static func parts(_ version: String) -> [Part] {
        var result: [Part] = []
        var current = version.utf8.startIndex
        let utf8 = version.utf8
        let text = Substring(version)
        while current < utf8.endIndex {
            let byte = utf8[current]
            if isDigit(byte) {
                let start = current
                while current < utf8.endIndex, isDigit(utf8[current]) { current = utf8.index(after: current) }
                result.append(.number(text[start..<current]))
            } else if isLetter(byte) {
                let start = current
                while current < utf8.endIndex, isLetter(utf8[current]) { current = utf8.index(after: current) }
                let word = text[start..<current].lowercased()
                if !neutralWords.contains(word) { result.append(.word(word)) }
            } else {
                current = utf8.index(after: current)
            }
        }
        // Trailing zeros carry no meaning: 1.2.0 is 1.2.
        while case .number(let digits)? = result.last, digits.allSatisfy({ $0 == "0" }) { result.removeLast() }
        return result
    }

    static func compare(_ left: Part?, _ right: Part?) -> Order {
        switch (left, right) {
        case (nil, nil):
            return .same
        case (.number(let a)?, .number(let b)?):
            return compareDigits(a, b)
        case (.word(let a)?, .word(let b)?):
            return a == b ? .same : (a < b ? .before : .after)
        case (.number?, .word?):
            return .after
        case (.word?, .number?):
            return .before
        case (.number(let a)?, nil):
            return a.allSatisfy { $0 == "0" } ? .same : .after
        case (nil, .number(let b)?):
            return b.allSatisfy { $0 == "0" } ? .same : .before
        case (.word(let a)?, nil):
            return prereleaseWords.contains(a) ? .before : .after
        case (nil, .word(let b)?):
            return prereleaseWords.contains(b) ? .after : .before
        }
    }

    static func compareDigits(_ a: Substring, _ b: Substring) -> Order {
        let x = a.drop { $0 == "0" }
        let y = b.drop { $0 == "0" }
        if x.count != y.count { return x.count < y.count ? .before : .after }
        if x == y { return .same }
        return x < y ? .before : .after
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
