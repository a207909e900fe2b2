import Foundation
import HTTPTypes
import Hummingbird
import WardCore
import WardStore

/// The JSON API under `/api/v1`. Every route is listed in ``OpenAPIDocument``; a test keeps the two in step.
struct APIRoutes {
    let services: ServerServices

    typealias Context = WardRequestContext
    typealias M = APIModels

    func add(to router: Router<Context>) {
        let api = router.group("api/v1").add(middleware: APICSRFMiddleware())
        api.get("openapi.json") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json))
            )
        }
        api.get("me", use: me)
        api.get("organizations", use: listOrganizations)
        api.post("organizations", use: createOrganization)
        api.get("organizations/:org", use: getOrganization)
        api.patch("organizations/:org", use: updateOrganization)
        api.get("organizations/:org/members", use: listMembers)
        api.post("organizations/:org/members", use: addMember)
        api.patch("organizations/:org/members/:user", use: changeRole)
        api.delete("organizations/:org/members/:user", use: removeMember)
        api.get("organizations/:org/tokens", use: listTokens)
        api.post("organizations/:org/tokens", use: createToken)
        api.delete("organizations/:org/tokens/:token", use: revokeToken)
        api.get("organizations/:org/scope", use: getScope)
        api.post("organizations/:org/scope/entries", use: addScopeEntry)
        api.delete("organizations/:org/scope/entries/:entry", use: removeScopeEntry)
        api.post("organizations/:org/scope/windows", use: addScanWindow)
        api.delete("organizations/:org/scope/windows/:window", use: removeScanWindow)
        api.post("organizations/:org/scope/check", use: checkScope)
        api.get("organizations/:org/audit", use: listAudit)
        AssessmentAPIRoutes(services: services).add(to: api)
        IncidentAPIRoutes(services: services).add(to: api)
        TrainingAPIRoutes(services: services).add(to: api)
        InventoryAPIRoutes(services: services).add(to: api)
        ScanningAPIRoutes(services: services).add(to: api)
        IntelAPIRoutes(services: services).add(to: api)
    }

    private var actions: OrganizationActions { OrganizationActions(services: services) }

    private func organization(_ context: Context, _ permission: Permission) async throws -> (Organization, Role) {
        try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: permission
        )
    }

    @Sendable func me(_ request: Request, context: Context) async throws -> M.MeBody {
        switch context.principal {
        case .none:
            throw WardError(.unauthenticated, "sign in or send an API token")
        case .token(let token, _, _):
            let (organization, role) = try await organization(token.organizationID, context)
            return M.MeBody(
                user: nil,
                token: M.TokenBody(token),
                organizations: [M.OrganizationBody(organization, role: role)]
            )
        case .user:
            let user = try services.access.user(context.principal)
            let organizations = try await services.store.memberships.organizations(of: user.id)
            return M.MeBody(
                user: M.UserBody(user),
                token: nil,
                organizations: organizations.map { M.OrganizationBody($0.organization, role: $0.role) }
            )
        }
    }

    private func organization(_ id: UUID, _ context: Context) async throws -> (Organization, Role) {
        try await services.access.organization(id.uuidString, principal: context.principal, needs: .read)
    }

    @Sendable func listOrganizations(
        _ request: Request,
        context: Context
    ) async throws -> M.ListBody<M.OrganizationBody> {
        if case .token(let token, _, _) = context.principal {
            let (organization, role) = try await organization(token.organizationID, context)
            return M.ListBody(items: [M.OrganizationBody(organization, role: role)])
        }
        let user = try services.access.user(context.principal)
        let organizations = try await services.store.memberships.organizations(of: user.id)
        return M.ListBody(items: organizations.map { M.OrganizationBody($0.organization, role: $0.role) })
    }

    @Sendable func createOrganization(
        _ request: Request,
        context: Context
    ) async throws
        -> EditedResponse<M.OrganizationBody>
    {
        _ = try services.access.user(context.principal)
        let body = try await request.decodeJSON(M.CreateOrganization.self, context: context)
        let created = try await actions.create(
            name: body.name,
            kind: body.kind ?? .clinic,
            sizeTier: body.sizeTier ?? .small,
            parentID: body.parentID,
            principal: context.principal,
            context: context
        )
        return EditedResponse(status: .created, response: M.OrganizationBody(created, role: .owner))
    }

    @Sendable func getOrganization(_ request: Request, context: Context) async throws -> M.OrganizationBody {
        let (organization, role) = try await organization(context, .read)
        return M.OrganizationBody(organization, role: role)
    }

    @Sendable func updateOrganization(_ request: Request, context: Context) async throws -> M.OrganizationBody {
        let (organization, role) = try await organization(context, .manageOrganization)
        let body = try await request.decodeJSON(M.UpdateOrganization.self, context: context)
        var changed = organization
        if let name = body.name { changed.name = name }
        if let kind = body.kind { changed.kind = kind }
        if let tier = body.sizeTier { changed.sizeTier = tier }
        if let parent = body.parentID { changed.parentID = parent }
        try await actions.update(changed, principal: context.principal, context: context)
        return M.OrganizationBody(try await services.store.organizations.get(organization.id) ?? changed, role: role)
    }

    @Sendable func listMembers(_ request: Request, context: Context) async throws -> M.ListBody<M.MemberBody> {
        let (organization, _) = try await organization(context, .read)
        let members = try await services.store.memberships.members(of: organization.id)
        return M.ListBody(
            items: members.map {
                M.MemberBody(
                    userID: $0.user.id,
                    email: $0.user.email,
                    displayName: $0.user.displayName,
                    role: $0.role,
                    since: Timestamp($0.since)
                )
            }
        )
    }

    @Sendable func addMember(_ request: Request, context: Context) async throws -> EditedResponse<M.MemberBody> {
        let (organization, role) = try await organization(context, .manageMembers)
        let body = try await request.decodeJSON(M.AddMember.self, context: context)
        let (user, link) = try await actions.addMember(
            organizationID: organization.id,
            actorRole: role,
            email: body.email,
            displayName: body.displayName,
            role: body.role,
            principal: context.principal,
            context: context
        )
        return EditedResponse(
            status: .created,
            response: M.MemberBody(
                userID: user.id,
                email: user.email,
                displayName: user.displayName,
                role: body.role,
                since: Timestamp(services.clock()),
                activationLink: link
            )
        )
    }

    @Sendable func changeRole(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let (organization, role) = try await organization(context, .manageMembers)
        let userID = try context.parameters.uuid("user")
        let body = try await request.decodeJSON(M.ChangeRole.self, context: context)
        try await actions.changeRole(
            organizationID: organization.id,
            actorRole: role,
            userID: userID,
            to: body.role,
            principal: context.principal,
            context: context
        )
        return .noContent
    }

    @Sendable func removeMember(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let (organization, role) = try await organization(context, .manageMembers)
        let userID = try context.parameters.uuid("user")
        try await actions.removeMember(
            organizationID: organization.id,
            actorRole: role,
            userID: userID,
            principal: context.principal,
            context: context
        )
        return .noContent
    }

    @Sendable func listTokens(_ request: Request, context: Context) async throws -> M.ListBody<M.TokenBody> {
        let (organization, _) = try await organization(context, .manageTokens)
        return M.ListBody(
            items: try await services.store.tokens.list(organizationID: organization.id).map {
                M.TokenBody($0)
            }
        )
    }

    @Sendable func createToken(_ request: Request, context: Context) async throws -> EditedResponse<M.TokenBody> {
        let (organization, role) = try await organization(context, .manageTokens)
        let body = try await request.decodeJSON(M.CreateToken.self, context: context)
        let (token, secret) = try await actions.createToken(
            organizationID: organization.id,
            actorRole: role,
            name: body.name,
            role: body.role,
            expiresInDays: body.expiresInDays,
            principal: context.principal,
            context: context
        )
        return EditedResponse(status: .created, response: M.TokenBody(token, secret: secret))
    }

    @Sendable func revokeToken(_ request: Request, context: Context) async throws -> M.TokenBody {
        let (organization, _) = try await organization(context, .manageTokens)
        let token = try await actions.revokeToken(
            organizationID: organization.id,
            tokenID: try context.parameters.uuid("token"),
            principal: context.principal,
            context: context
        )
        return M.TokenBody(token)
    }

    @Sendable func getScope(_ request: Request, context: Context) async throws -> Response {
        let (organization, _) = try await organization(context, .read)
        let listing = try await services.store.scope.listing(organizationID: organization.id)
        return M.ScopeBody(
            entries: listing.entries.map(M.ScopeEntryBody.init),
            windows: listing.windows.map(M.ScanWindowBody.init)
        ).jsonResponse()
    }

    @Sendable func addScopeEntry(_ request: Request, context: Context) async throws -> EditedResponse<M.ScopeEntryBody>
    {
        let (organization, _) = try await organization(context, .manageScope)
        let body = try await request.decodeJSON(M.AddScopeEntry.self, context: context)
        let stored = try await actions.addScopeEntry(
            organizationID: organization.id,
            kind: body.kind,
            target: body.target,
            note: body.note,
            principal: context.principal,
            context: context
        )
        return EditedResponse(status: .created, response: M.ScopeEntryBody(stored))
    }

    @Sendable func removeScopeEntry(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let (organization, _) = try await organization(context, .manageScope)
        try await actions.removeScopeEntry(
            organizationID: organization.id,
            entryID: try context.parameters.uuid("entry"),
            principal: context.principal,
            context: context
        )
        return .noContent
    }

    @Sendable func addScanWindow(_ request: Request, context: Context) async throws -> EditedResponse<M.ScanWindowBody>
    {
        let (organization, _) = try await organization(context, .manageScope)
        let body = try await request.decodeJSON(M.AddScanWindow.self, context: context)
        let stored = try await actions.addScanWindow(
            organizationID: organization.id,
            spec: body.window,
            principal: context.principal,
            context: context
        )
        return EditedResponse(status: .created, response: M.ScanWindowBody(stored))
    }

    @Sendable func removeScanWindow(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let (organization, _) = try await organization(context, .manageScope)
        try await actions.removeScanWindow(
            organizationID: organization.id,
            windowID: try context.parameters.uuid("window"),
            principal: context.principal,
            context: context
        )
        return .noContent
    }

    /// Says whether a target may be scanned now (or at a given time); changes nothing, so viewers may ask.
    @Sendable func checkScope(_ request: Request, context: Context) async throws -> M.ScopeCheckBody {
        let (organization, _) = try await organization(context, .read)
        let body = try await request.decodeJSON(M.CheckScope.self, context: context)
        let scope = try await services.store.scope.scope(organizationID: organization.id)
        let target: ScanTarget
        let text = body.target.trimmingCharacters(in: .whitespaces)
        if let address = try? IPAddress(text) {
            target = .address(address)
        } else {
            do {
                // The check does not resolve names: a name is judged by the name patterns alone.
                target = .hostname(try Hostname(text).description, addresses: [])
            } catch var error as WardError {
                error.location = error.location ?? "target"
                throw error
            }
        }
        let decision = scope.decide(target, at: body.at ?? services.clock())
        return M.ScopeCheckBody(target: body.target, allowed: decision.isAllowed, reason: decision.reason)
    }

    @Sendable func listAudit(_ request: Request, context: Context) async throws -> M.ListBody<M.AuditEventBody> {
        let (organization, _) = try await organization(context, .readAuditLog)
        let limit = request.uri.queryParameters.get("limit").flatMap(Int.init) ?? 100
        let before = request.uri.queryParameters.get("before").flatMap { try? Date($0, strategy: .iso8601) }
        let events = try await services.store.audit.list(organizationID: organization.id, before: before, limit: limit)
        return M.ListBody(items: events.map(M.AuditEventBody.init))
    }
}

/// Requires the session's CSRF token in `X-CSRF-Token` for state-changing API calls made with a browser session.
/// Calls with an API token carry no ambient credentials and need no such check.
struct APICSRFMiddleware: RouterMiddleware {
    typealias Context = WardRequestContext

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        if ![.get, .head, .options].contains(request.method), let session = context.principal?.session {
            guard let sent = request.headers[.xCSRFToken], Secrets.constantTimeEquals(sent, session.csrfToken) else {
                throw WardError(
                    .forbidden,
                    "missing or wrong X-CSRF-Token header for a call made with a browser session"
                )
            }
        }
        return try await next(request, context)
    }
}
