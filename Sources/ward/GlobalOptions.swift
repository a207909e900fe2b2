import ArgumentParser
import Foundation
import Logging
import WardCore
import WardServer
import WardStore

/// Options every command accepts. Precedence: flag, then environment variable, then the configuration file, then
/// the default.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: "Folder for the embedded database and files (env WARD_DATA_DIR; default ./ward-data)."
    )
    var dataDirectory: String?

    @Option(help: "postgres://USER:PASSWORD@HOST:PORT/DB, or an SQLite file path (env WARD_DATABASE_URL).")
    var database: String?

    @Option(help: "A configuration file of 'key = value' lines (env WARD_CONFIG; default ./ward.conf when present).")
    var config: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error (env WARD_LOG_LEVEL).")
    var logLevel: String?

    func settings() throws -> Settings {
        let environment = ProcessInfo.processInfo.environment
        let path =
            config ?? environment["WARD_CONFIG"]
            ?? (FileManager.default.fileExists(atPath: "ward.conf") ? "ward.conf" : nil)
        let file = try path.map(ConfigurationFile.load) ?? ConfigurationFile(values: [:], path: "")
        return Settings(options: self, environment: environment, file: file)
    }
}

/// The resolved settings of one run.
struct Settings {
    let options: GlobalOptions
    let environment: [String: String]
    let file: ConfigurationFile

    /// The value of a setting from flag, environment (`WARD_<KEY>`) or file.
    func value(_ key: String, flag: String?) -> String? {
        flag ?? environment["WARD_" + key.uppercased()] ?? file.values[key]
    }

    var dataDirectory: String { value("data_dir", flag: options.dataDirectory) ?? "ward-data" }

    func databaseConfiguration() throws -> DatabaseConfiguration {
        let url = options.database ?? environment["WARD_DATABASE_URL"] ?? file.values["database_url"]
        return try DatabaseConfiguration.resolve(url, dataDirectory: dataDirectory)
    }

    func logger(label: String = "ward") throws -> Logger {
        var logger = Logger(label: label)
        let text = value("log_level", flag: options.logLevel) ?? "info"
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            throw WardError(
                .configuration,
                "unknown log level '\(text)'; use trace, debug, info, notice, warning or error",
                location: "--log-level"
            )
        }
        logger.logLevel = level
        return logger
    }
}

/// A `key = value` configuration file (the TOML subset Ward needs: strings, numbers, booleans, comments).
struct ConfigurationFile {
    var values: [String: String]
    var path: String

    static let knownKeys: Set<String> = [
        "host", "port", "data_dir", "database_url", "tls_cert", "tls_key", "public_url", "log_level",
    ]

    static func load(_ path: String) throws -> ConfigurationFile {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw WardError(.configuration, "cannot read the configuration file \(path)")
        }
        var values: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw WardError(.configuration, "expected 'key = value'", location: "\(path):\(index + 1)")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard knownKeys.contains(key) else {
                throw WardError(
                    .configuration,
                    "unknown setting '\(key)'; known settings: \(knownKeys.sorted().joined(separator: ", "))",
                    location: "\(path):\(index + 1)"
                )
            }
            if value.hasPrefix("\"") {
                guard value.count >= 2, value.hasSuffix("\"") else {
                    throw WardError(.configuration, "unterminated string", location: "\(path):\(index + 1)")
                }
                value = String(value.dropFirst().dropLast())
            } else if let hash = value.firstIndex(of: "#") {
                value = value[..<hash].trimmingCharacters(in: .whitespaces)
            }
            values[key] = value
        }
        return ConfigurationFile(values: values, path: path)
    }
}

/// Output format for listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
