import Foundation

/// A self-assessment of one organization against one framework edition at one size tier.
public struct Assessment: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var organizationID: UUID
    public var title: String
    /// The assessed framework's id (`hicp`).
    public var frameworkID: String
    /// The assessed framework's edition (`2018`).
    public var frameworkEdition: String
    /// The size tier whose requirements apply.
    public var tier: SizeTier
    /// Why this tier: the questionnaire's suggestion and whether the user overrode it.
    public var tierRationale: String
    public var createdAt: Date
    public var createdBy: UUID?

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        title: String,
        frameworkID: String,
        frameworkEdition: String,
        tier: SizeTier,
        tierRationale: String = "",
        createdAt: Date = Date(),
        createdBy: UUID? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.title = title
        self.frameworkID = frameworkID
        self.frameworkEdition = frameworkEdition
        self.tier = tier
        self.tierRationale = tierRationale
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}
