import ArgumentParser
import Foundation
import WardCore
import WardIntel
import WardServer
import WardStore

/// `ward sbom import`: attach a device's software bill of materials to an asset.
struct SBOMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sbom",
        abstract: "Software bills of materials of assets.",
        subcommands: [Import.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attach an SBOM (CycloneDX JSON/XML, SPDX JSON/tag-value) to an asset; it replaces the old one.",
            discussion: """
                The components (with their CPE names and package URLs) are matched against the stored feeds by \\
                'ward intel match'. A bad file is refused with the place of the problem and changes nothing.

                Example:
                  ward sbom import pump-sbom.cdx.json --asset pump-07
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "The asset: its identifier, exact name or an address.") var asset: String
        @Argument(help: "The SBOM file.") var file: String
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let target = try await AssetsCommand.resolve(
                    asset,
                    organizationID: organization.id,
                    store: database.store
                )
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw WardError(.notFound, "cannot read \(file)", location: file)
                }
                let record = try await IntelService(database: database).importSBOM(
                    data,
                    file: URL(fileURLWithPath: file).lastPathComponent,
                    assetID: target.id,
                    organizationID: organization.id,
                    actor: .cli
                )
                switch format {
                case .json:
                    try printJSON(
                        SBOMSummary(
                            asset: target.name,
                            file: record.fileName,
                            format: record.sbom.format.rawValue,
                            specVersion: record.sbom.specVersion,
                            components: record.sbom.components.count,
                            vexStatements: record.sbom.vexStatements.count,
                            sha256: record.sha256
                        )
                    )
                case .table:
                    print(
                        "\(target.name): \(record.fileName) attached (\(record.sbom.format.rawValue) "
                            + "\(record.sbom.specVersion), \(record.sbom.components.count) components, "
                            + "\(record.sbom.vexStatements.count) VEX statements)"
                    )
                }
            }
        }
    }

    struct SBOMSummary: Encodable {
        var asset: String
        var file: String
        var format: String
        var specVersion: String
        var components: Int
        var vexStatements: Int
        var sha256: String
    }
}

/// `ward intel match`: what the stored feeds say affects the organization.
struct IntelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intel",
        abstract: "Vulnerability intelligence matched to what you own.",
        subcommands: [Match.self]
    )

    struct Match: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Match assets, scanned services and SBOM components against the stored feeds.",
            discussion: """
                Every match says why (which CPE name met which NVD range, which package version fell in which OSV \\
                range, which advisory names the device) and how sure Ward is, lists every source that speaks of the \\
                vulnerability (NVD, OSV, CSAF, KEV), and carries a decision in the manner of CISA's SSVC — Act, \\
                Attend, Track* or Track — from exploitation, automation, impact and the asset's clinical \\
                criticality, with a due date. Matches a VEX statement rules out are shown as suppressed.

                Example:
                  ward feeds import feeds/ && ward intel match --org "Valley Clinic"
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Flag(help: "Also list matches a VEX statement suppresses.") var all = false
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let matches = try await IntelService(database: database).match(organizationID: organization.id)
                    .filter { all || $0.isActive }
                switch format {
                case .json:
                    try printJSON(matches)
                case .table:
                    let day = ISO8601DateFormatter()
                    day.formatOptions = [.withFullDate]
                    var rows: [[String]] = []
                    for match in matches {
                        rows.append([
                            match.suppressedBy == nil ? match.prioritization?.decision.label ?? "-" : "suppressed",
                            match.vulnerability,
                            match.targetLabel,
                            match.confidence.rawValue,
                            match.prioritization?.dueDate.map { day.string(from: $0) } ?? "",
                            match.sources.map(\.kind).joined(separator: "+"),
                        ])
                    }
                    printTable(["DECISION", "VULNERABILITY", "AFFECTS", "CONFIDENCE", "DUE", "SOURCES"], rows)
                    print("\(matches.count) match\(matches.count == 1 ? "" : "es"); the reasons: --format json")
                }
            }
        }
    }
}
