import WardCore

/// The rule by which the versions of one ecosystem are ordered.
///
/// A vulnerability range is only meaningful under its ecosystem's rule (`1.0.dev0` is before `1.0a1` on PyPI, and
/// `1.0~rc1` before `1.0` on Debian, but ``GenericVersion`` would put both the other way), so matching picks the
/// scheme from the purl type or the OSV ecosystem and says which one decided. npm, Go, Cargo and Composer map to
/// ``semver``; Maven and NuGet, whose versions are rarely strict semver (`2.13.4.2`), and every ecosystem without
/// a scheme of its own use ``generic``.
public enum VersionScheme: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// ``GenericVersion``: NVD-style free-form versions; every string has a place.
    case generic
    /// ``SemanticVersion``: semver 2.0.0 precedence.
    case semver
    /// ``PEP440Version``: Python packages.
    case pep440
    /// ``DebianVersion``: dpkg's order.
    case debian

    /// The scheme's name as a person reads it in a match reason: `PEP 440`, `semver`, `Debian`, `generic`.
    public var description: String {
        switch self {
        case .generic: "generic"
        case .semver: "semver"
        case .pep440: "PEP 440"
        case .debian: "Debian"
        }
    }

    /// Orders two versions under this scheme; nil when either is not a valid version here (use ``validate(_:)``
    /// for the reason).
    public func compare(_ left: String, _ right: String) -> GenericVersion.Order? {
        guard let a = try? parse(left), let b = try? parse(right) else { return nil }
        return Self.order(a, b)
    }

    /// Checks that `version` is valid under this scheme.
    ///
    /// - Throws: ``WardError`` `invalidInput` saying why it is not; ``generic`` accepts every string.
    public func validate(_ version: String) throws {
        _ = try parse(version)
    }

    /// A quick test that two spellings are not equal under this scheme, without parsing them: versions that are
    /// equal under PEP 440, semver (before build metadata) and Debian have the same non-zero digits in the same
    /// order, because their numbers compare by value. False means not equal; true means "parse and compare".
    func mightBeEqual(_ left: String, _ right: String) -> Bool {
        let stop: UInt8? = self == .semver ? UInt8(ascii: "+") : nil
        var a = left.utf8.makeIterator()
        var b = right.utf8.makeIterator()
        func next(_ iterator: inout String.UTF8View.Iterator) -> UInt8? {
            while let byte = iterator.next() {
                if byte == stop { return nil }
                if byte >= 0x31 && byte <= 0x39 { return byte }
            }
            return nil
        }
        while true {
            let x = next(&a)
            let y = next(&b)
            if x != y { return false }
            if x == nil { return true }
        }
    }

    /// A version parsed once under a scheme, so that comparing it with many others parses nothing again.
    enum Parsed: Sendable, Hashable {
        case generic(String)
        case semver(SemanticVersion)
        case pep440(PEP440Version)
        case debian(DebianVersion)
    }

    func parse(_ version: String) throws -> Parsed {
        switch self {
        case .generic: .generic(version)
        case .semver: .semver(try SemanticVersion(version))
        case .pep440: .pep440(try PEP440Version(version))
        case .debian: .debian(try DebianVersion(version))
        }
    }

    /// Orders two parsed versions; nil when they were parsed under different schemes.
    static func order(_ left: Parsed, _ right: Parsed) -> GenericVersion.Order? {
        switch (left, right) {
        case (.generic(let a), .generic(let b)): GenericVersion.compare(a, b)
        case (.semver(let a), .semver(let b)): a == b ? .same : (a < b ? .before : .after)
        case (.pep440(let a), .pep440(let b)): PEP440Version.compare(a, b)
        case (.debian(let a), .debian(let b)): DebianVersion.compare(a, b)
        default: nil
        }
    }

    /// The scheme for a purl type (`pypi`, `npm`, `deb` …), compared without regard to case.
    public static func scheme(forPurlType type: String) -> VersionScheme {
        switch type.lowercased() {
        case "pypi": .pep440
        case "npm", "golang", "cargo", "composer", "hex", "pub", "swift": .semver
        case "deb": .debian
        default: .generic
        }
    }

    /// The scheme for an OSV ecosystem (`PyPI`, `npm`, `Debian:12` …); a release suffix after `:` is ignored.
    public static func scheme(forOSVEcosystem ecosystem: String) -> VersionScheme {
        let base = ecosystem.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ecosystem
        switch base {
        case "PyPI": return .pep440
        case "npm", "Go", "crates.io", "Packagist", "Hex", "Pub", "SwiftURL": return .semver
        case "Debian", "Ubuntu": return .debian
        default: return .generic
        }
    }
}
