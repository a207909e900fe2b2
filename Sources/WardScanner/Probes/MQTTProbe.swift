import Foundation
import NIOCore
import NIOPosix

/// The pure part of the MQTT probe: a CONNECT without credentials and the broker's CONNACK, in MQTT 3.1.1 (protocol
/// level 4) and MQTT 5 (level 5). ``BannerProbes/mqtt(host:port:timeout:group:)`` does the network part.
///
/// Every MQTT packet starts with a fixed header: a type byte (0x10 CONNECT, 0x20 CONNACK, 0xE0 DISCONNECT) and the
/// remaining length as a variable-length integer (7 bits a byte, at most 4 bytes). A 3.1.1 CONNACK is always 2 bytes:
/// flags and a return code; an MQTT 5 CONNACK adds properties after the reason code.
///
/// MQTT says nothing about the product or its version on the wire (Mosquitto, for one, does not), so the probe
/// reports neither and no CPE; it learns whether the broker takes anonymous clients.
public enum MQTTProbe {
    /// The keep-alive Ward announces, in seconds; the probe disconnects long before it runs out.
    public static let keepAliveSeconds: UInt16 = 10
    /// DISCONNECT with no reason code (normal disconnection in both 3.1.1 and 5).
    public static let disconnect: [UInt8] = [0xE0, 0x00]

    /// A client identifier `ward-` and 8 random hexadecimal digits: short enough for any 3.1.1 broker (23 bytes).
    public static func randomClientID() -> String {
        "ward-" + String(format: "%08x", UInt32.random(in: .min ... .max))
    }

    /// A CONNECT with a clean session, no will, no user name and no password.
    ///
    /// - Parameters:
    ///   - clientID: The client identifier.
    ///   - protocolLevel: 4 for MQTT 3.1.1, 5 for MQTT 5 (which adds an empty property list).
    public static func connect(clientID: String, protocolLevel: UInt8) -> [UInt8] {
        var variable: [UInt8] = [0, 4] + Array("MQTT".utf8) + [protocolLevel, 0x02]
        variable += [UInt8(keepAliveSeconds >> 8), UInt8(keepAliveSeconds & 0xFF)]
        if protocolLevel >= 5 { variable.append(0) }
        let id = Array(clientID.utf8.prefix(65_535))
        let payload = [UInt8(id.count >> 8), UInt8(id.count & 0xFF)] + id
        let body = variable + payload
        return [0x10] + variableLength(body.count) + body
    }

    /// The variable-length encoding of a remaining length.
    public static func variableLength(_ value: Int) -> [UInt8] {
        var value = value
        var bytes: [UInt8] = []
        repeat {
            var byte = UInt8(value & 0x7F)
            value >>= 7
            if value > 0 { byte |= 0x80 }
            bytes.append(byte)
        } while value > 0 && bytes.count < 4
        return bytes
    }

    /// Reads a variable-length integer at the start of `bytes`.
    ///
    /// - Returns: `.value(number, size)`; `nil` while it is incomplete; `.malformed` after 4 bytes that all say
    ///   "more follows".
    static func readVariableLength(_ bytes: ArraySlice<UInt8>) -> VariableLength? {
        var value = 0
        for (position, byte) in bytes.prefix(4).enumerated() {
            value |= Int(byte & 0x7F) << (7 * position)
            if byte & 0x80 == 0 { return .value(value, size: position + 1) }
        }
        return bytes.count >= 4 ? .malformed : nil
    }

    enum VariableLength: Hashable {
        case value(Int, size: Int)
        case malformed
    }

    /// The broker's answer to CONNECT.
    public struct ConnectAcknowledgement: Hashable, Sendable {
        /// The protocol level the answer was read as: 4 or 5.
        public var protocolLevel: UInt8
        /// Whether the broker kept a session for this client id (never, with a clean session).
        public var sessionPresent: Bool
        /// The 3.1.1 return code (0 to 5) or the MQTT 5 reason code (0x00, 0x80 and up).
        public var code: UInt8
        /// The MQTT 5 Reason String property, when the broker sent one.
        public var reasonString: String?

        /// Whether the broker accepted the client.
        public var accepted: Bool { code == 0 }

        /// Whether the broker turned the client away for lack of credentials: 4 (bad user name or password) or 5
        /// (not authorized) in 3.1.1; 0x86 and 0x87 in MQTT 5.
        public var credentialsRequired: Bool {
            protocolLevel >= 5 ? code == 0x86 || code == 0x87 : code == 4 || code == 5
        }

        /// Whether the broker refused the protocol level: 3.1.1 return code 1, MQTT 5 reason code 0x84.
        public var unsupportedProtocol: Bool {
            code == 0x84 || (protocolLevel < 5 && code == 0x01)
        }

        /// The code in words: `accepted`, `not-authorized`, `bad-user-name-or-password`, …
        public var codeName: String {
            if protocolLevel < 5 {
                switch code {
                case 0: return "accepted"
                case 1: return "unacceptable-protocol-version"
                case 2: return "identifier-rejected"
                case 3: return "server-unavailable"
                case 4: return "bad-user-name-or-password"
                case 5: return "not-authorized"
                default: return "unknown-\(code)"
                }
            }
            switch code {
            case 0x00: return "success"
            case 0x80: return "unspecified-error"
            case 0x81: return "malformed-packet"
            case 0x82: return "protocol-error"
            case 0x83: return "implementation-specific-error"
            case 0x84: return "unsupported-protocol-version"
            case 0x85: return "client-identifier-not-valid"
            case 0x86: return "bad-user-name-or-password"
            case 0x87: return "not-authorized"
            case 0x88: return "server-unavailable"
            case 0x89: return "server-busy"
            case 0x8A: return "banned"
            case 0x8C: return "bad-authentication-method"
            case 0x97: return "quota-exceeded"
            case 0x9C: return "use-another-server"
            case 0x9D: return "server-moved"
            case 0x9F: return "connection-rate-exceeded"
            default: return "unknown-0x" + String(code, radix: 16)
            }
        }
    }

    /// What the broker sent first.
    public enum Reply: Hashable, Sendable {
        case acknowledgement(ConnectAcknowledgement)
        /// Anything but a well-formed CONNACK: not MQTT.
        case other
    }

    /// Reads the CONNACK at the start of the bytes, as a 3.1.1 or an MQTT 5 answer by `protocolLevel`; `nil` while
    /// it is incomplete.
    ///
    /// A broker may answer a 3.1.1 CONNECT from an MQTT 5-only listener with either form, so a level-4 read also takes
    /// a longer CONNACK with a reason code of 0x80 or more. A remaining length over 256 is refused at once: no CONNACK
    /// is that long, and nothing is kept for it.
    public static func reply(_ bytes: [UInt8], protocolLevel: UInt8) -> Reply? {
        guard let first = bytes.first else { return nil }
        guard first == 0x20 else { return .other }
        guard let length = readVariableLength(bytes.dropFirst()) else { return nil }
        guard case .value(let remaining, let size) = length, remaining >= 2, remaining <= 256 else { return .other }
        guard bytes.count >= 1 + size + remaining else { return nil }
        let body = bytes[(1 + size)..<(1 + size + remaining)]
        let flags = body[body.startIndex]
        let code = body[body.startIndex + 1]
        guard flags & 0xFE == 0 else { return .other }
        if remaining == 2 {
            // MQTT 5 may leave out an empty property list too.
            guard protocolLevel >= 5 ? isReasonCode(code) : code <= 5 || code >= 0x80 else { return .other }
            let level: UInt8 = protocolLevel >= 5 || code >= 0x80 ? 5 : 4
            return .acknowledgement(
                ConnectAcknowledgement(protocolLevel: level, sessionPresent: flags == 1, code: code)
            )
        }
        guard isReasonCode(code), let parsed = properties(body.dropFirst(2)) else { return .other }
        return .acknowledgement(
            ConnectAcknowledgement(
                protocolLevel: 5,
                sessionPresent: flags == 1,
                code: code,
                reasonString: parsed.reasonString
            )
        )
    }

    /// Whether `code` is a CONNACK reason code of MQTT 5.
    static func isReasonCode(_ code: UInt8) -> Bool {
        code == 0 || (0x80...0x9F).contains(code)
    }

    /// Checks an MQTT 5 property list (a length, then identifier and value pairs) and takes the Reason String
    /// (0x1F) out of it; `nil` when the list runs past its bytes or names an identifier CONNACK cannot carry.
    static func properties(_ bytes: ArraySlice<UInt8>) -> (reasonString: String?, count: Int)? {
        guard case .value(let length, let size) = readVariableLength(bytes), bytes.count == size + length else {
            return nil
        }
        var rest = bytes.dropFirst(size)
        var reasonString: String?
        var count = 0
        while let identifier = rest.popFirst() {
            count += 1
            let width: Int
            switch identifier {
            case 0x01, 0x17, 0x19, 0x24, 0x25, 0x28, 0x29, 0x2A: width = 1
            case 0x13, 0x21, 0x22, 0x23: width = 2
            case 0x02, 0x11, 0x18, 0x27: width = 4
            case 0x0B:
                guard case .value(_, let varSize) = readVariableLength(rest) else { return nil }
                width = varSize
            case 0x03, 0x08, 0x09, 0x12, 0x15, 0x16, 0x1A, 0x1C, 0x1F:
                guard rest.count >= 2 else { return nil }
                let textLength = Int(rest[rest.startIndex]) << 8 | Int(rest[rest.startIndex + 1])
                guard rest.count >= 2 + textLength else { return nil }
                if identifier == 0x1F {
                    let text = rest[(rest.startIndex + 2)..<(rest.startIndex + 2 + textLength)]
                    reasonString = String(decoding: text.prefix(TextBannerProbe.maximumBannerLength), as: UTF8.self)
                }
                width = 2 + textLength
            case 0x26:
                // A user property: two strings.
                guard rest.count >= 2 else { return nil }
                let keyLength = Int(rest[rest.startIndex]) << 8 | Int(rest[rest.startIndex + 1])
                let valueStart = rest.startIndex + 2 + keyLength
                guard rest.count >= 4 + keyLength else { return nil }
                let valueLength = Int(rest[valueStart]) << 8 | Int(rest[valueStart + 1])
                width = 4 + keyLength + valueLength
            default:
                return nil
            }
            guard rest.count >= width else { return nil }
            rest = rest.dropFirst(width)
        }
        return (reasonString, count)
    }

    /// The identity a CONNACK gives: the pure part of ``BannerProbes/mqtt(host:port:timeout:group:)``.
    static func identity(_ acknowledgement: ConnectAcknowledgement) -> ServiceIdentity {
        var identity = ServiceIdentity(service: "mqtt")
        identity.details["protocolVersion"] = acknowledgement.protocolLevel >= 5 ? "5" : "3.1.1"
        identity.details["returnCode"] = "\(acknowledgement.code)"
        identity.details["returnCodeName"] = acknowledgement.codeName
        identity.details["reasonString"] = acknowledgement.reasonString
        if acknowledgement.accepted {
            identity.unauthenticatedAccess = true
        } else if acknowledgement.credentialsRequired {
            identity.unauthenticatedAccess = false
        }
        return identity
    }
}

extension BannerProbes {
    /// Asks an MQTT broker whether it accepts a client without credentials, then disconnects.
    ///
    /// The probe sends an MQTT 3.1.1 CONNECT (clean session, client id ``MQTTProbe/randomClientID()``, keep-alive
    /// 10 s, no user name or password). When the broker refuses the protocol level (return code 1), it tries again on
    /// a new connection with MQTT 5. After an accepting CONNACK it sends DISCONNECT at once: no subscription, no
    /// message.
    ///
    /// - Parameters:
    ///   - host: An IP address or a host name.
    ///   - port: The TCP port of a plain (not TLS) listener.
    ///   - timeout: The time the whole probe may take, both connections included.
    ///   - group: The event loops to connect on.
    /// - Returns: The identity: service `mqtt`, no product, version or CPE (MQTT does not say),
    ///   ``ServiceIdentity/unauthenticatedAccess`` `true` when the broker accepted the anonymous client and `false`
    ///   when it asked for credentials, and `details` `protocolVersion` (`3.1.1` or `5`), `returnCode`,
    ///   `returnCodeName` and `reasonString`. `nil` when the port is unreachable or does not answer with a CONNACK.
    ///
    /// - Important: Standard-only, not gentle: a CONNECT without credentials is an attempt to open an anonymous
    ///   session, which the broker logs as a client connecting (and, when it accepts, as a session).
    public static func mqtt(
        host: String,
        port: Int = 1883,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        let clientID = MQTTProbe.randomClientID()
        var fallback: ServiceIdentity?
        for level: UInt8 in [4, 5] {
            guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
            else { return fallback }
            connection.send(MQTTProbe.connect(clientID: clientID, protocolLevel: level))
            let bytes = await connection.read { MQTTProbe.reply($0, protocolLevel: level) != nil }
            guard case .acknowledgement(let acknowledgement) = MQTTProbe.reply(bytes, protocolLevel: level) else {
                await connection.close()
                return fallback
            }
            if acknowledgement.accepted { connection.send(MQTTProbe.disconnect) }
            await connection.close()
            let identity = MQTTProbe.identity(acknowledgement)
            guard level == 4, acknowledgement.unsupportedProtocol else { return identity }
            fallback = identity
        }
        return fallback
    }
}
