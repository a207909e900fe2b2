import Foundation
import WardAssessment
import WardCore
import WardFrameworks
import WardStore

/// The JSON shapes of frameworks, scores and plans, shared by the API and `ward … --format json`.
public enum AssessmentJSON {
    public struct FrameworkSummary: Codable, Sendable {
        public var id: String
        public var edition: String
        public var key: String
        public var title: String
        public var publisher: String
        public var source: String
        public var date: String
        public var confidence: String
        public var complete: Bool
        public var tiered: Bool
        public var bundled: Bool
        public var levels: [Level]
        public var requirements: Int
        public var leaves: Int
        public var threats: Int
        public var crosswalks: [String]

        public struct Level: Codable, Sendable {
            public var name: String
            public var count: Int
        }

        public init(_ framework: Framework, library: FrameworkLibrary) {
            id = framework.key.id
            edition = framework.key.edition
            key = framework.key.description
            title = framework.title
            publisher = framework.publisher
            source = framework.source
            date = framework.date
            confidence = framework.confidence.rawValue
            complete = framework.complete
            tiered = framework.tiered
            bundled = library.bundledNames.contains("framework:\(framework.key)")
            levels = zip(framework.levels, framework.countsByLevel).map { Level(name: $0, count: $1) }
            requirements = framework.allRequirements.count
            leaves = framework.leaves.count
            threats = framework.threats.count
            crosswalks = library.crosswalks(touching: framework.key).map(\.id)
        }
    }

    public struct CrosswalkSummary: Codable, Sendable {
        public var id: String
        public var title: String
        public var from: String
        public var to: String
        public var mappings: Int
        public var provenance: [String: Int]
        public var bundled: Bool

        public init(_ crosswalk: Crosswalk, library: FrameworkLibrary) {
            id = crosswalk.id
            title = crosswalk.title
            from = crosswalk.from.description
            to = crosswalk.to.description
            mappings = crosswalk.mappings.count
            provenance = Dictionary(grouping: crosswalk.mappings, by: \.provenance.rawValue).mapValues(\.count)
            bundled = library.bundledNames.contains("crosswalk:\(crosswalk.id)")
        }
    }

    public struct Library: Codable, Sendable {
        public var frameworks: [FrameworkSummary]
        public var crosswalks: [CrosswalkSummary]

        public init(_ library: FrameworkLibrary) {
            frameworks = library.sortedFrameworks.map { FrameworkSummary($0, library: library) }
            crosswalks = library.sortedCrosswalks.map { CrosswalkSummary($0, library: library) }
        }
    }

    public struct RequirementNode: Codable, Sendable {
        public var id: String
        public var title: String
        public var level: String
        public var guidance: String?
        public var tiers: [String]
        public var threats: [String]
        public var tags: [String]
        public var effort: String?
        public var confidence: String
        public var metrics: [String]
        public var references: [String]
        public var children: [RequirementNode]

        public init(_ requirement: Requirement, framework: Framework) {
            id = requirement.id
            title = requirement.title
            level = requirement.depth < framework.levels.count ? framework.levels[requirement.depth] : ""
            guidance = requirement.guidance.isEmpty ? nil : requirement.guidance
            tiers = requirement.tiers.sorted().map(\.rawValue)
            threats = requirement.threats
            tags = requirement.tags.sorted()
            effort = requirement.effort?.rawValue
            confidence = requirement.confidence.rawValue
            metrics = requirement.metrics
            references = requirement.references.map(\.text)
            children = requirement.children.map { RequirementNode($0, framework: framework) }
        }
    }

    public struct FrameworkDetail: Codable, Sendable {
        public var framework: FrameworkSummary
        public var description: String
        public var threats: [ThreatEntry]
        public var requirements: [RequirementNode]

        public struct ThreatEntry: Codable, Sendable {
            public var id: String
            public var title: String
            public var description: String
        }

        public init(_ framework: Framework, library: FrameworkLibrary) {
            self.framework = FrameworkSummary(framework, library: library)
            description = framework.description
            threats = framework.threats.map { ThreatEntry(id: $0.id, title: $0.title, description: $0.description) }
            requirements = framework.requirements.map { RequirementNode($0, framework: framework) }
        }
    }

    /// Rounds a score for output: one decimal.
    static func round(_ value: Double?) -> Double? {
        value.map { ($0 * 10).rounded() / 10 }
    }

    public struct Scores: Codable, Sendable {
        public var assessment: Assessment
        public var framework: String
        public var tier: String
        public var applicable: Int
        public var answered: Int
        public var notApplicable: Int
        public var progress: Double
        public var overall: Double?
        public var averageMaturity: Double?
        public var groups: [Score]
        public var threats: [Score]
        public var coverage: [Coverage]

        public struct Score: Codable, Sendable {
            public var id: String
            public var title: String
            public var score: Double?
        }

        public struct Coverage: Codable, Sendable {
            public var framework: String
            public var title: String
            public var distance: Int
            public var overall: Double?
            public var covered: Int
            public var leaves: Int
            public var groups: [Score]
            public var requirements: [Reached]
        }

        public struct Reached: Codable, Sendable {
            public var id: String
            public var title: String
            public var coverage: Double?
            public var status: String
            public var path: String
            public var tags: [String]
        }

        public init(_ overview: AssessmentService.Overview) {
            let card = overview.scorecard
            let framework = overview.framework
            assessment = overview.assessment
            self.framework = framework.key.description
            tier = overview.assessment.tier.rawValue
            applicable = card.applicableCount
            answered = card.answeredCount
            notApplicable = card.notApplicableCount
            progress = (card.progress * 1000).rounded() / 1000
            overall = AssessmentJSON.round(card.overall)
            averageMaturity = AssessmentJSON.round(card.averageMaturity)
            let applicableIDs = Set(overview.applicable.map(\.id))
            groups = framework.allRequirements.filter {
                !$0.isLeaf && framework.leaves(under: $0.id).contains { applicableIDs.contains($0.id) }
            }
            .map { Score(id: $0.id, title: $0.title, score: AssessmentJSON.round(card.requirementScores[$0.id])) }
            threats = framework.threats.map {
                Score(id: $0.id, title: $0.title, score: AssessmentJSON.round(card.threatScores[$0.id]))
            }
            coverage = card.coverage.compactMap { entry in
                guard let other = overview.library.frameworks[entry.framework] else { return nil }
                // Goal-like frameworks (every leaf listed) show every leaf, reached or not; others the reached ones.
                let showAll = other.leaves.count <= 60
                let leaves = other.leaves.filter { showAll || entry.leaves[$0.id] != nil }
                return Coverage(
                    framework: entry.framework.description,
                    title: other.title,
                    distance: entry.distance,
                    overall: AssessmentJSON.round(entry.overall.map { $0 * 100 }),
                    covered: entry.coveredCount,
                    leaves: entry.leafCount,
                    groups: other.allRequirements.filter { !$0.isLeaf }.map {
                        Score(
                            id: $0.id,
                            title: $0.title,
                            score: AssessmentJSON.round(entry.nodes[$0.id].map { $0 * 100 })
                        )
                    },
                    requirements: leaves.map { leaf in
                        let reached = entry.leaves[leaf.id]
                        return Reached(
                            id: leaf.id,
                            title: leaf.title,
                            coverage: AssessmentJSON.round(reached.map { $0.value * 100 }),
                            status: reached?.goalStatus.rawValue ?? GoalStatus.unknown.rawValue,
                            path: reached?.path ?? "",
                            tags: leaf.tags.sorted()
                        )
                    }
                )
            }
        }
    }

    public struct PlanItem: Codable, Sendable {
        public var rank: Int
        public var requirement: String
        public var title: String
        public var group: String
        public var status: String
        public var priority: Int
        public var reasons: [String]
        public var effort: String?
        public var owner: String?
        public var dueDate: String?
        public var resources: [FreeResource]
    }

    public struct Plan: Codable, Sendable {
        public var items: [PlanItem]
        public var unanswered: [String]

        public init(_ plan: ActionPlan) {
            items = plan.items.enumerated().map { offset, item in
                PlanItem(
                    rank: offset + 1,
                    requirement: item.requirementID,
                    title: item.title,
                    group: item.group,
                    status: item.status.rawValue,
                    priority: item.priority,
                    reasons: item.reasons,
                    effort: item.effort?.rawValue,
                    owner: item.owner,
                    dueDate: item.dueDate?.description,
                    resources: item.resources
                )
            }
            unanswered = plan.unanswered
        }
    }

    public struct Comparison: Codable, Sendable {
        public var before: Assessment
        public var after: Assessment
        public var overallDelta: Double?
        public var improved: Int
        public var regressed: Int
        public var unchanged: Int
        public var rows: [Row]
        public var groups: [Delta]
        public var threats: [Delta]

        public struct Row: Codable, Sendable {
            public var requirement: String
            public var before: String?
            public var after: String?
            public var change: String
        }

        public struct Delta: Codable, Sendable {
            public var id: String
            public var delta: Double
        }

        public init(
            before: AssessmentService.Overview,
            after: AssessmentService.Overview,
            comparison: AssessmentComparison
        ) {
            self.before = before.assessment
            self.after = after.assessment
            overallDelta = AssessmentJSON.round(comparison.overallDelta)
            improved = comparison.rows.filter { $0.change == .improved }.count
            regressed = comparison.rows.filter { $0.change == .regressed }.count
            unchanged = comparison.rows.filter { $0.change == .unchanged }.count
            rows = comparison.rows.map {
                Row(
                    requirement: $0.requirementID,
                    before: $0.before?.rawValue,
                    after: $0.after?.rawValue,
                    change: $0.change.rawValue
                )
            }
            let framework = after.framework
            groups = framework.allRequirements.filter { !$0.isLeaf }.compactMap { node in
                comparison.scoreDeltas[node.id].map { Delta(id: node.id, delta: AssessmentJSON.round($0) ?? 0) }
            }
            threats = framework.threats.compactMap { threat in
                comparison.threatDeltas[threat.id].map { Delta(id: threat.id, delta: AssessmentJSON.round($0) ?? 0) }
            }
        }
    }
}
