import WardCore
import WardFrameworks

/// The scores of one assessment: per requirement, per inner node, per threat, overall, and the coverage of every
/// framework the crosswalks reach. Computed by ``Scorer``; the formula is in `docs/scoring.md`.
public struct Scorecard: Sendable {
    /// The assessed framework.
    public var framework: FrameworkKey
    public var tier: SizeTier
    /// Applicable leaves (the tier's requirements).
    public var applicableCount: Int
    /// Applicable leaves with an answer.
    public var answeredCount: Int
    /// Applicable leaves answered not applicable.
    public var notApplicableCount: Int
    /// 0–100 over applicable leaves that are not "not applicable"; unanswered leaves count 0. `nil` when every
    /// leaf is not applicable.
    public var overall: Double?
    /// Mean of the maturity values given, if any.
    public var averageMaturity: Double?
    /// Score per requirement id of the assessed framework, for leaves and inner nodes.
    public var requirementScores: [String: Double]
    /// Score per threat id.
    public var threatScores: [String: Double]
    /// What the answers mean for each other framework reached through crosswalks.
    public var coverage: [FrameworkCoverage]

    /// Share of applicable requirements answered, 0–1.
    public var progress: Double { applicableCount == 0 ? 1 : Double(answeredCount) / Double(applicableCount) }

    /// The coverage of one framework.
    public func coverage(of framework: FrameworkKey) -> FrameworkCoverage? {
        coverage.first { $0.framework == framework }
    }
}

/// How well the answers of an assessment cover the requirements of another framework.
public struct FrameworkCoverage: Sendable {
    public var framework: FrameworkKey
    /// Crosswalk steps from the assessed framework (1 = a direct crosswalk).
    public var distance: Int
    /// Coverage per leaf id, 0–1, with the path that produced it; leaves no answer reaches are absent.
    public var leaves: [String: LeafCoverage]
    /// Coverage per inner node id: mean of its covered leaves.
    public var nodes: [String: Double]
    /// Mean coverage of the covered leaves, 0–1.
    public var overall: Double?
    /// Leaves of the framework, and how many of them some answer reaches.
    public var leafCount: Int
    public var coveredCount: Int
}

/// The coverage of one requirement of another framework, with where it came from.
public struct LeafCoverage: Sendable {
    public var value: Double
    /// One entry per contributing requirement, in id order.
    public var contributions: [Contribution]

    public struct Contribution: Sendable, Hashable {
        /// The requirement that contributes (an answered one, or a covered one a step closer).
        public var from: RequirementKey
        /// Its value, 0–1.
        public var value: Double
        /// Its status label when it is an answer of the assessment ("implemented"), otherwise a percentage.
        public var label: String
        public var relation: Relation
        public var provenance: Provenance
    }

    /// `met` when fully covered, `partly` when some is covered, `not met` when none.
    public var goalStatus: GoalStatus {
        if value >= 0.999 { return .met }
        return value > 0 ? .partly : .notMet
    }

    /// The path as a sentence: "from 3.M.C implemented and 3.M.D partially implemented".
    public var path: String {
        let parts = contributions.map { "\($0.from.id) \($0.label)" }
        switch parts.count {
        case 0: return ""
        case 1: return "from \(parts[0])"
        default: return "from " + parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }
}

/// Whether a goal (an HPH CPG goal, say) is met by what the answers show.
public enum GoalStatus: String, Sendable, Hashable, Codable {
    case met
    case partly
    case notMet = "not_met"
    /// No answer reaches the goal.
    case unknown
}
