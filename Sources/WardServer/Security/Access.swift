import Foundation
import Hummingbird
import WardCore
import WardStore

/// Decides whether the caller may act in an organization.
///
/// - Important: An organization the caller does not belong to answers 404, exactly as one that does not exist, so
///   that identifiers cannot be probed. A member whose role lacks the permission gets 403.
struct Access {
    let store: Store

    /// The organization and the caller's effective role in it, when the caller holds `permission` there.
    func organization(
        _ idText: String,
        principal: Principal?,
        needs permission: Permission
    ) async throws
        -> (Organization, Role)
    {
        guard let principal else {
            throw WardError(.unauthenticated, "sign in or send an API token")
        }
        guard let id = UUID(uuidString: idText) else {
            throw WardError(.notFound, "organization \(idText) does not exist")
        }
        let found: (organization: Organization, role: Role)?
        switch principal {
        case .token(let token, _, let organization):
            found = token.organizationID == id ? (organization, token.role) : nil
        case .user(let user, let session):
            guard !session.secondFactorPending else {
                throw WardError(.unauthenticated, "finish signing in with your authenticator code")
            }
            found = try await store.memberships.membership(of: user.id, in: id)
        }
        guard let (organization, role) = found else {
            throw WardError(.notFound, "organization \(idText) does not exist")
        }
        guard role.allows(permission) else {
            throw WardError(
                .forbidden,
                "your role in \(organization.name) is \(role); it does not allow this (\(permission.rawValue))"
            )
        }
        return (organization, role)
    }

    /// The signed-in person (not a token), past the second factor.
    func user(_ principal: Principal?) throws -> User {
        guard case .user(let user, let session) = principal, !session.secondFactorPending else {
            if case .token = principal {
                throw WardError(.forbidden, "API tokens act inside one organization; this needs a signed-in person")
            }
            throw WardError(.unauthenticated, "sign in first")
        }
        return user
    }
}
