import Foundation
import Logging
import WardCore
import WardStore

/// What the `ward` command line does directly on the database, without a running server.
///
/// Every change is recorded in the audit log with the actor `cli` (the person at the server's console).
public struct LocalOperations: Sendable {
    public let database: Database
    let logger: Logger
    let clock: @Sendable () -> Date
    let passwords: PasswordHasher

    public init(database: Database, logger: Logger, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.init(database: database, logger: logger, clock: clock, passwords: PasswordHasher())
    }

    init(database: Database, logger: Logger, clock: @escaping @Sendable () -> Date, passwords: PasswordHasher) {
        self.database = database
        self.logger = logger
        self.clock = clock
        self.passwords = passwords
    }

    private var store: Store { database.store }

    private func audit(
        _ action: AuditAction,
        organizationID: UUID?,
        target: String?,
        details: [String: String] = [:],
        in store: Store? = nil
    ) async throws {
        try await (store ?? self.store).audit.append(
            AuditEvent(
                occurredAt: clock(),
                organizationID: organizationID,
                actorUserID: nil,
                actor: "cli",
                action: action,
                target: target,
                details: details
            )
        )
    }

    // MARK: Organizations

    /// The organization named by `reference` (identifier or exact name), or the default local organization, created
    /// on first use, when `reference` is nil.
    public func organization(_ reference: String?) async throws -> Organization {
        guard let reference else {
            return try await OrganizationActions.ensureDefaultOrganization(in: store, now: clock())
        }
        guard let found = try await store.organizations.find(reference) else {
            throw WardError(.notFound, "no organization '\(reference)'; see ward org list", location: "--org")
        }
        return found
    }

    /// Creates an organization; `parent` names an existing one.
    public func createOrganization(
        name: String,
        kind: OrganizationKind,
        sizeTier: SizeTier,
        parent: String?
    )
        async throws -> Organization
    {
        var parentID: UUID?
        if let parent { parentID = try await organization(parent).id }
        let organization = try await store.organizations.create(
            Organization(name: name, kind: kind, sizeTier: sizeTier, parentID: parentID, createdAt: clock())
        )
        try await audit(
            .organizationCreated,
            organizationID: organization.id,
            target: "organization:\(organization.id.uuidString.lowercased())",
            details: ["name": organization.name]
        )
        return organization
    }

    /// Every organization, with its members and scope sizes, for `ward org list`.
    public func organizations() async throws -> [Organization] {
        _ = try await organization(nil)
        return try await store.organizations.all()
    }

    /// An organization with its members, sub-organizations and scope, for `ward org show`.
    public struct OrganizationDetails: Sendable, Codable {
        public var organization: Organization
        public var members: [MembershipRecords.Member]
        public var children: [Organization]
        public var scope: [ScopeRecords.Entry]
        public var windows: [ScopeRecords.Window]
    }

    public func details(_ reference: String?) async throws -> OrganizationDetails {
        let organization = try await organization(reference)
        return OrganizationDetails(
            organization: organization,
            members: try await store.memberships.members(of: organization.id),
            children: try await store.organizations.children(of: organization.id),
            scope: try await store.scope.entries(organizationID: organization.id),
            windows: try await store.scope.windows(organizationID: organization.id)
        )
    }

    // MARK: Scope

    /// Adds scope entries and, optionally, a scan window, all or nothing: a target that does not parse, or one
    /// already declared, adds none of them. Errors name the target by its position.
    public func addScope(
        _ targets: [String],
        kind: ScopeEntry.Kind,
        note: String?,
        window spec: String?,
        organization reference: String?
    ) async throws -> (entries: [ScopeRecords.Entry], window: ScopeRecords.Window?) {
        let organization = try await organization(reference)
        var entries: [ScopeEntry] = []
        for (index, target) in targets.enumerated() {
            do {
                entries.append(ScopeEntry(kind: kind, target: try ScopeEntry.Target(target), note: note))
            } catch var error as WardError {
                error.location = "target \(index + 1) ('\(target)')"
                throw error
            }
        }
        let window = try spec.map { spec in
            do { return try ScanWindow(spec) } catch var error as WardError {
                error.location = "--window"
                throw error
            }
        }
        let now = clock()
        let parsed = entries
        return try await database.transaction { (store: Store) in
            var stored: [ScopeRecords.Entry] = []
            for (index, entry) in parsed.enumerated() {
                do {
                    stored.append(try await store.scope.add(entry, organizationID: organization.id, now: now))
                } catch var error as WardError {
                    error.location = "target \(index + 1) ('\(targets[index])')"
                    throw error
                }
                try await self.audit(
                    .scopeChanged,
                    organizationID: organization.id,
                    target: "scope:\(stored[index].id.uuidString.lowercased())",
                    details: ["change": "add", "kind": kind.rawValue, "target": entry.target.text],
                    in: store
                )
            }
            var storedWindow: ScopeRecords.Window?
            if let window {
                storedWindow = try await store.scope.add(window, organizationID: organization.id, now: now)
                try await self.audit(
                    .scopeChanged,
                    organizationID: organization.id,
                    target: "window:\(storedWindow!.id.uuidString.lowercased())",
                    details: ["change": "add window", "window": window.description],
                    in: store
                )
            }
            return (stored, storedWindow)
        }
    }

    /// Removes a scope entry or scan window by its identifier or, for an entry, by its target text.
    public func removeScope(_ reference: String, organization organizationReference: String?) async throws -> String {
        let organization = try await organization(organizationReference)
        let entries = try await store.scope.entries(organizationID: organization.id)
        let normalized = (try? ScopeEntry.Target(reference).text) ?? reference
        if let entry = entries.first(where: {
            $0.id.uuidString.lowercased() == reference.lowercased() || $0.target == normalized
        }) {
            try await store.scope.remove(entryID: entry.id, organizationID: organization.id)
            try await audit(
                .scopeChanged,
                organizationID: organization.id,
                target: "scope:\(entry.id.uuidString.lowercased())",
                details: ["change": "remove", "kind": entry.kind.rawValue, "target": entry.target]
            )
            return "\(entry.kind) \(entry.target)"
        }
        let windows = try await store.scope.windows(organizationID: organization.id)
        if let window = windows.first(where: {
            $0.id.uuidString.lowercased() == reference.lowercased() || $0.window.description == reference
        }) {
            try await store.scope.remove(windowID: window.id, organizationID: organization.id)
            try await audit(
                .scopeChanged,
                organizationID: organization.id,
                target: "window:\(window.id.uuidString.lowercased())",
                details: ["change": "remove window", "window": window.window.description]
            )
            return "window \(window.window)"
        }
        throw WardError(
            .notFound,
            "\(organization.name) has no scope entry or window '\(reference)'; see ward org scope list"
        )
    }

    // MARK: Accounts

    /// Creates a site administrator who owns the default organization. Without a password, returns a one-time
    /// activation link instead.
    public func createAdministrator(
        email: String,
        displayName: String?,
        password: String?,
        baseURL: String
    )
        async throws -> (User, activationLink: String?)
    {
        let address = try User.validateEmail(email)
        var computed: String?
        if let password {
            try User.validatePassword(password, email: address)
            computed = try await passwords.hash(password)
        }
        let hash = computed
        let now = clock()
        let name = displayName?.trimmingCharacters(in: .whitespacesAndNewlines)
        let user = try await database.transaction { (store: Store) -> User in
            let user = try await store.users.create(
                User(
                    email: address,
                    displayName: (name?.isEmpty ?? true) ? address : name!,
                    isSiteAdministrator: true,
                    createdAt: now
                ),
                passwordHash: hash
            )
            let organization = try await OrganizationActions.ensureDefaultOrganization(in: store, now: now)
            try await store.memberships.add(
                Membership(
                    organizationID: organization.id,
                    userID: user.id,
                    role: .owner,
                    createdAt: now
                )
            )
            try await self.audit(
                .userCreated,
                organizationID: organization.id,
                target: "user:\(user.id.uuidString.lowercased())",
                details: ["email": address, "site_admin": "true"],
                in: store
            )
            return user
        }
        guard hash == nil else { return (user, nil) }
        let secret = Secrets.random()
        try await store.setupTokens.create(
            hash: Secrets.hash(secret),
            purpose: .activate(user.id),
            now: now,
            expiresAt: now.addingTimeInterval(7 * 86400)
        )
        return (user, "\(baseURL)/activate/\(secret)")
    }

    public func users() async throws -> [User] { try await store.users.all() }

    /// Issues a one-time link (valid 7 days) with which a person who forgot their password chooses a new one; with
    /// `removeSecondFactor`, also turns off their authenticator app (a lost phone). Ends their sessions.
    public func resetAccount(email: String, removeSecondFactor: Bool, baseURL: String) async throws -> String {
        guard let user = try await store.users.get(email: try User.validateEmail(email, location: "--email")) else {
            throw WardError(.notFound, "no account for \(email); see ward admin list", location: "--email")
        }
        let now = clock()
        let secret = Secrets.random()
        try await database.transaction { (store: Store) in
            try await store.setupTokens.create(
                hash: Secrets.hash(secret),
                purpose: .activate(user.id),
                now: now,
                expiresAt: now.addingTimeInterval(7 * 86400)
            )
            try await store.sessions.deleteAll(userID: user.id)
            if removeSecondFactor {
                try await store.users.setTOTPSecret(nil, enabled: false, for: user.id)
                try await self.audit(
                    .totpDisabled,
                    organizationID: nil,
                    target: "user:\(user.id.uuidString.lowercased())",
                    in: store
                )
            }
            try await self.audit(
                .passwordChanged,
                organizationID: nil,
                target: "user:\(user.id.uuidString.lowercased())",
                details: ["via": "reset link issued"],
                in: store
            )
        }
        return "\(baseURL)/activate/\(secret)"
    }

    /// A one-time setup link for the first administrator, when no site administrator exists yet; nil otherwise.
    public func setupLinkIfNeeded(baseURL: String) async throws -> String? {
        guard try await store.users.siteAdministratorCount() == 0 else { return nil }
        let secret = Secrets.random()
        let now = clock()
        try await store.setupTokens.create(
            hash: Secrets.hash(secret),
            purpose: .setup,
            now: now,
            expiresAt: now.addingTimeInterval(24 * 3600)
        )
        return "\(baseURL)/setup/\(secret)"
    }

    // MARK: Database

    /// Writes a consistent copy of the database to `path` while the server may be running; see
    /// ``Database/backup(to:)``.
    public func backup(to path: String) async throws {
        try await database.backup(to: path)
        try await audit(.backup, organizationID: nil, target: path)
    }
}
