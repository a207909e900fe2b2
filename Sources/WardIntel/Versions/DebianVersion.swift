import WardCore

/// A Debian package version, `[epoch:]upstream_version[-debian_revision]`, ordered the way dpkg orders them.
///
/// Debian and Ubuntu security trackers, OSV's `Debian` and `Ubuntu` ecosystems and the `deb` purls in an SBOM of a
/// Debian host all use this order, whose surprises decide whether a package is fixed: a tilde sorts before
/// everything, even the end of the version (`1.0~rc1 < 1.0`), letters sort before other characters
/// (`1.0a < 1.0+`), runs of digits compare as numbers, and the epoch outranks the rest (`1:0.9 > 2.0`). A missing
/// revision compares like `0`.
public struct DebianVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The epoch, 0 when the version has none; it outranks the rest.
    public var epoch: Int
    /// The upstream version, as the software's authors number it.
    public var upstream: String
    /// The Debian revision, empty when the version has none (a native package).
    public var revision: String

    /// Parses a version as dpkg does, with its checks.
    ///
    /// - Throws: ``WardError`` `invalidInput` when the epoch is not a number, the upstream version is empty or does
    ///   not start with a digit, the revision after the last `-` is empty, or a part holds a character dpkg refuses
    ///   there.
    public init(_ text: String) throws {
        var rest = Substring(text).utf8[...]
        while let first = rest.first, Self.isSpace(first) { rest = rest.dropFirst() }
        while let last = rest.last, Self.isSpace(last) { rest = rest.dropLast() }
        guard !rest.isEmpty else { throw Self.invalid(text, "it is empty") }
        if rest.contains(where: Self.isSpace) {
            throw Self.invalid(text, "it contains a space")
        }
        epoch = 0
        if let colon = rest.firstIndex(of: UInt8(ascii: ":")) {
            let epochText = rest[..<colon]
            guard !epochText.isEmpty, epochText.allSatisfy(Self.isDigit) else {
                throw Self.invalid(text, "the epoch '\(Substring(epochText))' before ':' is not a number")
            }
            guard epochText.count <= 9, let value = Int(Substring(epochText)) else {
                throw Self.invalid(text, "the epoch '\(Substring(epochText))' is too large")
            }
            epoch = value
            rest = rest[rest.index(after: colon)...]
            guard !rest.isEmpty else { throw Self.invalid(text, "nothing follows the epoch") }
        }
        var upstreamBytes = rest
        var revisionBytes = rest[rest.endIndex...]
        if let hyphen = rest.lastIndex(of: UInt8(ascii: "-")) {
            upstreamBytes = rest[..<hyphen]
            revisionBytes = rest[rest.index(after: hyphen)...]
            guard !revisionBytes.isEmpty else {
                throw Self.invalid(text, "the Debian revision after the last '-' is empty")
            }
        }
        guard let first = upstreamBytes.first else { throw Self.invalid(text, "the upstream version is empty") }
        guard Self.isDigit(first) else {
            throw Self.invalid(text, "the upstream version '\(Substring(upstreamBytes))' does not start with a digit")
        }
        if let bad = upstreamBytes.firstIndex(where: { !Self.isAllowed($0, extra: ".-+~:") }) {
            throw Self.invalid(
                text,
                "the upstream version contains '\(Self.character(at: bad, in: text))', which dpkg does not allow"
            )
        }
        if let bad = revisionBytes.firstIndex(where: { !Self.isAllowed($0, extra: ".+~") }) {
            throw Self.invalid(
                text,
                "the Debian revision contains '\(Self.character(at: bad, in: text))', which dpkg does not allow"
            )
        }
        upstream = String(Substring(upstreamBytes))
        revision = String(Substring(revisionBytes))
    }

    /// The version as dpkg prints it: the epoch only when it is not 0.
    public var description: String {
        (epoch == 0 ? "" : "\(epoch):") + upstream + (revision.isEmpty ? "" : "-\(revision)")
    }

    public static func == (left: DebianVersion, right: DebianVersion) -> Bool { compare(left, right) == .same }

    public func hash(into hasher: inout Hasher) {
        // Versions that compare equal may be spelled differently (`1.01` and `1.1`), so only the epoch is hashed.
        hasher.combine(epoch)
    }

    public static func < (left: DebianVersion, right: DebianVersion) -> Bool { compare(left, right) == .before }

    /// Orders two versions by dpkg's rules: epoch, then upstream version, then revision.
    public static func compare(_ left: DebianVersion, _ right: DebianVersion) -> GenericVersion.Order {
        if left.epoch != right.epoch { return left.epoch < right.epoch ? .before : .after }
        let upstream = compareParts(left.upstream, right.upstream)
        if upstream != .same { return upstream }
        return compareParts(left.revision, right.revision)
    }

    /// dpkg's comparison of one part: alternating runs of non-digits (compared character by character with
    /// ``weight(_:)``) and digits (compared as numbers).
    static func compareParts(_ left: String, _ right: String) -> GenericVersion.Order {
        var a = left.utf8[...]
        var b = right.utf8[...]
        while !a.isEmpty || !b.isEmpty {
            while (!a.isEmpty && !isDigit(a.first!)) || (!b.isEmpty && !isDigit(b.first!)) {
                let x = a.first.flatMap { isDigit($0) ? nil : $0 }
                let y = b.first.flatMap { isDigit($0) ? nil : $0 }
                let wx = weight(x)
                let wy = weight(y)
                if wx != wy { return wx < wy ? .before : .after }
                if x != nil { a = a.dropFirst() }
                if y != nil { b = b.dropFirst() }
            }
            while a.first == 0x30 { a = a.dropFirst() }
            while b.first == 0x30 { b = b.dropFirst() }
            var firstDifference = GenericVersion.Order.same
            while let x = a.first, isDigit(x), let y = b.first, isDigit(y) {
                if firstDifference == .same, x != y { firstDifference = x < y ? .before : .after }
                a = a.dropFirst()
                b = b.dropFirst()
            }
            if let x = a.first, isDigit(x) { return .after }
            if let y = b.first, isDigit(y) { return .before }
            if firstDifference != .same { return firstDifference }
        }
        return .same
    }

    /// The sort weight of one non-digit character, or of the end of a run (nil): tilde first, then the end, then
    /// letters, then everything else.
    private static func weight(_ byte: UInt8?) -> Int {
        guard let byte else { return 0 }
        if byte == UInt8(ascii: "~") { return -1 }
        if isLetter(byte) { return Int(byte) }
        return Int(byte) + 256
    }

    private static func isAllowed(_ byte: UInt8, extra: StaticString) -> Bool {
        if isDigit(byte) || isLetter(byte) { return true }
        return extra.withUTF8Buffer { $0.contains(byte) }
    }

    private static func character(at index: String.UTF8View.Index, in text: String) -> Character {
        text[index...].first ?? " "
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func invalid(_ text: String, _ reason: String) -> WardError {
        WardError(.invalidInput, "'\(text)' is not a Debian version: \(reason)", location: "version '\(text)'")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
