import WardCore

/// A package URL (purl): `pkg:type/namespace/name@version?qualifiers#subpath`, the identifier that SBOMs, OSV
/// records and VEX statements use for the same package.
///
/// Parsing follows the purl specification's steps: the subpath is split off at the last `#`, the qualifiers at the
/// last `?`, the version at the last `@`, and every part is percent-decoded. Names are normalized where the type's
/// definition says they are case-insensitive (`deb`, `github`, `pypi` …), and a `pypi` name also turns `_` into `-`,
/// so `pkg:pypi/Django_Filter` and `pkg:pypi/django-filter` compare equal. ``description`` is the canonical form:
/// qualifiers sorted by key, empty ones dropped, and only unreserved characters and `:` left unencoded, as
/// `pkg:deb/debian/bash@5.2.15-2%2Bb8?arch=amd64` shows.
public struct PackageURL: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
    /// The package type, lowercase (`pypi`, `npm`, `deb`, `maven`, `generic` …).
    public var type: String
    /// The namespace (a Maven group, an npm scope, a Debian vendor), segments joined by `/`; nil when absent.
    public var namespace: String?
    /// The package name, percent-decoded and normalized for its type.
    public var name: String
    /// The version, percent-decoded; nil when the purl names the package only.
    public var version: String?
    /// The qualifiers (`arch`, `distro`, `repository_url` …), keys lowercase.
    public var qualifiers: [String: String]
    /// A path inside the package, segments joined by `/`; nil when absent.
    public var subpath: String?

    /// Creates a purl from its parts, normalizing the type and the names as parsing does.
    public init(
        type: String,
        namespace: String? = nil,
        name: String,
        version: String? = nil,
        qualifiers: [String: String] = [:],
        subpath: String? = nil
    ) {
        self.type = type.lowercased()
        self.namespace = namespace.flatMap { $0.isEmpty ? nil : $0 }
        self.name = name
        self.version = version
        self.qualifiers = qualifiers.filter { !$0.value.isEmpty }
        self.subpath = subpath.flatMap { $0.isEmpty ? nil : $0 }
        normalize()
    }

    /// Parses a purl string.
    ///
    /// - Throws: ``WardError`` `invalidInput` whose message names the part that is wrong (scheme, type, name,
    ///   qualifier, percent-encoding) and why.
    public init(parsing text: String) throws {
        var rest = Substring(text)
        func fail(_ part: String, _ reason: String) -> WardError {
            WardError(.invalidInput, "the \(part) is not valid: \(reason)", location: "purl '\(text)' (\(part))")
        }

        subpath = nil
        if let hash = rest.lastIndex(of: "#") {
            let segments = try rest[rest.index(after: hash)...].split(separator: "/")
                .filter { $0 != "." && $0 != ".." }
                .map { try Self.decode($0, part: "subpath", text: text) }
            subpath = segments.isEmpty ? nil : segments.joined(separator: "/")
            rest = rest[..<hash]
        }

        qualifiers = [:]
        if let question = rest.lastIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                guard let equals = pair.firstIndex(of: "=") else {
                    throw fail("qualifier '\(pair)'", "a qualifier is written key=value")
                }
                let key = pair[..<equals].lowercased()
                guard let first = key.utf8.first, !(first >= 0x30 && first <= 0x39),
                    key.utf8.allSatisfy({ Self.isQualifierKeyByte($0) })
                else {
                    throw fail(
                        "qualifier key '\(key)'",
                        "a key is made of letters, digits, '.', '-' and '_', and does not start with a digit"
                    )
                }
                let value = try Self.decode(pair[pair.index(after: equals)...], part: "qualifier '\(key)'", text: text)
                guard qualifiers[key] == nil else { throw fail("qualifier '\(key)'", "the key appears twice") }
                if !value.isEmpty { qualifiers[key] = value }
            }
            rest = rest[..<question]
        }

        guard let colon = rest.firstIndex(of: ":"), rest[..<colon].lowercased() == "pkg" else {
            throw fail("scheme", "a purl starts with 'pkg:'")
        }
        rest = rest[rest.index(after: colon)...].drop { $0 == "/" }

        guard let slash = rest.firstIndex(of: "/") else {
            throw fail("type", "a purl has a type and a name, as in pkg:TYPE/NAME")
        }
        let type = rest[..<slash]
        guard let first = type.utf8.first, !(first >= 0x30 && first <= 0x39),
            type.utf8.allSatisfy({ Self.isTypeByte($0) })
        else {
            throw fail(
                "type",
                "'\(type)' must be made of letters, digits, '.', '+' and '-', and not start with a digit"
            )
        }
        self.type = type.lowercased()
        rest = rest[rest.index(after: slash)...]

        version = nil
        if let at = rest.lastIndex(of: "@") {
            let versionText = rest[rest.index(after: at)...]
            guard !versionText.isEmpty else { throw fail("version", "nothing follows '@'") }
            version = try Self.decode(versionText, part: "version", text: text)
            rest = rest[..<at]
        }

        var segments = rest.split(separator: "/")
        guard let last = segments.popLast() else { throw fail("name", "the name is missing") }
        name = try Self.decode(last, part: "name", text: text)
        guard !name.isEmpty else { throw fail("name", "the name is empty") }
        let namespaceSegments = try segments.map { try Self.decode($0, part: "namespace", text: text) }
        namespace = namespaceSegments.isEmpty ? nil : namespaceSegments.joined(separator: "/")
        normalize()
    }

    /// Parses a purl; nil when `description` is not one.
    public init?(_ description: String) {
        guard let parsed = try? PackageURL(parsing: description) else { return nil }
        self = parsed
    }

    /// The canonical purl string.
    public var description: String {
        var result = "pkg:\(type)/"
        if let namespace {
            result += namespace.split(separator: "/").map { Self.encode($0) }.joined(separator: "/") + "/"
        }
        result += Self.encode(Substring(name))
        if let version { result += "@" + Self.encode(Substring(version)) }
        if !qualifiers.isEmpty {
            result += "?"
            result += qualifiers.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.encode(Substring($0.value)))" }
                .joined(separator: "&")
        }
        if let subpath { result += "#" + subpath.split(separator: "/").map { Self.encode($0) }.joined(separator: "/") }
        return result
    }

    /// The same package without version, qualifiers or subpath: what vulnerability data names.
    public var package: PackageURL {
        PackageURL(type: type, namespace: namespace, name: name)
    }

    /// The types whose namespace and name the purl specification declares case-insensitive.
    static let caseInsensitiveTypes: Set<String> = [
        "alpm", "apk", "bitbucket", "composer", "deb", "github", "hex", "pypi",
    ]

    private mutating func normalize() {
        if Self.caseInsensitiveTypes.contains(type) {
            namespace = namespace?.lowercased()
            name = name.lowercased()
        }
        if type == "pypi" { name = name.replacingUnderscores() }
    }

    private static func decode(_ part: Substring, part name: String, text: String) throws -> String {
        guard part.utf8.contains(UInt8(ascii: "%")) else { return String(part) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.utf8.count)
        var iterator = part.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw WardError(
                    .invalidInput,
                    "the \(name) is not valid: '%' must be followed by two hexadecimal digits",
                    location: "purl '\(text)' (\(name))"
                )
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw WardError(
                .invalidInput,
                "the \(name) is not valid: its percent-encoded bytes are not UTF-8",
                location: "purl '\(text)' (\(name))"
            )
        }
        return decoded
    }

    private static func encode(_ part: Substring) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.utf8.count)
        for byte in part.utf8 {
            if isUnreserved(byte) || byte == UInt8(ascii: ":") {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "~")
    }
    private static func isTypeByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
    private static func isQualifierKeyByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }
}
