import ArgumentParser
import Foundation
import WardCore
import WardServer
import WardStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import other tools' output into the inventory: all of a file, or nothing when it is bad.",
        subcommands: [Nmap.self]
    )

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
