import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardAssessment
import WardCore
import WardFrameworks
import WardReports
import WardStore

/// The framework library and the assessment workflow in the JSON API.
struct AssessmentAPIRoutes {
    let services: ServerServices

    typealias Context = WardRequestContext

    func add(to api: RouterGroup<Context>) {
        api.get("frameworks", use: listFrameworks)
        api.post("frameworks", use: importFrameworks)
        api.post("frameworks/validate", use: validateFrameworks)
        api.get("frameworks/:framework", use: showFramework)
        api.post("organizations/:org/size-suggestion", use: suggestSize)
        api.get("organizations/:org/assessments", use: listAssessments)
        api.post("organizations/:org/assessments", use: createAssessment)
        api.get("organizations/:org/assessments/:assessment", use: getAssessment)
        api.delete("organizations/:org/assessments/:assessment", use: deleteAssessment)
        api.get("organizations/:org/assessments/:assessment/answers", use: listAnswers)
        api.post("organizations/:org/assessments/:assessment/answers", use: saveAnswers)
        api.put("organizations/:org/assessments/:assessment/answers/:requirement", use: saveAnswer)
        api.post("organizations/:org/assessments/:assessment/answers/:requirement/sign", use: signAnswer)
        api.post("organizations/:org/assessments/:assessment/answers/:requirement/reopen", use: reopenAnswer)
        api.post("organizations/:org/assessments/:assessment/answers/:requirement/evidence/files", use: uploadEvidence)
        api.post("organizations/:org/assessments/:assessment/answers/:requirement/evidence/links", use: linkEvidence)
        api.get("organizations/:org/assessments/:assessment/evidence", use: listEvidence)
        api.get("organizations/:org/assessments/:assessment/evidence/:evidence/content", use: downloadEvidence)
        api.get("organizations/:org/assessments/:assessment/history", use: history)
        api.get("organizations/:org/assessments/:assessment/scores", use: scores)
        api.get("organizations/:org/assessments/:assessment/plan", use: plan)
        api.get("organizations/:org/assessments/:assessment/report", use: report)
        api.get("organizations/:org/assessments/:assessment/compare/:other", use: compare)
    }

    private var service: AssessmentService { services.assessments }

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

    // MARK: - Frameworks

    @Sendable func listFrameworks(_ request: Request, context: Context) async throws -> Response {
        guard context.principal != nil else { throw WardError(.unauthenticated, "sign in or send an API token") }
        return try json(AssessmentJSON.Library(try await services.catalog.current(services.store).library))
    }

    @Sendable func showFramework(_ request: Request, context: Context) async throws -> Response {
        guard context.principal != nil else { throw WardError(.unauthenticated, "sign in or send an API token") }
        let library = try await services.catalog.current(services.store).library
        let reference = context.parameters.get("framework") ?? ""
        guard let framework = library.framework(FrameworkKey(parsing: reference)) else {
            throw WardError(.notFound, "no framework '\(reference)'")
        }
        return try json(AssessmentJSON.FrameworkDetail(framework, library: library))
    }

    struct CatalogFiles: Decodable {
        struct File: Decodable {
            var name: String
            var content: String
        }
        var files: [File]
    }

    private func catalogFiles(_ request: Request, context: Context) async throws -> [(name: String, bytes: [UInt8])] {
        let body = try await request.decodeJSON(CatalogFiles.self, context: context)
        guard !body.files.isEmpty else { throw WardError(.invalidInput, "give at least one file", location: "files") }
        return body.files.map { ($0.name, Array($0.content.utf8)) }
    }

    private func problems(_ error: CatalogValidationError, status: HTTPResponse.Status) throws -> Response {
        try APIResponse.problems(error, code: "invalid_catalog", status: status)
    }

    @Sendable func validateFrameworks(_ request: Request, context: Context) async throws -> Response {
        guard context.principal != nil else { throw WardError(.unauthenticated, "sign in or send an API token") }
        let files = try await catalogFiles(request, context: context)
        do {
            let documents = try await services.catalog.validate(files, store: services.store)
            return try json(Items(items: documents.map(\.summary)))
        } catch let error as CatalogValidationError {
            return try problems(error, status: .unprocessableContent)
        }
    }

    /// Importing changes the library of every organization on this server, so only site administrators may.
    @Sendable func importFrameworks(_ request: Request, context: Context) async throws -> Response {
        let user = try services.access.user(context.principal)
        guard user.isSiteAdministrator else {
            throw WardError(.forbidden, "only site administrators add frameworks to the library")
        }
        let files = try await catalogFiles(request, context: context)
        do {
            let documents = try await services.catalog.importFiles(
                files,
                by: user.id,
                database: services.database,
                now: services.clock()
            )
            try await services.audit(
                .frameworkImported,
                organizationID: nil,
                principal: context.principal,
                target: documents.map(\.summary).joined(separator: ", "),
                context: context
            )
            return try json(Items(items: documents.map(\.summary)), status: .created)
        } catch let error as CatalogValidationError {
            return try problems(error, status: .unprocessableContent)
        }
    }

    // MARK: - Assessments

    @Sendable func suggestSize(_ request: Request, context: Context) async throws -> Response {
        _ = try await organization(context, .read)
        return try json(try await request.decodeJSON(SizeQuestionnaire.self, context: context).validated().suggest())
    }

    @Sendable func listAssessments(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try json(Items(items: try await services.store.assessments.list(organizationID: organization.id)))
    }

    struct CreateBody: Decodable {
        var framework: String?
        var tier: SizeTier?
        var title: String?
        var questionnaire: SizeQuestionnaire?
    }

    @Sendable func createAssessment(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let body = try await request.decodeJSON(CreateBody.self, context: context)
        let assessment = try await service.create(
            organization: organization,
            framework: body.framework ?? "hicp",
            tier: body.tier,
            title: body.title,
            questionnaire: body.questionnaire,
            actor: actor(context)
        )
        return try json(assessment, status: .created)
    }

    private func assessmentID(_ context: Context, _ name: String = "assessment") throws -> UUID {
        try context.parameters.uuid(name)
    }

    @Sendable func getAssessment(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let overview = try await service.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        return try json(AssessmentJSON.Scores(overview))
    }

    @Sendable func deleteAssessment(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let organization = try await organization(context, .manageOrganization)
        let id = try assessmentID(context)
        try await services.database.transaction { store in
            try await store.assessments.delete(id, organizationID: organization.id)
            try await services.audit(
                .assessmentDeleted,
                organizationID: organization.id,
                principal: context.principal,
                target: "assessment:\(id.uuidString.lowercased())",
                context: context,
                in: store
            )
        }
        return .noContent
    }

    @Sendable func listAnswers(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let id = try assessmentID(context)
        _ = try await services.store.assessments.get(id, organizationID: organization.id)
        let answers = try await services.store.assessments.answers(assessmentID: id, organizationID: organization.id)
        return try json(
            Items(
                items: answers.values.sorted {
                    $0.requirementID.compare($1.requirementID, options: .numeric) == .orderedAscending
                }
            )
        )
    }

    struct AnswerBody: Decodable {
        var status: String
        var maturity: Int?
        var notes: String?
        var notApplicableReason: String?
        var owner: String?
        var dueDate: String?
        var markedForReview: Bool?
        var expectedVersion: Int?
    }

    @Sendable func saveAnswer(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let id = try assessmentID(context)
        let requirement = context.parameters.get("requirement") ?? ""
        let body = try await request.decodeJSON(AnswerBody.self, context: context)
        let saved = try await service.answer(
            .init(
                requirementID: requirement,
                status: body.status,
                maturity: body.maturity,
                notes: body.notes,
                notApplicableReason: body.notApplicableReason,
                owner: body.owner,
                dueDate: body.dueDate,
                markedForReview: body.markedForReview,
                expectedVersion: body.expectedVersion
            ),
            assessmentID: id,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try json(saved)
    }

    struct AnswersBody: Decodable { var answers: [AssessmentService.AnswerInput] }

    @Sendable func saveAnswers(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let id = try assessmentID(context)
        let body = try await request.decodeJSON(AnswersBody.self, context: context)
        let saved = try await service.answer(
            body.answers,
            assessmentID: id,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try json(Items(items: saved))
    }

    @Sendable func signAnswer(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .signOffAnswers)
        _ = try await services.store.assessments.get(try assessmentID(context), organizationID: organization.id)
        let user = try services.access.user(context.principal)
        struct SignBody: Decodable { var expectedVersion: Int? }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let body: SignBody =
            buffer.readableBytes == 0 ? SignBody() : try Request.decodeJSONBuffer(SignBody.self, buffer)
        let answer = try await service.sign(
            requirementID: context.parameters.get("requirement") ?? "",
            assessmentID: try assessmentID(context),
            organizationID: organization.id,
            actor: .init(userID: user.id, name: user.email, sourceAddress: context.remoteAddress),
            expectedVersion: body.expectedVersion
        )
        return try json(answer)
    }

    @Sendable func reopenAnswer(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .signOffAnswers)
        _ = try await services.store.assessments.get(try assessmentID(context), organizationID: organization.id)
        let user = try services.access.user(context.principal)
        let answer = try await service.reopen(
            requirementID: context.parameters.get("requirement") ?? "",
            assessmentID: try assessmentID(context),
            organizationID: organization.id,
            actor: .init(userID: user.id, name: user.email, sourceAddress: context.remoteAddress)
        )
        return try json(answer)
    }

    /// The file is the raw request body; its name comes from `?name=`, its type from `Content-Type`.
    @Sendable func uploadEvidence(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let id = try assessmentID(context)
        let limit = AssessmentService.maximumEvidenceBytes
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw WardError(.tooLarge, "evidence files are limited to \(limit / 1_048_576) MiB", location: "file")
        }
        let name = request.uri.queryParameters.get("name") ?? "evidence"
        let evidence = try await service.attachFile(
            Array(buffer: buffer),
            name: name,
            mediaType: request.headers[.contentType],
            requirementID: context.parameters.get("requirement") ?? "",
            assessmentID: id,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try json(evidence, status: .created)
    }

    struct LinkBody: Decodable {
        var url: String
        var title: String?
    }

    @Sendable func linkEvidence(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let id = try assessmentID(context)
        let body = try await request.decodeJSON(LinkBody.self, context: context)
        let evidence = try await service.attachLink(
            body.url,
            title: body.title,
            requirementID: context.parameters.get("requirement") ?? "",
            assessmentID: id,
            organizationID: organization.id,
            actor: actor(context)
        )
        return try json(evidence, status: .created)
    }

    @Sendable func listEvidence(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let id = try assessmentID(context)
        _ = try await services.store.assessments.get(id, organizationID: organization.id)
        return try json(
            Items(
                items: try await services.store.assessments.evidence(assessmentID: id, organizationID: organization.id)
            )
        )
    }

    @Sendable func downloadEvidence(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try await EvidenceDownload.response(
            services: services,
            organizationID: organization.id,
            assessmentID: try assessmentID(context),
            evidenceID: try context.parameters.uuid("evidence")
        )
    }

    @Sendable func history(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let id = try assessmentID(context)
        _ = try await services.store.assessments.get(id, organizationID: organization.id)
        let requirement = request.uri.queryParameters.get("requirement")
        return try json(
            Items(
                items: try await services.store.assessments.history(
                    assessmentID: id,
                    requirementID: requirement,
                    organizationID: organization.id
                )
            )
        )
    }

    @Sendable func scores(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let overview = try await service.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        return try json(AssessmentJSON.Scores(overview))
    }

    @Sendable func plan(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let overview = try await service.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        if request.uri.queryParameters.get("format") == "csv" {
            try await services.audit(
                .export,
                organizationID: organization.id,
                principal: context.principal,
                target: "assessment:\(overview.assessment.id.uuidString.lowercased())",
                context: context,
                details: ["format": "action-plan-csv"]
            )
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"action-plan.csv\"",
                ],
                body: .init(byteBuffer: ByteBuffer(string: overview.plan.csv()))
            )
        }
        return try json(AssessmentJSON.Plan(overview.plan))
    }

    @Sendable func report(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let overview = try await service.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        return try await services.executiveReportResponse(overview, organization: organization, context: context)
    }

    @Sendable func compare(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        let result = try await service.compare(
            try assessmentID(context),
            try assessmentID(context, "other"),
            organizationID: organization.id
        )
        return try json(
            AssessmentJSON.Comparison(before: result.before, after: result.after, comparison: result.comparison)
        )
    }
}

/// Serves an evidence file as a download that no browser runs: attachment disposition, a plain media type, nosniff
/// (set for every response) and a sandboxing CSP.
enum EvidenceDownload {
    static func response(
        services: ServerServices,
        organizationID: UUID,
        assessmentID: UUID,
        evidenceID: UUID
    ) async throws -> Response {
        let store = services.store
        let evidence = try await store.assessments.evidence(assessmentID: assessmentID, organizationID: organizationID)
        guard let item = evidence.first(where: { $0.id == evidenceID }), item.kind == .file, let hash = item.sha256
        else {
            throw WardError(.notFound, "no such evidence file")
        }
        let content = try await store.assessments.evidenceContent(sha256: hash, organizationID: organizationID)
        return attachment(content, title: item.title, mediaType: item.mediaType)
    }

    /// A stored file as a download no browser runs: attachment disposition, a plain media type and a sandbox policy.
    static func attachment(_ content: [UInt8], title: String, mediaType: String?) -> Response {
        let safeName = String(
            title.unicodeScalars.map {
                $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_"
            }
        )
        return Response(
            status: .ok,
            headers: [
                .contentType: mediaType ?? "application/octet-stream",
                .contentDisposition: "attachment; filename=\"\(safeName)\"",
                .contentSecurityPolicy: "sandbox; default-src 'none'",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: content))
        )
    }
}
