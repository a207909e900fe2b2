import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardCore
import WardResponse
import WardStore

/// Incident pages (list and record, detail with reports due, playbook checklist and timeline) and the directory.
extension UIRoutes {
    func addIncidentRoutes(to router: Router<Context>) {
        router.get("orgs/:org/incidents", use: incidentsPage)
        router.post("orgs/:org/incidents", use: createIncident)
        router.get("orgs/:org/incidents/:incident", use: incidentPage)
        router.post("orgs/:org/incidents/:incident/status", use: setIncidentStatus)
        router.post("orgs/:org/incidents/:incident/timeline", use: addIncidentTimeline)
        router.post("orgs/:org/incidents/:incident/checklist/:step", use: tickStep)
        router.post("orgs/:org/incidents/:incident/reports/:obligation/filed", use: fileIncidentReport)
        router.get("orgs/:org/incidents/:incident/reports/:obligation", use: downloadPackage)
        router.post("orgs/:org/incidents/:incident/evidence", use: uploadIncidentEvidence)
        router.get("orgs/:org/incidents/:incident/evidence/:evidence", use: downloadIncidentEvidence)
        router.get("orgs/:org/directory", use: directoryPage)
    }

    private var incidentService: IncidentService { services.incidents }

    private func incidentActor(_ context: Context) throws -> AssessmentService.Actor {
        let (user, _) = try signedIn(context)
        return AssessmentService.Actor(userID: user.id, name: user.email, sourceAddress: context.remoteAddress)
    }

    private func incidentURL(_ organization: Organization, _ id: UUID) -> String {
        "/orgs/\(organization.id.uuidString)/incidents/\(id.uuidString)"
    }

    @Sendable func incidentsPage(_ request: Request, context: Context) async throws -> Response {
        try await renderIncidents(context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    private func renderIncidents(
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Incidents",
            organization: organization,
            role: role,
            page: "incidents"
        )
        let ruleSets = try await incidentService.ruleSets()
        let now = services.clock()
        data["incidents"] = try await services.store.incidents.list(organizationID: organization.id).map {
            incident -> [String: Any] in
            let open = ObligationEngine.obligations(
                for: incident,
                ruleSets: ruleSets,
                organizationName: organization.name,
                now: now
            )
            .filter { $0.state == .due || $0.state == .overdue }
            return [
                "id": incident.id.uuidString, "title": incident.title, "kind": incident.kind.label,
                "status": incident.status.rawValue,
                "isExercise": incident.isExercise, "discovered": Self.show(incident.discoveredAt),
                "due": open.isEmpty ? "none" : "\(open.count), next \(open[0].countdown)",
                "organizationID": organization.id.uuidString,
            ]
        }
        data["kinds"] = IncidentKind.allCases.map { ["value": $0.rawValue, "label": $0.label] }
        data["canWrite"] = role.allows(.writeSecurityData)
        data["notice"] = notice
        data["error"] = error
        return pages.render("incidents", data, status: status)
    }

    @Sendable func createIncident(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        do {
            let zoneName = form["time_zone"]?.trimmingCharacters(in: .whitespaces) ?? "UTC"
            guard let zone = TimeZone(identifier: zoneName) else {
                throw WardError(
                    .unprocessable,
                    "'\(zoneName)' is not a time zone; use a name such as America/Chicago",
                    location: "time_zone"
                )
            }
            let discovered = try Self.localTime(form["discovered"] ?? "", zone: zone, field: "discovered")
            var states: [String: Int] = [:]
            for entry in (form["states"] ?? "").split(separator: ",") {
                let parts = entry.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let count = Int(parts[1]) else {
                    throw WardError(.unprocessable, "write residents per state as IL=400, IN=20", location: "states")
                }
                states[parts[0], default: 0] += count
            }
            guard let individuals = Int(form["individuals"]?.trimmingCharacters(in: .whitespaces) ?? "0") else {
                throw WardError(
                    .unprocessable,
                    "the number of individuals is not a whole number",
                    location: "individuals"
                )
            }
            var incident = Incident(
                organizationID: organization.id,
                title: form["title"] ?? "",
                kind: try IncidentKind(parsing: form["kind"] ?? "", location: "kind"),
                isExercise: form["exercise"] == "yes",
                summary: form["summary"] ?? "",
                discoveredAt: discovered,
                timeZone: zoneName,
                phiInvolved: form["phi"] == "yes",
                individualsAffected: individuals,
                statesAffected: states,
                ransomDemanded: form["ransom_demanded"] == "yes",
                coveredIncident: form["covered"] == "yes",
                diversion: form["diversion"] == "yes",
                downtimeProcedures: form["downtime"] == "yes"
            )
            incident.people = Self.lines(form["people"])
            incident.affectedSystems = Self.lines(form["systems"])
            let created = try await incidentService.create(incident, actor: try incidentActor(context))
            return Self.redirect(
                incidentURL(organization, created.id) + "?" + services.notices.query(for: "Incident recorded")
            )
        } catch let error as WardError where [.invalidInput, .unprocessable].contains(error.code) {
            return try await renderIncidents(
                context,
                notice: nil,
                error: error.description,
                status: .unprocessableContent
            )
        }
    }

    /// The non-empty lines of a text area.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    /// A `datetime-local` value (`2026-11-28T06:40`) read in a time zone.
    static func localTime(_ text: String, zone: TimeZone, field: String) throws -> Date {
        let parts = text.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard parts.count >= 5,
            let date = calendar.date(
                from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4])
            )
        else {
            throw WardError(.unprocessable, "'\(text)' is not a date and time", location: field)
        }
        return date
    }

    @Sendable func incidentPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        let overview = try await incidentService.overview(
            try context.parameters.uuid("incident"),
            organization: organization
        )
        let incident = overview.incident
        var data = try await layoutData(
            context,
            title: incident.title,
            organization: organization,
            role: role,
            page: "incidents"
        )
        let canWrite = role.allows(.writeSecurityData)
        let csrf = data["csrf"] ?? ""
        var care: [String] = []
        if incident.diversion { care.append("patients diverted") }
        if incident.downtimeProcedures { care.append("downtime procedures") }
        data["incident"] =
            [
                "id": incident.id.uuidString, "title": incident.title, "kind": incident.kind.label,
                "status": incident.status.rawValue,
                "isExercise": incident.isExercise, "discovered": Self.show(incident.discoveredAt) + " UTC",
                "phi": incident.phiInvolved ? "yes" : "no", "individuals": incident.individualsAffected,
                "states": incident.statesAffected.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
                    separator: ", "
                ),
                "care": care.isEmpty ? "no impact recorded" : care.joined(separator: ", "), "summary": incident.summary,
                "people": incident.people.joined(separator: "; "),
                "systems": incident.affectedSystems.joined(separator: ", "),
            ] as [String: Any]
        data["statuses"] = IncidentStatus.allCases.map { ["value": $0.rawValue, "selected": $0 == incident.status] }
        let common: [String: Any] = [
            "organizationID": organization.id.uuidString, "incidentID": incident.id.uuidString, "canWrite": canWrite,
            "csrf": csrf,
        ]
        data["obligations"] = overview.obligations.map { obligation -> [String: Any] in
            var row = common
            row["id"] = obligation.id
            row["title"] = obligation.rule.title
            row["deadline"] = obligation.rule.deadlineText
            row["recipient"] = obligation.rule.recipient
            row["due"] = obligation.dueText
            row["countdown"] = obligation.countdown
            row["state"] = obligation.state.rawValue
            row["legalStatus"] = obligation.rule.legalStatus.rawValue
            row["filed"] = obligation.filedAt != nil
            row["filedAt"] = Self.show(obligation.filedAt)
            return row
        }
        if let playbook = overview.playbook {
            data["playbook"] =
                [
                    "title": playbook.title,
                    "steps": playbook.steps.map { step -> [String: Any] in
                        var row = common
                        row["id"] = step.id
                        row["phase"] = step.phase
                        row["text"] = step.text
                        row["done"] = overview.checklist[step.id] != nil
                        row["doneBy"] = overview.checklist[step.id]?.doneBy ?? ""
                        row["doneAt"] = Self.show(overview.checklist[step.id]?.doneAt)
                        return row
                    },
                ] as [String: Any]
        }
        data["evidence"] = try await services.store.incidents.evidence(
            incidentID: incident.id,
            organizationID: organization.id
        ).map {
            file -> [String: Any] in
            var row = common
            row["id"] = file.id.uuidString
            row["title"] = file.title
            row["size"] = ByteCountFormatter.string(fromByteCount: Int64(file.sizeBytes), countStyle: .file)
            row["shortHash"] = String(file.sha256.prefix(12))
            row["addedBy"] = file.addedBy
            return row
        }
        data["timeline"] = overview.timeline.map { ["at": Self.show($0.at), "text": $0.text, "author": $0.author] }
        data["canWrite"] = canWrite
        data["notice"] = services.notices.read(request)
        return pages.render("incident", data)
    }

    private func incidentForm(
        _ request: Request,
        _ context: Context,
        _ body: (FormData, Organization, UUID) async throws -> String
    ) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        let notice = try await body(form, organization, id)
        return Self.redirect(incidentURL(organization, id) + "?" + services.notices.query(for: notice))
    }

    @Sendable func setIncidentStatus(_ request: Request, context: Context) async throws -> Response {
        try await incidentForm(request, context) { form, organization, id in
            var incident = try await services.store.incidents.get(id, organizationID: organization.id)
            guard let status = IncidentStatus(rawValue: form["status"] ?? "") else {
                throw WardError(.invalidInput, "unknown status", location: "status")
            }
            incident.status = status
            _ = try await incidentService.update(incident, actor: try incidentActor(context))
            return "Status: \(status.rawValue)"
        }
    }

    @Sendable func addIncidentTimeline(_ request: Request, context: Context) async throws -> Response {
        try await incidentForm(request, context) { form, organization, id in
            try await incidentService.addTimeline(
                form["text"] ?? "",
                at: nil,
                incidentID: id,
                organizationID: organization.id,
                actor: try incidentActor(context)
            )
            return "Timeline entry added"
        }
    }

    @Sendable func tickStep(_ request: Request, context: Context) async throws -> Response {
        try await incidentForm(request, context) { form, organization, id in
            let step = context.parameters.get("step") ?? ""
            let done = form["done"] == "yes"
            try await incidentService.setStep(
                step,
                done: done,
                incidentID: id,
                organizationID: organization.id,
                actor: try incidentActor(context)
            )
            return done ? "Done: \(step)" : "Reopened: \(step)"
        }
    }

    @Sendable func fileIncidentReport(_ request: Request, context: Context) async throws -> Response {
        try await incidentForm(request, context) { form, organization, id in
            let obligation = context.parameters.get("obligation") ?? ""
            try await incidentService.file(
                obligation,
                reference: form["reference"],
                incident: id,
                organization: organization,
                actor: try incidentActor(context)
            )
            return "Recorded as filed: \(obligation)"
        }
    }

    /// `…/reports/us-federal:hipaa-individuals.txt`: the prepared package as a text download.
    @Sendable func downloadPackage(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .read)
        let overview = try await incidentService.overview(
            try context.parameters.uuid("incident"),
            organization: organization
        )
        let name = context.parameters.get("obligation") ?? ""
        guard name.hasSuffix(".txt"),
            let obligation = overview.obligations.first(where: { $0.id == String(name.dropLast(4)) })
        else {
            throw WardError(.notFound, "no such report for this incident")
        }
        try await services.audit(
            .export,
            organizationID: organization.id,
            principal: context.principal,
            target: "incident:\(overview.incident.id.uuidString.lowercased())",
            context: context,
            details: ["report": obligation.id]
        )
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

    @Sendable func uploadIncidentEvidence(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let id = try context.parameters.uuid("incident")
        _ = try await services.store.incidents.get(id, organizationID: organization.id)
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
            throw WardError(
                .invalidInput,
                "send the file from the evidence form (multipart/form-data)",
                location: "file"
            )
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: AssessmentService.maximumEvidenceBytes + 64 * 1024)
        } catch {
            throw WardError(
                .tooLarge,
                "files are limited to \(AssessmentService.maximumEvidenceBytes / 1_048_576) MiB",
                location: "file"
            )
        }
        let form = try MultipartForm(Array(buffer: buffer), boundary: boundary)
        try checkCSRF(form["_csrf"], request, context)
        guard let file = form.file("file"), !(file.fileName ?? "").isEmpty else {
            throw WardError(.invalidInput, "choose a file to attach", location: "file")
        }
        let stored = try await incidentService.attachFile(
            file.content,
            name: file.fileName ?? "evidence",
            mediaType: file.contentType,
            incidentID: id,
            organizationID: organization.id,
            actor: try incidentActor(context)
        )
        return Self.redirect(
            incidentURL(organization, id) + "?" + services.notices.query(for: "Attached \(stored.title)")
        )
    }

    @Sendable func downloadIncidentEvidence(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .read)
        let (file, content) = try await incidentService.evidenceContent(
            try context.parameters.uuid("evidence"),
            incidentID: try context.parameters.uuid("incident"),
            organizationID: organization.id
        )
        return EvidenceDownload.attachment(content, title: file.title, mediaType: file.mediaType)
    }

    @Sendable func directoryPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Free help",
            organization: organization,
            role: role,
            page: "directory"
        )
        data["entries"] = Directory.entries.map { entry -> [String: Any] in
            let helps = (entry.hicp.map { "HICP \($0)" } + entry.cpg).joined(separator: ", ")
            return [
                "title": entry.title, "url": entry.url, "summary": entry.summary, "cost": entry.cost,
                "provider": entry.provider,
                "kind": entry.kind, "helps": helps, "date": entry.date,
            ]
        }
        return pages.render("directory", data)
    }
}
