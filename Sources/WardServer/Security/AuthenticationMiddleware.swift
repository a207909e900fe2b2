import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import WardCore
import WardStore

/// Identifies the caller from an `Authorization: Bearer` API token or the session cookie, and puts the result in
/// ``WardRequestContext/principal``. It never rejects a request; routes decide what they need (see ``Access``).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = WardRequestContext
    let services: ServerServices

    static let sessionCookie = "ward_session"

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var context = context
        context.maximumBodyBytes = services.configuration.maximumBodyBytes
        if let authorization = request.headers[.authorization] {
            // A malformed or unknown token is an error, not an anonymous request: a script should learn at once that
            // its token is wrong instead of receiving a login page.
            guard authorization.lowercased().hasPrefix("bearer ") else {
                throw WardError(.unauthenticated, "the Authorization header must be 'Bearer <API token>'")
            }
            let secret = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            if secret.hasPrefix(ScanningService.agentTokenPrefix) {
                context.agentToken = secret
            } else {
                context.principal = try await services.authenticateToken(secret)
            }
        } else if let cookie = request.cookies[Self.sessionCookie]?.value, !cookie.isEmpty {
            context.principal = try await services.authenticateSession(cookie)
        }
        return try await next(request, context)
    }
}

extension ServerServices {
    /// The principal for an API token, or an `unauthenticated` error.
    func authenticateToken(_ secret: String) async throws -> Principal {
        let now = clock()
        guard secret.hasPrefix(TokenIssuer.prefix),
            let resolved = try await store.tokens.resolve(hash: Secrets.hash(secret))
        else {
            throw WardError(.unauthenticated, "the API token is not valid")
        }
        let token = resolved.token
        guard token.isActive(at: now) else {
            throw WardError(.unauthenticated, "the API token was revoked or has expired")
        }
        // A token acts for its creator: it stops working when the creator is disabled, leaves the organization, or no
        // longer holds a role that could grant the token's role.
        guard let owner = resolved.owner, !owner.isDisabled, let ownerRole = resolved.ownerRole,
            ownerRole.mayGrant(token.role)
        else {
            throw WardError(
                .unauthenticated,
                "the API token's creator no longer holds a role that allows it; create a new token"
            )
        }
        if tokenUsage.shouldRecord(token.id, at: now) {
            try await store.tokens.markUsed(id: token.id, at: now)
        }
        return .token(token, owner: owner, organization: resolved.organization)
    }

    /// The principal for a session cookie, or nil when the session is unknown or expired (the caller is anonymous).
    func authenticateSession(_ cookie: String) async throws -> Principal? {
        let now = clock()
        let idHash = Secrets.hash(cookie)
        guard let session = try await store.sessions.get(idHash: idHash, now: now),
            let user = try await store.users.get(session.userID), !user.isDisabled
        else { return nil }
        // Sliding expiry, written at most once a minute, never past the absolute limit.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            let expires = min(
                now.addingTimeInterval(configuration.sessionIdleTimeout),
                session.createdAt.addingTimeInterval(configuration.sessionAbsoluteTimeout)
            )
            try await store.sessions.touch(idHash: idHash, now: now, expiresAt: expires)
        }
        return .user(user, session: session)
    }
}

/// Remembers when each token's last use was written, so the hot path writes at most once a minute per token.
final class TokenUsage: Sendable {
    private let lastRecorded = Mutex<[UUID: Date]>([:])

    func shouldRecord(_ id: UUID, at now: Date) -> Bool {
        lastRecorded.withLock { table in
            if let last = table[id], now.timeIntervalSince(last) < 60 { return false }
            if table.count > 10_000 { table.removeAll() }
            table[id] = now
            return true
        }
    }
}
