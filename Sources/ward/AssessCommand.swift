import ArgumentParser
import Foundation
import WardAssessment
import WardCore
import WardReports
import WardServer
import WardStore

struct AssessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Self-assessments: create, answer, sign off, score, plan, compare and report.",
        discussion: """
            Example (a small clinic, HICP):
              ward assess create --framework hicp --providers 6 --beds 0 --it-staff 0 --it-assets 60
              ward assess answer ID 1.S.A --status implemented --maturity 3
              ward assess import ID answers.csv
              ward assess scores ID
              ward assess plan ID --format csv > plan.csv
              ward assess report ID --out report.html
            """,
        subcommands: [
            Create.self, List.self, Answer.self, Import.self, Sign.self, Reopen.self, Scores.self, Plan.self,
            Compare.self, Report.self, History.self,
        ]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an assessment; the size questionnaire suggests the tier, --tier confirms or overrides it."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "Framework id, optionally @edition.") var framework: String = "hicp"
        @Option(help: "small, medium or large; overrides the questionnaire's suggestion.") var tier: String?
        @Option(help: "A title; a default names the framework and tier.") var title: String?
        @Option(help: "Physicians and other providers.") var providers: Int?
        @Option(help: "Acute and post-acute beds.") var beds: Int?
        @Option(help: "Workforce size.") var workforce: Int?
        @Option(help: "IT staff (full-time equivalents).") var itStaff: Int?
        @Option(help: "Security staff (full-time equivalents).") var securityStaff: Int?
        @Option(help: "Computers, servers, network gear and connected devices.") var itAssets: Int?
        @Flag(help: "IT is run mostly by an outside provider.") var outsourcedIt = false
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let answered =
                    [providers, beds, workforce, itStaff, securityStaff, itAssets].contains { $0 != nil }
                    || outsourcedIt
                let questionnaire =
                    answered
                    ? SizeQuestionnaire(
                        providers: providers,
                        beds: beds,
                        workforce: workforce,
                        itStaff: itStaff,
                        securityStaff: securityStaff,
                        itAssets: itAssets,
                        outsourcedIT: outsourcedIt ? true : nil
                    )
                    : nil
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                let assessment = try await service.create(
                    organization: organization,
                    framework: framework,
                    tier: try tier.map { try SizeTier(parsing: $0, location: "--tier") },
                    title: title,
                    questionnaire: questionnaire,
                    actor: .cli
                )
                switch format {
                case .json: try printJSON(assessment)
                case .table:
                    print("Created \(assessment.title)")
                    print("  id: \(assessment.id.uuidString.lowercased())")
                    print("  tier: \(assessment.tier) — \(assessment.tierRationale)")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an organization's assessments.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let assessments = try await database.store.assessments.list(organizationID: organization.id)
                switch format {
                case .json: try printJSON(assessments)
                case .table:
                    printTable(
                        ["ID", "TITLE", "FRAMEWORK", "TIER", "CREATED"],
                        assessments.map {
                            [
                                $0.id.uuidString.lowercased(), $0.title, "\($0.frameworkID)@\($0.frameworkEdition)",
                                $0.tier.rawValue, iso($0.createdAt),
                            ]
                        }
                    )
                }
            }
        }
    }

    struct Answer: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Answer one requirement.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Assessment identifier.") var assessment: String
        @Argument(help: "Requirement id, such as 1.S.A.") var requirement: String
        @Option(help: "implemented, partial, planned, not_implemented or not_applicable") var status: String
        @Option(help: "Maturity 0–5.") var maturity: Int?
        @Option(help: "Notes.") var notes: String?
        @Option(help: "Why it does not apply (with --status not_applicable).") var reason: String?
        @Option(help: "Who closes the gap.") var owner: String?
        @Option(help: "Due date, YYYY-MM-DD.") var due: String?
        @Flag(help: "Ask a reviewer to look at it.") var review = false

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                let saved = try await service.answer(
                    .init(
                        requirementID: requirement,
                        status: status,
                        maturity: maturity,
                        notes: notes,
                        notApplicableReason: reason,
                        owner: owner,
                        dueDate: due,
                        markedForReview: review
                    ),
                    assessmentID: try parseID(assessment),
                    organizationID: organization.id,
                    actor: .cli
                )
                print("\(saved.requirementID): \(saved.status.label) (version \(saved.version))")
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import answers from a CSV or JSON file: every answer, or none when any is wrong.",
            discussion:
                "CSV columns: requirement,status[,maturity,notes,not_applicable_reason,owner,due_date,marked_for_review]"
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Assessment identifier.") var assessment: String
        @Argument(help: "The answers file.") var file: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                let bytes = try readFiles([file])[0].bytes
                let saved = try await service.importAnswers(
                    bytes,
                    file: file,
                    assessmentID: try parseID(assessment),
                    organizationID: organization.id,
                    actor: .cli
                )
                print("imported \(saved.count) answers")
            }
        }
    }

    struct Sign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign answers off as a reviewer; signed answers are locked."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(
            name: .customLong("as"),
            help: "E-mail of the reviewer: an owner, admin or auditor of the organization."
        )
        var reviewer: String
        @Argument(help: "Assessment identifier.") var assessment: String
        @Argument(help: "Requirement ids.") var requirements: [String]

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let actor = try await reviewerActor(reviewer, organizationID: organization.id, store: database.store)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                for requirement in requirements {
                    let answer = try await service.sign(
                        requirementID: requirement,
                        assessmentID: try parseID(assessment),
                        organizationID: organization.id,
                        actor: actor
                    )
                    print("\(answer.requirementID): signed off")
                }
            }
        }
    }

    struct Reopen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen signed answers so they can change again.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(
            name: .customLong("as"),
            help: "E-mail of the reviewer: an owner, admin or auditor of the organization."
        )
        var reviewer: String
        @Argument(help: "Assessment identifier.") var assessment: String
        @Argument(help: "Requirement ids.") var requirements: [String]

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let actor = try await reviewerActor(reviewer, organizationID: organization.id, store: database.store)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                for requirement in requirements {
                    _ = try await service.reopen(
                        requirementID: requirement,
                        assessmentID: try parseID(assessment),
                        organizationID: organization.id,
                        actor: actor
                    )
                    print("\(requirement): reopened")
                }
            }
        }
    }

    struct Scores: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Scores per practice, threat and overall, and what the answers mean for the crosswalked frameworks."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Assessment identifier.") var assessment: String
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                let overview = try await service.overview(
                    assessmentID: try parseID(assessment),
                    organizationID: organization.id
                )
                let scores = AssessmentJSON.Scores(overview)
                switch format {
                case .json: try printJSON(scores)
                case .table:
                    print("\(overview.assessment.title)")
                    print(
                        "answered \(scores.answered) of \(scores.applicable) (\(Int((scores.progress * 100).rounded()))%), overall \(format(scores.overall))"
                    )
                    print("")
                    printTable(["GROUP", "TITLE", "SCORE"], scores.groups.map { [$0.id, $0.title, format($0.score)] })
                    print("")
                    printTable(
                        ["THREAT", "TITLE", "MITIGATED"],
                        scores.threats.map { [$0.id, $0.title, format($0.score)] }
                    )
                    for coverage in scores.coverage {
                        print(
                            "\n\(coverage.title) (\(coverage.framework)): \(coverage.covered) of \(coverage.leaves) reached, coverage \(format(coverage.overall))"
                        )
                        if coverage.requirements.count <= 60 {
                            printTable(
                                ["ID", "TITLE", "STATUS", "PATH"],
                                coverage.requirements.map { [$0.id, $0.title, $0.status, $0.path] }
                            )
                        }
                    }
                }
            }
        }

        func format(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The action plan: gaps ordered by what protects patients most."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Assessment identifier.") var assessment: String
        @Option(help: "table, json or csv") var format: PlanFormat = .table

        enum PlanFormat: String, ExpressibleByArgument { case table, json, csv }

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                let overview = try await service.overview(
                    assessmentID: try parseID(assessment),
                    organizationID: organization.id
                )
                switch format {
                case .json: try printJSON(AssessmentJSON.Plan(overview.plan))
                case .csv: print(overview.plan.csv(), terminator: "")
                case .table:
                    printTable(
                        ["#", "REQUIREMENT", "TITLE", "STATUS", "PRIORITY", "WHY"],
                        overview.plan.items.enumerated().map { offset, item in
                            [
                                String(offset + 1), item.requirementID, item.title, item.status.label,
                                String(item.priority), item.reasons.joined(separator: "; "),
                            ]
                        }
                    )
                    if !overview.plan.unanswered.isEmpty {
                        print("\nnot yet answered: " + overview.plan.unanswered.joined(separator: ", "))
                    }
                }
            }
        }
    }

    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compare two assessments of one organization.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The earlier assessment.") var before: String
        @Argument(help: "The later assessment.") var after: String
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                let result = try await service.compare(
                    try parseID(before),
                    try parseID(after),
                    organizationID: organization.id
                )
                let json = AssessmentJSON.Comparison(
                    before: result.before,
                    after: result.after,
                    comparison: result.comparison
                )
                switch format {
                case .json: try printJSON(json)
                case .table:
                    print(
                        "improved \(json.improved), regressed \(json.regressed), unchanged \(json.unchanged); overall \(json.overallDelta.map { String(format: "%+.1f", $0) } ?? "-")"
                    )
                    printTable(
                        ["REQUIREMENT", "BEFORE", "AFTER", "CHANGE"],
                        json.rows.filter { $0.change != "unchanged" }.map {
                            [$0.requirement, $0.before ?? "-", $0.after ?? "-", $0.change]
                        }
                    )
                }
            }
        }
    }

    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the printable executive report (HTML).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Assessment identifier.") var assessment: String
        @Option(help: "The HTML file to write; standard output when omitted.") var out: String?

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = AssessmentService(database: database, catalog: FrameworkCatalog())
                let overview = try await service.overview(
                    assessmentID: try parseID(assessment),
                    organizationID: organization.id
                )
                let html = ExecutiveReport(
                    organization: organization,
                    assessment: overview.assessment,
                    framework: overview.framework,
                    scorecard: overview.scorecard,
                    plan: overview.plan,
                    library: overview.library,
                    generatedAt: Date()
                ).html()
                try await database.store.audit.append(
                    AuditEvent(
                        occurredAt: Date(),
                        organizationID: organization.id,
                        actorUserID: nil,
                        actor: "cli",
                        action: .export,
                        target: "assessment:\(overview.assessment.id.uuidString.lowercased())",
                        details: ["format": "executive-report"]
                    )
                )
                if let out {
                    try Data(html.utf8).write(to: URL(fileURLWithPath: out))
                    print("wrote \(out)")
                } else {
                    print(html, terminator: "")
                }
            }
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every change to an assessment's answers.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Assessment identifier.") var assessment: String
        @Argument(help: "Only this requirement.") var requirement: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let history = try await database.store.assessments.history(
                    assessmentID: try parseID(assessment),
                    requirementID: requirement,
                    organizationID: organization.id
                )
                switch format {
                case .json: try printJSON(history)
                case .table:
                    printTable(
                        ["WHEN", "REQUIREMENT", "VERSION", "ACTION", "STATUS"],
                        history.map {
                            [
                                iso($0.changedAt), $0.requirementID, String($0.version), $0.action,
                                $0.answer?.status.label ?? "",
                            ]
                        }
                    )
                }
            }
        }
    }
}

func parseID(_ text: String, location: String = "assessment") throws -> UUID {
    guard let id = UUID(text: text) else {
        throw WardError(.invalidInput, "'\(text)' is not an identifier; see ward assess list", location: location)
    }
    return id
}

/// The reviewer named by e-mail, checked to be a member allowed to sign answers off.
func reviewerActor(_ email: String, organizationID: UUID, store: Store) async throws -> AssessmentService.Actor {
    guard let user = try await store.users.get(email: email) else {
        throw WardError(.notFound, "no user with the e-mail \(email)", location: "--as")
    }
    guard let role = try await store.memberships.role(of: user.id, in: organizationID), role.allows(.signOffAnswers)
    else {
        throw WardError(
            .forbidden,
            "\(email) is not an owner, admin or auditor of this organization and cannot sign answers off",
            location: "--as"
        )
    }
    return AssessmentService.Actor(userID: user.id, name: "cli:\(user.email)")
}
