import Foundation
import HTTPTypes
import Hummingbird
import WardCore
import WardStore

/// The server-rendered web UI. Works without JavaScript; every state-changing form is a POST with a CSRF token.
struct UIRoutes {
    let services: ServerServices
    let pages: Pages

    typealias Context = WardRequestContext

    /// The cookie that carries the CSRF token of forms shown before sign-in (sign-in and set-up pages).
    static let preSessionCookie = "ward_csrf"

    func add(to router: Router<Context>) {
        router.get("static/ward.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css))
            )
        }
        router.get("/", use: home)
        router.get("login", use: loginPage)
        router.post("login", use: login)
        router.get("login/totp", use: totpPage)
        router.post("login/totp", use: totp)
        router.post("logout", use: logout)
        router.get("setup/:secret", use: setupPage)
        router.post("setup/:secret", use: setup)
        router.get("activate/:secret", use: setupPage)
        router.post("activate/:secret", use: setup)
        router.get("switch", use: switchOrganization)
        router.get("account", use: accountPage)
        router.post("account/password", use: changePassword)
        router.post("account/totp/start", use: startTOTP)
        router.post("account/totp/confirm", use: confirmTOTP)
        router.post("account/totp/disable", use: disableTOTP)
        router.get("organizations/new", use: newOrganizationPage)
        router.post("organizations/new", use: createOrganization)
        router.get("orgs/:org", use: overview)
        router.get("orgs/:org/scope", use: scopePage)
        router.post("orgs/:org/scope/entries", use: addScopeEntry)
        router.post("orgs/:org/scope/entries/:entry/delete", use: removeScopeEntry)
        router.post("orgs/:org/scope/windows", use: addScanWindow)
        router.post("orgs/:org/scope/windows/:window/delete", use: removeScanWindow)
        router.get("orgs/:org/members", use: membersPage)
        router.post("orgs/:org/members", use: addMember)
        router.post("orgs/:org/members/:user/role", use: changeRole)
        router.post("orgs/:org/members/:user/remove", use: removeMember)
        router.get("orgs/:org/tokens", use: tokensPage)
        router.post("orgs/:org/tokens", use: createToken)
        router.post("orgs/:org/tokens/:token/revoke", use: revokeToken)
        router.get("orgs/:org/audit", use: auditPage)
        router.get("orgs/:org/settings", use: settingsPage)
        router.post("orgs/:org/settings", use: saveSettings)
        router.post("orgs/:org/children", use: createChild)
        addAssessmentRoutes(to: router)
        addIncidentRoutes(to: router)
        addTrainingRoutes(to: router)
        addAssetRoutes(to: router)
        addAlertRoutes(to: router)
        addScanRoutes(to: router)
    }

    private var actions: OrganizationActions { OrganizationActions(services: services) }
    private var accounts: AccountActions { AccountActions(services: services) }

    // MARK: Helpers

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    private func sessionCookie(_ value: String, maxAge: Int?) -> Cookie {
        Cookie(
            name: AuthenticationMiddleware.sessionCookie,
            value: value,
            maxAge: maxAge,
            path: "/",
            secure: services.configuration.secureCookies,
            httpOnly: true,
            sameSite: .lax
        )
    }

    /// Reads a form and checks its CSRF token against the session, or, before sign-in, against the pre-session cookie.
    /// Also refuses cross-site posts by their Origin header when the browser sends one.
    func verifiedForm(_ request: Request, _ context: Context) async throws -> FormData {
        let form = try await request.form(context: context)
        try checkCSRF(form["_csrf"], request, context)
        return form
    }

    /// Checks a form's CSRF token and the request's Origin (see ``verifiedForm(_:_:)``).
    func checkCSRF(_ token: String?, _ request: Request, _ context: Context) throws {
        let expected: String?
        if let session = context.principal?.session {
            expected = session.csrfToken
        } else {
            expected = request.cookies[Self.preSessionCookie]?.value
        }
        guard let expected, let sent = token, Secrets.constantTimeEquals(sent, expected) else {
            throw WardError(.forbidden, "the form expired or came from another site; reload the page and try again")
        }
        if let origin = request.headers[.origin], origin != "null" {
            // Browsers send Origin on form posts; it must name this very server (scheme, host and port).
            guard let authority = request.head.authority, let url = URL(string: origin), let host = url.host,
                Self.authority(host: host, port: url.port, scheme: url.scheme) == authority.lowercased()
                    || Self.authority(host: host, port: url.port, scheme: url.scheme) + ":"
                        + Self.defaultPort(url.scheme)
                        == authority.lowercased()
            else {
                throw WardError(.forbidden, "cross-site form submissions are refused")
            }
        }
    }

    /// `host[:port]` as it appears in a Host header, lowercased, with the port left out when it is the scheme's default.
    static func authority(host: String, port: Int?, scheme: String?) -> String {
        let name = host.contains(":") ? "[\(host.lowercased())]" : host.lowercased()
        guard let port, String(port) != defaultPort(scheme) else { return name }
        return "\(name):\(port)"
    }

    static func defaultPort(_ scheme: String?) -> String { scheme?.lowercased() == "https" ? "443" : "80" }

    /// A CSRF token for a form shown before sign-in, with the cookie that carries it.
    private func preSessionToken(_ request: Request) -> (String, Cookie?) {
        if let existing = request.cookies[Self.preSessionCookie]?.value, existing.count >= 32 { return (existing, nil) }
        let token = Secrets.random()
        return (
            token,
            Cookie(
                name: Self.preSessionCookie,
                value: token,
                path: "/",
                secure: services.configuration.secureCookies,
                httpOnly: true,
                sameSite: .strict
            )
        )
    }

    /// The signed-in user, or a redirect to the sign-in page.
    func signedIn(_ context: Context) throws -> (User, SessionRecords.Session) {
        guard case .user(let user, let session) = context.principal, !session.secondFactorPending else {
            throw WardError(.unauthenticated, "sign in first")
        }
        return (user, session)
    }

    /// The common data every signed-in page needs: user, CSRF token, organization switcher and navigation.
    func layoutData(
        _ context: Context,
        title: String,
        organization: Organization?,
        role: Role?,
        page: String
    )
        async throws -> [String: Any]
    {
        let (user, session) = try signedIn(context)
        let memberships = try await services.store.memberships.organizations(of: user.id)
        var data: [String: Any] = [
            "title": title, "csrf": session.csrfToken,
            "user": [
                "displayName": user.displayName, "email": user.email,
                "isSiteAdministrator": user.isSiteAdministrator, "totpEnabled": user.totpEnabled,
            ],
        ]
        var navigation: [[String: Any]] = []
        if let organization, let role {
            data["organization"] = Self.organizationData(organization)
            data["organizationID"] = organization.id.uuidString
            data["role"] = role.rawValue
            data["organizations"] = memberships.map {
                [
                    "id": $0.organization.id.uuidString, "name": $0.organization.name,
                    "current": $0.organization.id == organization.id,
                ] as [String: Any]
            }
            let base = "/orgs/\(organization.id.uuidString)"
            var items: [(String, String, String)] = [
                ("overview", "Overview", base), ("scope", "Scope", base + "/scope"),
                ("members", "Members", base + "/members"),
            ]
            items.append(("assessments", "Assessments", base + "/assessments"))
            items.append(("assets", "Assets", base + "/assets"))
            items.append(("findings", "Findings", base + "/findings"))
            items.append(("scans", "Scans", base + "/scans"))
            items.append(("alerts", "Alerts", base + "/alerts"))
            items.append(("incidents", "Incidents", base + "/incidents"))
            items.append(("training", "Training", base + "/training"))
            items.append(("directory", "Free help", base + "/directory"))
            if role.allows(.manageTokens) { items.append(("tokens", "API tokens", base + "/tokens")) }
            if role.allows(.readAuditLog) { items.append(("audit", "Audit log", base + "/audit")) }
            if role.allows(.manageOrganization) { items.append(("settings", "Settings", base + "/settings")) }
            navigation = items.map { ["label": $0.1, "href": $0.2, "active": $0.0 == page] }
        }
        navigation.append(["label": "Account", "href": "/account", "active": page == "account"])
        data["navigation"] = navigation
        return data
    }

    private static func organizationData(_ organization: Organization) -> [String: Any] {
        [
            "id": organization.id.uuidString, "name": organization.name, "kind": organization.kind.description,
            "sizeTier": organization.sizeTier.rawValue,
        ]
    }

    func organization(_ context: Context, _ permission: Permission) async throws -> (Organization, Role) {
        _ = try signedIn(context)
        return try await services.access.organization(
            context.parameters.get("org") ?? "",
            principal: context.principal,
            needs: permission
        )
    }

    /// Runs a form action; on an input error, shows the page again with the message instead of an error page.
    private func form(
        _ request: Request,
        _ context: Context,
        redirectTo: String,
        page: (_ notice: String?, _ error: String?, _ extra: [String: Any])
            async throws -> Response,
        action: (FormData) async throws -> (notice: String, extra: [String: Any])
    ) async throws -> Response {
        let form = try await verifiedForm(request, context)
        do {
            let (notice, extra) = try await action(form)
            // Post/redirect/get: a reload does not submit again. Only a one-time secret is rendered in the response.
            if extra.isEmpty { return Self.redirect(redirectTo + "?" + services.notices.query(for: notice)) }
            return try await page(notice, nil, extra)
        } catch let error as WardError
            where [.invalidInput, .conflict, .forbidden, .notFound].contains(error.code)
            && context.principal != nil
        {
            var response = try await page(nil, error.message, [:])
            response.status = Problem.status(for: error.code)
            return response
        }
    }

    static let timestamp: Date.ISO8601FormatStyle = .iso8601.year().month().day().dateSeparator(.dash)
        .time(includingFractionalSeconds: false).timeSeparator(.colon)

    static func show(_ date: Date?) -> String {
        guard let date else { return "never" }
        return date.formatted(timestamp).replacingOccurrences(of: "T", with: " ")
    }

    // MARK: Sign-in

    @Sendable func home(_ request: Request, context: Context) async throws -> Response {
        guard case .user(let user, let session) = context.principal, !session.secondFactorPending else {
            return Self.redirect("/login")
        }
        let memberships = try await services.store.memberships.organizations(of: user.id)
        guard let first = memberships.first else { return Self.redirect("/account") }
        return Self.redirect("/orgs/\(first.organization.id.uuidString)")
    }

    @Sendable func loginPage(_ request: Request, context: Context) async throws -> Response {
        if case .user(_, let session) = context.principal, !session.secondFactorPending {
            return Self.redirect("/")
        }
        return renderLogin(request, email: "", error: nil, status: .ok)
    }

    private func renderLogin(
        _ request: Request,
        email: String,
        error: String?,
        status: HTTPResponse.Status
    )
        -> Response
    {
        let (token, cookie) = preSessionToken(request)
        var data: [String: Any] = ["title": "Sign in", "csrf": token, "email": email]
        data["error"] = error
        var response = pages.render("login", data, status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    @Sendable func login(_ request: Request, context: Context) async throws -> Response {
        let form = try await verifiedForm(request, context)
        let email = form["email"] ?? ""
        do {
            switch try await accounts.signIn(email: email, password: form["password"] ?? "", context: context) {
            case .signedIn(let cookie, _):
                var response = Self.redirect("/")
                response.setCookie(sessionCookie(cookie, maxAge: Int(services.configuration.sessionAbsoluteTimeout)))
                return response
            case .needsSecondFactor(let cookie):
                var response = Self.redirect("/login/totp")
                response.setCookie(sessionCookie(cookie, maxAge: 300))
                return response
            }
        } catch let error as WardError where error.code == .unauthenticated || error.code == .tooManyRequests {
            return renderLogin(
                request,
                email: email,
                error: error.message,
                status: error.code == .tooManyRequests ? .tooManyRequests : .unauthorized
            )
        }
    }

    @Sendable func totpPage(_ request: Request, context: Context) async throws -> Response {
        guard case .user(_, let session) = context.principal, session.secondFactorPending else {
            return Self.redirect("/login")
        }
        return pages.render("totp", ["title": "Authenticator code", "csrf": session.csrfToken])
    }

    @Sendable func totp(_ request: Request, context: Context) async throws -> Response {
        let form = try await verifiedForm(request, context)
        do {
            let (cookie, _) = try await accounts.verifySecondFactor(
                code: form["code"] ?? "",
                principal: context.principal,
                context: context
            )
            var response = Self.redirect("/")
            response.setCookie(sessionCookie(cookie, maxAge: Int(services.configuration.sessionAbsoluteTimeout)))
            return response
        } catch let error as WardError where error.code == .unauthenticated || error.code == .tooManyRequests {
            guard let session = context.principal?.session else { return Self.redirect("/login") }
            return pages.render(
                "totp",
                [
                    "title": "Authenticator code", "csrf": session.csrfToken,
                    "error": error.message,
                ],
                status: .unauthorized
            )
        }
    }

    @Sendable func logout(_ request: Request, context: Context) async throws -> Response {
        _ = try await verifiedForm(request, context)
        try await accounts.signOut(principal: context.principal, context: context)
        var response = Self.redirect("/login")
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    @Sendable func setupPage(_ request: Request, context: Context) async throws -> Response {
        try await renderSetup(request, context: context, error: nil, status: .ok, name: "", email: "")
    }

    private func renderSetup(
        _ request: Request,
        context: Context,
        error: String?,
        status: HTTPResponse.Status,
        name: String,
        email: String
    ) async throws -> Response {
        let secret = context.parameters.get("secret") ?? ""
        guard
            let purpose = try await services.store.setupTokens.purpose(
                hash: Secrets.hash(secret),
                now: services.clock()
            )
        else {
            throw WardError(.notFound, "this link is not valid any more; ask an administrator for a new one")
        }
        let (token, cookie) = preSessionToken(request)
        var data: [String: Any] = ["csrf": token, "name": name, "email": email]
        data["error"] = error
        switch purpose {
        case .setup:
            data["title"] = "Set up Ward"
            data["heading"] = "Set up Ward"
            data["explanation"] = "Create the first administrator account. This link works once."
            data["askIdentity"] = true
            data["button"] = "Create account"
            data["action"] = "/setup/\(secret)"
        case .activate(let userID):
            let user = try await services.store.users.get(userID)
            data["title"] = "Choose your password"
            data["heading"] = "Welcome to Ward"
            data["explanation"] = "Choose a password for your account. This link works once."
            data["askIdentity"] = false
            data["email"] = user?.email ?? ""
            data["button"] = "Set password"
            data["action"] = "/activate/\(secret)"
        }
        var response = pages.render("setup", data, status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    @Sendable func setup(_ request: Request, context: Context) async throws -> Response {
        let form = try await verifiedForm(request, context)
        let secret = context.parameters.get("secret") ?? ""
        let password = form["password"] ?? ""
        do {
            guard password == form["confirm"] else {
                throw WardError(.invalidInput, "the two passwords differ", location: "confirm")
            }
            let user = try await accounts.redeemLink(
                secret: secret,
                email: form["email"],
                displayName: form["name"],
                password: password,
                context: context
            )
            let (cookie, session) = try await accounts.openSession(
                for: user,
                secondFactorPending: false,
                context: context
            )
            try await services.audit(
                .login,
                organizationID: nil,
                principal: .user(user, session: session),
                context: context
            )
            var response = Self.redirect("/")
            response.setCookie(sessionCookie(cookie, maxAge: Int(services.configuration.sessionAbsoluteTimeout)))
            return response
        } catch let error as WardError where error.code == .invalidInput || error.code == .conflict {
            return try await renderSetup(
                request,
                context: context,
                error: error.message,
                status: .badRequest,
                name: form["name"] ?? "",
                email: form["email"] ?? ""
            )
        }
    }

    @Sendable func switchOrganization(_ request: Request, context: Context) async throws -> Response {
        _ = try signedIn(context)
        guard let id = request.uri.queryParameters.get("org").flatMap(UUID.init(uuidString:)) else {
            return Self.redirect("/")
        }
        return Self.redirect("/orgs/\(id.uuidString)")
    }

    // MARK: Account

    @Sendable func accountPage(_ request: Request, context: Context) async throws -> Response {
        try await renderAccount(context, notice: services.notices.read(request), error: nil, enrollment: nil)
    }

    private func renderAccount(
        _ context: Context,
        notice: String?,
        error: String?,
        enrollment: (secret: String, uri: String)?
    ) async throws -> Response {
        let (user, _) = try signedIn(context)
        let memberships = try await services.store.memberships.organizations(of: user.id)
        let current = memberships.first
        var data = try await layoutData(
            context,
            title: "Account",
            organization: current?.organization,
            role: current?.role,
            page: "account"
        )
        let fresh = try await services.store.users.get(user.id) ?? user
        data["user"] = [
            "displayName": fresh.displayName, "email": fresh.email,
            "isSiteAdministrator": fresh.isSiteAdministrator, "totpEnabled": fresh.totpEnabled,
        ]
        data["notice"] = notice
        data["error"] = error
        if let enrollment { data["enrollment"] = ["secret": enrollment.secret, "uri": enrollment.uri] }
        return pages.render("account", data, status: error == nil ? .ok : .badRequest)
    }

    private func accountForm(
        _ request: Request,
        _ context: Context,
        _ body: (FormData) async throws -> (String?, (String, String)?)
    ) async throws -> Response {
        let form = try await verifiedForm(request, context)
        do {
            let (notice, enrollment) = try await body(form)
            if enrollment == nil, let notice {
                return Self.redirect("/account?" + services.notices.query(for: notice))
            }
            return try await renderAccount(context, notice: notice, error: nil, enrollment: enrollment)
        } catch let error as WardError where error.code == .invalidInput {
            return try await renderAccount(context, notice: nil, error: error.message, enrollment: nil)
        }
    }

    @Sendable func changePassword(_ request: Request, context: Context) async throws -> Response {
        try await accountForm(request, context) { form in
            try await accounts.changePassword(
                principal: context.principal,
                current: form["current_password"] ?? "",
                new: form["new_password"] ?? "",
                context: context
            )
            return ("Password changed. Your other sessions were signed out.", nil)
        }
    }

    @Sendable func startTOTP(_ request: Request, context: Context) async throws -> Response {
        try await accountForm(request, context) { _ in
            let enrollment = try await accounts.startTOTP(principal: context.principal)
            return (nil, enrollment)
        }
    }

    @Sendable func confirmTOTP(_ request: Request, context: Context) async throws -> Response {
        try await accountForm(request, context) { form in
            try await accounts.confirmTOTP(principal: context.principal, code: form["code"] ?? "", context: context)
            return ("The authenticator app is on. Signing in will ask for a code.", nil)
        }
    }

    @Sendable func disableTOTP(_ request: Request, context: Context) async throws -> Response {
        try await accountForm(request, context) { form in
            try await accounts.disableTOTP(
                principal: context.principal,
                password: form["password"] ?? "",
                context: context
            )
            return ("The authenticator app is off.", nil)
        }
    }

    // MARK: Organizations

    private static func choices() -> (kinds: [[String: Any]], tiers: [[String: Any]]) {
        (
            OrganizationKind.allCases.map { ["value": $0.rawValue, "label": $0.description] },
            SizeTier.allCases.map { ["value": $0.rawValue] }
        )
    }

    @Sendable func newOrganizationPage(_ request: Request, context: Context) async throws -> Response {
        let (user, _) = try signedIn(context)
        guard user.isSiteAdministrator else {
            throw WardError(.forbidden, "only site administrators create top-level organizations")
        }
        var data = try await layoutData(context, title: "New organization", organization: nil, role: nil, page: "")
        (data["kinds"], data["tiers"]) = Self.choices()
        return pages.render("new-organization", data)
    }

    @Sendable func createOrganization(_ request: Request, context: Context) async throws -> Response {
        let form = try await verifiedForm(request, context)
        guard try signedIn(context).0.isSiteAdministrator else {
            throw WardError(.forbidden, "only site administrators create top-level organizations")
        }
        let created = try await actions.create(
            name: try form.required("name", label: "the name"),
            kind: try OrganizationKind(parsing: form["kind"] ?? "clinic"),
            sizeTier: try SizeTier(parsing: form["size_tier"] ?? "small"),
            parentID: nil,
            principal: context.principal,
            context: context
        )
        return Self.redirect("/orgs/\(created.id.uuidString)")
    }

    @Sendable func overview(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: organization.name,
            organization: organization,
            role: role,
            page: "overview"
        )
        let store = services.store
        let children = try await store.organizations.children(of: organization.id)
        let entries = try await store.scope.entries(organizationID: organization.id)
        data["memberCount"] = try await store.memberships.members(of: organization.id).count
        data["scopeCount"] = entries.count
        data["windowCount"] = try await store.scope.windows(organizationID: organization.id).count
        data["children"] = children.map(Self.organizationData)
        data["hasChildren"] = !children.isEmpty
        data["gettingStarted"] = entries.isEmpty && role.allows(.manageScope)
        if let parentID = organization.parentID,
            try await store.memberships.role(
                of: try signedIn(context).0.id,
                in: parentID
            ) != nil, let parent = try await store.organizations.get(parentID)
        {
            data["parent"] = Self.organizationData(parent)
        }
        return pages.render("overview", data)
    }

    @Sendable func settingsPage(_ request: Request, context: Context) async throws -> Response {
        try await renderSettings(context, notice: services.notices.read(request), error: nil)
    }

    private func renderSettings(_ context: Context, notice: String?, error: String?) async throws -> Response {
        let (organization, role) = try await organization(context, .manageOrganization)
        var data = try await layoutData(
            context,
            title: "Settings",
            organization: organization,
            role: role,
            page: "settings"
        )
        data["kinds"] = OrganizationKind.allCases.map {
            ["value": $0.rawValue, "label": $0.description, "selected": $0 == organization.kind] as [String: Any]
        }
        data["tiers"] = SizeTier.allCases.map {
            ["value": $0.rawValue, "selected": $0 == organization.sizeTier] as [String: Any]
        }
        data["notice"] = notice
        data["error"] = error
        return pages.render("settings", data)
    }

    @Sendable func saveSettings(_ request: Request, context: Context) async throws -> Response {
        try await form(
            request,
            context,
            redirectTo: "/orgs/\(context.parameters.get("org") ?? "")/settings",
            page: { notice, error, _ in
                try await renderSettings(context, notice: notice, error: error)
            }
        ) { form in
            var (organization, _) = try await organization(context, .manageOrganization)
            organization.name = try form.required("name", label: "the name")
            organization.kind = try OrganizationKind(parsing: form["kind"] ?? organization.kind.rawValue)
            organization.sizeTier = try SizeTier(parsing: form["size_tier"] ?? organization.sizeTier.rawValue)
            try await actions.update(organization, principal: context.principal, context: context)
            return ("Saved.", [:])
        }
    }

    @Sendable func createChild(_ request: Request, context: Context) async throws -> Response {
        try await form(
            request,
            context,
            redirectTo: "/orgs/\(context.parameters.get("org") ?? "")/settings",
            page: { notice, error, _ in
                try await renderSettings(context, notice: notice, error: error)
            }
        ) { form in
            let (parent, _) = try await organization(context, .manageOrganization)
            let child = try await actions.create(
                name: try form.required("name", label: "the name"),
                kind: try OrganizationKind(parsing: form["kind"] ?? "clinic"),
                sizeTier: try SizeTier(parsing: form["size_tier"] ?? "small"),
                parentID: parent.id,
                principal: context.principal,
                context: context
            )
            return ("Added \(child.name) under \(parent.name).", [:])
        }
    }

    // MARK: Scope

    @Sendable func scopePage(_ request: Request, context: Context) async throws -> Response {
        try await renderScope(context, notice: services.notices.read(request), error: nil)
    }

    private func renderScope(_ context: Context, notice: String?, error: String?) async throws -> Response {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(context, title: "Scope", organization: organization, role: role, page: "scope")
        data["entries"] = try await services.store.scope.entries(organizationID: organization.id).map {
            [
                "id": $0.id.uuidString, "kind": $0.kind.rawValue, "target": $0.target,
                "note": $0.note ?? "",
            ]
        }
        data["windows"] = try await services.store.scope.windows(organizationID: organization.id).map {
            ["id": $0.id.uuidString, "window": $0.window.description]
        }
        data["canManage"] = role.allows(.manageScope)
        data["notice"] = notice
        data["error"] = error
        return pages.render("scope", data)
    }

    private func scopeForm(
        _ request: Request,
        _ context: Context,
        _ body: (FormData, Organization) async throws -> String
    )
        async throws -> Response
    {
        try await form(
            request,
            context,
            redirectTo: "/orgs/\(context.parameters.get("org") ?? "")/scope",
            page: { notice, error, _ in
                try await renderScope(context, notice: notice, error: error)
            }
        ) { form in
            let (organization, _) = try await organization(context, .manageScope)
            return (try await body(form, organization), [:])
        }
    }

    @Sendable func addScopeEntry(_ request: Request, context: Context) async throws -> Response {
        try await scopeForm(request, context) { form, organization in
            let kind = ScopeEntry.Kind(rawValue: form["kind"] ?? "") ?? .include
            let stored = try await actions.addScopeEntry(
                organizationID: organization.id,
                kind: kind,
                target: try form.required("target", label: "the target"),
                note: form["note"],
                principal: context.principal,
                context: context
            )
            return "\(stored.target) is now \(kind)d."
        }
    }

    @Sendable func removeScopeEntry(_ request: Request, context: Context) async throws -> Response {
        try await scopeForm(request, context) { _, organization in
            try await actions.removeScopeEntry(
                organizationID: organization.id,
                entryID: try context.parameters.uuid("entry"),
                principal: context.principal,
                context: context
            )
            return "Entry removed."
        }
    }

    @Sendable func addScanWindow(_ request: Request, context: Context) async throws -> Response {
        try await scopeForm(request, context) { form, organization in
            let stored = try await actions.addScanWindow(
                organizationID: organization.id,
                spec: try form.required("window", label: "the window"),
                principal: context.principal,
                context: context
            )
            return "Scan window \(stored.window) added."
        }
    }

    @Sendable func removeScanWindow(_ request: Request, context: Context) async throws -> Response {
        try await scopeForm(request, context) { _, organization in
            try await actions.removeScanWindow(
                organizationID: organization.id,
                windowID: try context.parameters.uuid("window"),
                principal: context.principal,
                context: context
            )
            return "Scan window removed."
        }
    }

    // MARK: Members

    @Sendable func membersPage(_ request: Request, context: Context) async throws -> Response {
        try await renderMembers(context, notice: services.notices.read(request), error: nil, extra: [:])
    }

    private func renderMembers(
        _ context: Context,
        notice: String?,
        error: String?,
        extra: [String: Any]
    ) async throws
        -> Response
    {
        let (organization, role) = try await organization(context, .read)
        var data = try await layoutData(
            context,
            title: "Members",
            organization: organization,
            role: role,
            page: "members"
        )
        let canManage = role.allows(.manageMembers)
        data["members"] = try await services.store.memberships.members(of: organization.id).map { member in
            [
                "userID": member.user.id.uuidString, "email": member.user.email, "displayName": member.user.displayName,
                "role": member.role.rawValue,
                "roles": Role.allCases.filter { role.mayGrant($0) || $0 == member.role }.map {
                    ["name": $0.rawValue, "selected": $0 == member.role] as [String: Any]
                },
            ] as [String: Any]
        }
        data["canManage"] = canManage
        data["grantable"] = Role.allCases.filter { role.mayGrant($0) }.map(\.rawValue)
        data["notice"] = notice
        data["error"] = error
        data.merge(extra) { $1 }
        return pages.render("members", data)
    }

    private func memberForm(
        _ request: Request,
        _ context: Context,
        _ body: (FormData, Organization, Role) async throws -> (String, [String: Any])
    ) async throws -> Response {
        try await form(
            request,
            context,
            redirectTo: "/orgs/\(context.parameters.get("org") ?? "")/members",
            page: { notice, error, extra in
                try await renderMembers(context, notice: notice, error: error, extra: extra)
            }
        ) { form in
            let (organization, role) = try await organization(context, .manageMembers)
            return try await body(form, organization, role)
        }
    }

    @Sendable func addMember(_ request: Request, context: Context) async throws -> Response {
        try await memberForm(request, context) { form, organization, role in
            let (user, link) = try await actions.addMember(
                organizationID: organization.id,
                actorRole: role,
                email: try form.required("email", label: "the e-mail address"),
                displayName: form["name"],
                role: try Role(parsing: form["role"] ?? ""),
                principal: context.principal,
                context: context
            )
            return ("\(user.email) was added.", link.map { ["activationLink": $0] } ?? [:])
        }
    }

    @Sendable func changeRole(_ request: Request, context: Context) async throws -> Response {
        try await memberForm(request, context) { form, organization, role in
            let newRole = try Role(parsing: form["role"] ?? "")
            try await actions.changeRole(
                organizationID: organization.id,
                actorRole: role,
                userID: try context.parameters.uuid("user"),
                to: newRole,
                principal: context.principal,
                context: context
            )
            return ("Role changed to \(newRole).", [:])
        }
    }

    @Sendable func removeMember(_ request: Request, context: Context) async throws -> Response {
        try await memberForm(request, context) { _, organization, role in
            try await actions.removeMember(
                organizationID: organization.id,
                actorRole: role,
                userID: try context.parameters.uuid("user"),
                principal: context.principal,
                context: context
            )
            return ("Member removed.", [:])
        }
    }

    // MARK: Tokens

    @Sendable func tokensPage(_ request: Request, context: Context) async throws -> Response {
        try await renderTokens(context, notice: services.notices.read(request), error: nil, extra: [:])
    }

    private func renderTokens(
        _ context: Context,
        notice: String?,
        error: String?,
        extra: [String: Any]
    ) async throws
        -> Response
    {
        let (organization, role) = try await organization(context, .manageTokens)
        var data = try await layoutData(
            context,
            title: "API tokens",
            organization: organization,
            role: role,
            page: "tokens"
        )
        let now = services.clock()
        data["tokens"] = try await services.store.tokens.list(organizationID: organization.id).map { token in
            [
                "id": token.id.uuidString, "name": token.name, "role": token.role.rawValue, "prefix": token.prefix,
                "created": Self.show(token.createdAt), "lastUsed": Self.show(token.lastUsedAt),
                "status": token.revokedAt != nil
                    ? "revoked" : (token.isActive(at: now) ? "active" : "expired"),
                "active": token.isActive(at: now),
            ] as [String: Any]
        }
        data["grantable"] = Role.allCases.filter { role.mayGrant($0) }.map(\.rawValue)
        data["notice"] = notice
        data["error"] = error
        data.merge(extra) { $1 }
        return pages.render("tokens", data)
    }

    @Sendable func createToken(_ request: Request, context: Context) async throws -> Response {
        try await form(
            request,
            context,
            redirectTo: "/orgs/\(context.parameters.get("org") ?? "")/tokens",
            page: { notice, error, extra in
                try await renderTokens(context, notice: notice, error: error, extra: extra)
            }
        ) { form in
            let (organization, role) = try await organization(context, .manageTokens)
            let days = form["days"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            let (token, secret) = try await actions.createToken(
                organizationID: organization.id,
                actorRole: role,
                name: form["name"] ?? "",
                role: try Role(parsing: form["role"] ?? ""),
                expiresInDays: days,
                principal: context.principal,
                context: context
            )
            return ("Token \(token.name) created.", ["newSecret": secret])
        }
    }

    @Sendable func revokeToken(_ request: Request, context: Context) async throws -> Response {
        try await form(
            request,
            context,
            redirectTo: "/orgs/\(context.parameters.get("org") ?? "")/tokens",
            page: { notice, error, extra in
                try await renderTokens(context, notice: notice, error: error, extra: extra)
            }
        ) { _ in
            let (organization, _) = try await organization(context, .manageTokens)
            let token = try await actions.revokeToken(
                organizationID: organization.id,
                tokenID: try context.parameters.uuid("token"),
                principal: context.principal,
                context: context
            )
            return ("Token \(token.name) revoked.", [:])
        }
    }

    // MARK: Audit

    @Sendable func auditPage(_ request: Request, context: Context) async throws -> Response {
        let (organization, role) = try await organization(context, .readAuditLog)
        var data = try await layoutData(
            context,
            title: "Audit log",
            organization: organization,
            role: role,
            page: "audit"
        )
        let before = request.uri.queryParameters.get("before").flatMap(Int64.init).map(Date.init(milliseconds:))
        let events = try await services.store.audit.list(organizationID: organization.id, before: before, limit: 100)
        data["events"] = events.map { event in
            [
                "when": Self.show(event.occurredAt), "actor": event.actor, "action": event.action.rawValue,
                "target": event.target ?? "", "outcome": event.outcome.rawValue, "source": event.sourceAddress ?? "",
                "details": event.details.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    .joined(separator: ", "),
            ]
        }
        if events.count == 100, let last = events.last { data["older"] = String(last.occurredAt.milliseconds) }
        return pages.render("audit", data)
    }
}
