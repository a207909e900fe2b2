import ArgumentParser
import Foundation
import Logging
import WardCore
import WardScanner
import WardServer
import WardStore

struct RescanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescan",
        abstract: "Risk-based rescanning: turn it on or off, choose how gently and which ports, see the queued scans.",
        discussion: """
            When rescanning is on, `ward serve` rescans every host of the inventory that is inside the organization's \
            scope (ward org scope), in its scan windows: hosts with worse findings more often. Hosts in a scan \
            agent's segment are scanned by that agent (ward agents). It is off until someone turns it on.
            """,
        subcommands: [Show.self, Enable.self, Disable.self, Change.self, Plan.self, Jobs.self],
        defaultSubcommand: Show.self
    )

    /// Prints the settings the way `rescan show` does.
    static func printSettings(_ settings: RescanSettings, format: OutputFormat) throws {
        switch format {
        case .json: try printJSON(settings)
        case .table:
            let policy = settings.policy
            print("rescanning: \(settings.enabled ? "on" : "off")")
            print("profile: \(settings.profile)")
            print("ports: \(settings.ports)")
            print("every \(policy.kevOrCriticalHours) hours with a KEV-listed or critical finding")
            print("every \(policy.highHours) hours with a high finding")
            print("every \(policy.mediumDays) days with a medium finding, \(policy.lowDays) days with a low one")
            print("every \(policy.cleanDays) days without open findings")
            print(
                "a host that does not answer: after \(policy.downFirstMissDays) days, "
                    + "doubling up to \(policy.downMaximumDays)"
            )
        }
    }

    /// Changes the settings with `change`, stores them and prints them.
    static func update(
        _ global: GlobalOptions,
        org: String?,
        format: OutputFormat,
        _ change: (inout RescanSettings) -> Void
    ) async throws {
        try await withDatabase(global) { database, operations, _ in
            let organization = try await operations.organization(org)
            let service = ScanningService(database: database)
            var settings = try await service.settings(organizationID: organization.id)
            change(&settings)
            try await service.setSettings(settings, organizationID: organization.id, actor: .cli)
            try printSettings(settings, format: format)
        }
    }

    /// Options that pick how to scan, for `enable` and `set`.
    struct HowOptions: ParsableArguments {
        @Option(help: "Safety profile: gentle (the default; paced, for medical devices), standard or fast (labs).")
        var profile: String?
        @Option(help: "Ports to check, such as 22,80,443,104,2575 or 1-1024.") var ports: String?

        func apply(to settings: inout RescanSettings) {
            if let profile { settings.profile = profile.lowercased() }
            if let ports { settings.ports = ports }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show whether rescanning is on, and how it scans.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let settings = try await ScanningService(database: database).settings(organizationID: organization.id)
                try RescanCommand.printSettings(settings, format: format)
            }
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn rescanning on, optionally with a profile and ports.",
            discussion: "Only hosts inside the organization's scope are ever scanned; see ward org scope."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @OptionGroup var how: HowOptions
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            let how = self.how
            try await RescanCommand.update(global, org: org, format: format) {
                $0.enabled = true
                how.apply(to: &$0)
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn rescanning off; no new scans are queued (scans already queued still run)."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await RescanCommand.update(global, org: org, format: format) { $0.enabled = false }
        }
    }

    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change how rescans scan (profile, ports) without turning rescanning on or off."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @OptionGroup var how: HowOptions
        @Option(help: "table or json") var format: OutputFormat = .table

        func validate() throws {
            if how.profile == nil && how.ports == nil { throw ValidationError("give --profile, --ports or both") }
        }

        func run() async throws {
            let how = self.how
            try await RescanCommand.update(global, org: org, format: format) { how.apply(to: &$0) }
        }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Queue the scans that are due now, as the server does every minute; this scans nothing itself.",
            discussion: "A host that already has a queued or running scan gets no second one."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let service = ScanningService(database: database)
                let enabled = try await service.settings(organizationID: organization.id).enabled
                let queued = try await service.plan(organizationID: organization.id)
                switch format {
                case .json:
                    struct Output: Encodable {
                        var enabled: Bool
                        var queued: Int
                    }
                    try printJSON(Output(enabled: enabled, queued: queued))
                case .table:
                    print("queued \(queued) scan\(queued == 1 ? "" : "s")")
                    if !enabled {
                        printError(
                            "ward: rescanning is off for this organization, so nothing is queued; "
                                + "turn it on with ward rescan enable"
                        )
                    }
                }
            }
        }
    }

    struct Jobs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List scan jobs, latest due first: queued, running and finished, with what they found."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "queued, running, done, failed or cancelled; all when omitted.") var state: String?
        @Option(help: "How many to list, at most (1 to 1000).") var limit: Int = 200
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let wanted = try state.map { text in
                    guard let state = ScanJob.State(rawValue: text.lowercased()) else {
                        throw WardError(
                            .invalidInput,
                            "unknown state '\(text)'; use queued, running, done, failed or cancelled",
                            location: "--state"
                        )
                    }
                    return state
                }
                let jobs = try await database.store.scanJobs.list(
                    organizationID: organization.id,
                    state: wanted,
                    limit: limit
                )
                switch format {
                case .json: try printJSON(jobs)
                case .table:
                    let agents = Dictionary(
                        uniqueKeysWithValues: try await database.store.scanAgents.list(organizationID: organization.id)
                            .map { ($0.id, $0.name) }
                    )
                    printTable(
                        ["ID", "TARGET", "STATE", "DUE", "RUNNER", "PROFILE", "REASON", "RESULT"],
                        jobs.map { job in
                            [
                                job.id.uuidString.lowercased(), job.target, job.state.rawValue, iso(job.dueAt),
                                job.agentID.map { "agent \(agents[$0] ?? $0.uuidString.lowercased())" } ?? "server",
                                job.profile, job.reason, job.result ?? "-",
                            ]
                        }
                    )
                }
            }
        }
    }
}

struct AgentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents",
        abstract: "Scan agents: small scanners that stand in a network segment and scan it for the server.",
        discussion: """
            An agent connects out to the Ward server over HTTPS, takes the scans of its segment and sends the results \
            back; the server never connects to it. Create one here, then run `ward agent` on a machine in the segment.
            """,
        subcommands: [Create.self, List.self, Revoke.self],
        defaultSubcommand: List.self
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an agent for a segment and print its token, which is shown only this once.",
            discussion: """
                Example:
                  ward agents create icu-vlan --segment 10.20.0.0/16 --segment 10.21.4.0/24
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "A name for the agent, such as the segment it stands in.") var name: String
        @Option(help: "A block, range or address the agent scans; repeat for several.") var segment: [String] = []
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let (agent, token) = try await ScanningService(database: database).createAgent(
                    name: name,
                    segment: segment,
                    organizationID: organization.id,
                    actor: .cli
                )
                switch format {
                case .json:
                    struct Output: Encodable {
                        var agent: ScanAgent
                        var token: String
                    }
                    try printJSON(Output(agent: agent, token: token))
                case .table:
                    print(
                        "Created agent \(agent.name) (\(agent.id.uuidString.lowercased())) for "
                            + agent.segment.map(\.target.text).joined(separator: " ")
                    )
                    print("Its token, shown only this once (Ward keeps only a hash of it):")
                    print("  \(token)")
                    print(
                        "On a machine in the segment, run it with the token in the environment, not on the command "
                            + "line:"
                    )
                    print("  WARD_AGENT_TOKEN=<the token> ward agent --server https://<this server>")
                }
                printError(
                    "ward: store the agent's token now; it cannot be shown again (revoke the agent to replace it)"
                )
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List agents, their segments and when each last asked for work."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let agents = try await database.store.scanAgents.list(organizationID: organization.id)
                switch format {
                case .json: try printJSON(agents)
                case .table:
                    printTable(
                        ["ID", "NAME", "TOKEN", "SEGMENT", "LAST SEEN", "STATUS"],
                        agents.map {
                            [
                                $0.id.uuidString.lowercased(), $0.name, $0.prefix + "…",
                                $0.segment.map(\.target.text).joined(separator: " "), iso($0.lastSeenAt),
                                $0.revokedAt.map { "revoked \(iso($0))" } ?? "active",
                            ]
                        }
                    )
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke an agent: its token stops working at once and its queued scans go back to the server."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The agent's identifier or exact name.") var agent: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let id: UUID
                if let parsed = UUID(text: agent) {
                    id = parsed
                } else {
                    let named = try await database.store.scanAgents.list(organizationID: organization.id).filter {
                        $0.name == agent && $0.revokedAt == nil
                    }
                    guard named.count == 1 else {
                        throw WardError(
                            named.isEmpty ? .notFound : .invalidInput,
                            named.isEmpty
                                ? "no active agent '\(agent)'; see ward agents list"
                                : "\(named.count) agents are called '\(agent)'; give the identifier",
                            location: "agent"
                        )
                    }
                    id = named[0].id
                }
                let revoked = try await ScanningService(database: database).revokeAgent(
                    id,
                    organizationID: organization.id,
                    actor: .cli
                )
                print("revoked agent \(revoked.name) (\(revoked.id.uuidString.lowercased()))")
            }
        }
    }
}

struct AgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Run a scan agent: take this segment's scans from a Ward server, scan, and send the results back.",
        discussion: """
            The agent only connects out, over HTTPS, to the server; it needs no database and opens no port. \
            Give it its token in the environment variable WARD_AGENT_TOKEN rather than with --token, so that the \
            token does not show in the process list or the shell history:

              WARD_AGENT_TOKEN=wagent_… ward agent --server https://ward.example:8443

            It scans only what the server hands it, which the server checks against the organization's scope and \
            the agent's segment. It runs until stopped (Ctrl-C); --once takes one batch of scans and exits.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The Ward server's address, https://HOST:PORT.") var server: String
    @Option(help: "The agent's token (wagent_…); prefer the environment variable WARD_AGENT_TOKEN.")
    var token: String?
    @Option(help: "A PEM file of certificate authorities to trust instead of the system's, for a private CA.")
    var caFile: String?
    @Flag(help: "Take one batch of scans, run them, print how many ran and exit.") var once = false
    @Flag(help: "Allow plain http:// to a server on this machine (loopback), for a lab; never across a network.")
    var allowHttp = false
    @Option(help: "How many scans to take at once (1 to 64).") var batch: Int = 4
    @Option(help: "Seconds to wait between polls when there is nothing to do (5 to 3600).") var pollSeconds: Int = 30

    func validate() throws {
        guard (1...64).contains(batch) else { throw ValidationError("--batch must be from 1 to 64") }
        guard (5...3_600).contains(pollSeconds) else { throw ValidationError("--poll-seconds must be from 5 to 3600") }
    }

    /// Whether a URL's host is this machine: `localhost` or a loopback address.
    static func isLoopback(_ url: String) -> Bool {
        guard var host = URLComponents(string: url)?.host?.lowercased() else { return false }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" { return true }
        return (try? IPAddress(host))?.isLoopback ?? false
    }

    func run() async throws {
        do {
            let settings = try global.settings()
            let logger = try settings.logger(label: "ward.agent")
            guard let token = token ?? settings.environment["WARD_AGENT_TOKEN"], !token.isEmpty else {
                throw WardError(
                    .configuration,
                    "give the agent's token in the environment variable WARD_AGENT_TOKEN (or with --token)",
                    location: "--token"
                )
            }
            if allowHttp && server.lowercased().hasPrefix("http://") && !Self.isLoopback(server) {
                throw WardError(
                    .configuration,
                    "--allow-http is for a server on this machine only (localhost, 127.0.0.1, ::1); use https:// "
                        + "so that the token and the results do not cross the network in the clear",
                    location: "--server"
                )
            }
            if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
                throw WardError(.configuration, "cannot read the certificate file \(caFile)", location: "--ca-file")
            }
            var configuration = AgentRunner.Configuration(
                serverURL: server,
                token: token,
                trustedCertificatesFile: caFile
            )
            configuration.allowPlainHTTP = allowHttp
            configuration.batch = batch
            configuration.pollInterval = .seconds(pollSeconds)
            let runner = try AgentRunner(configuration: configuration, logger: logger)
            if once {
                let ran = try await runner.runOnce()
                print("ran \(ran) scan\(ran == 1 ? "" : "s")")
            } else {
                logger.info("agent started", metadata: ["server": "\(configuration.serverURL)"])
                try await runner.run()
            }
        } catch {
            throw CommandFailure.from(error)
        }
    }
}
