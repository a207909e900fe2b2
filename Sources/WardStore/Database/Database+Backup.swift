import Foundation
import SQLKit
import WardCore

extension Database {
    /// Writes a consistent copy of the database to `path` while the server may be running.
    ///
    /// SQLite: `VACUUM INTO`, which copies one snapshot into a new, compact database file. PostgreSQL: `pg_dump` in its
    /// custom format, which also reads one snapshot. Refuses to overwrite an existing file.
    public func backup(to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw WardError(.conflict, "\(path) exists already; choose a new file name", location: "FILE")
        }
        switch configuration {
        case .sqlite:
            try await sql.raw("VACUUM INTO \(bind: path)").run()
        case .postgres(let url):
            try PostgresDump.run(url: url, to: path)
        }
    }
}

/// Runs `pg_dump` for ``Database/backup(to:)``, passing the password through the environment, not argv.
enum PostgresDump {
    static func run(url: String, to path: String) throws {
        guard var components = URLComponents(string: url) else {
            throw WardError(.configuration, "the PostgreSQL URL is not valid")
        }
        var environment = ProcessInfo.processInfo.environment
        if let password = components.password {
            environment["PGPASSWORD"] = password
            components.password = nil
        }
        let candidates =
            ["/usr/bin/pg_dump", "/usr/local/bin/pg_dump"]
            + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).sorted().reversed()
            .map { "/usr/lib/postgresql/\($0)/bin/pg_dump" }
        guard let executable = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw WardError(.unavailable, "pg_dump is not installed; install the postgresql-client package")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--format=custom", "--no-owner", "--file", path, "--dbname", components.string ?? url]
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw WardError(.storage, "pg_dump failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
