import Foundation

/// One person's assignment of a module, and its completion once done.
public struct TrainingRecord: Hashable, Sendable, Codable {
    public var module: String
    public var person: String
    public var department: String
    public var assignedAt: Date?
    public var completedAt: Date?
    /// `manual` or the name of the file it was imported from.
    public var source: String

    public init(
        module: String,
        person: String,
        department: String,
        assignedAt: Date?,
        completedAt: Date?,
        source: String
    ) {
        self.module = module
        self.person = person
        self.department = department
        self.assignedAt = assignedAt
        self.completedAt = completedAt
        self.source = source
    }
}

/// One person's result in a phishing simulation.
public struct PhishingResult: Hashable, Sendable, Codable {
    public var campaign: String
    public var person: String
    public var department: String
    public var sentAt: Date
    public var clicked: Bool
    public var reported: Bool

    public init(campaign: String, person: String, department: String, sentAt: Date, clicked: Bool, reported: Bool) {
        self.campaign = campaign
        self.person = person
        self.department = department
        self.sentAt = sentAt
        self.clicked = clicked
        self.reported = reported
    }
}
