import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationCompat
import WardCore
import WardInterop
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
        api.patch("organizations/:org/assets/:asset", use: editAsset)
        api.post("organizations/:org/imports/openvas", use: importOpenVAS)
        api.post("organizations/:org/imports/csv", use: importCSV)
        api.get("organizations/:org/findings", use: listFindings)
        api.get("organizations/:org/findings/:finding", use: getFinding)
        api.post("organizations/:org/findings/:finding/false-positive", use: markFalsePositive)
        api.post("organizations/:org/findings/:finding/accept", use: acceptRisk)
        api.post("organizations/:org/findings/:finding/reopen", use: reopenFinding)
        api.get("organizations/:org/remediation", use: getRemediation)
        api.put("organizations/:org/remediation/policy", use: putRemediationPolicy)
    }

    private var inventory: InventoryService { InventoryService(database: services.database, clock: services.clock) }

    private func actor(_ context: Context) -> AssessmentService.Actor {
        .init(
            userID: context.principal?.user?.id,
            name: context.principal?.auditName ?? "anonymous",
            sourceAddress: context.remoteAddress
        )
    }

    /// The finding key from the path, where it travels percent-encoded (`|` is `%7C`).
    private func findingKey(_ context: Context) throws -> String {
        guard let raw = context.parameters.get("finding"), let key = raw.removingPercentEncoding, !key.isEmpty else {
            throw WardError(.invalidInput, "name the finding by its key", location: "finding")
        }
        return key
    }

    /// The request body, up to the importers' limit.
    private func upload(_ request: Request, limit: Int, what: String) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch {
            throw WardError(.tooLarge, "\(what) files are limited to \(limit >> 20) MiB", location: "file")
        }
    }

    /// The body is the Greenbone XML report; `?name=` names it in errors and the history.
    @Sendable func importOpenVAS(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let buffer = try await upload(request, limit: 256 << 20, what: "OpenVAS")
        let result = try await inventory.importOpenVAS(
            Data(buffer: buffer),
            file: request.uri.queryParameters.get("name").map { String($0) } ?? "upload.xml",
            organizationID: organization.id,
            actor: actor(context)
        )
        return try APIResponse.json(result, status: .created)
    }

    /// The body is the CSV file; `?name=` names it, `?mapping=name=Device Name,addresses=IP` maps its columns.
    @Sendable func importCSV(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let buffer = try await upload(request, limit: 64 << 20, what: "CSV")
        let mapping =
            try request.uri.queryParameters.get("mapping").map {
                try AssetCSV.mapping(parsing: String($0))
            } ?? [:]
        let result = try await inventory.importCSV(
            String(decoding: Data(buffer: buffer), as: UTF8.self),
            file: request.uri.queryParameters.get("name").map { String($0) } ?? "upload.csv",
            mapping: mapping,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try APIResponse.json(result, status: .created)
    }

    @Sendable func editAsset(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let edit = try await request.decodeJSON(AssetEdit.self, context: context)
        let asset = try await inventory.edit(
            try context.parameters.uuid("asset"),
            edit,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try APIResponse.json(asset)
    }

    @Sendable func getFinding(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try APIResponse.json(
            try await inventory.finding(try findingKey(context), organizationID: organization.id)
        )
    }

    struct FalsePositiveBody: Decodable {
        var reason: String
        var expiresAt: Date?
    }

    @Sendable func markFalsePositive(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let body = try await request.decodeJSON(FalsePositiveBody.self, context: context)
        let actor = actor(context)
        let policy = try await inventory.remediationPolicy(organizationID: organization.id)
        let finding = try await inventory.decide(
            findingKey: try findingKey(context),
            organizationID: organization.id,
            actor: actor
        ) { finding, now in
            try FindingsLifecycle.markFalsePositive(
                finding,
                reason: body.reason,
                by: actor.name,
                at: now,
                expiresAt: body.expiresAt,
                policy: policy
            )
        }
        return try APIResponse.json(finding)
    }

    struct AcceptBody: Decodable {
        var approver: String
        var expiresAt: Date
        var compensatingControls: String
    }

    @Sendable func acceptRisk(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let body = try await request.decodeJSON(AcceptBody.self, context: context)
        let finding = try await inventory.decide(
            findingKey: try findingKey(context),
            organizationID: organization.id,
            actor: actor(context)
        ) { finding, now in
            try FindingsLifecycle.acceptRisk(
                finding,
                approver: body.approver,
                until: body.expiresAt,
                compensatingControls: body.compensatingControls,
                at: now
            )
        }
        return try APIResponse.json(finding)
    }

    struct ReopenBody: Decodable {
        var reason: String
    }

    @Sendable func reopenFinding(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let body = try await request.decodeJSON(ReopenBody.self, context: context)
        let actor = actor(context)
        let finding = try await inventory.decide(
            findingKey: try findingKey(context),
            organizationID: organization.id,
            actor: actor
        ) { finding, now in
            try FindingsLifecycle.reopen(finding, reason: body.reason, by: actor.name, at: now)
        }
        return try APIResponse.json(finding)
    }

    struct RemediationView: Encodable {
        var policy: RemediationPolicy
        var current: FindingMetrics
        /// Weekly figures, oldest first.
        var weeks: [FindingSnapshotRecords.Snapshot]
    }

    @Sendable func getRemediation(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let policy = try await inventory.remediationPolicy(organizationID: organization.id)
        let snapshot = try await FindingSnapshots(database: services.database, clock: services.clock).current(
            organizationID: organization.id
        )
        return try APIResponse.json(
            RemediationView(
                policy: policy,
                current: snapshot.metrics,
                weeks: try await services.store.findingSnapshots.list(organizationID: organization.id)
            )
        )
    }

    @Sendable func putRemediationPolicy(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .manageOrganization)
        let policy = try await request.decodeJSON(RemediationPolicy.self, context: context)
        try await inventory.setRemediationPolicy(policy, organizationID: organization.id, actor: actor(context))
        return try APIResponse.json(policy)
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
        let query = request.uri.queryParameters
        let medical = query.get("medical") == "true"
        let csv = query.get("format") == "csv"
        // JSON may be paged (`limit` 1–5000, `offset`); the CSV export is always the whole inventory.
        var limit: Int?
        var offset = 0
        if !csv, let text = query.get("limit") {
            guard let value = Int(text), (1...5_000).contains(value) else {
                throw WardError(.invalidInput, "limit must be a number from 1 to 5000", location: "limit")
            }
            limit = value
        }
        if !csv, let text = query.get("offset") {
            guard let value = Int(text), value >= 0 else {
                throw WardError(.invalidInput, "offset must be a number from 0 up", location: "offset")
            }
            offset = value
        }
        let assets = try await services.store.assets.list(
            organizationID: organization.id,
            medicalOnly: medical,
            limit: limit,
            offset: offset
        )
        if csv {
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"assets.csv\"",
                ],
                body: .init(byteBuffer: ByteBuffer(string: AssetCSV.export(assets)))
            )
        }
        return try APIResponse.json(APIResponse.Items(items: assets))
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
        let policy = try await inventory.remediationPolicy(organizationID: organization.id)
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
