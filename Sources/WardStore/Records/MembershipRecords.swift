import Foundation
import SQLKit
import WardCore

/// Who belongs to which organization, with which role.
public struct MembershipRecords: Sendable {
    let sql: any SQLDatabase

    /// A member as shown in a members list.
    public struct Member: Sendable, Hashable, Codable {
        public var user: User
        public var role: Role
        public var since: Date
    }

    /// Adds `userID` to the organization. Fails with `conflict` when the user is already a member.
    public func add(_ membership: Membership) async throws {
        if try await role(of: membership.userID, in: membership.organizationID) != nil {
            throw WardError(.conflict, "that user is already a member of this organization", location: "email")
        }
        try await sql.raw(
            """
            INSERT INTO memberships (organization_id, user_id, role, created_at)
            VALUES (\(bind: membership.organizationID.stored), \(bind: membership.userID.stored),
                    \(bind: membership.role.rawValue), \(bind: membership.createdAt.milliseconds))
            """
        ).run()
    }

    /// The user's role in the organization, or nil when not a member.
    public func role(of userID: UUID, in organizationID: UUID) async throws -> Role? {
        try await sql.raw(
            """
            SELECT role FROM memberships
            WHERE organization_id = \(bind: organizationID.stored) AND user_id = \(bind: userID.stored)
            """
        ).first().map { try $0.enumeration("role", as: Role.self) }
    }

    /// The organization and the user's role in it, in one query; nil when the user is not a member (or the
    /// organization does not exist).
    public func membership(
        of userID: UUID,
        in organizationID: UUID
    ) async throws
        -> (organization: Organization, role: Role)?
    {
        try await sql.raw(
            """
            SELECT o.*, m.role AS member_role FROM memberships m
            JOIN organizations o ON o.id = m.organization_id
            WHERE m.organization_id = \(bind: organizationID.stored) AND m.user_id = \(bind: userID.stored)
            """
        ).first().map { (try OrganizationRecords.decode($0), try $0.enumeration("member_role", as: Role.self)) }
    }

    /// The organization's members, by e-mail address.
    public func members(of organizationID: UUID) async throws -> [Member] {
        try await sql.raw(
            """
            SELECT u.*, m.role AS member_role, m.created_at AS member_since FROM memberships m
            JOIN users u ON u.id = m.user_id
            WHERE m.organization_id = \(bind: organizationID.stored)
            ORDER BY u.email
            """
        ).all().map {
            Member(
                user: try UserRecords.decode($0),
                role: try $0.enumeration("member_role", as: Role.self),
                since: try $0.date("member_since")
            )
        }
    }

    /// The organizations the user belongs to, with the user's role in each, by organization name.
    public func organizations(of userID: UUID) async throws -> [(organization: Organization, role: Role)] {
        try await sql.raw(
            """
            SELECT o.*, m.role AS member_role FROM memberships m
            JOIN organizations o ON o.id = m.organization_id
            WHERE m.user_id = \(bind: userID.stored)
            ORDER BY o.name, o.id
            """
        ).all().map { (try OrganizationRecords.decode($0), try $0.enumeration("member_role", as: Role.self)) }
    }

    /// Changes a member's role. Fails with `notFound` when the user is not a member.
    public func changeRole(of userID: UUID, in organizationID: UUID, to role: Role) async throws {
        let rows = try await sql.raw(
            """
            UPDATE memberships SET role = \(bind: role.rawValue)
            WHERE organization_id = \(bind: organizationID.stored) AND user_id = \(bind: userID.stored)
            RETURNING user_id
            """
        ).all()
        if rows.isEmpty { throw WardError(.notFound, "that user is not a member of this organization") }
    }

    /// Removes a member. Fails with `notFound` when the user is not a member.
    public func remove(_ userID: UUID, from organizationID: UUID) async throws {
        let rows = try await sql.raw(
            """
            DELETE FROM memberships
            WHERE organization_id = \(bind: organizationID.stored) AND user_id = \(bind: userID.stored)
            RETURNING user_id
            """
        ).all()
        if rows.isEmpty { throw WardError(.notFound, "that user is not a member of this organization") }
    }

    /// How many owners the organization has; the last owner cannot leave or be demoted.
    public func ownerCount(of organizationID: UUID) async throws -> Int {
        try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM memberships
            WHERE organization_id = \(bind: organizationID.stored) AND role = \(bind: Role.owner.rawValue)
            """
        ).first()?.int("n") ?? 0
    }
}
