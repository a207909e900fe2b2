import Foundation

/// A healthcare or public-health organization whose security Ward tracks; every record in Ward belongs to one.
///
/// Organizations form a tree: a health system is the parent of its hospitals and clinics, and a site may be modelled
/// as a sub-organization of the entity that runs it. Access is granted per organization through a ``Membership``.
public struct Organization: Hashable, Sendable, Codable, Identifiable {
    /// Stable identifier.
    public var id: UUID
    /// Display name, such as "Cedar Valley Family Clinic".
    public var name: String
    /// What kind of organization this is.
    public var kind: OrganizationKind
    /// The size tier used to pick which HICP sub-practices apply.
    public var sizeTier: SizeTier
    /// The organization this one belongs to (a site of a health system), if any.
    public var parentID: UUID?
    /// When the organization was created.
    public var createdAt: Date

    /// Creates an organization value; call ``validated()`` before storing user input.
    public init(
        id: UUID = UUID(),
        name: String,
        kind: OrganizationKind,
        sizeTier: SizeTier,
        parentID: UUID? = nil,
        createdAt: Date = Date()
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.sizeTier = sizeTier
        self.parentID = parentID
        self.createdAt = createdAt
    }

    /// The longest name Ward accepts.
    public static let maximumNameLength = 200

    /// Returns the organization with its name trimmed, or throws when the name is empty or too long, or when the
    /// organization names itself as its parent.
    public func validated() throws -> Organization {
        var copy = self
        copy.name = try Organization.validateName(name)
        if parentID == id {
            throw WardError(.invalidInput, "an organization cannot be its own parent", location: "parentID")
        }
        return copy
    }

    /// Trims a proposed organization name and checks its length.
    public static func validateName(_ name: String, location: String = "name") throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw WardError(.invalidInput, "the organization name is empty; give it a name", location: location)
        }
        guard trimmed.count <= maximumNameLength else {
            throw WardError(
                .invalidInput,
                "the organization name has \(trimmed.count) characters; the limit is \(maximumNameLength)",
                location: location
            )
        }
        return trimmed
    }
}
