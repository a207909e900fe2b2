import ArgumentParser
import Foundation
import Logging
import WardCore
import WardServer
import WardStore

/// Runs a command body with an open, migrated database, and turns every failure into one line on stderr and an
/// exit code that says what kind of failure it was.
func withDatabase<R>(
    _ options: GlobalOptions,
    _ body: (Database, LocalOperations, Settings) async throws -> R
)
    async throws -> R
{
    do {
        let settings = try options.settings()
        var logger = try settings.logger()
        // The CLI's own output is the result; routine log lines would only clutter it.
        if options.logLevel == nil && settings.environment["WARD_LOG_LEVEL"] == nil { logger.logLevel = .warning }
        let database = try await Database.open(try settings.databaseConfiguration(), logger: logger)
        do {
            try await Migrator(database: database, logger: logger).migrate()
            let result = try await body(database, LocalOperations(database: database, logger: logger), settings)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    } catch {
        throw CommandFailure.from(error)
    }
}

/// A failure reported the way Ward's CLI reports failures.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: ExitCode

    var description: String { message }

    /// Exit codes follow BSD sysexits: 64 usage, 65 bad input, 66 not found, 69 unavailable, 70 internal,
    /// 73 conflict, 77 not allowed, 78 configuration.
    static func from(_ error: any Error) -> any Error {
        if error is CommandFailure || error is ExitCode || error is CleanExit { return error }
        guard let error = error as? WardError else {
            printError("ward: \(Database.describe(error))")
            return ExitCode(70)
        }
        let code: Int32 =
            switch error.code {
            case .invalidInput, .outOfScope, .unprocessable, .tooLarge: 65
            case .notFound: 66
            case .unavailable, .storage: 69
            case .conflict: 73
            case .forbidden, .unauthenticated: 77
            case .configuration: 78
            default: 70
            }
        printError("ward: \(error.description)")
        return ExitCode(code)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints rows as an aligned table.
func printTable(_ header: [String], _ rows: [[String]]) {
    var widths = header.map(\.count)
    for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
    }
    print(line(header))
    print(line(widths.map { String(repeating: "-", count: $0) }))
    for row in rows { print(line(row)) }
}

/// Prints a value as pretty JSON with ISO 8601 dates.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Prints an object as ``printJSON(_:)`` would (pretty, keys sorted), except that the member `key` is written one
/// element at a time: a scan of a /16 has 65,536 hosts, and encoding them as one value would hold them all as one tree
/// and one string.
func printJSONObject(
    _ members: [String: any Encodable],
    streaming key: String,
    elements: some Sequence<some Encodable>
) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    func encoded(_ value: any Encodable, indent: String) throws -> String {
        let lines = String(decoding: try encoder.encode(value), as: UTF8.self).split(
            separator: "\n",
            omittingEmptySubsequences: false
        )
        return lines.enumerated().map { $0 == 0 || $1.isEmpty ? String($1) : indent + $1 }.joined(separator: "\n")
    }
    func quoted(_ text: String) throws -> String { try encoded(text, indent: "") }
    var out = "{"
    var first = true
    for name in (Array(members.keys) + [key]).sorted() {
        out += (first ? "\n  " : ",\n  ") + (try quoted(name)) + " : "
        first = false
        guard name == key else {
            out += try encoded(members[name]!, indent: "  ")
            continue
        }
        out += "["
        var firstElement = true
        for element in elements {
            out += (firstElement ? "\n    " : ",\n    ") + (try encoded(element, indent: "    "))
            firstElement = false
            if out.utf8.count >= 64 * 1_024 {
                print(out, terminator: "")
                out = ""
            }
        }
        out += firstElement ? "]" : "\n  ]"
    }
    print(out + "\n}")
}

func iso(_ date: Date?) -> String {
    date.map { $0.formatted(.iso8601) } ?? "-"
}
