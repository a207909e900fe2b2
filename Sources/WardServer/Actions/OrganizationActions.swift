import Foundation
import WardCore
import WardStore

/// Changes to organizations, their members, API tokens and scope, with the role rules and the audit trail; shared by
/// the JSON API and the web UI so that both enforce the same rules.
struct OrganizationActions {
    let services: ServerServices

    /// The default organization of an embedded installation, created on first need.
    static func ensureDefaultOrganization(in store: Store, now: Date = Date()) async throws -> Organization {
        if let existing = try await store.organizations.defaultOrganization() { return existing }
        return try await store.organizations.create(
            Organization(name: "My organization", kind: .clinic, sizeTier: .small, createdAt: now),
            isDefault: true
        )
    }

    /// Creates an organization. Site administrators create top-level ones; a sub-organization needs the right to
    /// manage its parent. The creator becomes its owner.
    func create(
        name: String,
        kind: OrganizationKind,
        sizeTier: SizeTier,
        parentID: UUID?,
        principal: Principal?,
        context: WardRequestContext
    ) async throws -> Organization {
        let user = try services.access.user(principal)
        if let parentID {
            _ = try await services.access.organization(
                parentID.uuidString,
                principal: principal,
                needs: .manageOrganization
            )
        } else if !user.isSiteAdministrator {
            throw WardError(.forbidden, "only site administrators create top-level organizations")
        }
        let now = services.clock()
        let organization = Organization(name: name, kind: kind, sizeTier: sizeTier, parentID: parentID, createdAt: now)
        let services = self.services
        return try await services.database.transaction { (store: Store) in
            let created = try await store.organizations.create(organization)
            try await store.memberships.add(
                Membership(
                    organizationID: created.id,
                    userID: user.id,
                    role: .owner,
                    createdAt: now
                )
            )
            try await services.audit(
                .organizationCreated,
                organizationID: created.id,
                principal: principal,
                target: "organization:\(created.id.uuidString.lowercased())",
                context: context,
                details: ["name": created.name],
                in: store
            )
            return created
        }
    }

    /// Saves changed organization fields.
    func update(_ organization: Organization, principal: Principal?, context: WardRequestContext) async throws {
        if let parentID = organization.parentID {
            _ = try await services.access.organization(
                parentID.uuidString,
                principal: principal,
                needs: .manageOrganization
            )
        }
        try await services.store.organizations.update(organization)
        try await services.audit(
            .organizationUpdated,
            organizationID: organization.id,
            principal: principal,
            target: "organization:\(organization.id.uuidString.lowercased())",
            context: context,
            details: [
                "name": organization.name, "kind": organization.kind.rawValue,
                "size_tier": organization.sizeTier.rawValue,
            ]
        )
    }

    /// Adds a member by e-mail address. When no account exists, one is created without a password and an activation
    /// link is returned for the caller to pass on.
    func addMember(
        organizationID: UUID,
        actorRole: Role,
        email: String,
        displayName: String?,
        role: Role,
        principal: Principal?,
        context: WardRequestContext
    ) async throws -> (User, activationLink: String?) {
        guard actorRole.mayGrant(role) else {
            throw WardError(.forbidden, "your role (\(actorRole)) cannot grant the role \(role)", location: "role")
        }
        let address = try User.validateEmail(email)
        let now = services.clock()
        var link: String?
        var user = try await services.store.users.get(email: address)
        if user == nil {
            let name = displayName?.trimmingCharacters(in: .whitespacesAndNewlines)
            user = try await services.store.users.create(
                User(email: address, displayName: (name?.isEmpty ?? true) ? address : name!, createdAt: now),
                passwordHash: nil
            )
            try await services.audit(
                .userCreated,
                organizationID: organizationID,
                principal: principal,
                target: "user:\(user!.id.uuidString.lowercased())",
                context: context,
                details: ["email": address]
            )
            link = try await AccountActions(services: services).issueLink(for: user!.id, lifetime: 7 * 86400)
        }
        guard let user else { throw WardError(.internal, "the account could not be created") }
        try await services.store.memberships.add(
            Membership(
                organizationID: organizationID,
                userID: user.id,
                role: role,
                createdAt: now
            )
        )
        try await services.audit(
            .memberAdded,
            organizationID: organizationID,
            principal: principal,
            target: "user:\(user.id.uuidString.lowercased())",
            context: context,
            details: ["email": user.email, "role": role.rawValue]
        )
        return (user, link)
    }

    /// Changes a member's role, keeping at least one owner and letting only owners touch owners.
    func changeRole(
        organizationID: UUID,
        actorRole: Role,
        userID: UUID,
        to newRole: Role,
        principal: Principal?,
        context: WardRequestContext
    ) async throws {
        let store = services.store
        guard let current = try await store.memberships.role(of: userID, in: organizationID) else {
            throw WardError(.notFound, "that user is not a member of this organization")
        }
        guard actorRole.mayGrant(newRole), actorRole.mayGrant(current) else {
            throw WardError(
                .forbidden,
                "your role (\(actorRole)) cannot change a \(current) into a \(newRole)",
                location: "role"
            )
        }
        if current == .owner, newRole != .owner, try await store.memberships.ownerCount(of: organizationID) <= 1 {
            throw WardError(.conflict, "this is the last owner; make someone else owner first", location: "role")
        }
        try await store.memberships.changeRole(of: userID, in: organizationID, to: newRole)
        try await services.audit(
            .roleChanged,
            organizationID: organizationID,
            principal: principal,
            target: "user:\(userID.uuidString.lowercased())",
            context: context,
            details: ["from": current.rawValue, "to": newRole.rawValue]
        )
    }

    /// Removes a member, with the same owner rules as ``changeRole(organizationID:actorRole:userID:to:principal:context:)``.
    func removeMember(
        organizationID: UUID,
        actorRole: Role,
        userID: UUID,
        principal: Principal?,
        context: WardRequestContext
    ) async throws {
        let store = services.store
        guard let current = try await store.memberships.role(of: userID, in: organizationID) else {
            throw WardError(.notFound, "that user is not a member of this organization")
        }
        guard actorRole.mayGrant(current) else {
            throw WardError(.forbidden, "your role (\(actorRole)) cannot remove a \(current)")
        }
        if current == .owner, try await store.memberships.ownerCount(of: organizationID) <= 1 {
            throw WardError(.conflict, "this is the last owner; make someone else owner first")
        }
        try await store.memberships.remove(userID, from: organizationID)
        try await services.audit(
            .memberRemoved,
            organizationID: organizationID,
            principal: principal,
            target: "user:\(userID.uuidString.lowercased())",
            context: context,
            details: ["role": current.rawValue]
        )
    }

    /// Creates an API token; the secret is returned once and never stored.
    func createToken(
        organizationID: UUID,
        actorRole: Role,
        name: String,
        role: Role,
        expiresInDays: Int?,
        principal: Principal?,
        context: WardRequestContext
    ) async throws -> (TokenRecords.Token, secret: String) {
        let user = try services.access.user(principal)
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 100 else {
            throw WardError(.invalidInput, "give the token a name of 1 to 100 characters", location: "name")
        }
        guard actorRole.mayGrant(role) else {
            throw WardError(
                .forbidden,
                "your role (\(actorRole)) cannot create a token with the role \(role)",
                location: "role"
            )
        }
        if let days = expiresInDays, !(1...3650).contains(days) {
            throw WardError(.invalidInput, "expiry must be between 1 and 3650 days", location: "expiresInDays")
        }
        let now = services.clock()
        let (secret, prefix) = TokenIssuer.newSecret()
        let token = TokenRecords.Token(
            organizationID: organizationID,
            name: trimmed,
            role: role,
            prefix: prefix,
            createdBy: user.id,
            createdAt: now,
            expiresAt: expiresInDays.map { now.addingTimeInterval(Double($0) * 86400) }
        )
        try await services.store.tokens.create(token, hash: Secrets.hash(secret))
        try await services.audit(
            .tokenCreated,
            organizationID: organizationID,
            principal: principal,
            target: "token:\(token.id.uuidString.lowercased())",
            context: context,
            details: ["name": trimmed, "role": role.rawValue]
        )
        return (token, secret)
    }

    func revokeToken(
        organizationID: UUID,
        tokenID: UUID,
        principal: Principal?,
        context: WardRequestContext
    )
        async throws -> TokenRecords.Token
    {
        let token = try await services.store.tokens.revoke(
            id: tokenID,
            organizationID: organizationID,
            at: services.clock()
        )
        try await services.audit(
            .tokenRevoked,
            organizationID: organizationID,
            principal: principal,
            target: "token:\(tokenID.uuidString.lowercased())",
            context: context,
            details: ["name": token.name]
        )
        return token
    }

    func addScopeEntry(
        organizationID: UUID,
        kind: ScopeEntry.Kind,
        target: String,
        note: String?,
        principal: Principal?,
        context: WardRequestContext
    ) async throws -> ScopeRecords.Entry {
        let entry = ScopeEntry(
            kind: kind,
            target: try Self.parseTarget(target),
            note: note.flatMap { $0.isEmpty ? nil : String($0.prefix(500)) }
        )
        let stored = try await services.store.scope.add(entry, organizationID: organizationID, now: services.clock())
        try await services.audit(
            .scopeChanged,
            organizationID: organizationID,
            principal: principal,
            target: "scope:\(stored.id.uuidString.lowercased())",
            context: context,
            details: ["change": "add", "kind": kind.rawValue, "target": entry.target.text]
        )
        return stored
    }

    func removeScopeEntry(
        organizationID: UUID,
        entryID: UUID,
        principal: Principal?,
        context: WardRequestContext
    )
        async throws
    {
        let entry = try await services.store.scope.remove(entryID: entryID, organizationID: organizationID)
        try await services.audit(
            .scopeChanged,
            organizationID: organizationID,
            principal: principal,
            target: "scope:\(entryID.uuidString.lowercased())",
            context: context,
            details: ["change": "remove", "kind": entry.kind.rawValue, "target": entry.target.text]
        )
    }

    func addScanWindow(
        organizationID: UUID,
        spec: String,
        principal: Principal?,
        context: WardRequestContext
    )
        async throws -> ScopeRecords.Window
    {
        let window: ScanWindow
        do { window = try ScanWindow(spec) } catch var error as WardError {
            error.location = error.location ?? "window"
            throw error
        }
        let stored = try await services.store.scope.add(window, organizationID: organizationID, now: services.clock())
        try await services.audit(
            .scopeChanged,
            organizationID: organizationID,
            principal: principal,
            target: "window:\(stored.id.uuidString.lowercased())",
            context: context,
            details: ["change": "add window", "window": window.description]
        )
        return stored
    }

    func removeScanWindow(
        organizationID: UUID,
        windowID: UUID,
        principal: Principal?,
        context: WardRequestContext
    )
        async throws
    {
        let window = try await services.store.scope.remove(windowID: windowID, organizationID: organizationID)
        try await services.audit(
            .scopeChanged,
            organizationID: organizationID,
            principal: principal,
            target: "window:\(windowID.uuidString.lowercased())",
            context: context,
            details: ["change": "remove window", "window": window.description]
        )
    }

    static func parseTarget(_ text: String) throws -> ScopeEntry.Target {
        do { return try ScopeEntry.Target(text) } catch var error as WardError {
            error.location = error.location ?? "target"
            throw error
        }
    }
}
