import Foundation
import NIOCore
import NIOPosix
import Testing
import WardIntel
import WardStore
import WardTesting

/// `ward feeds update` against a feed server on loopback (Python's http.server over a folder this test fills from
/// ../shared/data): KEV, EPSS and a CSAF provider whose ROLIE feed lists one CISA advisory.
@Suite(
    "ward feeds update",
    .enabled(if: SharedData.enabled, SharedData.skipMessage)
)
struct FeedsUpdateCommandTests {
    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        try await channel.close()
        return port
    }

    static func accepts(_ port: Int) async -> Bool {
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.milliseconds(200))
                .connect(host: "127.0.0.1", port: port).get()
            try? await channel.close()
            return true
        } catch {
            return false
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func updateDownloadsFromTheConfiguredAddressesAndImports() async throws {
        let port = try await Self.freePort()
        let base = "http://127.0.0.1:\(port)"
        let served = FileManager.default.temporaryDirectory.appendingPathComponent("ward-feed-server-\(UUID())")
        try FileManager.default.createDirectory(
            at: served.appendingPathComponent("csaf"),
            withIntermediateDirectories: true
        )
        defer { try? FileManager.default.removeItem(at: served) }
        let advisory = "icsma-24-200-01.json"
        for (shared, name) in [
            ("kev/known_exploited_vulnerabilities.json", "kev.json"),
            ("epss/epss_scores-2026-09-29-selected.csv", "epss.csv"),
            ("csaf/cisa-icsma/\(advisory)", "csaf/\(advisory)"),
            ("csaf/cisa-icsma/\(advisory).sha512", "csaf/\(advisory).sha512"),
        ] {
            try FileManager.default.copyItem(at: try SharedData.url(shared), to: served.appendingPathComponent(name))
        }
        var metadata = try String(
            contentsOf: try SharedData.url("csaf/oasis/examples/provider-metadata/example-01-provider-metadata.json"),
            encoding: .utf8
        )
        metadata = metadata.replacingOccurrences(
            of: "https://www.example.com/.well-known/csaf/feed-tlp-white.json",
            with: "\(base)/csaf/feed.json"
        )
        try metadata.write(
            to: served.appendingPathComponent("provider-metadata.json"),
            atomically: true,
            encoding: .utf8
        )
        let feed = """
            {"feed": {"id": "f", "title": "Test feed", "link": [{"rel": "self", "href": "\(base)/csaf/feed.json"}],
             "category": [{"scheme": "urn:ietf:params:rolie:category:information-type", "term": "csaf"}],
             "updated": "2024-07-20T00:00:00Z",
             "entry": [{"id": "ICSMA-24-200-01", "title": "Philips Vue PACS",
                        "link": [{"rel": "self", "href": "\(base)/csaf/\(advisory)"},
                                 {"rel": "hash", "href": "\(base)/csaf/\(advisory).sha512"}],
                        "published": "2024-07-18T00:00:00Z", "updated": "2024-07-18T00:00:00Z",
                        "content": {"type": "application/json", "src": "\(base)/csaf/\(advisory)"},
                        "format": {"schema": "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json", "version": "2.0"}}]}}
            """
        try feed.write(to: served.appendingPathComponent("csaf/feed.json"), atomically: true, encoding: .utf8)

        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = [
            "python3", "-m", "http.server", "\(port)", "--bind", "127.0.0.1", "--directory", served.path,
        ]
        python.standardOutput = FileHandle.nullDevice
        python.standardError = FileHandle.nullDevice
        try python.run()
        defer { kill(python.processIdentifier, SIGKILL) }
        let deadline = ContinuousClock.now + .seconds(15)
        while await !Self.accepts(port), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }

        try await InventoryCommandTests.Workspace.with(.sqlite) { workspace in
            let flags = [
                "--kev-url", "\(base)/kev.json", "--epss-url", "\(base)/epss.csv",
                "--csaf-provider-url", "\(base)/provider-metadata.json",
            ]
            let update = try await workspace.run(["feeds", "update"] + flags)
            #expect(update.status == 0, "\(update.errors)")
            #expect(update.errors.contains("downloaded 3 files"), "\(update.errors)")
            #expect(update.output.contains("1404 entries, all new"), "\(update.output)")
            let text = try await workspace.run(["feeds", "status", "--format", "json"]).output
            for kind in ["kev", "epss", "csaf"] { #expect(text.contains(kind), "\(kind) in \(text)") }
            #expect(text.contains("1600"), "the EPSS rows: \(text)")

            // A missing address fails by name and imports nothing more.
            let broken = try await workspace.run([
                "feeds", "update", "--only", "kev", "--kev-url", "\(base)/missing.json",
            ])
            #expect(broken.status != 0)
            #expect(broken.errors.contains("\(base)/missing.json") && broken.errors.contains("404"), "\(broken.errors)")
            #expect(try await workspace.run(["feeds", "status", "--format", "json"]).output == text)
            // Not a feed name.
            let wrong = try await workspace.run(["feeds", "update", "--only", "nvd"])
            #expect(wrong.status != 0 && wrong.errors.contains("'nvd' is not a feed"))
        }
        kill(python.processIdentifier, SIGKILL)
        let stopped = ContinuousClock.now + .seconds(5)
        while python.isRunning, ContinuousClock.now < stopped { try await Task.sleep(for: .milliseconds(20)) }
    }
}
