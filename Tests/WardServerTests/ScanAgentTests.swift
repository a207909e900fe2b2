import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOPosix
import Testing
import WardCore
import WardScanner
import WardStore
import WardTesting

@testable import WardServer

/// A Ward server over real TLS (a certificate the test makes with openssl) and a scan agent that pulls its job,
/// scans loopback listeners the test opens, and pushes the results; and an agent that reports outside its scope.
@Suite(.serialized) struct ScanAgentTests {
    static var opensslAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") }

    /// A self-signed certificate for 127.0.0.1 and localhost, and its key, in a new folder.
    static func makeCertificate() throws -> (folder: URL, certificate: String, key: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ward-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let certificate = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WardError(.internal, "openssl could not make a test certificate")
        }
        return (folder, certificate, key)
    }

    static func listen() async throws -> (any Channel, Int) {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0).get()
        return (channel, try #require(channel.localAddress?.port))
    }

    @Test(
        .enabled(if: opensslAvailable || ProcessInfo.processInfo.environment["WARD_STRICT"] == "1", "needs openssl"),
        .timeLimit(.minutes(2)),
        arguments: TestDatabase.engines
    )
    func agentPullsScansAndPushesOverTLS(engine: DatabaseEngine) async throws {
        let tls = try Self.makeCertificate()
        defer { try? FileManager.default.removeItem(at: tls.folder) }
        let (web, webPort) = try await Self.listen()
        let (dicom, dicomPort) = try await Self.listen()
        // An FTP server's greeting on a port that says nothing: the agent identifies it and sends the facts.
        let ftp = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.pipeline.addHandler(FTPGreeter()) }
            .bind(host: "127.0.0.1", port: 0).get()
        let ftpPort = try #require(ftp.localAddress?.port)
        defer {
            web.close(promise: nil)
            dicom.close(promise: nil)
            ftp.close(promise: nil)
        }
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            _ = try await store.scope.add(try .parse("127.0.0.0/30", kind: .include), organizationID: clinic.id)
            let now = Date()
            let asset = Asset(
                organizationID: clinic.id,
                name: "lab host",
                addresses: ["127.0.0.1"],
                firstSeen: now,
                lastSeen: now
            )
            try await store.assets.save(asset, isNew: true, change: nil)
            let scanning = ScanningService(database: database)
            try await scanning.setSettings(
                RescanSettings(enabled: true, profile: "standard", ports: "\(webPort),\(dicomPort),\(ftpPort),1"),
                organizationID: clinic.id,
                actor: .cli
            )
            let (agent, token) = try await scanning.createAgent(
                name: "lab segment",
                segment: ["127.0.0.0/30"],
                organizationID: clinic.id,
                actor: .cli
            )
            #expect(token.hasPrefix("wagent_"))
            #expect(try await scanning.plan(organizationID: clinic.id) == 1)
            let queued = try await store.scanJobs.list(organizationID: clinic.id, state: .queued)
            #expect(queued.map(\.agentID) == [agent.id], "the job goes to the agent whose segment holds the host")

            var configuration = ServerConfiguration()
            configuration.port = 0
            configuration.tlsCertificatePath = tls.certificate
            configuration.tlsKeyPath = tls.key
            configuration.passwordHasher = PasswordHasher(testingCost: 4)
            let application = try buildApplication(
                configuration: configuration,
                database: database,
                logger: TestDatabase.logger
            )
            try await application.test(.live) { client in
                let port = try #require(client.port)
                let url = "https://127.0.0.1:\(port)"

                // An agent that does not trust the server's certificate does not talk to it.
                let untrusting = try AgentRunner(
                    configuration: .init(serverURL: url, token: token),
                    logger: TestDatabase.logger
                )
                await #expect(throws: (any Error).self) { try await untrusting.runOnce() }

                let runner = try AgentRunner(
                    configuration: .init(serverURL: url, token: token, trustedCertificatesFile: tls.certificate),
                    logger: TestDatabase.logger
                )
                #expect(try await runner.runOnce() == 1)
                #expect(try await runner.runOnce() == 0, "nothing else is due")

                let done = try #require(try await store.scanJobs.list(organizationID: clinic.id, state: .done).first)
                #expect(done.hostUp == true && done.claimedBy == "agent:\(agent.id.uuidString.lowercased())")
                #expect(
                    done.result?.contains("\(webPort)/tcp") == true && done.result?.contains("\(dicomPort)/tcp") == true
                )
                let scanned = try await store.assets.get(asset.id, organizationID: clinic.id)
                #expect(Set(scanned.services.map(\.port)) == [webPort, dicomPort, ftpPort])
                let greeted = scanned.services.first { $0.port == ftpPort }
                #expect(greeted?.name == "ftp" && greeted?.product == "vsFTPd", "\(String(describing: greeted))")
                let findings = try await store.findings.all(organizationID: clinic.id).values
                #expect(
                    findings.contains { $0.rule == "exposure.ftp" && $0.port == ftpPort },
                    "FTP found by its greeting"
                )
                let audit = try await store.audit.list(organizationID: clinic.id)
                #expect(audit.contains { $0.action == .scanResultsReceived && $0.actor.contains("lab segment") })

                // Plain HTTP is refused before anything is sent, and a revoked agent is shut out.
                #expect(throws: WardError.self) {
                    try AgentRunner(
                        configuration: .init(serverURL: "http://127.0.0.1:\(port)", token: token),
                        logger: TestDatabase.logger
                    )
                }
                _ = try await scanning.revokeAgent(agent.id, organizationID: clinic.id, actor: .cli)
                let refused = await #expect(throws: WardError.self) { try await runner.runOnce() }
                #expect(refused?.code == .unauthenticated)
            }
        }
    }

    /// An agent may report only on its own job's address, inside its segment and the organization's scope.
    @Test(arguments: TestDatabase.engines)
    func resultsOutsideTheAgentsScopeAreRefusedAndLogged(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            _ = try await store.scope.add(try .parse("10.20.0.0/16", kind: .include), organizationID: clinic.id)
            _ = try await store.scope.add(try .parse("10.20.9.0/24", kind: .exclude), organizationID: clinic.id)
            let now = Date()
            for address in ["10.20.1.5", "10.30.0.5"] {
                try await store.assets.save(
                    Asset(
                        organizationID: clinic.id,
                        name: address,
                        addresses: [address],
                        firstSeen: now,
                        lastSeen: now
                    ),
                    isNew: true,
                    change: nil
                )
            }
            let scanning = ScanningService(database: database)
            try await scanning.setSettings(RescanSettings(enabled: true), organizationID: clinic.id, actor: .cli)
            let (agent, _) = try await scanning.createAgent(
                name: "ward 3",
                segment: ["10.20.0.0/16"],
                organizationID: clinic.id,
                actor: .cli
            )
            let (stranger, _) = try await scanning.createAgent(
                name: "elsewhere",
                segment: ["10.40.0.0/16"],
                organizationID: clinic.id,
                actor: .cli
            )
            #expect(try await scanning.plan(organizationID: clinic.id) == 1, "10.30.0.5 is outside the scope")
            let jobs = try await scanning.claim(for: agent, limit: 5)
            let job = try #require(jobs.first)
            #expect(jobs.map(\.target) == ["10.20.1.5"])
            #expect(try await scanning.claim(for: stranger, limit: 5).isEmpty)

            func scan(_ address: String) -> HostScan {
                HostScan(
                    address: address,
                    up: true,
                    ports: [PortResult(port: 22, state: .open)],
                    filteredCount: 0,
                    profile: "gentle",
                    startedAt: now,
                    finishedAt: now
                )
            }
            for (address, reason) in [
                ("10.20.9.7", "do not belong to the job"), ("8.8.8.8", "do not belong to the job"),
                ("not-an-address", "is not an address"),
            ] {
                let error = await #expect(throws: WardError.self) {
                    try await scanning.submit(scan(address), jobID: job.id, agent: agent, sourceAddress: "10.20.0.2")
                }
                #expect(error?.code == .forbidden && error?.message.contains(reason) == true, "\(address)")
            }
            let stray = await #expect(throws: WardError.self) {
                try await scanning.submit(
                    scan("10.20.1.5"),
                    facts: [80: ["service": "http"]],
                    jobID: job.id,
                    agent: agent,
                    sourceAddress: nil
                )
            }
            #expect(
                stray?.code == .invalidInput && stray?.message.contains("port 80") == true,
                "facts only for open ports"
            )
            let stolen = await #expect(throws: WardError.self) {
                try await scanning.submit(scan("10.20.1.5"), jobID: job.id, agent: stranger, sourceAddress: nil)
            }
            #expect(stolen?.code == .conflict, "another agent cannot finish this agent's job")
            let rejected = try await store.audit.list(organizationID: clinic.id).filter {
                $0.action == .scanResultsRejected
            }
            #expect(rejected.count == 3 && rejected.allSatisfy { $0.outcome == .failure })
            #expect(try await store.assets.list(organizationID: clinic.id).allSatisfy { $0.services.isEmpty })

            // The scope shrinks after the job was claimed: the results are refused too.
            let entries = try await store.scope.entries(organizationID: clinic.id)
            let include = try #require(entries.first { $0.kind == .include })
            _ = try await store.scope.remove(entryID: include.id, organizationID: clinic.id)
            let late = await #expect(throws: WardError.self) {
                try await scanning.submit(scan("10.20.1.5"), jobID: job.id, agent: agent, sourceAddress: nil)
            }
            #expect(late?.message.contains("outside the organization's scope") == true)
        }
    }
}

/// Greets like vsftpd and closes.
final class FTPGreeter: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    func channelActive(context: ChannelHandlerContext) {
        context.writeAndFlush(NIOAny(ByteBuffer(string: "220 (vsFTPd 3.0.3)\r\n")), promise: nil)
    }
}
