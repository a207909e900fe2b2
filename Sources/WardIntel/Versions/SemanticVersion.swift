import WardCore

/// A version under Semantic Versioning 2.0.0 (semver.org): `MAJOR.MINOR.PATCH`, an optional pre-release after `-`
/// and optional build metadata after `+`.
///
/// npm, Go modules, crates.io and OSV `SEMVER` ranges order versions this way, which differs from the free-form
/// ``GenericVersion`` rule where it matters for vulnerability ranges: `1.0.0-alpha.beta` comes after `1.0.0-alpha.1`
/// because a word outranks a number, and build metadata (`1.0.0+20130313`) takes no part in precedence. A leading
/// `v` or `V` (`v1.2.3`, as Go writes them) is accepted and dropped.
///
/// Equality and hashing follow precedence, so `1.0.0+a == 1.0.0+b`; ``build`` keeps the metadata for display.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One dot-separated part of a pre-release: numbers compare numerically and before any word.
    public enum Identifier: Sendable, Hashable, Comparable, CustomStringConvertible {
        case number(UInt64)
        case word(String)

        public var description: String {
            switch self {
            case .number(let value): String(value)
            case .word(let text): text
            }
        }

        public static func < (left: Identifier, right: Identifier) -> Bool {
            switch (left, right) {
            case (.number(let a), .number(let b)): a < b
            case (.number, .word): true
            case (.word, .number): false
            // Identifiers are ASCII, so comparing the UTF-8 bytes is the spec's "lexically in ASCII sort order".
            case (.word(let a), .word(let b)): a.utf8.lexicographicallyPrecedes(b.utf8)
            }
        }
    }

    /// The major version: incompatible API changes.
    public var major: UInt64
    /// The minor version: added functionality.
    public var minor: UInt64
    /// The patch version: bug fixes.
    public var patch: UInt64
    /// The pre-release identifiers; empty for a normal release, which comes after all of its pre-releases.
    public var prerelease: [Identifier]
    /// The build metadata identifiers, ignored when ordering.
    public var build: [String]

    /// Creates a version from its parts.
    public init(
        major: UInt64,
        minor: UInt64,
        patch: UInt64,
        prerelease: [Identifier] = [],
        build: [String] = []
    ) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    /// Parses a version such as `1.0.0-rc.1+build.5` or `v2.3.4`.
    ///
    /// - Throws: ``WardError`` `invalidInput` naming the part that breaks the grammar (a missing patch number, a
    ///   leading zero, an empty identifier, a character outside `[0-9A-Za-z-]`).
    public init(_ text: String) throws {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V") {
            bytes = bytes.dropFirst()
        }
        let buildStart = bytes.firstIndex(of: UInt8(ascii: "+"))
        let core = buildStart.map { bytes[..<$0] } ?? bytes
        let prereleaseStart = core.firstIndex(of: UInt8(ascii: "-"))
        let numbers = prereleaseStart.map { core[..<$0] } ?? core

        let parts = numbers.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw Self.invalid(
                text,
                "it has \(parts.count) dot-separated number\(parts.count == 1 ? "" : "s") before any '-' or '+'; "
                    + "semantic versions have exactly three (MAJOR.MINOR.PATCH)"
            )
        }
        major = try Self.number(parts[0], text: text, what: "the major version")
        minor = try Self.number(parts[1], text: text, what: "the minor version")
        patch = try Self.number(parts[2], text: text, what: "the patch version")

        let prereleaseText = prereleaseStart.map { core[core.index(after: $0)...] }
        let buildText = buildStart.map { bytes[bytes.index(after: $0)...] }
        prerelease = []
        for part in try Self.identifiers(prereleaseText, text: text, what: "pre-release") {
            if part.allSatisfy(Self.isDigit) {
                prerelease.append(.number(try Self.number(part, text: text, what: "a numeric pre-release identifier")))
            } else {
                prerelease.append(.word(String(decoding: part, as: UTF8.self)))
            }
        }
        build = try Self.identifiers(buildText, text: text, what: "build metadata").map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// The version in semver notation, with build metadata and without a leading `v`.
    public var description: String {
        var result = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { result += "-" + prerelease.map(\.description).joined(separator: ".") }
        if !build.isEmpty { result += "+" + build.joined(separator: ".") }
        return result
    }

    public static func == (left: SemanticVersion, right: SemanticVersion) -> Bool {
        left.major == right.major && left.minor == right.minor && left.patch == right.patch
            && left.prerelease == right.prerelease
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(prerelease)
    }

    public static func < (left: SemanticVersion, right: SemanticVersion) -> Bool {
        if left.major != right.major { return left.major < right.major }
        if left.minor != right.minor { return left.minor < right.minor }
        if left.patch != right.patch { return left.patch < right.patch }
        switch (left.prerelease.isEmpty, right.prerelease.isEmpty) {
        case (true, true), (true, false): return false
        case (false, true): return true
        case (false, false): return left.prerelease.lexicographicallyPrecedes(right.prerelease)
        }
    }

    private static func identifiers(
        _ bytes: Substring.UTF8View.SubSequence?,
        text: String,
        what: String
    ) throws
        -> [Substring.UTF8View.SubSequence]
    {
        guard let bytes else { return [] }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for part in parts {
            if part.isEmpty {
                throw invalid(text, "the \(what) has an empty identifier; identifiers between dots must not be empty")
            }
            if let bad = part.first(where: { !isDigit($0) && !isLetter($0) && $0 != UInt8(ascii: "-") }) {
                throw invalid(
                    text,
                    "the \(what) contains '\(Character(Unicode.Scalar(bad)))'; only letters, digits and '-' are allowed"
                )
            }
        }
        return parts
    }

    private static func number(
        _ part: Substring.UTF8View.SubSequence,
        text: String,
        what: @autoclosure () -> String
    ) throws -> UInt64 {
        guard !part.isEmpty else { throw invalid(text, "\(what()) is missing") }
        guard part.allSatisfy(isDigit) else {
            throw invalid(text, "\(what()) '\(String(decoding: part, as: UTF8.self))' is not a number")
        }
        if part.count > 1, part.first == UInt8(ascii: "0") {
            throw invalid(text, "\(what()) '\(String(decoding: part, as: UTF8.self))' has a leading zero")
        }
        var value: UInt64 = 0
        for byte in part {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            if overflow1 || overflow2 { throw invalid(text, "\(what()) is too large") }
            value = sum
        }
        return value
    }

    private static func invalid(_ text: String, _ reason: String) -> WardError {
        WardError(.invalidInput, "'\(text)' is not a semantic version: \(reason)", location: "version '\(text)'")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
