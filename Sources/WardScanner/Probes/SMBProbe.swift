import Foundation
import NIOCore
import NIOPosix

/// The pure part of the SMB probe: an SMB2 NEGOTIATE ([MS-SMB2] 2.2.3, 2.2.4) and an SMB1 NEGOTIATE ([MS-CIFS]
/// 2.2.4.52, [MS-SMB] 2.2.4.5) over direct TCP, and the server's answers. ``BannerProbes/smb(host:port:timeout:group:)``
/// does the network part.
///
/// Both are the first message any client sends; the probe stops at the server's answer and never sets up a session,
/// so nothing is authenticated, opened or changed.
///
/// - The SMB2 NEGOTIATE offers dialects 2.0.2, 2.1, 3.0, 3.0.2 and 3.1.1 with the preauthentication integrity
///   context 3.1.1 demands: the answer tells the dialect the server chose, whether it requires signing, its GUID,
///   its clock and capabilities.
/// - The SMB1 NEGOTIATE offers only `NT LM 0.12`, the last SMB1 dialect: a server with SMBv1 turned off refuses it
///   (dialect index 0xFFFF, an error, or a closed connection). It offers no SMB2 dialect string on purpose: a server
///   that speaks SMB2 would pick that and answer in SMB2, saying nothing about SMBv1.
public enum SMBProbe {
    /// The dialects Ward offers in its SMB2 NEGOTIATE, oldest first.
    public static let offeredDialects: [UInt16] = [0x0202, 0x0210, 0x0300, 0x0302, 0x0311]

    /// The SMB1 dialect Ward offers: the NT LAN Manager dialect every SMBv1 server since Windows NT speaks.
    public static let smb1Dialect = "NT LM 0.12"

    /// The longest NetBIOS session message Ward waits for; a length field claiming more ends the read.
    static let maximumMessageLength = BannerProbes.maximumBytes - 4

    /// The name of an SMB2 dialect revision: `2.0.2`, `2.1`, `3.0`, `3.0.2`, `3.1.1`, or `2.???` for the wildcard a
    /// server sends to a multi-protocol SMB1 NEGOTIATE.
    public static func dialectName(_ dialect: UInt16) -> String {
        switch dialect {
        case 0x0202: "2.0.2"
        case 0x0210: "2.1"
        case 0x0300: "3.0"
        case 0x0302: "3.0.2"
        case 0x0311: "3.1.1"
        case 0x02FF: "2.???"
        default: String(format: "0x%04X", dialect)
        }
    }

    /// The SMB2 global capabilities ([MS-SMB2] 2.2.4), by name.
    public static func capabilityNames(_ capabilities: UInt32) -> [String] {
        let names: [(UInt32, String)] = [
            (0x01, "DFS"), (0x02, "LEASING"), (0x04, "LARGE_MTU"), (0x08, "MULTI_CHANNEL"),
            (0x10, "PERSISTENT_HANDLES"), (0x20, "DIRECTORY_LEASING"), (0x40, "ENCRYPTION"), (0x80, "NOTIFICATIONS"),
        ]
        return names.filter { capabilities & $0.0 != 0 }.map(\.1)
    }

    /// A NetBIOS session message (RFC 1002 over direct TCP, [MS-SMB2] 2.1): type 0 and a 24-bit length.
    static func sessionMessage(_ payload: [UInt8]) -> [UInt8] {
        let length = payload.count
        return [0x00, UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)] + payload
    }

    /// Whether the bytes hold a whole session message, or can never become one (a length over the limit, or bytes
    /// that are not NetBIOS at all). A session-service answer (0x82–0x85, such as a negative session response) is
    /// complete once its whole packet is in, so a refusal split across segments is still read whole.
    static func messageComplete(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        if (0x82...0x85).contains(first) { return sessionPacketComplete(bytes) }
        guard first == 0x00 else { return true }
        guard bytes.count >= 4 else { return false }
        let length = Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        return length > maximumMessageLength || bytes.count >= 4 + length
    }

    /// The payload of the first whole session message; `nil` when incomplete or not a session message.
    static func messagePayload(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        guard bytes.count >= 4, bytes[0] == 0x00 else { return nil }
        let length = Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        guard length <= maximumMessageLength, bytes.count >= 4 + length else { return nil }
        return bytes[4..<(4 + length)]
    }

    // MARK: - NetBIOS session service (port 139)

    /// The name a client calls when it does not know the server's NetBIOS name; Samba and Windows both accept it.
    public static let anyServerName = "*SMBSERVER"

    /// A NetBIOS name in RFC 1001 14.1 first-level encoding, as a length-prefixed label: the name padded with spaces
    /// to 15 bytes, the one-byte `suffix` (0x20 for a file server, 0x00 for a workstation), each byte written as two
    /// letters `A` + high nibble, `A` + low nibble; then the empty scope.
    public static func encodedName(_ name: String, suffix: UInt8) -> [UInt8] {
        let padded = Array(name.uppercased().utf8.prefix(15)) + [UInt8](repeating: 0x20, count: 15)
        let raw = Array(padded.prefix(15)) + [suffix]
        return [0x20] + raw.flatMap { [0x41 + ($0 >> 4), 0x41 + ($0 & 0x0F)] } + [0x00]
    }

    /// A NetBIOS SESSION REQUEST (RFC 1002 4.3.2): type 0x81, calling `*SMBSERVER` as a file server, from `WARD`.
    /// Over port 139 the server expects it before any SMB message.
    public static func sessionRequest(called: String = anyServerName, calling: String = "WARD") -> [UInt8] {
        let names = encodedName(called, suffix: 0x20) + encodedName(calling, suffix: 0x00)
        return [0x81, 0x00, UInt8(names.count >> 8), UInt8(names.count & 0xFF)] + names
    }

    /// The server's answer to a session request.
    public enum SessionAnswer: Hashable, Sendable {
        /// 0x82: go ahead with SMB.
        case positive
        /// 0x83 with its error code (0x80 not listening on the called name, 0x81 not listening for the calling
        /// name, 0x82 called name not present, 0x83 insufficient resources, 0x8F unspecified).
        case negative(code: UInt8)
        /// 0x84: the server points elsewhere; Ward does not follow.
        case retarget
        /// Anything else, or nothing.
        case other
    }

    /// Whether a whole session-service packet (4-byte header and its length) has arrived.
    static func sessionPacketComplete(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        let length = Int(bytes[1] & 0x01) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        return bytes.count >= 4 + length
    }

    /// Reads the answer to ``sessionRequest(called:calling:)``.
    public static func sessionAnswer(_ bytes: [UInt8]) -> SessionAnswer {
        guard sessionPacketComplete(bytes) else { return .other }
        switch bytes[0] {
        case 0x82: return .positive
        case 0x83: return bytes.count >= 5 ? .negative(code: bytes[4]) : .other
        case 0x84: return .retarget
        default: return .other
        }
    }

    // MARK: - SMB2

    /// An SMB2 NEGOTIATE request in a session message, with SecurityMode "signing enabled", no capabilities, and
    /// one negotiate context: preauthentication integrity with SHA-512 and `salt` (32 random bytes by default).
    public static func smb2NegotiateRequest(
        clientGUID: [UInt8] = randomBytes(16),
        salt: [UInt8] = randomBytes(32)
    ) -> [UInt8] {
        var header: [UInt8] = [0xFE, 0x53, 0x4D, 0x42]
        header += le16(64) + le16(0)  // StructureSize, CreditCharge
        header += le32(0)  // Status
        header += le16(0x0000) + le16(1)  // Command NEGOTIATE, CreditRequest
        header += le32(0) + le32(0)  // Flags, NextCommand
        header += [UInt8](repeating: 0, count: 8)  // MessageId 0
        header += le32(0) + le32(0)  // Reserved (ProcessId), TreeId
        header += [UInt8](repeating: 0, count: 8)  // SessionId
        header += [UInt8](repeating: 0, count: 16)  // Signature
        let dialects = offeredDialects.flatMap(le16)
        // The context list starts 8-byte aligned, counted from the start of the SMB2 header.
        let contextOffset = (64 + 36 + dialects.count + 7) / 8 * 8
        let padding = contextOffset - (64 + 36 + dialects.count)
        // SMB2_PREAUTH_INTEGRITY_CAPABILITIES: one hash algorithm (SHA-512, 0x0001) and the salt.
        let preauth = le16(1) + le16(UInt16(salt.count)) + le16(0x0001) + salt
        let context = le16(0x0001) + le16(UInt16(preauth.count)) + le32(0) + preauth
        var body = le16(36) + le16(UInt16(offeredDialects.count))
        body += le16(0x0001) + le16(0)  // SecurityMode SIGNING_ENABLED, Reserved
        body += le32(0)  // Capabilities
        body += clientGUID.prefix(16) + [UInt8](repeating: 0, count: max(0, 16 - clientGUID.count))
        body += le32(UInt32(contextOffset)) + le16(1) + le16(0)  // NegotiateContextOffset, Count, Reserved2
        body += dialects + [UInt8](repeating: 0, count: padding) + context
        return sessionMessage(header + body)
    }

    /// The useful part of an SMB2 NEGOTIATE response.
    public struct NegotiateResponse: Hashable, Sendable {
        /// The dialect revision the server chose (0x0311 for 3.1.1).
        public var dialect: UInt16
        /// `SMB2_NEGOTIATE_SIGNING_ENABLED` (0x01) and `SMB2_NEGOTIATE_SIGNING_REQUIRED` (0x02).
        public var securityMode: UInt16
        /// The server GUID, 16 bytes as sent.
        public var serverGUID: [UInt8]
        public var capabilities: UInt32
        public var maxTransactSize: UInt32
        public var maxReadSize: UInt32
        public var maxWriteSize: UInt32
        /// The server's clock; `nil` when it sent zero.
        public var systemTime: Date?
        /// When the server started; `nil` when it sent zero, as most servers now do.
        public var serverStartTime: Date?
        /// The preauthentication integrity hash algorithms of a 3.1.1 answer (0x0001 is SHA-512).
        public var preauthHashAlgorithms: [UInt16]
        /// The ciphers of an encryption context, when the server sent one.
        public var ciphers: [UInt16]

        public var signingEnabled: Bool { securityMode & 0x01 != 0 }
        public var signingRequired: Bool { securityMode & 0x02 != 0 }
    }

    /// What a server answered to the SMB2 NEGOTIATE.
    public enum SMB2Reply: Hashable, Sendable {
        /// A NEGOTIATE response with status success.
        case negotiated(NegotiateResponse)
        /// An SMB2 response with an error status (an NTSTATUS such as 0xC00000BB, not supported).
        case error(status: UInt32)
    }

    /// Reads the answer to the SMB2 NEGOTIATE; `nil` when incomplete, cut, or not an SMB2 NEGOTIATE response.
    public static func smb2Reply(_ bytes: [UInt8]) -> SMB2Reply? {
        guard let payload = messagePayload(bytes) else { return nil }
        let message = Array(payload)
        guard message.count >= 64, message.starts(with: [0xFE, 0x53, 0x4D, 0x42]), le16(message, 4) == 64,
            le16(message, 12) == 0x0000
        else { return nil }
        let status = le32(message, 8)
        guard status == 0 else {
            // An error response: StructureSize 9, ErrorContextCount, Reserved, ByteCount, data.
            return message.count >= 64 + 8 && le16(message, 64) == 9 ? .error(status: status) : nil
        }
        // The fixed part is 64 bytes (StructureSize says 65: it counts the first byte of the buffer).
        guard message.count >= 64 + 64, le16(message, 64) == 65 else { return nil }
        let body = 64
        var response = NegotiateResponse(
            dialect: le16(message, body + 4),
            securityMode: le16(message, body + 2),
            serverGUID: Array(message[(body + 8)..<(body + 24)]),
            capabilities: le32(message, body + 24),
            maxTransactSize: le32(message, body + 28),
            maxReadSize: le32(message, body + 32),
            maxWriteSize: le32(message, body + 36),
            systemTime: fileTime(le64(message, body + 40)),
            serverStartTime: fileTime(le64(message, body + 48)),
            preauthHashAlgorithms: [],
            ciphers: []
        )
        if response.dialect == 0x0311 {
            let count = Int(le16(message, body + 6))
            var offset = Int(le32(message, body + 60))
            for _ in 0..<min(count, 16) {
                guard offset >= 64, offset + 8 <= message.count else { break }
                let type = le16(message, offset)
                let length = Int(le16(message, offset + 2))
                let start = offset + 8
                guard start + length <= message.count else { break }
                let data = Array(message[start..<(start + length)])
                switch type {
                case 0x0001 where data.count >= 4:
                    let algorithms = Int(le16(data, 0))
                    let available = (data.count - 4) / 2
                    response.preauthHashAlgorithms = (0..<min(algorithms, available)).map { le16(data, 4 + 2 * $0) }
                case 0x0002 where data.count >= 2:
                    let ciphers = Int(le16(data, 0))
                    let available = (data.count - 2) / 2
                    response.ciphers = (0..<min(ciphers, available)).map { le16(data, 2 + 2 * $0) }
                default:
                    break
                }
                offset = (start + length + 7) / 8 * 8
            }
        }
        return .negotiated(response)
    }

    // MARK: - SMB1

    /// An SMB1 NEGOTIATE request offering only ``smb1Dialect``, with NT status codes, Unicode, long names and
    /// extended security in Flags2, in a session message.
    public static var smb1NegotiateRequest: [UInt8] {
        var header: [UInt8] = [0xFF, 0x53, 0x4D, 0x42, 0x72]  // Protocol, Command SMB_COM_NEGOTIATE
        header += le32(0)  // Status
        header += [0x18]  // Flags: case-insensitive, canonicalized paths
        header += le16(0xC803)  // Flags2: Unicode, NT status, extended security, extended attributes, long names
        header += le16(0) + [UInt8](repeating: 0, count: 8) + le16(0)  // PIDHigh, SecurityFeatures, Reserved
        header += le16(0xFFFF) + le16(0xFEFF) + le16(0) + le16(0)  // TID, PIDLow, UID, MID
        let dialects: [UInt8] = [0x02] + Array(smb1Dialect.utf8) + [0x00]
        let parameters: [UInt8] = [0x00] + le16(UInt16(dialects.count))  // WordCount 0, ByteCount
        return sessionMessage(header + parameters + dialects)
    }

    /// An SMB1 NEGOTIATE response.
    public struct SMB1Negotiate: Hashable, Sendable {
        /// The NT status of the response; 0 for success.
        public var status: UInt32
        /// The index of the chosen dialect in the request; 0xFFFF when the server accepts none.
        public var dialectIndex: UInt16
        /// The SecurityMode of an NT LM 0.12 answer: 0x04 signatures enabled, 0x08 signatures required.
        public var securityMode: UInt8?

        /// Whether the server agreed to speak ``SMBProbe/smb1Dialect``: SMBv1 is on.
        public var accepted: Bool { status == 0 && dialectIndex == 0 }
        public var signingEnabled: Bool? { securityMode.map { $0 & 0x04 != 0 } }
        public var signingRequired: Bool? { securityMode.map { $0 & 0x08 != 0 } }
    }

    /// Reads the answer to the SMB1 NEGOTIATE; `nil` when incomplete or not an SMB1 NEGOTIATE response.
    public static func smb1Reply(_ bytes: [UInt8]) -> SMB1Negotiate? {
        guard let payload = messagePayload(bytes) else { return nil }
        let message = Array(payload)
        guard message.count >= 35, message.starts(with: [0xFF, 0x53, 0x4D, 0x42]), message[4] == 0x72 else {
            return nil
        }
        let status = le32(message, 5)
        let wordCount = Int(message[32])
        guard wordCount >= 1, message.count >= 33 + 2 * wordCount else {
            // An error answer may carry no words at all.
            return status != 0 ? SMB1Negotiate(status: status, dialectIndex: 0xFFFF, securityMode: nil) : nil
        }
        let index = le16(message, 33)
        // The NT LM 0.12 answer has 17 words; its SecurityMode follows the dialect index.
        let securityMode = wordCount >= 17 ? message[35] : nil
        return SMB1Negotiate(status: status, dialectIndex: index, securityMode: securityMode)
    }

    /// How the SMB1 question ended.
    public enum SMB1Answer: Hashable, Sendable {
        /// The server answered with an SMB1 NEGOTIATE response, accepting the dialect or not.
        case negotiated(SMB1Negotiate)
        /// The server closed or reset the connection, or answered with anything else: SMBv1 is off.
        case refused
        /// No answer before the deadline: Ward cannot tell.
        case noAnswer

        /// Whether SMBv1 is on; `nil` for ``noAnswer``.
        public var enabled: Bool? {
            switch self {
            case .negotiated(let answer): answer.accepted
            case .refused: false
            case .noAnswer: nil
            }
        }
    }

    // MARK: - Identity

    /// The name Samba puts in its server GUID: Samba fills the GUID with its NetBIOS name in lower case and zeros,
    /// where Windows sends a random GUID. `nil` for a GUID of any other shape.
    public static func sambaName(serverGUID guid: [UInt8]) -> String? {
        let name = guid.prefix { $0 != 0 }
        guard guid.count == 16, !name.isEmpty, name.count <= 15, guid[name.count...].allSatisfy({ $0 == 0 }),
            name.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// A GUID in its usual text form (`6f2c…-…`), the first three fields little-endian as SMB sends them.
    public static func guidString(_ bytes: [UInt8]) -> String {
        guard bytes.count == 16 else { return bytes.map { String(format: "%02x", $0) }.joined() }
        let order = [3, 2, 1, 0, -1, 5, 4, -1, 7, 6, -1, 8, 9, -1, 10, 11, 12, 13, 14, 15]
        return order.map { $0 < 0 ? "-" : String(format: "%02x", bytes[$0]) }.joined()
    }

    /// The identity the answers give: service `smb`; product `Samba` when the GUID has Samba's shape (never a
    /// version: the negotiation carries none, so no CPE either); and `details`:
    ///
    /// - `dialect` (`3.1.1` …, or `NT LM 0.12` for an SMB1-only server), `signing_enabled`, `signing_required`,
    ///   `server_guid`, `server_time` and `server_start_time` (ISO 8601, when sent), `capabilities`,
    ///   `preauth_hash`, `max_read_size`, `max_write_size`, `negotiate_status` for an SMB2 error;
    /// - `smb1` (`true` or `false`, when the SMB1 question was answered or refused) and `smb1_signing_required`;
    /// - `netbios_name` from a Samba GUID.
    ///
    /// SMBv1 turned on is listed in ``ServiceIdentity/weakAlgorithms`` as `smbv1`. `nil` when neither answer is SMB.
    public static func identity(smb2: SMB2Reply?, smb1: SMB1Answer) -> ServiceIdentity? {
        var negotiatedSMB1: SMB1Negotiate?
        if case .negotiated(let answer) = smb1 { negotiatedSMB1 = answer }
        guard smb2 != nil || negotiatedSMB1 != nil else { return nil }
        var identity = ServiceIdentity(service: "smb")
        var details: [String: String] = [:]
        switch smb2 {
        case .negotiated(let response):
            details["dialect"] = dialectName(response.dialect)
            details["signing_enabled"] = response.signingEnabled ? "true" : "false"
            details["signing_required"] = response.signingRequired ? "true" : "false"
            details["server_guid"] = guidString(response.serverGUID)
            let dates = ISO8601DateFormatter()
            details["server_time"] = response.systemTime.map(dates.string(from:))
            details["server_start_time"] = response.serverStartTime.map(dates.string(from:))
            let capabilities = capabilityNames(response.capabilities)
            if !capabilities.isEmpty { details["capabilities"] = capabilities.joined(separator: ",") }
            if !response.preauthHashAlgorithms.isEmpty {
                details["preauth_hash"] =
                    response.preauthHashAlgorithms.map { $0 == 0x0001 ? "SHA-512" : String(format: "0x%04X", $0) }
                    .joined(separator: ",")
            }
            details["max_read_size"] = "\(response.maxReadSize)"
            details["max_write_size"] = "\(response.maxWriteSize)"
            if let name = sambaName(serverGUID: response.serverGUID) {
                identity.product = "Samba"
                details["netbios_name"] = name
            }
        case .error(let status):
            details["negotiate_status"] = String(format: "0x%08X", status)
        case nil:
            // An SMB1-only server: what it told about signing is all there is.
            if let answer = negotiatedSMB1, answer.accepted {
                details["dialect"] = smb1Dialect
                if let enabled = answer.signingEnabled { details["signing_enabled"] = enabled ? "true" : "false" }
                if let required = answer.signingRequired { details["signing_required"] = required ? "true" : "false" }
            }
        }
        if let enabled = smb1.enabled {
            details["smb1"] = enabled ? "true" : "false"
            if enabled { identity.weakAlgorithms.append("smbv1") }
        }
        if let required = negotiatedSMB1?.signingRequired, negotiatedSMB1?.accepted == true {
            details["smb1_signing_required"] = required ? "true" : "false"
        }
        identity.details = details
        return identity
    }

    // MARK: - Bytes

    /// Random bytes for the client GUID and the preauthentication salt.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// A Windows FILETIME (100 ns since 1601-01-01) as a date; `nil` for zero.
    static func fileTime(_ value: UInt64) -> Date? {
        guard value != 0 else { return nil }
        return Date(timeIntervalSince1970: Double(value) / 10_000_000 - 11_644_473_600)
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

    static func le32(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }

    static func le16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func le32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }

    static func le64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
}

extension BannerProbes {
    /// Asks an SMB server which dialect it speaks, whether it requires signing, and whether SMBv1 is still on.
    ///
    /// Two connections, each closed right after the server's NEGOTIATE response: an SMB2 NEGOTIATE offering 2.0.2
    /// to 3.1.1, then an SMB1 NEGOTIATE offering only `NT LM 0.12`. No session setup, so no authentication, no
    /// share, no file. Both share `timeout`.
    ///
    /// Over the NetBIOS session service (port 139, or `netbios: true`) each connection first asks for a session with
    /// `*SMBSERVER` and goes on only after a positive answer; a server that refuses the session is reported with
    /// service `netbios-ssn` and `session` set to its error code, and no SMB facts. A direct-TCP port whose first answer is a negative
    /// session response (a NetBIOS-only server on another port) is asked again through the session service.
    ///
    /// - Returns: The identity (see ``SMBProbe/identity(smb2:smb1:)``) with `netbios_session` = `true` when the
    ///   session service was used; `nil` when the port is unreachable or answers neither like SMB2 nor like SMB1.
    public static func smb(
        host: String,
        port: Int = 445,
        timeout: Duration = .seconds(3),
        netbios: Bool? = nil,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        var session = netbios ?? (port == 139)

        /// Opens a connection and, over the session service, asks for the session first.
        func connect() async -> (BannerConnection, SMBProbe.SessionAnswer?)? {
            guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
            else { return nil }
            guard session else { return (connection, nil) }
            connection.send(SMBProbe.sessionRequest())
            return (connection, SMBProbe.sessionAnswer(await connection.read(until: SMBProbe.sessionPacketComplete)))
        }

        guard var (first, answer) = await connect() else { return nil }
        var reply: [UInt8] = []
        if answer == nil || answer == .positive {
            first.send(SMBProbe.smb2NegotiateRequest())
            reply = await first.read(until: SMBProbe.messageComplete)
            // A negative session response to a bare SMB message: the port wants a session first.
            if !session, case .negative = SMBProbe.sessionAnswer(reply) {
                await first.close()
                session = true
                guard let retried = await connect() else { return nil }
                (first, answer) = retried
                reply = []
                if answer == .positive {
                    first.send(SMBProbe.smb2NegotiateRequest())
                    reply = await first.read(until: SMBProbe.messageComplete)
                }
            }
        }
        await first.close()
        switch answer {
        case .negative(let code)?:
            var refused = ServiceIdentity(service: "netbios-ssn")
            refused.details = ["session": String(format: "refused 0x%02X", code)]
            return refused
        case .retarget?, .other?:
            return nil
        case .positive?, nil:
            break
        }
        let smb2 = SMBProbe.smb2Reply(reply)
        // Something that answered, but not in SMB2 nor as a session message an SMB1-only server might send, is
        // some other service: no second question.
        if smb2 == nil, !reply.isEmpty, SMBProbe.smb1Reply(reply) == nil { return nil }
        var smb1 = SMBProbe.SMB1Answer.noAnswer
        if let (second, secondAnswer) = await connect() {
            if secondAnswer == nil || secondAnswer == .positive {
                second.send(SMBProbe.smb1NegotiateRequest)
                let answer = await second.read(until: SMBProbe.messageComplete)
                let beforeDeadline = NIODeadline.now() < deadline
                if let negotiated = SMBProbe.smb1Reply(answer) {
                    smb1 = .negotiated(negotiated)
                } else if !answer.isEmpty || beforeDeadline {
                    smb1 = .refused
                }
            }
            await second.close()
        }
        guard var identity = SMBProbe.identity(smb2: smb2, smb1: smb1) else { return nil }
        if session { identity.details["netbios_session"] = "true" }
        return identity
    }
}
