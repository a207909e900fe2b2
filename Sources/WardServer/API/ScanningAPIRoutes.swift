import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardCore
import WardScanner
import WardStore

/// Rescanning, scan jobs and scan agents in the JSON API, and the agent protocol (`/api/v1/agent/…`), which only an
/// agent token opens.
struct ScanningAPIRoutes {
    let services: ServerServices

    typealias Context = WardRequestContext

    func add(to api: RouterGroup<Context>) {
        api.get("organizations/:org/rescan", use: getSettings)
        api.put("organizations/:org/rescan", use: putSettings)
        api.get("organizations/:org/scan-jobs", use: listJobs)
        api.post("organizations/:org/scan-jobs/plan", use: planJobs)
        api.get("organizations/:org/agents", use: listAgents)
        api.post("organizations/:org/agents", use: createAgent)
        api.delete("organizations/:org/agents/:agent", use: revokeAgent)
        api.get("organizations/:org/scans", use: listScans)
        api.post("organizations/:org/scans", use: startScan)
        api.get("organizations/:org/scans/:scan", use: getScan)
        api.post("organizations/:org/scans/:scan/cancel", use: cancelScan)
        api.get("organizations/:org/scans/:scan/nmap.xml", use: scanXML)
        api.get("agent/jobs", use: agentJobs)
        api.post("agent/jobs/:job/results", use: agentResults)
    }

    private var scanning: ScanningService { ScanningService(database: services.database, clock: services.clock) }

    private func organization(_ context: Context, _ permission: Permission) async throws -> Organization {
        try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: permission
        ).0
    }

    private func actor(_ context: Context) -> AssessmentService.Actor {
        .init(
            userID: context.principal?.user?.id,
            name: context.principal?.auditName ?? "anonymous",
            sourceAddress: context.remoteAddress
        )
    }

    @Sendable func getSettings(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try APIResponse.json(try await scanning.settings(organizationID: organization.id))
    }

    @Sendable func putSettings(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .manageScope)
        let settings = try await request.decodeJSON(RescanSettings.self, context: context)
        try await scanning.setSettings(settings, organizationID: organization.id, actor: actor(context))
        return try APIResponse.json(settings)
    }

    @Sendable func listJobs(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let stateText = request.uri.queryParameters.get("state").map { String($0) }
        let state = try stateText.map { text in
            guard let state = ScanJob.State(rawValue: text) else {
                throw WardError(.invalidInput, "unknown job state '\(text)'", location: "state")
            }
            return state
        }
        return try APIResponse.json(
            APIResponse.Items(
                items: try await services.store.scanJobs.list(organizationID: organization.id, state: state)
            )
        )
    }

    struct PlanBody: Encodable {
        var queued: Int
    }

    @Sendable func planJobs(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        return try APIResponse.json(PlanBody(queued: try await scanning.plan(organizationID: organization.id)))
    }

    @Sendable func listAgents(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try APIResponse.json(
            APIResponse.Items(items: try await services.store.scanAgents.list(organizationID: organization.id))
        )
    }

    struct NewAgent: Decodable {
        var name: String
        var segment: [String]
    }

    struct CreatedAgent: Encodable {
        var agent: ScanAgent
        /// Shown once; only its hash is kept.
        var token: String
    }

    @Sendable func createAgent(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .manageTokens)
        let body = try await request.decodeJSON(NewAgent.self, context: context)
        let (agent, token) = try await scanning.createAgent(
            name: body.name,
            segment: body.segment,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try APIResponse.json(CreatedAgent(agent: agent, token: token), status: .created)
    }

    @Sendable func revokeAgent(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .manageTokens)
        let agent = try await scanning.revokeAgent(
            try context.parameters.uuid("agent"),
            organizationID: organization.id,
            actor: actor(context)
        )
        return try APIResponse.json(agent)
    }

    // MARK: Scans

    private var scans: ScanRunService { ScanRunService(database: services.database, clock: services.clock) }

    @Sendable func listScans(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let limit = request.uri.queryParameters.get("limit").flatMap { Int(String($0)) } ?? 100
        return try APIResponse.json(
            APIResponse.Items(
                items: try await services.store.scanRuns.list(organizationID: organization.id, limit: limit)
            )
        )
    }

    @Sendable func startScan(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: .writeSecurityData
        )
        let body = try await request.decodeJSON(ScanRunService.Request.self, context: context)
        let run = try await scans.start(
            body,
            organizationID: organization.id,
            actor: actor(context),
            mayUseIntrusiveProfiles: role.allows(.manageScope)
        )
        return try APIResponse.json(run, status: .accepted)
    }

    /// A scan with its progress and, once it ended, what it found.
    struct ScanView: Encodable {
        var scan: ScanRun
        var result: ScanRunService.Result?
    }

    @Sendable func getScan(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let id = try context.parameters.uuid("scan")
        let run = try await services.store.scanRuns.get(id, organizationID: organization.id)
        let result = run.state.isFinished ? try await scans.result(id, organizationID: organization.id) : nil
        return try APIResponse.json(ScanView(scan: run, result: result))
    }

    @Sendable func cancelScan(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let run = try await scans.cancel(
            try context.parameters.uuid("scan"),
            organizationID: organization.id,
            actor: actor(context)
        )
        return try APIResponse.json(run)
    }

    /// An ended scan in nmap's XML output format, for tools that read nmap's results.
    @Sendable func scanXML(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let id = try context.parameters.uuid("scan")
        let run = try await services.store.scanRuns.get(id, organizationID: organization.id)
        guard run.state.isFinished, let result = try await scans.result(id, organizationID: organization.id) else {
            throw WardError(.conflict, "the scan has not ended yet", location: "scan")
        }
        let xml = NmapXMLWriter.write(
            result.hosts,
            arguments: "ward scan \(run.targets.joined(separator: " ")) --ports \(run.ports) --profile \(run.profile)",
            startedAt: run.startedAt ?? run.createdAt,
            finishedAt: run.finishedAt ?? run.createdAt
        )
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/xml; charset=utf-8",
                .contentDisposition: "attachment; filename=\"ward-scan-\(id.uuidString.lowercased()).xml\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: xml))
        )
    }

    /// The agent behind the request's agent token.
    private func agent(_ context: Context) async throws -> ScanAgent {
        guard let token = context.agentToken else {
            throw WardError(.unauthenticated, "send the agent's token as 'Authorization: Bearer wagent_…'")
        }
        return try await scanning.agent(token: token)
    }

    @Sendable func agentJobs(_ request: Request, context: Context) async throws -> Response {
        let agent = try await agent(context)
        let limit = request.uri.queryParameters.get("limit").flatMap { Int(String($0)) } ?? 8
        return try APIResponse.json(APIResponse.Items(items: try await scanning.claim(for: agent, limit: limit)))
    }

    @Sendable func agentResults(_ request: Request, context: Context) async throws -> Response {
        let agent = try await agent(context)
        let report = try await request.decodeJSON(AgentReport.self, context: context)
        let job = try await scanning.submit(
            report.scan,
            facts: report.facts,
            jobID: try context.parameters.uuid("job"),
            agent: agent,
            sourceAddress: context.remoteAddress
        )
        return try APIResponse.json(job)
    }
}
