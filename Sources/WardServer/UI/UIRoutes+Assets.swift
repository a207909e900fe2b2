import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationCompat
import WardCore
import WardResponse
import WardStore

/// The inventory page: assets with a medical-device view, and nmap imports.
extension UIRoutes {
    func addAssetRoutes(to router: Router<Context>) {
        router.get("orgs/:org/assets", use: assetsPage)
        router.post("orgs/:org/assets/import", use: importAssets)
        router.get("orgs/:org/findings", use: findingsPage)
    }

    @Sendable func assetsPage(_ request: Request, context: Context) async throws -> Response {
        try await renderAssets(request, context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    private func renderAssets(
        _ request: Request,
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let medicalOnly = request.uri.queryParameters.get("medical") == "true"
        var data = try await layoutData(
            context,
            title: "Assets",
            organization: organization,
            role: role,
            page: "assets"
        )
        let assets = try await services.store.assets.list(organizationID: organization.id, medicalOnly: medicalOnly)
        data["assets"] = assets.map { asset -> [String: Any] in
            [
                "name": asset.name, "addresses": asset.addresses.joined(separator: " "),
                "vendor": asset.interfaceVendor ?? "–",
                "ports": asset.services.map { "\($0.port)/\($0.transport)" + ($0.product.map { " \($0)" } ?? "") }
                    .joined(separator: ", "),
                "medical": asset.medical.map { "\($0.manufacturer) \($0.model)" }
                    ?? (asset.likelyMedical ? "likely (by interface maker)" : "–"),
                "lastSeen": Self.show(asset.lastSeen),
            ]
        }
        data["count"] = assets.count
        data["medicalOnly"] = medicalOnly
        data["canWrite"] = role.allows(.writeSecurityData)
        data["notice"] = notice
        data["error"] = error
        return pages.render("assets", data, status: status)
    }

    @Sendable func findingsPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Findings",
            organization: organization,
            role: role,
            page: "findings"
        )
        let all = request.uri.queryParameters.get("status") == "all"
        let findings = try await services.store.findings.list(
            organizationID: organization.id,
            status: all ? nil : .open,
            limit: 200
        )
        let names = Dictionary(
            try await services.store.assets.list(organizationID: organization.id).map { ($0.id, $0.name) },
            uniquingKeysWith: { first, _ in first }
        )
        let policy = RemediationPolicy()
        let now = services.clock()
        let metrics = FindingMetrics.compute(
            Array(try await services.store.findings.all(organizationID: organization.id).values),
            at: now,
            policy: policy
        )
        data["findings"] = findings.sorted { ($1.severity, $0.firstSeen) < ($0.severity, $1.firstSeen) }.map {
            finding -> [String: Any] in
            [
                "severity": finding.severity.rawValue, "title": finding.title, "source": finding.source,
                "rule": finding.rule,
                "cve": finding.cve ?? "", "asset": names[finding.assetID] ?? "–",
                "firstSeen": Self.show(finding.firstSeen),
                "due": Self.show(policy.dueDate(of: finding)),
                "state": policy.isOverdue(finding, at: now) ? "overdue" : finding.status.rawValue,
                "help": Directory.entries(for: FindingKind.of(finding), size: organization.sizeTier).map {
                    ["title": $0.title, "url": $0.url]
                },
            ]
        }
        data["openCount"] = metrics.openBySeverity.values.reduce(0, +)
        data["overdueCount"] = metrics.overdue
        data["medianAge"] = metrics.medianOpenAgeDays.map { String(Int($0.rounded())) } ?? "–"
        return pages.render("findings", data)
    }

    @Sendable func importAssets(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
            throw WardError(.invalidInput, "send the file from the import form (multipart/form-data)", location: "file")
        }
        let buffer = try await request.body.collect(upTo: 64 * 1024 * 1024)
        let form = try MultipartForm(Array(buffer: buffer), boundary: boundary)
        try checkCSRF(form["_csrf"], request, context)
        guard let file = form.file("file") else {
            throw WardError(.invalidInput, "choose an nmap XML file", location: "file")
        }
        let (user, _) = try signedIn(context)
        do {
            let result = try await InventoryService(database: services.database, clock: services.clock).importNmap(
                Data(file.content),
                file: file.fileName ?? "upload.xml",
                organizationID: organization.id,
                actor: .init(userID: user.id, name: user.email, sourceAddress: context.remoteAddress)
            )
            let notice =
                "Read \(result.hostsRead) hosts: \(result.created) new, \(result.updated) updated, \(result.unchanged) unchanged"
            return Self.redirect("/orgs/\(organization.id.uuidString)/assets?" + services.notices.query(for: notice))
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderAssets(request, context, notice: nil, error: error.description, status: .badRequest)
        }
    }
}
