import Foundation

/// The crosswalks of a library as one graph of requirement-to-requirement relations, readable in both directions.
///
/// Relations stay many-to-many: a HICP sub-practice that maps to four CSF subcategories has four edges, and a CSF
/// subcategory reached from three sub-practices has three. A relation that names an inner node (a CSF category) is
/// spread over that node's leaves as `intersects-with`, because the publisher did not say which leaf it meant.
public struct CrosswalkGraph: Sendable {
    /// One relation from a requirement to another, seen from the first.
    public struct Edge: Hashable, Sendable {
        public var to: RequirementKey
        public var relation: Relation
        public var provenance: Provenance
        public var crosswalkID: String
        public var note: String?
    }

    /// Edges leaving each leaf requirement.
    public private(set) var edges: [RequirementKey: [Edge]] = [:]
    /// The frameworks joined to each framework by some crosswalk, in either direction.
    private var neighbourFrameworks: [FrameworkKey: Set<FrameworkKey>] = [:]

    /// Builds the graph of every crosswalk in the library; `not-related` relations are kept out of it.
    public init(library: FrameworkLibrary) {
        for crosswalk in library.sortedCrosswalks {
            guard let source = library.frameworks[crosswalk.from], let target = library.frameworks[crosswalk.to] else {
                continue
            }
            for mapping in crosswalk.mappings where mapping.relation != .notRelated {
                let sourceLeaves = source.leaves(under: mapping.from)
                let targetLeaves = target.leaves(under: mapping.to)
                let spread =
                    sourceLeaves.count > 1 || targetLeaves.count > 1
                    || source.requirement(mapping.from)?.isLeaf == false
                    || target.requirement(mapping.to)?.isLeaf == false
                let relation = spread ? Relation.intersectsWith : mapping.relation
                for from in sourceLeaves {
                    for to in targetLeaves {
                        neighbourFrameworks[source.key, default: []].insert(target.key)
                        neighbourFrameworks[target.key, default: []].insert(source.key)
                        let a = RequirementKey(framework: source.key, id: from.id)
                        let b = RequirementKey(framework: target.key, id: to.id)
                        add(
                            a,
                            Edge(
                                to: b,
                                relation: relation,
                                provenance: mapping.provenance,
                                crosswalkID: crosswalk.id,
                                note: mapping.note
                            )
                        )
                        add(
                            b,
                            Edge(
                                to: a,
                                relation: relation.inverse,
                                provenance: mapping.provenance,
                                crosswalkID: crosswalk.id,
                                note: mapping.note
                            )
                        )
                    }
                }
            }
        }
    }

    private mutating func add(_ key: RequirementKey, _ edge: Edge) {
        var list = edges[key, default: []]
        // A pair may be stated twice (two crosswalks, or a category and one of its leaves): the first statement is
        // kept unless a later one says more — that the source covers the whole target.
        if let index = list.firstIndex(where: { $0.to == edge.to }) {
            if edge.relation.coversWholeTarget && !list[index].relation.coversWholeTarget { list[index] = edge }
        } else {
            list.append(edge)
        }
        edges[key] = list
    }

    /// The relations leaving a requirement, toward any framework.
    public func edges(from key: RequirementKey) -> [Edge] { edges[key] ?? [] }

    /// The frameworks directly joined to a framework by some crosswalk.
    public func neighbours(of framework: FrameworkKey) -> Set<FrameworkKey> {
        neighbourFrameworks[framework] ?? []
    }

}

/// One requirement of one framework edition.
public struct RequirementKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var framework: FrameworkKey
    public var id: String

    public init(framework: FrameworkKey, id: String) {
        self.framework = framework
        self.id = id
    }

    public var description: String { "\(framework) \(id)" }

    public static func < (lhs: RequirementKey, rhs: RequirementKey) -> Bool {
        lhs.framework == rhs.framework
            ? lhs.id.compare(rhs.id, options: .numeric) == .orderedAscending : lhs.framework < rhs.framework
    }
}
