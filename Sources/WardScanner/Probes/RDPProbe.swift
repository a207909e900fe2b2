import Foundation
import NIOCore
import NIOPosix

/// The pure part of the RDP probe: the X.224 Connection Request with an RDP Negotiation Request, and the server's
/// Connection Confirm with its RDP Negotiation Response or Failure ([MS-RDPBCGR] 2.2.1.1 and 2.2.1.2).
/// ``BannerProbes/rdp(host:port:timeout:group:)`` does the network part.
///
/// The probe stops after the Connection Confirm: it starts no TLS handshake, no CredSSP and no MCS connection, so
/// the server never reaches its logon screen. What the server agrees to in that first exchange tells whether it
/// demands Network Level Authentication (CredSSP) before a session, and whether it still accepts the old standard
/// RDP security, which has no server authentication and is open to a man in the middle.
///
/// ```swift
/// let confirm = RDPProbe.connectionConfirm([0x03, 0, 0, 0x13, 0x0E, 0xD0, 0, 0, 0x12, 0x34, 0, 2, 1, 8, 0, 1, 0, 0, 0])
/// confirm?.negotiation  // .selected(1, flags: 1): TLS (SSL) selected
/// ```
public enum RDPProbe {
    /// A security protocol of the negotiation (`PROTOCOL_*` in [MS-RDPBCGR] 2.2.1.1.1).
    public enum SecurityProtocol: UInt32, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// Standard RDP security: RC4 with a server key the client cannot check. No flag: the absence of the others.
        case rdp = 0
        /// TLS (Enhanced RDP Security) without authentication before the session.
        case ssl = 0x01
        /// CredSSP over TLS: Network Level Authentication.
        case hybrid = 0x02
        /// RDSTLS, used for server redirection.
        case rdstls = 0x04
        /// CredSSP with the Early User Authorization Result PDU.
        case hybridEx = 0x08
        /// RDS-AAD (Microsoft Entra ID authentication).
        case rdsAAD = 0x10

        /// The name [MS-RDPBCGR] gives it without its `PROTOCOL_` prefix: `RDP`, `SSL`, `HYBRID`, `HYBRID_EX` …
        public var description: String {
            switch self {
            case .rdp: "RDP"
            case .ssl: "SSL"
            case .hybrid: "HYBRID"
            case .rdstls: "RDSTLS"
            case .hybridEx: "HYBRID_EX"
            case .rdsAAD: "RDSAAD"
            }
        }

        /// Whether the protocol authenticates the user before the session starts (CredSSP or its successors).
        public var isNetworkLevelAuthentication: Bool {
            self == .hybrid || self == .hybridEx || self == .rdsAAD
        }
    }

    /// The failure codes of an RDP Negotiation Failure ([MS-RDPBCGR] 2.2.1.2.2), by their names in the document.
    public static func failureName(_ code: UInt32) -> String {
        switch code {
        case 1: "SSL_REQUIRED_BY_SERVER"
        case 2: "SSL_NOT_ALLOWED_BY_SERVER"
        case 3: "SSL_CERT_NOT_ON_SERVER"
        case 4: "INCONSISTENT_FLAGS"
        case 5: "HYBRID_REQUIRED_BY_SERVER"
        case 6: "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER"
        default: "FAILURE_\(code)"
        }
    }

    /// The failure code that means "CredSSP (Network Level Authentication) or nothing".
    public static let hybridRequiredByServer: UInt32 = 5

    /// The flags of an RDP Negotiation Response ([MS-RDPBCGR] 2.2.1.2.1), by name.
    public static func flagNames(_ flags: UInt8) -> [String] {
        let names: [(UInt8, String)] = [
            (0x01, "EXTENDED_CLIENT_DATA_SUPPORTED"), (0x02, "DYNVC_GFX_PROTOCOL_SUPPORTED"),
            (0x04, "NEGRSP_FLAG_RESERVED"), (0x08, "RESTRICTED_ADMIN_MODE_SUPPORTED"),
            (0x10, "REDIRECTED_AUTHENTICATION_MODE_SUPPORTED"),
        ]
        var found = names.filter { flags & $0.0 != 0 }.map(\.1)
        let unknown = flags & 0xE0
        if unknown != 0 { found.append(String(format: "0x%02X", unknown)) }
        return found
    }

    /// What the server answered to one negotiation request.
    public enum Negotiation: Hashable, Sendable {
        /// An RDP Negotiation Response: the protocol the server selected (its raw value when Ward does not know it)
        /// and the response flags.
        case selected(UInt32, flags: UInt8)
        /// An RDP Negotiation Failure with its code.
        case failure(UInt32)
        /// A Connection Confirm without negotiation data: a server from before RDP 5.2, or one that ignores the
        /// request; it speaks standard RDP security only.
        case notNegotiated

        /// The selected protocol, when the server selected one Ward knows; ``SecurityProtocol/rdp`` for ``notNegotiated``.
        public var selectedProtocol: SecurityProtocol? {
            switch self {
            case .selected(let value, _): SecurityProtocol(rawValue: value)
            case .failure: nil
            case .notNegotiated: .rdp
            }
        }

        /// The failure code, for a Negotiation Failure.
        public var failureCode: UInt32? {
            if case .failure(let code) = self { return code }
            return nil
        }
    }

    /// An X.224 Connection Confirm.
    public struct ConnectionConfirm: Hashable, Sendable {
        /// The destination reference (the client's source reference, 0 in Ward's request).
        public var destinationReference: UInt16
        /// The server's source reference: 0x1234 from Windows and xrdp, other values from other servers.
        public var sourceReference: UInt16
        public var negotiation: Negotiation
    }

    /// The TPKT version byte (RFC 1006) every RDP packet on the slow path starts with.
    static let tpktVersion: UInt8 = 0x03

    /// The longest Connection Confirm Ward reads: a TPKT claiming more is not an answer to the request.
    static let maximumConfirmLength = 512

    /// A TPKT-framed X.224 Connection Request (class 0) carrying an RDP Negotiation Request for `protocols`; an
    /// empty list asks for standard RDP security only. No routing token and no cookie: the server learns no user
    /// name.
    public static func connectionRequest(requesting protocols: [SecurityProtocol]) -> [UInt8] {
        let requested = protocols.reduce(UInt32(0)) { $0 | $1.rawValue }
        // RDP_NEG_REQ: type 1, flags 0, length 8 (little-endian), requestedProtocols (little-endian).
        let negotiation: [UInt8] = [0x01, 0x00, 0x08, 0x00] + littleEndian(requested)
        // X.224 CR TPDU: code 0xE0, DST-REF 0, SRC-REF 0, class 0; the length indicator counts what follows it.
        let x224: [UInt8] = [0xE0, 0x00, 0x00, 0x00, 0x00, 0x00] + negotiation
        let total = 4 + 1 + x224.count
        return [tpktVersion, 0x00, UInt8(total >> 8), UInt8(total & 0xFF), UInt8(x224.count)] + x224
    }

    /// Whether the bytes hold a whole TPKT packet, or can never become an answer (another first byte, an impossible
    /// length).
    static func replyComplete(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        guard first == tpktVersion else { return true }
        guard bytes.count >= 4 else { return false }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        return length < 7 || length > maximumConfirmLength || bytes.count >= length
    }

    /// Reads a Connection Confirm; `nil` when the bytes are incomplete or are anything else (another TPDU, such as
    /// a disconnect, another protocol, garbage).
    public static func connectionConfirm(_ bytes: [UInt8]) -> ConnectionConfirm? {
        guard bytes.count >= 11, bytes[0] == tpktVersion, bytes[1] == 0 else { return nil }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        guard length >= 11, length <= maximumConfirmLength, bytes.count >= length else { return nil }
        let indicator = Int(bytes[4])
        // The X.224 header (indicator and what it counts) fits in the packet and is a CC TPDU of class 0.
        guard indicator >= 6, 5 + indicator <= length, bytes[5] & 0xF0 == 0xD0 else { return nil }
        let destination = UInt16(bytes[6]) << 8 | UInt16(bytes[7])
        let source = UInt16(bytes[8]) << 8 | UInt16(bytes[9])
        var negotiation = Negotiation.notNegotiated
        if indicator >= 14 {
            let type = bytes[11]
            let negotiationLength = Int(bytes[13]) | Int(bytes[14]) << 8
            guard negotiationLength == 8 else { return nil }
            let value = bytes[15..<19].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            switch type {
            case 0x02: negotiation = .selected(value, flags: bytes[12])
            case 0x03: negotiation = .failure(value)
            default: return nil
            }
        }
        return ConnectionConfirm(destinationReference: destination, sourceReference: source, negotiation: negotiation)
    }

    /// The answers of one probe: up to three Connection Requests on three connections.
    public struct Findings: Hashable, Sendable {
        /// The answer to a request for TLS, CredSSP and CredSSP with early authorization (`SSL|HYBRID|HYBRID_EX`):
        /// the protocol the server prefers.
        public var preferred: ConnectionConfirm
        /// The answer to a request for standard RDP security only; `nil` when that connection failed.
        public var standardOnly: ConnectionConfirm?
        /// The answer to a request for TLS only, asked when the server preferred CredSSP, to tell whether it also
        /// lets a client in without it; `nil` when not asked or when that connection failed.
        public var tlsOnly: ConnectionConfirm?

        public init(
            preferred: ConnectionConfirm,
            standardOnly: ConnectionConfirm? = nil,
            tlsOnly: ConnectionConfirm? = nil
        ) {
            self.preferred = preferred
            self.standardOnly = standardOnly
            self.tlsOnly = tlsOnly
        }

        /// Whether the server refuses a client that cannot do CredSSP: it answered a request for TLS only, or for
        /// standard RDP security only, with `HYBRID_REQUIRED_BY_SERVER`. `false` when it selected TLS or standard
        /// security in any answer (even when CredSSP was offered), or allows standard security only; `nil` when the
        /// answers do not tell.
        public var networkLevelAuthenticationRequired: Bool? {
            let answers = [preferred, standardOnly, tlsOnly].compactMap { $0?.negotiation }
            // A server that let one client in without CredSSP does not require it, whatever it told another.
            if answers.contains(where: { $0.selectedProtocol.map { !$0.isNetworkLevelAuthentication } ?? false }) {
                return false
            }
            if answers.contains(where: { $0.failureCode == RDPProbe.hybridRequiredByServer }) { return true }
            // Standard RDP security only (SSL_NOT_ALLOWED_BY_SERVER to the TLS and CredSSP offer): no CredSSP at all.
            if preferred.negotiation.failureCode == 2 { return false }
            return nil
        }

        /// Whether the server accepts standard RDP security, which has no TLS and does not authenticate the server:
        /// it selected standard RDP security, or answered without negotiation data; `nil` when not asked.
        public var standardSecurityAccepted: Bool? {
            if preferred.negotiation.selectedProtocol == .rdp { return true }
            guard let standardOnly else { return nil }
            return standardOnly.negotiation.selectedProtocol == .rdp
        }

        /// Every protocol the server selected in one of the answers, in the order of ``SecurityProtocol``.
        public var supportedProtocols: [SecurityProtocol] {
            let selected = Set([preferred, standardOnly, tlsOnly].compactMap { $0?.negotiation.selectedProtocol })
            return SecurityProtocol.allCases.filter(selected.contains)
        }

        /// The server product, when its answers match one Ward knows.
        ///
        /// xrdp (0.9) answers every Connection Request with source reference 0x1234 and only the
        /// `EXTENDED_CLIENT_DATA_SUPPORTED` flag, and, since it has no CredSSP, selects TLS or standard RDP security
        /// even when CredSSP is offered. Windows selects CredSSP when it is offered, or refuses with a failure code,
        /// and sets more flags. A heuristic: xrdp sends no version, and other servers may answer the same way.
        public var product: String? {
            guard case .selected(let value, let flags) = preferred.negotiation, flags == 0x01,
                preferred.sourceReference == 0x1234,
                value == SecurityProtocol.ssl.rawValue || value == SecurityProtocol.rdp.rawValue
            else { return nil }
            return "xrdp"
        }
    }

    /// The identity the answers give: service `rdp`, the product when ``Findings/product`` knows it (never a version:
    /// RDP sends none before logon), ``ServiceIdentity/tls`` when the server selected TLS or CredSSP, and `details`:
    ///
    /// - `selected_protocol`: what the server chose from `SSL|HYBRID|HYBRID_EX` (`SSL`, `HYBRID`, `HYBRID_EX`, `RDP`),
    ///   or `negotiation_failure` with the failure name;
    /// - `protocols`: every protocol it selected in an answer, comma-separated;
    /// - `nla_required` and `standard_security` (`true` or `false`), when the answers tell;
    /// - `standard_security_failure` and `tls_only_failure`: the failure names for those requests;
    /// - `flags`: the response flags by name.
    ///
    /// Standard RDP security accepted is listed in ``ServiceIdentity/weakAlgorithms`` as `rdp-standard-security`.
    public static func identity(_ findings: Findings) -> ServiceIdentity {
        var identity = ServiceIdentity(service: "rdp", product: findings.product)
        switch findings.preferred.negotiation {
        case .selected(let value, let flags):
            identity.details["selected_protocol"] = SecurityProtocol(rawValue: value)?.description ?? "0x\(hex(value))"
            let names = flagNames(flags)
            if !names.isEmpty { identity.details["flags"] = names.joined(separator: ",") }
        case .failure(let code):
            identity.details["negotiation_failure"] = failureName(code)
        case .notNegotiated:
            identity.details["selected_protocol"] = SecurityProtocol.rdp.description
            identity.details["negotiation"] = "none"
        }
        if let code = findings.standardOnly?.negotiation.failureCode {
            identity.details["standard_security_failure"] = failureName(code)
        }
        if let code = findings.tlsOnly?.negotiation.failureCode {
            identity.details["tls_only_failure"] = failureName(code)
        }
        let supported = findings.supportedProtocols
        if !supported.isEmpty {
            identity.details["protocols"] = supported.map(\.description).joined(separator: ",")
            identity.tls = supported.contains { $0 != .rdp }
        }
        if let required = findings.networkLevelAuthenticationRequired {
            identity.details["nla_required"] = required ? "true" : "false"
        }
        if let standard = findings.standardSecurityAccepted {
            identity.details["standard_security"] = standard ? "true" : "false"
            if standard { identity.weakAlgorithms.append("rdp-standard-security") }
        }
        return identity
    }

    static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }

    static func hex(_ value: UInt32) -> String {
        String(value, radix: 16, uppercase: true)
    }
}

extension BannerProbes {
    /// Asks an RDP server which security protocols it accepts, before any logon.
    ///
    /// One connection per question, each closed right after the server's X.224 Connection Confirm: first TLS, CredSSP
    /// and CredSSP with early authorization (`SSL|HYBRID|HYBRID_EX`), to learn what the server prefers; then standard
    /// RDP security only; then, when the server preferred CredSSP, TLS only, to learn whether it lets in a client
    /// without Network Level Authentication. No TLS handshake, no credentials, no cookie. All connections share
    /// `timeout`.
    ///
    /// - Returns: The identity (see ``RDPProbe/identity(_:)``); `nil` when the port is unreachable or the first answer
    ///   is not an X.224 Connection Confirm.
    public static func rdp(
        host: String,
        port: Int = 3389,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        func ask(_ protocols: [RDPProbe.SecurityProtocol]) async -> RDPProbe.ConnectionConfirm? {
            guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
            else { return nil }
            connection.send(RDPProbe.connectionRequest(requesting: protocols))
            let answer = await connection.read(until: RDPProbe.replyComplete)
            await connection.close()
            return RDPProbe.connectionConfirm(answer)
        }
        guard let preferred = await ask([.ssl, .hybrid, .hybridEx]) else { return nil }
        var findings = RDPProbe.Findings(preferred: preferred)
        findings.standardOnly = await ask([])
        if preferred.negotiation.selectedProtocol?.isNetworkLevelAuthentication == true {
            findings.tlsOnly = await ask([.ssl])
        }
        return RDPProbe.identity(findings)
    }
}
