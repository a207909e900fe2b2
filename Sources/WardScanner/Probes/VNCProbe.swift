import Foundation
import NIOCore
import NIOPosix

/// The pure part of the VNC probe: the RFB ProtocolVersion greeting and the security types the server offers
/// (RFC 6143 §7.1.1, §7.1.2; the 3.3 form in §7.1.2's history). ``BannerProbes/vnc(host:port:timeout:group:)`` does
/// the network part.
///
/// The probe answers the greeting with a version and reads the server's offer; it never picks a security type, so
/// it never authenticates and never sees the desktop.
///
/// ```swift
/// VNCProbe.protocolVersion(Array("RFB 003.008\n".utf8))  // major 3, minor 8
/// VNCProbe.securityAnswer([2, 1, 2], handshake: .v38)     // .types([1, 2]): None and VNC Authentication
/// ```
public enum VNCProbe {
    /// The length of a ProtocolVersion message: `RFB xxx.yyy\n`.
    public static let greetingLength = 12

    /// The longest failure reason Ward keeps; a longer one is cut.
    public static let maximumReasonLength = 1_024

    /// The version a server announces in its greeting.
    public struct ProtocolVersion: Hashable, Sendable, Codable {
        public var major: Int
        public var minor: Int

        /// `3.8`, `3.3`, `3.889` (Apple), `5.0` (RealVNC).
        public var text: String { "\(major).\(minor)" }

        /// The handshake Ward speaks with a server announcing this version: 3.7 for 3.7, 3.3 for older or unknown
        /// 3.x versions (RFC 6143 asks clients to treat those as 3.3), 3.8 for 3.8 and anything newer, which
        /// servers such as Apple's (3.889) and RealVNC's (4.x, 5.0) accept.
        public var handshake: Handshake {
            if major == 3, minor == 7 { return .v37 }
            if major < 3 || (major == 3 && minor < 8) { return .v33 }
            return .v38
        }

        /// The product a version number gives away, for the few servers that announce their own.
        public var product: String? {
            switch (major, minor) {
            case (3, 888), (3, 889): "Apple Remote Desktop"
            case (4, 0), (4, 1), (5, 0): "RealVNC"
            default: nil
            }
        }
    }

    /// The handshake version Ward answers with.
    public enum Handshake: String, Hashable, Sendable, Codable {
        case v33 = "RFB 003.003\n"
        case v37 = "RFB 003.007\n"
        case v38 = "RFB 003.008\n"

        /// The ProtocolVersion message Ward sends back.
        public var message: [UInt8] { Array(rawValue.utf8) }
    }

    /// Reads the greeting; `nil` when the bytes are not `RFB xxx.yyy\n` (incomplete, another protocol, garbage).
    public static func protocolVersion(_ bytes: [UInt8]) -> ProtocolVersion? {
        guard bytes.count >= greetingLength, bytes.starts(with: Array("RFB ".utf8)), bytes[7] == UInt8(ascii: "."),
            bytes[11] == 0x0A
        else { return nil }
        let digits = bytes[4..<7] + bytes[8..<11]
        guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let number = { (slice: ArraySlice<UInt8>) in slice.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        return ProtocolVersion(major: number(bytes[4..<7]), minor: number(bytes[8..<11]))
    }

    /// Whether the greeting is all there, or the bytes already show it is not one.
    static func greetingComplete(_ bytes: [UInt8]) -> Bool {
        let prefix = Array("RFB ".utf8)
        return bytes.count >= greetingLength || !prefix.starts(with: bytes.prefix(prefix.count))
    }

    /// What the server offered after Ward's ProtocolVersion.
    public enum SecurityAnswer: Hashable, Sendable {
        /// The security types offered (3.7 and 3.8: a list; 3.3: the one type the server decided on).
        case types([UInt8])
        /// No type: the server refuses the connection, with its reason when it sent one.
        case failure(reason: String?)
    }

    /// Reads the security offer; `nil` while it is incomplete, or when a 3.3 server sends a type word no server
    /// sends.
    public static func securityAnswer(_ bytes: [UInt8], handshake: Handshake) -> SecurityAnswer? {
        switch handshake {
        case .v37, .v38:
            guard let count = bytes.first else { return nil }
            if count > 0 {
                guard bytes.count >= 1 + Int(count) else { return nil }
                return .types(Array(bytes[1...Int(count)]))
            }
            return failureReason(bytes, at: 1)
        case .v33:
            guard bytes.count >= 4 else { return nil }
            let word = bytes[0..<4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            if word == 0 { return failureReason(bytes, at: 4) }
            guard word <= 255 else { return nil }
            return .types([UInt8(word)])
        }
    }

    /// Whether the security offer is all there, or the bytes already show it never will be.
    static func securityAnswerComplete(_ bytes: [UInt8], handshake: Handshake) -> Bool {
        if securityAnswer(bytes, handshake: handshake) != nil { return true }
        // A 3.3 type word other than 0 needs nothing more: it is a type, or it is nonsense.
        return handshake == .v33 && bytes.count >= 4 && bytes[0..<4] != [0, 0, 0, 0]
    }

    /// The failure reason string at `offset`: a 32-bit big-endian length and that many bytes, cut at
    /// ``maximumReasonLength``; `nil` while incomplete.
    static func failureReason(_ bytes: [UInt8], at offset: Int) -> SecurityAnswer? {
        guard bytes.count >= offset + 4 else { return nil }
        let length = bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
        let kept = min(length, maximumReasonLength)
        guard bytes.count >= offset + 4 + kept else { return nil }
        let text = String(decoding: bytes[(offset + 4)..<(offset + 4 + kept)], as: UTF8.self)
        let printable = String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { ($0.value >= 0x20 && $0.value != 0x7F) || $0 == "\n" }
            )
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        return .failure(reason: printable.isEmpty ? nil : printable)
    }

    /// The security types by their names in IANA's RFB registry: `None` (1), `VNC Authentication` (2), `RA2` (5),
    /// `RA2ne` (6), `Tight` (16), `Ultra` (17), `TLS` (18), `VeNCrypt` (19), `SASL` (20), `MD5` (21), `xvp` (22),
    /// `Secure Tunnel` (23), `Integrated SSH` (24); ranges assigned to RealVNC and Apple carry the number.
    public static func securityTypeName(_ type: UInt8) -> String {
        switch type {
        case 0: "Invalid"
        case 1: "None"
        case 2: "VNC Authentication"
        case 5: "RA2"
        case 6: "RA2ne"
        case 16: "Tight"
        case 17: "Ultra"
        case 18: "TLS"
        case 19: "VeNCrypt"
        case 20: "SASL"
        case 21: "MD5"
        case 22: "xvp"
        case 23: "Secure Tunnel"
        case 24: "Integrated SSH"
        case 3...4, 7...15, 128...255: "RealVNC-\(type)"
        case 30...35: "Apple-\(type)"
        default: "Type-\(type)"
        }
    }

    /// The identity of a VNC server: service `vnc`, `banner` the greeting (`RFB 003.008`), the product when the
    /// version names one, ``ServiceIdentity/unauthenticatedAccess`` `true` when `None` is offered and `false` when
    /// only other types are, ``ServiceIdentity/tls`` when TLS or VeNCrypt is offered, and `details`
    /// `protocol_version` (`3.8`), `security_types` (names, comma-separated, each once, in the server's order) and
    /// `failure_reason`. VNC Authentication (DES with at most 8 password characters) is listed in
    /// ``ServiceIdentity/weakAlgorithms`` as `vnc-authentication`.
    public static func identity(version: ProtocolVersion, answer: SecurityAnswer?) -> ServiceIdentity {
        var identity = ServiceIdentity(
            service: "vnc",
            product: version.product,
            banner: String(format: "RFB %03d.%03d", version.major, version.minor)
        )
        identity.details["protocol_version"] = version.text
        switch answer {
        case .types(let types):
            // TigerVNC lists VeNCrypt once for each group of its subtypes; each type is named once.
            var seen = Set<UInt8>()
            let distinct = types.filter { seen.insert($0).inserted }
            identity.details["security_types"] = distinct.map(securityTypeName).joined(separator: ",")
            identity.unauthenticatedAccess = types.contains(1)
            identity.tls = types.contains(18) || types.contains(19)
            if types.contains(2) { identity.weakAlgorithms.append("vnc-authentication") }
        case .failure(let reason):
            identity.details["security_types"] = ""
            identity.details["failure_reason"] = reason
        case nil:
            break
        }
        return identity
    }
}

extension BannerProbes {
    /// Reads a VNC server's greeting and the security types it offers, then closes without choosing one.
    ///
    /// The probe answers the greeting with the same version (3.3, 3.7 or 3.8; 3.8 for newer ones) and reads the
    /// offer: a list of types, the single type a 3.3 server decides on, or a refusal with its reason. It never picks
    /// a type, so it never authenticates and never reaches the desktop.
    ///
    /// - Returns: The identity (see ``VNCProbe/identity(version:answer:)``); `nil` when the port is unreachable or
    ///   does not greet like an RFB server.
    public static func vnc(
        host: String,
        port: Int = 5900,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        let greeting = await connection.read(until: VNCProbe.greetingComplete)
        guard let version = VNCProbe.protocolVersion(greeting) else {
            await connection.close()
            return nil
        }
        let handshake = version.handshake
        connection.send(handshake.message)
        // A server may send more right after its greeting (a 3.3 refusal does not wait for the client's version).
        let early = Array(greeting[VNCProbe.greetingLength...])
        let more = await connection.read { VNCProbe.securityAnswerComplete(early + $0, handshake: handshake) }
        await connection.close()
        return VNCProbe.identity(version: version, answer: VNCProbe.securityAnswer(early + more, handshake: handshake))
    }
}
