import Foundation
import SQLKit
import WardCore

/// Organizations, their hierarchy, and the default local organization of an embedded installation.
public struct OrganizationRecords: Sendable {
    let sql: any SQLDatabase

    /// Stores a new organization. The parent, if any, must exist.
    @discardableResult
    public func create(_ organization: Organization, isDefault: Bool = false) async throws -> Organization {
        var organization = try organization.validated()
        // Stored times have millisecond precision; return what a later read returns.
        organization.createdAt = Date(milliseconds: organization.createdAt.milliseconds)
        if let parentID = organization.parentID, try await get(parentID) == nil {
            throw WardError(.invalidInput, "the parent organization \(parentID) does not exist", location: "parentID")
        }
        try await sql.raw(
            """
            INSERT INTO organizations (id, name, kind, size_tier, parent_id, is_default, created_at)
            VALUES (\(bind: organization.id.stored), \(bind: organization.name), \(bind: organization.kind.rawValue),
                    \(bind: organization.sizeTier.rawValue), \(bind: organization.parentID?.stored),
                    \(bind: isDefault), \(bind: organization.createdAt.milliseconds))
            """
        ).run()
        return organization
    }

    /// The organization with `id`, or nil.
    public func get(_ id: UUID) async throws -> Organization? {
        try await sql.raw("SELECT * FROM organizations WHERE id = \(bind: id.stored)").first().map(Self.decode)
    }

    /// All organizations, by name. For site-wide views and the CLI only; never for a member's request.
    public func all() async throws -> [Organization] {
        try await sql.raw("SELECT * FROM organizations ORDER BY name, id").all().map(Self.decode)
    }

    /// The direct sub-organizations of `parentID`.
    public func children(of parentID: UUID) async throws -> [Organization] {
        try await sql.raw("SELECT * FROM organizations WHERE parent_id = \(bind: parentID.stored) ORDER BY name")
            .all().map(Self.decode)
    }

    /// The organization created for an embedded installation, if any.
    public func defaultOrganization() async throws -> Organization? {
        try await sql.raw("SELECT * FROM organizations WHERE is_default = \(bind: true) ORDER BY created_at LIMIT 1")
            .first().map(Self.decode)
    }

    /// Finds an organization by identifier or by exact name (case-insensitive), for the CLI's `--org`.
    public func find(_ reference: String) async throws -> Organization? {
        if let id = UUID(uuidString: reference), let found = try await get(id) { return found }
        let rows = try await sql.raw("SELECT * FROM organizations WHERE LOWER(name) = \(bind: reference.lowercased())")
            .all()
        if rows.count > 1 {
            throw WardError(
                .conflict,
                "\(rows.count) organizations are named '\(reference)'; pick one by its identifier (ward org list)",
                location: "--org"
            )
        }
        return try rows.first.map(Self.decode)
    }

    /// Saves a changed name, kind, size tier or parent.
    ///
    /// - Throws: when the organization does not exist or when the new parent would make a cycle.
    public func update(_ organization: Organization) async throws {
        let organization = try organization.validated()
        if let parentID = organization.parentID {
            // Walk up from the new parent; meeting the organization itself would close a loop.
            var cursor: UUID? = parentID
            var steps = 0
            while let current = cursor, steps < 64 {
                if current == organization.id {
                    throw WardError(
                        .invalidInput,
                        "\(organization.name) cannot sit under one of its own sub-organizations",
                        location: "parentID"
                    )
                }
                guard let parent = try await get(current) else {
                    throw WardError(
                        .invalidInput,
                        "the parent organization \(current) does not exist",
                        location: "parentID"
                    )
                }
                cursor = parent.parentID
                steps += 1
            }
        }
        let rows = try await sql.raw(
            """
            UPDATE organizations SET name = \(bind: organization.name), kind = \(bind: organization.kind.rawValue),
                size_tier = \(bind: organization.sizeTier.rawValue), parent_id = \(bind: organization.parentID?.stored)
            WHERE id = \(bind: organization.id.stored) RETURNING id
            """
        ).all()
        if rows.isEmpty { throw WardError(.notFound, "organization \(organization.id) does not exist") }
    }

    /// How many organizations exist.
    public func count() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM organizations").first()?.int("n") ?? 0
    }

    static func decode(_ row: any SQLRow) throws -> Organization {
        Organization(
            id: try row.uuid("id"),
            name: try row.string("name"),
            kind: try row.enumeration("kind", as: OrganizationKind.self),
            sizeTier: try row.enumeration("size_tier", as: SizeTier.self),
            parentID: try row.optionalUUID("parent_id"),
            createdAt: try row.date("created_at")
        )
    }
}
