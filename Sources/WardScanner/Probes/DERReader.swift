import Foundation
import WardCore

/// A minimal reader of ASN.1 DER, enough to summarise an X.509 certificate: a pure type with no I/O.
///
/// It reads tag, length and content of one element at a time and never reads past the bytes it is given; a length
/// that runs past them, an indefinite length or a length over four bytes is an error.
struct DERReader {
    /// One DER element: its tag byte and its content.
    struct Element: Hashable, Sendable {
        /// The identifier byte, such as `0x30` for SEQUENCE or `0xA3` for the context tag [3], constructed.
        var tag: UInt8
        /// The content octets.
        var content: ArraySlice<UInt8>
        /// The whole encoding: identifier, length and content.
        var encoding: ArraySlice<UInt8>

        static let sequence: UInt8 = 0x30
        static let set: UInt8 = 0x31
        static let integer: UInt8 = 0x02
        static let bitString: UInt8 = 0x03
        static let octetString: UInt8 = 0x04
        static let objectIdentifier: UInt8 = 0x06
        static let utcTime: UInt8 = 0x17
        static let generalizedTime: UInt8 = 0x18

        /// The elements inside a constructed element.
        func children() throws -> [Element] {
            var reader = DERReader(content)
            var elements: [Element] = []
            while !reader.isAtEnd { elements.append(try reader.read()) }
            return elements
        }

        /// The dotted form of an OBJECT IDENTIFIER, such as `2.5.4.3`.
        var objectIdentifierText: String? {
            guard tag == Self.objectIdentifier, let first = content.first else { return nil }
            let top = min(Int(first) / 40, 2)
            var arcs = [top, Int(first) - 40 * top]
            var value = 0
            for byte in content.dropFirst() {
                guard value < Int.max >> 8 else { return nil }
                value = value << 7 | Int(byte & 0x7F)
                if byte & 0x80 == 0 {
                    arcs.append(value)
                    value = 0
                }
            }
            return arcs.map(String.init).joined(separator: ".")
        }

        /// The text of a string type (UTF8String, PrintableString, IA5String, T61String, BMPString).
        var stringValue: String? {
            switch tag {
            case 0x0C, 0x13, 0x16, 0x14, 0x1A, 0x82: return String(decoding: content, as: UTF8.self)
            case 0x1E:
                var units: [UInt16] = []
                var index = content.startIndex
                while index + 1 < content.endIndex {
                    units.append(UInt16(content[index]) << 8 | UInt16(content[index + 1]))
                    index += 2
                }
                return String(decoding: units, as: UTF16.self)
            default: return nil
            }
        }

        /// The moment of a UTCTime (`YYMMDDHHMMSSZ`, years 1950–2049) or GeneralizedTime (`YYYYMMDDHHMMSSZ`).
        var dateValue: Date? {
            let text = String(decoding: content, as: UTF8.self)
            guard text.hasSuffix("Z"), text.dropLast().allSatisfy(\.isASCII) else { return nil }
            let digits = Array(text.dropLast())
            var year: Int
            var rest: ArraySlice<Character>
            if tag == Self.utcTime, digits.count == 12 {
                guard let short = Int(String(digits[0..<2])) else { return nil }
                year = short < 50 ? 2000 + short : 1900 + short
                rest = digits[2...]
            } else if tag == Self.generalizedTime, digits.count == 14 {
                guard let long = Int(String(digits[0..<4])) else { return nil }
                year = long
                rest = digits[4...]
            } else {
                return nil
            }
            let numbers = stride(from: rest.startIndex, to: rest.endIndex, by: 2).compactMap {
                Int(String(rest[$0..<($0 + 2)]))
            }
            guard numbers.count == 5 else { return nil }
            var components = DateComponents()
            components.year = year
            components.month = numbers[0]
            components.day = numbers[1]
            components.hour = numbers[2]
            components.minute = numbers[3]
            components.second = numbers[4]
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            return calendar.date(from: components)
        }
    }

    private let bytes: ArraySlice<UInt8>
    private var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    var isAtEnd: Bool { index >= bytes.endIndex }

    /// Reads the next element.
    mutating func read() throws -> Element {
        let start = index
        guard index + 2 <= bytes.endIndex else { throw Self.invalid("an element is cut short") }
        let tag = bytes[index]
        guard tag & 0x1F != 0x1F else { throw Self.invalid("multi-byte tags are not supported") }
        var length = Int(bytes[index + 1])
        index += 2
        if length & 0x80 != 0 {
            let count = length & 0x7F
            guard count >= 1, count <= 4, index + count <= bytes.endIndex else {
                throw Self.invalid("a length is indefinite, too long or cut short")
            }
            length = bytes[index..<(index + count)].reduce(0) { $0 << 8 | Int($1) }
            index += count
        }
        guard length <= bytes.endIndex - index else { throw Self.invalid("a length runs past the end") }
        let content = bytes[index..<(index + length)]
        index += length
        return Element(tag: tag, content: content, encoding: bytes[start..<index])
    }

    /// Reads the next element and checks its tag.
    mutating func read(_ tag: UInt8) throws -> Element {
        let element = try read()
        guard element.tag == tag else {
            throw Self.invalid("expected tag 0x\(String(tag, radix: 16)), found 0x\(String(element.tag, radix: 16))")
        }
        return element
    }

    /// Reads the next element when it has this tag; otherwise reads nothing.
    mutating func readIf(_ tag: UInt8) throws -> Element? {
        guard !isAtEnd, bytes[index] == tag else { return nil }
        return try read()
    }

    static func invalid(_ message: String) -> WardError {
        WardError(.invalidInput, "The DER encoding is invalid: \(message).", location: "DER")
    }
}

/// What Ward reads from a server's X.509 certificate.
public struct TLSCertificate: Hashable, Sendable, Codable {
    /// The subject's common name (CN).
    public var subjectCommonName: String?
    /// The issuer's common name (CN).
    public var issuerCommonName: String?
    /// The start of the validity period.
    public var notBefore: Date?
    /// The end of the validity period.
    public var notAfter: Date?
    /// The DNS names of the subject alternative name extension.
    public var dnsNames: [String]
    /// The IP addresses of the subject alternative name extension, in dotted or colon form.
    public var ipAddresses: [String]
    /// Whether the issuer name equals the subject name, byte for byte.
    public var isSelfSigned: Bool
    /// The public key algorithm: `RSA`, `EC`, `Ed25519`, `Ed448`, or the OID when unknown.
    public var publicKeyAlgorithm: String
    /// The size of an RSA modulus in bits, such as 2048.
    public var rsaKeyBits: Int?
    /// The named curve of an EC key, by OID, such as `1.2.840.10045.3.1.7`.
    public var ecCurveOID: String?
    /// The common name of that curve, such as `P-256`, when Ward knows it.
    public var ecCurveName: String?

    /// Creates a summary.
    public init(
        subjectCommonName: String? = nil,
        issuerCommonName: String? = nil,
        notBefore: Date? = nil,
        notAfter: Date? = nil,
        dnsNames: [String] = [],
        ipAddresses: [String] = [],
        isSelfSigned: Bool = false,
        publicKeyAlgorithm: String = "",
        rsaKeyBits: Int? = nil,
        ecCurveOID: String? = nil,
        ecCurveName: String? = nil
    ) {
        self.subjectCommonName = subjectCommonName
        self.issuerCommonName = issuerCommonName
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.dnsNames = dnsNames
        self.ipAddresses = ipAddresses
        self.isSelfSigned = isSelfSigned
        self.publicKeyAlgorithm = publicKeyAlgorithm
        self.rsaKeyBits = rsaKeyBits
        self.ecCurveOID = ecCurveOID
        self.ecCurveName = ecCurveName
    }

    /// Reads a certificate's DER encoding.
    ///
    /// - Parameter der: One X.509 certificate in DER.
    /// - Throws: ``WardError`` with code `invalidInput` when the bytes are not a certificate.
    public init(der: [UInt8]) throws {
        var outer = DERReader(der)
        let certificate = try outer.read(DERReader.Element.sequence)
        var reader = DERReader(certificate.content)
        var tbs = DERReader(try reader.read(DERReader.Element.sequence).content)
        _ = try tbs.readIf(0xA0)
        _ = try tbs.read(DERReader.Element.integer)
        _ = try tbs.read(DERReader.Element.sequence)
        let issuer = try tbs.read(DERReader.Element.sequence)
        var validity = DERReader(try tbs.read(DERReader.Element.sequence).content)
        let notBefore = try validity.read().dateValue
        let notAfter = try validity.read().dateValue
        let subject = try tbs.read(DERReader.Element.sequence)
        let publicKey = try tbs.read(DERReader.Element.sequence)
        self.init(
            subjectCommonName: try Self.commonName(subject),
            issuerCommonName: try Self.commonName(issuer),
            notBefore: notBefore,
            notAfter: notAfter,
            isSelfSigned: issuer.encoding.elementsEqual(subject.encoding)
        )
        try readPublicKey(publicKey)
        _ = try tbs.readIf(0x81)
        _ = try tbs.readIf(0x82)
        if let extensions = try tbs.readIf(0xA3) {
            try readExtensions(extensions)
        }
    }

    static let curveNames = [
        "1.2.840.10045.3.1.7": "P-256", "1.3.132.0.34": "P-384", "1.3.132.0.35": "P-521",
        "1.3.132.0.10": "secp256k1",
    ]

    private static func commonName(_ name: DERReader.Element) throws -> String? {
        for set in try name.children() {
            for attribute in try set.children() {
                let parts = try attribute.children()
                if parts.count == 2, parts[0].objectIdentifierText == "2.5.4.3" { return parts[1].stringValue }
            }
        }
        return nil
    }

    private mutating func readPublicKey(_ info: DERReader.Element) throws {
        let parts = try info.children()
        guard parts.count == 2, parts[1].tag == DERReader.Element.bitString else {
            throw DERReader.invalid("the subject public key info is not an algorithm and a bit string")
        }
        let algorithm = try parts[0].children()
        let oid = algorithm.first?.objectIdentifierText ?? "?"
        switch oid {
        case "1.2.840.113549.1.1.1":
            publicKeyAlgorithm = "RSA"
            var key = DERReader(parts[1].content.dropFirst())
            var fields = DERReader(try key.read(DERReader.Element.sequence).content)
            let modulus = try fields.read(DERReader.Element.integer).content.drop { $0 == 0 }
            if let top = modulus.first {
                rsaKeyBits = (modulus.count - 1) * 8 + (8 - top.leadingZeroBitCount)
            }
        case "1.2.840.10045.2.1":
            publicKeyAlgorithm = "EC"
            ecCurveOID = algorithm.count > 1 ? algorithm[1].objectIdentifierText : nil
            ecCurveName = ecCurveOID.flatMap { Self.curveNames[$0] }
        case "1.3.101.112": publicKeyAlgorithm = "Ed25519"
        case "1.3.101.113": publicKeyAlgorithm = "Ed448"
        default: publicKeyAlgorithm = oid
        }
    }

    private mutating func readExtensions(_ wrapper: DERReader.Element) throws {
        guard let list = try wrapper.children().first else { return }
        for item in try list.children() {
            let parts = try item.children()
            guard parts.first?.objectIdentifierText == "2.5.29.17",
                let value = parts.last, value.tag == DERReader.Element.octetString
            else { continue }
            var inner = DERReader(value.content)
            for name in try inner.read(DERReader.Element.sequence).children() {
                switch name.tag {
                case 0x82: dnsNames.append(String(decoding: name.content, as: UTF8.self))
                case 0x87: ipAddresses.append(Self.ipAddressText(Array(name.content)))
                default: continue
                }
            }
        }
    }

    private static func ipAddressText(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        if bytes.count == 16 {
            return stride(from: 0, to: 16, by: 2).map {
                String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16)
            }
            .joined(separator: ":")
        }
        return bytes.map { String($0, radix: 16) }.joined(separator: ":")
    }
}
