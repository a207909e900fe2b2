import Foundation
import HTTPTypes
import Hummingbird
import WardCore
import WardScanner
import WardStore

/// The scans pages: start a scan inside the organization's scope, watch it while it runs (the page reloads itself),
/// stop it, and read what it found.
extension UIRoutes {
    func addScanRoutes(to router: Router<Context>) {
        router.get("orgs/:org/scans", use: scansPage)
        router.post("orgs/:org/scans", use: startScanFromForm)
        router.get("orgs/:org/scans/:scan", use: scanPage)
        router.post("orgs/:org/scans/:scan/cancel", use: cancelScanFromForm)
    }

    private var scanRuns: ScanRunService { ScanRunService(database: services.database, clock: services.clock) }

    @Sendable func scansPage(_ request: Request, context: Context) async throws -> Response {
        try await renderScans(context, notice: services.notices.read(request), error: nil, status: .ok, form: [:])
    }

    private func renderScans(
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status,
        form: [String: String]
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(context, title: "Scans", organization: organization, role: role, page: "scans")
        data["notice"] = notice
        data["error"] = error
        data["canScan"] = role.allows(.writeSecurityData)
        data["canUseIntrusive"] = role.allows(.manageScope)
        data["targets"] = form["targets"] ?? ""
        data["ports"] = form["ports"] ?? "clinical"
        let chosen = form["profile"] ?? "gentle"
        data["profiles"] = ["gentle", "standard", "fast"].map {
            ["value": $0, "selected": $0 == chosen] as [String: Any]
        }
        let runs = try await services.store.scanRuns.list(organizationID: organization.id, limit: 100)
        data["scans"] = runs.map { Self.scanRow($0, organization: organization.id) }
        data["hasScans"] = !runs.isEmpty
        return pages.render("scans", data, status: status)
    }

    static func scanRow(_ run: ScanRun, organization: UUID) -> [String: Any] {
        var row: [String: Any] = [
            "href": "/orgs/\(organization.uuidString)/scans/\(run.id.uuidString.lowercased())",
            "created": show(run.createdAt), "targets": run.targets.joined(separator: ", "), "profile": run.profile,
            "state": run.state.rawValue, "percent": Int((run.fractionDone * 100).rounded(.down)),
            "openPorts": run.openPorts, "requestedBy": run.requestedBy,
        ]
        if let summary = run.summary { row["findingsOpened"] = summary.findingsOpened }
        return row
    }

    @Sendable func startScanFromForm(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        let (user, _) = try signedIn(context)
        let targets = (form["targets"] ?? "").split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        let scanRequest = ScanRunService.Request(
            targets: targets,
            ports: form["ports"].flatMap { $0.isEmpty ? nil : $0 },
            profile: form["profile"],
            identify: form["identify"] != nil
        )
        do {
            let run = try await scanRuns.start(
                scanRequest,
                organizationID: organization.id,
                actor: .init(userID: user.id, name: user.email, sourceAddress: context.remoteAddress),
                mayUseIntrusiveProfiles: role.allows(.manageScope)
            )
            return Self.redirect("/orgs/\(organization.id.uuidString)/scans/\(run.id.uuidString.lowercased())")
        } catch let error as WardError where [.invalidInput, .outOfScope, .forbidden].contains(error.code) {
            return try await renderScans(
                context,
                notice: nil,
                error: error.message,
                status: Problem.status(for: error.code),
                form: [
                    "targets": form["targets"] ?? "", "ports": form["ports"] ?? "", "profile": form["profile"] ?? "",
                ]
            )
        }
    }

    @Sendable func scanPage(_ request: Request, context: Context) async throws -> Response {
        try await renderScan(context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    private func renderScan(
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let id = try context.parameters.uuid("scan")
        let run = try await services.store.scanRuns.get(id, organizationID: organization.id)
        var data = try await layoutData(context, title: "Scan", organization: organization, role: role, page: "scans")
        data["notice"] = notice
        data["error"] = error
        data["scan"] = Self.scanRow(run, organization: organization.id)
        data["ports"] = run.ports
        data["addresses"] = run.addressesTotal
        data["pairsDone"] = run.pairsDone
        data["pairsTotal"] = run.pairsTotal
        data["started"] = Self.show(run.startedAt)
        if let finished = run.finishedAt { data["finished"] = Self.show(finished) }
        if let error = run.error { data["scanError"] = error }
        data["refused"] = run.refused
        data["hasRefused"] = !run.refused.isEmpty
        data["cancelAction"] =
            "/orgs/\(organization.id.uuidString)/scans/\(id.uuidString.lowercased())/cancel"
        data["live"] = !run.state.isFinished
        data["canCancel"] = !run.state.isFinished && role.allows(.writeSecurityData)
        data["cancelRequested"] = run.cancelRequested && !run.state.isFinished
        data["xml"] =
            "/api/v1/organizations/\(organization.id.uuidString)/scans/\(id.uuidString.lowercased())/nmap.xml"
        if let summary = run.summary {
            data["summary"] = [
                "hostsScanned": summary.hostsScanned, "hostsUp": summary.hostsUp, "openPorts": summary.openPorts,
                "services": summary.servicesIdentified, "attempts": summary.attempts,
                "peak": summary.peakAttemptsPerSecond, "assetsCreated": summary.assetsCreated,
                "findingsSeen": summary.findingsSeen, "findingsOpened": summary.findingsOpened,
                "findingsClosed": summary.findingsClosed,
            ]
        }
        if run.state.isFinished, let result = try await scanRuns.result(id, organizationID: organization.id) {
            var rows: [[String: Any]] = []
            for host in result.hosts {
                for port in host.ports where port.state == .open {
                    rows.append([
                        "address": host.address, "port": "\(port.port)/\(port.transport)",
                        "service": ServiceSummary.line(result.facts[host.address]?[port.port] ?? [:]),
                    ])
                }
            }
            data["open"] = rows
            data["hasOpen"] = !rows.isEmpty
            data["unresolved"] = result.unresolved.joined(separator: ", ")
        }
        return pages.render("scan", data, status: status)
    }

    @Sendable func cancelScanFromForm(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        _ = try await verifiedForm(request, context)
        let (user, _) = try signedIn(context)
        let id = try context.parameters.uuid("scan")
        do {
            _ = try await scanRuns.cancel(
                id,
                organizationID: organization.id,
                actor: .init(userID: user.id, name: user.email, sourceAddress: context.remoteAddress)
            )
        } catch let error as WardError where error.code == .conflict {
            return try await renderScan(context, notice: nil, error: error.message, status: .conflict)
        }
        let notice = services.notices.query(for: "Asked the scan to stop.")
        return Self.redirect("/orgs/\(organization.id.uuidString)/scans/\(id.uuidString.lowercased())?\(notice)")
    }
}

/// The scans pages' templates.
enum ScanTemplates {
    static let all: [String: String] = ["scans": scans, "scan": scan]

    static let scans = """
        {{<layout}}{{$content}}
        <h1>Scans</h1>
        <p class="muted">Ward scans only what is inside your scope, and only inside your scan windows. The gentle profile
          is paced for networks with medical devices and sends no clinical messages and no logins.</p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        {{#canScan}}
        <section class="card">
          <h2>Start a scan</h2>
          <form method="post" action="/orgs/{{organization.id}}/scans">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <label for="targets">Targets</label>
            <textarea id="targets" name="targets" rows="3" required placeholder="10.0.0.0/24 10.0.1.5 pacs.clinic.example">{{targets}}</textarea>
            <label for="ports">Ports</label>
            <input id="ports" name="ports" value="{{ports}}">
            <p class="muted">clinical (remote access, file sharing, web consoles, databases, DICOM, HL7, FHIR), top100 (a
              healthcare-aware hundred), top1000, all, or a list such as 22,80,8000-8100.</p>
            <label for="profile">Profile</label>
            <select id="profile" name="profile">{{#profiles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/profiles}}</select>
            {{^canUseIntrusive}}<p class="muted">Your role may start gentle scans; standard and fast need an administrator.</p>{{/canUseIntrusive}}
            <label><input type="checkbox" name="identify" value="1" checked> Identify the services on open ports</label>
            <button type="submit">Start</button>
          </form>
        </section>
        {{/canScan}}
        <section class="card">
          <h2>Recent scans</h2>
          {{#hasScans}}
          <table>
            <thead><tr><th>Started</th><th>Targets</th><th>Profile</th><th>State</th><th>Done</th><th>Open ports</th><th>By</th></tr></thead>
            <tbody>
            {{#scans}}<tr><td><a href="{{href}}">{{created}}</a></td><td>{{targets}}</td><td>{{profile}}</td>
              <td><span class="pill">{{state}}</span></td><td>{{percent}}%</td><td>{{openPorts}}</td><td>{{requestedBy}}</td></tr>{{/scans}}
            </tbody>
          </table>
          {{/hasScans}}
          {{^scans}}<p class="muted">No scans yet.</p>{{/scans}}
        </section>
        {{/content}}{{/layout}}
        """

    static let scan = """
        {{<layout}}{{$content}}
        {{#live}}<meta http-equiv="refresh" content="3">{{/live}}
        <p><a href="/orgs/{{organization.id}}/scans">All scans</a></p>
        {{#scan}}<h1>Scan of {{targets}}</h1>
        <p class="muted">Profile {{profile}} · ports {{ports}} · started by {{requestedBy}} on {{created}}</p>
        <p><span class="pill">{{state}}</span> {{percent}}% done</p>{{/scan}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <progress max="{{pairsTotal}}" value="{{pairsDone}}">{{pairsDone}} of {{pairsTotal}}</progress>
        <p class="muted">{{pairsDone}} of {{pairsTotal}} address–port pairs on {{addresses}} address(es){{#live}} · this page
          reloads every 3 seconds{{/live}}{{#finished}} · ended {{finished}}{{/finished}}</p>
        {{#scanError}}<p class="error" role="alert">{{scanError}}</p>{{/scanError}}
        {{#cancelRequested}}<p class="notice" role="status">Stopping…</p>{{/cancelRequested}}
        {{#canCancel}}
        <form method="post" action="{{cancelAction}}" class="inline-form" data-cancel>
          <input type="hidden" name="_csrf" value="{{csrf}}">
          <button class="secondary" type="submit">Stop the scan</button>
        </form>
        {{/canCancel}}
        {{#hasRefused}}<section class="card"><h2>Not scanned</h2><ul>{{#refused}}<li>{{.}}</li>{{/refused}}</ul></section>{{/hasRefused}}
        {{#summary}}
        <section class="card">
          <h2>What it found</h2>
          <p>{{hostsUp}} of {{hostsScanned}} hosts answered · {{openPorts}} open ports · {{services}} services identified ·
            {{findingsOpened}} findings opened, {{findingsClosed}} closed · {{assetsCreated}} new assets</p>
          <p class="muted">{{attempts}} connection attempts, at most {{peak}} in one second.</p>
        </section>
        {{/summary}}
        {{#hasOpen}}
        <section class="card">
          <h2>Open ports</h2>
          <table><thead><tr><th>Address</th><th>Port</th><th>Service</th></tr></thead><tbody>
          {{#open}}<tr><td>{{address}}</td><td>{{port}}</td><td>{{service}}</td></tr>{{/open}}
          </tbody></table>
          <p><a href="{{xml}}">Download as nmap XML</a></p>
        </section>
        {{/hasOpen}}
        {{#unresolved}}<p class="muted">Did not resolve: {{unresolved}}</p>{{/unresolved}}
        {{/content}}{{/layout}}
        """
}
