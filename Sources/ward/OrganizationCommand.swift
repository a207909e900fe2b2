import ArgumentParser
import Foundation
import WardCore
import WardServer
import WardStore

struct OrganizationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Create, list and show organizations and their scan scope.",
        subcommands: [Create.self, List.self, Show.self, ScopeCommand.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an organization.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Its name.") var name: String
        @Option(
            help: "hospital, clinic, health_system, public_health_agency, laboratory, pharmacy, payer, vendor, other"
        )
        var kind: String = "clinic"
        @Option(help: "small, medium or large (HICP size tier)") var size: String = "small"
        @Option(help: "Parent organization (name or identifier) for a site or sub-organization.") var parent: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                let organization = try await operations.createOrganization(
                    name: name,
                    kind: try OrganizationKind(parsing: kind, location: "--kind"),
                    sizeTier: try SizeTier(parsing: size, location: "--size"),
                    parent: parent
                )
                switch format {
                case .json: try printJSON(organization)
                case .table: print("Created \(organization.name) (\(organization.id.uuidString.lowercased()))")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organizations.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                let organizations = try await operations.organizations()
                switch format {
                case .json: try printJSON(organizations)
                case .table:
                    let names = Dictionary(uniqueKeysWithValues: organizations.map { ($0.id, $0.name) })
                    printTable(
                        ["ID", "NAME", "KIND", "SIZE", "PARENT"],
                        organizations.map {
                            [
                                $0.id.uuidString.lowercased(), $0.name, $0.kind.description, $0.sizeTier.rawValue,
                                $0.parentID.flatMap { names[$0] } ?? "-",
                            ]
                        }
                    )
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an organization with its members and scope.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Name or identifier; the default organization when omitted.") var organization: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                let details = try await operations.details(organization)
                switch format {
                case .json: try printJSON(details)
                case .table:
                    let org = details.organization
                    print(
                        "\(org.name)\n  id: \(org.id.uuidString.lowercased())\n  kind: \(org.kind)\n  size tier: \(org.sizeTier)"
                    )
                    print("\nMembers")
                    printTable(
                        ["EMAIL", "NAME", "ROLE"],
                        details.members.map { [$0.user.email, $0.user.displayName, $0.role.rawValue] }
                    )
                    if !details.children.isEmpty {
                        print("\nSites and sub-organizations")
                        printTable(["ID", "NAME"], details.children.map { [$0.id.uuidString.lowercased(), $0.name] })
                    }
                    print("\nScope")
                    printTable(
                        ["KIND", "TARGET", "NOTE"],
                        details.scope.map { [$0.kind.rawValue, $0.target, $0.note ?? ""] }
                    )
                    print("\nScan windows")
                    printTable(["WINDOW"], details.windows.map { [$0.window.description] })
                }
            }
        }
    }
}

struct ScopeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scope",
        abstract: "Declare what Ward may scan: blocks, ranges and host names to include or exclude, and scan windows.",
        subcommands: [Add.self, Remove.self, List.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add scope entries or a scan window.",
            discussion: """
                Examples:
                  ward org scope add 10.20.0.0/16 fd00:12::/48 ehr.clinic.example
                  ward org scope add --exclude 10.20.40.0/24 --note "infusion pumps"
                  ward org scope add --window "mon-fri 22:00-05:00 America/Chicago"
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Flag(help: "Exclude these targets instead of including them.") var exclude = false
        @Option(help: "A note kept with each entry.") var note: String?
        @Option(help: "A scan window such as 'mon-fri 22:00-05:00 America/Chicago'.") var window: String?
        @Argument(help: "Blocks (10.0.0.0/8), addresses, ranges (10.0.0.1-10.0.0.50) or host names (*.clinic.example).")
        var targets: [String] = []

        func validate() throws {
            if targets.isEmpty && window == nil {
                throw ValidationError("give at least one target or --window")
            }
        }

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                let added = try await operations.addScope(
                    targets,
                    kind: exclude ? .exclude : .include,
                    note: note,
                    window: window,
                    organization: org
                )
                for stored in added.entries { print("\(stored.kind)d \(stored.target)") }
                if let stored = added.window { print("added window \(stored.window)") }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a scope entry or scan window (by target text, window text or identifier)."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "What to remove.") var entry: String

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                print("removed \(try await operations.removeScope(entry, organization: org))")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List scope entries and scan windows.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                let details = try await operations.details(org)
                switch format {
                case .json:
                    struct Output: Encodable {
                        var entries: [ScopeRecords.Entry]
                        var windows: [ScopeRecords.Window]
                    }
                    try printJSON(Output(entries: details.scope, windows: details.windows))
                case .table:
                    printTable(
                        ["ID", "KIND", "TARGET", "NOTE"],
                        details.scope.map {
                            [
                                $0.id.uuidString.lowercased(), $0.kind.rawValue, $0.target,
                                $0.note ?? "",
                            ]
                        }
                            + details.windows.map {
                                [$0.id.uuidString.lowercased(), "window", $0.window.description, ""]
                            }
                    )
                }
            }
        }
    }
}
