import ArgumentParser
import Foundation
import WardCore
import WardInterop
import WardServer
import WardStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import other tools' output into the inventory: all of a file, or nothing when it is bad.",
        subcommands: [Nmap.self, Nessus.self, OpenVAS.self, CSVFile.self]
    )

    /// The bytes of an import file, or `notFound` naming it.
    static func contents(of file: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw WardError(.notFound, "cannot read \(file)", location: file)
        }
        return data
    }

    struct OpenVAS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "openvas",
            abstract:
                "Import a Greenbone (OpenVAS) XML report: hosts become assets, results from low up findings.",
            discussion: """
                Export the report from Greenbone in the XML format (a get_reports answer or a bare <report>). \
                Results the scanner itself marked as false positives are left out. A report of a scan that was \
                stopped adds and updates findings but closes none.
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The XML report.") var file: String
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let result = try await InventoryService(database: database).importOpenVAS(
                    try ImportCommand.contents(of: file),
                    file: (file as NSString).lastPathComponent,
                    organizationID: organization.id,
                    actor: .cli
                )
                switch format {
                case .json: try printJSON(result)
                case .table:
                    print(
                        "read \(result.hostsRead) hosts (\(result.assetsCreated) new assets, "
                            + "\(result.assetsUpdated) updated); \(result.findingsSeen) findings: "
                            + "\(result.findingsOpened) opened, \(result.findingsReopened) reopened, "
                            + "\(result.findingsClosed) closed"
                            + (result.scanFinished ? "" : " (the scan did not finish, so no finding was closed)")
                    )
                }
            }
        }
    }

    struct CSVFile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "Import assets from a spreadsheet saved as CSV: every row, or none when one is wrong.",
            discussion: """
                The first row names the columns. Columns named like Ward's fields are read at once: name, addresses, \
                macs, hostnames, operating_system, owner, tags, manufacturer, model, serial, firmware, device_type, \
                clinical_function, location, department, network_segment, clinical_criticality, stores_phi, \
                transmits_phi, end_of_support, vendor_remote_access (case, spaces and dashes do not matter). \
                --mapping takes a field from a column with another header. Lists are separated by ';'. \
                Save the file as "CSV UTF-8". Every row is checked first; any problem is reported with its line and \
                column and nothing is imported. `ward assets export` writes the same columns.

                Example:
                  ward import csv devices.csv --mapping 'name=Device Name,addresses=IP,clinical_criticality=Risk'
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "Columns for fields whose header differs: 'field=Header,field=Header'.") var mapping: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let mapping = try AssetCSV.mapping(parsing: self.mapping ?? "", location: "--mapping")
                let organization = try await operations.organization(org)
                let name = (file as NSString).lastPathComponent
                guard var text = String(data: try ImportCommand.contents(of: file), encoding: .utf8) else {
                    throw WardError(
                        .invalidInput,
                        "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" and import it again",
                        location: name
                    )
                }
                // Spreadsheets often start a UTF-8 file with a byte order mark; it is not part of the first header.
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                let result = try await InventoryService(database: database).importCSV(
                    text,
                    file: name,
                    mapping: mapping,
                    organizationID: organization.id,
                    actor: .cli
                )
                switch format {
                case .json: try printJSON(result)
                case .table:
                    print(
                        "read \(result.rowsRead) rows: \(result.created) new assets, \(result.updated) updated, "
                            + "\(result.unchanged) unchanged"
                    )
                    if !result.ignoredColumns.isEmpty {
                        print("ignored columns (no field takes them): \(result.ignoredColumns.joined(separator: ", "))")
                    }
                }
            }
        }
    }

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
                guard FileManager.default.isReadableFile(atPath: file) else {
                    throw WardError(.notFound, "cannot read \(file)", location: file)
                }
                // Streamed: memory stays flat however many hosts the file holds.
                let result = try await InventoryService(database: database).importNmap(
                    contentsOf: URL(fileURLWithPath: file),
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
        abstract:
            "Findings: list and show them, mark false positives, accept risks, reopen, set remediation clocks, measure.",
        subcommands: [
            FindingsList.self, Show.self, FalsePositive.self, Accept.self, Reopen.self, Policy.self, Metrics.self,
        ],
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

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a finding: its asset, status, remediation due date and everything that happened to it."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The finding's key, as ward findings --format json shows it.") var key: String
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let detail = try await InventoryService(database: database).finding(
                    key,
                    organizationID: organization.id
                )
                let finding = detail.finding
                let asset = try? await database.store.assets.get(finding.assetID, organizationID: organization.id)
                switch format {
                case .json:
                    struct Output: Encodable {
                        var finding: Finding
                        var asset: Asset?
                        var events: [FindingEvent]
                        var dueAt: Date?
                        var overdue: Bool
                    }
                    try printJSON(
                        Output(
                            finding: finding,
                            asset: asset,
                            events: detail.events,
                            dueAt: detail.dueAt,
                            overdue: detail.overdue
                        )
                    )
                case .table:
                    var lines = [
                        finding.title,
                        "  key: \(finding.key)",
                        "  asset: \(asset.map { "\($0.name) (\($0.addresses.joined(separator: " ")))" } ?? "-") "
                            + "[\(finding.assetID.uuidString.lowercased())]",
                        "  severity: \(finding.severity.rawValue)",
                        "  status: \(finding.status.rawValue)" + (detail.overdue ? " (overdue)" : ""),
                        "  source: \(finding.source) \(finding.rule)",
                        "  port: \(finding.port.map { "\($0)/\(finding.transport ?? "tcp")" } ?? "-")",
                        "  cve: \(finding.cve ?? "-")"
                            + (finding.kevDueDate.map { " (CISA KEV, due \($0))" } ?? ""),
                        "  first seen: \(iso(finding.firstSeen))",
                        "  last seen: \(iso(finding.lastSeen))",
                        "  due: \(iso(detail.dueAt))",
                    ]
                    if let closed = finding.closedAt { lines.append("  closed: \(iso(closed))") }
                    if finding.reopenCount > 0 { lines.append("  reopened: \(finding.reopenCount) times") }
                    if let mark = finding.falsePositive {
                        lines.append("  false positive: \(mark.reason) (\(mark.by)), until \(iso(mark.expiresAt))")
                    }
                    if let acceptance = finding.acceptance {
                        lines.append(
                            "  risk accepted by \(acceptance.approver) until \(iso(acceptance.expiresAt)); "
                                + "controls: \(acceptance.compensatingControls)"
                        )
                    }
                    print(lines.joined(separator: "\n"))
                    print("\nHistory")
                    printTable(
                        ["AT", "EVENT", "NOTE"],
                        detail.events.map { [iso($0.at), $0.kind.rawValue, $0.note ?? ""] }
                    )
                }
            }
        }
    }

    struct Reopen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Reopen a finding by hand: withdraw a false positive or risk acceptance, or say a closed one is back.",
            discussion: "The remediation clock keeps the finding's first-seen date."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The finding's key, as ward findings --format json shows it.") var key: String
        @Option(help: "Why it is reopened.") var reason: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let reason = self.reason
                let finding = try await InventoryService(database: database).decide(
                    findingKey: key,
                    organizationID: organization.id,
                    actor: .cli
                ) {
                    try FindingsLifecycle.reopen($0, reason: reason, by: "cli", at: $1)
                }
                print("\(finding.title): \(finding.status.rawValue) again")
            }
        }
    }

    struct Metrics: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Remediation figures now and week by week: open findings by severity, ages, days to fix, overdue.",
            discussion: """
                The figures are counted by the database, so they come at once for a million findings. The weekly \
                rows are the snapshots the server keeps (the current week's is refreshed hourly while it runs).

                Example:
                  ward findings metrics --format json
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        struct View: Encodable {
            var policy: RemediationPolicy
            var current: FindingMetrics
            var weeks: [FindingSnapshotRecords.Snapshot]
        }

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let policy = try await InventoryService(database: database).remediationPolicy(
                    organizationID: organization.id
                )
                let current = try await FindingSnapshots(database: database).current(organizationID: organization.id)
                    .metrics
                let weeks = try await database.store.findingSnapshots.list(organizationID: organization.id)
                switch format {
                case .json: try printJSON(View(policy: policy, current: current, weeks: weeks))
                case .table:
                    func days(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "-" }
                    let open = current.openBySeverity.values.reduce(0, +)
                    print(
                        "\(organization.name): \(open) open, \(current.overdue) overdue; median age "
                            + "\(days(current.medianOpenAgeDays)) days, oldest \(days(current.maximumOpenAgeDays)) days; "
                            + "fixed in a median of \(days(current.medianDaysToMitigate)) days"
                    )
                    let severities = Severity.allCases.reversed()
                    printTable(
                        ["WEEK"] + severities.map { $0.rawValue.uppercased() } + ["OVERDUE", "MEDIAN AGE"],
                        weeks.map { week in
                            [week.week] + severities.map { String(week.metrics.openBySeverity[$0] ?? 0) }
                                + [String(week.metrics.overdue), days(week.metrics.medianOpenAgeDays)]
                        } + [
                            ["now"] + severities.map { String(current.openBySeverity[$0] ?? 0) }
                                + [String(current.overdue), days(current.medianOpenAgeDays)]
                        ]
                    )
                }
            }
        }
    }

    struct Policy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or set the remediation clocks: how many days each severity has to be fixed.",
            discussion: """
                Without options it shows the clocks. With options it changes only those and shows the result. \
                A finding in CISA's Known Exploited Vulnerabilities catalog is due on the catalog's date instead. \
                Medium and low findings have no clock unless one is set; 'none' removes it again.

                Example:
                  ward findings policy --critical-days 15 --high-days 30 --medium-days 90
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "Days to fix a critical finding.") var criticalDays: Int?
        @Option(help: "Days to fix a high finding.") var highDays: Int?
        @Option(help: "Days to fix a medium finding, or 'none' for no clock.") var mediumDays: String?
        @Option(help: "Days to fix a low finding, or 'none' for no clock.") var lowDays: String?
        @Option(help: "A finding seen again within this many days of closing counts as reopened.")
        var reopenWindowDays: Int?
        @Option(help: "How many days a false-positive mark lasts when no --until is given.")
        var falsePositiveDays: Int?
        @Option(help: "table or json") var format: OutputFormat = .table

        static func days(_ text: String, location: String) throws -> Int? {
            if text.lowercased() == "none" { return nil }
            guard let days = Int(text) else {
                throw WardError(.invalidInput, "'\(text)' is not a number of days or 'none'", location: location)
            }
            return days
        }

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = InventoryService(database: database)
                var policy = try await service.remediationPolicy(organizationID: organization.id)
                let changing =
                    [criticalDays, highDays, reopenWindowDays, falsePositiveDays].contains { $0 != nil }
                    || mediumDays != nil || lowDays != nil
                if changing {
                    if let criticalDays { policy.criticalDays = criticalDays }
                    if let highDays { policy.highDays = highDays }
                    if let mediumDays { policy.mediumDays = try Self.days(mediumDays, location: "--medium-days") }
                    if let lowDays { policy.lowDays = try Self.days(lowDays, location: "--low-days") }
                    if let reopenWindowDays { policy.reopenWindowDays = reopenWindowDays }
                    if let falsePositiveDays { policy.falsePositiveDays = falsePositiveDays }
                    try await service.setRemediationPolicy(policy, organizationID: organization.id, actor: .cli)
                }
                switch format {
                case .json: try printJSON(policy)
                case .table:
                    func days(_ value: Int?) -> String { value.map { "\($0) days" } ?? "no clock" }
                    printTable(
                        ["CLOCK", "DAYS"],
                        [
                            ["critical", days(policy.criticalDays)], ["high", days(policy.highDays)],
                            ["medium", days(policy.mediumDays)], ["low", days(policy.lowDays)],
                            ["reopen window", days(policy.reopenWindowDays)],
                            ["false positive lasts", days(policy.falsePositiveDays)],
                        ]
                    )
                }
            }
        }
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
            let policy = try await InventoryService(database: database).remediationPolicy(
                organizationID: organization.id
            )
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
        abstract: "The asset inventory, with medical devices: list, show, edit, export.",
        subcommands: [List.self, Show.self, Edit.self, Export.self]
    )

    /// The asset named by its identifier, its exact name or one of its addresses.
    ///
    /// - Throws: `notFound` when no asset matches, `invalidInput` listing the candidates when several do.
    static func resolve(_ reference: String, organizationID: UUID, store: Store) async throws -> Asset {
        if let id = UUID(text: reference) { return try await store.assets.get(id, organizationID: organizationID) }
        let address = (try? IPAddress(reference))?.description
        let assets = try await store.assets.list(organizationID: organizationID)
        var matches = assets.filter { $0.name == reference }
        if matches.isEmpty, let address {
            matches = assets.filter { $0.addresses.contains { (try? IPAddress($0))?.description == address } }
        }
        switch matches.count {
        case 1: return matches[0]
        case 0:
            throw WardError(
                .notFound,
                "no asset with the identifier, name or address '\(reference)'; see ward assets list",
                location: "asset"
            )
        default:
            throw WardError(
                .invalidInput,
                "\(matches.count) assets are called '\(reference)'; give one of their identifiers: "
                    + matches.map { $0.id.uuidString.lowercased() }.joined(separator: ", "),
                location: "asset"
            )
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the inventory as CSV, in the columns ward import csv reads back.",
            discussion: """
                Values a spreadsheet would run as a formula (starting with =, +, - or @) get a ' in front. \
                Services, first and last seen and identifiers are not in the file.
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(name: [.short, .long], help: "Write to this file instead of standard output.") var output: String?
        @Flag(help: "Only medical devices and likely medical devices.") var medical = false

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let assets = try await database.store.assets.list(organizationID: organization.id, medicalOnly: medical)
                let text = AssetCSV.export(assets)
                guard let output else {
                    FileHandle.standardOutput.write(Data(text.utf8))
                    return
                }
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw WardError(
                        .unavailable,
                        "cannot write \(output): \(error.localizedDescription)",
                        location: output
                    )
                }
                print("wrote \(assets.count) asset\(assets.count == 1 ? "" : "s") to \(output)")
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an asset by hand: owner, tags, medical-device details, SBOM link.",
            discussion: """
                Only the options given change. Medical-device options fill in the details on file; an asset that is \
                not yet a medical device needs --manufacturer and --model. Every change is kept in the asset's \
                history and the audit log.

                Examples:
                  ward assets edit 10.20.1.15 --owner "Biomed" --tag icu --tag pumps
                  ward assets edit pump-07 --manufacturer Baxter --model "Sigma Spectrum" \\
                      --criticality life_sustaining --stores-phi --end-of-support 2027-12-31
                  ward assets edit pump-07 --mds2-version 2019 --mds2 malware=no --mds2 encrypts-in-transit=yes
                  ward assets edit printer-2 --not-medical
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The asset: its identifier, exact name or an address.") var asset: String
        @Option(help: "A new name.") var name: String?
        @Option(help: "The person or team responsible; '' removes it.") var owner: String?
        @Option(help: "A tag; repeat for several. Replaces the tags; --tag '' removes them all.") var tag: [String] = []

        @Option(help: "Medical device: the maker.") var manufacturer: String?
        @Option(help: "Medical device: the model.") var model: String?
        @Option(help: "Medical device: the serial number.") var serial: String?
        @Option(help: "Medical device: the software or firmware version.") var firmware: String?
        @Option(help: "Medical device: infusion pump, patient monitor, CT scanner …") var deviceType: String?
        @Option(help: "Medical device: what it does for patients.") var clinicalFunction: String?
        @Option(help: "Medical device: where it is.") var location: String?
        @Option(help: "Medical device: the department that uses it.") var department: String?
        @Option(help: "Medical device: its network segment or VLAN.") var networkSegment: String?
        @Option(help: "Medical device: life_sustaining, life_supporting, diagnostic or other.") var criticality: String?
        @Flag(
            name: .customLong("stores-phi"),
            inversion: .prefixedNo,
            help: "Medical device: whether it stores protected health information."
        )
        var storesPHI: Bool?
        @Flag(
            name: .customLong("sends-phi"),
            inversion: .prefixedNo,
            help: "Medical device: whether it sends protected health information."
        )
        var sendsPHI: Bool?
        @Option(help: "Medical device: the day its maker stops supporting it (YYYY-MM-DD).") var endOfSupport: String?
        @Flag(inversion: .prefixedNo, help: "Medical device: whether its maker can reach it remotely.")
        var vendorRemoteAccess: Bool?

        @Flag(help: "It is not a medical device: removes the details and the 'likely medical' mark.")
        var notMedical = false
        @Option(help: "Medical device: the SBOM's format, cyclonedx or spdx (with --sbom-name).") var sbomFormat:
            String?
        @Option(help: "Medical device: the SBOM document's name or file (with --sbom-format).") var sbomName: String?
        @Option(name: .customLong("mds2-version"), help: "Medical device: the MDS2 form's edition, such as 2019.")
        var mds2Version: String?
        @Option(
            name: .customLong("mds2-date"),
            help: "Medical device: the day the maker filled in the MDS2 form (YYYY-MM-DD)."
        )
        var mds2Date: String?
        @Option(name: .customLong("mds2-document"), help: "Medical device: the MDS2 form, as a link or a file name.")
        var mds2Document: String?
        @Option(
            name: .customLong("mds2"),
            help: ArgumentHelp(
                "Medical device: an MDS2 answer, QUESTION=ANSWER; repeat for several.",
                discussion: """
                    The key questions take yes, no or unknown: malware, encrypts-at-rest, encrypts-in-transit, \
                    authentication, remote-service, customer-patch. Any other question (such as MPII-2=no) is kept \
                    as written; QUESTION= removes it.
                    """
            )
        )
        var mds2: [String] = []
        @Option(help: "table or json") var format: OutputFormat = .table

        /// An option's new text on top of the current one: unchanged when not given, removed when given empty.
        static func optional(_ value: String?, _ current: String?) -> String? {
            guard let value else { return current }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }

        var changesMDS2: Bool { mds2Version != nil || mds2Date != nil || mds2Document != nil || !mds2.isEmpty }

        /// The MDS2 summary after the options, on top of the one on file; nil when no MDS2 option is given.
        func mds2Summary(on asset: Asset) throws -> MDS2Summary? {
            guard changesMDS2 else { return nil }
            var summary = asset.medical?.mds2 ?? MDS2Summary()
            summary.formVersion = Self.optional(mds2Version, summary.formVersion)
            summary.document = Self.optional(mds2Document, summary.document)
            if let mds2Date {
                summary.formDate = mds2Date.isEmpty ? nil : try CalendarDate(parsing: mds2Date, location: "--mds2-date")
            }
            for answer in mds2 { try summary.set(answer, location: "--mds2") }
            return summary
        }

        var changesMedicalDetails: Bool {
            [
                manufacturer, model, serial, firmware, deviceType, clinicalFunction, location, department,
                networkSegment, criticality, endOfSupport,
            ].contains { $0 != nil } || storesPHI != nil || sendsPHI != nil || vendorRemoteAccess != nil
        }

        func validate() throws {
            if notMedical && (changesMedicalDetails || changesMDS2 || sbomFormat != nil || sbomName != nil) {
                throw ValidationError("--not-medical cannot be combined with medical-device options")
            }
            if (sbomFormat == nil) != (sbomName == nil) {
                throw ValidationError("give --sbom-format and --sbom-name together")
            }
        }

        /// The medical-device details after the options, on top of the ones on file; nil when no option sets one.
        func device(on asset: Asset) throws -> MedicalDevice? {
            guard changesMedicalDetails else { return nil }
            var device = asset.medical ?? MedicalDevice(manufacturer: "", model: "")
            device.manufacturer = manufacturer ?? device.manufacturer
            device.model = model ?? device.model
            device.serial = Self.optional(serial, device.serial)
            device.softwareVersion = Self.optional(firmware, device.softwareVersion)
            device.deviceType = Self.optional(deviceType, device.deviceType)
            device.clinicalFunction = Self.optional(clinicalFunction, device.clinicalFunction)
            device.location = Self.optional(location, device.location)
            device.department = Self.optional(department, device.department)
            device.networkSegment = Self.optional(networkSegment, device.networkSegment)
            if let criticality {
                guard
                    let value = ClinicalCriticality(
                        rawValue: criticality.lowercased().replacingOccurrences(of: "-", with: "_")
                    )
                else {
                    throw WardError(
                        .invalidInput,
                        "unknown criticality '\(criticality)'; "
                            + "use life_sustaining, life_supporting, diagnostic or other",
                        location: "--criticality"
                    )
                }
                device.criticality = value
            }
            device.storesPHI = storesPHI ?? device.storesPHI
            device.sendsPHI = sendsPHI ?? device.sendsPHI
            device.vendorRemoteAccess = vendorRemoteAccess ?? device.vendorRemoteAccess
            if let endOfSupport {
                device.endOfSupport =
                    endOfSupport.isEmpty ? nil : try CalendarDate(parsing: endOfSupport, location: "--end-of-support")
            }
            if asset.medical == nil && (device.manufacturer.isEmpty || device.model.isEmpty) {
                throw WardError(
                    .invalidInput,
                    "\(asset.name) is not a medical device yet; give --manufacturer and --model with its details",
                    location: device.manufacturer.isEmpty ? "--manufacturer" : "--model"
                )
            }
            return device
        }

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let current = try await AssetsCommand.resolve(
                    asset,
                    organizationID: organization.id,
                    store: database.store
                )
                let edit = AssetEdit(
                    name: name,
                    owner: owner,
                    tags: tag.isEmpty ? nil : tag,
                    medical: try device(on: current),
                    mds2: try mds2Summary(on: current),
                    sbom: sbomFormat.map { SBOMReference(format: $0.lowercased(), name: sbomName ?? "") },
                    notMedical: notMedical ? true : nil
                )
                // The same pure step the service runs, for the list of changes it made.
                let (_, changes) = try edit.apply(to: current)
                let updated = try await InventoryService(database: database).edit(
                    current.id,
                    edit,
                    organizationID: organization.id,
                    actor: .cli
                )
                switch format {
                case .json: try printJSON(updated)
                case .table:
                    if changes.isEmpty {
                        print("\(updated.name): nothing changed")
                    } else {
                        print("\(updated.name): changed")
                        for (field, change) in changes.sorted(by: { $0.key < $1.key }) {
                            print("  \(field): \(change)")
                        }
                    }
                }
            }
        }
    }

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
        @Argument(help: "The asset: its identifier, exact name or an address.") var asset: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let found = try await AssetsCommand.resolve(
                    asset,
                    organizationID: organization.id,
                    store: database.store
                )
                struct Output: Encodable {
                    var asset: Asset
                    var history: [AssetChange]
                }
                try printJSON(
                    Output(
                        asset: found,
                        history: try await database.store.assets.history(found.id, organizationID: organization.id)
                    )
                )
            }
        }
    }
}
