import Foundation
import WardCore
import WardFrameworks

/// The gaps of an assessment, ordered by what protects patients most, with the reasons for the order.
public struct ActionPlan: Sendable {
    public var items: [Item]
    /// Applicable requirements nobody answered yet; they are not gaps until someone looks.
    public var unanswered: [String]

    public struct Item: Sendable {
        public var requirementID: String
        public var title: String
        /// The practice or category it belongs to (`1 E-mail Protection Systems`).
        public var group: String
        public var status: AnswerStatus
        public var priority: Int
        /// Why the item sits where it does, most important first.
        public var reasons: [String]
        public var effort: Effort?
        public var owner: String?
        public var dueDate: CalendarDate?
        public var resources: [FreeResource]
    }

    /// Weights of the priority formula (`docs/scoring.md`).
    public enum Weight {
        public static let essentialGoal = 40
        public static let enhancedGoal = 20
        public static let patientSafety = 15
        public static let perThreat = 5
        public static let notStarted = 10
        public static let perEffortStep = 5
    }

    /// Builds the plan from answers.
    public static func build(
        framework: Framework,
        tier: SizeTier,
        answers: [String: Answer],
        scorer: Scorer,
        resources: [FreeResource] = FreeResource.catalog
    ) -> ActionPlan {
        let applicable = framework.tiered ? framework.leaves(for: tier) : framework.leaves
        var items: [Item] = []
        var unanswered: [String] = []
        for leaf in applicable {
            guard let answer = answers[leaf.id] else {
                unanswered.append(leaf.id)
                continue
            }
            guard answer.status != .implemented, answer.status != .notApplicable else { continue }
            let key = RequirementKey(framework: framework.key, id: leaf.id)
            let edges = scorer.graph.edges(from: key)
            var goals: (essential: [Requirement], enhanced: [Requirement]) = ([], [])
            var patientSafety = leaf.isPatientSafetyRelevant
            var mappedIDs: [String] = []
            for edge in edges {
                guard let target = scorer.library.frameworks[edge.to.framework]?.requirement(edge.to.id) else {
                    continue
                }
                mappedIDs.append(edge.to.id)
                if target.tags.contains(Requirement.Tag.essential) { goals.essential.append(target) }
                if target.tags.contains(Requirement.Tag.enhanced) { goals.enhanced.append(target) }
                if target.isPatientSafetyRelevant { patientSafety = true }
            }
            var priority = 0
            var reasons: [String] = []
            if !goals.essential.isEmpty {
                priority += Weight.essentialGoal
                reasons.append(
                    "serves essential goal "
                        + goals.essential.map { "\($0.id) \($0.title)" }.sorted().joined(separator: ", ")
                )
            } else if !goals.enhanced.isEmpty {
                priority += Weight.enhancedGoal
                reasons.append(
                    "serves enhanced goal "
                        + goals.enhanced.map { "\($0.id) \($0.title)" }.sorted().joined(separator: ", ")
                )
            }
            if patientSafety {
                priority += Weight.patientSafety
                reasons.append("protects patient care directly")
            }
            if !leaf.threats.isEmpty {
                priority += Weight.perThreat * leaf.threats.count
                let names = leaf.threats.compactMap { framework.threat($0)?.title.lowercased() }
                reasons.append(
                    "mitigates \(leaf.threats.count) of \(framework.threats.count) threats: "
                        + names.joined(separator: ", ")
                )
            }
            if answer.status != .partial {
                priority += Weight.notStarted
                reasons.append(answer.status == .planned ? "planned, not yet in place" : "not implemented")
            } else {
                reasons.append("partially implemented")
            }
            if let effort = leaf.effort {
                let step = Effort.allCases.firstIndex(of: effort) ?? 0
                priority -= Weight.perEffortStep * step
                reasons.append("\(effort.rawValue) effort")
            }
            let group = leaf.parentID.flatMap { framework.requirement($0) }.map { "\($0.id) \($0.title)" } ?? ""
            let practice = topAncestor(of: leaf, in: framework)
            // A few good links beat a wall of them: the first four that help.
            let helpful = Array(
                resources.filter { $0.helps(practice: practice, framework: framework.key.id, mappedIDs: mappedIDs) }
                    .prefix(4)
            )
            items.append(
                Item(
                    requirementID: leaf.id,
                    title: leaf.title,
                    group: group,
                    status: answer.status,
                    priority: priority,
                    reasons: reasons,
                    effort: leaf.effort,
                    owner: answer.owner,
                    dueDate: answer.dueDate,
                    resources: helpful
                )
            )
        }
        // Ties keep the framework's own order (1.S.A before 1.S.B before 10.S.A).
        items.sort {
            $0.priority != $1.priority
                ? $0.priority > $1.priority
                : (framework.position(of: $0.requirementID) ?? 0) < (framework.position(of: $1.requirementID) ?? 0)
        }
        return ActionPlan(items: items, unanswered: unanswered)
    }

    /// The id of the top-level node (a HICP practice) above a requirement.
    public static func topAncestorID(of id: String, in framework: Framework) -> String {
        framework.requirement(id).map { topAncestor(of: $0, in: framework) } ?? id
    }

    static func topAncestor(of requirement: Requirement, in framework: Framework) -> String {
        var current = requirement
        while let parentID = current.parentID, let parent = framework.requirement(parentID) { current = parent }
        return current.id
    }

    /// The plan as CSV (RFC 4180), one row per gap, for spreadsheets and ticket systems.
    public func csv() -> String {
        var lines = ["rank,requirement,title,group,status,priority,effort,owner,due_date,reasons,resources"]
        for (offset, item) in items.enumerated() {
            let fields = [
                String(offset + 1), item.requirementID, item.title, item.group, item.status.label,
                String(item.priority),
                item.effort?.rawValue ?? "", item.owner ?? "", item.dueDate?.description ?? "",
                item.reasons.joined(separator: "; "),
                item.resources.map { "\($0.title) <\($0.url)>" }.joined(separator: "; "),
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        // A leading = + - @ would run as a formula in a spreadsheet; a quote mark keeps it text.
        var value = text
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
