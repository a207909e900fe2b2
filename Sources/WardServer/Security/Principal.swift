import Foundation
import WardCore
import WardStore

/// Who is making a request: a signed-in person (browser session) or an API token.
public enum Principal: Sendable {
    /// A person with a browser session. Their role in an organization comes from their membership.
    case user(User, session: SessionRecords.Session)
    /// An API token; it acts in one organization only (read with the token), with its own role.
    case token(TokenRecords.Token, owner: User?, organization: Organization)

    /// The user behind the request, if any (a token's creator acts through the token).
    public var user: User? {
        switch self {
        case .user(let user, _): user
        case .token(_, let owner, _): owner
        }
    }

    /// The name shown in the audit log.
    public var auditName: String {
        switch self {
        case .user(let user, _): user.email
        case .token(let token, _, _): "token:\(token.name) (\(token.prefix)…)"
        }
    }

    /// The browser session, when there is one.
    public var session: SessionRecords.Session? {
        if case .user(_, let session) = self { return session }
        return nil
    }
}
