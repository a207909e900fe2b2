import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardCore
import WardResponse
import WardStore

/// Workforce training in the JSON API: modules, CSV imports, rates.
struct TrainingAPIRoutes {
    let services: ServerServices

    typealias Context = WardRequestContext

    func add(to api: RouterGroup<Context>) {
        api.get("organizations/:org/training/modules", use: listModules)
        api.post("organizations/:org/training/modules", use: saveModule)
        api.post("organizations/:org/training/records", use: importRecords)
        api.post("organizations/:org/training/phishing", use: importPhishing)
        api.get("organizations/:org/training/rates", use: rates)
    }

    private var service: TrainingService { TrainingService(database: services.database) }

    private func organization(_ context: Context, _ permission: Permission) async throws -> Organization {
        try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: permission
        ).0
    }

    @Sendable func listModules(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try APIResponse.json(
            APIResponse.Items(items: try await services.store.training.modules(organizationID: organization.id))
        )
    }

    @Sendable func saveModule(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let module = try await request.decodeJSON(TrainingModule.self, context: context)
        return try APIResponse.json(
            try await service.saveModule(module, organizationID: organization.id),
            status: .created
        )
    }

    struct Imported: Encodable { var imported: Int }

    /// The body is the CSV file itself (`text/csv`); `?name=` names it in error messages.
    private func csv(_ request: Request, context: Context) async throws -> (String, String) {
        let buffer = try await request.body.collect(upTo: 8 * 1024 * 1024)
        return (String(buffer: buffer), request.uri.queryParameters.get("name").map { String($0) } ?? "upload.csv")
    }

    @Sendable func importRecords(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let (text, name) = try await csv(request, context: context)
        return try APIResponse.json(
            Imported(imported: try await service.importRecords(text, file: name, organizationID: organization.id)),
            status: .created
        )
    }

    @Sendable func importPhishing(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .writeSecurityData)
        let (text, name) = try await csv(request, context: context)
        return try APIResponse.json(
            Imported(imported: try await service.importPhishing(text, file: name, organizationID: organization.id)),
            status: .created
        )
    }

    @Sendable func rates(_ request: Request, context: Context) async throws -> Response {
        let organization = try await organization(context, .read)
        return try APIResponse.json(try await service.rates(organizationID: organization.id))
    }
}
