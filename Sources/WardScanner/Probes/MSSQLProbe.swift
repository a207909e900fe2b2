import Foundation
import NIOCore
import NIOPosix

/// The pure part of the Microsoft SQL Server probe: the TDS PRELOGIN message and the server's answer to it
/// ([MS-TDS] 2.2.6.5). ``BannerProbes/msSQL(host:port:timeout:group:)`` does the network part.
///
/// PRELOGIN is the first message of every TDS 7 connection, before any login: the client names its version and
/// whether it wants encryption; the server answers with its own version (major, minor, build) and its encryption
/// setting. The probe stops there.
///
/// Every TDS packet starts with an 8-byte header: type (0x12 PRELOGIN, 0x04 tabular result), status (0x01 end of
/// message), a big-endian length that counts the header, SPID, packet number and window. A PRELOGIN payload is an
/// option table (token, big-endian offset and length from the start of the payload, 5 bytes each) ended by 0xFF, then
/// the option data.
public enum MSSQLProbe {
    /// The PRELOGIN packet type.
    public static let preloginType: UInt8 = 0x12
    /// The packet type of the server's answer (tabular result).
    public static let responseType: UInt8 = 0x04
    /// The header status bit that marks the last packet of a message.
    public static let endOfMessage: UInt8 = 0x01

    /// PRELOGIN option tokens.
    public enum Option: UInt8, Hashable, Sendable {
        case version = 0x00
        case encryption = 0x01
        case instanceOption = 0x02
        case threadID = 0x03
        case mars = 0x04
        case terminator = 0xFF
    }

    /// The encryption setting of a PRELOGIN ENCRYPTION option (its low two bits).
    public enum Encryption: UInt8, Hashable, Sendable {
        /// ENCRYPT_OFF: TLS is available, but only the login packet is encrypted.
        case off = 0x00
        /// ENCRYPT_ON: the whole connection is encrypted.
        case on = 0x01
        /// ENCRYPT_NOT_SUP: the server has no certificate; nothing is encrypted, the password included.
        case notSupported = 0x02
        /// ENCRYPT_REQ: the server demands encryption.
        case required = 0x03

        /// The word Ward records in `details["encryption"]`.
        public var name: String {
            switch self {
            case .off: "off"
            case .on: "on"
            case .notSupported: "not-supported"
            case .required: "required"
            }
        }
    }

    /// What the server's PRELOGIN answer says.
    public struct PreloginResponse: Hashable, Sendable {
        public var major: Int
        public var minor: Int
        public var build: Int
        public var subBuild: Int
        /// The encryption setting; `nil` when the answer has no ENCRYPTION option.
        public var encryption: Encryption?
        /// Whether the ENCRYPTION byte also carries ENCRYPT_CLIENT_CERT (0x80): the server wants a client
        /// certificate.
        public var clientCertificate: Bool
        /// Whether MARS is on (the MARS option), when the server says.
        public var mars: Bool?

        /// The version as SQL Server writes it: `15.0.2000`, with the sub-build appended when it is not zero.
        public var version: String {
            "\(major).\(minor).\(build)" + (subBuild == 0 ? "" : ".\(subBuild)")
        }
    }

    /// A PRELOGIN request asking for no encryption: VERSION (0.0.0.0), ENCRYPTION (ENCRYPT_OFF), INSTOPT (the
    /// default instance), THREADID (0) and MARS (off).
    public static var prelogin: [UInt8] {
        let options: [(Option, [UInt8])] = [
            (.version, [0, 0, 0, 0, 0, 0]),
            (.encryption, [Encryption.off.rawValue]),
            (.instanceOption, [0]),
            (.threadID, [0, 0, 0, 0]),
            (.mars, [0]),
        ]
        return packet(type: preloginType, payload: optionPayload(options))
    }

    /// A whole TDS packet (one packet, end of message) around `payload`.
    public static func packet(type: UInt8, payload: [UInt8]) -> [UInt8] {
        let length = 8 + payload.count
        return [type, endOfMessage, UInt8(length >> 8), UInt8(length & 0xFF), 0, 0, 1, 0] + payload
    }

    /// An option table with its terminator, followed by the option data in the same order.
    public static func optionPayload(_ options: [(Option, [UInt8])]) -> [UInt8] {
        var table: [UInt8] = []
        var data: [UInt8] = []
        var offset = options.count * 5 + 1
        for (option, value) in options {
            table += [option.rawValue, UInt8(offset >> 8), UInt8(offset & 0xFF)]
            table += [UInt8(value.count >> 8), UInt8(value.count & 0xFF)]
            data += value
            offset += value.count
        }
        return table + [Option.terminator.rawValue] + data
    }

    /// Whether the bytes hold a whole packet, or can no longer become an answer to PRELOGIN.
    static func responseComplete(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        if first != responseType { return true }
        guard bytes.count >= 4 else { return false }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        return length < 8 || length > BannerProbes.maximumBytes || bytes.count >= length
    }

    /// The payload of the first packet when it is a whole, single-packet TDS message of `type`; `nil` otherwise.
    public static func payload(_ bytes: [UInt8], type: UInt8) -> ArraySlice<UInt8>? {
        guard bytes.count >= 8, bytes[0] == type, bytes[1] & endOfMessage != 0 else { return nil }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        guard length >= 8, length <= BannerProbes.maximumBytes, bytes.count >= length else { return nil }
        return bytes[8..<length]
    }

    /// The options of a PRELOGIN payload, in table order; `nil` when the table has no terminator or an option points
    /// outside the payload.
    public static func options(_ payload: ArraySlice<UInt8>) -> [(token: UInt8, data: ArraySlice<UInt8>)]? {
        let base = payload.startIndex
        var options: [(token: UInt8, data: ArraySlice<UInt8>)] = []
        var index = base
        while index < payload.endIndex {
            let token = payload[index]
            if token == Option.terminator.rawValue { return options }
            guard index + 5 <= payload.endIndex, options.count < 64 else { return nil }
            let offset = Int(payload[index + 1]) << 8 | Int(payload[index + 2])
            let length = Int(payload[index + 3]) << 8 | Int(payload[index + 4])
            guard base + offset + length <= payload.endIndex else { return nil }
            options.append((token, payload[(base + offset)..<(base + offset + length)]))
            index += 5
        }
        return nil
    }

    /// Reads the server's answer to PRELOGIN; `nil` for anything that is not one (the VERSION option is required).
    public static func preloginResponse(_ bytes: [UInt8]) -> PreloginResponse? {
        guard let body = payload(bytes, type: responseType), let table = options(body),
            let version = table.first(where: { $0.token == Option.version.rawValue })?.data, version.count >= 6
        else { return nil }
        let start = version.startIndex
        var response = PreloginResponse(
            major: Int(version[start]),
            minor: Int(version[start + 1]),
            build: Int(version[start + 2]) << 8 | Int(version[start + 3]),
            subBuild: Int(version[start + 4]) << 8 | Int(version[start + 5]),
            encryption: nil,
            clientCertificate: false,
            mars: nil
        )
        if let encryption = table.first(where: { $0.token == Option.encryption.rawValue })?.data.first {
            response.encryption = Encryption(rawValue: encryption & 0x03)
            response.clientCertificate = encryption & 0x80 != 0
        }
        if let mars = table.first(where: { $0.token == Option.mars.rawValue })?.data.first {
            response.mars = mars == 1
        }
        return response
    }

    /// The product name of a major and minor version: 15.0 is `SQL Server 2019`, 10.50 `SQL Server 2008 R2`.
    public static func releaseName(major: Int, minor: Int) -> String? {
        switch (major, minor) {
        case (6, 50): "SQL Server 6.5"
        case (7, _): "SQL Server 7.0"
        case (8, _): "SQL Server 2000"
        case (9, _): "SQL Server 2005"
        case (10, 50): "SQL Server 2008 R2"
        case (10, _): "SQL Server 2008"
        case (11, _): "SQL Server 2012"
        case (12, _): "SQL Server 2014"
        case (13, _): "SQL Server 2016"
        case (14, _): "SQL Server 2017"
        case (15, _): "SQL Server 2019"
        case (16, _): "SQL Server 2022"
        case (17, _): "SQL Server 2025"
        default: nil
        }
    }

    /// The CPE 2.3 name NVD uses for a release: the year as the version (`sql_server:2019`), R2 in the update field
    /// (`sql_server:2008:r2`), the number for 6.5 and 7.0.
    ///
    /// Newer NVD entries also name products with the year in them (`sql_server_2019`) and the build as the version;
    /// ``identity(_:)`` records that form in `details["buildCPE"]`.
    public static func cpe(major: Int, minor: Int) -> String? {
        guard let name = releaseName(major: major, minor: minor) else { return nil }
        let release = name.dropFirst("SQL Server ".count)
        let parts = release.split(separator: " ")
        let update = parts.count > 1 ? parts[1].lowercased() : "*"
        return "cpe:2.3:a:microsoft:sql_server:\(parts[0]):\(update):*:*:*:*:*:*"
    }

    /// The identity a PRELOGIN answer gives: the pure part of ``BannerProbes/msSQL(host:port:timeout:group:)``.
    static func identity(_ response: PreloginResponse) -> ServiceIdentity {
        var identity = ServiceIdentity(
            service: "mssql",
            product: "Microsoft SQL Server",
            version: response.version,
            cpe: cpe(major: response.major, minor: response.minor)
        )
        if let release = releaseName(major: response.major, minor: response.minor) {
            identity.details["release"] = release
            let year = release.dropFirst("SQL Server ".count)
            if year.count == 4, year.allSatisfy(\.isNumber), response.major >= 13 {
                identity.details["buildCPE"] =
                    "cpe:2.3:a:microsoft:sql_server_\(year):\(response.major).\(response.minor).\(response.build)"
                    + ":*:*:*:*:*:*:*"
            }
        }
        if let encryption = response.encryption {
            identity.details["encryption"] = encryption.name
            identity.tls = encryption != .notSupported
        }
        if response.clientCertificate { identity.details["clientCertificate"] = "true" }
        if let mars = response.mars { identity.details["mars"] = mars ? "true" : "false" }
        return identity
    }
}

extension BannerProbes {
    /// Sends a Microsoft SQL Server a TDS PRELOGIN message and reads its answer: version and encryption setting.
    ///
    /// - Parameters:
    ///   - host: An IP address or a host name.
    ///   - port: The TCP port.
    ///   - timeout: The time the whole probe may take.
    ///   - group: The event loops to connect on.
    /// - Returns: The identity: service `mssql`, product `Microsoft SQL Server`, version `major.minor.build`, the
    ///   CPE of the release year, ``ServiceIdentity/tls`` `false` only when the server does not support encryption,
    ///   and `details` `release` (`SQL Server 2019`), `encryption` (`off`, `on`, `not-supported`, `required`),
    ///   `mars` and, for 2016 and later, `buildCPE`. `nil` when the port is unreachable or answers anything but a
    ///   PRELOGIN response.
    ///
    /// - Important: Gentle-safe: PRELOGIN comes before authentication and asks nothing of the server but its version
    ///   and encryption setting; the probe never sends a LOGIN7 and closes right after the answer.
    public static func msSQL(
        host: String,
        port: Int = 1433,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        connection.send(MSSQLProbe.prelogin)
        let bytes = await connection.read(until: MSSQLProbe.responseComplete)
        await connection.close()
        return MSSQLProbe.preloginResponse(bytes).map(MSSQLProbe.identity)
    }
}
