/// A range of versions as advisories write them, read as far as it can be read by a machine.
///
/// CSAF product trees carry `product_version_range` values in the `vers` notation (`vers:all/>=V11.5.1|<V11.6.2`)
/// and, far more often in real advisories, in a looser shorthand: `< 8.2.2`, `<=1.17.6`, `>= 6.0.0 | <= 6.3.1`,
/// `5.0|5.1`, `11.x`, `<= 1.54 (integrated into GE MobileLink)`. ``parse(_:)`` reads all of these; it returns nil
/// for ranges written in words or dates (`< april 1, 2018`, `All versions with … on Windows`), and the caller then
/// matches by name alone and says so.
public struct VersionRange: Sendable, Hashable, CustomStringConvertible {
    /// One bound or point.
    public enum Constraint: Sendable, Hashable {
        case lessThan(String)
        case lessThanOrEqual(String)
        case greaterThan(String)
        case greaterThanOrEqual(String)
        case equal(String)
        /// `11.x`: every version that starts with these parts.
        case prefix(String)
    }

    /// Alternatives, any of which may hold; each is a set of constraints that must all hold.
    public var alternatives: [[Constraint]]
    /// The range as the advisory wrote it.
    public var text: String

    public var description: String { text }

    /// Whether the range covers every version.
    public var isAll: Bool { alternatives == [[]] }

    /// Reads a range; nil when it is not machine-readable.
    public static func parse(_ text: String) -> VersionRange? {
        var body = text.trimmingSpaces
        if body.lowercased().hasPrefix("vers:") {
            guard let slash = body.firstIndex(of: "/") else { return nil }
            body = String(body[body.index(after: slash)...]).trimmingSpaces
        }
        // A remark in parentheses after the range says where the version comes from, not which.
        if let open = body.firstIndex(of: "("), body.last == ")", open != body.startIndex {
            body = String(body[..<open]).trimmingSpaces
        }
        let lowered = body.lowercased()
        if lowered == "*" || lowered == "all" || lowered == "all versions" {
            return VersionRange(alternatives: [[]], text: text)
        }
        // "A10 < A11": a start and an end around one comparator.
        let words = body.split(separator: " ", omittingEmptySubsequences: true)
        if words.count == 3, ["<", "<="].contains(words[1]), let low = version(words[0]), let high = version(words[2]),
            words[0].first.map({ !"<>=".contains($0) }) == true
        {
            let upper: Constraint = words[1] == "<" ? .lessThan(high) : .lessThanOrEqual(high)
            return VersionRange(alternatives: [[.greaterThanOrEqual(low), upper]], text: text)
        }
        var alternatives: [[Constraint]] = []
        var open: Constraint?
        for token in body.split(separator: "|") {
            guard let constraint = constraint(String(token).trimmingSpaces) else { return nil }
            switch constraint {
            case .greaterThan, .greaterThanOrEqual:
                if let pending = open { alternatives.append([pending]) }
                open = constraint
            case .lessThan, .lessThanOrEqual:
                if let lower = open {
                    alternatives.append([lower, constraint])
                    open = nil
                } else {
                    alternatives.append([constraint])
                }
            case .equal, .prefix:
                if let pending = open {
                    alternatives.append([pending])
                    open = nil
                }
                alternatives.append([constraint])
            }
        }
        if let pending = open { alternatives.append([pending]) }
        return alternatives.isEmpty ? nil : VersionRange(alternatives: alternatives, text: text)
    }

    /// Whether `version` lies in the range, in NVD's version ordering.
    public func contains(_ version: String) -> Bool {
        let version = Self.stripPrefix(version)
        return alternatives.contains { constraints in
            constraints.allSatisfy { Self.holds($0, for: version) }
        }
    }

    static func holds(_ constraint: Constraint, for version: String) -> Bool {
        switch constraint {
        case .lessThan(let bound): GenericVersion.compare(version, bound) == .before
        case .lessThanOrEqual(let bound): GenericVersion.compare(version, bound) != .after
        case .greaterThan(let bound): GenericVersion.compare(version, bound) == .after
        case .greaterThanOrEqual(let bound): GenericVersion.compare(version, bound) != .before
        case .equal(let bound): GenericVersion.compare(version, bound) == .same
        case .prefix(let prefix):
            version == prefix || version.hasPrefix(prefix + ".") || version.hasPrefix(prefix + "-")
        }
    }

    private static func constraint(_ token: String) -> Constraint? {
        let operators: [(String, (String) -> Constraint)] = [
            ("<=", { .lessThanOrEqual($0) }), (">=", { .greaterThanOrEqual($0) }), ("<", { .lessThan($0) }),
            (">", { .greaterThan($0) }), ("=", { .equal($0) }),
        ]
        for (symbol, make) in operators where token.hasPrefix(symbol) {
            let rest = token.dropFirst(symbol.count)
            if rest.lowercased().hasSuffix(".x") {
                // "< 3.x" means before 3.
                guard let version = version(rest.dropLast(2)) else { return nil }
                return make(version)
            }
            return version(rest).map(make)
        }
        if token.lowercased().hasSuffix(".x") {
            return version(token.dropLast(2)).map { .prefix($0) }
        }
        return version(token).map { .equal($0) }
    }

    /// A version token: no spaces inside, at least one digit, and no month names; a leading `V` is dropped.
    private static func version<Text: StringProtocol>(_ raw: Text) -> String? {
        let text = String(raw).trimmingSpaces
        guard !text.isEmpty, !text.contains(" "), !text.contains(","), text.contains(where: \.isNumber)
        else { return nil }
        return stripPrefix(text)
    }

    static func stripPrefix(_ version: String) -> String {
        if let first = version.first, first == "v" || first == "V", version.dropFirst().first?.isNumber == true {
            return String(version.dropFirst())
        }
        return version
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
