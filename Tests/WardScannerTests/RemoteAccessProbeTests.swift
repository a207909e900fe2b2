import Foundation
import NIOCore
import NIOPosix
import Testing
import WardCore

@testable import WardScanner

/// The RDP, SMB and VNC probes: their parsers byte for byte (with answers captured from xrdp 0.9.21 and Samba 4.17),
/// then the probes against xrdp, Samba's smbd and TigerVNC's Xvnc started on free loopback ports, scripted servers
/// that answer like Windows, and hostile listeners.
@Suite struct RemoteAccessProbeTests {
    static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }

    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func bigEndian32(_ value: Int) -> [UInt8] {
        [UInt8((value >> 24) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    // MARK: - RDP

    /// A Connection Confirm as Windows and xrdp send it: source reference 0x1234, then a response (type 2) or a
    /// failure (type 3).
    static func confirm(type: UInt8, flags: UInt8 = 0, value: UInt32) -> [UInt8] {
        [0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, type, flags, 0x08, 0x00]
            + RDPProbe.littleEndian(value)
    }

    static func confirm(
        _ bytes: [UInt8],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RDPProbe.ConnectionConfirm {
        try #require(RDPProbe.connectionConfirm(bytes), sourceLocation: sourceLocation)
    }

    @Test func buildsTheConnectionRequest() {
        let offer = RDPProbe.connectionRequest(requesting: [.ssl, .hybrid, .hybridEx])
        #expect(offer == Self.bytes(hex: "030000130ee00000000000010008000b000000"))
        let standard = RDPProbe.connectionRequest(requesting: [])
        #expect(standard == Self.bytes(hex: "030000130ee000000000000100080000000000"))
        #expect(RDPProbe.connectionRequest(requesting: [.ssl]).suffix(4) == [1, 0, 0, 0])
    }

    @Test func readsConnectionConfirmsCapturedFromXrdp() throws {
        let ssl = try Self.confirm(Self.bytes(hex: "030000130ed000001234000201080001000000"))
        #expect(ssl.negotiation == .selected(1, flags: 0x01) && ssl.sourceReference == 0x1234)
        #expect(ssl.negotiation.selectedProtocol == .ssl && ssl.destinationReference == 0)
        let standard = try Self.confirm(Self.bytes(hex: "030000130ed000001234000201080000000000"))
        #expect(standard.negotiation.selectedProtocol == .rdp)
        let refused = try Self.confirm(Self.bytes(hex: "030000130ed000001234000300080001000000"))
        #expect(refused.negotiation == .failure(1) && refused.negotiation.selectedProtocol == nil)
        #expect(RDPProbe.failureName(1) == "SSL_REQUIRED_BY_SERVER")
        // A request without negotiation data gets a bare Connection Confirm: standard RDP security.
        let legacy = try Self.confirm(Self.bytes(hex: "0300000b06d00000123400"))
        #expect(legacy.negotiation == .notNegotiated && legacy.negotiation.selectedProtocol == .rdp)
        let windows = try Self.confirm(Self.confirm(type: 2, flags: 0x1F, value: 8))
        #expect(windows.negotiation.selectedProtocol == .hybridEx)
        #expect(
            RDPProbe.flagNames(0x1F) == [
                "EXTENDED_CLIENT_DATA_SUPPORTED", "DYNVC_GFX_PROTOCOL_SUPPORTED", "NEGRSP_FLAG_RESERVED",
                "RESTRICTED_ADMIN_MODE_SUPPORTED", "REDIRECTED_AUTHENTICATION_MODE_SUPPORTED",
            ]
        )
    }

    @Test(arguments: [
        ("empty", [UInt8]()),
        ("incomplete", Array(bytes(hex: "030000130ed000001234000201080001").prefix(14))),
        ("xrdp's disconnect", bytes(hex: "0300000902f0802180")),
        ("HTTP", Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8)),
        ("a Connection Request", bytes(hex: "030000130ee00000000000010008000b000000")),
        ("huge length", bytes(hex: "0300ffff0ed000001234000201080001000000")),
        ("negotiation length 9", bytes(hex: "030000130ed000001234000201090001000000")),
        ("negotiation type 7", bytes(hex: "030000130ed000001234000701080001000000")),
        ("indicator past the end", bytes(hex: "030000130fd000001234000201080001000000")),
    ])
    func refusesWhatIsNotAConnectionConfirm(_ name: String, _ bytes: [UInt8]) {
        #expect(RDPProbe.connectionConfirm(bytes) == nil, "\(name)")
    }

    @Test func stopsReadingAtTheFirstWholePacketOrAtGarbage() {
        let whole = Self.bytes(hex: "030000130ed000001234000201080001000000")
        #expect(RDPProbe.replyComplete(whole) && !RDPProbe.replyComplete(Array(whole.prefix(10))))
        #expect(!RDPProbe.replyComplete([]) && !RDPProbe.replyComplete([3, 0]))
        #expect(RDPProbe.replyComplete(Self.ascii("A")), "not TPKT")
        #expect(RDPProbe.replyComplete([3, 0, 0xFF, 0xFF]), "a length no Connection Confirm has")
    }

    @Test func windowsRequiringNetworkLevelAuthentication() throws {
        let findings = RDPProbe.Findings(
            preferred: try Self.confirm(Self.confirm(type: 2, flags: 0x1F, value: 8)),
            standardOnly: try Self.confirm(Self.confirm(type: 3, value: 5)),
            tlsOnly: try Self.confirm(Self.confirm(type: 3, value: 5))
        )
        #expect(findings.networkLevelAuthenticationRequired == true)
        #expect(findings.standardSecurityAccepted == false)
        #expect(findings.supportedProtocols == [.hybridEx] && findings.product == nil)
        let facts = ServiceIdentifier.facts(RDPProbe.identity(findings))
        #expect(facts["service"] == "rdp" && facts["rdp.selected_protocol"] == "HYBRID_EX")
        #expect(facts["rdp.nla_required"] == "true" && facts["rdp.standard_security"] == "false")
        #expect(facts["rdp.standard_security_failure"] == "HYBRID_REQUIRED_BY_SERVER")
        #expect(facts["rdp.tls_only_failure"] == "HYBRID_REQUIRED_BY_SERVER")
        #expect(facts["rdp.tls"] == "true" && facts["rdp.weak_algorithms"] == nil)
        #expect(facts["version"] == nil && facts["cpe"] == nil && facts["product"] == nil)
    }

    @Test func windowsWithoutNetworkLevelAuthentication() throws {
        let open = RDPProbe.Findings(
            preferred: try Self.confirm(Self.confirm(type: 2, flags: 0x1F, value: 8)),
            standardOnly: try Self.confirm(Self.confirm(type: 2, flags: 0x1F, value: 0)),
            tlsOnly: try Self.confirm(Self.confirm(type: 2, flags: 0x1F, value: 1))
        )
        #expect(open.networkLevelAuthenticationRequired == false && open.standardSecurityAccepted == true)
        #expect(open.supportedProtocols == [.rdp, .ssl, .hybridEx])
        let identity = RDPProbe.identity(open)
        #expect(identity.details["protocols"] == "RDP,SSL,HYBRID_EX")
        #expect(identity.weakAlgorithms == ["rdp-standard-security"])

        // Security layer "RDP": TLS and CredSSP refused, standard security selected.
        let legacy = RDPProbe.Findings(
            preferred: try Self.confirm(Self.confirm(type: 3, value: 2)),
            standardOnly: try Self.confirm(Self.confirm(type: 2, flags: 0x01, value: 0))
        )
        #expect(legacy.networkLevelAuthenticationRequired == false && legacy.standardSecurityAccepted == true)
        let legacyIdentity = RDPProbe.identity(legacy)
        #expect(legacyIdentity.details["negotiation_failure"] == "SSL_NOT_ALLOWED_BY_SERVER")
        #expect(legacyIdentity.tls == false && legacyIdentity.details["protocols"] == "RDP")

        // A server from before negotiation: a bare Connection Confirm to both.
        let bare = try Self.confirm(Self.bytes(hex: "0300000b06d00000123400"))
        let old = RDPProbe.identity(RDPProbe.Findings(preferred: bare, standardOnly: bare))
        #expect(old.details["negotiation"] == "none" && old.details["standard_security"] == "true")
        #expect(old.details["nla_required"] == "false" && old.product == nil)
    }

    @Test func onlyAnsweredQuestionsBecomeFacts() throws {
        // The server preferred CredSSP, and the later connections failed: nothing is known about the rest.
        let findings = RDPProbe.Findings(preferred: try Self.confirm(Self.confirm(type: 2, flags: 0x1F, value: 2)))
        #expect(findings.networkLevelAuthenticationRequired == nil && findings.standardSecurityAccepted == nil)
        let identity = RDPProbe.identity(findings)
        #expect(identity.details["nla_required"] == nil && identity.details["standard_security"] == nil)
        #expect(identity.details["protocols"] == "HYBRID")
    }

    // MARK: - SMB

    /// Samba 4.17's answer to Ward's SMB2 NEGOTIATE, with `server signing = mandatory` and NetBIOS name `VM`.
    static let sambaSMB2 = bytes(
        hex: "000000fefe534d4240000000000000000000010001000000000000000000000000000000fffe00000000000000000000"
            + "00000000000000000000000000000000000000004100030011030100766d000000000000000000000000000007000000"
            + "000080000000800000008000b40cc82aba80dd01000000000000000080004a00d0000000604806062b0601050502a03e"
            + "303ca00e300c060a2b06010401823702020aa32a3028a0261b246e6f745f646566696e65645f696e5f52464334313738"
            + "40706c656173655f69676e6f72650000000000000100260000000000010020000100ce5ea879c027486d9fa5601a91fb"
            + "6a39d1f510be210d2ad382a565c6f9c19a98"
    )

    /// Samba's answer to Ward's SMB1 NEGOTIATE with `server min protocol = NT1` and mandatory signing.
    static let sambaSMB1On = bytes(
        hex: "0000009fff534d4272000000008803c80000000000000000000000000000fffe000000001100000f3200010004410000"
            + "000001005c460000fcf3808075ccc52aba80dd010000005a00766d0000000000000000000000000000604806062b0601"
            + "050502a03e303ca00e300c060a2b06010401823702020aa32a3028a0261b246e6f745f646566696e65645f696e5f5246"
            + "433431373840706c656173655f69676e6f7265"
    )

    /// Samba's answer with SMBv1 off (the default `server min protocol = SMB2_02` and up): no dialect.
    static let sambaSMB1Off = bytes(
        hex: "00000025ff534d4272000000008803c00000000000000000000000000000fffe0000000001ffff0000"
    )

    @Test func buildsTheSMB2Negotiate() {
        let guid = [UInt8](repeating: 0xAB, count: 16)
        let salt = [UInt8](repeating: 0x5A, count: 32)
        let request = SMBProbe.smb2NegotiateRequest(clientGUID: guid, salt: salt)
        #expect(request[0] == 0 && Int(request[1]) << 16 | Int(request[2]) << 8 | Int(request[3]) == request.count - 4)
        let message = Array(request[4...])
        #expect(message.starts(with: [0xFE, 0x53, 0x4D, 0x42]) && SMBProbe.le16(message, 4) == 64)
        #expect(SMBProbe.le16(message, 12) == 0, "NEGOTIATE")
        #expect(SMBProbe.le16(message, 64) == 36 && SMBProbe.le16(message, 66) == 5)
        #expect(SMBProbe.le16(message, 68) == 1, "signing enabled, not required")
        #expect(Array(message[76..<92]) == guid)
        let offset = Int(SMBProbe.le32(message, 92))
        #expect(offset == 112 && offset % 8 == 0 && SMBProbe.le16(message, 96) == 1)
        #expect((0..<5).map { SMBProbe.le16(message, 100 + 2 * $0) } == [0x0202, 0x0210, 0x0300, 0x0302, 0x0311])
        // The preauthentication integrity context: type 1, 38 bytes, one algorithm (SHA-512), the salt.
        #expect(SMBProbe.le16(message, offset) == 1 && SMBProbe.le16(message, offset + 2) == 38)
        #expect(SMBProbe.le16(message, offset + 8) == 1 && SMBProbe.le16(message, offset + 10) == 32)
        #expect(SMBProbe.le16(message, offset + 12) == 1 && Array(message[(offset + 14)...]) == salt)
        #expect(SMBProbe.smb2NegotiateRequest().count == request.count)
    }

    @Test func buildsTheSMB1Negotiate() {
        let request = SMBProbe.smb1NegotiateRequest
        #expect(Array(request[4..<9]) == [0xFF, 0x53, 0x4D, 0x42, 0x72])
        #expect(Int(request[3]) == request.count - 4)
        #expect(Array(request[(request.count - 12)...]) == [0x02] + Self.ascii("NT LM 0.12") + [0])
    }

    @Test func readsSambasSMB2Answer() throws {
        #expect(SMBProbe.messageComplete(Self.sambaSMB2))
        #expect(!SMBProbe.messageComplete(Array(Self.sambaSMB2.dropLast())))
        guard case .negotiated(let response) = SMBProbe.smb2Reply(Self.sambaSMB2) else {
            Issue.record("no SMB2 NEGOTIATE response")
            return
        }
        #expect(response.dialect == 0x0311 && SMBProbe.dialectName(response.dialect) == "3.1.1")
        #expect(response.signingEnabled && response.signingRequired)
        #expect(SMBProbe.sambaName(serverGUID: response.serverGUID) == "vm")
        #expect(response.preauthHashAlgorithms == [0x0001] && response.ciphers.isEmpty)
        #expect(response.maxReadSize == 8_388_608 && response.serverStartTime == nil)
        let time = try #require(response.systemTime)
        #expect(ISO8601DateFormatter().string(from: time) == "2026-11-30T11:01:36Z")
        #expect(SMBProbe.capabilityNames(response.capabilities) == ["DFS", "LEASING", "LARGE_MTU"])
        #expect(SMBProbe.smb2Reply(Array(Self.sambaSMB2.dropLast())) == nil, "cut")
    }

    @Test func readsSambasSMB1Answers() throws {
        let on = try #require(SMBProbe.smb1Reply(Self.sambaSMB1On))
        #expect(on.accepted && on.dialectIndex == 0 && on.signingRequired == true && on.signingEnabled == true)
        let off = try #require(SMBProbe.smb1Reply(Self.sambaSMB1Off))
        #expect(!off.accepted && off.dialectIndex == 0xFFFF && off.signingRequired == nil)
        #expect(SMBProbe.smb1Reply(Self.sambaSMB2) == nil && SMBProbe.smb2Reply(Self.sambaSMB1On) == nil)
    }

    @Test(arguments: [
        ("empty", [UInt8]()),
        ("HTTP", Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8)),
        ("negative session response", [0x83, 0x00, 0x00, 0x01, 0x8F]),
        ("huge length", [0x00, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 64)),
        ("too short", [0x00, 0x00, 0x00, 0x04, 0xFE, 0x53, 0x4D, 0x42]),
        ("a request", SMBProbe.smb2NegotiateRequest()),
    ])
    func refusesWhatIsNotANegotiateResponse(_ name: String, _ bytes: [UInt8]) {
        #expect(SMBProbe.smb2Reply(bytes) == nil, "\(name)")
        #expect(SMBProbe.smb1Reply(bytes) == nil, "\(name)")
    }

    @Test func readsErrorsAndGUIDs() {
        // An SMB2 ERROR response: STATUS_NOT_SUPPORTED, StructureSize 9.
        var error = [UInt8](repeating: 0, count: 64 + 9)
        error[0...3] = [0xFE, 0x53, 0x4D, 0x42]
        error[4] = 64
        error[8...11] = [0xBB, 0x00, 0x00, 0xC0]
        error[64] = 9
        #expect(SMBProbe.smb2Reply(SMBProbe.sessionMessage(error)) == .error(status: 0xC000_00BB))
        let identity = SMBProbe.identity(smb2: .error(status: 0xC000_00BB), smb1: .refused)
        #expect(identity?.details["negotiate_status"] == "0xC00000BB" && identity?.details["smb1"] == "false")

        let guid: [UInt8] = [
            0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF,
        ]
        #expect(SMBProbe.guidString(guid) == "00112233-4455-6677-8899-aabbccddeeff")
        #expect(SMBProbe.sambaName(serverGUID: guid) == nil)
        #expect(SMBProbe.sambaName(serverGUID: [UInt8](repeating: 0, count: 16)) == nil)
        #expect(SMBProbe.sambaName(serverGUID: Self.ascii("wardsmbtest") + [0, 0, 0, 0, 0]) == "wardsmbtest")
        #expect(SMBProbe.sambaName(serverGUID: Self.ascii("abc") + [0, 1] + [UInt8](repeating: 0, count: 11)) == nil)
        #expect(SMBProbe.fileTime(116_444_736_000_000_000) == Date(timeIntervalSince1970: 0))
        #expect(SMBProbe.fileTime(0) == nil)
    }

    @Test func smbFactsForSambaWithSMBv1OnAndSigningRequired() throws {
        let smb2 = try #require(SMBProbe.smb2Reply(Self.sambaSMB2))
        let smb1 = try #require(SMBProbe.smb1Reply(Self.sambaSMB1On))
        let identity = try #require(SMBProbe.identity(smb2: smb2, smb1: .negotiated(smb1)))
        #expect(identity.product == "Samba" && identity.version == nil && identity.cpe == nil)
        #expect(identity.weakAlgorithms == ["smbv1"])
        let facts = ServiceIdentifier.facts(identity)
        #expect(facts["service"] == "smb" && facts["smb.dialect"] == "3.1.1")
        #expect(facts["smb.smb1"] == "true" && facts["smb.smb1_signing_required"] == "true")
        #expect(facts["smb.signing_required"] == "true" && facts["smb.signing_enabled"] == "true")
        #expect(facts["smb.server_guid"] == "00006d76-0000-0000-0000-000000000000")
        #expect(facts["smb.netbios_name"] == "vm" && facts["smb.preauth_hash"] == "SHA-512")
        #expect(facts["smb.server_time"] == "2026-11-30T11:01:36Z" && facts["smb.server_start_time"] == nil)

        let off = try #require(SMBProbe.smb1Reply(Self.sambaSMB1Off))
        let without = try #require(SMBProbe.identity(smb2: smb2, smb1: .negotiated(off)))
        #expect(without.details["smb1"] == "false" && without.weakAlgorithms.isEmpty)
        #expect(without.details["smb1_signing_required"] == nil)
        #expect(SMBProbe.identity(smb2: smb2, smb1: .noAnswer)?.details["smb1"] == nil)
        #expect(SMBProbe.identity(smb2: nil, smb1: .refused) == nil, "nothing spoke SMB")

        // An SMB1-only server: its SMB1 answer is all there is.
        let old = try #require(SMBProbe.identity(smb2: nil, smb1: .negotiated(smb1)))
        #expect(old.details["dialect"] == "NT LM 0.12" && old.details["signing_required"] == "true")
        #expect(old.details["smb1"] == "true" && old.product == nil)
    }

    // MARK: - VNC

    @Test func readsGreetings() throws {
        let tiger = try #require(VNCProbe.protocolVersion(Self.ascii("RFB 003.008\n")))
        #expect(tiger.text == "3.8" && tiger.handshake == .v38 && tiger.product == nil)
        #expect(VNCProbe.protocolVersion(Self.ascii("RFB 003.007\n"))?.handshake == .v37)
        #expect(VNCProbe.protocolVersion(Self.ascii("RFB 003.003\n"))?.handshake == .v33)
        #expect(VNCProbe.protocolVersion(Self.ascii("RFB 003.005\n"))?.handshake == .v33, "unknown 3.x is 3.3")
        let apple = try #require(VNCProbe.protocolVersion(Self.ascii("RFB 003.889\n")))
        #expect(apple.handshake == .v38 && apple.product == "Apple Remote Desktop")
        #expect(VNCProbe.protocolVersion(Self.ascii("RFB 005.000\n"))?.product == "RealVNC")
        #expect(VNCProbe.Handshake.v38.message == Self.ascii("RFB 003.008\n"))
        for text in ["", "RFB 003.00", "RFB 003.008\r", "RFB 0x3.008\n", "SSH-2.0-OpenSSH", "HTTP/1.1 400 Bad"] {
            #expect(VNCProbe.protocolVersion(Self.ascii(text)) == nil, "\(text)")
        }
        #expect(!VNCProbe.greetingComplete(Self.ascii("RFB")) && VNCProbe.greetingComplete(Self.ascii("SSH")))
        #expect(VNCProbe.greetingComplete(Self.ascii("RFB 003.008\n")))
    }

    @Test func readsSecurityOffers() {
        #expect(VNCProbe.securityAnswer([1, 1], handshake: .v38) == .types([1]))
        #expect(VNCProbe.securityAnswer([3, 19, 19, 2], handshake: .v38) == .types([19, 19, 2]))
        #expect(VNCProbe.securityAnswer([3, 19], handshake: .v38) == nil, "incomplete")
        #expect(VNCProbe.securityAnswer([], handshake: .v37) == nil)
        let refusal = [0] + Self.bigEndian32(26) + Self.ascii("Too many security failures")
        #expect(VNCProbe.securityAnswer(refusal, handshake: .v38) == .failure(reason: "Too many security failures"))
        #expect(VNCProbe.securityAnswer(Array(refusal.dropLast()), handshake: .v38) == nil)
        // 3.3: one 32-bit type, or 0 and a reason; a 16-byte challenge may follow VNC Authentication.
        #expect(
            VNCProbe.securityAnswer([0, 0, 0, 2] + [UInt8](repeating: 7, count: 16), handshake: .v33) == .types([2])
        )
        let old = [0, 0, 0, 0] + Self.bigEndian32(5) + Self.ascii("nope\u{1}")
        #expect(VNCProbe.securityAnswer(old, handshake: .v33) == .failure(reason: "nope"))
        #expect(VNCProbe.securityAnswer([0x41, 0x41, 0x41, 0x41], handshake: .v33) == nil)
        #expect(VNCProbe.securityAnswerComplete([0x41, 0x41, 0x41, 0x41], handshake: .v33), "nonsense ends the read")
        // A reason claiming 4 GiB is cut at the limit.
        let huge = [0, 0xFF, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0x42, count: VNCProbe.maximumReasonLength)
        guard case .failure(let reason) = VNCProbe.securityAnswer(huge, handshake: .v38) else {
            Issue.record("no failure")
            return
        }
        #expect(reason?.count == VNCProbe.maximumReasonLength)
    }

    @Test func vncFacts() throws {
        let version = try #require(VNCProbe.protocolVersion(Self.ascii("RFB 003.008\n")))
        let open = VNCProbe.identity(version: version, answer: .types([1]))
        let openFacts = ServiceIdentifier.facts(open)
        #expect(openFacts["service"] == "vnc" && openFacts["vnc.unauthenticated"] == "true")
        #expect(openFacts["vnc.security_types"] == "None" && openFacts["vnc.protocol_version"] == "3.8")
        #expect(openFacts["banner"] == "RFB 003.008" && openFacts["vnc.tls"] == "false")

        let locked = VNCProbe.identity(version: version, answer: .types([19, 19, 2]))
        #expect(locked.unauthenticatedAccess == false && locked.tls == true)
        #expect(locked.details["security_types"] == "VeNCrypt,VNC Authentication")
        #expect(locked.weakAlgorithms == ["vnc-authentication"])

        let refused = VNCProbe.identity(version: version, answer: .failure(reason: "Too many security failures"))
        #expect(
            refused.unauthenticatedAccess == nil && refused.details["failure_reason"] == "Too many security failures"
        )
        #expect(VNCProbe.securityTypeName(5) == "RA2" && VNCProbe.securityTypeName(200) == "RealVNC-200")
        #expect(VNCProbe.securityTypeName(30) == "Apple-30" && VNCProbe.securityTypeName(99) == "Type-99")
    }

    // MARK: - Scripted servers on loopback

    @Test func rdpAgainstAScriptedWindowsThatRequiresNLA() async throws {
        let (server, port) = try await BannerProbeTests.listen {
            RemoteAccessScript { received in
                guard received.count >= 19 else { return nil }
                let requested = received[15..<19].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                let answer =
                    requested & 0x08 != 0
                    ? RemoteAccessProbeTests.confirm(type: 2, flags: 0x1F, value: 0x08)
                    : RemoteAccessProbeTests.confirm(type: 3, value: 5)
                return (answer, .close)
            }
        }
        defer { server.close(promise: nil) }
        let identity = try #require(await BannerProbes.rdp(host: "127.0.0.1", port: port, timeout: .seconds(10)))
        #expect(identity.service == "rdp" && identity.product == nil)
        #expect(identity.details["selected_protocol"] == "HYBRID_EX" && identity.details["nla_required"] == "true")
        #expect(identity.details["standard_security"] == "false")
        #expect(identity.details["tls_only_failure"] == "HYBRID_REQUIRED_BY_SERVER", "the third question was asked")
    }

    @Test func smbAgainstAScriptedServerThatDropsSMB1() async throws {
        let (server, port) = try await BannerProbeTests.listen {
            RemoteAccessScript { received in
                guard received.count >= 5 else { return nil }
                // SMB2 gets Samba's answer; SMB1 gets a closed connection, as Windows with SMBv1 removed does.
                return received[4] == 0xFE ? (RemoteAccessProbeTests.sambaSMB2, .stay) : ([], .close)
            }
        }
        defer { server.close(promise: nil) }
        let identity = try #require(await BannerProbes.smb(host: "127.0.0.1", port: port, timeout: .seconds(10)))
        #expect(identity.details["dialect"] == "3.1.1" && identity.details["signing_required"] == "true")
        #expect(identity.details["smb1"] == "false" && identity.product == "Samba")
    }

    @Test func smbAgainstAScriptedNetBIOSServiceThatRefusesTheSession() async throws {
        // Every first message, a bare SMB2 NEGOTIATE or a session request, gets "not listening on called name".
        let (server, port) = try await BannerProbeTests.listen {
            RemoteAccessScript { received in received.isEmpty ? nil : ([0x83, 0x00, 0x00, 0x01, 0x80], .close) }
        }
        defer { server.close(promise: nil) }
        // Not port 139 and no flag: the probe asks directly, reads the refusal, and asks again through a session.
        let identity = try #require(await BannerProbes.smb(host: "127.0.0.1", port: port, timeout: .seconds(10)))
        #expect(identity.service == "netbios-ssn" && identity.details["session"] == "refused 0x80", "\(identity)")
        #expect(identity.details["dialect"] == nil)
    }

    @Test func netBIOSSessionRequestAndAnswers() {
        let called = SMBProbe.encodedName("*SMBSERVER", suffix: 0x20)
        #expect(called == [0x20] + RemoteAccessProbeTests.ascii("CKFDENECFDEFFCFGEFFCCACACACACACA") + [0x00])
        let request = SMBProbe.sessionRequest()
        #expect(request.count == 72 && Array(request.prefix(4)) == [0x81, 0x00, 0x00, 68])
        #expect(Array(request[4..<38]) == called)
        #expect(
            Array(request[38...]) == [0x20]
                + RemoteAccessProbeTests.ascii("FHEBFCEE" + String(repeating: "CA", count: 11) + "AA") + [0x00]
        )
        #expect(SMBProbe.sessionAnswer([0x82, 0, 0, 0]) == .positive)
        #expect(SMBProbe.sessionAnswer([0x83, 0, 0, 1, 0x82]) == .negative(code: 0x82))
        #expect(SMBProbe.sessionAnswer([0x83, 0, 0, 1]) == .other, "cut before the error code")
        #expect(SMBProbe.sessionAnswer([0x84, 0, 0, 6, 127, 0, 0, 1, 0, 139]) == .retarget)
        #expect(SMBProbe.sessionAnswer([]) == .other && SMBProbe.sessionAnswer([0x00, 0, 0, 0]) == .other)
        // A refusal split across segments is waited for whole; bytes that are not NetBIOS end the read at once.
        #expect(!SMBProbe.messageComplete([0x83, 0, 0]) && !SMBProbe.messageComplete([0x83, 0, 0, 1]))
        #expect(SMBProbe.messageComplete([0x83, 0, 0, 1, 0x80]) && SMBProbe.messageComplete(Array("HTTP".utf8)))
    }

    @Test func vncRefusalsAndOldServers() async throws {
        let reason = "Too many security failures"
        let (refusing, refusingPort) = try await BannerProbeTests.listen {
            RemoteAccessScript(greeting: RemoteAccessProbeTests.ascii("RFB 003.008\n")) { received in
                guard received.count >= 12 else { return nil }
                return ([0] + RemoteAccessProbeTests.bigEndian32(reason.utf8.count) + Array(reason.utf8), .close)
            }
        }
        defer { refusing.close(promise: nil) }
        let refused = try #require(await BannerProbes.vnc(host: "127.0.0.1", port: refusingPort, timeout: .seconds(10)))
        #expect(refused.details["failure_reason"] == reason && refused.details["security_types"] == "")
        #expect(refused.unauthenticatedAccess == nil)

        // A 3.3 server that says "VNC Authentication" and sends its challenge at once.
        let (old, oldPort) = try await BannerProbeTests.listen {
            RemoteAccessScript(greeting: RemoteAccessProbeTests.ascii("RFB 003.003\n")) { received in
                guard received == RemoteAccessProbeTests.ascii("RFB 003.003\n") else { return nil }
                return ([0, 0, 0, 2] + [UInt8](repeating: 0x11, count: 16), .stay)
            }
        }
        defer { old.close(promise: nil) }
        let oldIdentity = try #require(await BannerProbes.vnc(host: "127.0.0.1", port: oldPort, timeout: .seconds(10)))
        #expect(oldIdentity.details["protocol_version"] == "3.3" && oldIdentity.unauthenticatedAccess == false)
        #expect(oldIdentity.details["security_types"] == "VNC Authentication")
    }

    // MARK: - Hostile listeners

    @Test func hostilePeersAreBoundedInTimeAndBytes() async throws {
        // A long timeout, so that a probe ended by what it read is told apart from one that ran to the deadline even
        // on a loaded machine; the silent peer gets a short one, since it costs exactly that.
        let timeout = Duration.seconds(30)
        let slack = Duration.seconds(20)
        let short = Duration.seconds(2)
        let each: [@Sendable (Int) async -> ServiceIdentity?] = [
            { await BannerProbes.rdp(host: "127.0.0.1", port: $0, timeout: timeout) },
            { await BannerProbes.smb(host: "127.0.0.1", port: $0, timeout: timeout) },
            { await BannerProbes.vnc(host: "127.0.0.1", port: $0, timeout: timeout) },
        ]
        let eachShort: [@Sendable (Int) async -> ServiceIdentity?] = [
            { await BannerProbes.rdp(host: "127.0.0.1", port: $0, timeout: short) },
            { await BannerProbes.smb(host: "127.0.0.1", port: $0, timeout: short) },
            { await BannerProbes.vnc(host: "127.0.0.1", port: $0, timeout: short) },
        ]
        func probes(_ port: Int) async -> [ServiceIdentity?] {
            var results: [ServiceIdentity?] = []
            for probe in each { results.append(await probe(port)) }
            return results
        }

        // Garbage, then the connection closes.
        let (garbage, garbagePort) = try await BannerProbeTests.listen {
            RemoteAccessScript(greeting: RemoteAccessProbeTests.ascii("HTTP/1.1 400 Bad Request\r\n\r\n")) { _ in
                ([0x13, 0x37, 0x00, 0xFF], .close)
            }
        }
        defer { garbage.close(promise: nil) }
        var start = ContinuousClock.now
        #expect(await probes(garbagePort).allSatisfy { $0 == nil })
        #expect(ContinuousClock.now - start < slack)

        // An endless stream of "A".
        let (endless, endlessPort) = try await BannerProbeTests.listen { EndlessWriter() }
        defer { endless.close(promise: nil) }
        start = ContinuousClock.now
        #expect(await probes(endlessPort).allSatisfy { $0 == nil })
        #expect(ContinuousClock.now - start < slack, "the first bytes, not the deadline, ended each probe")

        // Nothing at all: each probe waits its timeout once, then gives up.
        let (silent, silentPort) = try await BannerProbeTests.listen(nil)
        defer { silent.close(promise: nil) }
        for (index, probe) in eachShort.enumerated() {
            start = ContinuousClock.now
            #expect(await probe(silentPort) == nil)
            let elapsed = ContinuousClock.now - start
            #expect(elapsed >= short - .milliseconds(100) && elapsed < short + slack, "probe \(index): \(elapsed)")
        }

        // Well-formed beginnings that then claim huge lengths and flood.
        let (tpkt, tpktPort) = try await BannerProbeTests.listen {
            RemoteAccessScript { _ in ([0x03, 0x00, 0xFF, 0xFF], .flood) }
        }
        defer { tpkt.close(promise: nil) }
        #expect(await BannerProbes.rdp(host: "127.0.0.1", port: tpktPort, timeout: timeout) == nil)
        let (netbios, netbiosPort) = try await BannerProbeTests.listen {
            RemoteAccessScript { _ in ([0x00, 0xFF, 0xFF, 0xFF, 0xFE, 0x53, 0x4D, 0x42], .flood) }
        }
        defer { netbios.close(promise: nil) }
        #expect(await BannerProbes.smb(host: "127.0.0.1", port: netbiosPort, timeout: timeout) == nil)
        let (rfb, rfbPort) = try await BannerProbeTests.listen {
            RemoteAccessScript(greeting: RemoteAccessProbeTests.ascii("RFB 003.008\n")) { _ in
                ([0, 0xFF, 0xFF, 0xFF, 0xFF], .flood)
            }
        }
        defer { rfb.close(promise: nil) }
        start = ContinuousClock.now
        let flooded = try #require(await BannerProbes.vnc(host: "127.0.0.1", port: rfbPort, timeout: timeout))
        #expect(flooded.details["failure_reason"]?.count == VNCProbe.maximumReasonLength, "cut, not endless")
        #expect(ContinuousClock.now - start < slack)

        // A closed port (port 1: only root may bind it, and no test does).
        #expect(await probes(1).allSatisfy { $0 == nil })
    }

    // MARK: - Real servers on loopback

    @Test(.enabled(if: RemoteAccessPeers.xrdp != nil || BannerPeers.required, "xrdp is not installed"))
    func identifiesXrdp() async throws {
        let xrdp = try #require(RemoteAccessPeers.xrdp, "WARD_REQUIRE_PEERS=1 but xrdp is missing")
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let openssl = try #require(BannerPeers.path("openssl"), "openssl is missing")
        let key = directory.appendingPathComponent("key.pem").path
        let certificate = directory.appendingPathComponent("cert.pem").path
        try await BannerPeers.run(
            openssl,
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "2",
                "-subj", "/CN=ward-xrdp-test",
            ]
        )
        func probe(securityLayer: String) async throws -> ServiceIdentity? {
            let ini = directory.appendingPathComponent("xrdp-\(securityLayer).ini").path
            return try await RemoteAccessPeers.withServer(xrdp, in: directory) { port in
                try """
                [Globals]
                ini_version=1
                fork=false
                port=tcp://127.0.0.1:\(port)
                security_layer=\(securityLayer)
                crypt_level=high
                certificate=\(certificate)
                key_file=\(key)
                ssl_protocols=TLSv1.2, TLSv1.3

                [Logging]
                LogFile=\(directory.path)/xrdp-\(securityLayer).log
                LogLevel=INFO
                EnableSyslog=false

                """.write(toFile: ini, atomically: true, encoding: .utf8)
                return ["--nodaemon", "--config", ini]
            } body: { port in
                await BannerProbes.rdp(host: "127.0.0.1", port: port, timeout: .seconds(10))
            }
        }

        // security_layer=negotiate: TLS when the client offers it, standard RDP security when it offers nothing else.
        let negotiate = try #require(try await probe(securityLayer: "negotiate"))
        #expect(negotiate.service == "rdp" && negotiate.product == "xrdp")
        #expect(negotiate.version == nil && negotiate.cpe == nil, "xrdp sends no version")
        #expect(negotiate.details["selected_protocol"] == "SSL", "\(negotiate.details)")
        #expect(negotiate.details["protocols"] == "RDP,SSL" && negotiate.tls == true)
        #expect(negotiate.details["nla_required"] == "false", "xrdp has no CredSSP")
        #expect(negotiate.details["standard_security"] == "true")
        #expect(negotiate.details["flags"] == "EXTENDED_CLIENT_DATA_SUPPORTED")
        #expect(negotiate.weakAlgorithms == ["rdp-standard-security"])

        // security_layer=tls: standard RDP security refused with SSL_REQUIRED_BY_SERVER.
        let tls = try #require(try await probe(securityLayer: "tls"))
        #expect(tls.product == "xrdp" && tls.details["selected_protocol"] == "SSL", "\(tls.details)")
        #expect(tls.details["standard_security"] == "false")
        #expect(tls.details["standard_security_failure"] == "SSL_REQUIRED_BY_SERVER")
        #expect(tls.details["nla_required"] == "false" && tls.details["protocols"] == "SSL")
        #expect(tls.weakAlgorithms.isEmpty)

        // security_layer=rdp: xrdp selects standard RDP security even when offered TLS and CredSSP (Windows would
        // answer SSL_NOT_ALLOWED_BY_SERVER).
        let rdp = try #require(try await probe(securityLayer: "rdp"))
        #expect(rdp.product == "xrdp" && rdp.details["selected_protocol"] == "RDP", "\(rdp.details)")
        #expect(rdp.details["protocols"] == "RDP" && rdp.tls == false)
        #expect(rdp.details["standard_security"] == "true" && rdp.details["nla_required"] == "false")
    }

    @Test(.enabled(if: RemoteAccessPeers.smbd != nil || BannerPeers.required, "samba (smbd) is not installed"))
    func identifiesSambaWithAndWithoutSMBv1() async throws {
        let smbd = try #require(RemoteAccessPeers.smbd, "WARD_REQUIRE_PEERS=1 but smbd is missing")
        func probe(_ settings: String, netbios: Bool = false) async throws -> ServiceIdentity? {
            let directory = try BannerPeers.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let config = directory.appendingPathComponent("smb.conf").path
            for name in ["private", "lock", "state", "cache", "pid", "ncalrpc"] {
                try FileManager.default.createDirectory(
                    at: directory.appendingPathComponent(name),
                    withIntermediateDirectories: true
                )
            }
            return try await RemoteAccessPeers.withServer(smbd, in: directory) { port in
                let path = directory.path
                try """
                [global]
                netbios name = WARDSMBTEST
                server role = standalone server
                smb ports = \(port)
                interfaces = 127.0.0.1
                bind interfaces only = yes
                disable netbios = yes
                private dir = \(path)/private
                lock directory = \(path)/lock
                state directory = \(path)/state
                cache directory = \(path)/cache
                pid directory = \(path)/pid
                ncalrpc dir = \(path)/ncalrpc
                log file = \(path)/log.%m
                load printers = no
                printcap name = /dev/null
                disable spoolss = yes
                \(settings)

                """.write(toFile: config, atomically: true, encoding: .utf8)
                return ["--foreground", "--no-process-group", "--debug-stdout", "-s", config]
            } body: { port in
                await BannerProbes.smb(host: "127.0.0.1", port: port, timeout: .seconds(10), netbios: netbios)
            }
        }

        let legacy = try #require(try await probe("server min protocol = NT1\nserver signing = mandatory"))
        #expect(legacy.service == "smb" && legacy.product == "Samba")
        #expect(legacy.version == nil && legacy.cpe == nil, "negotiation carries no version")
        let legacyFacts = ServiceIdentifier.facts(legacy)
        #expect(legacyFacts["smb.dialect"] == "3.1.1", "\(legacyFacts)")
        #expect(legacyFacts["smb.smb1"] == "true" && legacyFacts["smb.signing_required"] == "true")
        #expect(legacyFacts["smb.smb1_signing_required"] == "true")
        #expect(legacyFacts["smb.netbios_name"] == "wardsmbtest" && legacyFacts["smb.preauth_hash"] == "SHA-512")
        #expect(legacyFacts["smb.server_time"] != nil && legacyFacts["smb.weak_algorithms"] == "smbv1")

        let modern = try #require(try await probe(""))
        let modernFacts = ServiceIdentifier.facts(modern)
        #expect(modernFacts["smb.dialect"] == "3.1.1" && modernFacts["smb.smb1"] == "false", "\(modernFacts)")
        #expect(modernFacts["smb.signing_required"] == "false" && modernFacts["smb.signing_enabled"] == "true")
        #expect(modernFacts["product"] == "Samba" && modernFacts["smb.weak_algorithms"] == nil)
        #expect(modernFacts["smb.netbios_session"] == nil, "direct TCP")

        // The same questions through the NetBIOS session service, as on port 139: a session with *SMBSERVER first.
        let session = try #require(try await probe("server min protocol = NT1", netbios: true))
        let sessionFacts = ServiceIdentifier.facts(session)
        #expect(sessionFacts["smb.netbios_session"] == "true", "\(sessionFacts)")
        #expect(sessionFacts["smb.dialect"] == "3.1.1" && sessionFacts["smb.smb1"] == "true")
        #expect(sessionFacts["smb.netbios_name"] == "wardsmbtest")
    }

    @Test(.enabled(if: RemoteAccessPeers.xvnc != nil || BannerPeers.required, "Xvnc is not installed"))
    func identifiesTigerVNCWithAndWithoutAPassword() async throws {
        let xvnc = try #require(RemoteAccessPeers.xvnc, "WARD_REQUIRE_PEERS=1 but Xvnc is missing")
        let vncpasswd = try #require(BannerPeers.path("vncpasswd"), "vncpasswd is missing")
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let passwordFile = directory.appendingPathComponent("passwd").path
        try await BannerPeers.run("/bin/sh", ["-c", "echo ward-test | '\(vncpasswd)' -f > '\(passwordFile)'"])
        #expect((try? Data(contentsOf: URL(fileURLWithPath: passwordFile)).count) == 8, "vncpasswd -f wrote a key")

        let open = try #require(
            try await RemoteAccessPeers.withXvnc(xvnc, in: directory, security: ["-SecurityTypes", "None"])
        )
        #expect(open.service == "vnc" && open.banner == "RFB 003.008" && open.details["protocol_version"] == "3.8")
        #expect(open.details["security_types"] == "None" && open.unauthenticatedAccess == true)
        #expect(ServiceIdentifier.facts(open)["vnc.unauthenticated"] == "true")

        let locked = try #require(
            try await RemoteAccessPeers.withXvnc(
                xvnc,
                in: directory,
                security: ["-SecurityTypes", "VncAuth", "-rfbauth", passwordFile]
            )
        )
        #expect(locked.details["security_types"] == "VNC Authentication" && locked.unauthenticatedAccess == false)
        #expect(locked.weakAlgorithms == ["vnc-authentication"] && locked.tls == false)

        let encrypted = try #require(
            try await RemoteAccessPeers.withXvnc(
                xvnc,
                in: directory,
                security: ["-SecurityTypes", "VeNCrypt,TLSNone,VncAuth", "-rfbauth", passwordFile]
            )
        )
        #expect(encrypted.details["security_types"] == "VeNCrypt,VNC Authentication", "\(encrypted.details)")
        #expect(encrypted.tls == true && encrypted.unauthenticatedAccess == false)
    }
}

/// Answers a connection with what `answer` makes of the bytes received so far, once; greets first when given a
/// greeting; after answering, stays, closes, or floods the connection with "A".
final class RemoteAccessScript: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    enum After { case stay, close, flood }

    let greeting: [UInt8]
    let answer: @Sendable ([UInt8]) -> ([UInt8], After)?
    private var received: [UInt8] = []
    private var answered = false

    init(greeting: [UInt8] = [], answer: @escaping @Sendable ([UInt8]) -> ([UInt8], After)?) {
        self.greeting = greeting
        self.answer = answer
    }

    func channelActive(context: ChannelHandlerContext) {
        if !greeting.isEmpty { context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: greeting)), promise: nil) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        received += Array(unwrapInboundIn(data).readableBytesView)
        guard let (bytes, after) = answer(received) else { return }
        answered = true
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: bytes))).whenComplete { _ in
            let (handler, context) = loopBound.value
            switch after {
            case .stay: break
            case .close: context.close(promise: nil)
            case .flood: handler.flood(context)
            }
        }
    }

    private func flood(_ context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(repeating: UInt8(ascii: "A"), count: 4_096))).whenSuccess {
            loopBound.value.0.flood(loopBound.value.1)
        }
    }
}

/// xrdp, smbd and Xvnc, started by the tests on free loopback ports.
enum RemoteAccessPeers {
    static let xrdp = BannerPeers.path("xrdp", in: ["/usr/sbin"])
    static let smbd = BannerPeers.path("smbd", in: ["/usr/sbin"])
    static let xvnc = BannerPeers.path("Xvnc")

    /// Starts `program` with the arguments `prepare` returns for a free loopback port (it may write configuration
    /// files), waits until the port accepts, runs `body`, kills the program whatever happens, and then runs `cleanup`
    /// with the killed program's process id.
    static func withServer<T: Sendable>(
        _ program: String,
        in directory: URL,
        prepare: (Int) throws -> [String],
        cleanup: (Int32) -> Void = { _ in },
        body: (Int) async throws -> T
    ) async throws -> T {
        let port = try await DCMTK.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = try prepare(port)
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { cleanup(process.processIdentifier) }
        do {
            try await DCMTK.waitUntilListening(process, port: port, program: program)
            let result = try await body(port)
            await DCMTK.stop(process)
            return result
        } catch {
            await DCMTK.stop(process)
            throw error
        }
    }

    /// Starts Xvnc on a free display and port with `security` options, probes it, kills it and removes the lock
    /// file and socket it leaves behind (a killed X server cannot remove them).
    static func withXvnc(_ xvnc: String, in directory: URL, security: [String]) async throws -> ServiceIdentity? {
        let display = try freeDisplay()
        return try await withServer(xvnc, in: directory) { port in
            let listening = ["-rfbport", "\(port)", "-interface", "127.0.0.1", "-nolisten", "tcp"]
            return [":\(display)"] + listening + ["-geometry", "640x480"] + security
        } cleanup: { pid in
            removeLeftovers(display: display, of: pid)
        } body: { port in
            await BannerProbes.vnc(host: "127.0.0.1", port: port, timeout: .seconds(10))
        }
    }

    /// Removes an X server's lock file and socket, only when the lock file names `pid`: another server's stay.
    static func removeLeftovers(display: Int, of pid: Int32) {
        let lock = "/tmp/.X\(display)-lock"
        guard let text = try? String(contentsOfFile: lock, encoding: .utf8),
            Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) == pid
        else { return }
        try? FileManager.default.removeItem(atPath: lock)
        try? FileManager.default.removeItem(atPath: "/tmp/.X11-unix/X\(display)")
    }

    /// Waits, at most `limit`, until the server on `port` greets a new connection with text that starts with
    /// `prefix`. Xvnc accepts connections before it is ready to answer them, and on a loaded machine its greeting
    /// can come later than the two seconds an identifier gives a greeting: a test of what Ward does with the
    /// greeting waits for the server to be ready first.
    static func waitForGreeting(port: Int, prefix: String, limit: Duration = .seconds(60)) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        var heard = "nothing"
        while clock.now < deadline {
            let identity = await BannerProbes.banner(host: "127.0.0.1", port: port, timeout: .seconds(10))
            if let banner = identity?.banner {
                if banner.hasPrefix(prefix) { return }
                heard = banner
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw WardError(.unavailable, "Port \(port) did not greet with \"\(prefix)\" within \(limit); heard \(heard).")
    }

    /// A display number no X server uses (no lock file, no socket), chosen at random from 300–899 so that tests
    /// running at the same time rarely meet.
    static func freeDisplay() throws -> Int {
        for _ in 0..<50 {
            let display = Int.random(in: 300...899)
            let taken = ["/tmp/.X\(display)-lock", "/tmp/.X11-unix/X\(display)"].contains {
                FileManager.default.fileExists(atPath: $0)
            }
            if !taken { return display }
        }
        throw WardError(.unavailable, "No free X display number in 300-899.")
    }
}
