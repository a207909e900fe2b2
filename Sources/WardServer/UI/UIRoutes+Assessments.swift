import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardAssessment
import WardCore
import WardFrameworks
import WardReports
import WardStore

/// The assessment pages: list and start, the summary with scores and crosswalk coverage, practice-by-practice
/// answering with evidence and sign-off, the action plan, comparison, history and the executive report.
extension UIRoutes {
    func addAssessmentRoutes(to router: Router<Context>) {
        router.get("orgs/:org/assessments", use: assessmentsPage)
        router.post("orgs/:org/assessments", use: createAssessment)
        router.get("orgs/:org/assessment-comparison", use: comparePage)
        router.get("orgs/:org/assessments/:assessment", use: assessmentPage)
        router.post("orgs/:org/assessments/:assessment/delete", use: deleteAssessment)
        router.get("orgs/:org/assessments/:assessment/practices/:group", use: practicePage)
        router.post("orgs/:org/assessments/:assessment/practices/:group", use: savePractice)
        router.post("orgs/:org/assessments/:assessment/answers/:requirement/evidence", use: uploadEvidence)
        router.post("orgs/:org/assessments/:assessment/answers/:requirement/links", use: addLink)
        router.post("orgs/:org/assessments/:assessment/answers/:requirement/sign", use: signAnswer)
        router.post("orgs/:org/assessments/:assessment/answers/:requirement/reopen", use: reopenAnswer)
        router.get("orgs/:org/assessments/:assessment/evidence/:evidence", use: downloadEvidence)
        router.get("orgs/:org/assessments/:assessment/plan", use: planPage)
        router.get("orgs/:org/assessments/:assessment/plan.csv", use: planCSV)
        router.get("orgs/:org/assessments/:assessment/report", use: reportPage)
        router.get("orgs/:org/assessments/:assessment/history", use: historyPage)
    }

    private var assessments: AssessmentService { services.assessments }

    private func actor(_ context: Context) throws -> AssessmentService.Actor {
        let (user, _) = try signedIn(context)
        return AssessmentService.Actor(userID: user.id, name: user.email, sourceAddress: context.remoteAddress)
    }

    private func assessmentID(_ context: Context) throws -> UUID { try context.parameters.uuid("assessment") }

    private func base(_ organization: Organization, _ id: UUID) -> String {
        "/orgs/\(organization.id.uuidString)/assessments/\(id.uuidString)"
    }

    private static func formatted(_ score: Double?) -> String { score.map { String(Int($0.rounded())) } ?? "–" }

    // MARK: List and create

    @Sendable func assessmentsPage(_ request: Request, context: Context) async throws -> Response {
        try await renderAssessments(context, notice: services.notices.read(request), error: nil)
    }

    private func renderAssessments(_ context: Context, notice: String?, error: String?) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Assessments",
            organization: organization,
            role: role,
            page: "assessments"
        )
        let list = try await services.store.assessments.list(organizationID: organization.id)
        data["assessments"] = list.map {
            [
                "id": $0.id.uuidString, "title": $0.title, "framework": "\($0.frameworkID) \($0.frameworkEdition)",
                "tier": $0.tier.rawValue, "created": Self.show($0.createdAt),
            ]
        }
        data["canCompare"] = list.count >= 2
        data["canWrite"] = role.allows(.writeSecurityData)
        let library = try await services.catalog.current(services.store).library
        data["frameworks"] = library.sortedFrameworks.filter(\.complete).map {
            ["key": $0.key.description, "title": $0.title, "edition": $0.key.edition, "selected": $0.key.id == "hicp"]
                as [String: Any]
        }
        data["notice"] = notice
        data["error"] = error
        return pages.render("assessments", data)
    }

    @Sendable func createAssessment(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        do {
            func number(_ name: String) throws -> Int? {
                guard let text = form[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                guard let value = Int(text) else {
                    throw WardError(.invalidInput, "'\(text)' is not a whole number", location: name)
                }
                return value
            }
            let questionnaire = SizeQuestionnaire(
                providers: try number("providers"),
                beds: try number("beds"),
                workforce: try number("workforce"),
                itStaff: try number("it_staff"),
                securityStaff: try number("security_staff"),
                itAssets: try number("it_assets"),
                outsourcedIT: form["outsourced_it"] == "yes" ? true : nil
            )
            let answered = questionnaire != SizeQuestionnaire()
            let tierText = form["tier"] ?? ""
            let assessment = try await assessments.create(
                organization: organization,
                framework: form["framework"] ?? "hicp",
                tier: tierText.isEmpty ? nil : try SizeTier(parsing: tierText, location: "tier"),
                title: form["title"],
                questionnaire: answered ? questionnaire : nil,
                actor: try actor(context)
            )
            return Self.redirect(
                base(organization, assessment.id) + "?"
                    + services.notices.query(for: "Assessment started: \(assessment.tierRationale)")
            )
        } catch let error as WardError where [.invalidInput, .notFound].contains(error.code) {
            var response = try await renderAssessments(context, notice: nil, error: error.description)
            response.status = .badRequest
            return response
        }
    }

    @Sendable func deleteAssessment(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .manageOrganization)
        _ = try await verifiedForm(request, context)
        let id = try assessmentID(context)
        let actor = try actor(context)
        try await services.database.transaction { store in
            try await store.assessments.delete(id, organizationID: organization.id)
            try await store.audit.append(
                AuditEvent(
                    occurredAt: services.clock(),
                    organizationID: organization.id,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .assessmentDeleted,
                    target: "assessment:\(id.uuidString.lowercased())",
                    sourceAddress: actor.sourceAddress
                )
            )
        }
        return Self.redirect(
            "/orgs/\(organization.id.uuidString)/assessments?" + services.notices.query(for: "Assessment deleted")
        )
    }

    // MARK: Summary

    @Sendable func assessmentPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let overview = try await assessments.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        var data = try await layoutData(
            context,
            title: overview.assessment.title,
            organization: organization,
            role: role,
            page: "assessments"
        )
        let card = overview.scorecard
        let framework = overview.framework
        data["assessment"] = assessmentData(overview.assessment)
        data["assessmentID"] = overview.assessment.id.uuidString
        data["framework"] = ["title": framework.title, "edition": framework.key.edition]
        data["answered"] = card.answeredCount
        data["applicable"] = card.applicableCount
        data["progressPercent"] = Int((card.progress * 100).rounded())
        data["overall"] = Self.formatted(card.overall)
        data["maturity"] = card.averageMaturity.map { String(format: "%.1f", $0) }
        data["levelName"] = (framework.levels.first ?? "group").capitalized
        let applicable = Set(overview.applicable.map(\.id))
        data["groups"] = framework.requirements.compactMap { top -> [String: Any]? in
            let leaves = framework.leaves(under: top.id).filter { applicable.contains($0.id) }
            guard !leaves.isEmpty else { return nil }
            let answered = leaves.filter { overview.answers[$0.id] != nil }.count
            let score = card.requirementScores[top.id]
            return [
                "id": top.id, "title": top.title, "answered": answered, "total": leaves.count,
                "score": Self.formatted(score), "scoreValue": Int((score ?? 0).rounded()),
                "action": answered == leaves.count ? "Review" : answered == 0 ? "Answer" : "Continue",
            ]
        }
        data["hasThreats"] = !framework.threats.isEmpty
        data["threats"] = framework.threats.map { threat -> [String: Any] in
            let score = card.threatScores[threat.id]
            return ["title": threat.title, "score": Self.formatted(score), "scoreValue": Int((score ?? 0).rounded())]
        }
        data["coverage"] = card.coverage.compactMap { entry -> [String: Any]? in
            guard let other = overview.library.frameworks[entry.framework], other.complete else { return nil }
            let goalLike = other.leaves.count <= 60
            return [
                "title": "\(other.title) (\(other.key.edition))", "covered": entry.coveredCount,
                "leaves": entry.leafCount,
                "overall": entry.overall.map { String(Int(($0 * 100).rounded())) } as Any,
                "indirect": entry.distance > 1,
                "showRequirements": goalLike,
                "requirements": goalLike
                    ? other.leaves.map { leaf -> [String: Any] in
                        let reached = entry.leaves[leaf.id]
                        let status = reached?.goalStatus ?? .unknown
                        return [
                            "id": leaf.id, "title": leaf.title,
                            "essential": leaf.tags.contains(Requirement.Tag.essential),
                            "status": status.rawValue, "statusLabel": Self.goalLabel(status),
                            "path": reached?.path ?? "",
                        ]
                    } : [],
                "groups": other.requirements.map { node -> [String: Any] in
                    [
                        "id": node.id, "title": node.title,
                        "score": entry.nodes[node.id].map { "\(Int(($0 * 100).rounded()))%" } ?? "–",
                    ]
                },
            ]
        }
        data["canDelete"] = role.allows(.manageOrganization)
        data["notice"] = services.notices.read(request)
        return pages.render("assessment", data)
    }

    static func goalLabel(_ status: GoalStatus) -> String {
        switch status {
        case .met: "met"
        case .partly: "partly met"
        case .notMet: "not met"
        case .unknown: "not assessed"
        }
    }

    private func assessmentData(_ assessment: Assessment) -> [String: Any] {
        [
            "id": assessment.id.uuidString, "title": assessment.title, "tier": assessment.tier.rawValue,
            "tierRationale": assessment.tierRationale,
        ]
    }

    // MARK: Answering

    @Sendable func practicePage(_ request: Request, context: Context) async throws -> Response {
        try await renderPractice(context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    private func renderPractice(
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let overview = try await assessments.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        let framework = overview.framework
        let groupID = context.parameters.get("group") ?? ""
        let applicable = Set(overview.applicable.map(\.id))
        guard let group = framework.requirement(groupID), group.depth == 0 else {
            throw WardError(.notFound, "no such part of \(framework.title)")
        }
        let leaves = framework.leaves(under: group.id).filter { applicable.contains($0.id) }
        guard !leaves.isEmpty else {
            throw WardError(.notFound, "nothing in \(group.id) applies to this assessment's tier")
        }
        var data = try await layoutData(
            context,
            title: "\(group.id) \(group.title)",
            organization: organization,
            role: role,
            page: "assessments"
        )
        data["assessment"] = assessmentData(overview.assessment)
        data["group"] = ["id": group.id, "title": group.title, "guidance": group.guidance]
        data["answered"] = leaves.filter { overview.answers[$0.id] != nil }.count
        data["total"] = leaves.count
        data["progressAll"] = overview.scorecard.answeredCount
        data["applicableAll"] = overview.scorecard.applicableCount
        let groups = framework.requirements.filter { top in
            framework.leaves(under: top.id).contains { applicable.contains($0.id) }
        }
        if let index = groups.firstIndex(where: { $0.id == group.id }), index + 1 < groups.count {
            data["nextGroup"] = groups[index + 1].id
        }
        let canWrite = role.allows(.writeSecurityData)
        let canSign = role.allows(.signOffAnswers)
        let members = try await services.store.memberships.members(of: organization.id)
        let names = Dictionary(
            members.map { ($0.user.id, $0.user.displayName) },
            uniquingKeysWith: { first, _ in first }
        )
        let evidence = Dictionary(grouping: overview.evidence, by: \.requirementID)
        let csrf = data["csrf"] ?? ""
        data["requirements"] = leaves.map { leaf -> [String: Any] in
            let answer = overview.answers[leaf.id]
            let items = evidence[leaf.id] ?? []
            var row: [String: Any] = [:]
            row["id"] = leaf.id
            row["title"] = leaf.title
            row["guidance"] = leaf.guidance
            row["confidenceNote"] = leaf.confidence == .verified ? "" : leaf.confidence.rawValue
            row["hasMetrics"] = !leaf.metrics.isEmpty
            row["metrics"] = leaf.metrics
            let observations: [[String: Any]] = (overview.observations[leaf.id] ?? []).map { observation in
                let contradicts: Bool = answer.map { observation.contradicts($0.status) } ?? false
                return ["message": observation.message, "contradicts": contradicts]
            }
            row["observations"] = observations
            row["signed"] = answer?.isSigned == true
            row["signedBy"] = answer?.signedBy.flatMap { names[$0] } ?? ""
            row["signedAt"] = Self.show(answer?.signedAt)
            row["version"] = answer?.version ?? 0
            row["locked"] = answer?.isSigned == true || !canWrite
            row["answeredYet"] = answer != nil
            var statuses: [[String: Any]] = [["value": "", "label": "— not answered —", "selected": answer == nil]]
            for status in AnswerStatus.allCases {
                statuses.append(["value": status.rawValue, "label": status.label, "selected": answer?.status == status])
            }
            row["statuses"] = statuses
            var maturities: [[String: Any]] = [["value": "", "label": "—", "selected": answer?.maturity == nil]]
            for level in 0...5 {
                maturities.append([
                    "value": String(level), "label": String(level), "selected": answer?.maturity == level,
                ])
            }
            row["maturities"] = maturities
            row["owner"] = answer?.owner ?? ""
            row["due"] = answer?.dueDate?.description ?? ""
            row["notes"] = answer?.notes ?? ""
            row["reason"] = answer?.notApplicableReason ?? ""
            row["review"] = answer?.markedForReview ?? false
            row["evidenceCount"] = items.count
            row["evidence"] = items.map(Self.evidenceRow)
            row["canWrite"] = canWrite
            row["canSign"] = canSign
            row["csrf"] = csrf
            row["organizationID"] = organization.id.uuidString
            row["assessmentID"] = overview.assessment.id.uuidString
            return row
        }
        data["canWrite"] = canWrite
        data["notice"] = notice
        data["error"] = error
        return pages.render("practice", data, status: status)
    }

    /// Saves the answers of one practice form. Unchanged rows are skipped; a row someone else changed meanwhile is
    /// not overwritten: the page comes back with their answer and the entry that was not saved, spelled out.
    @Sendable func savePractice(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        let id = try assessmentID(context)
        let groupID = context.parameters.get("group") ?? ""
        let actor = try actor(context)
        let current = try await services.store.assessments.answers(assessmentID: id, organizationID: organization.id)
        var saved = 0
        var problems: [String] = []
        let requirementIDs = form.fields.keys.filter { $0.hasPrefix("status.") }.map {
            String($0.dropFirst("status.".count))
        }.sorted()
        for requirement in requirementIDs {
            let status = form["status.\(requirement)"] ?? ""
            guard !status.isEmpty else { continue }
            func text(_ name: String) -> String? {
                let value = form["\(name).\(requirement)"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                return value.isEmpty ? nil : value
            }
            let input = AssessmentService.AnswerInput(
                requirementID: requirement,
                status: status,
                maturity: text("maturity").flatMap { Int($0) },
                notes: text("notes"),
                notApplicableReason: text("reason"),
                owner: text("owner"),
                dueDate: text("due"),
                markedForReview: form["review.\(requirement)"] == "yes",
                expectedVersion: Int(form["version.\(requirement)"] ?? "0") ?? 0
            )
            if let existing = current[requirement], Self.same(existing, input) { continue }
            do {
                _ = try await assessments.answer(input, assessmentID: id, organizationID: organization.id, actor: actor)
                saved += 1
            } catch let error as WardError where [.invalidInput, .conflict, .unprocessable].contains(error.code) {
                let entry = [input.status, input.notes].compactMap { $0 }.joined(separator: ", ")
                problems.append("\(requirement): \(error.message) (your entry, not saved: \(entry))")
            }
        }
        if !problems.isEmpty {
            let message = "Saved \(saved). Not saved — " + problems.joined(separator: " · ")
            return try await renderPractice(context, notice: nil, error: message, status: .conflict)
        }
        let next = form["next"] ?? "stay"
        let target = next == "stay" || next.isEmpty ? groupID : next
        return Self.redirect(
            base(organization, id)
                + "/practices/\(target.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? target)?"
                + services.notices.query(
                    for: saved == 0 ? "Nothing changed" : "Saved \(saved) answer\(saved == 1 ? "" : "s")"
                )
        )
    }

    static func evidenceRow(_ item: AssessmentRecords.Evidence) -> [String: Any] {
        let size = ByteCountFormatter.string(fromByteCount: Int64(item.sizeBytes ?? 0), countStyle: .file)
        return [
            "id": item.id.uuidString, "title": item.title, "isFile": item.kind == .file, "isLink": item.kind == .link,
            "url": item.url ?? "", "size": size, "shortHash": String((item.sha256 ?? "").prefix(12)),
        ]
    }

    static func same(_ answer: Answer, _ input: AssessmentService.AnswerInput) -> Bool {
        guard let status = try? AnswerStatus(parsing: input.status) else { return false }
        let notes = (input.notes ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        return answer.status == status && answer.maturity == input.maturity && answer.notes == notes
            && answer.notApplicableReason == input.notApplicableReason && answer.owner == input.owner
            && answer.dueDate?.description == input.dueDate
            && answer.markedForReview == (input.markedForReview ?? false)
    }

    private func practiceURL(
        _ organization: Organization,
        _ id: UUID,
        requirement: String,
        library: FrameworkLibrary,
        assessment: Assessment
    ) -> String {
        let framework = library.frameworks[
            FrameworkKey(id: assessment.frameworkID, edition: assessment.frameworkEdition)
        ]
        var top = requirement
        while let parent = framework?.requirement(top)?.parentID { top = parent }
        return base(organization, id)
            + "/practices/\(top.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? top)"
    }

    @Sendable func uploadEvidence(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
            throw WardError(
                .invalidInput,
                "send the file from the evidence form (multipart/form-data)",
                location: "file"
            )
        }
        let limit = AssessmentService.maximumEvidenceBytes + 64 * 1024
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw WardError(
                .tooLarge,
                "evidence files are limited to \(AssessmentService.maximumEvidenceBytes / 1_048_576) MiB",
                location: "file"
            )
        }
        let form = try MultipartForm(Array(buffer: buffer), boundary: boundary)
        try checkCSRF(form["_csrf"], request, context)
        guard let file = form.file("file"), !(file.fileName ?? "").isEmpty else {
            throw WardError(.invalidInput, "choose a file to attach", location: "file")
        }
        let id = try assessmentID(context)
        let requirement = context.parameters.get("requirement") ?? ""
        let evidence = try await assessments.attachFile(
            file.content,
            name: file.fileName ?? "evidence",
            mediaType: file.contentType,
            requirementID: requirement,
            assessmentID: id,
            organizationID: organization.id,
            actor: try actor(context)
        )
        let assessment = try await services.store.assessments.get(id, organizationID: organization.id)
        let library = try await services.catalog.current(services.store).library
        return Self.redirect(
            practiceURL(organization, id, requirement: requirement, library: library, assessment: assessment) + "?"
                + services.notices.query(for: "Attached \(evidence.title) to \(requirement)") + "#req-\(requirement)"
        )
    }

    @Sendable func addLink(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        let id = try assessmentID(context)
        let requirement = context.parameters.get("requirement") ?? ""
        _ = try await assessments.attachLink(
            form["url"] ?? "",
            title: form["title"],
            requirementID: requirement,
            assessmentID: id,
            organizationID: organization.id,
            actor: try actor(context)
        )
        let assessment = try await services.store.assessments.get(id, organizationID: organization.id)
        let library = try await services.catalog.current(services.store).library
        return Self.redirect(
            practiceURL(organization, id, requirement: requirement, library: library, assessment: assessment) + "?"
                + services.notices.query(for: "Linked evidence to \(requirement)") + "#req-\(requirement)"
        )
    }

    @Sendable func signAnswer(_ request: Request, context: Context) async throws -> Response {
        try await review(request, context, reopen: false)
    }

    @Sendable func reopenAnswer(_ request: Request, context: Context) async throws -> Response {
        try await review(request, context, reopen: true)
    }

    private func review(_ request: Request, _ context: Context, reopen: Bool) async throws -> Response {
        let (organization, _) = try await organization(context, .signOffAnswers)
        let form = try await verifiedForm(request, context)
        let id = try assessmentID(context)
        let requirement = context.parameters.get("requirement") ?? ""
        let assessment = try await services.store.assessments.get(id, organizationID: organization.id)
        if reopen {
            _ = try await assessments.reopen(
                requirementID: requirement,
                assessmentID: id,
                organizationID: organization.id,
                actor: try actor(context)
            )
        } else {
            _ = try await assessments.sign(
                requirementID: requirement,
                assessmentID: id,
                organizationID: organization.id,
                actor: try actor(context),
                expectedVersion: form["version"].flatMap { Int($0) }
            )
        }
        let library = try await services.catalog.current(services.store).library
        return Self.redirect(
            practiceURL(organization, id, requirement: requirement, library: library, assessment: assessment) + "?"
                + services.notices.query(for: reopen ? "Reopened \(requirement)" : "Signed off \(requirement)")
                + "#req-\(requirement)"
        )
    }

    @Sendable func downloadEvidence(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .read)
        let id = try assessmentID(context)
        let evidenceID = try context.parameters.uuid("evidence")
        if let item = try await services.store.assessments.evidence(assessmentID: id, organizationID: organization.id)
            .first(where: { $0.id == evidenceID }), item.kind == .link, let url = item.url
        {
            return Self.redirect(url)
        }
        return try await EvidenceDownload.response(
            services: services,
            organizationID: organization.id,
            assessmentID: id,
            evidenceID: evidenceID
        )
    }

    // MARK: Plan, report, history, comparison

    @Sendable func planPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let overview = try await assessments.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        var data = try await layoutData(
            context,
            title: "Action plan",
            organization: organization,
            role: role,
            page: "assessments"
        )
        data["assessment"] = assessmentData(overview.assessment)
        data["items"] = overview.plan.items.enumerated().map { offset, item -> [String: Any] in
            [
                "rank": offset + 1, "requirement": item.requirementID, "title": item.title, "status": item.status.label,
                "reasons": item.reasons.joined(separator: "; "), "owner": item.owner ?? "",
                "due": item.dueDate?.description ?? "",
                "practice": ActionPlan.topAncestorID(of: item.requirementID, in: overview.framework),
                "resources": item.resources.map { ["title": $0.title, "url": $0.url] },
                "organizationID": organization.id.uuidString, "assessmentID": overview.assessment.id.uuidString,
            ]
        }
        data["unansweredCount"] = overview.plan.unanswered.isEmpty ? nil : overview.plan.unanswered.count
        return pages.render("plan", data)
    }

    @Sendable func planCSV(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .read)
        let overview = try await assessments.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
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

    @Sendable func reportPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .read)
        let overview = try await assessments.overview(
            assessmentID: try assessmentID(context),
            organizationID: organization.id
        )
        return try await services.executiveReportResponse(overview, organization: organization, context: context)
    }

    @Sendable func historyPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let id = try assessmentID(context)
        let assessment = try await services.store.assessments.get(id, organizationID: organization.id)
        let history = try await services.store.assessments.history(assessmentID: id, organizationID: organization.id)
        let members = try await services.store.memberships.members(of: organization.id)
        let names = Dictionary(
            members.map { ($0.user.id, $0.user.displayName) },
            uniquingKeysWith: { first, _ in first }
        )
        var data = try await layoutData(
            context,
            title: "History",
            organization: organization,
            role: role,
            page: "assessments"
        )
        data["assessment"] = assessmentData(assessment)
        data["entries"] = history.reversed().map {
            [
                "when": Self.show($0.changedAt), "requirement": $0.requirementID,
                "action": $0.action.replacingOccurrences(of: "_", with: " "),
                "status": $0.answer?.status.label ?? "",
                "by": $0.changedBy.flatMap { names[$0] } ?? ($0.changedBy == nil ? "cli" : "former member"),
            ]
        }
        return pages.render("history", data)
    }

    @Sendable func comparePage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        guard let before = request.uri.queryParameters.get("before").flatMap(UUID.init(uuidString:)),
            let after = request.uri.queryParameters.get("after").flatMap(UUID.init(uuidString:))
        else {
            throw WardError(.invalidInput, "choose two assessments to compare", location: "before")
        }
        let result = try await assessments.compare(before, after, organizationID: organization.id)
        let json = AssessmentJSON.Comparison(before: result.before, after: result.after, comparison: result.comparison)
        var data = try await layoutData(
            context,
            title: "Comparison",
            organization: organization,
            role: role,
            page: "assessments"
        )
        data["before"] = ["title": result.before.assessment.title]
        data["after"] = ["title": result.after.assessment.title]
        data["improved"] = json.improved
        data["regressed"] = json.regressed
        data["unchanged"] = json.unchanged
        data["overallDelta"] = json.overallDelta.map { String(format: "%+.1f", $0) } ?? "–"
        data["rows"] = json.rows.filter { $0.change != "unchanged" }.map {
            ["requirement": $0.requirement, "before": $0.before ?? "–", "after": $0.after ?? "–", "change": $0.change]
        }
        data["groups"] = json.groups.map { ["id": $0.id, "delta": String(format: "%+.1f", $0.delta)] }
        return pages.render("compare", data)
    }
}
