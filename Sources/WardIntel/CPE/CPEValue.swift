import WardCore

/// One attribute of a ``CPEName``: any value (`*`), not applicable (`-`), or a value that may carry the wildcards
/// `*` (any run of characters) and `?` (one character) at its ends.
public enum CPEValue: Sendable, Hashable, CustomStringConvertible {
    case any
    case notApplicable
    /// The logical value with escapes removed and no wildcard.
    case value(String)
    /// A value with unescaped wildcards; the string keeps `*` and `?` as wildcards and the other characters as
    /// themselves (the escapes are gone).
    case pattern(String)

    /// Reads one attribute of a 2.3 formatted string.
    init(formatted field: String) throws {
        switch field {
        case "*":
            self = .any
            return
        case "-":
            self = .notApplicable
            return
        case "":
            throw WardError(.invalidInput, "it is empty (use * for any or - for not applicable)")
        default:
            break
        }
        var logical = ""
        var hasWildcard = false
        var escaped = false
        let characters = Array(field)
        for (index, character) in characters.enumerated() {
            if escaped {
                logical.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\":
                escaped = true
            case "*", "?":
                // Wildcards are allowed only at the beginning or the end (a run of ? counts as one place).
                let atStart = characters[..<index].allSatisfy { $0 == "?" || $0 == "*" }
                let atEnd = characters[(index + 1)...].allSatisfy { $0 == "?" || $0 == "*" }
                guard atStart || atEnd else {
                    throw WardError(.invalidInput, "'\(field)' has an unescaped \(character) inside the value")
                }
                hasWildcard = true
                logical.append(character)
            default:
                logical.append(character)
            }
        }
        self = hasWildcard ? .pattern(logical) : .value(logical)
    }

    /// Reads one attribute of a 2.2 URI, where an empty field means any, `-` means not applicable and `%xx`
    /// percent-encodes special characters.
    init(uri field: String) {
        switch field {
        case "", "*":
            self = .any
        case "-":
            self = .notApplicable
        default:
            self = .value(field.removingPercentEncodingIfPossible)
        }
    }

    /// The attribute written back in 2.3 formatted-string form, with the characters that need it escaped.
    public var formatted: String {
        switch self {
        case .any: return "*"
        case .notApplicable: return "-"
        case .value(let text): return Self.escape(text, keepingWildcards: false)
        case .pattern(let text): return Self.escape(text, keepingWildcards: true)
        }
    }

    public var description: String { formatted }

    /// The value as written (escapes removed), or nil for any and not applicable.
    public var text: String? {
        switch self {
        case .value(let text), .pattern(let text): text
        case .any, .notApplicable: nil
        }
    }

    static func escape(_ text: String, keepingWildcards: Bool) -> String {
        var result = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                result.append(character)
            } else if keepingWildcards, character == "*" || character == "?" {
                result.append(character)
            } else {
                result.append("\\")
                result.append(character)
            }
        }
        return result
    }

    /// Whether this attribute, as a source (an NVD match criterion), covers `target` (an attribute of a product
    /// that Ward knows about). Comparison ignores case, as NVD does.
    ///
    /// An unknown target (any) is covered by every source: the product does not say, so it cannot rule the
    /// vulnerability out. Versions are compared separately (``CPEMatcher``), with version ordering.
    public func covers(_ target: CPEValue) -> Bool {
        switch (self, target) {
        case (.any, _):
            return true
        case (_, .any):
            return true
        case (.notApplicable, .notApplicable):
            return true
        case (.notApplicable, _), (_, .notApplicable):
            return false
        case (.value(let a), .value(let b)):
            return a.caseInsensitiveEquals(b)
        case (.pattern(let pattern), .value(let value)):
            return Self.wildcardMatch(pattern: Array(pattern.lowercased()), value: Array(value.lowercased()))
        case (.value(let value), .pattern(let pattern)):
            return Self.wildcardMatch(pattern: Array(pattern.lowercased()), value: Array(value.lowercased()))
        case (.pattern(let a), .pattern(let b)):
            return a.caseInsensitiveEquals(b)
        }
    }

    /// Matches a pattern whose wildcards sit at its ends: `*` any run, `?` exactly one character.
    static func wildcardMatch(pattern: [Character], value: [Character]) -> Bool {
        // A small backtracking matcher is enough: patterns are a few characters long.
        func match(_ p: Int, _ v: Int) -> Bool {
            if p == pattern.count { return v == value.count }
            switch pattern[p] {
            case "*":
                var next = v
                while true {
                    if match(p + 1, next) { return true }
                    if next == value.count { return false }
                    next += 1
                }
            case "?":
                return v < value.count && match(p + 1, v + 1)
            default:
                return v < value.count && pattern[p] == value[v] && match(p + 1, v + 1)
            }
        }
        return match(0, 0)
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        if self == other { return true }
        return utf8.count == other.utf8.count && lowercased() == other.lowercased()
    }

    /// Decodes `%xx` escapes; leaves the text as it was when an escape is malformed.
    var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else if byte == UInt8(ascii: "%") {
                return self
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
