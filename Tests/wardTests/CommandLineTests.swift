import Foundation
import Testing
import WardTesting

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Runs the real `ward` binary, as a user would, in a fresh data directory.
struct WardBinary {
    let directory: URL

    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["WARD_BINARY"] { return URL(fileURLWithPath: path) }
        // The test bundle sits next to the products, `ward` among them.
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let candidate = folder.appendingPathComponent("ward")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: ".build/debug/ward")
    }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `ward arguments…` in the data directory's folder, with an optional standard input; bounded to 60 s.
    ///
    /// It waits without blocking a thread of Swift's cooperative pool (on two cores the pool has two, and a blocked
    /// one stalls every other test of the process); see ``ChildProcess``.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) async throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "WARD_DATABASE_URL")
        env.merge(environment) { $1 }
        let result = try await ChildProcess.run(
            Self.executable,
            arguments,
            input: input,
            environment: env,
            currentDirectory: directory
        )
        return Result(status: result.status, output: result.output, errors: result.errors)
    }

    func json(_ arguments: [String]) async throws -> Any {
        let result = try await run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }
}

@Suite("The ward command line", .serialized)
struct CommandLineTests {
    @Test func aFreshDataDirectoryWorksAtOnceWithADefaultOrganization() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let organizations = try #require(try await ward.json(["org", "list"]) as? [[String: Any]])
        #expect(organizations.map { $0["name"] as? String } == ["My organization"])
        #expect(
            FileManager.default.fileExists(atPath: ward.directory.appendingPathComponent("ward-data/ward.sqlite").path)
        )

        let created = try await ward.run(["org", "create", "Prairie General", "--kind", "hospital", "--size", "medium"])
        #expect(created.status == 0)
        #expect(created.output.contains("Created Prairie General"))
        let shown = try #require(try await ward.json(["org", "show", "prairie general"]) as? [String: Any])
        let organization = try #require(shown["organization"] as? [String: Any])
        #expect(organization["kind"] as? String == "hospital")
        #expect(organization["sizeTier"] as? String == "medium")

        let status = try #require(try await ward.json(["db", "status"]) as? [[String: Any]])
        #expect(status.first?["version"] as? Int == 1)
        #expect(try await ward.run(["db", "migrate"]).output.contains("up to date"))
    }

    @Test func scopeCommandsAreAllOrNothingWithClearErrors() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let added = try await ward.run([
            "org", "scope", "add", "10.20.0.0/16", "fd00:12::/48", "*.clinic.example", "--note", "campus",
        ])
        #expect(added.status == 0, "\(added.errors)")
        #expect(try await ward.run(["org", "scope", "add", "--exclude", "10.20.40.0/24"]).status == 0)
        #expect(
            try await ward.run(["org", "scope", "add", "--window", "mon-fri 22:00-05:00 America/Chicago"]).status == 0
        )

        let bad = try await ward.run(["org", "scope", "add", "10.30.0.0/16", "10.0.0.1/8"])
        #expect(bad.status == 65)
        let lines = bad.errors.split(separator: "\n")
        #expect(lines.count == 1, "one line on stderr: \(bad.errors)")
        #expect(bad.errors.hasPrefix("ward: target 2 ('10.0.0.1/8'): 10.0.0.1/8 has host bits set"))

        let duplicate = try await ward.run(["org", "scope", "add", "10.6.0.0/24", "10.20.0.0/16"])
        #expect(duplicate.status == 73)
        #expect(duplicate.errors.contains("target 2 ('10.20.0.0/16')"), "\(duplicate.errors)")

        let listed = try #require(try await ward.json(["org", "scope", "list"]) as? [String: Any])
        let entries = try #require(listed["entries"] as? [[String: Any]])
        let targets = entries.compactMap { $0["target"] as? String }
        #expect(Set(targets) == ["10.20.0.0/16", "fd00:12::/48", "*.clinic.example", "10.20.40.0/24"])
        #expect(!targets.contains("10.30.0.0/16"), "the good target of a bad batch was not added")
        #expect(!targets.contains("10.6.0.0/24"), "nor the good target of a batch with a duplicate")
        #expect((listed["windows"] as? [Any])?.count == 1)

        #expect(try await ward.run(["org", "scope", "remove", "10.20.40.0/24"]).status == 0)
        let missing = try await ward.run(["org", "scope", "remove", "10.99.0.0/16"])
        #expect(missing.status == 66)
        let unknownOrganization = try await ward.run(["org", "scope", "list", "--org", "No Such Clinic"])
        #expect(unknownOrganization.status == 66)
        #expect(unknownOrganization.errors.contains("--org"))
    }

    @Test func administratorsAndBackups() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let short = try await ward.run(
            ["admin", "create", "--email", "it@clinic.example", "--password-stdin"],
            input: "short\n"
        )
        #expect(short.status == 65)
        #expect(short.errors.contains("at least 12"))
        let created = try await ward.run(
            [
                "admin", "create", "--email", "IT@clinic.example", "--name", "IT Lead",
                "--password-stdin",
            ],
            input: "a long enough passphrase\n"
        )
        #expect(created.status == 0, "\(created.errors)")
        let invited = try await ward.run(["admin", "create", "--email", "second@clinic.example"])
        #expect(invited.output.contains("/activate/"), "without a password, a one-time link is printed")
        let reset = try await ward.run(["admin", "reset", "--email", "it@clinic.example", "--remove-second-factor"])
        #expect(reset.status == 0, "\(reset.errors)")
        #expect(reset.output.contains("/activate/"))
        #expect(try await ward.run(["admin", "reset", "--email", "nobody@clinic.example"]).status == 66)
        let users = try #require(try await ward.json(["admin", "list"]) as? [[String: Any]])
        #expect(users.compactMap { $0["email"] as? String } == ["it@clinic.example", "second@clinic.example"])
        #expect(users.allSatisfy { $0["isSiteAdministrator"] as? Bool == true })
        let stored = try String(
            contentsOf: ward.directory.appendingPathComponent("ward-data/ward.sqlite"),
            encoding: .isoLatin1
        )
        #expect(!stored.contains("a long enough passphrase"), "no password in the database file")

        let backup = ward.directory.appendingPathComponent("backup.sqlite").path
        #expect(try await ward.run(["db", "backup", backup]).status == 0)
        #expect(try await ward.run(["db", "backup", backup]).status == 73, "never overwrites")
        let restored = try await ward.run(["admin", "list", "--format", "json", "--database", backup])
        #expect(restored.output.contains("it@clinic.example"))
    }

    @Test func settingsComeFromFlagThenEnvironmentThenFile() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        try "# Ward settings\ndata_dir = \"from-file\"  \n".write(
            to: ward.directory.appendingPathComponent("ward.conf"),
            atomically: true,
            encoding: .utf8
        )
        #expect(try await ward.run(["org", "list"]).status == 0)
        #expect(try await ward.run(["org", "list"], environment: ["WARD_DATA_DIR": "from-env"]).status == 0)
        #expect(
            try await ward.run(["org", "list", "--data-dir", "from-flag"], environment: ["WARD_DATA_DIR": "from-env"])
                .status
                == 0
        )
        for folder in ["from-file", "from-env", "from-flag"] {
            let path = ward.directory.appendingPathComponent("\(folder)/ward.sqlite").path
            #expect(FileManager.default.fileExists(atPath: path), "\(folder) was used")
        }
        #expect(!FileManager.default.fileExists(atPath: ward.directory.appendingPathComponent("ward-data").path))
    }

    @Test func configurationErrorsNameTheFileAndLine() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        try "# Ward settings\nport = 8080\ncolour = \"blue\"\n".write(
            to: ward.directory.appendingPathComponent("ward.conf"),
            atomically: true,
            encoding: .utf8
        )
        let result = try await ward.run(["org", "list"])
        #expect(result.status == 78)
        #expect(result.errors.contains("ward.conf:3"))
        #expect(result.errors.contains("colour"))
    }

    @Test func anUnreachableDatabaseIsOneLineAndANonZeroExit() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        for arguments in [["org", "list"], ["serve", "--port", "18099"]] {
            let result = try await ward.run(arguments + ["--database", "postgres://ward:secret@127.0.0.1:1/ward"])
            #expect(result.status == 69, "\(arguments): \(result.errors)")
            let lines = result.errors.split(separator: "\n").filter { $0.hasPrefix("ward:") }
            #expect(lines.count == 1, "\(result.errors)")
            #expect(!result.errors.contains("secret"))
            #expect(!result.errors.contains("Fatal error"))
        }
    }

    @Test func serveAnswersPrintsTheSetupLinkAndShutsDownGracefully() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let port = Int.random(in: 20_000..<40_000)
        let process = Process()
        process.executableURL = WardBinary.executable
        process.arguments = ["serve", "--port", String(port), "--demo"]
        process.currentDirectoryURL = ward.directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var healthy = false
        for _ in 0..<150 where !healthy {  // up to 30 s
            try await Task.sleep(for: .milliseconds(200))
            if let (_, response) = try? await URLSession.shared.data(
                from: URL(string: "http://127.0.0.1:\(port)/healthz")!
            ),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                healthy = true
            }
        }
        #expect(healthy, "the server answered /healthz")
        let (page, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/login")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: page, as: UTF8.self).contains("Sign in"))

        process.interrupt()  // SIGINT, as Ctrl-C
        for _ in 0..<100 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning, "the server stopped within 10 s of SIGINT")
        if !process.isRunning { #expect(process.terminationStatus == 0) }
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.contains("/setup/"), "a one-time setup link was printed: \(printed)")
        #expect(printed.contains("demo.owner@cedarvalley.example"))
        #expect(printed.contains("Ward is running at http://127.0.0.1:\(port)"))
    }

    @Test func serveSpeaksTLSWithCertificateAndKeyFiles() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let certificate = ward.directory.appendingPathComponent("cert.pem").path
        let key = ward.directory.appendingPathComponent("key.pem").path
        let openssl = try await Self.run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                "-out", certificate, "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1",
            ]
        )
        try #require(openssl.status == 0, "openssl could not make a test certificate: \(openssl.output)")

        let port = Int.random(in: 40_000..<50_000)
        let process = Process()
        process.executableURL = WardBinary.executable
        process.arguments = ["serve", "--port", String(port), "--tls-cert", certificate, "--tls-key", key]
        process.currentDirectoryURL = ward.directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var answer = (status: Int32(-1), output: "")
        for _ in 0..<150 {  // up to 30 s
            try await Task.sleep(for: .milliseconds(200))
            answer = try await Self.run(
                "/usr/bin/curl",
                ["-sk", "-i", "--max-time", "5", "https://127.0.0.1:\(port)/login"]
            )
            if answer.status == 0 { break }
        }
        #expect(answer.status == 0, "curl over TLS: \(answer.output)")
        #expect(answer.output.contains("HTTP/1.1 200"))
        #expect(answer.output.lowercased().contains("strict-transport-security"))
        let cookie = answer.output.split(separator: "\r\n").first {
            $0.lowercased().hasPrefix("set-cookie: ward_csrf=")
        }
        #expect(cookie?.contains("Secure") == true, "cookies are Secure over HTTPS: \(cookie ?? "none")")
        let plain = try await Self.run("/usr/bin/curl", ["-s", "--max-time", "5", "http://127.0.0.1:\(port)/healthz"])
        #expect(!plain.output.contains("ok"), "plain HTTP is not served on the TLS port")
        process.interrupt()
    }

    /// Runs a helper program (openssl, curl) through ``ChildProcess``, output and errors together.
    static func run(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        let result = try await ChildProcess.run(URL(fileURLWithPath: executable), arguments, mergeErrors: true)
        return (result.status, result.output)
    }
}
