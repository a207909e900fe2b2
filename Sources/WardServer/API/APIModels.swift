import Foundation
import Hummingbird
import WardCore
import WardStore

/// JSON shapes of the API, kept apart from the stored records so the API can stay stable while storage changes.
enum APIModels {
    struct OrganizationBody: ResponseEncodable {
        var id: UUID
        var name: String
        var kind: OrganizationKind
        var sizeTier: SizeTier
        var parentID: UUID?
        var createdAt: Timestamp
        var role: Role?

        init(_ organization: Organization, role: Role?) {
            id = organization.id
            name = organization.name
            kind = organization.kind
            sizeTier = organization.sizeTier
            parentID = organization.parentID
            createdAt = Timestamp(organization.createdAt)
            self.role = role
        }
    }

    struct ListBody<Item: Encodable & Sendable>: ResponseEncodable {
        var items: [Item]
    }

    struct MeBody: ResponseEncodable {
        var user: UserBody?
        var token: TokenBody?
        var organizations: [OrganizationBody]
    }

    struct UserBody: ResponseEncodable {
        var id: UUID
        var email: String
        var displayName: String
        var isSiteAdministrator: Bool
        var totpEnabled: Bool

        init(_ user: User) {
            id = user.id
            email = user.email
            displayName = user.displayName
            isSiteAdministrator = user.isSiteAdministrator
            totpEnabled = user.totpEnabled
        }
    }

    struct MemberBody: ResponseEncodable {
        var userID: UUID
        var email: String
        var displayName: String
        var role: Role
        var since: Timestamp
        var activationLink: String?
    }

    struct TokenBody: ResponseEncodable {
        var id: UUID
        var name: String
        var role: Role
        var prefix: String
        var createdAt: Timestamp
        var expiresAt: Timestamp?
        var lastUsedAt: Timestamp?
        var revokedAt: Timestamp?
        /// Present only in the response that creates the token.
        var secret: String?

        init(_ token: TokenRecords.Token, secret: String? = nil) {
            id = token.id
            name = token.name
            role = token.role
            prefix = token.prefix
            createdAt = Timestamp(token.createdAt)
            expiresAt = token.expiresAt.map(Timestamp.init)
            lastUsedAt = token.lastUsedAt.map(Timestamp.init)
            revokedAt = token.revokedAt.map(Timestamp.init)
            self.secret = secret
        }
    }

    struct ScopeEntryBody: ResponseEncodable {
        var id: UUID
        var kind: ScopeEntry.Kind
        var target: String
        var note: String?
        var createdAt: Timestamp

        init(_ stored: ScopeRecords.Entry) {
            id = stored.id
            kind = stored.kind
            target = stored.target
            note = stored.note
            createdAt = Timestamp(stored.createdAt)
        }
    }

    struct ScanWindowBody: ResponseEncodable {
        var id: UUID
        var window: String
        var createdAt: Timestamp

        init(_ stored: ScopeRecords.Window) {
            id = stored.id
            window = stored.window.description
            createdAt = Timestamp(stored.createdAt)
        }
    }

    struct ScopeBody: ResponseEncodable {
        var entries: [ScopeEntryBody]
        var windows: [ScanWindowBody]
    }

    struct ScopeCheckBody: ResponseEncodable {
        var target: String
        var allowed: Bool
        var reason: String
    }

    struct AuditEventBody: ResponseEncodable {
        var id: UUID
        var occurredAt: Timestamp
        var actor: String
        var action: String
        var target: String?
        var outcome: AuditEvent.Outcome
        var sourceAddress: String?
        var details: [String: String]

        init(_ event: AuditEvent) {
            id = event.id
            occurredAt = Timestamp(event.occurredAt)
            actor = event.actor
            action = event.action.rawValue
            target = event.target
            outcome = event.outcome
            sourceAddress = event.sourceAddress
            details = event.details
        }
    }

    // Requests

    struct CreateOrganization: Decodable {
        var name: String
        var kind: OrganizationKind?
        var sizeTier: SizeTier?
        var parentID: UUID?
    }

    struct UpdateOrganization: Decodable {
        var name: String?
        var kind: OrganizationKind?
        var sizeTier: SizeTier?
        var parentID: UUID?
    }

    struct AddMember: Decodable {
        var email: String
        var displayName: String?
        var role: Role
    }

    struct ChangeRole: Decodable {
        var role: Role
    }

    struct CreateToken: Decodable {
        var name: String
        var role: Role
        var expiresInDays: Int?
    }

    struct AddScopeEntry: Decodable {
        var kind: ScopeEntry.Kind
        var target: String
        var note: String?
    }

    struct AddScanWindow: Decodable {
        var window: String
    }

    struct CheckScope: Decodable {
        var target: String
        var at: Date?
    }
}
