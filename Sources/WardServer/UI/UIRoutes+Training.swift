import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardCore
import WardResponse
import WardStore

/// The training page: rates per department and month, modules, and CSV imports.
extension UIRoutes {
    func addTrainingRoutes(to router: Router<Context>) {
        router.get("orgs/:org/training", use: trainingPage)
        router.post("orgs/:org/training/modules", use: addTrainingModule)
        router.post("orgs/:org/training/records", use: importTrainingRecords)
        router.post("orgs/:org/training/completions", use: recordCompletion)
        router.post("orgs/:org/training/phishing", use: importPhishingResults)
    }

    private var training: TrainingService { TrainingService(database: services.database) }

    @Sendable func trainingPage(_ request: Request, context: Context) async throws -> Response {
        try await renderTraining(context, notice: services.notices.read(request), error: nil, status: .ok)
    }

    private func renderTraining(
        _ context: Context,
        notice: String?,
        error: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Training",
            organization: organization,
            role: role,
            page: "training"
        )
        func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
        data["rates"] = try await training.rates(organizationID: organization.id).rows.map {
            [
                "month": $0.month, "department": $0.department, "completed": $0.completed, "assigned": $0.assigned,
                "completion": percent($0.completionRate), "clicked": $0.clicked, "sent": $0.sent,
                "clickRate": percent($0.clickRate),
            ] as [String: Any]
        }
        data["modules"] = try await services.store.training.modules(organizationID: organization.id).map {
            [
                "id": $0.id, "title": $0.title, "topic": $0.topic, "minutes": $0.minutes,
                "serves": [$0.hicpPractice.map { "HICP \($0)" }, $0.cpgGoal].compactMap { $0 }.joined(separator: ", "),
            ] as [String: Any]
        }
        data["canWrite"] = role.allows(.writeSecurityData)
        data["notice"] = notice
        data["error"] = error
        return pages.render("training", data, status: status)
    }

    @Sendable func addTrainingModule(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        do {
            func optional(_ name: String) -> String? {
                let value = form[name]?.trimmingCharacters(in: .whitespaces) ?? ""
                return value.isEmpty ? nil : value
            }
            let module = try await training.saveModule(
                TrainingModule(
                    id: form["id"] ?? "",
                    title: form["title"] ?? "",
                    topic: form["topic"] ?? "",
                    hicpPractice: optional("hicp"),
                    cpgGoal: optional("cpg"),
                    minutes: Int(form["minutes"] ?? "") ?? 0
                ),
                organizationID: organization.id
            )
            return Self.redirect(
                "/orgs/\(organization.id.uuidString)/training?"
                    + services.notices.query(for: "Module \(module.id) saved")
            )
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderTraining(context, notice: nil, error: error.description, status: .badRequest)
        }
    }

    /// One completion entered by hand (a class held in person, a certificate shown).
    @Sendable func recordCompletion(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        let form = try await verifiedForm(request, context)
        do {
            let person = try form.required("person", label: "The person")
            let department = try form.required("department", label: "The department")
            let module = try form.required("module", label: "The module")
            let completed = try CalendarDate(parsing: form["completed"] ?? "", location: "completed")
            let row =
                "person,department,module,completed_at\n\"\(person.replacingOccurrences(of: "\"", with: "\"\""))\",\"\(department.replacingOccurrences(of: "\"", with: "\"\""))\",\(module),\(completed)\n"
            _ = try await training.importRecords(row, file: "manual", organizationID: organization.id)
            return Self.redirect(
                "/orgs/\(organization.id.uuidString)/training?"
                    + services.notices.query(for: "Recorded \(module) for \(person)")
            )
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderTraining(context, notice: nil, error: error.description, status: .badRequest)
        }
    }

    private func importCSV(
        _ request: Request,
        _ context: Context,
        _ body: (String, String, UUID) async throws -> Int,
        noun: String
    ) async throws -> Response {
        let (organization, _) = try await organization(context, .writeSecurityData)
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType]) else {
            throw WardError(.invalidInput, "send the file from the import form (multipart/form-data)", location: "file")
        }
        let buffer = try await request.body.collect(upTo: 8 * 1024 * 1024)
        let form = try MultipartForm(Array(buffer: buffer), boundary: boundary)
        try checkCSRF(form["_csrf"], request, context)
        guard let file = form.file("file") else {
            throw WardError(.invalidInput, "choose a CSV file", location: "file")
        }
        do {
            let count = try await body(
                String(decoding: file.content, as: UTF8.self),
                file.fileName ?? "upload.csv",
                organization.id
            )
            return Self.redirect(
                "/orgs/\(organization.id.uuidString)/training?"
                    + services.notices.query(for: "Imported \(count) \(noun)")
            )
        } catch let error as WardError where [.invalidInput, .tooLarge].contains(error.code) {
            return try await renderTraining(
                context,
                notice: nil,
                error: "Nothing imported. \(error.description)",
                status: .badRequest
            )
        }
    }

    @Sendable func importTrainingRecords(_ request: Request, context: Context) async throws -> Response {
        try await importCSV(
            request,
            context,
            { text, name, organizationID in
                try await training.importRecords(text, file: name, organizationID: organizationID)
            },
            noun: "training records"
        )
    }

    @Sendable func importPhishingResults(_ request: Request, context: Context) async throws -> Response {
        try await importCSV(
            request,
            context,
            { text, name, organizationID in
                try await training.importPhishing(text, file: name, organizationID: organizationID)
            },
            noun: "phishing results"
        )
    }
}
