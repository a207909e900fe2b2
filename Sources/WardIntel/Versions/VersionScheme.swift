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
        switch self {
        case .generic:
            return GenericVersion.compare(left, right)
        case .semver:
            guard let a = try? SemanticVersion(left), let b = try? SemanticVersion(right) else { return nil }
            return a == b ? .same : (a < b ? .before : .after)
        case .pep440:
            guard let a = try? PEP440Version(left), let b = try? PEP440Version(right) else { return nil }
            return PEP440Version.compare(a, b)
        case .debian:
            guard let a = try? DebianVersion(left), let b = try? DebianVersion(right) else { return nil }
            return DebianVersion.compare(a, b)
        }
    }

    /// Checks that `version` is valid under this scheme.
    ///
    /// - Throws: ``WardError`` `invalidInput` saying why it is not; ``generic`` accepts every string.
    public func validate(_ version: String) throws {
        switch self {
        case .generic: break
        case .semver: _ = try SemanticVersion(version)
        case .pep440: _ = try PEP440Version(version)
        case .debian: _ = try DebianVersion(version)
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
