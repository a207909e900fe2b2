import Foundation

/// A user's role in one organization.
public struct Membership: Hashable, Sendable, Codable {
    public var organizationID: UUID
    public var userID: UUID
    public var role: Role
    public var createdAt: Date

    public init(organizationID: UUID, userID: UUID, role: Role, createdAt: Date = Date()) {
        self.organizationID = organizationID
        self.userID = userID
        self.role = role
        self.createdAt = createdAt
    }
}
