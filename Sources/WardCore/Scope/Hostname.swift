/// A validated DNS hostname in normal form: lowercase ASCII, without a trailing dot.
///
/// The rules are those of RFC 1123 host names: one or more labels separated by dots, each 1 to 63 letters, digits
/// or hyphens that neither start nor end with a hyphen, and at most 253 characters in all. One trailing dot (the
/// fully qualified form `ehr.clinic.example.`) is removed. A name whose last label is all digits is rejected because
/// it is an IP address written as a name; declare addresses as addresses so that address rules apply to them.
/// Internationalized names must be written in their ASCII form (`xn--...`).
///
/// ```swift
/// try Hostname("EHR.Clinic.Example.").description  // "ehr.clinic.example"
/// ```
public struct Hostname: Hashable, Sendable {
    /// The normalized name, such as `ehr.clinic.example`.
    public let name: String

    /// The longest host name DNS allows, in characters, without a trailing dot.
    public static let maximumLength = 253
    /// The longest label DNS allows, in characters.
    public static let maximumLabelLength = 63

    /// Validates and normalizes a host name.
    ///
    /// Surrounding whitespace is ignored.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) whose message names the rule the text breaks.
    public init(_ text: String) throws {
        let trimmed = text.trimmingScopeWhitespace()
        let name = trimmed.hasSuffix(".") ? trimmed.dropLast() : trimmed
        guard !name.isEmpty else {
            throw WardError(.invalidInput, "the host name is empty; write a name such as ehr.clinic.example")
        }
        try Self.validate(name.lowercased(), original: trimmed)
        self.name = name.lowercased()
    }

    /// The labels of the name from left to right: `["ehr", "clinic", "example"]`.
    public var labels: [Substring] {
        name.split(separator: ".", omittingEmptySubsequences: false)
    }

    /// Checks a lowercased name without a trailing dot against the host name rules.
    static func validate(_ name: String, original: Substring) throws {
        func failure(_ detail: String) -> WardError {
            WardError(.invalidInput, "\(original) is not a valid host name: \(detail)")
        }
        guard name.utf8.count <= maximumLength else {
            throw failure("it is \(name.utf8.count) characters long; a host name has at most \(maximumLength)")
        }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty else {
                throw failure("it has an empty label (two dots in a row, or a leading dot)")
            }
            guard label.utf8.count <= maximumLabelLength else {
                throw failure(
                    "the label '\(label)' is \(label.utf8.count) characters long; a label has at most "
                        + "\(maximumLabelLength)"
                )
            }
            if let bad = label.first(where: { !($0.isASCIILetterOrDigit || $0 == "-") }) {
                if bad.asciiValue == nil {
                    throw failure(
                        "'\(bad)' is not an ASCII letter, digit or hyphen; "
                            + "write an internationalized name in its ASCII form (xn--...)"
                    )
                }
                throw failure("'\(bad)' is not allowed; a label has only letters, digits and hyphens")
            }
            guard label.first != "-", label.last != "-" else {
                throw failure("the label '\(label)' starts or ends with a hyphen")
            }
        }
        if let top = labels.last, top.allSatisfy(\.isASCIIDigit) {
            throw failure("it looks like an IP address; declare addresses as addresses, not host names")
        }
    }
}

extension Hostname: Comparable {
    /// Orders host names alphabetically by their normalized text.
    public static func < (lhs: Hostname, rhs: Hostname) -> Bool {
        lhs.name < rhs.name
    }
}

extension Hostname: CustomStringConvertible {
    /// The normalized name.
    public var description: String { name }
}

extension Hostname: TextCodable {}

extension Character {
    /// Whether this is an ASCII letter or digit.
    var isASCIILetterOrDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }
}
