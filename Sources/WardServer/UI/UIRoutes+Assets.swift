import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationCompat
import WardCore
import WardStore

/// The inventory page: assets with a medical-device view, and nmap imports.
extension UIRoutes {
    func addAssetRoutes(to router: Router<Context>) {
        router.get("orgs/:org/assets", use: assetsPage)
        router.post("orgs/:org/assets/import", use: importAssets)
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
