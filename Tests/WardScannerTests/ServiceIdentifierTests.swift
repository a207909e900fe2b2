import Foundation
import NIOCore
import NIOPosix
import Testing
import WardCore

@testable import WardScanner

/// Service identification on ports that say nothing about the service: real sshd, Redis, nginx (HTTP and TLS) on free
/// loopback ports, PostgreSQL on its own port, and a listener that never answers.
@Suite struct ServiceIdentifierTests {
    static let standard = ServiceIdentifier(profile: .standard, timeout: .seconds(5))
    static let gentle = ServiceIdentifier(profile: .gentle, timeout: .seconds(5))

    @Test(
        .enabled(
            if: BannerPeers.path("sshd", in: ["/usr/sbin"]) != nil || BannerPeers.required,
            "openssh-server is not installed"
        )
    )
    func sshOnAnyPortIsIdentifiedWithItsCPE() async throws {
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (sshd, arguments) = try await BannerPeers.sshd(in: directory)
        let facts = try await BannerPeers.withServer(sshd, in: directory, arguments: arguments) { port in
            // sshd starts itself anew for each connection before it greets: wait until it is ready to.
            try await RemoteAccessPeers.waitForGreeting(port: port, prefix: "SSH-")
            return await Self.gentle.identify(host: "127.0.0.1", port: port)
        }
        #expect(facts["service"] == "ssh" && facts["product"] == "OpenSSH", "\(facts)")
        #expect(facts["cpe"]?.hasPrefix("cpe:2.3:a:openbsd:openssh:") == true, "\(facts)")
        #expect(facts["ssh.hostKey"]?.contains("ssh-ed25519") == true, "\(facts)")
    }

    @Test(
        .enabled(if: BannerPeers.path("redis-server") != nil || BannerPeers.required, "redis-server is not installed")
    )
    func redisWithoutAPasswordBecomesAnExposureFact() async throws {
        let redis = try #require(BannerPeers.path("redis-server"), "WARD_REQUIRE_PEERS=1 but redis-server is missing")
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let facts = try await BannerPeers.withServer(redis, in: directory) { port in
            ["--port", "\(port)", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory.path]
        } body: { port in
            await Self.gentle.identify(host: "127.0.0.1", port: port)
        }
        #expect(facts["service"] == "redis" && facts["redis.unauthenticated"] == "true", "\(facts)")
        #expect(facts["cpe"]?.hasPrefix("cpe:2.3:a:redis:redis:") == true)
        let services = [ObservedService(port: 1, state: .open, facts: facts)]
        #expect(ExposureRule.evaluate(services).contains { $0.rule.id == "exposure.redis-no-auth" })
    }

    @Test(
        .enabled(
            if: BannerPeers.path("vsftpd", in: ["/usr/sbin"]) != nil || BannerPeers.required,
            "vsftpd is not installed"
        )
    )
    func vsftpdOnAnyPortIsFTPWithItsVersionAndAnExposure() async throws {
        let vsftpd = try #require(
            BannerPeers.path("vsftpd", in: ["/usr/sbin"]),
            "WARD_REQUIRE_PEERS=1 but vsftpd is missing"
        )
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // vsftpd wants an empty directory of its own to confine its unprivileged helper to.
        let empty = directory.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let configuration = directory.appendingPathComponent("vsftpd.conf")
        let facts = try await BannerPeers.withServer(vsftpd, in: directory) { port in
            try? """
            listen=YES
            listen_address=127.0.0.1
            listen_port=\(port)
            background=NO
            anonymous_enable=NO
            local_enable=YES
            seccomp_sandbox=NO
            secure_chroot_dir=\(empty.path)

            """.write(to: configuration, atomically: true, encoding: .utf8)
            return [configuration.path]
        } body: { port in
            // vsftpd forks a process per connection before it greets; on a loaded machine the first greeting can
            // come after the identifier's two-second greeting wait, so the test waits for the server to be ready.
            try await RemoteAccessPeers.waitForGreeting(port: port, prefix: "220")
            return (await Self.gentle.identify(host: "127.0.0.1", port: port), port)
        }
        let (ftp, port) = facts
        #expect(ftp["service"] == "ftp" && ftp["product"] == "vsFTPd", "\(ftp)")
        let version = try #require(ftp["version"], "\(ftp)")
        #expect(ftp["cpe"] == "cpe:2.3:a:vsftpd_project:vsftpd:\(version):*:*:*:*:*:*:*")
        let services = [ObservedService(port: port, state: .open, facts: ftp)]
        #expect(ExposureRule.evaluate(services).map(\.rule.id) == ["exposure.ftp"], "FTP found by its greeting")
    }

    @Test(
        .enabled(
            if: (WebPeers.nginx != nil && WebPeers.openssl != nil) || WebPeers.required,
            "nginx or openssl is not installed (apt-get install nginx openssl)"
        )
    )
    func nginxHTTPAndTLSOnUnusualPorts() async throws {
        let nginx = try #require(WebPeers.nginx, "WARD_REQUIRE_PEERS=1 but nginx is missing")
        let directory = try WebPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (certificate, key) = try await WebPeers.makeCertificate(in: directory, key: "rsa:2048")
        let plainPort = try await WebPeers.freePort()
        let tlsPort = try await WebPeers.freePort()
        let arguments = try WebPeers.nginxArguments(
            in: directory,
            plainPort: plainPort,
            tlsPort: tlsPort,
            certificate: certificate,
            key: key,
            site: #"location / { return 200 "<title>Imaging portal</title>"; }"#
        )
        let version = try await WebPeers.nginxVersion(nginx)
        let (http, tls) = try await WebPeers.withServer(nginx, arguments: arguments, ports: [plainPort, tlsPort]) {
            async let http = Self.gentle.identify(host: "127.0.0.1", port: plainPort)
            async let tls = Self.gentle.identify(host: "127.0.0.1", port: tlsPort)
            return await (http, tls)
        }
        #expect(http["service"] == "http" && http["http.server"] == "nginx/\(version)", "\(http)")
        #expect(http["cpe"] == "cpe:2.3:a:f5:nginx:\(version):*:*:*:*:*:*:*")
        #expect(http["http.title"] == "Imaging portal")
        // HTTP spoken inside the TLS makes it HTTPS, with the web server's facts beside the certificate's.
        #expect(tls["service"] == "https" && tls["tls.self_signed"] == "true", "\(tls)")
        #expect(tls["http.server"] == "nginx/\(version)" && tls["http.title"] == "Imaging portal", "\(tls)")
        #expect(tls["tls.certificate_expired"] == "false" && tls["tls.legacy_versions"] == "false")
        #expect(tls["tls.subject"] == "ward-test.local")
        let services = [ObservedService(port: tlsPort, state: .open, facts: tls)]
        #expect(ExposureRule.evaluate(services).contains { $0.rule.id == "exposure.certificate-self-signed" })
    }

    @Test(.enabled(if: BannerPeers.postgreSQLReachable || BannerPeers.required, "no PostgreSQL on 127.0.0.1:5432"))
    func postgreSQLIsAskedOnlyOutsideTheGentleProfile() async throws {
        let standard = await Self.standard.identify(host: "127.0.0.1", port: 5432)
        #expect(standard["service"] == "postgresql", "\(standard)")
        #expect(standard["postgresql.unauthenticated"] != "true")
        // Gentle sends no startup message (a login); the port stays unidentified unless something else answers.
        let gentle = await Self.gentle.identify(host: "127.0.0.1", port: 5432)
        #expect(gentle["service"] != "postgresql")
    }

    @Test func aSilentPortCostsAFewTimeoutsAndGivesNothing() async throws {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        defer { channel.close(promise: nil) }
        let port = try #require(channel.localAddress?.port)
        let quick = ServiceIdentifier(profile: .standard, timeout: .milliseconds(300))
        let start = ContinuousClock.now
        let facts = await quick.identify(host: "127.0.0.1", port: port)
        #expect(facts.isEmpty, "\(facts)")
        // A handful of 0.3 s probes; loose for a loaded machine, tight enough to show every probe is bounded.
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    /// Sends an FTP greeting as soon as a client connects, then waits.
    final class Greeter: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        func channelActive(context: ChannelHandlerContext) {
            context.writeAndFlush(NIOAny(ByteBuffer(string: "220 (vsFTPd 3.0.3)\r\n")), promise: nil)
        }
    }

    @Test func factsOfEveryOpenPortOfEveryHostAfterASweep() async throws {
        let greeter = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.pipeline.addHandler(Greeter()) }
            .bind(host: "127.0.0.1", port: 0).get()
        defer { greeter.close(promise: nil) }
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        defer { silent.close(promise: nil) }
        let ftpPort = try #require(greeter.localAddress?.port)
        let silentPort = try #require(silent.localAddress?.port)
        let scan = await ConnectScanner(profile: .fast).scan(
            try IPAddress("127.0.0.1"),
            ports: try PortList("\(ftpPort),\(silentPort)")
        )
        #expect(Set(scan.openPorts) == [ftpPort, silentPort])
        let facts = await ServiceIdentifier(profile: .gentle, timeout: .seconds(2)).identify([scan])
        let ftp = try #require(facts["127.0.0.1"]?[ftpPort], "\(facts)")
        #expect(ftp["service"] == "ftp" && ftp["product"] == "vsFTPd" && ftp["version"] == "3.0.3", "\(ftp)")
        #expect(ftp["cpe"] == "cpe:2.3:a:vsftpd_project:vsftpd:3.0.3:*:*:*:*:*:*:*")
        #expect(facts["127.0.0.1"]?[silentPort] == nil, "a silent listener gives no facts")
    }
}
