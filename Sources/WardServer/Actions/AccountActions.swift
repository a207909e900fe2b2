import Foundation
import WardCore
import WardStore

/// Sign-in, sign-out, first-run setup, activation links and the second factor, shared by the web UI and the CLI.
struct AccountActions {
    let services: ServerServices

    /// What a sign-in attempt produced.
    enum SignIn {
        /// Signed in; set this cookie value.
        case signedIn(cookie: String, session: SessionRecords.Session)
        /// Password right, second factor still needed; this cookie value carries a session that grants nothing else.
        case needsSecondFactor(cookie: String)
    }

    /// Checks a password, throttling by account and by client address, and opens a session.
    ///
    /// - Throws: `unauthenticated` with one message for an unknown account and a wrong password alike;
    ///   `tooManyRequests` while a lock-out lasts.
    func signIn(email: String, password: String, context: WardRequestContext) async throws -> SignIn {
        let store = services.store
        let configuration = services.configuration
        let now = services.clock()
        let normalized = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let keys = ["account:\(normalized)"] + (context.remoteAddress.map { ["address:\($0)"] } ?? [])
        let credentials = try await store.users.credentials(email: normalized)
        for key in keys {
            if let until = try await store.loginThrottle.lockedUntil(key, now: now) {
                try await store.audit.append(
                    AuditEvent(
                        occurredAt: now,
                        organizationID: nil,
                        actorUserID: credentials?.user.id,
                        actor: normalized,
                        action: .loginThrottled,
                        outcome: .failure,
                        sourceAddress: context.remoteAddress
                    )
                )
                let minutes = Int((until.timeIntervalSince(now) / 60).rounded(.up))
                throw WardError(.tooManyRequests, "too many failed sign-ins; try again in \(minutes) minute(s)")
            }
        }
        let passwordMatches = try await services.passwords.verify(password, hash: credentials?.passwordHash)
        guard let credentials, passwordMatches, !credentials.user.isDisabled else {
            for key in keys {
                try await store.loginThrottle.recordFailure(
                    key,
                    now: now,
                    window: configuration.loginFailureWindow,
                    limit: configuration.loginFailureLimit,
                    lockout: configuration.loginLockout
                )
            }
            let event = AuditEvent(
                occurredAt: now,
                organizationID: nil,
                actorUserID: credentials?.user.id,
                actor: normalized,
                action: .loginFailed,
                outcome: .failure,
                sourceAddress: context.remoteAddress
            )
            try await store.audit.append(event)
            throw WardError(.unauthenticated, "the e-mail address or the password is wrong")
        }
        for key in keys { try await store.loginThrottle.reset(key) }
        let pending = credentials.user.totpEnabled
        let (cookie, session) = try await openSession(
            for: credentials.user,
            secondFactorPending: pending,
            context: context
        )
        if pending { return .needsSecondFactor(cookie: cookie) }
        try await services.audit(
            .login,
            organizationID: nil,
            principal: .user(credentials.user, session: session),
            context: context
        )
        return .signedIn(cookie: cookie, session: session)
    }

    /// Completes a sign-in with a TOTP code; replaces the pending session with a full one.
    func verifySecondFactor(
        code: String,
        principal: Principal?,
        context: WardRequestContext
    ) async throws
        -> (cookie: String, session: SessionRecords.Session)
    {
        guard case .user(let user, let session) = principal, session.secondFactorPending else {
            throw WardError(.unauthenticated, "sign in with your password first")
        }
        let store = services.store
        let now = services.clock()
        let key = "totp:\(user.id.uuidString.lowercased())"
        if try await store.loginThrottle.lockedUntil(key, now: now) != nil {
            throw WardError(.tooManyRequests, "too many wrong codes; try again later")
        }
        guard let credentials = try await store.users.credentials(id: user.id), let secret = credentials.totpSecret,
            let bytes = Base32.decode(secret),
            let counter = TOTP(secret: bytes).matchingCounter(for: code, at: now),
            try await store.users.acceptTOTPCounter(counter, for: user.id)
        else {
            try await store.loginThrottle.recordFailure(
                key,
                now: now,
                window: services.configuration.loginFailureWindow,
                limit: services.configuration.loginFailureLimit,
                lockout: services.configuration.loginLockout
            )
            try await services.audit(
                .loginFailed,
                organizationID: nil,
                principal: principal,
                outcome: .failure,
                context: context,
                details: ["factor": "totp"]
            )
            throw WardError(.unauthenticated, "the code is wrong or was already used; enter the current code")
        }
        try await store.loginThrottle.reset(key)
        try await store.sessions.delete(idHash: session.idHash)
        let (cookie, fresh) = try await openSession(for: user, secondFactorPending: false, context: context)
        try await services.audit(
            .login,
            organizationID: nil,
            principal: .user(user, session: fresh),
            context: context,
            details: ["factor": "totp"]
        )
        return (cookie, fresh)
    }

    /// Opens a new session; the returned cookie value is the only copy of the secret.
    func openSession(
        for user: User,
        secondFactorPending: Bool,
        context: WardRequestContext?
    ) async throws
        -> (String, SessionRecords.Session)
    {
        let now = services.clock()
        let cookie = Secrets.random()
        let lifetime = secondFactorPending ? 300 : services.configuration.sessionIdleTimeout
        let session = SessionRecords.Session(
            idHash: Secrets.hash(cookie),
            userID: user.id,
            csrfToken: Secrets.random(),
            secondFactorPending: secondFactorPending,
            createdAt: now,
            lastSeenAt: now,
            expiresAt: now.addingTimeInterval(lifetime),
            sourceAddress: context?.remoteAddress
        )
        try await services.store.sessions.create(session)
        return (cookie, session)
    }

    func signOut(principal: Principal?, context: WardRequestContext) async throws {
        guard let session = principal?.session else { return }
        try await services.store.sessions.delete(idHash: session.idHash)
        try await services.audit(.logout, organizationID: nil, principal: principal, context: context)
    }

    /// Creates a one-time link (setup when `userID` is nil, activation otherwise) and returns its URL.
    func issueLink(for userID: UUID?, lifetime: TimeInterval) async throws -> String {
        let secret = Secrets.random()
        let now = services.clock()
        try await services.store.setupTokens.create(
            hash: Secrets.hash(secret),
            purpose: userID.map(SetupTokenRecords.Purpose.activate) ?? .setup,
            now: now,
            expiresAt: now.addingTimeInterval(lifetime)
        )
        return "\(services.configuration.baseURL)/\(userID == nil ? "setup" : "activate")/\(secret)"
    }

    /// Uses a setup link to create the first administrator, or an activation link to set a password.
    /// The link works once; everything happens in one transaction.
    func redeemLink(
        secret: String,
        email: String?,
        displayName: String?,
        password: String,
        context: WardRequestContext
    ) async throws -> User {
        let now = services.clock()
        let hasher = services.passwords
        let hash = Secrets.hash(secret)
        guard let purpose = try await services.store.setupTokens.purpose(hash: hash, now: now) else {
            throw WardError(.notFound, "this link is not valid any more; ask an administrator for a new one")
        }
        let existing: User?
        switch purpose {
        case .setup: existing = nil
        case .activate(let id): existing = try await services.store.users.get(id)
        }
        let address = try existing?.email ?? User.validateEmail(email ?? "")
        try User.validatePassword(password, email: address)
        let passwordHash = try await hasher.hash(password)
        let services = self.services
        return try await services.database.transaction { (store: Store) -> User in
            guard try await store.setupTokens.consume(hash: hash, now: now) != nil else {
                throw WardError(.notFound, "this link was used already; ask an administrator for a new one")
            }
            switch purpose {
            case .activate(let id):
                guard let user = try await store.users.get(id) else {
                    throw WardError(.notFound, "the account for this link no longer exists")
                }
                try await store.users.setPasswordHash(passwordHash, for: id)
                try await services.audit(
                    .passwordChanged,
                    organizationID: nil,
                    principal: nil,
                    actor: user.email,
                    target: "user:\(id.uuidString.lowercased())",
                    context: context,
                    details: ["via": "activation link"],
                    in: store
                )
                return user
            case .setup:
                let name = displayName?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let user = try await store.users.create(
                    User(
                        email: address,
                        displayName: name.isEmpty ? address : name,
                        isSiteAdministrator: true,
                        createdAt: now
                    ),
                    passwordHash: passwordHash
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
                try await services.audit(
                    .setupCompleted,
                    organizationID: organization.id,
                    principal: nil,
                    actor: user.email,
                    target: "user:\(user.id.uuidString.lowercased())",
                    context: context,
                    in: store
                )
                return user
            }
        }
    }

    /// Changes the signed-in user's password after checking the current one; ends the user's other sessions.
    func changePassword(principal: Principal?, current: String, new: String, context: WardRequestContext) async throws {
        let user = try services.access.user(principal)
        let credentials = try await services.store.users.credentials(id: user.id)
        guard try await services.passwords.verify(current, hash: credentials?.passwordHash) else {
            throw WardError(.invalidInput, "the current password is wrong", location: "current_password")
        }
        try User.validatePassword(new, email: user.email, location: "new_password")
        let hash = try await services.passwords.hash(new)
        try await services.store.users.setPasswordHash(hash, for: user.id)
        try await services.store.sessions.deleteAll(userID: user.id, except: principal?.session?.idHash)
        try await services.audit(.passwordChanged, organizationID: nil, principal: principal, context: context)
    }

    /// Starts TOTP enrollment: stores a new secret (not yet required) and returns it for the authenticator app.
    func startTOTP(principal: Principal?) async throws -> (secret: String, uri: String) {
        let user = try services.access.user(principal)
        let secret = TOTP.generateSecret()
        let encoded = Base32.encode(secret)
        try await services.store.users.setTOTPSecret(encoded, enabled: false, for: user.id)
        return (encoded, TOTP(secret: secret).provisioningURI(account: user.email))
    }

    /// Turns TOTP on once the user proves the app produces the right code.
    func confirmTOTP(principal: Principal?, code: String, context: WardRequestContext) async throws {
        let user = try services.access.user(principal)
        let now = services.clock()
        guard let credentials = try await services.store.users.credentials(id: user.id),
            let secret = credentials.totpSecret, let bytes = Base32.decode(secret)
        else { throw WardError(.invalidInput, "start the authenticator set-up first", location: "code") }
        guard let counter = TOTP(secret: bytes).matchingCounter(for: code, at: now) else {
            throw WardError(
                .invalidInput,
                "the code does not match; check the time on your phone and try again",
                location: "code"
            )
        }
        try await services.store.users.setTOTPSecret(secret, enabled: true, for: user.id)
        _ = try await services.store.users.acceptTOTPCounter(counter, for: user.id)
        try await services.audit(.totpEnabled, organizationID: nil, principal: principal, context: context)
    }

    /// Turns TOTP off after checking the password.
    func disableTOTP(principal: Principal?, password: String, context: WardRequestContext) async throws {
        let user = try services.access.user(principal)
        let credentials = try await services.store.users.credentials(id: user.id)
        guard try await services.passwords.verify(password, hash: credentials?.passwordHash) else {
            throw WardError(.invalidInput, "the password is wrong", location: "password")
        }
        try await services.store.users.setTOTPSecret(nil, enabled: false, for: user.id)
        try await services.audit(.totpDisabled, organizationID: nil, principal: principal, context: context)
    }
}
