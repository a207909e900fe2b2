import Foundation

/// Runs gpg against one throw-away home folder, for ``CSAFIntegrity``.
///
/// Output goes to files in that folder rather than pipes, so a chatty gpg can never fill a pipe buffer and block while
/// Ward waits for it to exit.
struct GnuPG: Sendable {
    var executable: URL
    var home: URL

    /// What one gpg run left behind.
    struct Result: Sendable {
        var exitCode: Int32
        /// The `[GNUPG:]` status lines, without that prefix.
        var status: [String]
        var standardError: String

        /// The last lines of standard error, for a human reason.
        var errorSummary: String {
            let lines = standardError.split(whereSeparator: \.isNewline).suffix(3)
            return lines.isEmpty ? "gpg exited with status \(exitCode)" : lines.joined(separator: "; ")
        }
    }

    func run(_ arguments: [String]) -> Result {
        let statusURL = home.appendingPathComponent("status-\(UUID().uuidString.prefix(8))")
        let errorURL = home.appendingPathComponent("stderr-\(UUID().uuidString.prefix(8))")
        _ = FileManager.default.createFile(atPath: statusURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: statusURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments =
            ["--batch", "--no-tty", "--no-autostart", "--homedir", home.path, "--status-file", statusURL.path]
            + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GNUPGHOME"] = home.path
        environment["LC_ALL"] = "C"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorHandle = FileHandle(forWritingAtPath: errorURL.path)
        process.standardError = errorHandle ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return Result(exitCode: -1, status: [], standardError: "gpg cannot be started: \(error)")
        }
        // Polled with a bound rather than waitUntilExit: in a busy process (a test run that starts many children)
        // Foundation can miss a child's end, and a gpg that hangs must not hang the import.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            try? errorHandle?.close()
            return Result(exitCode: -1, status: [], standardError: "gpg did not finish within 60 s")
        }
        try? errorHandle?.close()
        let statusText = (try? String(contentsOf: statusURL, encoding: .utf8)) ?? ""
        let prefix = "[GNUPG:] "
        let status = statusText.split(whereSeparator: \.isNewline).compactMap { line in
            line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : nil
        }
        return Result(
            exitCode: process.terminationStatus,
            status: status,
            standardError: (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        )
    }
}
