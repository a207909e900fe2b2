/// One line of an organization's scan scope: a block, range or host name that is included in or excluded from it.
///
/// ```swift
/// let entry = try ScopeEntry.parse("10.9.0.0/16", kind: .exclude, note: "PACS, managed by the vendor")
/// entry.target.text  // "10.9.0.0/16"
/// ```
public struct ScopeEntry: Hashable, Sendable, Codable {
    /// Whether an entry adds targets to the scope or takes them out.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// The entry's targets may be scanned, unless an exclusion also covers them.
        case include
        /// The entry's targets must never be scanned; an exclusion always wins over an inclusion.
        case exclude

        /// The kind as a word: `include` or `exclude`.
        public var description: String { rawValue }
    }

    /// What an entry covers.
    ///
    /// A target encodes as its text form (``text``), the same text that ``ScopeEntry/parse(_:kind:note:)`` reads.
    public enum Target: Hashable, Sendable {
        /// A CIDR block; a single address is a `/32` or `/128` block.
        case cidr(CIDR)
        /// An inclusive address range.
        case range(AddressRange)
        /// An exact host name or a wildcard pattern.
        case hostname(HostnamePattern)

        /// Recognizes which kind of target `text` is and parses it.
        ///
        /// - A bare address (`10.0.0.5`, `fd00::5`) becomes a single-address ``cidr(_:)``.
        /// - Text with a `/` is a ``cidr(_:)``.
        /// - Text with a `-` whose first part is an address is a ``range(_:)`` (`10.0.0.1-50`).
        /// - Text made only of digits and dots, or containing a `:`, is read as an address so that a typo such as
        ///   `10.0.0.256` is reported as a bad address rather than a bad host name.
        /// - Anything else is a ``hostname(_:)`` pattern.
        ///
        /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) from the parser of the recognized kind.
        public init(_ text: String) throws {
            let trimmed = text.trimmingScopeWhitespace()
            guard !trimmed.isEmpty else {
                throw WardError(
                    .invalidInput,
                    "the scope entry is empty; write a block (10.0.0.0/8), a range (10.0.0.1-10.0.0.50) "
                        + "or a host name (ehr.clinic.example, *.clinic.example)"
                )
            }
            let string = String(trimmed)
            if trimmed.contains("/") {
                self = .cidr(try CIDR(string))
            } else if let dash = trimmed.firstIndex(of: "-"),
                (try? IPAddress(String(trimmed[..<dash]))) != nil
            {
                self = .range(try AddressRange(string))
            } else if trimmed.contains(":") || trimmed.allSatisfy({ $0.isASCIIDigit || $0 == "." }) {
                self = .cidr(CIDR(address: try IPAddress(string)))
            } else {
                self = .hostname(try HostnamePattern(string))
            }
        }

        /// The target as written in a scope: `10.0.0.0/8`, `10.0.0.1-10.0.0.50` or `*.clinic.example`.
        public var text: String {
            switch self {
            case .cidr(let cidr): cidr.description
            case .range(let range): range.description
            case .hostname(let pattern): pattern.description
            }
        }

        /// The addresses the target covers, or `nil` for a host name.
        var interval: AddressInterval? {
            switch self {
            case .cidr(let cidr): AddressInterval(cidr)
            case .range(let range): AddressInterval(range)
            case .hostname: nil
            }
        }

        /// Whether the target is a block or range that contains `address`.
        func contains(_ address: IPAddress) -> Bool {
            switch self {
            case .cidr(let cidr): cidr.contains(address)
            case .range(let range): range.contains(address)
            case .hostname: false
            }
        }
    }

    /// Whether the entry includes or excludes its target.
    public var kind: Kind
    /// What the entry covers.
    public var target: Target
    /// Why the entry exists, for the people who read the scope ("PACS, managed by the vendor; never scan").
    public var note: String?

    /// Creates an entry.
    public init(kind: Kind, target: Target, note: String? = nil) {
        self.kind = kind
        self.target = target
        self.note = note
    }

    /// Parses the target text of an entry, recognizing whether it is a block, a range or a host name pattern.
    ///
    /// See ``Target/init(_:)`` for the rules.
    ///
    /// - Parameters:
    ///   - text: The target, such as `10.0.0.0/8`, `10.0.0.1-50`, `fd00::/8` or `*.clinic.example`.
    ///   - kind: Whether the entry includes or excludes the target.
    ///   - note: Why the entry exists.
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when the text is not a valid target.
    public static func parse(_ text: String, kind: Kind, note: String? = nil) throws -> ScopeEntry {
        ScopeEntry(kind: kind, target: try Target(text), note: note)
    }
}

extension ScopeEntry.Target: CustomStringConvertible {
    /// The same as ``text``.
    public var description: String { text }
}

extension ScopeEntry.Target: TextCodable {}

extension ScopeEntry: CustomStringConvertible {
    /// The entry as one line: `exclude 10.9.0.0/16 (PACS, managed by the vendor)`.
    public var description: String {
        let line = "\(kind) \(target.text)"
        guard let note, !note.isEmpty else { return line }
        return "\(line) (\(note))"
    }
}
