/// A host name in a scope: an exact name (`ehr.clinic.example`) or a wildcard (`*.clinic.example`).
///
/// A wildcard pattern has `*` as its whole first label and matches every name below the rest of the pattern, at any
/// depth: `*.clinic.example` matches `ehr.clinic.example` and `pacs.radiology.clinic.example`, but not
/// `clinic.example` itself and not `otherclinic.example`. Declare the apex separately when it is in scope too.
/// Matching ignores case and one trailing dot.
///
/// ```swift
/// let pattern = try HostnamePattern("*.clinic.example")
/// pattern.matches("PACS.Radiology.clinic.example.")  // true
/// pattern.matches("clinic.example")                   // false
/// ```
public struct HostnamePattern: Hashable, Sendable {
    /// The name that the pattern matches exactly, or, for a wildcard, the name below which it matches.
    public let domain: Hostname
    /// Whether the pattern is a wildcard (`*.domain`) rather than one exact name.
    public let isWildcard: Bool

    /// Creates a pattern for an exact name, or for every name below `domain` when `isWildcard` is true.
    public init(domain: Hostname, isWildcard: Bool) {
        self.domain = domain
        self.isWildcard = isWildcard
    }

    /// Parses an exact host name or a wildcard such as `*.clinic.example`.
    ///
    /// Surrounding whitespace is ignored.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when the name breaks a host name rule (see
    ///   ``Hostname``), when `*` appears anywhere but as the whole first label, or when the pattern is `*` alone.
    public init(_ text: String) throws {
        let trimmed = text.trimmingScopeWhitespace()
        if trimmed == "*" || trimmed == "*." {
            throw WardError(
                .invalidInput,
                "\(trimmed) would match every host name; name the domain, as in *.clinic.example"
            )
        }
        let isWildcard = trimmed.hasPrefix("*.")
        let rest = isWildcard ? trimmed.dropFirst(2) : trimmed
        if rest.contains("*") {
            throw WardError(
                .invalidInput,
                "\(trimmed) has '*' in the wrong place; a wildcard may only be the whole first label, "
                    + "as in *.clinic.example"
            )
        }
        self.init(domain: try Hostname(String(rest)), isWildcard: isWildcard)
    }

    /// Whether `hostname` matches the pattern. A name that is not a valid host name never matches.
    public func matches(_ hostname: String) -> Bool {
        guard let name = try? Hostname(hostname) else { return false }
        return matches(name)
    }

    /// Whether `hostname` matches the pattern.
    public func matches(_ hostname: Hostname) -> Bool {
        guard isWildcard else { return hostname == domain }
        // A proper subdomain ends with "." followed by the domain; this also rules out "otherclinic.example".
        return hostname.name.hasSuffix("." + domain.name)
    }
}

extension HostnamePattern: CustomStringConvertible {
    /// The pattern as written in a scope, such as `*.clinic.example`.
    public var description: String { isWildcard ? "*." + domain.name : domain.name }
}

extension HostnamePattern: TextCodable {}
