import Foundation
import NIOCore
import NIOPosix
import Testing

@testable import WardScanner

/// The banner probes' parsers byte for byte, then the probes against OpenSSH, Redis, PostgreSQL and small listeners
/// the tests open on loopback.
@Suite struct BannerProbeTests {
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func nameList(_ names: [String]) -> [UInt8] {
        let text = ascii(names.joined(separator: ","))
        return PostgreSQLProbe.bigEndian(UInt32(text.count)) + text
    }

    /// An SSH_MSG_KEXINIT packet built by hand, padded to a multiple of 8 as RFC 4253 asks.
    static func kexinit(kex: [String], hostKey: [String], ciphers: [String], macs: [String]) -> [UInt8] {
        var payload: [UInt8] = [20] + [UInt8](repeating: 0xAB, count: 16)
        for list in [kex, hostKey, ciphers, ciphers, macs, macs, ["none"], ["none"], [], []] {
            payload += nameList(list)
        }
        payload += [0, 0, 0, 0, 0]
        var padding = 8 - (payload.count + 5) % 8
        if padding < 4 { padding += 8 }
        let packetLength = 1 + payload.count + padding
        return PostgreSQLProbe.bigEndian(UInt32(packetLength)) + [UInt8(padding)] + payload
            + [UInt8](repeating: 0, count: padding)
    }

    // MARK: - SSH

    @Test func readsTheOpenSSHIdentificationLine() throws {
        let bytes = Self.ascii("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n") + [0, 0, 1, 0x14]
        let (line, end) = try #require(SSHProbe.identification(in: bytes))
        #expect(end == bytes.count - 4)
        #expect(line.protocolVersion == "2.0" && line.software == "OpenSSH" && line.version == "9.2p1")
        #expect(line.comment == "Debian-2+deb12u3")
        #expect(line.cpe == "cpe:2.3:a:openbsd:openssh:9.2:p1:*:*:*:*:*:*")
        let identity = BannerProbes.sshIdentity(line)
        #expect(identity.service == "ssh" && identity.product == "OpenSSH" && identity.version == "9.2p1")
        #expect(identity.banner == "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3" && identity.weakAlgorithms.isEmpty)
    }

    @Test func readsOtherIdentificationLines() throws {
        let preamble = Self.ascii("Welcome\r\nauthorised use only\r\nSSH-1.99-OpenSSH_7.4\n")
        let (old, _) = try #require(SSHProbe.identification(in: preamble))
        #expect(old.protocolVersion == "1.99" && old.version == "7.4" && old.comment == nil)
        #expect(old.cpe == "cpe:2.3:a:openbsd:openssh:7.4:*:*:*:*:*:*:*")
        #expect(BannerProbes.sshIdentity(old).weakAlgorithms == ["protocol-1.99"])

        let (dropbear, _) = try #require(SSHProbe.identification(in: Self.ascii("SSH-2.0-dropbear_2022.83\r\n")))
        #expect(dropbear.cpe == "cpe:2.3:a:dropbear_ssh_project:dropbear_ssh:2022.83:*:*:*:*:*:*:*")
        let (cisco, _) = try #require(SSHProbe.identification(in: Self.ascii("SSH-2.0-Cisco-1.25\r\n")))
        #expect(cisco.software == "Cisco-1.25" && cisco.version == nil && cisco.cpe == nil)
    }

    @Test(arguments: [
        ("empty", [UInt8]()),
        ("no newline yet", Array("SSH-2.0-OpenSSH_9.2p1".utf8)),
        ("HTTP", Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8)),
        ("binary garbage", [0x00, 0xFF, 0x0A, 0x13, 0x37, 0x0A]),
        ("control characters", Array("SSH-2.0-Open\u{1}SSH\r\n".utf8)),
        ("no software", Array("SSH-2.0-\r\n".utf8)),
        ("endless line", Array("SSH-2.0-".utf8) + [UInt8](repeating: 0x41, count: 300) + [0x0A]),
    ])
    func refusesWhatIsNotAnIdentificationLine(_ name: String, _ bytes: [UInt8]) {
        #expect(SSHProbe.identification(in: bytes) == nil, "\(name)")
    }

    @Test func stopsWaitingForAnEndlessLine() {
        #expect(!SSHProbe.identificationComplete(Self.ascii("SSH-2.0-Open")))
        #expect(SSHProbe.identificationComplete(Self.ascii("SSH-2.0-X\r\n")))
        #expect(SSHProbe.identificationComplete(Self.ascii("SSH-") + [UInt8](repeating: 0x41, count: 300)))
        #expect(SSHProbe.identificationComplete([UInt8](repeating: 0x41, count: 2_000)))
    }

    @Test func readsTheKeyExchangeOfferAndFlagsWeakAlgorithms() throws {
        let packet = Self.kexinit(
            kex: ["curve25519-sha256", "diffie-hellman-group1-sha1"],
            hostKey: ["ssh-ed25519", "ssh-dss"],
            ciphers: ["chacha20-poly1305@openssh.com", "aes128-cbc", "3des-cbc", "arcfour256"],
            macs: ["hmac-sha2-256", "hmac-md5"]
        )
        #expect(packet.count % 8 == 0)
        let offer = try #require(SSHProbe.keyExchangeInit(packet[...]))
        #expect(offer.keyExchange == ["curve25519-sha256", "diffie-hellman-group1-sha1"])
        #expect(offer.hostKey == ["ssh-ed25519", "ssh-dss"])
        #expect(offer.compressionServerToClient == ["none"])
        #expect(
            offer.weakAlgorithms
                == ["diffie-hellman-group1-sha1", "ssh-dss", "aes128-cbc", "3des-cbc", "arcfour256", "hmac-md5"]
        )
        let modern = Self.kexinit(
            kex: ["sntrup761x25519-sha512@openssh.com"],
            hostKey: ["ssh-ed25519"],
            ciphers: ["aes256-gcm@openssh.com"],
            macs: ["hmac-sha2-512-etm@openssh.com"]
        )
        #expect(try #require(SSHProbe.keyExchangeInit(modern[...])).weakAlgorithms.isEmpty)
    }

    @Test func refusesBrokenKeyExchangePackets() {
        let packet = Self.kexinit(kex: ["a"], hostKey: ["b"], ciphers: ["c"], macs: ["d"])
        #expect(SSHProbe.keyExchangeInit(packet.dropLast()) == nil, "truncated")
        #expect(SSHProbe.keyExchangeInit([]) == nil, "empty")
        var wrongMessage = packet
        wrongMessage[5] = 21
        #expect(SSHProbe.keyExchangeInit(wrongMessage[...]) == nil, "not KEXINIT")
        var overlong = packet
        overlong[5 + 17 + 3] = 0xFF  // the first name-list claims more than the packet holds
        #expect(SSHProbe.keyExchangeInit(overlong[...]) == nil, "name-list past the end")
        #expect(SSHProbe.keyExchangeInit([0xFF, 0xFF, 0xFF, 0xFF, 4][...]) == nil, "huge length")
    }

    // MARK: - Text banners

    @Test(
        arguments: [
            ("220 (vsFTPd 3.0.3)\r\n", nil, TextBannerProbe.Service.ftp),
            ("220 mail.example.org ESMTP Postfix (Debian/GNU)\r\n", nil, .smtp),
            ("220-mail.example.org ESMTP Exim 4.96\r\n220 go ahead\r\n", nil, .smtp),
            ("220 ready\r\n", 21, .ftp),
            ("220 ready\r\n", 587, .smtp),
            ("220 ready\r\n", 8021, .unknown),
            ("500 OOPS: vsftpd: both local and anonymous access disabled!\r\n", 8021, .ftp),
            ("+OK Dovecot (Debian) ready.\r\n", nil, .pop3),
            ("* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.\r\n", nil, .imap),
            ("* PREAUTH IMAP4rev1 logged in as alice\r\n", nil, .imap),
            ("\u{FF}\u{FD}\u{18}", nil, .telnet),
            ("SSH-2.0-OpenSSH_9.2p1\r\n", nil, .ssh),
            ("HTTP/1.1 400 Bad Request\r\n", nil, .unknown),
        ] as [(String, Int?, TextBannerProbe.Service)]
    )
    func classifiesGreetings(_ greeting: String, _ port: Int?, _ expected: TextBannerProbe.Service) {
        // The telnet case is raw bytes, not UTF-8 text.
        let bytes = greeting.hasPrefix("\u{FF}") ? [0xFF, 0xFD, 0x18] : Self.ascii(greeting)
        #expect(TextBannerProbe.classify(bytes, port: port) == expected)
    }

    @Test func classifiesNothingAndGarbage() {
        #expect(TextBannerProbe.classify([]) == nil)
        #expect(TextBannerProbe.classify([0x00, 0x01, 0x02]) == .unknown)
        let endless = [UInt8](repeating: 0x41, count: BannerProbes.maximumBytes)
        #expect(TextBannerProbe.classify(endless) == .unknown)
        #expect(!TextBannerProbe.greetingComplete(endless), "no line yet: the byte limit or the deadline ends it")
        let identity = BannerProbes.greetingIdentity(endless, service: .unknown)
        #expect(identity.banner?.count == TextBannerProbe.maximumBannerLength)
        #expect(BannerProbes.greetingIdentity(Self.ascii("220 a\u{7}b\r\n"), service: .unknown).banner == "220 ab")
    }

    @Test func findsProductsAndVersionsInGreetings() {
        let vsftpd = BannerProbes.greetingIdentity(Self.ascii("220 (vsFTPd 3.0.3)\r\n"), service: .ftp)
        #expect(vsftpd.product == "vsFTPd" && vsftpd.version == "3.0.3")
        #expect(vsftpd.cpe == "cpe:2.3:a:vsftpd_project:vsftpd:3.0.3:*:*:*:*:*:*:*")
        let exim = TextBannerProbe.product(in: "220 mx ESMTP Exim 4.96 Mon, 30 Nov 2026")
        #expect(exim?.version == "4.96" && exim?.cpe == "cpe:2.3:a:exim:exim:4.96:*:*:*:*:*:*:*")
        let postfix = TextBannerProbe.product(in: "220 mx ESMTP Postfix (Debian/GNU)")
        #expect(postfix?.product == "Postfix" && postfix?.version == nil && postfix?.cpe == nil)
        #expect(TextBannerProbe.product(in: "220 hello") == nil)
    }

    @Test func readsSMTPAndFTPExtensions() {
        let ehlo = Self.ascii("250-mx.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-starttls\r\n")
        #expect(!TextBannerProbe.replyComplete(ehlo))
        let whole = ehlo + Self.ascii("250 SMTPUTF8\r\n")
        #expect(TextBannerProbe.replyComplete(whole))
        #expect(TextBannerProbe.extensions(whole) == ["PIPELINING", "SIZE 10240000", "STARTTLS", "SMTPUTF8"])
        let feat = Self.ascii("211-Features:\r\n AUTH TLS\r\n PBSZ\r\n UTF8\r\n211 End\r\n")
        #expect(TextBannerProbe.replyComplete(feat))
        #expect(TextBannerProbe.extensions(feat) == ["AUTH TLS", "PBSZ", "UTF8"])
        #expect(TextBannerProbe.extensions(Self.ascii("502 unknown command\r\n")).isEmpty)
        #expect(TextBannerProbe.extensions([]).isEmpty)
        #expect(TextBannerProbe.greetingComplete(Self.ascii("220-one\r\n220 two\r\n")))
        #expect(!TextBannerProbe.greetingComplete(Self.ascii("220-one\r\n")))
    }

    @Test func readsIMAPAndPOP3Capabilities() {
        let greeting = Self.ascii("* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS LOGINDISABLED] ready\r\n")
        #expect(TextBannerProbe.imapCapabilities(greeting) == ["IMAP4REV1", "SASL-IR", "STARTTLS", "LOGINDISABLED"])
        let reply = Self.ascii("* CAPABILITY IMAP4rev1 IDLE\r\na1 OK done\r\n")
        #expect(TextBannerProbe.imapCapabilities(reply) == ["IMAP4REV1", "IDLE"])
        #expect(TextBannerProbe.taggedComplete(reply, tag: "a1") && !TextBannerProbe.taggedComplete(reply, tag: "a2"))
        #expect(TextBannerProbe.imapCapabilities(Self.ascii("* OK ready\r\n")) == nil)
        let preauth = BannerProbes.greetingIdentity(Self.ascii("* PREAUTH ready\r\n"), service: .imap)
        #expect(preauth.unauthenticatedAccess == true)

        let capa = Self.ascii("+OK list follows\r\nUSER\r\nSTLS\r\nSASL PLAIN\r\n.\r\n")
        #expect(TextBannerProbe.pop3CapabilitiesComplete(capa))
        #expect(TextBannerProbe.pop3Capabilities(capa) == ["USER", "STLS", "SASL PLAIN"])
        #expect(!TextBannerProbe.pop3CapabilitiesComplete(Self.ascii("+OK list follows\r\nUSER\r\n")))
        #expect(TextBannerProbe.pop3CapabilitiesComplete(Self.ascii("-ERR no\r\n")))
        #expect(TextBannerProbe.pop3Capabilities(Self.ascii("-ERR no\r\n")) == nil)
    }

    @Test func stripsTelnetNegotiation() {
        // IAC DO TERMINAL-TYPE, IAC WILL ECHO, IAC SB NAWS 0 80 0 24 IAC SE, text, an escaped 0xFF, IAC NOP.
        let bytes: [UInt8] =
            [0xFF, 0xFD, 0x18, 0xFF, 0xFB, 0x01, 0xFF, 0xFA, 0x1F, 0, 80, 0, 24, 0xFF, 0xF0]
            + Self.ascii("\r\nDebian GNU/Linux 12\r\nlogin: ") + [0xFF, 0xFF, 0xFF, 0xF1]
        let (text, commands) = TextBannerProbe.telnetText(bytes)
        #expect(text == "Debian GNU/Linux 12\nlogin:")
        #expect(commands == 4)
        #expect(TextBannerProbe.telnetText([0xFF]) == ("", 0), "a lone IAC")
        #expect(TextBannerProbe.telnetText([0xFF, 0xFA, 0x18, 0x01]).commands == 1, "an unterminated SB")
        let identity = BannerProbes.greetingIdentity([0xFF, 0xFD, 0x18], service: .telnet)
        #expect(
            identity.service == "telnet" && identity.banner == nil && identity.details["negotiationCommands"] == "1"
        )
    }

    // MARK: - Redis

    @Test func readsRedisReplies() {
        #expect(RedisProbe.pingReply(Self.ascii("+PONG\r\n")) == .pong)
        #expect(
            RedisProbe.pingReply(Self.ascii("-NOAUTH Authentication required.\r\n"))
                == .authenticationRequired("NOAUTH Authentication required.")
        )
        #expect(RedisProbe.pingReply(Self.ascii("-DENIED Redis is running in protected mode\r\n")) != .pong)
        #expect(RedisProbe.pingReply(Self.ascii("+PONG")) == nil, "incomplete")
        #expect(RedisProbe.pingReply([]) == nil)
        #expect(RedisProbe.pingReply(Self.ascii("HTTP/1.1 400 Bad Request\r\n")) == .other)

        let text = "# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\nos:Linux\r\n"
        let bulk = Self.ascii("$\(text.utf8.count)\r\n\(text)\r\n")
        #expect(RedisProbe.bulkString(bulk) == text && RedisProbe.infoComplete(bulk))
        #expect(RedisProbe.bulkString(Array(bulk.dropLast(10))) == nil && !RedisProbe.infoComplete(bulk.dropLast(10)))
        #expect(RedisProbe.bulkString(Self.ascii("$-1\r\n")) == nil)
        #expect(RedisProbe.bulkString(Self.ascii("$abc\r\n")) == nil)
        #expect(RedisProbe.infoFields(text) == ["redis_version": "7.0.15", "redis_mode": "standalone", "os": "Linux"])
        #expect(RedisProbe.cpe(version: "7.0.15") == "cpe:2.3:a:redis:redis:7.0.15:*:*:*:*:*:*:*")
        #expect(RedisProbe.cpe(version: "7.0.15; rm -rf") == nil)
    }

    // MARK: - PostgreSQL

    static func message(_ type: Character, _ body: [UInt8]) -> [UInt8] {
        [UInt8(ascii: type.unicodeScalars.first!)] + PostgreSQLProbe.bigEndian(UInt32(body.count + 4)) + body
    }

    @Test func buildsTheSSLRequestAndStartupMessage() {
        #expect(PostgreSQLProbe.sslRequest == [0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F])
        #expect(0x04D2_162F == 80_877_103)
        let startup = PostgreSQLProbe.startupMessage
        #expect(Array(startup[0..<4]) == PostgreSQLProbe.bigEndian(UInt32(startup.count)))
        #expect(Array(startup[4..<8]) == [0, 3, 0, 0])
        let body = Self.ascii("user\0ward_scanner\0database\0ward_scanner\0application_name\0ward-scanner\0\0")
        #expect(Array(startup[8...]) == body)
    }

    @Test func readsAuthenticationRequests() {
        let sasl = Self.message("R", [0, 0, 0, 10] + Self.ascii("SCRAM-SHA-256-PLUS\0SCRAM-SHA-256\0\0"))
        #expect(
            PostgreSQLProbe.startupReply(sasl)
                == .authentication(type: 10, mechanisms: ["SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"])
        )
        let md5 = Self.message("R", [0, 0, 0, 5, 0x01, 0x02, 0x03, 0x04])
        #expect(PostgreSQLProbe.startupReply(md5) == .authentication(type: 5, mechanisms: []))
        #expect(PostgreSQLProbe.startupReply(Array(md5.dropLast())) == nil, "incomplete")
        #expect(PostgreSQLProbe.startupReply([]) == nil)
        #expect(PostgreSQLProbe.startupReply(Self.ascii("HTTP/1.1 400")) == .other)
        #expect(PostgreSQLProbe.startupReply([UInt8(ascii: "R"), 0xFF, 0xFF, 0xFF, 0xFF]) == .other, "huge length")
        #expect(PostgreSQLProbe.methodName(0) == "trust" && PostgreSQLProbe.methodName(3) == "cleartext-password")

        let trust =
            Self.message("R", [0, 0, 0, 0])
            + Self.message("S", Self.ascii("server_version\015.14 (Debian 15.14-0+deb12u1)\0"))
            + Self.message("Z", Self.ascii("I"))
        #expect(PostgreSQLProbe.startupReply(trust) == .authentication(type: 0, mechanisms: []))
        #expect(PostgreSQLProbe.messages(trust).map(\.type) == [82, 83, 90])
        #expect(PostgreSQLProbe.serverVersion(trust) == "15.14 (Debian 15.14-0+deb12u1)")
        #expect(
            PostgreSQLProbe.cpe(serverVersion: "15.14 (Debian 15.14-0+deb12u1)")
                == "cpe:2.3:a:postgresql:postgresql:15.14:*:*:*:*:*:*:*"
        )
    }

    @Test func readsErrorResponses() {
        let body = Self.ascii(
            "SFATAL\0VFATAL\0C28000\0Mno pg_hba.conf entry for host \"10.0.0.9\"\0Fauth.c\0L543\0\0"
        )
        let reply = PostgreSQLProbe.startupReply(Self.message("E", body))
        guard case .error(let fields) = reply else {
            Issue.record("expected an error, got \(String(describing: reply))")
            return
        }
        #expect(fields["S"] == "FATAL" && fields["C"] == "28000" && fields["L"] == "543")
        #expect(fields["M"] == "no pg_hba.conf entry for host \"10.0.0.9\"")
        #expect(PostgreSQLProbe.errorFields(Self.ascii("Sunterminated")) == [:])
        #expect(PostgreSQLProbe.errorFields([]) == [:])
    }

    // MARK: - Against real peers on loopback

    @Test(
        .enabled(
            if: BannerPeers.path("sshd", in: ["/usr/sbin"]) != nil || BannerPeers.required,
            "openssh-server is not installed"
        )
    )
    func identifiesOpenSSH() async throws {
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (sshd, arguments) = try await BannerPeers.sshd(in: directory)
        let identity = try await BannerPeers.withServer(sshd, in: directory, arguments: arguments) { port in
            await BannerProbes.ssh(host: "127.0.0.1", port: port, timeout: .seconds(10))
        }
        let ssh = try #require(identity)
        #expect(ssh.service == "ssh" && ssh.product == "OpenSSH")
        #expect(ssh.details["protocolVersion"] == "2.0")
        let version = try #require(ssh.version)
        #expect(ssh.cpe?.hasPrefix("cpe:2.3:a:openbsd:openssh:") == true, "\(ssh.cpe ?? "no CPE") for \(version)")
        #expect(ssh.details["hostKey"]?.contains("ssh-ed25519") == true, "\(ssh.details)")
        #expect(ssh.details["keyExchange"]?.isEmpty == false)
        #expect(ssh.weakAlgorithms.isEmpty, "a current OpenSSH offers nothing weak: \(ssh.weakAlgorithms)")
    }

    @Test(
        .enabled(if: BannerPeers.path("redis-server") != nil || BannerPeers.required, "redis-server is not installed")
    )
    func redisWithoutAndWithAPassword() async throws {
        let redis = try #require(BannerPeers.path("redis-server"), "WARD_REQUIRE_PEERS=1 but redis-server is missing")
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory.path]
        let open = try await BannerPeers.withServer(redis, in: directory) { port in
            ["--port", "\(port)"] + base
        } body: { port in
            await BannerProbes.redis(host: "127.0.0.1", port: port, timeout: .seconds(10))
        }
        let openIdentity = try #require(open)
        #expect(openIdentity.unauthenticatedAccess == true)
        let version = try #require(openIdentity.version)
        #expect(openIdentity.cpe == "cpe:2.3:a:redis:redis:\(version):*:*:*:*:*:*:*")

        let locked = try await BannerPeers.withServer(redis, in: directory) { port in
            ["--port", "\(port)", "--requirepass", "x"] + base
        } body: { port in
            await BannerProbes.redis(host: "127.0.0.1", port: port, timeout: .seconds(10))
        }
        let lockedIdentity = try #require(locked)
        #expect(lockedIdentity.unauthenticatedAccess == false)
        #expect(lockedIdentity.details["error"]?.hasPrefix("NOAUTH") == true)
        #expect(lockedIdentity.version == nil)
    }

    @Test(.enabled(if: BannerPeers.postgreSQLReachable || BannerPeers.required, "no PostgreSQL on 127.0.0.1:5432"))
    func postgreSQLDemandsAPassword() async throws {
        let identity = try #require(await BannerProbes.postgreSQL(host: "127.0.0.1", port: 5432, timeout: .seconds(10)))
        #expect(identity.service == "postgresql" && identity.tls != nil)
        #expect(identity.unauthenticatedAccess != true, "\(identity.details)")
        let method = identity.details["authMethod"]
        let code = identity.details["errorCode"]
        #expect(
            ["md5", "sasl", "cleartext-password"].contains(method) || code == "28000" || code == "28P01",
            "\(identity.details)"
        )
    }

    @Test func fakeFTPAndSMTPServersAreIdentified() async throws {
        let (ftp, ftpPort) = try await Self.listen {
            ScriptedServer(
                greeting: "220 (vsFTPd 3.0.3)\r\n",
                answers: [
                    "FEAT": "211-Features:\r\n AUTH TLS\r\n UTF8\r\n211 End\r\n", "QUIT": "221 Goodbye.\r\n",
                ]
            )
        }
        defer { ftp.close(promise: nil) }
        let ftpIdentity = try #require(await BannerProbes.banner(host: "127.0.0.1", port: ftpPort))
        #expect(ftpIdentity.service == "ftp" && ftpIdentity.product == "vsFTPd" && ftpIdentity.version == "3.0.3")
        #expect(ftpIdentity.tls == true && ftpIdentity.details["features"] == "AUTH TLS,UTF8")

        let (smtp, smtpPort) = try await Self.listen {
            ScriptedServer(
                greeting: "220 mx.test ESMTP Postfix\r\n",
                answers: [
                    "EHLO ward-scanner.invalid": "250-mx.test\r\n250-PIPELINING\r\n250 SIZE 1000\r\n",
                    "QUIT": "221 Bye\r\n",
                ]
            )
        }
        defer { smtp.close(promise: nil) }
        let smtpIdentity = try #require(await BannerProbes.banner(host: "127.0.0.1", port: smtpPort))
        #expect(smtpIdentity.service == "smtp" && smtpIdentity.product == "Postfix")
        #expect(smtpIdentity.tls == false && smtpIdentity.details["extensions"] == "PIPELINING,SIZE 1000")

        let (imap, imapPort) = try await Self.listen {
            ScriptedServer(
                greeting: "* OK ready\r\n",
                answers: [
                    "a1 CAPABILITY": "* CAPABILITY IMAP4rev1 STARTTLS\r\na1 OK done\r\n",
                    "a2 LOGOUT": "* BYE\r\na2 OK bye\r\n",
                ]
            )
        }
        defer { imap.close(promise: nil) }
        let imapIdentity = try #require(await BannerProbes.banner(host: "127.0.0.1", port: imapPort))
        #expect(imapIdentity.service == "imap" && imapIdentity.tls == true)
        #expect(imapIdentity.unauthenticatedAccess == false)
    }

    @Test func hostilePeersAreBoundedInTimeAndBytes() async throws {
        let (endless, endlessPort) = try await Self.listen { EndlessWriter() }
        defer { endless.close(promise: nil) }
        let start = ContinuousClock.now
        let flood = try #require(await BannerProbes.banner(host: "127.0.0.1", port: endlessPort, timeout: .seconds(30)))
        #expect(flood.service == "unknown")
        #expect(flood.banner?.count == TextBannerProbe.maximumBannerLength)
        #expect(await BannerProbes.ssh(host: "127.0.0.1", port: endlessPort, timeout: .seconds(30)) == nil)
        #expect(ContinuousClock.now - start < .seconds(20), "the byte limit, not the deadline, ended the reads")

        let (silent, silentPort) = try await Self.listen(nil)
        defer { silent.close(promise: nil) }
        let quiet = ContinuousClock.now
        #expect(await BannerProbes.banner(host: "127.0.0.1", port: silentPort, timeout: .milliseconds(300)) == nil)
        #expect(await BannerProbes.redis(host: "127.0.0.1", port: silentPort, timeout: .milliseconds(300)) == nil)
        #expect(await BannerProbes.postgreSQL(host: "127.0.0.1", port: silentPort, timeout: .milliseconds(300)) == nil)
        #expect(ContinuousClock.now - quiet < .seconds(15))

        let closedPort = 1  // only root may bind it, and no test does; a freed port could be taken by another test
        #expect(await BannerProbes.ssh(host: "127.0.0.1", port: closedPort, timeout: .seconds(1)) == nil)
    }

    /// Listens on a free loopback port, with a handler per connection when one is given.
    static func listen(
        _ makeHandler: (@Sendable () -> any ChannelHandler)?
    ) async throws -> (any Channel, Int) {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let makeHandler { try child.pipeline.syncOperations.addHandler(makeHandler()) }
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return (channel, try #require(channel.localAddress?.port))
    }
}

/// Greets, then answers each known command line with a scripted reply, and closes after QUIT or LOGOUT.
final class ScriptedServer: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let greeting: String
    let answers: [String: String]
    private var pending = ""

    init(greeting: String, answers: [String: String]) {
        self.greeting = greeting
        self.answers = answers
    }

    func channelActive(context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: greeting)), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        pending += String(buffer: unwrapInboundIn(data))
        while let range = pending.range(of: "\r\n") {
            let line = String(pending[..<range.lowerBound])
            pending = String(pending[range.upperBound...])
            let reply = answers[line] ?? "500 unknown\r\n"
            let channel = context.channel
            let last = line.hasSuffix("QUIT") || line.hasSuffix("LOGOUT")
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: reply))).whenComplete { _ in
                if last { channel.close(promise: nil) }
            }
        }
    }
}

/// Writes "A" forever without a line feed, as a hostile or broken service might.
final class EndlessWriter: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    func channelActive(context: ChannelHandlerContext) {
        write(context)
        context.fireChannelActive()
    }

    private func write(_ context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        let chunk = ByteBuffer(repeating: UInt8(ascii: "A"), count: 4_096)
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(chunk)).whenSuccess {
            loopBound.value.0.write(loopBound.value.1)
        }
    }
}

/// Real servers started by the tests on free loopback ports.
enum BannerPeers {
    /// Whether CI demands the peers (`WARD_REQUIRE_PEERS=1`): then a missing one fails instead of skipping.
    static let required = ProcessInfo.processInfo.environment["WARD_REQUIRE_PEERS"] == "1"

    /// Whether a PostgreSQL server listens on 127.0.0.1:5432.
    static let postgreSQLReachable: Bool = {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(5432).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }()

    /// The full path of a program found on the PATH, in `extra` directories or in the usual places.
    static func path(_ program: String, in extra: [String] = []) -> String? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            searchPath.split(separator: ":").map(String.init) + extra + ["/usr/bin", "/usr/local/bin", "/usr/sbin"]
        return directories.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-banner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a short program to its end (at most 20 s), polling instead of blocking a thread.
    static func run(_ program: String, _ arguments: [String]) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(20)
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        if process.isRunning {
            await DCMTK.stop(process)
            Issue.record("\(program) did not finish within 20 s")
        }
    }

    /// Prepares an OpenSSH server in `directory`: a new ed25519 host key and a configuration for loopback without
    /// PAM or passwords; returns the program and its arguments for a port.
    static func sshd(in directory: URL) async throws -> (program: String, arguments: @Sendable (Int) -> [String]) {
        let sshd = try #require(path("sshd", in: ["/usr/sbin"]), "WARD_REQUIRE_PEERS=1 but sshd is missing")
        let keygen = try #require(path("ssh-keygen"), "ssh-keygen is missing")
        // sshd refuses to start without its privilege separation directory.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("host_key").path
        try await run(keygen, ["-t", "ed25519", "-N", "", "-f", key, "-q"])
        let config = directory.appendingPathComponent("sshd_config").path
        try """
        ListenAddress 127.0.0.1
        UsePAM no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PidFile none

        """.write(toFile: config, atomically: true, encoding: .utf8)
        return (sshd, { port in ["-D", "-e", "-f", config, "-p", "\(port)", "-h", key] })
    }

    /// Starts `program` on a free loopback port, waits until it listens, runs `body` and kills the program.
    static func withServer<T: Sendable>(
        _ program: String,
        in directory: URL,
        arguments: (Int) -> [String],
        body: (Int) async throws -> T
    ) async throws -> T {
        try await DCMTK.withServer(program, in: directory, arguments: arguments, body: body)
    }
}
