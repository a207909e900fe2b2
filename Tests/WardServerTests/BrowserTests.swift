import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

/// The web UI in a real browser: headless Chromium driven by Selenium (`Tests/Browser/ui_check.py`) against a live
/// server on loopback, seeded with the demo clinic.
@Suite("Web UI in a real browser")
struct BrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Browser/ui_check.py")

    static var browserAvailable: Bool {
        let files = FileManager.default
        guard files.isExecutableFile(atPath: "/usr/bin/chromium"),
            files.isExecutableFile(atPath: "/usr/bin/chromedriver")
        else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import selenium"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    static var enabled: Bool {
        ProcessInfo.processInfo.environment["WARD_REQUIRE_BROWSER"] == "1" || browserAvailable
    }

    @Test(
        .enabled(if: enabled, "needs chromium, chromium-driver (Debian) and selenium (PyPI)"),
        .timeLimit(.minutes(6))
    )
    func loginNavigationAndFormsWorkInChromium() async throws {
        try await TestDatabase.with(.sqlite) { database in
            var configuration = ServerConfiguration()
            configuration.port = 0
            configuration.passwordHasher = PasswordHasher(testingCost: 4)
            let operations = LocalOperations(
                database: database,
                logger: TestDatabase.logger,
                clock: { Date() },
                passwords: configuration.passwordHasher
            )
            let demo = try await DemoSeed(operations: operations).seed()
            let password = try #require(demo.ownerPassword)
            let application = try buildApplication(
                configuration: configuration,
                database: database,
                logger: TestDatabase.logger
            )
            try await application.test(.live) { client in
                let port = try #require(client.port)
                let result = try await Self.runScript([
                    "--base-url", "http://127.0.0.1:\(port)",
                    "--email", demo.ownerEmail, "--password", password,
                ])
                #expect(result.status == 0, "ui_check.py failed:\n\(result.output)")
                #expect(result.output.contains("Scope"), "the check walked the navigation:\n\(result.output)")
            }
        }
    }

    /// Runs the Selenium script without blocking Swift's cooperative threads; bounded to 300 s.
    static func runScript(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let result = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", script.path] + arguments,
            mergeErrors: true,
            seconds: 300
        )
        return (result.status, result.output)
    }
}
