import Foundation
import WardCore

/// Where Ward keeps its data: an embedded SQLite file (the default) or a PostgreSQL server.
public enum DatabaseConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite database file, created when missing.
    case sqlite(path: String)
    /// A PostgreSQL server, addressed by a `postgres://user:password@host:port/database` URL.
    case postgres(url: String)

    /// The file name of the SQLite database inside a data directory.
    public static let sqliteFileName = "ward.sqlite"

    /// Picks the database from a `--database` flag or `WARD_DATABASE_URL`, falling back to SQLite in `dataDirectory`.
    ///
    /// Accepts `postgres://` and `postgresql://` URLs, `sqlite://PATH` or `sqlite:PATH`, and a plain file path.
    public static func resolve(_ value: String?, dataDirectory: String) throws -> DatabaseConfiguration {
        guard let value, !value.isEmpty else {
            return .sqlite(path: (dataDirectory as NSString).appendingPathComponent(sqliteFileName))
        }
        if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            guard URL(string: value)?.host != nil else {
                throw WardError(
                    .configuration,
                    "the database URL is not valid; write it as postgres://USER:PASSWORD@HOST:5432/DATABASE",
                    location: "--database"
                )
            }
            return .postgres(url: value.replacingOccurrences(of: "postgresql://", with: "postgres://"))
        }
        if value.hasPrefix("sqlite://") { return .sqlite(path: String(value.dropFirst("sqlite://".count))) }
        if value.hasPrefix("sqlite:") { return .sqlite(path: String(value.dropFirst("sqlite:".count))) }
        if value.contains("://") {
            throw WardError(
                .configuration,
                "unsupported database URL scheme in '\(value)'; use postgres://… or a path to an SQLite file",
                location: "--database"
            )
        }
        return .sqlite(path: value)
    }

    /// The engine this configuration selects.
    public var engine: DatabaseEngine {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }

    /// A description without the password, safe for logs.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite at \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL at \(components.string ?? "?")"
        }
    }
}

/// The two database engines Ward runs on.
public enum DatabaseEngine: String, Sendable, Hashable, CaseIterable, Codable {
    case sqlite
    case postgres
}
