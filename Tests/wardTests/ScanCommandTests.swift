import Foundation
import NIOCore
import NIOPosix
import Synchronization
import Testing
import WardTesting

/// `ward scan run` against listeners this test opens on loopback; nothing else is ever a target.
@Suite struct ScanCommandTests {
    /// Counts the connections a loopback listener accepts.
    final class AcceptCounter: ChannelInboundHandler, Sendable {
        typealias InboundIn = Any
        let count = Atomic<Int>(0)

        func channelActive(context: ChannelHandlerContext) {
            count.add(1, ordering: .relaxed)
            context.close(promise: nil)
        }

        /// The listener accepts on its own event loop, possibly after the scanning process has already exited, so a
        /// test waits (at most fifteen seconds) for the count to reach what it expects.
        func reaches(_ expected: Int) async -> Bool {
            for _ in 0..<300 {
                if count.load(ordering: .relaxed) >= expected { return true }
                try? await Task.sleep(for: .milliseconds(50))
            }
            return count.load(ordering: .relaxed) >= expected
        }
    }

    static func listen(_ counter: AcceptCounter) async throws -> (any Channel, Int) {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { $0.pipeline.addHandler(counter) }
            .bind(host: "127.0.0.1", port: 0).get()
        return (channel, try #require(channel.localAddress?.port))
    }

    /// A scan that takes a few seconds reports its progress on standard error every two seconds; --quiet silences it.
    @Test(.timeLimit(.minutes(2)))
    func progressLinesCountPortsRateAndTimeLeft() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        // The gentle profile starts 50 connections a second: 250 ports take about five seconds.
        let arguments = ["scan", "run", "127.0.0.1", "--scope", "127.0.0.1", "--ports", "30001-30250", "--no-identify"]
        let loud = try await ward.run(arguments)
        #expect(loud.status == 0, "\(loud.errors)")
        let lines = loud.errors.split(separator: "\n").filter { $0.contains(" of 250 ports (") }
        #expect(!lines.isEmpty, "\(loud.errors)")
        #expect(lines.contains { $0.contains("/s, about ") && $0.contains(" s left") }, "\(lines)")
        let quiet = try await ward.run(arguments + ["--quiet"])
        #expect(quiet.status == 0 && !quiet.errors.contains(" of 250 ports ("), "\(quiet.errors)")
    }

    @Test func outOfScopeTargetsGetNoConnectionAndInScopeOnesAreScanned() async throws {
        let counter = AcceptCounter()
        let (listener, port) = try await Self.listen(counter)
        defer { listener.close(promise: nil) }
        let ward = try WardBinary()
        defer { ward.remove() }

        // The listener's address is outside the scope: refused with the reason, and not one connection.
        let refused = try await ward.run(["scan", "run", "127.0.0.1", "--scope", "127.0.0.2", "--ports", "\(port)"])
        #expect(refused.status == 65)
        #expect(refused.errors.contains("not scanned: 127.0.0.1") && refused.errors.contains("nothing to scan"))
        // An exclusion wins over an inclusion, and a block is expanded only inside the scope.
        let excluded = try await ward.run([
            "scan", "run", "127.0.0.0/30", "--scope", "127.0.0.0/30,!127.0.0.1", "--ports", "\(port)",
            "--profile", "fast", "--format", "json",
        ])
        #expect(excluded.status == 0, "\(excluded.errors)")
        let excludedReport = try JSONSerialization.jsonObject(with: Data(excluded.output.utf8)) as? [String: Any]
        let scanned = (excludedReport?["hosts"] as? [[String: Any]])?.compactMap { $0["address"] as? String }
        #expect(scanned == ["127.0.0.0", "127.0.0.2", "127.0.0.3"], "every address of the block but the excluded one")
        #expect(counter.count.load(ordering: .relaxed) == 0, "no connection reached 127.0.0.1")

        // In scope: the listener is open, a closed neighbour is closed; JSON and nmap XML agree.
        let json = try await ward.run([
            "scan", "run", "127.0.0.1", "--scope", "127.0.0.0/8", "--ports", "\(port),1", "--profile", "fast",
            "--format", "json", "--no-identify",
        ])
        #expect(json.status == 0, "\(json.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let host = try #require((report["hosts"] as? [[String: Any]])?.first)
        let ports = (host["ports"] as? [[String: Any]]) ?? []
        #expect(ports.contains { $0["port"] as? Int == port && $0["state"] as? String == "open" })
        #expect(ports.contains { $0["port"] as? Int == 1 && $0["state"] as? String == "closed" })
        #expect(report["profile"] as? String == "fast")
        #expect(await counter.reaches(1), "the in-scope scan reached the listener")

        let xml = try await ward.run([
            "scan", "run", "127.0.0.1", "--scope", "127.0.0.1", "--ports", "\(port)", "--format", "xml",
            "--no-identify",
        ])
        #expect(xml.status == 0)
        #expect(xml.output.contains("<port protocol=\"tcp\" portid=\"\(port)\"><state state=\"open\""))
        #expect(xml.output.contains("<hosts up=\"1\" down=\"0\" total=\"1\"/>"))

        // Bad input names the problem.
        let badPorts = try await ward.run(["scan", "run", "127.0.0.1", "--scope", "127.0.0.1", "--ports", "22,99999"])
        #expect(badPorts.status == 65 && badPorts.errors.contains("'99999' is not a port"))
        let badTarget = try await ward.run(["scan", "run", "10.0.0.300", "--scope", "127.0.0.1"])
        #expect(badTarget.status == 65 && badTarget.errors.contains("10.0.0.300"))
        let noScope = try await ward.run(["scan", "run", "127.0.0.1"])
        #expect(noScope.status != 0 && noScope.errors.contains("--scope"))
        // Sweeps only (identification is off above): one connection per in-scope scan, none for the rest.
        #expect(counter.count.load(ordering: .relaxed) <= 3)

        // With identification on, the open port is probed as well and the table names what was found.
        let identified = try await ward.run([
            "scan", "run", "127.0.0.1", "--scope", "127.0.0.1", "--ports", "\(port)", "--profile", "fast",
        ])
        #expect(identified.status == 0, "\(identified.errors)")
        #expect(identified.output.contains("SERVICE") && identified.errors.contains("identifying services on 1 open"))
    }
}

/// `ward scan run --org … --record`: a real DICOM server (DCMTK's storescp, which accepts any called AE title) on a
/// loopback port becomes an asset and an exposure finding, and the finding closes when a later scan no longer sees it.
@Suite struct ScanRecordTests {
    static var storescp: String? {
        ["/usr/bin/storescp", "/usr/local/bin/storescp"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(
        .enabled(
            if: storescp != nil || ProcessInfo.processInfo.environment["WARD_REQUIRE_DCMTK"] == "1",
            "needs DCMTK's storescp (apt-get install dcmtk)"
        ),
        .timeLimit(.minutes(2))
    )
    func dicomThatAcceptsAnyCallerBecomesAFindingThatLaterCloses() async throws {
        let program = try #require(Self.storescp, "WARD_REQUIRE_DCMTK=1 but storescp is missing")
        let ward = try WardBinary()
        defer { ward.remove() }
        #expect(try await ward.run(["org", "create", "Imaging Lab"]).status == 0)
        #expect(try await ward.run(["org", "scope", "add", "--org", "Imaging Lab", "127.0.0.1"]).status == 0)

        // A free port for storescp.
        let probe = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(probe.localAddress?.port)
        try await probe.close()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--aetitle", "ANY-SCP", "--output-directory", ward.directory.path, "\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        let deadline = ContinuousClock.now + .seconds(30)
        var listening = false
        while !listening, ContinuousClock.now < deadline {
            let result = try await ward.run([
                "scan", "run", "127.0.0.1", "--scope", "127.0.0.1", "--ports", "\(port)", "--profile", "fast",
                "--format", "json",
            ])
            listening = result.output.contains("\"open\"")
            if !listening { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(listening, "storescp listens")

        let scan = [
            "scan", "run", "127.0.0.1", "--org", "Imaging Lab", "--ports", "\(port)", "--profile", "standard",
            "--dicom-ports", "\(port)", "--record", "--format", "json",
            // Identification gets three times the connect timeout (at most 10 s): 9 s, for a loaded machine.
            "--timeout", "3000",
        ]
        let first = try await ward.run(scan)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("dicom.accepts_any_caller"))
        #expect(first.errors.contains("1 exposures: 1 opened"), "\(first.errors)")
        let findings = try await ward.run(["findings", "list", "--org", "Imaging Lab", "--format", "json"])
        #expect(findings.output.contains("exposure.dicom-any-caller") && findings.output.contains("ward-scanner"))
        let stored = try await ward.run(["scan", "list", "--org", "Imaging Lab", "--format", "json"])
        let listed = try JSONSerialization.jsonObject(with: Data(stored.output.utf8)) as? [[String: Any]]
        #expect(listed?.count == 1 && listed?.first?["state"] as? String == "completed", "\(stored.output)")
        #expect(listed?.first?["requestedBy"] as? String == "cli" && listed?.first?["openPorts"] as? Int == 1)

        // The server goes away: the next recorded scan of the host closes the exposure.
        kill(process.processIdentifier, SIGKILL)
        for _ in 0..<200 where process.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "storescp is gone")
        let second = try await ward.run(scan)
        #expect(second.status == 0 && second.errors.contains("1 closed"), "\(second.errors)")
    }
}
