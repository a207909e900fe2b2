import ArgumentParser
import Foundation
import WardCore
import WardResponse
import WardServer
import WardStore

struct IncidentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident",
        abstract: "Incidents: record them, follow the playbook, and see which reports are due, to whom and by when.",
        discussion: """
            Example:
              ward incident create --title "Ransomware on imaging server" --kind ransomware \\
                --discovered 2026-11-28T06:40:00-06:00 --time-zone America/Chicago --phi --individuals 1200 --state IL=1150 --state IN=50
              ward incident show ID
              ward incident package ID us-federal:hipaa-hhs-500-or-more --out hhs.txt
            """,
        subcommands: [Create.self, List.self, Show.self, Package.self, File.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an incident (or a tabletop exercise).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "A short title.") var title: String
        @Option(help: "ransomware, phishing, lost_device, insider, medical_device or other") var kind: String
        @Option(help: "When it was discovered (ISO 8601, with offset); now when omitted.") var discovered: String?
        @Option(help: "When it happened, if known (ISO 8601).") var occurred: String?
        @Option(help: "IANA time zone for calendar-day deadlines.") var timeZone: String = "UTC"
        @Flag(help: "Protected health information is involved.") var phi = false
        @Option(help: "Individuals affected.") var individuals: Int = 0
        @Option(help: "Residents per state, as XX=N (repeatable).") var state: [String] = []
        @Flag(help: "A ransom was demanded.") var ransomDemanded = false
        @Option(help: "When a ransom was paid (ISO 8601).") var ransomPaidAt: String?
        @Flag(help: "Judged a substantial (covered) cyber incident under the federal reporting rule.") var covered =
            false
        @Flag(help: "Patients were diverted.") var diversion = false
        @Flag(help: "Staff worked on downtime procedures.") var downtime = false
        @Flag(help: "A tabletop exercise: no report is due.") var exercise = false
        @Option(help: "Summary.") var summary: String = ""
        @Option(help: "A person involved and their role (repeatable).") var person: [String] = []
        @Option(help: "An affected system (repeatable).") var system: [String] = []
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                func date(_ text: String?, _ name: String) throws -> Date? {
                    guard let text else { return nil }
                    guard let value = try? Date(text, strategy: .iso8601) else {
                        throw WardError(
                            .invalidInput,
                            "'\(text)' is not an ISO 8601 time such as 2026-11-28T06:40:00-06:00",
                            location: name
                        )
                    }
                    return value
                }
                var states: [String: Int] = [:]
                for entry in state {
                    let parts = entry.split(separator: "=")
                    guard parts.count == 2, let count = Int(parts[1]) else {
                        throw WardError(.invalidInput, "'\(entry)' is not XX=N", location: "--state")
                    }
                    states[String(parts[0]), default: 0] += count
                }
                let paidAt = try date(ransomPaidAt, "--ransom-paid-at")
                let incident = Incident(
                    organizationID: organization.id,
                    title: title,
                    kind: try IncidentKind(parsing: kind, location: "--kind"),
                    isExercise: exercise,
                    summary: summary,
                    occurredAt: try date(occurred, "--occurred"),
                    discoveredAt: try date(discovered, "--discovered") ?? Date(),
                    timeZone: timeZone,
                    affectedSystems: system,
                    phiInvolved: phi,
                    individualsAffected: individuals,
                    statesAffected: states,
                    ransomDemanded: ransomDemanded || paidAt != nil,
                    ransomPaid: paidAt != nil,
                    ransomPaidAt: paidAt,
                    coveredIncident: covered,
                    diversion: diversion,
                    downtimeProcedures: downtime,
                    people: person
                )
                let created = try await IncidentService(database: database).create(incident, actor: .cli)
                switch format {
                case .json: try printJSON(created)
                case .table: print("Recorded \(created.title) (\(created.id.uuidString.lowercased()))")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List incidents.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let incidents = try await database.store.incidents.list(organizationID: organization.id)
                switch format {
                case .json: try printJSON(incidents)
                case .table:
                    printTable(
                        ["ID", "TITLE", "KIND", "STATUS", "DISCOVERED"],
                        incidents.map {
                            [
                                $0.id.uuidString.lowercased(), $0.title + ($0.isExercise ? " (exercise)" : ""),
                                $0.kind.rawValue,
                                $0.status.rawValue, iso($0.discoveredAt),
                            ]
                        }
                    )
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an incident with its reports due and its playbook."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Incident identifier.") var incident: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let overview = try await IncidentService(database: database).overview(
                    try parseID(incident, location: "incident"),
                    organization: organization
                )
                let value = overview.incident
                print(
                    "\(value.title) — \(value.kind.label), \(value.status.rawValue)\(value.isExercise ? ", exercise" : "")"
                )
                print(
                    "discovered \(iso(value.discoveredAt)); \(value.individualsAffected) individuals; PHI \(value.phiInvolved ? "yes" : "no")"
                )
                print("\nReports due")
                printTable(
                    ["REPORT", "TO", "DUE", "COUNTDOWN", "STATUS", "LEGAL STATUS"],
                    overview.obligations.map {
                        [
                            $0.id, $0.rule.recipient, $0.dueText, $0.countdown, $0.state.rawValue,
                            $0.rule.legalStatus.rawValue,
                        ]
                    }
                )
                if let playbook = overview.playbook {
                    print("\n\(playbook.title)")
                    for step in playbook.steps {
                        print("[\(overview.checklist[step.id] == nil ? " " : "x")] \(step.phase): \(step.text)")
                    }
                }
            }
        }
    }

    struct Package: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the prepared package of one report (plain text)."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Incident identifier.") var incident: String
        @Argument(help: "Report, as shown by ward incident show (us-federal:hipaa-individuals).") var report: String
        @Option(help: "File to write; standard output when omitted.") var out: String?

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let overview = try await IncidentService(database: database).overview(
                    try parseID(incident, location: "incident"),
                    organization: organization
                )
                guard let obligation = overview.obligations.first(where: { $0.id == report }) else {
                    throw WardError(
                        .notFound,
                        "this incident makes no report '\(report)' due; see ward incident show",
                        location: "report"
                    )
                }
                let text = IncidentService.packageText(obligation, incident: overview.incident)
                try await database.store.audit.append(
                    AuditEvent(
                        occurredAt: Date(),
                        organizationID: organization.id,
                        actorUserID: nil,
                        actor: "cli",
                        action: .export,
                        target: "incident:\(overview.incident.id.uuidString.lowercased())",
                        details: ["report": report]
                    )
                )
                if let out {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out))
                    print("wrote \(out)")
                } else {
                    print(text, terminator: "")
                }
            }
        }
    }

    struct File: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "filed",
            abstract: "Record that a report was sent."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Incident identifier.") var incident: String
        @Argument(help: "Report, as shown by ward incident show.") var report: String
        @Option(help: "The recipient's reference number.") var reference: String?

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                try await IncidentService(database: database).file(
                    report,
                    reference: reference,
                    incident: try parseID(incident, location: "incident"),
                    organization: organization,
                    actor: .cli
                )
                print("recorded \(report) as filed")
            }
        }
    }
}

struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Reporting rules as data: list them, check a file, import a state's rules or a newer federal set.",
        subcommands: [List.self, Validate.self, Import.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the reporting rules in force here.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                for set in try await IncidentService(database: database).ruleSets() {
                    print("\(set.id) \(set.version) — \(set.title)\n  source: \(set.source)")
                    printTable(
                        ["RULE", "TO", "DEADLINE", "LEGAL STATUS"],
                        set.rules.map { [$0.id, $0.recipient, $0.deadlineText, $0.legalStatus.rawValue] }
                    )
                    print("")
                }
            }
        }
    }

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files; problems are FILE:LINE:COLUMN: FIELD: message."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Rule files.") var files: [String]

        func run() async throws {
            try await reportingProblems {
                for (name, bytes) in try readFiles(files) {
                    let set = try ReportingRuleReader.read(bytes, file: name)
                    print("\(name): valid rule set \(set.id) \(set.version) with \(set.rules.count) rules")
                }
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import rule files: all of them, or none when any has a problem."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Rule files.") var files: [String]

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let sets = try await reportingProblems {
                    try await IncidentService(database: database).importRuleSets(try readFiles(files), actor: .cli)
                }
                for set in sets { print("imported \(set.id) \(set.version) (\(set.rules.count) rules)") }
            }
        }
    }
}

struct DirectoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: "Free public services, training and reporting portals for healthcare organizations."
    )
    @Option(help: "Only entries that help with this HICP practice (1–10).") var practice: String?
    @Option(help: "Only entries that serve this HPH CPG goal (E1…E10, X1…X10).") var goal: String?
    @Option(help: "Only entries for this size (small, medium, large).") var size: String?
    @Option(help: "table or json") var format: OutputFormat = .table

    func run() async throws {
        let tier = try size.map { try SizeTier(parsing: $0, location: "--size") }
        var entries = Directory.entries
        if practice != nil || goal != nil {
            entries = Directory.entries(hicpPractice: practice, goals: goal.map { [$0] } ?? [], size: tier)
        } else if let tier {
            entries = entries.filter { $0.sizes.contains(tier) }
        }
        switch format {
        case .json: try printJSON(entries)
        case .table:
            printTable(
                ["ENTRY", "PROVIDER", "KIND", "COST", "ADDRESS"],
                entries.map { [$0.title, $0.provider, $0.kind, $0.cost, $0.url] }
            )
        }
    }
}
