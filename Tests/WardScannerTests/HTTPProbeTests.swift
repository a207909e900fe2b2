import Foundation
import NIOCore
import NIOPosix
import Testing
import WardCore

@testable import WardScanner

/// The HTTP answer reader, the TLS ClientHello and ServerHello codec and the DER reader byte for byte, then both
/// probes against nginx on loopback.
@Suite struct HTTPProbeTests {
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    // MARK: - HTTP request and answers

    @Test func requestIsOneGETWithHostUserAgentAndClose() {
        let text = String(decoding: HTTPProbe.request(host: "127.0.0.1", port: 8080), as: UTF8.self)
        #expect(
            text
                == "GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUser-Agent: Ward-Scanner\r\nAccept: */*\r\n"
                + "Connection: close\r\n\r\n"
        )
        let v6 = String(decoding: HTTPProbe.request(host: "::1", port: 80), as: UTF8.self)
        #expect(v6.contains("\r\nHost: [::1]\r\n"))
    }

    @Test func readsStatusHeadersTitleAndMissingSecurityHeaders() throws {
        let answer = Self.ascii(
            "HTTP/1.1 200 OK\r\nserver: nginx/1.22.1\r\nCONTENT-TYPE: text/html\r\nX-Frame-Options: DENY\r\n"
                + "x-content-type-options:nosniff\r\n\r\n<!DOCTYPE html>\n<html><head><TITLE>\n  Welcome   to\n"
                + "nginx!</title></head></html>"
        )
        let response = try #require(HTTPResponse.parse(answer))
        #expect(response.statusCode == 200 && response.reason == "OK" && response.version == "HTTP/1.1")
        #expect(
            response.header("Content-Type") == "text/html" && response.header("X-CONTENT-TYPE-OPTIONS") == "nosniff"
        )
        #expect(!response.headersTruncated)
        let identity = HTTPIdentity(response: response)
        #expect(identity.isHTTP && identity.statusCode == 200)
        #expect(identity.server == "nginx/1.22.1")
        #expect(identity.title == "Welcome to nginx!")
        #expect(identity.securityHeadersPresent == ["X-Frame-Options", "X-Content-Type-Options"])
        #expect(identity.securityHeadersMissing == ["Strict-Transport-Security", "Content-Security-Policy"])
        #expect(identity.consoles == ["nginx default page"])
        #expect(identity.cpes == ["cpe:2.3:a:f5:nginx:1.22.1:*:*:*:*:*:*:*"])
        #expect(identity.location == nil && identity.note == nil)
    }

    @Test func recognisesOrthancFromItsServerHeaderAndRedirect() throws {
        let answer = Self.ascii(
            "HTTP/1.1 301 Moved Permanently\r\nServer: ORTHANC\r\nLocation: /app/explorer.html\r\n"
                + "Content-Length: 0\r\n\r\n"
        )
        let identity = HTTPIdentity(response: try #require(HTTPResponse.parse(answer)))
        #expect(identity.statusCode == 301)
        #expect(identity.location == "/app/explorer.html")
        #expect(identity.consoles == ["Orthanc Explorer"])
        #expect(identity.cpes.isEmpty && identity.title == nil)
        #expect(identity.securityHeadersMissing.count == 4)
    }

    @Test(arguments: [
        ("HTTP/1.1 200 OK\r\n\r\n<title>Apache Tomcat/9.0.65</title>", "Apache Tomcat default page"),
        ("HTTP/1.1 403 Forbidden\r\nX-Jenkins: 2.440.1\r\n\r\n", "Jenkins"),
        ("HTTP/1.1 200 OK\r\n\r\n<html><title>phpMyAdmin</title>", "phpMyAdmin"),
        ("HTTP/1.1 200 OK\r\n\r\n<title>Explorer</title>", nil),
    ])
    func recognisesConsoles(_ answer: String, _ console: String?) throws {
        let identity = HTTPIdentity(response: try #require(HTTPResponse.parse(Self.ascii(answer))))
        #expect(identity.consoles == (console.map { [$0] } ?? []))
    }

    @Test func namesNginxAndApacheInCPE() {
        #expect(
            HTTPIdentity.cpes(server: "Apache/2.4.57 (Debian)") == ["cpe:2.3:a:apache:http_server:2.4.57:*:*:*:*:*:*:*"]
        )
        #expect(HTTPIdentity.cpes(server: "nginx/1.25.3") == ["cpe:2.3:a:f5:nginx:1.25.3:*:*:*:*:*:*:*"])
        #expect(HTTPIdentity.cpes(server: "nginx").isEmpty)
        #expect(HTTPIdentity.cpes(server: "Apache").isEmpty)
        #expect(HTTPIdentity.cpes(server: "Microsoft-IIS/10.0").isEmpty)
    }

    @Test func refusesWhatIsNotHTTP() {
        #expect(HTTPResponse.parse([]) == nil)
        #expect(HTTPResponse.parse(Self.ascii("SSH-2.0-OpenSSH_9.2\r\n")) == nil)
        #expect(HTTPResponse.parse(Self.ascii("HTTP/1.1 abc\r\n\r\n")) == nil)
        #expect(HTTPResponse.parse([0x16, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]) == nil)
    }

    @Test func anEndlessHeaderLineIsBounded() throws {
        let answer = Self.ascii("HTTP/1.1 200 OK\r\nServer: x\r\nX-Flood: ") + [UInt8](repeating: 0x41, count: 1 << 20)
        let start = ContinuousClock.now
        let response = try #require(HTTPResponse.parse(answer))
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(response.headersTruncated)
        #expect(response.header("Server") == "x")
        #expect(response.header("X-Flood") == nil, "a cut line is not reported")
        #expect(response.body.isEmpty && response.title == nil)
        #expect(HTTPIdentity(response: response).note?.contains("did not end") == true)
    }

    @Test func theTitleSearchIsBounded() throws {
        let filler = [UInt8](repeating: 0x20, count: HTTPResponse.maximumTitleSearchBytes)
        let late = Self.ascii("HTTP/1.1 200 OK\r\n\r\n") + filler + Self.ascii("<title>late</title>")
        #expect(try #require(HTTPResponse.parse(late)).title == nil)
        let unclosed = Self.ascii("HTTP/1.1 200 OK\r\n\r\n<title>") + [UInt8](repeating: 0x61, count: 100_000)
        #expect(try #require(HTTPResponse.parse(unclosed)).title?.count == 512)
        let chunked = Self.ascii(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2a\r\n<html><title>Sign in - Jenkins</title>\r\n0\r\n\r\n"
        )
        let identity = HTTPIdentity(response: try #require(HTTPResponse.parse(chunked)))
        #expect(identity.title == "Sign in - Jenkins" && identity.consoles == ["Jenkins"])
    }

    // MARK: - TLS ClientHello

    static func u16(_ bytes: [UInt8], _ index: Int) -> Int { Int(bytes[index]) << 8 | Int(bytes[index + 1]) }

    /// The extensions of a ClientHello record, by type, read independently of the builder.
    static func extensions(ofClientHello bytes: [UInt8]) throws -> [Int: [UInt8]] {
        #expect(bytes[0] == 0x16 && u16(bytes, 3) == bytes.count - 5)
        #expect(bytes[5] == 0x01 && (Int(bytes[6]) << 16 | u16(bytes, 7)) == bytes.count - 9)
        var index = 9 + 2 + 32
        index += 1 + Int(bytes[index])
        index += 2 + u16(bytes, index)
        #expect(Array(bytes[index..<(index + 2)]) == [0x01, 0x00])
        index += 2
        #expect(u16(bytes, index) == bytes.count - index - 2)
        index += 2
        var found: [Int: [UInt8]] = [:]
        while index < bytes.count {
            let length = u16(bytes, index + 2)
            found[u16(bytes, index)] = Array(bytes[(index + 4)..<(index + 4 + length)])
            index += 4 + length
        }
        #expect(index == bytes.count)
        return found
    }

    @Test func clientHelloOffersTLS13And12WithSNIAndAnX25519Share() throws {
        let key = [UInt8](repeating: 0xAB, count: 32)
        let hello = TLSClientHello(
            versions: [.tls13, .tls12],
            serverName: "pacs.example",
            random: [UInt8](repeating: 1, count: 32),
            sessionID: [UInt8](repeating: 2, count: 32),
            key: key
        ).bytes
        #expect(Array(hello[1..<3]) == [0x03, 0x03], "a TLS 1.2 record")
        #expect(Array(hello[9..<11]) == [0x03, 0x03], "legacy version TLS 1.2")
        #expect(Array(hello[11..<43]) == [UInt8](repeating: 1, count: 32))
        #expect(hello[43] == 32)
        let suitesLength = Self.u16(hello, 76)
        let suites = stride(from: 78, to: 78 + suitesLength, by: 2).map { Self.u16(hello, $0) }
        #expect(suites.prefix(3) == [0x1301, 0x1302, 0x1303] && suites.contains(0xC02F))
        let found = try Self.extensions(ofClientHello: hello)
        #expect(found[0x0000] == [0x00, 0x0F, 0x00, 0x00, 0x0C] + Self.ascii("pacs.example"))
        #expect(found[0x002B] == [0x04, 0x03, 0x04, 0x03, 0x03])
        #expect(found[0x000A] == [0x00, 0x06, 0x00, 0x1D, 0x00, 0x17, 0x00, 0x18])
        #expect(found[0x0033] == [0x00, 0x24, 0x00, 0x1D, 0x00, 0x20] + key)
        #expect(found[0x000D]?.count == 2 + 2 * TLSClientHello.signatureAlgorithms.count)
    }

    @Test func legacyClientHellosOfferOneVersionWithoutTLS13Parts() throws {
        var generator = SystemRandomNumberGenerator()
        let hello = TLSClientHello(versions: [.tls10], serverName: nil, using: &generator).bytes
        #expect(Array(hello[1..<3]) == [0x03, 0x01] && Array(hello[9..<11]) == [0x03, 0x01])
        let suites = stride(from: 78, to: 78 + Self.u16(hello, 76), by: 2).map { Self.u16(hello, $0) }
        #expect(!suites.contains { $0 >> 8 == 0x13 })
        let found = try Self.extensions(ofClientHello: hello)
        #expect(found[0x0000] == nil && found[0x002B] == nil && found[0x0033] == nil)
        #expect(TLSClientHello.isIPAddress("127.0.0.1") && TLSClientHello.isIPAddress("::1"))
        #expect(!TLSClientHello.isIPAddress("pacs.example"))
    }

    // MARK: - Server flights, built by hand

    static func record(_ type: UInt8, _ body: [UInt8], version: UInt16 = 0x0303) -> [UInt8] {
        [type, UInt8(version >> 8), UInt8(version & 0xFF), UInt8(body.count >> 8), UInt8(body.count & 0xFF)] + body
    }

    static func handshake(_ type: UInt8, _ body: [UInt8]) -> [UInt8] {
        [type, UInt8(body.count >> 16), UInt8(body.count >> 8 & 0xFF), UInt8(body.count & 0xFF)] + body
    }

    static func serverHello(version: UInt16, suite: UInt16, supportedVersion: UInt16? = nil) -> [UInt8] {
        var extensions: [UInt8] = [0xFF, 0x01, 0x00, 0x01, 0x00]
        if let supportedVersion {
            extensions += [0x00, 0x2B, 0x00, 0x02, UInt8(supportedVersion >> 8), UInt8(supportedVersion & 0xFF)]
            extensions += [0x00, 0x33, 0x00, 0x24, 0x00, 0x1D, 0x00, 0x20] + [UInt8](repeating: 7, count: 32)
        }
        var body = [UInt8(version >> 8), UInt8(version & 0xFF)] + [UInt8](repeating: 9, count: 32)
        body += [0x20] + [UInt8](repeating: 3, count: 32) + [UInt8(suite >> 8), UInt8(suite & 0xFF), 0x00]
        body += [UInt8(extensions.count >> 8), UInt8(extensions.count & 0xFF)] + extensions
        return handshake(0x02, body)
    }

    @Test func readsATLS13ServerHelloFromSupportedVersions() throws {
        let bytes =
            Self.record(0x16, Self.serverHello(version: 0x0303, suite: 0x1302, supportedVersion: 0x0304))
            + Self.record(0x14, [0x01]) + Self.record(0x17, [UInt8](repeating: 0x55, count: 40))
        let flight = TLSServerFlight.parse(bytes)
        let hello = try #require(flight.serverHello)
        #expect(hello.version == .tls13 && hello.cipherSuite == 0x1302 && !hello.isHelloRetryRequest)
        #expect(flight.isTLS && flight.isComplete && flight.certificates.isEmpty)
        #expect(TLSIdentity.name(of: hello.cipherSuite) == "TLS_AES_256_GCM_SHA384")
        #expect(hello.version.description == "TLS 1.3")
        // Only the ServerHello record so far: a TLS 1.3 answer is complete with it.
        let first = Array(bytes.prefix(5 + Self.u16(bytes, 3)))
        #expect(TLSServerFlight.parse(first).isComplete)
        #expect(!TLSServerFlight.parse(Array(first.dropLast(10))).isComplete)
    }

    @Test func readsACertificateSplitAcrossRecordsUpToServerHelloDone() throws {
        let leaf = [UInt8](repeating: 0xC1, count: 300)
        let chain = [UInt8](repeating: 0xC2, count: 100)
        var list: [UInt8] = []
        for der in [leaf, chain] { list += [0x00, UInt8(der.count >> 8), UInt8(der.count & 0xFF)] + der }
        let messages =
            Self.serverHello(version: 0x0303, suite: 0xC030)
            + Self.handshake(0x0B, [0x00, UInt8(list.count >> 8), UInt8(list.count & 0xFF)] + list)
            + Self.handshake(0x0E, [])
        let bytes = Self.record(0x16, Array(messages.prefix(200))) + Self.record(0x16, Array(messages.dropFirst(200)))
        let flight = TLSServerFlight.parse(bytes)
        #expect(flight.serverHello?.version == .tls12 && flight.serverHello?.cipherSuite == 0xC030)
        #expect(flight.certificates == [leaf, chain])
        #expect(flight.serverHelloDone && flight.isComplete)
        #expect(!TLSServerFlight.parse(Array(bytes.dropLast(1))).isComplete)
    }

    @Test func anAlertRefusesTheOfferedVersion() {
        let flight = TLSServerFlight.parse(Self.record(0x15, [0x02, 0x46], version: 0x0301))
        #expect(flight.isTLS && flight.isComplete && flight.alert?.description == 70)
        let refused = TLSAttempt(offered: [.tls10], flight: flight, words: "answered")
        #expect(refused.accepted == false)
        let accepted = TLSAttempt(
            offered: [.tls10],
            flight: TLSServerFlight.parse(Self.record(0x16, Self.serverHello(version: 0x0301, suite: 0xC013))),
            words: "answered"
        )
        #expect(accepted.accepted == true)
        #expect(TLSAttempt(offered: [.tls11], flight: nil, words: "refused").accepted == nil)
        #expect(!TLSServerFlight.parse(Self.ascii("HTTP/1.1 400 Bad Request\r\n\r\n")).isTLS)
    }

    @Test func combinesAttemptsAndFlagsWeakSuites() {
        func attempt(_ versions: [TLSProtocolVersion], _ version: UInt16, _ suite: UInt16) -> TLSAttempt {
            let flight = TLSServerFlight.parse(Self.record(0x16, Self.serverHello(version: version, suite: suite)))
            return TLSAttempt(offered: versions, flight: flight, words: "answered")
        }
        let modern = attempt([.tls13, .tls12], 0x0303, 0x000A)
        let identity = TLSIdentity(
            modern: modern,
            certificateFlight: modern,
            tls10: attempt([.tls10], 0x0301, 0xC013),
            tls11: TLSAttempt(
                offered: [.tls11],
                flight: TLSServerFlight.parse(Self.record(0x15, [0x02, 0x46])),
                words: "answered"
            )
        )
        #expect(identity.version == "TLS 1.2" && identity.cipherSuite == "TLS_RSA_WITH_3DES_EDE_CBC_SHA")
        #expect(identity.acceptsTLS10 == true && identity.acceptsTLS11 == false)
        #expect(
            identity.weakCipherSuites == [
                "TLS_RSA_WITH_3DES_EDE_CBC_SHA (TLS 1.2)", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA (TLS 1.0)",
            ]
        )
        #expect(identity.note?.contains("accepts TLS 1.0") == true)
        #expect(!TLSIdentity.isWeak(0xC013, version: .tls12) && !TLSIdentity.isWeak(0x1301, version: .tls13))
        #expect(TLSIdentity.isWeak(0x0005, version: .tls12) && TLSIdentity.isWeak(0x0002, version: .tls12))
    }

    // MARK: - DER and certificates

    @Test func derReaderRefusesLengthsPastTheEnd() throws {
        #expect(throws: WardError.self) { try TLSCertificate(der: []) }
        #expect(throws: WardError.self) { try TLSCertificate(der: [0x30, 0x05, 0x02, 0x01]) }
        #expect(throws: WardError.self) { try TLSCertificate(der: [0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF]) }
        #expect(throws: WardError.self) { try TLSCertificate(der: [0x30, 0x80, 0x00, 0x00]) }
        var reader = DERReader([0x06, 0x03, 0x55, 0x04, 0x03, 0x17, 0x0D] + Self.ascii("491231235959Z"))
        #expect(try reader.read().objectIdentifierText == "2.5.4.3")
        let date = try #require(try reader.read().dateValue)
        #expect(date == Date(timeIntervalSince1970: 2_524_607_999))
        #expect(reader.isAtEnd)
    }

    @Test(
        .enabled(if: WebPeers.openssl != nil || WebPeers.required, "openssl is not installed (apt-get install openssl)")
    )
    func readsAnRSACertificateMadeByOpenSSL() async throws {
        let directory = try WebPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (certificate, _) = try await WebPeers.makeCertificate(in: directory, key: "rsa:2048")
        let der = try await WebPeers.derBytes(of: certificate, in: directory)
        let summary = try TLSCertificate(der: der)
        #expect(summary.subjectCommonName == "ward-test.local" && summary.issuerCommonName == "ward-test.local")
        #expect(summary.isSelfSigned)
        #expect(summary.dnsNames == ["ward-test.local", "pacs.ward-test.local"])
        #expect(summary.ipAddresses == ["127.0.0.1"])
        #expect(summary.publicKeyAlgorithm == "RSA" && summary.rsaKeyBits == 2048 && summary.ecCurveOID == nil)
        let notBefore = try #require(summary.notBefore)
        let notAfter = try #require(summary.notAfter)
        #expect(abs(notBefore.timeIntervalSinceNow) < 3600)
        #expect(abs(notAfter.timeIntervalSince(notBefore) - 30 * 86_400) < 2)
    }

    @Test(
        .enabled(if: WebPeers.openssl != nil || WebPeers.required, "openssl is not installed (apt-get install openssl)")
    )
    func readsAnECCertificateMadeByOpenSSL() async throws {
        let directory = try WebPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (certificate, _) = try await WebPeers.makeCertificate(
            in: directory,
            key: "ec",
            extra: ["-pkeyopt", "ec_paramgen_curve:prime256v1"]
        )
        let summary = try TLSCertificate(der: try await WebPeers.derBytes(of: certificate, in: directory))
        #expect(summary.publicKeyAlgorithm == "EC" && summary.rsaKeyBits == nil)
        #expect(summary.ecCurveOID == "1.2.840.10045.3.1.7" && summary.ecCurveName == "P-256")
    }

    // MARK: - Against real peers on loopback

    @Test func aSilentListenerIsBoundedByTheTimeout() async throws {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        defer { channel.close(promise: nil) }
        let port = try #require(channel.localAddress?.port)
        let start = ContinuousClock.now
        let http = await HTTPProbe(timeout: .milliseconds(300)).probe(host: "127.0.0.1", port: port)
        let tls = await TLSProbe(timeout: .milliseconds(300)).probe(host: "127.0.0.1", port: port)
        #expect(ContinuousClock.now - start < .seconds(15))
        #expect(!http.isHTTP && http.note?.contains("no answer") == true, "\(http.note ?? "no note")")
        #expect(!tls.isTLS && tls.note?.contains("no answer") == true, "\(tls.note ?? "no note")")
    }

    @Test func aClosedPortIsNeitherHTTPNorTLS() async throws {
        let port = 1  // only root may bind it, and no test does; a freed port could be taken by another test
        let http = await HTTPProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        let tls = await TLSProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        #expect(!http.isHTTP && http.note?.contains("refused") == true, "\(http.note ?? "no note")")
        #expect(!tls.isTLS && tls.note?.contains("refused") == true, "\(tls.note ?? "no note")")
    }

    @Test(
        .enabled(
            if: (WebPeers.nginx != nil && WebPeers.openssl != nil) || WebPeers.required,
            "nginx or openssl is not installed (apt-get install nginx openssl)"
        )
    )
    func nginxOnLoopback() async throws {
        let nginx = try #require(WebPeers.nginx, "WARD_REQUIRE_PEERS=1 but nginx is missing")
        let directory = try WebPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (certificate, key) = try await WebPeers.makeCertificate(in: directory, key: "rsa:2048")
        let html = directory.appendingPathComponent("html")
        try FileManager.default.createDirectory(at: html, withIntermediateDirectories: true)
        try Self.nginxDefaultPage.write(
            to: html.appendingPathComponent("index.html"),
            atomically: true,
            encoding: .utf8
        )
        let plainPort = try await WebPeers.freePort()
        let tlsPort = try await WebPeers.freePort()
        let arguments = try WebPeers.nginxArguments(
            in: directory,
            plainPort: plainPort,
            tlsPort: tlsPort,
            certificate: certificate,
            key: key,
            site: "server_name ward-test.local; root \(html.path); index index.html;"
        )
        let version = try await WebPeers.nginxVersion(nginx)
        let (http, tls) = try await WebPeers.withServer(nginx, arguments: arguments, ports: [plainPort, tlsPort]) {
            async let http = HTTPProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: plainPort)
            async let tls = TLSProbe(timeout: .seconds(10)).probe(
                host: "127.0.0.1",
                port: tlsPort,
                serverName: "ward-test.local"
            )
            return await (http, tls)
        }

        #expect(http.isHTTP && http.statusCode == 200, "\(http.note ?? "no note")")
        #expect(http.server == "nginx/\(version)")
        #expect(http.cpes == ["cpe:2.3:a:f5:nginx:\(version):*:*:*:*:*:*:*"])
        #expect(http.title == "Welcome to nginx!")
        #expect(http.consoles == ["nginx default page"])
        #expect(http.securityHeadersPresent.isEmpty && http.securityHeadersMissing == HTTPIdentity.securityHeaders)
        let observed = [ObservedService(port: plainPort, state: .open, facts: ServiceIdentifier.facts(http))]
        #expect(ExposureRule.evaluate(observed).map(\.rule.id) == ["exposure.default-web-page"])

        #expect(tls.isTLS, "\(tls.note ?? "no note")")
        #expect(tls.version == "TLS 1.3")
        #expect(tls.cipherSuite?.hasPrefix("TLS_AES_") == true || tls.cipherSuite == "TLS_CHACHA20_POLY1305_SHA256")
        let summary = try #require(tls.certificate, "\(tls.note ?? "no note")")
        #expect(summary.subjectCommonName == "ward-test.local" && summary.isSelfSigned)
        #expect(
            summary.dnsNames == ["ward-test.local", "pacs.ward-test.local"] && summary.ipAddresses == ["127.0.0.1"]
        )
        #expect(summary.publicKeyAlgorithm == "RSA" && summary.rsaKeyBits == 2048)
        #expect(tls.acceptsTLS10 == false && tls.acceptsTLS11 == false)
        #expect(tls.weakCipherSuites.isEmpty)
        let encoded = try JSONEncoder().encode(tls)
        #expect(try JSONDecoder().decode(TLSIdentity.self, from: encoded) == tls)
    }

    static let nginxDefaultPage = """
        <!DOCTYPE html>
        <html>
        <head>
        <title>Welcome to nginx!</title>
        </head>
        <body>
        <h1>Welcome to nginx!</h1>
        <p>If you see this page, the nginx web server is successfully installed and working.</p>
        </body>
        </html>

        """
}

/// nginx and openssl, run by the tests.
enum WebPeers {
    static let nginx = path("nginx")
    static let openssl = path("openssl")

    /// Whether CI demands the peers (`WARD_REQUIRE_PEERS=1`): then a missing program fails instead of skipping.
    static let required = ProcessInfo.processInfo.environment["WARD_REQUIRE_PEERS"] == "1"

    static func path(_ program: String) -> String? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            searchPath.split(separator: ":").map(String.init) + ["/usr/sbin", "/usr/bin", "/usr/local/bin", "/sbin"]
        return directories.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: url,
            withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o755]
        )
        return url
    }

    /// Runs a short program to its end (at most 30 s) and returns its standard output.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], in directory: URL) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = directory.appendingPathComponent("output-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + .seconds(30)
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        await stop(process)
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw WardError(.unavailable, "\(program) \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }

    /// Makes a self-signed certificate for `ward-test.local` (SANs two names and 127.0.0.1), valid 30 days.
    static func makeCertificate(
        in directory: URL,
        key: String,
        extra: [String] = []
    ) async throws -> (certificate: URL, key: URL) {
        let openssl = try #require(openssl, "WARD_REQUIRE_PEERS=1 but openssl is missing")
        let certificate = directory.appendingPathComponent("cert.pem")
        let keyFile = directory.appendingPathComponent("key.pem")
        try await run(
            openssl,
            ["req", "-x509", "-newkey", key] + extra + [
                "-nodes", "-keyout", keyFile.path, "-out", certificate.path, "-days", "30",
                "-subj", "/CN=ward-test.local",
                "-addext", "subjectAltName=DNS:ward-test.local,DNS:pacs.ward-test.local,IP:127.0.0.1",
            ],
            in: directory
        )
        return (certificate, keyFile)
    }

    static func derBytes(of certificate: URL, in directory: URL) async throws -> [UInt8] {
        let openssl = try #require(openssl, "WARD_REQUIRE_PEERS=1 but openssl is missing")
        let der = directory.appendingPathComponent("cert.der")
        try await run(openssl, ["x509", "-in", certificate.path, "-outform", "DER", "-out", der.path], in: directory)
        return [UInt8](try Data(contentsOf: der))
    }

    /// Writes an nginx configuration into `directory` that serves `site` (the directives inside `server { … }`) on a
    /// plain and a TLS loopback port, and returns the arguments that start nginx with it in the foreground.
    ///
    /// One process without a master: SIGKILL then leaves no orphaned worker behind.
    static func nginxArguments(
        in directory: URL,
        plainPort: Int,
        tlsPort: Int,
        certificate: URL,
        key: URL,
        site: String
    ) throws -> [String] {
        let prefix = directory.path
        let configuration = """
            master_process off;
            worker_processes 1;
            pid \(prefix)/nginx.pid;
            error_log \(prefix)/error.log;
            events { worker_connections 64; }
            http {
                access_log \(prefix)/access.log;
                client_body_temp_path \(prefix)/body;
                proxy_temp_path \(prefix)/proxy;
                fastcgi_temp_path \(prefix)/fastcgi;
                uwsgi_temp_path \(prefix)/uwsgi;
                scgi_temp_path \(prefix)/scgi;
                default_type text/html;
                server_tokens on;
                server {
                    listen 127.0.0.1:\(plainPort);
                    listen 127.0.0.1:\(tlsPort) ssl;
                    ssl_certificate \(certificate.path);
                    ssl_certificate_key \(key.path);
                    ssl_protocols TLSv1.2 TLSv1.3;
                    \(site)
                }
            }

            """
        let file = directory.appendingPathComponent("nginx.conf")
        try configuration.write(to: file, atomically: true, encoding: .utf8)
        return ["-e", "\(prefix)/error.log", "-c", file.path, "-p", prefix, "-g", "daemon off;"]
    }

    /// The version `nginx -v` prints, such as `1.22.1`.
    static func nginxVersion(_ nginx: String) async throws -> String {
        let text = try await run(nginx, ["-v"], in: FileManager.default.temporaryDirectory)
        let version = text.split(separator: "/").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return try #require(version)
    }

    /// Starts `program`, waits (at most 10 s) until every port accepts, runs `body` and kills the program, whatever
    /// happens.
    static func withServer<T: Sendable>(
        _ program: String,
        arguments: [String],
        ports: [Int],
        body: () async throws -> T
    ) async throws -> T {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            // At most 60 s: a loaded CI machine starts servers slowly. An exited program fails at once.
            let deadline = ContinuousClock.now + .seconds(60)
            for port in ports {
                while await !accepts(port) {
                    guard process.isRunning, ContinuousClock.now < deadline else {
                        throw WardError(.unavailable, "\(program) did not listen on port \(port) within 60 s.")
                    }
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            let result = try await body()
            await stop(process)
            return result
        } catch {
            await stop(process)
            throw error
        }
    }

    /// Kills the program as ``DCMTK/stop(_:)`` does; nginx runs with `master_process off`, so no worker outlives
    /// the killed process.
    static func stop(_ process: Process) async { await DCMTK.stop(process) }

    static func freePort() async throws -> Int { try await DCMTK.freePort() }

    static func accepts(_ port: Int) async -> Bool { await DCMTK.accepts(port) }
}
