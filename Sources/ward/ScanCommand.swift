import ArgumentParser
import Foundation
import WardCore
import WardScanner
import WardServer
import WardStore

struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan networks you own: only inside a declared scope, gently by default.",
        subcommands: [Run.self, List.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List an organization's scans: from the web UI, the API, and `ward scan run --record`."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let scans = try await database.store.scanRuns.list(organizationID: organization.id)
                switch format {
                case .json: try printJSON(scans)
                case .table:
                    printTable(
                        ["ID", "STARTED", "TARGETS", "PROFILE", "STATE", "DONE", "OPEN", "BY"],
                        scans.map {
                            [
                                $0.id.uuidString.lowercased(), iso($0.createdAt), $0.targets.joined(separator: " "),
                                $0.profile, $0.state.rawValue, "\(Int($0.fractionDone * 100))%", "\($0.openPorts)",
                                $0.requestedBy,
                            ]
                        }
                    )
                }
            }
        }
    }

    enum ScanFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, xml
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scan TCP ports of addresses, blocks, ranges and host names inside a scope.",
            discussion: """
                Ward touches nothing outside the scope: give --scope (a list such as 10.0.0.0/24,10.0.1.5, or @FILE
                with one entry per line, '!' in front of an exclusion) or --org to use an organization's declared
                scope and scan windows. Targets outside it are listed with the reason and get no packet.

                Profiles: gentle (the default, for networks with medical devices: 50 attempts a second, 4 at once,
                3 s timeout), standard, fast (labs and benchmarks). --rate, --max-concurrency and --timeout override
                the profile's values.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Addresses, blocks (10.0.0.0/24), ranges (10.0.0.1-50) or host names.") var targets: [String]
        @Option(help: "The scope: a comma-separated list or @FILE; '!' marks an exclusion.") var scope: String?
        @Option(help: "Use this organization's declared scope and scan windows (name or identifier).") var org: String?
        @Option(
            help: "Ports: a list and ranges (22,80,8000-8100), 'clinical' (the default), 'top100', 'top1000' or 'all'."
        )
        var ports: String = "clinical"
        @Option(help: "gentle, standard or fast.") var profile: String = "gentle"
        @Option(help: "Connection attempts per second, at most.") var rate: Int?
        @Option(help: "Connections in flight at once, at most.") var maxConcurrency: Int?
        @Option(help: "Milliseconds to wait before calling a port filtered.") var timeout: Int?
        @Option(help: "Refuse to scan more in-scope addresses than this.") var maxHosts: Int = 4_096
        @Option(help: "table, json, or xml (nmap's -oX format).") var format: ScanFormat = .table
        @Flag(help: "Print only open ports in the table.") var openOnly = false
        @Flag(help: "No progress lines on standard error.") var quiet = false
        @Flag(help: "With --org: keep the results: assets, and findings from Ward's exposure rules.") var record = false
        @Option(
            help:
                "Ports to try a DICOM association on when open (not in the gentle profile, which sends no clinical messages)."
        )
        var dicomPorts: String = "104,4242,11112"

        @Flag(
            inversion: .prefixedNo,
            help: "Identify the service on each open port (HTTP, TLS, SSH, mail, Redis, PostgreSQL, DICOM …)."
        )
        var identify = true

        @Flag(
            inversion: .prefixedNo,
            help: "With several addresses, sweep only those that answer discovery (ICMP echo, then common TCP ports)."
        )
        var discover = true

        /// Identifies the services on the open ports (see ``ServiceIdentifier``); DICOM associations only outside the
        /// gentle profile.
        func identifyServices(
            _ scans: [HostScan],
            profile: SafetyProfile
        ) async throws -> [String: [Int: [String: String]]] {
            guard identify else { return [:] }
            let candidates = Set(try PortList(dicomPorts).ports)
            return await ServiceIdentifier(profile: profile, dicomPorts: candidates).identify(scans)
        }

        func validate() throws {
            if (scope == nil) == (org == nil) {
                throw ValidationError("give exactly one of --scope and --org: Ward scans only inside a declared scope")
            }
            if record && org == nil {
                throw ValidationError("--record keeps results in an organization: give --org")
            }
        }

        func run() async throws {
            do {
                var chosen = try SafetyProfile.named(profile)
                if let rate {
                    guard rate > 0 else { throw WardError(.invalidInput, "--rate must be above 0", location: "--rate") }
                    chosen.rate = rate
                }
                if let maxConcurrency {
                    guard maxConcurrency > 0 else {
                        throw WardError(
                            .invalidInput,
                            "--max-concurrency must be above 0",
                            location: "--max-concurrency"
                        )
                    }
                    chosen.maxConcurrency = maxConcurrency
                }
                if let timeout {
                    guard (10...60_000).contains(timeout) else {
                        throw WardError(.invalidInput, "--timeout is 10 to 60000 milliseconds", location: "--timeout")
                    }
                    chosen.timeoutMilliseconds = timeout
                    chosen.minimumTimeoutMilliseconds = min(chosen.minimumTimeoutMilliseconds, timeout)
                }
                let portList = ports == "clinical" ? PortList.clinicalDefault : try PortList(ports)
                let declared = try await declaredScope()
                let now = Date()
                let plan = try ScanPlan.make(targets, scope: declared, at: now, maxHosts: maxHosts)
                for refusal in plan.refused { printError("ward: not scanned: \(refusal.target): \(refusal.reason)") }
                for name in plan.unresolved {
                    printError("ward: \(name) does not resolve; the scan goes on without it")
                }
                guard !plan.addresses.isEmpty else {
                    throw WardError(.outOfScope, "nothing to scan: no target is inside the scope", location: "targets")
                }
                printError(
                    "ward: scanning \(plan.addresses.count) address\(plan.addresses.count == 1 ? "" : "es"), "
                        + "\(portList.ports.count) port\(portList.ports.count == 1 ? "" : "s") each, profile \(chosen.name)"
                )
                let progress = ConnectSweep.Progress()
                let total = plan.addresses.count * portList.ports.count
                let reporter = Task { [quiet] in
                    guard !quiet else { return }
                    let start = ContinuousClock.now
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(2))
                        if Task.isCancelled { break }
                        printError(
                            Self.progressLine(
                                done: progress.pairsDone,
                                open: progress.openFound,
                                total: total,
                                since: start
                            )
                        )
                    }
                }
                let (scans, statistics, discovery) = await ConnectScanner(profile: chosen).scan(
                    plan.addresses,
                    ports: portList,
                    discover: discover,
                    progress: progress
                )
                reporter.cancel()
                if let discovery {
                    printError(
                        "ward: \(discovery.up.count) of \(plan.addresses.count) addresses answered discovery ("
                            + (discovery.icmpAvailable
                                ? "ICMP echo and TCP" : "TCP only: this process may not send ICMP")
                            + ")"
                    )
                }
                if identify {
                    printError(
                        "ward: identifying services on \(scans.reduce(0) { $0 + $1.openPorts.count }) open ports"
                    )
                }
                let facts = try await identifyServices(scans, profile: chosen)
                let finished = Date()
                if record {
                    let recorded = try await withDatabase(global) { database, operations, _ in
                        let organization = try await operations.organization(org)
                        let recorded = try await InventoryService(database: database).recordScan(
                            scans,
                            facts: facts,
                            profile: chosen.name,
                            organizationID: organization.id,
                            actor: .cli
                        )
                        // Kept with the scans started from the web UI and the API, so all of them are listed together.
                        var run = ScanRun(
                            organizationID: organization.id,
                            targets: targets,
                            ports: ports,
                            profile: chosen.name,
                            identify: identify,
                            requestedBy: "cli",
                            requestedByUserID: nil,
                            createdAt: now,
                            addressesTotal: plan.addresses.count,
                            pairsTotal: total,
                            refused: plan.refused.map { "\($0.target): \($0.reason)" }
                        )
                        run.state = .completed
                        run.runner = "cli"
                        run.startedAt = now
                        run.heartbeatAt = finished
                        run.finishedAt = finished
                        run.pairsDone = total
                        run.openPorts = scans.reduce(0) { $0 + $1.openPorts.count }
                        run.summary = ScanRun.Summary(
                            hostsScanned: scans.count,
                            hostsUp: scans.filter(\.up).count,
                            openPorts: run.openPorts,
                            servicesIdentified: facts.values.reduce(0) { $0 + $1.count },
                            attempts: statistics.attempts,
                            peakAttemptsPerSecond: statistics.peakAttemptsPerSecond
                        )
                        run.summary?.add(recorded)
                        let result = ScanRunService.Result(
                            hosts: scans.filter(\.up),
                            facts: facts,
                            unresolved: plan.unresolved
                        )
                        try await database.store.scanRuns.insert(run, result: try result.stored())
                        return recorded
                    }
                    printError(
                        "ward: recorded \(recorded.hostsUp) hosts (\(recorded.assetsCreated) new assets); "
                            + "\(recorded.findingsSeen) exposures: \(recorded.findingsOpened) opened, "
                            + "\(recorded.findingsClosed) closed"
                    )
                }
                switch format {
                case .json:
                    // The report: profile, ports, every host (HostScan), refused targets, facts by address and port,
                    // unresolved names, attempts and the peak rate; the hosts are written one at a time.
                    try printJSONObject(
                        [
                            "profile": chosen.name, "ports": portList.description, "refused": plan.refused,
                            "facts": facts, "unresolved": plan.unresolved, "attempts": statistics.attempts,
                            "peakAttemptsPerSecond": statistics.peakAttemptsPerSecond,
                        ],
                        streaming: "hosts",
                        elements: scans
                    )
                case .xml:
                    NmapXMLWriter.write(
                        scans,
                        arguments: CommandLine.arguments.joined(separator: " "),
                        startedAt: now,
                        finishedAt: finished
                    ) { print($0, terminator: "") }
                case .table:
                    var rows: [[String]] = []
                    for scan in scans where scan.up {
                        for port in scan.ports where !openOnly || port.state == .open {
                            let found = facts[scan.address]?[port.port] ?? [:]
                            rows.append([
                                scan.address, "\(port.port)/\(port.transport)", port.state.rawValue,
                                ServiceSummary.line(found),
                            ])
                        }
                    }
                    printTable(["ADDRESS", "PORT", "STATE", "SERVICE"], rows)
                    let up = scans.filter(\.up).count
                    print(
                        String(
                            format: "%d of %d hosts answered; %d attempts in %.2f s; profile %@",
                            up,
                            scans.count,
                            statistics.attempts,
                            finished.timeIntervalSince(now),
                            chosen.name
                        )
                    )
                }
            } catch {
                throw CommandFailure.from(error)
            }
        }

        /// `ward: 1200 of 5400 ports (22%), 3 open, 598/s, about 7 s left`.
        static func progressLine(done: Int, open: Int, total: Int, since start: ContinuousClock.Instant) -> String {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = seconds > 0 ? Double(done) / seconds : 0
            let percent = total > 0 ? done * 100 / total : 100
            var line = "ward: \(done) of \(total) ports (\(percent)%), \(open) open, \(Int(rate))/s"
            if rate > 0 && done < total {
                line += ", about \(Int((Double(total - done) / rate).rounded(.up))) s left"
            }
            return line
        }

        /// The scope from --scope (list or @FILE), or the organization's declared scope with its windows.
        func declaredScope() async throws -> Scope {
            if let scope {
                let text: String
                if scope.hasPrefix("@") {
                    let path = String(scope.dropFirst())
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw WardError(.notFound, "cannot read the scope file \(path)", location: "--scope")
                    }
                    text = String(decoding: data, as: UTF8.self)
                } else {
                    text = scope
                }
                var entries: [ScopeEntry] = []
                let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "," })
                for (index, raw) in lines.enumerated() {
                    let line = raw.trimmingCharacters(in: .whitespaces)
                    if line.isEmpty || line.hasPrefix("#") { continue }
                    let exclude = line.hasPrefix("!")
                    do {
                        entries.append(
                            try ScopeEntry.parse(
                                exclude ? String(line.dropFirst()) : line,
                                kind: exclude ? .exclude : .include
                            )
                        )
                    } catch let error as WardError {
                        throw WardError(.invalidInput, error.message, location: "--scope entry \(index + 1) '\(line)'")
                    }
                }
                guard entries.contains(where: { $0.kind == .include }) else {
                    throw WardError(.invalidInput, "the scope includes nothing", location: "--scope")
                }
                return Scope(entries: entries)
            }
            return try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let scope = try await database.store.scope.scope(organizationID: organization.id)
                try await database.store.audit.append(
                    AuditEvent(
                        occurredAt: Date(),
                        organizationID: organization.id,
                        actorUserID: nil,
                        actor: "cli",
                        action: .scanStarted,
                        target: targets.joined(separator: " "),
                        details: ["profile": profile, "ports": ports]
                    )
                )
                return scope
            }
        }
    }
}
