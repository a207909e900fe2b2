import Foundation
import NIOCore
import NIOPosix

/// The pure part of the MySQL and MariaDB probe: the first packet the server sends on every connection, which is
/// either the initial handshake (protocol 10) or an ERR packet. ``BannerProbes/mySQL(host:port:timeout:group:)`` does
/// the network part.
///
/// The server speaks first and names itself: the handshake carries the version string, the connection id, the
/// capability flags (``clientSSL`` says whether the port offers TLS) and the default authentication plugin. A server
/// that refuses the client's address sends an ERR packet instead (1130 "Host … is not allowed to connect", 1129 "Host
/// … is blocked", 1040 "Too many connections"); it is still MySQL.
///
/// MariaDB before 11.0 puts `5.5.5-` in front of its version (`5.5.5-10.11.6-MariaDB-0+deb12u1`) so that old MySQL
/// clients accept it; ``product(serverVersion:)`` removes it. Forks that keep MySQL's version string unchanged
/// (Percona Server, for one) are reported as MySQL.
public enum MySQLProbe {
    /// CLIENT_SSL: the server can switch the connection to TLS after the handshake.
    public static let clientSSL: UInt32 = 0x0800
    /// CLIENT_LONG_PASSWORD, which MySQL always sets; MariaDB clears it (as CLIENT_MYSQL) to say "MariaDB".
    static let clientMySQL: UInt32 = 0x0001
    /// CLIENT_SECURE_CONNECTION: the second part of the authentication data follows the reserved bytes.
    static let clientSecureConnection: UInt32 = 0x8000
    /// CLIENT_PLUGIN_AUTH: the name of the default authentication plugin ends the handshake.
    static let clientPluginAuth: UInt32 = 0x0008_0000

    /// The longest server version string accepted; real ones are well under 100 characters.
    static let maximumVersionLength = 200

    /// The server's initial handshake packet (protocol 10).
    public struct Handshake: Hashable, Sendable {
        /// The protocol version byte: 10.
        public var protocolVersion: Int
        /// The version string as sent, such as `8.0.36` or `5.5.5-10.11.6-MariaDB-0+deb12u1`.
        public var serverVersion: String
        /// The id the server gave this connection (its thread id).
        public var connectionID: UInt32
        /// The capability flags, lower and upper halves joined; only the lower half when the packet is short.
        public var capabilities: UInt32
        /// The server's default character set number, when sent.
        public var characterSet: Int?
        /// The default authentication plugin, such as `mysql_native_password` or `caching_sha2_password`.
        public var authPluginName: String?

        /// Whether the server offers TLS (``MySQLProbe/clientSSL``).
        public var offersTLS: Bool { capabilities & MySQLProbe.clientSSL != 0 }
    }

    /// An ERR packet sent instead of the handshake.
    public struct ErrorPacket: Hashable, Sendable {
        /// The error number, such as 1130 (host not allowed) or 1040 (too many connections).
        public var code: Int
        /// The five-character SQLSTATE, when the packet carries one (`#` marker).
        public var sqlState: String?
        /// The message, printable characters only.
        public var message: String
    }

    /// The first packet of a connection.
    public enum Greeting: Hashable, Sendable {
        case handshake(Handshake)
        case error(ErrorPacket)
        /// Anything else: not MySQL.
        case other
    }

    /// Reads the first packet the server sent; `nil` while it is incomplete.
    ///
    /// A packet is a 3-byte little-endian payload length, a sequence number (0 for the greeting) and the payload. A
    /// packet longer than ``BannerProbes/maximumBytes`` cannot be a greeting and gives ``Greeting/other`` at once,
    /// without waiting for (or keeping) the bytes it announces; so does an ERR packet with a code under 1000, which no
    /// server uses.
    public static func greeting(_ bytes: [UInt8]) -> Greeting? {
        guard bytes.count >= 4 else { return nil }
        let length = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16
        guard bytes[3] == 0, length >= 1, length <= BannerProbes.maximumBytes - 4 else { return .other }
        guard bytes.count >= 4 + length else { return nil }
        let payload = bytes[4..<(4 + length)]
        switch payload.first {
        case 0x0A: return handshake(payload).map(Greeting.handshake) ?? .other
        case 0xFF: return errorPacket(payload).map(Greeting.error) ?? .other
        default: return .other
        }
    }

    /// The fields of a protocol 10 handshake payload; `nil` when the payload breaks the format.
    static func handshake(_ payload: ArraySlice<UInt8>) -> Handshake? {
        var reader = Reader(payload)
        guard reader.byte() == 10, let version = reader.nullTerminated(maximumLength: maximumVersionLength),
            let first = version.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
            version.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }),
            let connectionID = reader.littleEndian(4), reader.skip(8), reader.byte() == 0,
            let lower = reader.littleEndian(2)
        else { return nil }
        var handshake = Handshake(
            protocolVersion: 10,
            serverVersion: String(decoding: version, as: UTF8.self),
            connectionID: UInt32(connectionID),
            capabilities: UInt32(lower)
        )
        // Servers from before 4.1 stop here.
        guard let characterSet = reader.byte(), reader.skip(2), let upper = reader.littleEndian(2),
            let authDataLength = reader.byte(), reader.skip(10)
        else { return handshake }
        handshake.characterSet = Int(characterSet)
        handshake.capabilities |= UInt32(upper) << 16
        if handshake.capabilities & clientSecureConnection != 0 {
            guard reader.skip(max(13, Int(authDataLength) - 8)) else { return handshake }
        }
        if handshake.capabilities & clientPluginAuth != 0 {
            // MySQL 5.5.7 to 5.5.9 left out the final zero byte: the name then runs to the end of the packet.
            let name = reader.nullTerminated(maximumLength: 64) ?? reader.rest.prefix(64)
            if !name.isEmpty, name.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) {
                handshake.authPluginName = String(decoding: name, as: UTF8.self)
            }
        }
        return handshake
    }

    /// The fields of an ERR payload: `0xFF`, a 2-byte code, an optional `#` and SQLSTATE, and the message.
    static func errorPacket(_ payload: ArraySlice<UInt8>) -> ErrorPacket? {
        var reader = Reader(payload)
        guard reader.byte() == 0xFF, let code = reader.littleEndian(2), code >= 1000 else { return nil }
        var rest = reader.rest
        var sqlState: String?
        if rest.first == UInt8(ascii: "#"), rest.count >= 6 {
            sqlState = String(decoding: rest.dropFirst().prefix(5), as: UTF8.self)
            rest = rest.dropFirst(6)
        }
        let message = String(
            String.UnicodeScalarView(
                String(decoding: rest.prefix(TextBannerProbe.maximumBannerLength), as: UTF8.self).unicodeScalars
                    .filter { $0.value >= 0x20 && $0.value != 0x7F }
            )
        )
        return ErrorPacket(code: code, sqlState: sqlState, message: message)
    }

    /// The product a version string names, its version and CPE 2.3 name.
    ///
    /// `5.5.5-10.11.6-MariaDB-0+deb12u1` and `11.4.2-MariaDB-log` are MariaDB 10.11.6 and 11.4.2;
    /// `8.0.36-0ubuntu0.22.04.1` is MySQL 8.0.36.
    public static func product(serverVersion: String) -> (product: String, version: String?, cpe: String?) {
        if serverVersion.range(of: "mariadb", options: .caseInsensitive) != nil {
            var text = Substring(serverVersion)
            if text.hasPrefix("5.5.5-") { text = text.dropFirst(6) }
            let version = numericVersion(text)
            return ("MariaDB", version, version.map { "cpe:2.3:a:mariadb:mariadb:\($0):*:*:*:*:*:*:*" })
        }
        let version = numericVersion(Substring(serverVersion))
        return ("MySQL", version, version.map { "cpe:2.3:a:oracle:mysql:\($0):*:*:*:*:*:*:*" })
    }

    /// The leading `N.N[.N]` of a version string, or `nil` when it does not start that way.
    static func numericVersion(_ text: Substring) -> String? {
        let version = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard version.contains("."), version.first?.isNumber == true, version.last?.isNumber == true,
            !version.contains("..")
        else { return nil }
        return String(version)
    }

    /// The identity a greeting gives: the pure part of ``BannerProbes/mySQL(host:port:timeout:group:)``.
    static func identity(_ greeting: Greeting) -> ServiceIdentity? {
        switch greeting {
        case .handshake(let handshake):
            let named = product(serverVersion: handshake.serverVersion)
            var identity = ServiceIdentity(
                service: "mysql",
                product: named.product,
                version: named.version,
                cpe: named.cpe,
                banner: handshake.serverVersion,
                tls: handshake.offersTLS
            )
            identity.details["protocolVersion"] = "\(handshake.protocolVersion)"
            identity.details["serverVersion"] = handshake.serverVersion
            identity.details["connectionId"] = "\(handshake.connectionID)"
            identity.details["capabilities"] = "0x" + String(handshake.capabilities, radix: 16)
            identity.details["authPlugin"] = handshake.authPluginName
            return identity
        case .error(let error):
            var identity = ServiceIdentity(service: "mysql", banner: error.message)
            // The refusal names the server ("… not allowed to connect to this MariaDB server"), but no version.
            if error.message.contains("MariaDB") {
                identity.product = "MariaDB"
            } else if error.message.contains("MySQL") {
                identity.product = "MySQL"
            }
            identity.details["errorCode"] = "\(error.code)"
            identity.details["errorMessage"] = error.message
            identity.details["sqlState"] = error.sqlState
            return identity
        case .other:
            return nil
        }
    }

    /// Reads little-endian integers and strings from a packet without ever reading past its end.
    struct Reader {
        private(set) var rest: ArraySlice<UInt8>

        init(_ bytes: ArraySlice<UInt8>) {
            rest = bytes
        }

        mutating func byte() -> UInt8? {
            rest.popFirst()
        }

        /// An unsigned little-endian integer of `count` bytes (at most 8).
        mutating func littleEndian(_ count: Int) -> Int? {
            guard count <= 8, rest.count >= count else { return nil }
            var value = 0
            for (shift, byte) in rest.prefix(count).enumerated() { value |= Int(byte) << (8 * shift) }
            rest = rest.dropFirst(count)
            return value
        }

        /// Skips `count` bytes; `false` when fewer remain.
        mutating func skip(_ count: Int) -> Bool {
            guard count >= 0, rest.count >= count else { return false }
            rest = rest.dropFirst(count)
            return true
        }

        /// The bytes up to the next zero byte, which is consumed; `nil` without one within `maximumLength` bytes.
        mutating func nullTerminated(maximumLength: Int) -> ArraySlice<UInt8>? {
            guard let end = rest.prefix(maximumLength + 1).firstIndex(of: 0) else { return nil }
            let text = rest[rest.startIndex..<end]
            rest = rest[(end + 1)...]
            return text
        }
    }
}

extension BannerProbes {
    /// Reads the first packet of a MySQL or MariaDB server and closes without answering it.
    ///
    /// - Parameters:
    ///   - host: An IP address or a host name.
    ///   - port: The TCP port.
    ///   - timeout: The time the whole probe may take.
    ///   - group: The event loops to connect on.
    /// - Returns: The identity: ``ServiceIdentity/product`` `MySQL` or `MariaDB`, version and CPE from the version
    ///   string, ``ServiceIdentity/tls`` from CLIENT_SSL, `details` `protocolVersion`, `serverVersion`,
    ///   `connectionId`, `capabilities` (hexadecimal) and `authPlugin`; or, when the server refused the address with
    ///   an ERR packet, service `mysql` without product and `details` `errorCode`, `errorMessage` and `sqlState`.
    ///   `nil` when the port is unreachable or sends anything else.
    ///
    /// - Important: Gentle-safe: the probe sends nothing at all, no login attempt. It only closes the connection
    ///   during the handshake, which the server logs as an aborted connection; a server with a small
    ///   `max_connect_errors` may count such closes against the scanner's own address and, after enough of them
    ///   without a successful login in between, refuse that address until `FLUSH HOSTS`.
    public static func mySQL(
        host: String,
        port: Int = 3306,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        let bytes = await connection.read { MySQLProbe.greeting($0) != nil }
        await connection.close()
        return MySQLProbe.greeting(bytes).flatMap(MySQLProbe.identity)
    }
}
