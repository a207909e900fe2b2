import WardCore

/// A CPE 2.3 name: the eleven attributes that NVD, SBOMs and Ward's scanner use to say which product a vulnerability
/// or an asset is about (`cpe:2.3:a:wolfssl:wolfssl:5.4.0:*:*:*:*:*:*:*`).
///
/// Names are read from the 2.3 formatted-string binding, and from the older 2.2 URI binding (`cpe:/a:vendor:product:
/// 1.0`) that some SBOMs and scanners still write. Values keep their logical form: escapes are removed, and the
/// wildcards `*` and `?` are kept only where the name used them unescaped, so `nvd_2\.0` and `nvd_2.0` are the same
/// value while `1.*` is a pattern.
public struct CPEName: Sendable, Hashable, CustomStringConvertible {
    /// The kind of thing the name is about.
    public enum Part: String, Sendable, Hashable {
        case application = "a"
        case operatingSystem = "o"
        case hardware = "h"
    }

    /// `a`, `o`, `h`, or any (`*`).
    public var part: CPEValue
    public var vendor: CPEValue
    public var product: CPEValue
    public var version: CPEValue
    public var update: CPEValue
    public var edition: CPEValue
    public var language: CPEValue
    public var softwareEdition: CPEValue
    public var targetSoftware: CPEValue
    public var targetHardware: CPEValue
    public var other: CPEValue

    /// The attributes in binding order.
    public var attributes: [CPEValue] {
        [
            part, vendor, product, version, update, edition, language, softwareEdition, targetSoftware,
            targetHardware, other,
        ]
    }

    /// Creates a name from its attributes; the ones left out are any (`*`).
    public init(
        part: CPEValue,
        vendor: CPEValue,
        product: CPEValue,
        version: CPEValue = .any,
        update: CPEValue = .any,
        edition: CPEValue = .any,
        language: CPEValue = .any,
        softwareEdition: CPEValue = .any,
        targetSoftware: CPEValue = .any,
        targetHardware: CPEValue = .any,
        other: CPEValue = .any
    ) {
        self.part = part
        self.vendor = vendor
        self.product = product
        self.version = version
        self.update = update
        self.edition = edition
        self.language = language
        self.softwareEdition = softwareEdition
        self.targetSoftware = targetSoftware
        self.targetHardware = targetHardware
        self.other = other
    }

    /// Reads a 2.3 formatted string or a 2.2 URI.
    ///
    /// - Throws: `invalidInput` naming the attribute that is wrong (a name with too few or too many parts, a part
    ///   other than `a`, `o` or `h`, a misplaced wildcard).
    public init(_ text: String) throws {
        if text.hasPrefix("cpe:2.3:") {
            try self.init(formattedString: text)
        } else if text.lowercased().hasPrefix("cpe:/") {
            try self.init(uri: text)
        } else {
            throw WardError(.invalidInput, "'\(text)' is not a CPE name: it must begin with cpe:2.3: or cpe:/")
        }
    }

    private init(formattedString text: String) throws {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in text.dropFirst("cpe:2.3:".count) {
            if escaped {
                current.append("\\")
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped {
            throw WardError(.invalidInput, "'\(text)' ends with a lone backslash")
        }
        fields.append(current)
        guard fields.count == 11 else {
            throw WardError(
                .invalidInput,
                "'\(text)' has \(fields.count) attributes after cpe:2.3:; a CPE 2.3 name has 11 "
                    + "(part:vendor:product:version:update:edition:language:sw_edition:target_sw:target_hw:other)"
            )
        }
        var values: [CPEValue] = []
        values.reserveCapacity(11)
        for (index, field) in fields.enumerated() {
            do {
                values.append(try CPEValue(formatted: field))
            } catch let error as WardError {
                throw WardError(
                    .invalidInput,
                    "'\(text)': the \(Self.attributeNames[index]) attribute is not valid: \(error.message)"
                )
            }
        }
        try self.init(validating: values, text: text)
    }

    private init(uri text: String) throws {
        let body = text.dropFirst("cpe:/".count)
        var fields = body.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count <= 7, let first = fields.first, !first.isEmpty else {
            throw WardError(.invalidInput, "'\(text)' is not a CPE 2.2 URI (cpe:/part:vendor:product:…)")
        }
        // The 2.2 edition may pack the 2.3 extended attributes: ~edition~sw_edition~target_sw~target_hw~other.
        var extended: [String] = []
        if fields.count > 5, fields[5].hasPrefix("~") {
            extended = fields[5].split(separator: "~", omittingEmptySubsequences: false).dropFirst().map(String.init)
            fields[5] = extended.first ?? ""
        }
        var values: [CPEValue] = []
        for index in 0..<11 {
            let raw: String
            if index < 7 {
                raw = index < fields.count ? fields[index] : ""
                if index == 5, !extended.isEmpty {
                    values.append(CPEValue(uri: raw))
                    continue
                }
            } else if !extended.isEmpty {
                raw = index - 6 < extended.count ? extended[index - 6] : ""
            } else {
                raw = ""
            }
            values.append(CPEValue(uri: raw))
        }
        // Binding order of 2.2 is part, vendor, product, version, update, edition, language; 2.3 puts language before
        // the extended attributes, which is the order the loop above produced.
        try self.init(validating: values, text: text)
    }

    private init(validating values: [CPEValue], text: String) throws {
        switch values[0] {
        case .any:
            break
        case .value(let part) where Part(rawValue: part.lowercased()) != nil:
            break
        default:
            throw WardError(.invalidInput, "'\(text)': the part must be a, o, h or *")
        }
        self.init(
            part: values[0],
            vendor: values[1],
            product: values[2],
            version: values[3],
            update: values[4],
            edition: values[5],
            language: values[6],
            softwareEdition: values[7],
            targetSoftware: values[8],
            targetHardware: values[9],
            other: values[10]
        )
    }

    static let attributeNames = [
        "part", "vendor", "product", "version", "update", "edition", "language", "sw_edition", "target_sw",
        "target_hw", "other",
    ]

    /// The 2.3 formatted string.
    public var description: String {
        "cpe:2.3:" + attributes.map(\.formatted).joined(separator: ":")
    }
}

extension CPEName: Codable {
    /// Reads a name from its string form, 2.3 or 2.2.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch let error as WardError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Writes the 2.3 formatted string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
