import WardCore
import WardFrameworks

/// Computes a ``Scorecard`` from answers, deterministically (`docs/scoring.md`).
///
/// A scorer holds the library and its crosswalk graph; build one per library and reuse it for many assessments.
public struct Scorer: Sendable {
    public let library: FrameworkLibrary
    public let graph: CrosswalkGraph

    public init(library: FrameworkLibrary) {
        self.library = library
        self.graph = CrosswalkGraph(library: library)
    }

    /// Scores answers on a framework at a tier.
    ///
    /// - Parameters:
    ///   - framework: the assessed framework.
    ///   - tier: the size tier; only leaves that apply to it are scored.
    ///   - answers: the answers by requirement id; answers to requirements outside the tier are ignored.
    public func score(framework: Framework, tier: SizeTier, answers: [String: Answer]) -> Scorecard {
        let applicable = framework.tiered ? framework.leaves(for: tier) : framework.leaves
        var leafValues: [String: Double] = [:]
        var answered = 0
        var notApplicable = 0
        var maturitySum = 0
        var maturityCount = 0
        for leaf in applicable {
            let answer = answers[leaf.id]
            if let answer {
                answered += 1
                if let maturity = answer.maturity {
                    maturitySum += maturity
                    maturityCount += 1
                }
            }
            if answer?.status == .notApplicable {
                notApplicable += 1
                continue
            }
            leafValues[leaf.id] = answer?.status.value ?? 0
        }

        var requirementScores: [String: Double] = [:]
        for (id, value) in leafValues { requirementScores[id] = value * 100 }
        // Inner nodes: the mean of the scored leaves below them (leaf-weighted, not the mean of child means).
        func walk(_ node: Requirement) -> (sum: Double, count: Int) {
            if node.isLeaf {
                guard let value = leafValues[node.id] else { return (0, 0) }
                return (value, 1)
            }
            var total = (sum: 0.0, count: 0)
            for child in node.children {
                let part = walk(child)
                total.sum += part.sum
                total.count += part.count
            }
            if total.count > 0 { requirementScores[node.id] = total.sum / Double(total.count) * 100 }
            return total
        }
        var overallTotal = (sum: 0.0, count: 0)
        for top in framework.requirements {
            let part = walk(top)
            overallTotal.sum += part.sum
            overallTotal.count += part.count
        }

        var threatScores: [String: Double] = [:]
        for threat in framework.threats {
            let values = applicable.filter { $0.threats.contains(threat.id) }.compactMap { leafValues[$0.id] }
            if !values.isEmpty { threatScores[threat.id] = values.reduce(0, +) / Double(values.count) * 100 }
        }

        // Answered values only (unanswered leaves reach no other framework: nothing is known about them).
        var known: [String: (value: Double, label: String)] = [:]
        for leaf in applicable {
            guard let answer = answers[leaf.id], let value = answer.status.value else { continue }
            known[leaf.id] = (value, answer.status.label)
        }
        return Scorecard(
            framework: framework.key,
            tier: tier,
            applicableCount: applicable.count,
            answeredCount: answered,
            notApplicableCount: notApplicable,
            overall: overallTotal.count > 0 ? overallTotal.sum / Double(overallTotal.count) * 100 : nil,
            averageMaturity: maturityCount > 0 ? Double(maturitySum) / Double(maturityCount) : nil,
            requirementScores: requirementScores,
            threatScores: threatScores,
            coverage: coverage(from: framework.key, known: known)
        )
    }

    /// Carries answered values through the crosswalks, one step at a time: frameworks one crosswalk away are covered
    /// from the answers, frameworks two away from those, and so on. Each framework is covered from the step before it
    /// only, so the result does not depend on the order crosswalks were loaded in.
    func coverage(from assessed: FrameworkKey, known: [String: (value: Double, label: String)]) -> [FrameworkCoverage] {
        var frontier: [RequirementKey: (value: Double, label: String)] = [:]
        for (id, entry) in known { frontier[RequirementKey(framework: assessed, id: id)] = entry }
        var visited: Set<FrameworkKey> = [assessed]
        var result: [FrameworkCoverage] = []
        var distance = 0
        var layerFrameworks: Set<FrameworkKey> = [assessed]
        while !layerFrameworks.isEmpty, distance < 8 {
            distance += 1
            var next: Set<FrameworkKey> = []
            for framework in layerFrameworks { next.formUnion(graph.neighbours(of: framework)) }
            next.subtract(visited)
            guard !next.isEmpty else { break }
            // Gather contributions into each leaf of the next layer.
            var incoming: [RequirementKey: [LeafCoverage.Contribution]] = [:]
            for (source, entry) in frontier {
                for edge in graph.edges(from: source) where next.contains(edge.to.framework) {
                    incoming[edge.to, default: []].append(
                        LeafCoverage.Contribution(
                            from: source,
                            value: entry.value,
                            label: entry.label,
                            relation: edge.relation,
                            provenance: edge.provenance
                        )
                    )
                }
            }
            var newFrontier: [RequirementKey: (value: Double, label: String)] = [:]
            for key in next.sorted() {
                guard let framework = library.frameworks[key] else { continue }
                var leaves: [String: LeafCoverage] = [:]
                for (target, contributions) in incoming where target.framework == key {
                    // File order of each contributing framework (framework keys compare as plain strings here).
                    let sorted = contributions.map { ($0, $0.from.framework.description, position($0.from)) }
                        .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.2 < $1.2 }.map(\.0)
                    let value = Self.combine(sorted)
                    leaves[target.id] = LeafCoverage(value: value, contributions: sorted)
                    newFrontier[target] = (value, Self.percent(value))
                }
                var nodes: [String: Double] = [:]
                for node in framework.allRequirements where !node.isLeaf {
                    let values = framework.leaves(under: node.id).compactMap { leaves[$0.id]?.value }
                    if !values.isEmpty { nodes[node.id] = values.reduce(0, +) / Double(values.count) }
                }
                let values = leaves.values.map(\.value)
                result.append(
                    FrameworkCoverage(
                        framework: key,
                        distance: distance,
                        leaves: leaves,
                        nodes: nodes,
                        overall: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count),
                        leafCount: framework.leaves.count,
                        coveredCount: leaves.count
                    )
                )
            }
            visited.formUnion(next)
            layerFrameworks = next
            frontier = newFrontier
        }
        return result.sorted { $0.framework < $1.framework }
    }

    func position(_ key: RequirementKey) -> Int {
        library.frameworks[key.framework]?.position(of: key.id) ?? Int.max
    }

    /// A requirement is covered by the best requirement that covers it whole (relation `equal` or `superset-of`),
    /// or by the mean of those that cover parts of it, whichever is higher.
    static func combine(_ contributions: [LeafCoverage.Contribution]) -> Double {
        let whole = contributions.filter { $0.relation.coversWholeTarget }.map(\.value).max() ?? 0
        let parts = contributions.filter { !$0.relation.coversWholeTarget }.map(\.value)
        let partial = parts.isEmpty ? 0 : parts.reduce(0, +) / Double(parts.count)
        return max(whole, partial)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))% covered" }
}
