import Foundation
import HTTPTypes
import Hummingbird
import WardCore
import WardIntel
import WardStore

/// The alerts page: one alert per vulnerability that affects the organization, filtered by state, vendor and asset,
/// each with the reason for every match, the sources and the decision; alerts are refreshed by the server every hour,
/// `ward alerts refresh` or the API. Below them, who is told of new alerts: the subscriptions, which those who may
/// manage the organization add and remove here.
extension UIRoutes {
    func addAlertRoutes(to router: Router<Context>) {
        router.get("orgs/:org/alerts", use: alertsPage)
        router.post("orgs/:org/alerts/subscriptions", use: addAlertSubscription)
        router.post("orgs/:org/alerts/subscriptions/:subscription/delete", use: removeAlertSubscription)
    }

    @Sendable func alertsPage(_ request: Request, context: Context) async throws -> Response {
        try await renderAlerts(request, context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    /// Adds a subscription from the form: which alerts (all, a vendor's, a product's) and one channel, whose fields
    /// are read for the channel chosen only.
    @Sendable func addAlertSubscription(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .manageOrganization)
        let form = try await verifiedForm(request, context)
        do {
            guard let filter = AlertSubscription.Filter(rawValue: form["filter"] ?? "") else {
                throw WardError(.invalidInput, "choose all alerts, a vendor or a product", location: "filter")
            }
            let channel = try Self.channel(from: form)
            let subscription = try await services.subscribeToAlerts(
                organizationID: organization.id,
                filter: filter,
                value: form["value"],
                channel: channel,
                context: context
            )
            let which = subscription.value.map { "\(filter.rawValue) \($0)" } ?? "all alerts"
            return Self.redirect(
                "/orgs/\(organization.id.uuidString)/alerts?"
                    + services.notices.query(for: "Subscribed \(channel.name) to \(which).")
            )
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderAlerts(
                request,
                context,
                notice: nil,
                error: Self.explain(error),
                status: .badRequest,
                posted: form
            )
        }
    }

    @Sendable func removeAlertSubscription(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .manageOrganization)
        _ = try await verifiedForm(request, context)
        guard let id = context.parameters.get("subscription").flatMap(UUID.init(uuidString:)) else {
            throw WardError(.notFound, "no such subscription in this organization", location: "subscription")
        }
        try await services.unsubscribeFromAlerts(id, organizationID: organization.id, context: context)
        return Self.redirect(
            "/orgs/\(organization.id.uuidString)/alerts?" + services.notices.query(for: "Subscription removed.")
        )
    }

    /// The channel the subscription form describes.
    static func channel(from form: FormData) throws -> NotificationChannel {
        func text(_ name: String) -> String { form[name]?.trimmingCharacters(in: .whitespaces) ?? "" }
        func port(_ name: String, default fallback: Int) throws -> Int {
            let value = text(name)
            if value.isEmpty { return fallback }
            guard let port = Int(value) else {
                throw WardError(.invalidInput, "the port is a number from 1 to 65535, not \(value)", location: "port")
            }
            return port
        }
        switch form["channel"] ?? "" {
        case "webhook":
            let secret = text("webhook_secret")
            return .webhook(
                .init(
                    url: text("webhook_url"),
                    secret: secret.isEmpty ? nil : secret,
                    allowPlainHTTP: form["webhook_allow_http"] == "on"
                )
            )
        case "smtp":
            let recipients = text("smtp_to").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return .smtp(
                .init(
                    host: text("smtp_host"),
                    port: try port("smtp_port", default: 25),
                    from: text("smtp_from"),
                    to: recipients.filter { !$0.isEmpty }
                )
            )
        case "syslog":
            return .syslog(
                .init(
                    host: text("syslog_host"),
                    port: try port("syslog_port", default: 514),
                    transport: form["syslog_transport"] == "tcp" ? .tcp : .udp
                )
            )
        default:
            throw WardError(.invalidInput, "choose a webhook, e-mail or syslog", location: "channel")
        }
    }

    private func renderAlerts(
        _ request: Request,
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status,
        posted: FormData? = nil
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Alerts",
            organization: organization,
            role: role,
            page: "alerts"
        )
        if let notice { data["notice"] = notice }
        if let error { data["error"] = error }
        let query = request.uri.queryParameters
        let stateText = query.get("state").map { String($0) } ?? "active"
        var status = status
        var states: Set<IntelAlert.State> = [.active]
        if let chosen = IntelService.alertStates(stateText) {
            states = chosen
        } else {
            data["error"] = "There is no state '\(stateText)'; showing active alerts."
            status = .badRequest
        }
        let vendor = query.get("vendor").map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let asset = query.get("asset").map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let alerts = try await IntelService(database: services.database, clock: services.clock).alerts(
            organizationID: organization.id,
            states: states,
            vendor: vendor,
            asset: asset
        )
        let viewer = context.principal?.user?.id.uuidString ?? "anonymous"
        let lastVisit = try await services.store.intelAlerts.lastVisit(organizationID: organization.id, viewer: viewer)
        try await services.store.intelAlerts.visit(
            organizationID: organization.id,
            viewer: viewer,
            at: services.clock()
        )
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        data["alerts"] = alerts.map { alert -> [String: Any] in
            let matches = (try? IntelAlertView(alert).matches()) ?? []
            var row: [String: Any] = [
                "vulnerability": alert.vulnerability, "state": alert.state.rawValue,
                "decision": alert.decision.flatMap(PriorityDecision.init(rawValue:))?.label ?? "–",
                "firstSeen": day.string(from: alert.firstSeen), "assets": alert.assets.joined(separator: ", "),
                "new": lastVisit.map { alert.firstSeen > $0 } ?? true,
                "matches": matches.map { match -> [String: Any] in
                    var entry: [String: Any] = [
                        "target": match.targetLabel, "confidence": match.confidence.label,
                        "sources": match.sources.map {
                            ["kind": $0.kind, "reference": $0.reference, "reason": $0.reason]
                        },
                    ]
                    if let due = match.prioritization?.dueDate { entry["due"] = day.string(from: due) }
                    if let reasons = match.prioritization?.reasons, !reasons.isEmpty {
                        entry["reasons"] = reasons
                        entry["hasReasons"] = true
                    }
                    if let vex = match.suppressedBy {
                        entry["suppressed"] =
                            "\(vex.status.rawValue) (\(vex.justification ?? "no justification")), \(vex.source)"
                    }
                    return entry
                },
            ]
            if let title = alert.title { row["title"] = title }
            return row
        }
        data["states"] = (["active", "suppressed", "resolved", "all"]).map {
            ["value": $0, "selected": $0 == stateText] as [String: Any]
        }
        if let vendor { data["vendor"] = vendor }
        if let asset { data["asset"] = asset }
        let subscriptions = try await services.store.intelAlerts.subscriptions(organizationID: organization.id)
        data["subscriptions"] = subscriptions.map { subscription -> [String: Any] in
            let channel = try? JSONDecoder().decode(NotificationChannel.self, from: Data(subscription.channel.utf8))
            return [
                "id": subscription.id.uuidString.lowercased(),
                "which": subscription.value.map { "\(subscription.filter.rawValue) \($0)" } ?? "all alerts",
                "channel": channel?.name ?? "unreadable channel",
                "since": day.string(from: subscription.createdAt),
            ]
        }
        data["hasSubscriptions"] = !subscriptions.isEmpty
        data["canManage"] = role.allows(.manageOrganization)
        // What was posted, so that a refused form comes back filled in (the secret excepted).
        var form: [String: Any] = ["smtp_port": "25", "syslog_port": "514"]
        for name in [
            "value", "webhook_url", "smtp_host", "smtp_port", "smtp_from", "smtp_to", "syslog_host", "syslog_port",
        ] {
            if let value = posted?[name] { form[name] = value }
        }
        let filter = posted?["filter"] ?? "all"
        data["filters"] = [("all", "All alerts"), ("vendor", "A vendor's"), ("product", "A product's")].map {
            ["value": $0.0, "label": $0.1, "selected": $0.0 == filter] as [String: Any]
        }
        let channel = posted?["channel"] ?? "smtp"
        data["channels"] = [("smtp", "E-mail"), ("webhook", "Webhook"), ("syslog", "Syslog")].map {
            ["value": $0.0, "label": $0.1, "selected": $0.0 == channel] as [String: Any]
        }
        form["allowHTTP"] = posted?["webhook_allow_http"] == "on"
        form["tcp"] = posted?["syslog_transport"] == "tcp"
        data["form"] = form
        return pages.render("alerts", data, status: status)
    }
}

/// The alerts page's template.
enum AlertTemplates {
    static let all: [String: String] = ["alerts": alerts]

    static let alerts = """
        {{<layout}}{{$content}}
        <h1>Alerts</h1>
        <p class="muted">One alert per vulnerability that affects what you own, with every source that speaks of it and
          why it matches. Refresh with <code>ward alerts refresh</code> after importing feeds.</p>
        <form class="inline-form" method="get" action="/orgs/{{organization.id}}/alerts">
          <div><label for="state">State</label><select id="state" name="state">
            {{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/states}}</select></div>
          <div><label for="vendor">Vendor</label><input id="vendor" name="vendor" value="{{vendor}}"></div>
          <div><label for="asset">Asset</label><input id="asset" name="asset" value="{{asset}}"></div>
          <div><button class="secondary" type="submit">Show</button></div>
        </form>
        {{#alerts}}
        <section class="card">
          <h2><span class="pill">{{decision}}</span> {{vulnerability}}{{#title}} · {{title}}{{/title}}{{#new}} <span class="pill">new</span>{{/new}}</h2>
          <p class="muted">{{state}} · first seen {{firstSeen}} · affects {{assets}}</p>
          {{#matches}}
          <h3>{{target}}</h3>
          <p class="muted">Confidence: {{confidence}}{{#due}} · due {{due}}{{/due}}{{#suppressed}} · suppressed by VEX: {{suppressed}}{{/suppressed}}</p>
          <ul>{{#sources}}<li><strong>{{kind}}</strong> {{reference}}: {{reason}}</li>{{/sources}}</ul>
          {{#hasReasons}}<details><summary>Why this priority</summary><ul>{{#reasons}}<li>{{.}}</li>{{/reasons}}</ul></details>{{/hasReasons}}
          {{/matches}}
        </section>
        {{/alerts}}
        {{^alerts}}<section class="card"><p class="muted">No alerts here. Import feeds and SBOMs, then run
          <code>ward alerts refresh</code>.</p></section>{{/alerts}}
        <section class="card" id="subscriptions">
          <h2>Who is told of new alerts</h2>
          <p class="muted">When a refresh raises an alert, Ward sends it to each subscription that wants it: by e-mail,
            to a webhook (JSON, signed when a secret is set) or to a syslog server.</p>
          {{#hasSubscriptions}}<table><thead><tr><th>Alerts</th><th>Sent to</th><th>Since</th>{{#canManage}}<th></th>{{/canManage}}</tr></thead><tbody>
          {{#subscriptions}}<tr><td>{{which}}</td><td>{{channel}}</td><td>{{since}}</td>{{#canManage}}<td>
            <form method="post" action="/orgs/{{organization.id}}/alerts/subscriptions/{{id}}/delete">
              <input type="hidden" name="_csrf" value="{{csrf}}"><button class="secondary" type="submit">Remove</button>
            </form></td>{{/canManage}}</tr>{{/subscriptions}}
          </tbody></table>{{/hasSubscriptions}}
          {{^subscriptions}}<p class="muted">Nobody is told yet.</p>{{/subscriptions}}
          {{#canManage}}
          <h3>Add a subscription</h3>
          <form method="post" action="/orgs/{{organization.id}}/alerts/subscriptions">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="inline-form">
              <div><label for="sub-filter">Which alerts</label><select id="sub-filter" name="filter">
                {{#filters}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/filters}}</select></div>
              <div><label for="sub-value">Vendor or product name</label><input id="sub-value" name="value" value="{{form.value}}"></div>
              <div><label for="sub-channel">Send by</label><select id="sub-channel" name="channel">
                {{#channels}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/channels}}</select></div>
            </div>
            <p class="muted">Fill in the part for the way you chose; the others are ignored.</p>
            <fieldset><legend>E-mail</legend><div class="inline-form">
              <div><label for="smtp-to">To (comma-separated)</label><input id="smtp-to" name="smtp_to" value="{{form.smtp_to}}"></div>
              <div><label for="smtp-from">From</label><input id="smtp-from" name="smtp_from" value="{{form.smtp_from}}"></div>
              <div><label for="smtp-host">Mail relay</label><input id="smtp-host" name="smtp_host" value="{{form.smtp_host}}"></div>
              <div><label for="smtp-port">Port</label><input id="smtp-port" name="smtp_port" type="number" min="1" max="65535" value="{{form.smtp_port}}"></div>
            </div></fieldset>
            <fieldset><legend>Webhook</legend><div class="inline-form">
              <div><label for="webhook-url">Address (https://)</label><input id="webhook-url" name="webhook_url" value="{{form.webhook_url}}"></div>
              <div><label for="webhook-secret">Signing secret (optional)</label><input id="webhook-secret" name="webhook_secret" type="password" autocomplete="off"></div>
              <div><label><input type="checkbox" name="webhook_allow_http"{{#form.allowHTTP}} checked{{/form.allowHTTP}}> Allow plain http:// (labs only)</label></div>
            </div></fieldset>
            <fieldset><legend>Syslog</legend><div class="inline-form">
              <div><label for="syslog-host">Server</label><input id="syslog-host" name="syslog_host" value="{{form.syslog_host}}"></div>
              <div><label for="syslog-port">Port</label><input id="syslog-port" name="syslog_port" type="number" min="1" max="65535" value="{{form.syslog_port}}"></div>
              <div><label for="syslog-transport">Transport</label><select id="syslog-transport" name="syslog_transport">
                <option value="udp">UDP</option><option value="tcp"{{#form.tcp}} selected{{/form.tcp}}>TCP</option></select></div>
            </div></fieldset>
            <button type="submit">Subscribe</button>
          </form>
          {{/canManage}}
        </section>
        {{/content}}{{/layout}}
        """
}
