import ArgumentParser
import Foundation
import WardCore
import WardFrameworks
import WardServer
import WardStore

struct FrameworksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks",
        abstract: "The framework library: HICP, HPH CPGs, NIST CSF 2.0, CISA CPG 2.0, HIPAA and their crosswalks.",
        discussion: "The file format is described in docs/frameworks.md.",
        subcommands: [List.self, Show.self, Validate.self, Import.self, Export.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List frameworks and crosswalks with their counts.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let library = try await FrameworkCatalog().current(database.store).library
                let summary = AssessmentJSON.Library(library)
                switch format {
                case .json: try printJSON(summary)
                case .table:
                    printTable(
                        ["FRAMEWORK", "TITLE", "COUNTS", "CONFIDENCE", "STATE"],
                        summary.frameworks.map {
                            [
                                $0.key, $0.title, $0.levels.map { "\($0.count) \($0.name)" }.joined(separator: ", "),
                                $0.confidence,
                                ($0.complete ? "complete" : "partial") + ($0.bundled ? "" : ", imported"),
                            ]
                        }
                    )
                    print("")
                    printTable(
                        ["CROSSWALK", "FROM", "TO", "MAPPINGS", "PROVENANCE"],
                        summary.crosswalks.map {
                            [
                                $0.id, $0.from, $0.to, String($0.mappings),
                                $0.provenance.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(
                                    separator: ", "
                                ),
                            ]
                        }
                    )
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a framework's requirement tree.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Framework id, optionally with @edition (hicp, hicp@2018, nist-csf).") var framework: String
        @Option(help: "Only requirements that apply to this size tier (small, medium, large).") var tier: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let library = try await FrameworkCatalog().current(database.store).library
                guard let found = library.framework(FrameworkKey(parsing: framework)) else {
                    throw WardError(
                        .notFound,
                        "no framework '\(framework)'; see ward frameworks list",
                        location: "framework"
                    )
                }
                let sizeTier = try tier.map { try SizeTier(parsing: $0, location: "--tier") }
                switch format {
                case .json: try printJSON(AssessmentJSON.FrameworkDetail(found, library: library))
                case .table:
                    print("\(found.title) — \(found.key) (\(found.publisher), \(found.date))")
                    print(
                        "source: \(found.source)\nconfidence: \(found.confidence.rawValue)\(found.complete ? "" : " — partial transcription, not assessable")"
                    )
                    for threat in found.threats { print("threat \(threat.id): \(threat.title)") }
                    print("")
                    for requirement in found.allRequirements {
                        if let sizeTier, requirement.isLeaf, !requirement.tiers.contains(sizeTier) { continue }
                        let indent = String(repeating: "  ", count: requirement.depth)
                        var line = "\(indent)\(requirement.id)  \(requirement.title)"
                        if requirement.isLeaf && found.tiered {
                            line += "  [\(requirement.tiers.sorted().map(\.rawValue).joined(separator: ","))]"
                        }
                        if requirement.confidence != found.confidence {
                            line += "  (\(requirement.confidence.rawValue))"
                        }
                        print(line)
                    }
                }
            }
        }
    }

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check catalog and crosswalk files; every problem is printed as FILE:LINE:COLUMN: FIELD: message.",
            discussion:
                "Files are checked together and against the library, so a crosswalk may refer to a framework in another file given here."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The files to check.") var files: [String]

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let documents = try await reportingProblems {
                    try await FrameworkCatalog().validate(try readFiles(files), store: database.store)
                }
                for (file, document) in zip(files, documents) { print("\(file): valid \(document.summary)") }
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add frameworks or crosswalks to the library: all the files, or none when any has a problem."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The files to import.") var files: [String]

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let loaded = try readFiles(files)
                let documents = try await reportingProblems {
                    try await FrameworkCatalog().importFiles(loaded, by: nil, database: database, now: Date())
                }
                try await database.store.audit.append(
                    AuditEvent(
                        occurredAt: Date(),
                        organizationID: nil,
                        actorUserID: nil,
                        actor: "cli",
                        action: .frameworkImported,
                        target: documents.map(\.summary).joined(separator: ", ")
                    )
                )
                for document in documents { print("imported \(document.summary)") }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write frameworks and crosswalks as JSON files (all of them, or those of one framework id)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A framework id (hicp) or crosswalk id; all when omitted.") var id: String?
        @Option(
            help: "Folder to write the files into (created if needed); standard output for a single file when omitted."
        )
        var out: String?

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let library = try await FrameworkCatalog().current(database.store).library
                var selected: [(file: String, text: String)] = []
                for framework in library.sortedFrameworks
                where id == nil || framework.key.id == id || framework.key.description == id {
                    selected.append(
                        (
                            "\(framework.key.id)-\(framework.key.edition).json",
                            library.texts["framework:\(framework.key)"] ?? ""
                        )
                    )
                }
                for crosswalk in library.sortedCrosswalks where id == nil || crosswalk.id == id {
                    selected.append(("\(crosswalk.id).json", library.texts["crosswalk:\(crosswalk.id)"] ?? ""))
                }
                guard !selected.isEmpty else {
                    throw WardError(
                        .notFound,
                        "no framework or crosswalk '\(id ?? "")'; see ward frameworks list",
                        location: "id"
                    )
                }
                guard let out else {
                    guard selected.count == 1 else {
                        throw WardError(
                            .invalidInput,
                            "\(selected.count) files match; give --out DIR to write them",
                            location: "--out"
                        )
                    }
                    print(selected[0].text, terminator: "")
                    return
                }
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                for entry in selected {
                    let path = (out as NSString).appendingPathComponent(entry.file)
                    try Data(entry.text.utf8).write(to: URL(fileURLWithPath: path))
                    print("wrote \(path)")
                }
            }
        }
    }
}

/// Reads files named on the command line; a missing file is reported with its name.
func readFiles(_ paths: [String]) throws -> [(name: String, bytes: [UInt8])] {
    try paths.map { path in
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WardError(.notFound, "cannot read \(path)", location: path)
        }
        return (path, Array(data))
    }
}

/// Prints every catalog problem on standard error and exits 65; other errors pass through.
func reportingProblems<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as CatalogValidationError {
        for problem in error.problems { printError(problem.description) }
        printError(
            "ward: \(error.problems.count) problem\(error.problems.count == 1 ? "" : "s") found; nothing was imported"
        )
        throw ExitCode(65)
    }
}
