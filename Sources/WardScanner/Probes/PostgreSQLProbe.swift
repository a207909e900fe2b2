import Foundation

/// The pure part of the PostgreSQL probe: the SSLRequest, the StartupMessage and the server's first messages
/// (protocol 3.0). ``BannerProbes/postgreSQL(host:port:timeout:)`` does the network part.
///
/// The probe never answers an authentication challenge: the method the server asks for is the finding.
public enum PostgreSQLProbe {
    /// The user and database names Ward asks for, so that the server log names the scanner plainly.
    public static let userName = "ward_scanner"

    /// SSLRequest: length 8 and the code 80877103 (1234 << 16 | 5679).
    public static let sslRequest: [UInt8] = [0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F]

    /// Terminate: `X` and length 4.
    public static let terminate: [UInt8] = [UInt8(ascii: "X"), 0, 0, 0, 4]

    /// A StartupMessage for protocol 3.0 with user and database ``userName``.
    public static var startupMessage: [UInt8] {
        var body: [UInt8] = [0, 3, 0, 0]
        for (key, value) in [("user", userName), ("database", userName), ("application_name", "ward-scanner")] {
            body += Array(key.utf8) + [0] + Array(value.utf8) + [0]
        }
        body.append(0)
        return bigEndian(UInt32(body.count + 4)) + body
    }

    /// The first answer of the server to a StartupMessage.
    public enum StartupReply: Hashable, Sendable {
        /// AuthenticationRequest (`R`) with its type: 0 OK (trust), 2 Kerberos, 3 cleartext, 5 MD5, 7 GSS, 9 SSPI,
        /// 10 SASL; `mechanisms` lists the SASL mechanisms for type 10.
        case authentication(type: Int, mechanisms: [String])
        /// ErrorResponse (`E`): the fields by their one-letter codes (`S` severity, `C` SQLSTATE, `M` message).
        case error([String: String])
        /// Anything else: not PostgreSQL.
        case other
    }

    /// The method an AuthenticationRequest type names, in plain words.
    public static func methodName(_ type: Int) -> String {
        switch type {
        case 0: "trust"
        case 2: "kerberos-v5"
        case 3: "cleartext-password"
        case 5: "md5"
        case 6: "scm-credential"
        case 7: "gss"
        case 9: "sspi"
        case 10: "sasl"
        default: "unknown-\(type)"
        }
    }

    /// Splits bytes into whole backend messages (type byte, `int32` length that counts itself, body); a trailing
    /// incomplete message is left out. A length under 4 or over 64 KiB ends the split: the peer is not PostgreSQL.
    public static func messages(_ bytes: [UInt8]) -> [(type: UInt8, body: [UInt8])] {
        var result: [(type: UInt8, body: [UInt8])] = []
        var offset = 0
        while offset + 5 <= bytes.count {
            let length = bytes[(offset + 1)..<(offset + 5)].reduce(0) { $0 << 8 | Int($1) }
            guard length >= 4, length <= 65_536, offset + 1 + length <= bytes.count else { break }
            result.append((bytes[offset], Array(bytes[(offset + 5)..<(offset + 1 + length)])))
            offset += 1 + length
        }
        return result
    }

    /// Reads the first message of the answer to a StartupMessage; `nil` while it is incomplete.
    public static func startupReply(_ bytes: [UInt8]) -> StartupReply? {
        guard let first = bytes.first else { return nil }
        guard first == UInt8(ascii: "R") || first == UInt8(ascii: "E") else { return .other }
        guard bytes.count >= 5 else { return nil }
        let length = bytes[1..<5].reduce(0) { $0 << 8 | Int($1) }
        guard length >= 4, length <= 65_536 else { return .other }
        guard let message = messages(bytes).first else { return nil }
        if message.type == UInt8(ascii: "E") { return .error(errorFields(message.body)) }
        guard message.body.count >= 4 else { return .other }
        let type = message.body[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let mechanisms =
            type == 10 ? message.body[4...].split(separator: 0).map { String(decoding: $0, as: UTF8.self) } : []
        return .authentication(type: type, mechanisms: mechanisms)
    }

    /// The fields of an ErrorResponse or NoticeResponse body: a code byte and a C string each, ended by a zero byte.
    public static func errorFields(_ body: [UInt8]) -> [String: String] {
        var fields: [String: String] = [:]
        var offset = 0
        while offset < body.count, body[offset] != 0 {
            let code = String(UnicodeScalar(body[offset]))
            guard let end = body[(offset + 1)...].firstIndex(of: 0) else { break }
            fields[code] = String(decoding: body[(offset + 1)..<end], as: UTF8.self)
            offset = end + 1
        }
        return fields
    }

    /// The `server_version` ParameterStatus (`S`) among the messages, sent after a successful authentication.
    public static func serverVersion(_ bytes: [UInt8]) -> String? {
        for message in messages(bytes) where message.type == UInt8(ascii: "S") {
            let parts = message.body.split(separator: 0, omittingEmptySubsequences: false)
            if parts.count >= 2, String(decoding: parts[0], as: UTF8.self) == "server_version" {
                return String(decoding: parts[1], as: UTF8.self)
            }
        }
        return nil
    }

    /// The CPE 2.3 name of a PostgreSQL `server_version` such as `15.14 (Debian 15.14-0+deb12u1)`.
    public static func cpe(serverVersion: String) -> String? {
        let version = serverVersion.prefix { $0.isNumber || $0 == "." }
        guard !version.isEmpty else { return nil }
        return "cpe:2.3:a:postgresql:postgresql:\(version):*:*:*:*:*:*:*"
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
