import Foundation
import WardCore
import WardFrameworks

/// What Ward measured about an organization, gathered by the server from its records and handed to evidence rules.
///
/// Each later capability adds the facts it owns (scan findings, inventory, remediation times) as optional fields, so
/// a rule can tell "no data" from "data says no".
public struct EvidenceFacts: Sendable {
    public var now: Date
    /// People who sign in to Ward for this organization.
    public var members: [Member]
    /// The organization's API tokens that are not revoked.
    public var activeTokens: [Token]
    /// Entries of the declared scan scope (networks and hosts), if any.
    public var scopeEntryCount: Int
    /// Workforce training and phishing-simulation figures, when any were recorded.
    public var training: Training?

    public struct Training: Sendable {
        public var assigned: Int
        public var completed: Int
        public var phishingSent: Int
        public var phishingClicked: Int
        public init(assigned: Int, completed: Int, phishingSent: Int, phishingClicked: Int) {
            self.assigned = assigned
            self.completed = completed
            self.phishingSent = phishingSent
            self.phishingClicked = phishingClicked
        }
    }

    public struct Member: Sendable {
        public var name: String
        public var role: Role
        public var hasSecondFactor: Bool
        public init(name: String, role: Role, hasSecondFactor: Bool) {
            self.name = name
            self.role = role
            self.hasSecondFactor = hasSecondFactor
        }
    }

    public struct Token: Sendable {
        public var name: String
        public var createdAt: Date
        public var expiresAt: Date?
        public var lastUsedAt: Date?
        public init(name: String, createdAt: Date, expiresAt: Date?, lastUsedAt: Date?) {
            self.name = name
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.lastUsedAt = lastUsedAt
        }
    }

    public init(
        now: Date,
        members: [Member] = [],
        activeTokens: [Token] = [],
        scopeEntryCount: Int = 0,
        training: Training? = nil
    ) {
        self.now = now
        self.members = members
        self.activeTokens = activeTokens
        self.scopeEntryCount = scopeEntryCount
        self.training = training
    }
}

/// What a measurement says about a requirement.
public enum Indication: String, Sendable, Hashable, Codable {
    case inPlace = "in_place"
    case partlyInPlace = "partly_in_place"
    case notInPlace = "not_in_place"
}

/// One measured observation shown beside an answer.
public struct EvidenceObservation: Sendable, Hashable {
    public var ruleID: String
    public var title: String
    /// What was measured, in a sentence with figures.
    public var message: String
    public var indication: Indication
    /// The CSF 2.0 subcategory the rule speaks to.
    public var anchor: String

    /// Whether the measurement contradicts an answer: the answer claims more than the data shows, or the data shows
    /// something in place that the answer says is missing.
    public func contradicts(_ status: AnswerStatus) -> Bool {
        switch (status, indication) {
        case (.implemented, .notInPlace), (.implemented, .partlyInPlace), (.partial, .notInPlace): true
        case (.notImplemented, .inPlace): true
        default: false
        }
    }
}

/// A check that turns measured facts into an observation about one outcome.
///
/// Rules are anchored on a NIST CSF 2.0 subcategory, the common language of the crosswalks: an answer on any framework
/// sees the rule when its requirement maps to the anchor (or is it). Scanner and intelligence capabilities add their
/// rules to ``EvidenceRules/all``.
public protocol EvidenceRule: Sendable {
    var id: String { get }
    var title: String { get }
    /// The CSF 2.0 subcategory id the rule measures.
    var anchor: String { get }
    /// The observation, or nil when Ward holds no data for it.
    func evaluate(_ facts: EvidenceFacts) -> EvidenceObservation?
}

/// The evidence rules Ward knows, and how to find those that speak to a requirement.
public enum EvidenceRules {
    public static let all: [any EvidenceRule] = [SecondFactorRule(), StaleTokenRule(), TrainingRule()]

    /// The framework the anchors belong to.
    public static let anchorFramework = FrameworkKey(id: "nist-csf", edition: "2.0")

    /// Evaluates every rule that speaks to a requirement: directly, or through one crosswalk relation to the anchor.
    public static func observations(
        for requirement: RequirementKey,
        facts: EvidenceFacts,
        graph: CrosswalkGraph,
        rules: [any EvidenceRule] = all
    ) -> [EvidenceObservation] {
        let reachable: Set<String> =
            requirement.framework == anchorFramework
            ? [requirement.id]
            : Set(graph.edges(from: requirement).filter { $0.to.framework == anchorFramework }.map(\.to.id))
        return rules.filter { reachable.contains($0.anchor) }.compactMap { $0.evaluate(facts) }
    }
}

/// Do the people who sign in to Ward use a second factor? Ward holds a hospital's weak spots, so its own accounts are
/// a fair sample of how the organization treats authentication.
struct SecondFactorRule: EvidenceRule {
    let id = "ward-accounts-second-factor"
    let title = "Second factor on Ward accounts"
    let anchor = "PR.AA-03"

    func evaluate(_ facts: EvidenceFacts) -> EvidenceObservation? {
        guard !facts.members.isEmpty else { return nil }
        let with = facts.members.filter(\.hasSecondFactor).count
        let indication: Indication = with == facts.members.count ? .inPlace : with == 0 ? .notInPlace : .partlyInPlace
        let without = facts.members.filter { !$0.hasSecondFactor }.map(\.name).sorted().prefix(5)
        var message =
            "\(with) of \(facts.members.count) people who sign in to Ward for this organization use a second factor"
        if !without.isEmpty { message += "; without: " + without.joined(separator: ", ") }
        return EvidenceObservation(ruleID: id, title: title, message: message, indication: indication, anchor: anchor)
    }
}

/// Are credentials retired when nobody uses them? Active API tokens unused for 90 days, or never expiring and older
/// than a year, are credentials nobody watches.
struct StaleTokenRule: EvidenceRule {
    let id = "ward-stale-api-tokens"
    let title = "Unused or never-expiring API tokens"
    let anchor = "PR.AA-01"
    static let unusedDays = 90.0

    func evaluate(_ facts: EvidenceFacts) -> EvidenceObservation? {
        guard !facts.activeTokens.isEmpty else { return nil }
        let limit = facts.now.addingTimeInterval(-Self.unusedDays * 86_400)
        let yearAgo = facts.now.addingTimeInterval(-365 * 86_400)
        let stale = facts.activeTokens.filter { token in
            (token.lastUsedAt ?? token.createdAt) < limit || (token.expiresAt == nil && token.createdAt < yearAgo)
        }
        let indication: Indication = stale.isEmpty ? .inPlace : .partlyInPlace
        let message =
            stale.isEmpty
            ? "all \(facts.activeTokens.count) active API tokens were used in the last 90 days"
            : "\(stale.count) of \(facts.activeTokens.count) active API tokens are unused for 90 days or never expire; "
                + "an admin can review them under API tokens"
        return EvidenceObservation(ruleID: id, title: title, message: message, indication: indication, anchor: anchor)
    }
}

/// Is the workforce trained? Completion of assigned training and the click rate of phishing simulations, from the
/// organization's training records. In place at 90 % completion and at most 10 % clicks; partly at half completion.
struct TrainingRule: EvidenceRule {
    let id = "workforce-training"
    let title = "Training completion and phishing clicks"
    let anchor = "PR.AT-01"

    func evaluate(_ facts: EvidenceFacts) -> EvidenceObservation? {
        guard let training = facts.training, training.assigned > 0 || training.phishingSent > 0 else { return nil }
        var parts: [String] = []
        var completion: Double?
        var clicks: Double?
        if training.assigned > 0 {
            completion = Double(training.completed) / Double(training.assigned)
            parts.append(
                "\(training.completed) of \(training.assigned) assigned trainings completed (\(Int((completion! * 100).rounded()))%)"
            )
        }
        if training.phishingSent > 0 {
            clicks = Double(training.phishingClicked) / Double(training.phishingSent)
            parts.append(
                "\(training.phishingClicked) of \(training.phishingSent) simulated phishing e-mails clicked (\(Int((clicks! * 100).rounded()))%)"
            )
        }
        let indication: Indication
        if (completion ?? 1) >= 0.9 && (clicks ?? 0) <= 0.1 {
            indication = .inPlace
        } else if (completion ?? 1) >= 0.5 {
            indication = .partlyInPlace
        } else {
            indication = .notInPlace
        }
        return EvidenceObservation(
            ruleID: id,
            title: title,
            message: parts.joined(separator: "; "),
            indication: indication,
            anchor: anchor
        )
    }
}
