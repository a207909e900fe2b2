import ArgumentParser
import Foundation
import WardCore
import WardServer
import WardStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import other tools' output into the inventory: all of a file, or nothing when it is bad.",
        subcommands: [Nmap.self, Nessus.self]
    )

    struct Nessus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import a Nessus v2 export (.nessus): hosts become assets, plugin results findings with their lifecycle."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The .nessus file.") var file: String
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw WardError(.notFound, "cannot read \(file)", location: file)
                }
                let result = try await InventoryService(database: database).importNessus(
                    data,
                    file: (file as NSString).lastPathComponent,
                    organizationID: organization.id,
                    actor: .cli
                )
                switch format {
                case .json: try printJSON(result)
                case .table:
                    print(
                        "read \(result.hostsRead) hosts (\(result.assetsCreated) new assets, \(result.assetsUpdated) updated); "
                            + "\(result.findingsSeen) findings: \(result.findingsOpened) opened, \(result.findingsReopened) reopened, \(result.findingsClosed) closed"
                    )
                }
            }
        }
    }

    struct Nmap: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import nmap XML (nmap -oX): hosts that were up become assets."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The XML file.") var file: String
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw WardError(.notFound, "cannot read \(file)", location: file)
                }
                let result = try await InventoryService(database: database).importNmap(
                    data,
                    file: (file as NSString).lastPathComponent,
                    organizationID: organization.id,
                    actor: .cli
                )
                switch format {
                case .json: try printJSON(result)
                case .table:
                    print(
                        "read \(result.hostsRead) hosts: \(result.created) new assets, \(result.updated) updated, \(result.unchanged) unchanged"
                            + (result.scanFinished ? "" : " (the scan did not finish)")
                    )
                }
            }
        }
    }
}

struct FindingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "Findings: list them, mark false positives, accept risks.",
        subcommands: [FindingsList.self, FalsePositive.self, Accept.self],
        defaultSubcommand: FindingsList.self
    )

    static func endOfDay(_ text: String) throws -> Date {
        let day = try CalendarDate(parsing: text, location: "--until")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 23, minute: 59)
        )!
    }

    struct FalsePositive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "false-positive",
            abstract: "Mark a finding a false positive, with a reason, for a year unless --until says otherwise."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The finding's key, as ward findings --format json shows it.") var key: String
        @Option(help: "Why it is not real.") var reason: String
        @Option(help: "Until (YYYY-MM-DD); a year from now when omitted.") var until: String?

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let expiry = try until.map { try FindingsCommand.endOfDay($0) }
                let reason = self.reason
                let finding = try await InventoryService(database: database).decide(
                    findingKey: key,
                    organizationID: organization.id,
                    actor: .cli
                ) {
                    try FindingsLifecycle.markFalsePositive($0, reason: reason, by: "cli", at: $1, expiresAt: expiry)
                }
                print("\(finding.title): false positive until \(iso(finding.falsePositive?.expiresAt))")
            }
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept a finding's risk: an approver, an expiry and compensating controls."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The finding's key, as ward findings --format json shows it.") var key: String
        @Option(help: "Who approved it.") var approver: String
        @Option(help: "Until (YYYY-MM-DD).") var until: String
        @Option(help: "What compensates for the risk.") var controls: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let expiry = try FindingsCommand.endOfDay(until)
                let (approver, controls) = (self.approver, self.controls)
                let finding = try await InventoryService(database: database).decide(
                    findingKey: key,
                    organizationID: organization.id,
                    actor: .cli
                ) {
                    try FindingsLifecycle.acceptRisk(
                        $0,
                        approver: approver,
                        until: expiry,
                        compensatingControls: controls,
                        at: $1
                    )
                }
                print("\(finding.title): risk accepted by \(approver) until \(iso(finding.acceptance?.expiresAt))")
            }
        }
    }
}

struct FindingsList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Findings, oldest first, with their remediation clocks."
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
    @Option(help: "open, closed, false_positive, risk_accepted, or all") var status: String = "open"
    @Option(help: "Lowest severity shown: info, low, medium, high, critical") var severity: String = "low"
    @Option(help: "table or json") var format: OutputFormat = .table

    func run() async throws {
        try await withDatabase(global) { database, operations, _ in
            let organization = try await operations.organization(org)
            guard let minimum = Severity(rawValue: severity) else {
                throw WardError(.invalidInput, "unknown severity '\(severity)'", location: "--severity")
            }
            let wanted: FindingStatus? = status == "all" ? nil : FindingStatus(rawValue: status)
            if status != "all" && wanted == nil {
                throw WardError(.invalidInput, "unknown status '\(status)'", location: "--status")
            }
            let findings = try await database.store.findings.list(
                organizationID: organization.id,
                status: wanted,
                minimumSeverity: minimum,
                limit: 500
            )
            let policy = RemediationPolicy()
            switch format {
            case .json: try printJSON(findings)
            case .table:
                let now = Date()
                printTable(
                    ["SEVERITY", "TITLE", "PORT", "RULE", "FIRST SEEN", "DUE", "STATUS"],
                    findings.map { finding in
                        [
                            finding.severity.rawValue, finding.title,
                            finding.port.map { "\($0)/\(finding.transport ?? "tcp")" } ?? "-",
                            "\(finding.source) \(finding.rule)",
                            iso(finding.firstSeen), policy.dueDate(of: finding).map(iso) ?? "-",
                            policy.isOverdue(finding, at: now) ? "overdue" : finding.status.rawValue,
                        ]
                    }
                )
            }
        }
    }
}

struct AssetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assets",
        abstract: "The asset inventory, with medical devices.",
        subcommands: [List.self, Show.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List assets.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Flag(help: "Only medical devices and likely medical devices.") var medical = false
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let assets = try await database.store.assets.list(organizationID: organization.id, medicalOnly: medical)
                switch format {
                case .json: try printJSON(assets)
                case .table:
                    printTable(
                        ["ID", "NAME", "ADDRESSES", "MAC VENDOR", "OPEN PORTS", "MEDICAL", "LAST SEEN"],
                        assets.map {
                            [
                                $0.id.uuidString.lowercased(), $0.name, $0.addresses.joined(separator: " "),
                                $0.interfaceVendor ?? "-",
                                $0.services.map { "\($0.port)/\($0.transport)" }.joined(separator: " "),
                                $0.medical != nil ? "yes" : $0.likelyMedical ? "likely" : "-", iso($0.lastSeen),
                            ]
                        }
                    )
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an asset with its history.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "Asset identifier.") var asset: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let id = try parseID(asset, location: "asset")
                struct Output: Encodable {
                    var asset: Asset
                    var history: [AssetChange]
                }
                try printJSON(
                    Output(
                        asset: try await database.store.assets.get(id, organizationID: organization.id),
                        history: try await database.store.assets.history(id, organizationID: organization.id)
                    )
                )
            }
        }
    }
}
