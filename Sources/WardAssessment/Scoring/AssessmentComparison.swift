import WardCore
import WardFrameworks

/// Two assessments of one organization on one framework, side by side: what improved, regressed or stayed.
public struct AssessmentComparison: Sendable {
    public enum Change: String, Sendable, Codable {
        case improved
        case regressed
        case unchanged
        /// Answered in one assessment only, or not applicable in one of them.
        case notComparable = "not_comparable"
    }

    public struct Row: Sendable {
        public var requirementID: String
        public var before: AnswerStatus?
        public var after: AnswerStatus?
        public var change: Change
    }

    public var rows: [Row]
    /// Score after minus score before, per requirement id (inner nodes and leaves) present in both.
    public var scoreDeltas: [String: Double]
    public var overallDelta: Double?
    public var threatDeltas: [String: Double]

    /// Compares `before` with `after`; both scorecards come from the same framework.
    public static func compare(
        framework: Framework,
        tier: SizeTier,
        before: [String: Answer],
        after: [String: Answer],
        beforeScores: Scorecard,
        afterScores: Scorecard
    ) -> AssessmentComparison {
        let leaves = framework.tiered ? framework.leaves(for: tier) : framework.leaves
        var rows: [Row] = []
        for leaf in leaves {
            let old = before[leaf.id]?.status
            let new = after[leaf.id]?.status
            let change: Change
            if let oldValue = old?.value, let newValue = new?.value {
                change = newValue > oldValue ? .improved : newValue < oldValue ? .regressed : .unchanged
            } else if old == new {
                change = .unchanged
            } else {
                change = .notComparable
            }
            rows.append(Row(requirementID: leaf.id, before: old, after: new, change: change))
        }
        var deltas: [String: Double] = [:]
        for (id, value) in afterScores.requirementScores {
            if let old = beforeScores.requirementScores[id] { deltas[id] = value - old }
        }
        var threatDeltas: [String: Double] = [:]
        for (id, value) in afterScores.threatScores {
            if let old = beforeScores.threatScores[id] { threatDeltas[id] = value - old }
        }
        let overall = afterScores.overall.flatMap { new in beforeScores.overall.map { new - $0 } }
        return AssessmentComparison(rows: rows, scoreDeltas: deltas, overallDelta: overall, threatDeltas: threatDeltas)
    }
}
