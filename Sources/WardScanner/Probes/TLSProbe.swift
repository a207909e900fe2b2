import Foundation
import NIOCore
import NIOPosix
import WardCore

/// Identifies the TLS service on a TCP port: the version and cipher suite it picks, its certificate, whether it
/// still accepts TLS 1.0 or 1.1, and whether it picks a weak cipher suite.
///
/// The probe never finishes a handshake. It sends up to four ClientHellos, each on its own connection, and reads the
/// server's first flight until the ServerHello (TLS 1.3), the ServerHelloDone (earlier versions) or an alert:
///
/// 1. TLS 1.3 and 1.2 offered: the version and cipher suite the server prefers;
/// 2. only TLS 1.2 offered, so that the Certificate message comes in clear (skipped when the first answer was
///    TLS 1.2 and carried it);
/// 3. only TLS 1.0, then only TLS 1.1: a ServerHello of that version means the server still accepts it.
///
/// ```swift
/// let identity = await TLSProbe().probe(host: "10.0.4.20", port: 443, serverName: "pacs.example.org")
/// print(identity.version ?? "?", identity.certificate?.subjectCommonName ?? "?", identity.acceptsTLS10 ?? false)
/// ```
///
/// - Important: The probe connects only to the host it is given; the caller decides scope first
///   (``Scope/decide(_:at:)``). It sends ClientHellos only, no key exchange, no application data. Each attempt takes
///   at most ``timeout`` and keeps at most 64 KiB of the answer.
public struct TLSProbe: Sendable {
    /// The most bytes of an answer the probe keeps: 64 KiB.
    public static let maximumBytes = 64 * 1024

    /// How long one attempt may take to connect and answer.
    public let timeout: Duration

    let group: any EventLoopGroup

    /// Creates a probe.
    ///
    /// - Parameters:
    ///   - timeout: How long one attempt may take to connect and answer.
    ///   - group: The event loops that run the connections.
    public init(timeout: Duration = .seconds(3), group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.timeout = timeout
        self.group = group
    }

    /// Probes one port.
    ///
    /// - Parameters:
    ///   - host: An IP address, or a host name that the system resolves.
    ///   - port: The TCP port.
    ///   - serverName: The name sent as SNI; by default `host` when it is a name rather than an address.
    /// - Returns: What the server answered; never throws: an unreachable port, or one that does not speak TLS, is a
    ///   result whose ``TLSIdentity/isTLS`` is `false` and whose ``TLSIdentity/note`` says why.
    public func probe(host: String, port: Int, serverName: String? = nil) async -> TLSIdentity {
        let name = serverName ?? (TLSClientHello.isIPAddress(host) ? nil : host)
        let modern = await attempt(host: host, port: port, versions: [.tls13, .tls12], serverName: name)
        if modern.serverHello == nil, !modern.isTLS {
            return TLSIdentity(isTLS: false, note: "The service \(modern.words).")
        }
        var certificateFlight = modern
        if modern.certificates.isEmpty {
            certificateFlight = await attempt(host: host, port: port, versions: [.tls12], serverName: name)
        }
        let tls10 = await attempt(host: host, port: port, versions: [.tls10], serverName: name)
        let tls11 = await attempt(host: host, port: port, versions: [.tls11], serverName: name)
        return TLSIdentity(modern: modern, certificateFlight: certificateFlight, tls10: tls10, tls11: tls11)
    }

    /// One attempt: connect, send a ClientHello offering `versions`, read the first flight, close.
    func attempt(host: String, port: Int, versions: [TLSProtocolVersion], serverName: String?) async -> TLSAttempt {
        var generator = SystemRandomNumberGenerator()
        let hello = TLSClientHello(versions: versions, serverName: serverName, using: &generator)
        let exchange = ProbeExchange(timeout: timeout, maximumBytes: Self.maximumBytes, group: group)
        let outcome = await exchange.run(host: host, port: port, request: hello.bytes) { bytes in
            TLSServerFlight.parse(bytes).isComplete
        }
        switch outcome {
        case .unreachable(let words):
            return TLSAttempt(offered: versions, flight: nil, words: words)
        case .answered(let bytes, let ending):
            let flight = TLSServerFlight.parse(bytes)
            let words: String
            if bytes.isEmpty {
                words = ending == .timedOut ? "sent no answer within \(timeout)" : "closed without answering"
            } else if !flight.isTLS {
                words = "answered with something other than TLS"
            } else {
                words = "answered"
            }
            return TLSAttempt(offered: versions, flight: flight, words: words)
        }
    }
}

/// A TLS protocol version as it travels on the wire.
public struct TLSProtocolVersion: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The two bytes, such as `0x0303` for TLS 1.2.
    public var code: UInt16

    /// Wraps a code.
    public init(_ code: UInt16) { self.code = code }

    /// TLS 1.0 (RFC 2246), deprecated by RFC 8996.
    public static let tls10 = TLSProtocolVersion(0x0301)
    /// TLS 1.1 (RFC 4346), deprecated by RFC 8996.
    public static let tls11 = TLSProtocolVersion(0x0302)
    /// TLS 1.2 (RFC 5246).
    public static let tls12 = TLSProtocolVersion(0x0303)
    /// TLS 1.3 (RFC 8446).
    public static let tls13 = TLSProtocolVersion(0x0304)

    /// `TLS 1.0` to `TLS 1.3`, `SSL 3.0`, or the code in hexadecimal.
    public var description: String {
        switch code {
        case 0x0300: "SSL 3.0"
        case 0x0301...0x0304: "TLS 1.\(code - 0x0301)"
        default: "0x" + String(code, radix: 16)
        }
    }
}

/// A ClientHello in a TLS record, built byte for byte: a pure type with no I/O.
struct TLSClientHello {
    /// The cipher suites offered, strongest first; the last few are weak, only so that a server that prefers them
    /// shows it.
    static let cipherSuites: [UInt16] = [
        0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC009, 0xC013, 0xC00A, 0xC014,
        0x009C, 0x009D, 0x002F, 0x0035, 0xC012, 0x000A, 0x0005,
    ]

    /// x25519, secp256r1, secp384r1.
    static let groups: [UInt16] = [0x001D, 0x0017, 0x0018]

    /// ECDSA and RSA-PSS and RSA PKCS#1 with SHA-256/384/512, then the SHA-1 ones older servers need.
    static let signatureAlgorithms: [UInt16] = [
        0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601, 0x0203, 0x0201,
    ]

    /// The whole record.
    var bytes: [UInt8]

    /// Builds a ClientHello.
    ///
    /// - Parameters:
    ///   - versions: The versions offered; TLS 1.3 among them adds supported_versions and an x25519 key share.
    ///   - serverName: The SNI host name, or `nil` for none.
    ///   - generator: The source of the client random, the session ID and the key share.
    init(versions: [TLSProtocolVersion], serverName: String?, using generator: inout some RandomNumberGenerator) {
        func random(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        self.init(
            versions: versions,
            serverName: serverName,
            random: random(32),
            sessionID: random(32),
            key: random(32)
        )
    }

    /// Builds a ClientHello from given random values, for tests.
    init(versions: [TLSProtocolVersion], serverName: String?, random: [UInt8], sessionID: [UInt8], key: [UInt8]) {
        let highest = versions.map(\.code).max() ?? TLSProtocolVersion.tls12.code
        let offersTLS13 = highest >= TLSProtocolVersion.tls13.code
        let legacyVersion = min(highest, TLSProtocolVersion.tls12.code)
        let suites = Self.cipherSuites.filter { offersTLS13 || $0 >> 8 != 0x13 }

        var extensions: [UInt8] = []
        if let serverName, !serverName.isEmpty {
            let name = Array(serverName.utf8.prefix(255))
            extensions += Self.extension(0x0000, Self.u16(name.count + 3) + [0x00] + Self.u16(name.count) + name)
        }
        extensions += Self.extension(0x000A, Self.list16(Self.groups.flatMap(Self.u16)))
        extensions += Self.extension(0x000B, [0x01, 0x00])
        extensions += Self.extension(0x000D, Self.list16(Self.signatureAlgorithms.flatMap(Self.u16)))
        extensions += Self.extension(0x0017, [])
        extensions += Self.extension(0xFF01, [0x00])
        if offersTLS13 {
            let offered = versions.map(\.code).sorted(by: >).flatMap(Self.u16)
            extensions += Self.extension(0x002B, [UInt8(offered.count)] + offered)
            extensions += Self.extension(0x0033, Self.list16(Self.u16(0x001D) + Self.list16(key)))
        }

        var body = Self.u16(legacyVersion) + random
        body += [UInt8(sessionID.count)] + sessionID
        body += Self.list16(suites.flatMap(Self.u16))
        body += [0x01, 0x00]
        body += Self.list16(extensions)
        let handshake = [0x01] + Self.u24(body.count) + body
        bytes = [0x16] + Self.u16(min(legacyVersion, TLSProtocolVersion.tls12.code)) + Self.list16(handshake)
    }

    static func u16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func u16(_ value: UInt16) -> [UInt8] { u16(Int(value)) }
    static func u24(_ value: Int) -> [UInt8] { [UInt8(value >> 16 & 0xFF)] + u16(value & 0xFFFF) }
    static func list16(_ bytes: [UInt8]) -> [UInt8] { u16(bytes.count) + bytes }
    static func `extension`(_ type: UInt16, _ data: [UInt8]) -> [UInt8] { u16(type) + list16(data) }

    /// Whether the text is an IPv4 or IPv6 address, which SNI must not carry.
    static func isIPAddress(_ text: String) -> Bool {
        (try? SocketAddress(ipAddress: text, port: 0)) != nil
    }
}

/// A ServerHello: the version and cipher suite the server picked.
struct TLSServerHello: Hashable, Sendable {
    /// The version: from supported_versions when present, otherwise the legacy version field.
    var version: TLSProtocolVersion
    /// The cipher suite the server picked.
    var cipherSuite: UInt16
    /// Whether this is a HelloRetryRequest, which picks version and suite but asks for another key share.
    var isHelloRetryRequest: Bool

    /// The random value that marks a HelloRetryRequest (RFC 8446, section 4.1.3).
    static let helloRetryRandom: [UInt8] = [
        0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
        0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
    ]

    /// Reads the body of a ServerHello handshake message.
    init?(body: ArraySlice<UInt8>) {
        let bytes = Array(body)
        guard bytes.count >= 38 else { return nil }
        var version = TLSProtocolVersion(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
        isHelloRetryRequest = Array(bytes[2..<34]) == Self.helloRetryRandom
        let sessionLength = Int(bytes[34])
        var index = 35 + sessionLength
        guard index + 3 <= bytes.count else { return nil }
        cipherSuite = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        index += 3
        if index + 2 <= bytes.count {
            let end = min(bytes.count, index + 2 + (Int(bytes[index]) << 8 | Int(bytes[index + 1])))
            index += 2
            while index + 4 <= end {
                let type = Int(bytes[index]) << 8 | Int(bytes[index + 1])
                let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
                index += 4
                if type == 0x002B, length == 2, index + 2 <= end {
                    version = TLSProtocolVersion(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                }
                index += length
            }
        }
        self.version = version
    }
}

/// The first flight of a server's answer, read from raw bytes: records, handshake messages and alerts. A pure type.
struct TLSServerFlight: Hashable, Sendable {
    /// Whether the bytes start with a TLS record header (handshake or alert).
    var isTLS = false
    /// The ServerHello (or HelloRetryRequest), once read.
    var serverHello: TLSServerHello?
    /// The certificates of a clear Certificate message, leaf first, each in DER.
    var certificates: [[UInt8]] = []
    /// The level and description of the first alert.
    var alert: (level: UInt8, description: UInt8)?
    /// Whether a ServerHelloDone arrived.
    var serverHelloDone = false
    /// Whether a record other than handshake or alert arrived (TLS 1.3 ChangeCipherSpec or encrypted data).
    var sawOtherRecord = false

    /// Whether waiting longer would tell nothing more.
    var isComplete: Bool {
        alert != nil || serverHelloDone || sawOtherRecord || serverHello?.version == .tls13
            || serverHello?.isHelloRetryRequest == true
    }

    /// Reads as much of the flight as the bytes hold; a record cut short ends the reading.
    static func parse(_ bytes: [UInt8]) -> TLSServerFlight {
        var flight = TLSServerFlight()
        var handshake: [UInt8] = []
        var index = 0
        while index + 5 <= bytes.count {
            let type = bytes[index]
            let major = bytes[index + 1]
            let length = Int(bytes[index + 3]) << 8 | Int(bytes[index + 4])
            guard (20...23).contains(type), major == 3, length <= 18_432 else { break }
            if index == 0 { flight.isTLS = true }
            guard index + 5 + length <= bytes.count else { break }
            let fragment = bytes[(index + 5)..<(index + 5 + length)]
            index += 5 + length
            switch type {
            case 22: handshake += fragment
            case 21 where fragment.count >= 2 && flight.alert == nil: flight.alert = (fragment.first!, fragment.last!)
            default: flight.sawOtherRecord = true
            }
            if type != 22 { break }
        }
        var position = 0
        while position + 4 <= handshake.count {
            let type = handshake[position]
            let length =
                Int(handshake[position + 1]) << 16 | Int(handshake[position + 2]) << 8
                | Int(handshake[position + 3])
            guard position + 4 + length <= handshake.count else { break }
            let body = handshake[(position + 4)..<(position + 4 + length)]
            position += 4 + length
            switch type {
            case 2: flight.serverHello = flight.serverHello ?? TLSServerHello(body: body)
            case 11 where flight.certificates.isEmpty: flight.certificates = Self.certificates(Array(body))
            case 14: flight.serverHelloDone = true
            default: continue
            }
        }
        return flight
    }

    /// The certificate list of a TLS 1.2 Certificate message.
    static func certificates(_ body: [UInt8]) -> [[UInt8]] {
        guard body.count >= 3 else { return [] }
        let end = min(body.count, 3 + (Int(body[0]) << 16 | Int(body[1]) << 8 | Int(body[2])))
        var index = 3
        var list: [[UInt8]] = []
        while index + 3 <= end {
            let length = Int(body[index]) << 16 | Int(body[index + 1]) << 8 | Int(body[index + 2])
            index += 3
            guard index + length <= end else { break }
            list.append(Array(body[index..<(index + length)]))
            index += length
        }
        return list
    }

    static func == (lhs: TLSServerFlight, rhs: TLSServerFlight) -> Bool {
        lhs.isTLS == rhs.isTLS && lhs.serverHello == rhs.serverHello && lhs.certificates == rhs.certificates
            && lhs.alert?.level == rhs.alert?.level && lhs.alert?.description == rhs.alert?.description
            && lhs.serverHelloDone == rhs.serverHelloDone && lhs.sawOtherRecord == rhs.sawOtherRecord
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(serverHello)
        hasher.combine(certificates)
    }
}

/// How one attempt of ``TLSProbe`` ended.
struct TLSAttempt: Hashable, Sendable {
    /// The versions the ClientHello offered.
    var offered: [TLSProtocolVersion]
    /// What came back, `nil` without a connection.
    var flight: TLSServerFlight?
    /// What the service did, as a phrase that follows "The service".
    var words: String

    var serverHello: TLSServerHello? { flight?.serverHello }
    var certificates: [[UInt8]] { flight?.certificates ?? [] }
    var isTLS: Bool { flight?.isTLS == true }

    /// Whether the server accepted one of the offered versions: a ServerHello of that version. `nil` when the
    /// attempt could not connect.
    var accepted: Bool? {
        if let hello = serverHello { return offered.contains(hello.version) }
        if flight?.alert != nil { return false }
        // A server that closes or stays silent without an alert also refuses the offer.
        return flight == nil ? nil : false
    }
}

/// What ``TLSProbe`` found on one port.
public struct TLSIdentity: Hashable, Sendable, Codable {
    /// Whether the port answered a ClientHello with TLS records.
    public var isTLS: Bool
    /// The version the server picked when offered TLS 1.3 and 1.2, such as `TLS 1.3`.
    public var version: String?
    /// The cipher suite it picked then, by IANA name, such as `TLS_AES_256_GCM_SHA384`.
    public var cipherSuite: String?
    /// The server's certificate (the first of its chain), read from a TLS 1.2 handshake.
    public var certificate: TLSCertificate?
    /// Whether the server accepted a ClientHello offering only TLS 1.0 (a ServerHello of that version, not an alert,
    /// a close or silence); `nil` when that attempt could not connect.
    public var acceptsTLS10: Bool?
    /// Whether the server accepted a ClientHello offering only TLS 1.1; `nil` when that attempt could not connect.
    public var acceptsTLS11: Bool?
    /// Weak cipher suites the server picked in any attempt (RC4, 3DES, DES, NULL, EXPORT, or CBC with SHA-1 under
    /// TLS 1.0), each with the version, such as `TLS_RSA_WITH_3DES_EDE_CBC_SHA (TLS 1.2)`.
    public var weakCipherSuites: [String]
    /// Anything else worth telling: why the port is not TLS, an alert, an unreadable certificate.
    public var note: String?

    /// Creates an identity.
    public init(
        isTLS: Bool,
        version: String? = nil,
        cipherSuite: String? = nil,
        certificate: TLSCertificate? = nil,
        acceptsTLS10: Bool? = nil,
        acceptsTLS11: Bool? = nil,
        weakCipherSuites: [String] = [],
        note: String? = nil
    ) {
        self.isTLS = isTLS
        self.version = version
        self.cipherSuite = cipherSuite
        self.certificate = certificate
        self.acceptsTLS10 = acceptsTLS10
        self.acceptsTLS11 = acceptsTLS11
        self.weakCipherSuites = weakCipherSuites
        self.note = note
    }

    /// Puts the attempts together: the pure part of ``TLSProbe/probe(host:port:serverName:)``.
    init(modern: TLSAttempt, certificateFlight: TLSAttempt, tls10: TLSAttempt, tls11: TLSAttempt) {
        var notes: [String] = []
        self.init(isTLS: true, acceptsTLS10: tls10.accepted, acceptsTLS11: tls11.accepted)
        if let hello = modern.serverHello {
            version = hello.version.description
            cipherSuite = Self.name(of: hello.cipherSuite)
        } else if let alert = modern.flight?.alert {
            notes.append("The server refused TLS 1.3 and 1.2 with alert \(Self.alertName(alert.description)).")
        }
        if let der = certificateFlight.certificates.first {
            do {
                certificate = try TLSCertificate(der: der)
            } catch {
                notes.append("The certificate could not be read: \((error as? WardError)?.message ?? "\(error)")")
            }
        }
        for attempt in [modern, certificateFlight, tls10, tls11] {
            guard let hello = attempt.serverHello else { continue }
            let entry = "\(Self.name(of: hello.cipherSuite)) (\(hello.version))"
            if Self.isWeak(hello.cipherSuite, version: hello.version), !weakCipherSuites.contains(entry) {
                weakCipherSuites.append(entry)
            }
        }
        if acceptsTLS10 == true { notes.append("The server accepts TLS 1.0, deprecated since 2021 (RFC 8996).") }
        if acceptsTLS11 == true { notes.append("The server accepts TLS 1.1, deprecated since 2021 (RFC 8996).") }
        note = notes.isEmpty ? nil : notes.joined(separator: " ")
    }

    /// IANA names of the cipher suites Ward offers or recognises as weak.
    static let cipherSuiteNames: [UInt16: String] = [
        0x1301: "TLS_AES_128_GCM_SHA256", 0x1302: "TLS_AES_256_GCM_SHA384", 0x1303: "TLS_CHACHA20_POLY1305_SHA256",
        0xC02B: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", 0xC02F: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        0xC02C: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", 0xC030: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        0xCCA9: "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        0xCCA8: "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        0xC009: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", 0xC013: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
        0xC00A: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", 0xC014: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
        0x009C: "TLS_RSA_WITH_AES_128_GCM_SHA256", 0x009D: "TLS_RSA_WITH_AES_256_GCM_SHA384",
        0x002F: "TLS_RSA_WITH_AES_128_CBC_SHA", 0x0035: "TLS_RSA_WITH_AES_256_CBC_SHA",
        0xC012: "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", 0x000A: "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
        0x0005: "TLS_RSA_WITH_RC4_128_SHA", 0x0004: "TLS_RSA_WITH_RC4_128_MD5",
        0xC011: "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
        0x0003: "TLS_RSA_EXPORT_WITH_RC4_40_MD5", 0x0008: "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA",
        0x0009: "TLS_RSA_WITH_DES_CBC_SHA", 0x0001: "TLS_RSA_WITH_NULL_MD5", 0x0002: "TLS_RSA_WITH_NULL_SHA",
        0x003B: "TLS_RSA_WITH_NULL_SHA256",
    ]

    /// The IANA name of a cipher suite, or its code in hexadecimal.
    static func name(of suite: UInt16) -> String {
        cipherSuiteNames[suite] ?? String(format: "0x%04X", suite)
    }

    /// Whether a cipher suite is weak under a version: RC4, DES or 3DES, NULL or EXPORT, or CBC with SHA-1 under
    /// TLS 1.0.
    static func isWeak(_ suite: UInt16, version: TLSProtocolVersion) -> Bool {
        guard let name = cipherSuiteNames[suite] else { return false }
        if ["RC4", "DES", "NULL", "EXPORT"].contains(where: name.contains) { return true }
        return version.code <= TLSProtocolVersion.tls10.code && name.contains("_CBC_") && name.hasSuffix("_SHA")
    }

    static func alertName(_ description: UInt8) -> String {
        let names: [UInt8: String] = [
            40: "handshake_failure", 47: "illegal_parameter", 70: "protocol_version", 71: "insufficient_security",
            80: "internal_error", 112: "unrecognized_name",
        ]
        return names[description].map { "\($0) (\(description))" } ?? "\(description)"
    }
}
