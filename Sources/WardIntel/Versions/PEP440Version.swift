import WardCore

/// A Python package version as PEP 440 defines it: `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`.
///
/// PyPI and the OSV `PyPI` ecosystem order versions this way, and the rule differs from ``GenericVersion`` exactly
/// where advisories draw their lines: a developmental release comes before the pre-releases of the same version
/// (`1.0.dev0 < 1.0a1`), a post-release after the release (`1.0 < 1.0.post1`), and an epoch outranks everything
/// (`1!0.1 > 2.0`). Parsing accepts the alternative spellings PEP 440 lists and normalizes them: case is ignored,
/// a leading `v` is dropped, `alpha`/`beta`/`c`/`pre`/`preview` become `a`/`b`/`rc`/`rc`, `-`, `_` and `.` may
/// separate the parts or be left out (`1.0RC1`, `1.0-post1`, `1.0_dev`), a missing number means 0, `rev` and `r`
/// mean `post`, and `1.0-1` is the post-release `1.0.post1`. ``description`` gives the normalized form.
public struct PEP440Version: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kind of a pre-release, in their order.
    public enum PrereleaseKind: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
        case alpha, beta, releaseCandidate

        public var description: String {
            switch self {
            case .alpha: "a"
            case .beta: "b"
            case .releaseCandidate: "rc"
            }
        }

        public static func < (left: PrereleaseKind, right: PrereleaseKind) -> Bool { left.rawValue < right.rawValue }
    }

    /// One part of a local version label: numbers sort after words and compare numerically.
    public enum LocalSegment: Sendable, Hashable, Comparable, CustomStringConvertible {
        case number(Int)
        case word(String)

        public var description: String {
            switch self {
            case .number(let value): String(value)
            case .word(let text): text
            }
        }

        public static func < (left: LocalSegment, right: LocalSegment) -> Bool {
            switch (left, right) {
            case (.number(let a), .number(let b)): a < b
            case (.word, .number): true
            case (.number, .word): false
            case (.word(let a), .word(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
            }
        }
    }

    /// The epoch (`1` in `1!2.0`), 0 when absent; it outranks the release numbers.
    public var epoch: Int
    /// The release numbers, as written (`[1, 0]` for `1.0`); trailing zeros do not change the order.
    public var release: [Int]
    /// The pre-release (`rc1` as `(.releaseCandidate, 1)`), nil for none.
    public var prerelease: (kind: PrereleaseKind, number: Int)? {
        get { prereleaseKind.map { ($0, prereleaseNumber) } }
        set {
            prereleaseKind = newValue?.kind
            prereleaseNumber = newValue?.number ?? 0
        }
    }
    /// The post-release number, nil for none.
    public var post: Int?
    /// The developmental release number, nil for none.
    public var dev: Int?
    /// The local version label (`+ubuntu.1` as `[.word("ubuntu"), .number(1)]`); empty when there is none.
    public var local: [LocalSegment]

    private var prereleaseKind: PrereleaseKind?
    private var prereleaseNumber: Int

    /// Parses a version in any spelling PEP 440 accepts.
    ///
    /// - Throws: ``WardError`` `invalidInput` naming the first character that does not fit, and what was expected
    ///   there.
    public init(_ text: String) throws {
        var scanner = Scanner(text: text)
        scanner.skipWhitespace()
        if scanner.peek == UInt8(ascii: "v") { scanner.advance() }

        guard let first = try scanner.number() else {
            throw scanner.invalid("it does not start with a release number")
        }
        var epoch = 0
        var release = [first]
        if scanner.peek == UInt8(ascii: "!") {
            scanner.advance()
            epoch = first
            guard let number = try scanner.number() else {
                throw scanner.invalid("a release number must follow the epoch '\(first)!'")
            }
            release = [number]
        }
        while scanner.peek == UInt8(ascii: "."), scanner.isDigit(at: 1) {
            scanner.advance()
            release.append(try scanner.number()!)
        }
        self.epoch = epoch
        self.release = release
        prereleaseKind = nil
        prereleaseNumber = 0
        post = nil
        dev = nil
        local = []

        // Each optional part may be preceded by one separator; a separator not followed by that part's word is
        // left for the next part.
        if let (kind, length) = scanner.word(after: true, among: Self.prereleaseWords) {
            scanner.advance(by: length)
            prereleaseKind = kind
            prereleaseNumber = try scanner.optionalNumber(separated: true) ?? 0
        }
        if let (_, length) = scanner.word(after: true, among: Self.postWords) {
            scanner.advance(by: length)
            post = try scanner.optionalNumber(separated: true) ?? 0
        } else if scanner.peek == UInt8(ascii: "-"), scanner.isDigit(at: 1) {
            scanner.advance()
            post = try scanner.number()
        }
        if let (_, length) = scanner.word(after: true, among: Self.devWords) {
            scanner.advance(by: length)
            dev = try scanner.optionalNumber(separated: true) ?? 0
        }
        if scanner.peek == UInt8(ascii: "+") {
            scanner.advance()
            local = try scanner.localSegments()
        }
        scanner.skipWhitespace()
        if !scanner.atEnd {
            throw scanner.invalid(
                "unexpected '\(scanner.remainder)'; after the release numbers only a pre-release (a1, b2, rc1), "
                    + "a post-release (.post1), a dev release (.dev1) and a local label (+abc.1) may follow"
            )
        }
    }

    /// The normalized spelling, such as `1!2.0rc1.post2.dev3+local.7`.
    public var description: String {
        var result = epoch == 0 ? "" : "\(epoch)!"
        result += release.map(String.init).joined(separator: ".")
        if let prereleaseKind { result += "\(prereleaseKind)\(prereleaseNumber)" }
        if let post { result += ".post\(post)" }
        if let dev { result += ".dev\(dev)" }
        if !local.isEmpty { result += "+" + local.map(\.description).joined(separator: ".") }
        return result
    }

    /// Whether this is a pre-release or a developmental release, which installers skip unless asked.
    public var isPrerelease: Bool { prereleaseKind != nil || dev != nil }

    public static func == (left: PEP440Version, right: PEP440Version) -> Bool { compare(left, right) == .same }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epoch)
        var trimmed = release[...]
        while trimmed.count > 1, trimmed.last == 0 { trimmed = trimmed.dropLast() }
        hasher.combine(Array(trimmed))
        hasher.combine(prereleaseKind)
        hasher.combine(prereleaseNumber)
        hasher.combine(post)
        hasher.combine(dev)
        hasher.combine(local)
    }

    public static func < (left: PEP440Version, right: PEP440Version) -> Bool { compare(left, right) == .before }

    /// Orders two versions by PEP 440's rules.
    public static func compare(_ left: PEP440Version, _ right: PEP440Version) -> GenericVersion.Order {
        if left.epoch != right.epoch { return left.epoch < right.epoch ? .before : .after }
        for index in 0..<max(left.release.count, right.release.count) {
            let a = index < left.release.count ? left.release[index] : 0
            let b = index < right.release.count ? right.release[index] : 0
            if a != b { return a < b ? .before : .after }
        }
        let order = ordered(left.preKey, right.preKey)
        if order != .same { return order }
        if left.post != right.post { return (left.post ?? -1) < (right.post ?? -1) ? .before : .after }
        if left.dev != right.dev { return (left.dev ?? Int.max) < (right.dev ?? Int.max) ? .before : .after }
        if left.local == right.local { return .same }
        return left.local.lexicographicallyPrecedes(right.local) ? .before : .after
    }

    /// Where the pre-release part places the version among those with the same release: a bare dev release
    /// (`1.0.dev1`) before every pre-release, pre-releases by kind and number, then the release and its
    /// post-releases.
    private var preKey: (Int, Int) {
        if let prereleaseKind { return (prereleaseKind.rawValue, prereleaseNumber) }
        if post == nil, dev != nil { return (-1, 0) }
        return (3, 0)
    }

    private static func ordered(_ a: (Int, Int), _ b: (Int, Int)) -> GenericVersion.Order {
        if a == b { return .same }
        return a < b ? .before : .after
    }

    private static let prereleaseWords: [(String, PrereleaseKind)] = [
        ("alpha", .alpha), ("a", .alpha), ("beta", .beta), ("b", .beta), ("preview", .releaseCandidate),
        ("pre", .releaseCandidate), ("rc", .releaseCandidate), ("c", .releaseCandidate),
    ]
    private static let postWords: [(String, Void)] = [("post", ()), ("rev", ()), ("r", ())]
    private static let devWords: [(String, Void)] = [("dev", ())]

    /// Reads the version's bytes left to right, without allocating per character.
    private struct Scanner {
        let text: String
        let bytes: [UInt8]
        var position = 0

        init(text: String) {
            self.text = text
            bytes = Array(text.utf8)
        }

        var atEnd: Bool { position >= bytes.count }
        var peek: UInt8? { atEnd ? nil : Self.lowercase(bytes[position]) }
        var remainder: String { String(decoding: bytes[min(position, bytes.count)...], as: UTF8.self) }

        mutating func advance(by count: Int = 1) { position += count }

        func isDigit(at offset: Int) -> Bool {
            let index = position + offset
            return index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
        }

        mutating func skipWhitespace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
        }

        mutating func number() throws -> Int? {
            guard isDigit(at: 0) else { return nil }
            var value = 0
            while isDigit(at: 0) {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[position] - 0x30))
                if overflow1 || overflow2 { throw invalid("a number in it is too large") }
                value = sum
                advance()
            }
            return value
        }

        /// A number, optionally preceded by one separator; nil (and nothing consumed) when there is none.
        mutating func optionalNumber(separated: Bool) throws -> Int? {
            if let byte = peek, Self.isSeparator(byte), isDigit(at: 1) { advance() }
            return try number()
        }

        /// The longest of `words` at the current position, after an optional separator, that is not followed by a
        /// letter; returns the value and how many bytes to consume.
        func word<Value>(after separator: Bool, among words: [(String, Value)]) -> (Value, Int)? {
            var start = position
            if start < bytes.count, Self.isSeparator(bytes[start]) { start += 1 }
            for (word, value) in words {
                let end = start + word.utf8.count
                guard end <= bytes.count else { continue }
                guard zip(bytes[start..<end], word.utf8).allSatisfy({ Self.lowercase($0) == $1 }) else { continue }
                if end < bytes.count, Self.isLetter(bytes[end]) { continue }
                return (value, end - position)
            }
            return nil
        }

        mutating func localSegments() throws -> [LocalSegment] {
            var segments: [LocalSegment] = []
            var start = position
            while true {
                while !atEnd, Self.isLetter(bytes[position]) || isDigit(at: 0) { advance() }
                if start == position { throw invalid("the local version label has an empty part") }
                let part = bytes[start..<position]
                if part.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    var value = 0
                    for byte in part {
                        let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                        let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
                        if overflow1 || overflow2 { throw invalid("a number in the local label is too large") }
                        value = sum
                    }
                    segments.append(.number(value))
                } else {
                    segments.append(.word(String(decoding: part.map(Self.lowercase), as: UTF8.self)))
                }
                guard let byte = peek, Self.isSeparator(byte) else { return segments }
                advance()
                start = position
            }
        }

        func invalid(_ reason: String) -> WardError {
            WardError(.invalidInput, "'\(text)' is not a PEP 440 version: \(reason)", location: "version '\(text)'")
        }

        static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        static func isSeparator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
