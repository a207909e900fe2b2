import ArgumentParser
import Foundation
import Logging
import WardCore
import WardIntel
import WardServer
import WardStore

/// `ward alerts`: the vulnerabilities that affect an organization, one alert each, and who is told of new ones.
struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Advisories that affect you: one alert per vulnerability, with every source.",
        subcommands: [Refresh.self, List.self, Subscribe.self, Subscriptions.self, Unsubscribe.self]
    )

    struct Refresh: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Match the stored feeds again; raise, keep and resolve alerts; notify the subscriptions.",
            discussion: """
                Run it after 'ward feeds import' or 'ward feeds update' (the server's scheduler will do it on its \\
                own once alerts are wired into it). A notification that fails is reported with the channel and the \\
                reason; the alerts are kept all the same.
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, settings in
                let organization = try await operations.organization(org)
                var logger = try settings.logger()
                logger.logLevel = .warning
                let notifier = Notifier(logger: logger)
                let refresh: IntelService.AlertRefresh
                do {
                    refresh = try await IntelService(database: database).refreshAlerts(
                        organizationID: organization.id,
                        organizationName: organization.name,
                        notifier: notifier,
                        logger: logger
                    )
                    try await notifier.shutdown()
                } catch {
                    try? await notifier.shutdown()
                    throw error
                }
                for failure in refresh.failures { printError("ward: notification failed: \(failure)") }
                let summary = Summary(
                    raised: refresh.raised.map(\.vulnerability),
                    kept: refresh.kept,
                    resolved: refresh.resolved,
                    notified: refresh.notified,
                    failures: refresh.failures
                )
                switch format {
                case .json: try printJSON(summary)
                case .table:
                    print(
                        "\(summary.raised.count) new alert\(summary.raised.count == 1 ? "" : "s"), \(summary.kept) "
                            + "standing, \(summary.resolved) resolved; \(summary.notified) notification"
                            + "\(summary.notified == 1 ? "" : "s") sent"
                    )
                    for vulnerability in summary.raised { print("  new: \(vulnerability)") }
                }
            }
        }

        struct Summary: Encodable {
            var raised: [String]
            var kept: Int
            var resolved: Int
            var notified: Int
            var failures: [String]
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the alerts, most urgent first; --new shows those raised since your last look."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Flag(help: "Only alerts raised since the last 'ward alerts list' (which records the visit).") var new = false
        @Option(help: "Only alerts about this vendor (spellings are normalised: Phillips is Philips).") var vendor:
            String?
        @Option(help: "Only alerts that affect an asset whose name contains this.") var asset: String?
        @Option(help: "active (default), suppressed, resolved or all.") var state: String = "active"
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                guard let states = IntelService.alertStates(state) else {
                    throw WardError(
                        .invalidInput,
                        "'\(state)' is not a state; use active, suppressed, resolved or all",
                        location: "--state"
                    )
                }
                let records = database.store.intelAlerts
                let lastVisit = try await records.lastVisit(organizationID: organization.id, viewer: "cli")
                var alerts = try await IntelService(database: database).alerts(
                    organizationID: organization.id,
                    states: states,
                    vendor: vendor,
                    asset: asset
                )
                if new, let lastVisit { alerts = alerts.filter { $0.firstSeen > lastVisit } }
                try await records.visit(organizationID: organization.id, viewer: "cli", at: Date())
                switch format {
                case .json:
                    try printJSON(alerts.map(IntelAlertView.init))
                case .table:
                    let day = ISO8601DateFormatter()
                    day.formatOptions = [.withFullDate]
                    printTable(
                        ["DECISION", "VULNERABILITY", "STATE", "FIRST SEEN", "AFFECTS", "TITLE"],
                        alerts.map {
                            [
                                $0.decision.flatMap(PriorityDecision.init(rawValue:))?.label ?? "-", $0.vulnerability,
                                $0.state.rawValue, day.string(from: $0.firstSeen),
                                $0.assets.prefix(3).joined(separator: "; ") + ($0.assets.count > 3 ? " …" : ""),
                                String(($0.title ?? "").prefix(60)),
                            ]
                        }
                    )
                    let since = lastVisit.map { " since \(ISO8601DateFormatter().string(from: $0))" } ?? ""
                    print("\(alerts.count) alert\(alerts.count == 1 ? "" : "s")\(new ? since : "")")
                }
            }
        }
    }

    struct Subscribe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Be told of new alerts by webhook, e-mail or syslog: all, or those of a vendor or product.",
            discussion: """
                One channel per subscription:
                  --webhook URL [--allow-http]          JSON POST; with WARD_ALERT_WEBHOOK_SECRET set, signed with
                                                        X-Ward-Signature (HMAC-SHA256, docs/notifications.md)
                  --email-to a@x,b@y --smtp-host H [--smtp-port 25] --from ward@x
                  --syslog-host H [--syslog-port 514] [--tcp]
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Option(help: "Only alerts about this vendor.") var vendor: String?
        @Option(help: "Only alerts about this product.") var product: String?
        @Option(help: "Webhook address.") var webhook: String?
        @Flag(help: "Allow a plain http:// webhook (loopback and labs).") var allowHTTP = false
        @Option(help: "E-mail recipients, comma-separated.") var emailTo: String?
        @Option(help: "SMTP relay host.") var smtpHost: String?
        @Option(help: "SMTP relay port.") var smtpPort: Int = 25
        @Option(help: "Sender address.") var from: String?
        @Option(help: "Syslog host.") var syslogHost: String?
        @Option(help: "Syslog port.") var syslogPort: Int = 514
        @Flag(help: "Syslog over TCP (octet counting) instead of UDP.") var tcp = false

        func run() async throws {
            try await withDatabase(global) { database, operations, settings in
                let organization = try await operations.organization(org)
                let channels: [NotificationChannel] = [
                    webhook.map {
                        .webhook(
                            .init(
                                url: $0,
                                secret: settings.environment["WARD_ALERT_WEBHOOK_SECRET"],
                                allowPlainHTTP: allowHTTP
                            )
                        )
                    },
                    emailTo.map { recipients in
                        .smtp(
                            .init(
                                host: smtpHost ?? "",
                                port: smtpPort,
                                from: from ?? "",
                                to: recipients.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                            )
                        )
                    },
                    syslogHost.map { .syslog(.init(host: $0, port: syslogPort, transport: tcp ? .tcp : .udp)) },
                ].compactMap { $0 }
                guard channels.count == 1, let channel = channels.first else {
                    throw WardError(
                        .invalidInput,
                        "give exactly one channel: --webhook, --email-to or --syslog-host",
                        location: "channel"
                    )
                }
                guard vendor == nil || product == nil else {
                    throw WardError(.invalidInput, "give --vendor or --product, not both", location: "filter")
                }
                let subscription = try await IntelService(database: database).subscribe(
                    organizationID: organization.id,
                    filter: vendor != nil ? .vendor : product != nil ? .product : .all,
                    value: vendor ?? product,
                    channel: channel
                )
                print("subscribed \(subscription.id.uuidString.lowercased()): \(channel.name)")
            }
        }
    }

    struct Subscriptions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the subscriptions (secrets are not shown).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                let rows = try await database.store.intelAlerts.subscriptions(organizationID: organization.id).map {
                    subscription -> [String] in
                    let channel = try? JSONDecoder().decode(
                        NotificationChannel.self,
                        from: Data(subscription.channel.utf8)
                    )
                    return [
                        subscription.id.uuidString.lowercased(),
                        subscription.filter.rawValue + (subscription.value.map { " \($0)" } ?? ""),
                        channel?.name ?? "(unreadable channel)",
                    ]
                }
                printTable(["ID", "FILTER", "CHANNEL"], rows)
            }
        }
    }

    struct Unsubscribe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a subscription.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Organization (name or identifier); the default organization when omitted.") var org: String?
        @Argument(help: "The subscription's identifier.") var id: String

        func run() async throws {
            try await withDatabase(global) { database, operations, _ in
                let organization = try await operations.organization(org)
                guard let uuid = UUID(uuidString: id) else {
                    throw WardError(.invalidInput, "'\(id)' is not a subscription identifier", location: "id")
                }
                try await database.store.intelAlerts.unsubscribe(uuid, organizationID: organization.id)
                print("unsubscribed \(id)")
            }
        }
    }
}
