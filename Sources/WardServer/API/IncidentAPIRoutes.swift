import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardCore
import WardFrameworks
import WardResponse
import WardStore

/// Incidents, reporting obligations, reporting rule sets and the directory in the JSON API.
struct IncidentAPIRoutes {
    let services: ServerServices

    typealias Context = WardRequestContext

    func add(to api: RouterGroup<Context>) {
        api.get("directory", use: directory)
        api.get("reporting-rules", use: listRuleSets)
        api.post("reporting-rules", use: importRuleSets)
        api.get("organizations/:org/incidents", use: listIncidents)
        api.post("organizations/:org/incidents", use: createIncident)
        api.get("organizations/:org/incidents/:incident", use: getIncident)
        api.put("organizations/:org/incidents/:incident", use: updateIncident)
        api.post("organizations/:org/incidents/:incident/timeline", use: addTimeline)
        api.post("organizations/:org/incidents/:incident/checklist/:step", use: setStep)
        api.post("organizations/:org/incidents/:incident/reports/:obligation/filed", use: fileReport)
        api.get("organizations/:org/incidents/:incident/reports/:obligation/package", use: package)
        api.get("organizations/:org/incidents/:incident/evidence", use: listEvidence)
        api.post("organizations/:org/incidents/:incident/evidence", use: uploadEvidence)
        api.get("organizations/:org/incidents/:incident/evidence/:evidence", use: downloadEvidence)
    }

    private var service: IncidentService { services.incidents }

    private func organization(_ context: Context, _ permission: Permission) async throws -> Organization {
        try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: permission
        ).0
    }

    private func actor(_ context: Context) -> AssessmentService.Actor {
        AssessmentService.Actor(
            userID: context.principal?.user?.id,
            name: context.principal?.auditName ?? "anonymous",
            sourceAddress: context.remoteAddress
        )
    }

    private func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        try APIResponse.json(value, status: status)
    }

    typealias Items = APIResponse.Items

    @Sendable func directory(_ request: Request, context: Context) async throws -> Response {
        guard context.principal != nil else { throw WardError(.unauthenticated, "sign in or send an API token") }
        return try json(Items(items: Directory.entries))
    }

    struct RuleSetSummary: Encodable {
        var id: String
        var version: String
        var title: String
        var source: String
        var rules: [RuleSummary]
    }

    struct RuleSummary: Encodable {
        var id: String
        var title: String
        var recipient: String
        var legalStatus: String
        var deadline: String
        var source: String
    }

    @Sendable func listRuleSets(_ request: Request, context: Context) async throws -> Response {
        guard context.principal != nil else { throw WardError(.unauthenticated, "sign in or send an API token") }
        let sets = try await service.ruleSets()
        return try json(
            Items(
                items: sets.map { set in
                    RuleSetSummary(
                        id: set.id,
                        version: set.version,
                        title: set.title,
                        source: set.source,
                        rules: set.rules.map {
                            RuleSummary(
                                id: $0.id,
                                title: $0.title,
                                recipient: $0.recipient,
                                legalStatus: $0.legalStatus.rawValue,
                                deadline: $0.deadlineText,
                                source: $0.source
                            )
                        }
                    )
                }
            )
        )
    }

    struct Files: Decodable {
        struct File: Decodable {
            var name: String
            var content: String
        }
        var files: [File]
    }

    /// Rule sets apply to every organization on the server, so only site administrators import them.
    @Sendable func importRuleSets(_ request: Request, context: Context) async throws -> Response {
        let user = try services.access.user(context.principal)
        guard user.isSiteAdministrator else {
            throw WardError(.forbidden, "only site administrators import reporting rules")
        }
        let body = try await request.decodeJSON(Files.self, context: context)
        do {
            let sets = try await service.importRuleSets(
                body.files.map { ($0.name, Array($0.content.utf8)) },
                actor: actor(context)
            )
            return try json(Items(items: sets.map { "\($0.id)@\($0.version)" }), status: .created)
        } catch let error as CatalogValidationError {
            return try APIResponse.problems(error, code: "invalid_rules")
        }
    }

    @Sendable func listEvidence(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        return try json(
            Items(items: try await services.store.incidents.evidence(incidentID: id, organizationID: organization.id))
        )
    }

    /// The file is the raw request body; `?name=` names it, `Content-Type` types it.
    @Sendable func uploadEvidence(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: AssessmentService.maximumEvidenceBytes)
        } catch {
            throw WardError(
                .tooLarge,
                "files are limited to \(AssessmentService.maximumEvidenceBytes / 1_048_576) MiB",
                location: "file"
            )
        }
        let file = try await service.attachFile(
            Array(buffer: buffer),
            name: request.uri.queryParameters.get("name").map { String($0) } ?? "evidence",
            mediaType: request.headers[.contentType],
            incidentID: id,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try json(file, status: .created)
    }

    @Sendable func downloadEvidence(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let (file, content) = try await service.evidenceContent(
            try context.parameters.uuid("evidence"),
            incidentID: try context.parameters.uuid("incident"),
            organizationID: organization.id
        )
        return EvidenceDownload.attachment(content, title: file.title, mediaType: file.mediaType)
    }

    @Sendable func listIncidents(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try json(Items(items: try await services.store.incidents.list(organizationID: organization.id)))
    }

    /// The facts of an incident as a client sends them.
    struct IncidentBody: Decodable {
        var title: String
        var kind: IncidentKind
        var status: IncidentStatus?
        var isExercise: Bool?
        var summary: String?
        var occurredAt: Date?
        var discoveredAt: Date
        var timeZone: String?
        var affectedSystems: [String]?
        var phiInvolved: Bool?
        var individualsAffected: Int?
        var statesAffected: [String: Int]?
        var ransomDemanded: Bool?
        var ransomPaid: Bool?
        var ransomPaidAt: Date?
        var coveredIncident: Bool?
        var diversion: Bool?
        var downtimeProcedures: Bool?
        var patientCareImpact: Bool?
        var people: [String]?
        var contactName: String?
        var contactEmail: String?

        func incident(id: UUID = UUID(), organizationID: UUID) -> Incident {
            Incident(
                id: id,
                organizationID: organizationID,
                title: title,
                kind: kind,
                status: status ?? .open,
                isExercise: isExercise ?? false,
                summary: summary ?? "",
                occurredAt: occurredAt,
                discoveredAt: discoveredAt,
                timeZone: timeZone ?? "UTC",
                affectedSystems: affectedSystems ?? [],
                phiInvolved: phiInvolved ?? false,
                individualsAffected: individualsAffected ?? 0,
                statesAffected: statesAffected ?? [:],
                ransomDemanded: ransomDemanded ?? false,
                ransomPaid: ransomPaid ?? false,
                ransomPaidAt: ransomPaidAt,
                coveredIncident: coveredIncident ?? false,
                patientCareImpact: patientCareImpact ?? false,
                diversion: diversion ?? false,
                downtimeProcedures: downtimeProcedures ?? false,
                people: people ?? [],
                contactName: contactName ?? "",
                contactEmail: contactEmail ?? ""
            )
        }
    }

    @Sendable func createIncident(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let body = try await request.decodeJSON(IncidentBody.self, context: context)
        let created = try await service.create(body.incident(organizationID: organization.id), actor: actor(context))
        return try json(created, status: .created)
    }

    struct IncidentView: Encodable {
        var incident: Incident
        var timeline: [TimelineEntry]
        var playbook: PlaybookView?
        var obligations: [ObligationView]
    }

    struct PlaybookView: Encodable {
        var title: String
        var steps: [StepView]
    }

    struct StepView: Encodable {
        var id: String
        var phase: String
        var text: String
        var hicp: String?
        var doneBy: String?
        var doneAt: Date?
    }

    struct ObligationView: Encodable {
        var id: String
        var title: String
        var recipient: String
        var legalStatus: String
        var source: String
        var portal: String?
        var deadline: String
        var dueAt: Date?
        var due: String
        var countdown: String
        var state: String
        var filedAt: Date?
        var package: [Obligation.PackageField]
        var note: String?
    }

    static func view(_ overview: IncidentService.Overview) -> IncidentView {
        IncidentView(
            incident: overview.incident,
            timeline: overview.timeline,
            playbook: overview.playbook.map { playbook in
                PlaybookView(
                    title: playbook.title,
                    steps: playbook.steps.map {
                        StepView(
                            id: $0.id,
                            phase: $0.phase,
                            text: $0.text,
                            hicp: $0.hicp,
                            doneBy: overview.checklist[$0.id]?.doneBy,
                            doneAt: overview.checklist[$0.id]?.doneAt
                        )
                    }
                )
            },
            obligations: overview.obligations.map {
                ObligationView(
                    id: $0.id,
                    title: $0.rule.title,
                    recipient: $0.rule.recipient,
                    legalStatus: $0.rule.legalStatus.rawValue,
                    source: $0.rule.source,
                    portal: $0.rule.portal,
                    deadline: $0.rule.deadlineText,
                    dueAt: $0.dueAt,
                    due: $0.dueText,
                    countdown: $0.countdown,
                    state: $0.state.rawValue,
                    filedAt: $0.filedAt,
                    package: $0.package,
                    note: $0.rule.note
                )
            }
        )
    }

    @Sendable func getIncident(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try json(
            Self.view(try await service.overview(try context.parameters.uuid("incident"), organization: organization))
        )
    }

    @Sendable func updateIncident(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        let body = try await request.decodeJSON(IncidentBody.self, context: context)
        return try json(
            try await service.update(body.incident(id: id, organizationID: organization.id), actor: actor(context))
        )
    }

    struct TimelineBody: Decodable {
        var text: String
        var at: Date?
    }

    @Sendable func addTimeline(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let organization = try await organization(context, .writeSecurityData)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        let body = try await request.decodeJSON(TimelineBody.self, context: context)
        try await service.addTimeline(
            body.text,
            at: body.at,
            incidentID: id,
            organizationID: organization.id,
            actor: actor(context)
        )
        return .created
    }

    struct StepBody: Decodable { var done: Bool }

    @Sendable func setStep(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let organization = try await organization(context, .writeSecurityData)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        let body = try await request.decodeJSON(StepBody.self, context: context)
        try await service.setStep(
            context.parameters.get("step") ?? "",
            done: body.done,
            incidentID: id,
            organizationID: organization.id,
            actor: actor(context)
        )
        return .noContent
    }

    struct FiledBody: Decodable { var reference: String? }

    @Sendable func fileReport(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let organization = try await organization(context, .writeSecurityData)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        let body = try await request.decodeJSON(FiledBody.self, context: context)
        try await service.file(
            context.parameters.get("obligation") ?? "",
            reference: body.reference,
            incident: id,
            organization: organization,
            actor: actor(context)
        )
        return .noContent
    }

    @Sendable func package(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let overview = try await service.overview(try context.parameters.uuid("incident"), organization: organization)
        let obligationID = context.parameters.get("obligation") ?? ""
        guard let obligation = overview.obligations.first(where: { $0.id == obligationID }) else {
            throw WardError(.notFound, "this incident makes no report '\(obligationID)' due")
        }
        try await services.audit(
            .export,
            organizationID: organization.id,
            principal: context.principal,
            target: "incident:\(overview.incident.id.uuidString.lowercased())",
            context: context,
            details: ["report": obligationID]
        )
        if request.uri.queryParameters.get("format") == "text" {
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/plain; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"\(obligation.rule.id).txt\"",
                ],
                body: .init(
                    byteBuffer: ByteBuffer(string: IncidentService.packageText(obligation, incident: overview.incident))
                )
            )
        }
        return try json(Self.view(overview).obligations.first { $0.id == obligationID })
    }
}
