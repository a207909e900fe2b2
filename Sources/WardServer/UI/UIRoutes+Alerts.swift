import Foundation
import HTTPTypes
import Hummingbird
import WardCore
import WardIntel
import WardStore

/// The alerts page: one alert per vulnerability that affects the organization, filtered by state, vendor and asset,
/// each with the reason for every match, the sources and the decision. Read-only: alerts are refreshed by
/// `ward alerts refresh` or the API.
extension UIRoutes {
    func addAlertRoutes(to router: Router<Context>) {
        router.get("orgs/:org/alerts", use: alertsPage)
    }

    @Sendable func alertsPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Alerts",
            organization: organization,
            role: role,
            page: "alerts"
        )
        let query = request.uri.queryParameters
        let stateText = query.get("state").map { String($0) } ?? "active"
        var status = HTTPResponse.Status.ok
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
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
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
        {{/content}}{{/layout}}
        """
}
