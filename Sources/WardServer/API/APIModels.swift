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
        var createdAt: Date
        var role: Role?

        init(_ organization: Organization, role: Role?) {
            id = organization.id
            name = organization.name
            kind = organization.kind
            sizeTier = organization.sizeTier
            parentID = organization.parentID
            createdAt = organization.createdAt
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
        var since: Date
        var activationLink: String?
    }

    struct TokenBody: ResponseEncodable {
        var id: UUID
        var name: String
        var role: Role
        var prefix: String
        var createdAt: Date
        var expiresAt: Date?
        var lastUsedAt: Date?
        var revokedAt: Date?
        /// Present only in the response that creates the token.
        var secret: String?

        init(_ token: TokenRecords.Token, secret: String? = nil) {
            id = token.id
            name = token.name
            role = token.role
            prefix = token.prefix
            createdAt = token.createdAt
            expiresAt = token.expiresAt
            lastUsedAt = token.lastUsedAt
            revokedAt = token.revokedAt
            self.secret = secret
        }
    }

    struct ScopeEntryBody: ResponseEncodable {
        var id: UUID
        var kind: ScopeEntry.Kind
        var target: String
        var note: String?
        var createdAt: Date

        init(_ stored: ScopeRecords.Entry) {
            id = stored.id
            kind = stored.kind
            target = stored.target
            note = stored.note
            createdAt = stored.createdAt
        }
    }

    struct ScanWindowBody: ResponseEncodable {
        var id: UUID
        var window: String
        var createdAt: Date

        init(_ stored: ScopeRecords.Window) {
            id = stored.id
            window = stored.window.description
            createdAt = stored.createdAt
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
        var occurredAt: Date
        var actor: String
        var action: String
        var target: String?
        var outcome: AuditEvent.Outcome
        var sourceAddress: String?
        var details: [String: String]

        init(_ event: AuditEvent) {
            id = event.id
            occurredAt = event.occurredAt
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
