import ArgumentParser
import Foundation
import WardCore
import WardResponse
import WardServer
import WardStore

struct TrainingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training",
        abstract:
            "Workforce security training: modules, completions and phishing-simulation results, rates per department.",
        subcommands: [Module.self, Import.self, Rates.self]
    )

    struct Module: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add or replace a training module.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "Short id, such as phishing-basics.") var id: String
        @Option(help: "Title.") var title: String
        @Option(help: "Topic.") var topic: String
        @Option(help: "HICP practice it serves (1–10).") var hicp: String?
        @Option(help: "HPH CPG goal it serves (E4).") var cpg: String?
        @Option(help: "Duration in minutes.") var minutes: Int = 20

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let module = try await TrainingService(database: database).saveModule(
                    TrainingModule(
                        id: id,
                        title: title,
                        topic: topic,
                        hicpPractice: hicp,
                        cpgGoal: cpg,
                        minutes: minutes
                    ),
                    organizationID: organization.id
                )
                print("saved module \(module.id)")
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import a CSV: completions (person,department,module,assigned_at,completed_at) or phishing results (campaign,person,department,sent_at,clicked,reported). All rows or none."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "completions or phishing") var kind: String
        @Argument(help: "The CSV file.") var file: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let text = String(decoding: try readFiles([file])[0].bytes, as: UTF8.self)
                let service = TrainingService(database: database)
                let count: Int
                switch kind {
                case "completions":
                    count = try await service.importRecords(text, file: file, organizationID: organization.id)
                case "phishing":
                    count = try await service.importPhishing(text, file: file, organizationID: organization.id)
                default:
                    throw WardError(.invalidInput, "import completions or phishing, not '\(kind)'", location: "kind")
                }
                print("imported \(count) rows")
            }
        }
    }

    struct Rates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Completion and click rates per department and month."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let rates = try await TrainingService(database: database).rates(organizationID: organization.id)
                func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "-" }
                switch format {
                case .json: try printJSON(rates)
                case .table:
                    printTable(
                        ["MONTH", "DEPARTMENT", "COMPLETED", "COMPLETION", "CLICKED", "CLICK RATE"],
                        rates.rows.map {
                            [
                                $0.month, $0.department, "\($0.completed)/\($0.assigned)", percent($0.completionRate),
                                "\($0.clicked)/\($0.sent)", percent($0.clickRate),
                            ]
                        }
                    )
                }
            }
        }
    }
}
