import Foundation

/// A record of one security-relevant action: who did what, to what, when, from where, and whether it succeeded.
///
/// Audit events are only ever appended. Events tied to an organization (a role change, a token, a scan) carry its
/// identifier; sign-in events carry none and are shown to the organizations the user belongs to.
public struct AuditEvent: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var occurredAt: Date
    public var organizationID: UUID?
    /// The user who acted, when known.
    public var actorUserID: UUID?
    /// How the actor is shown: an e-mail address, a token name, or `cli`.
    public var actor: String
    public var action: AuditAction
    /// What was acted on, such as `membership:<uuid>` or `token:<uuid>`.
    public var target: String?
    /// Whether the action succeeded.
    public var outcome: Outcome
    /// The client address, for actions over HTTP.
    public var sourceAddress: String?
    /// Further facts as short key–value pairs, such as the old and new role.
    public var details: [String: String]

    /// Whether an audited action succeeded.
    public enum Outcome: String, Hashable, Sendable, Codable {
        case success
        case failure
    }

    public init(
        id: UUID = UUID(),
        occurredAt: Date = Date(),
        organizationID: UUID?,
        actorUserID: UUID?,
        actor: String,
        action: AuditAction,
        target: String? = nil,
        outcome: Outcome = .success,
        sourceAddress: String? = nil,
        details: [String: String] = [:]
    ) {
        self.id = id
        self.occurredAt = occurredAt
        self.organizationID = organizationID
        self.actorUserID = actorUserID
        self.actor = actor
        self.action = action
        self.target = target
        self.outcome = outcome
        self.sourceAddress = sourceAddress
        self.details = details
    }
}
