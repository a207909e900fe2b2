import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationCompat
import WardCore
import WardResponse
import WardStore

/// The asset inventory in the JSON API.
struct InventoryAPIRoutes {
    let services: ServerServices

    typealias Context = WardRequestContext

    func add(to api: RouterGroup<Context>) {
        api.get("organizations/:org/assets", use: listAssets)
        api.get("organizations/:org/assets/:asset", use: getAsset)
        api.post("organizations/:org/imports/nmap", use: importNmap)
        api.post("organizations/:org/imports/nessus", use: importNessus)
        api.get("organizations/:org/findings", use: listFindings)
    }

    private func organization(_ context: Context, _ permission: Permission) async throws -> Organization {
        try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: permission
        ).0
    }

    @Sendable func listAssets(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let medical = request.uri.queryParameters.get("medical") == "true"
        return try APIResponse.json(
            APIResponse.Items(
                items: try await services.store.assets.list(organizationID: organization.id, medicalOnly: medical)
            )
        )
    }

    struct AssetView: Encodable {
        var asset: Asset
        var history: [AssetChange]
    }

    @Sendable func getAsset(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let id = try context.parameters.uuid("asset")
        return try APIResponse.json(
            AssetView(
                asset: try await services.store.assets.get(id, organizationID: organization.id),
                history: try await services.store.assets.history(id, organizationID: organization.id)
            )
        )
    }

    @Sendable func importNessus(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: 256 * 1024 * 1024)
        } catch {
            throw WardError(.tooLarge, "Nessus files are limited to 256 MiB", location: "file")
        }
        let result = try await InventoryService(database: services.database, clock: services.clock).importNessus(
            Data(buffer: buffer),
            file: request.uri.queryParameters.get("name").map { String($0) } ?? "upload.nessus",
            organizationID: organization.id,
            actor: .init(
                userID: context.principal?.user?.id,
                name: context.principal?.auditName ?? "anonymous",
                sourceAddress: context.remoteAddress
            )
        )
        return try APIResponse.json(result, status: .created)
    }

    struct FindingView: Encodable {
        var finding: Finding
        var dueAt: Date?
        var overdue: Bool
        var kind: FindingKind
        /// Free help from the directory for this kind of finding.
        var help: [DirectoryEntry]
    }

    /// A page of findings, oldest first: `status` (open by default, or `all`), `severity` (lowest shown), `limit`,
    /// `offset`.
    @Sendable func listFindings(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let query = request.uri.queryParameters
        let statusText = query.get("status").map { String($0) } ?? "open"
        let status: FindingStatus? = statusText == "all" ? nil : FindingStatus(rawValue: statusText)
        guard statusText == "all" || status != nil else {
            throw WardError(.invalidInput, "unknown status '\(statusText)'", location: "status")
        }
        let severityText = query.get("severity").map { String($0) } ?? "info"
        guard let minimum = Severity(rawValue: severityText) else {
            throw WardError(.invalidInput, "unknown severity '\(severityText)'", location: "severity")
        }
        let findings = try await services.store.findings.list(
            organizationID: organization.id,
            status: status,
            minimumSeverity: minimum,
            limit: query.get("limit").flatMap { Int(String($0)) } ?? 50,
            offset: query.get("offset").flatMap { Int(String($0)) } ?? 0
        )
        let policy = RemediationPolicy()
        let now = services.clock()
        return try APIResponse.json(
            APIResponse.Items(
                items: findings.map {
                    let kind = FindingKind.of($0)
                    return FindingView(
                        finding: $0,
                        dueAt: policy.dueDate(of: $0),
                        overdue: policy.isOverdue($0, at: now),
                        kind: kind,
                        help: Directory.entries(for: kind, size: organization.sizeTier)
                    )
                }
            )
        )
    }

    /// The body is the nmap XML file; `?name=` names it in errors and the history.
    @Sendable func importNmap(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: 256 * 1024 * 1024)
        } catch {
            throw WardError(.tooLarge, "nmap files are limited to 256 MiB", location: "file")
        }
        let result = try await InventoryService(database: services.database, clock: services.clock).importNmap(
            Data(buffer: buffer),
            file: request.uri.queryParameters.get("name").map { String($0) } ?? "upload.xml",
            organizationID: organization.id,
            actor: .init(
                userID: context.principal?.user?.id,
                name: context.principal?.auditName ?? "anonymous",
                sourceAddress: context.remoteAddress
            )
        )
        return try APIResponse.json(result, status: .created)
    }
}
