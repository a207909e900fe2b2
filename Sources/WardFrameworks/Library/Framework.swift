import Foundation
import WardCore

/// A framework catalog: the requirements of one edition of a standard, guideline or rule, as a tree.
///
/// A framework is read from a `ward-framework/1` file (see `docs/frameworks.md`) by ``CatalogReader``. Leaves of the
/// tree are what an assessment answers; inner nodes group them (a HICP practice, a CSF category).
///
/// A class, not a struct: a framework is read once and shared by every assessment and crosswalk that uses it, and
/// scoring looks frameworks up thousands of times per assessment; a reference avoids copying the whole tree each time.
public final class Framework: Sendable, Identifiable {
    /// The framework id and edition, which together name one catalog.
    public let key: FrameworkKey
    public let title: String
    public let publisher: String
    /// Address of the publication.
    public let source: String
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM`.
    public let date: String
    /// What the framework is, in Ward's words.
    public let description: String
    /// How well the transcription is checked, unless a requirement says otherwise.
    public let confidence: Confidence
    /// Names of the levels of the tree, top first (`practice`, `sub-practice`).
    public let levels: [String]
    /// Whether requirements apply by organization size.
    public let tiered: Bool
    /// Whether the catalog holds the whole edition; partial transcriptions cannot be assessed.
    public let complete: Bool
    /// The threats requirements mitigate (HICP's five), in file order.
    public let threats: [Threat]
    /// The top level of the requirement tree.
    public let requirements: [Requirement]

    /// Every requirement, depth first, in file order.
    public let allRequirements: [Requirement]
    /// The leaves of the tree: the requirements an assessment answers.
    public let leaves: [Requirement]
    private let indexByID: [String: Int]
    /// Indexes into `allRequirements` of the leaves under each requirement (computed once; scoring asks often).
    private let leafIndexesUnder: [String: [Int]]

    public var id: FrameworkKey { key }

    init(
        key: FrameworkKey,
        title: String,
        publisher: String,
        source: String,
        date: String,
        description: String,
        confidence: Confidence,
        levels: [String],
        tiered: Bool,
        complete: Bool,
        threats: [Threat],
        requirements: [Requirement]
    ) {
        self.key = key
        self.title = title
        self.publisher = publisher
        self.source = source
        self.date = date
        self.description = description
        self.confidence = confidence
        self.levels = levels
        self.tiered = tiered
        self.complete = complete
        self.threats = threats
        self.requirements = requirements
        var all: [Requirement] = []
        func walk(_ nodes: [Requirement]) {
            for node in nodes {
                all.append(node)
                walk(node.children)
            }
        }
        walk(requirements)
        allRequirements = all
        let indexByID = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.indexByID = indexByID
        leaves = all.filter(\.isLeaf)
        var under: [String: [Int]] = [:]
        for (index, requirement) in all.enumerated() where requirement.isLeaf {
            under[requirement.id, default: []].append(index)
            var parent = requirement.parentID
            while let id = parent {
                under[id, default: []].append(index)
                parent = indexByID[id].flatMap { all[$0].parentID }
            }
        }
        leafIndexesUnder = under
    }

    /// The position of a requirement in the tree (depth first, file order): a cheap, stable sort key.
    public func position(of id: String) -> Int? { indexByID[id] }

    /// The requirement with this id, anywhere in the tree.
    public func requirement(_ id: String) -> Requirement? {
        indexByID[id].map { allRequirements[$0] }
    }

    /// The leaves that apply to an organization of this size. A large organization gets the medium and the large
    /// sub-practices because the catalog marks medium rows for both.
    public func leaves(for tier: SizeTier) -> [Requirement] {
        leaves.filter { $0.tiers.contains(tier) }
    }

    /// The leaves under a requirement (itself, when it is a leaf).
    public func leaves(under id: String) -> [Requirement] {
        (leafIndexesUnder[id] ?? []).map { allRequirements[$0] }
    }

    /// Counts of requirements per level, top first (for HICP: 10 practices, 89 sub-practices).
    public var countsByLevel: [Int] {
        var counts = Array(repeating: 0, count: max(levels.count, 1))
        for requirement in allRequirements where requirement.depth < counts.count {
            counts[requirement.depth] += 1
        }
        return counts
    }

    /// The threat with this id.
    public func threat(_ id: String) -> Threat? { threats.first { $0.id == id } }
}

/// Names one catalog: a framework id and an edition, such as `hicp` edition `2018`.
public struct FrameworkKey: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var id: String
    public var edition: String

    public init(id: String, edition: String) {
        self.id = id
        self.edition = edition
    }

    /// `hicp@2018`.
    public var description: String { "\(id)@\(edition)" }

    /// Parses `hicp@2018`, or `hicp` alone (edition left empty, meaning "the newest").
    public init(parsing text: String) {
        if let at = text.firstIndex(of: "@") {
            self.init(id: String(text[..<at]), edition: String(text[text.index(after: at)...]))
        } else {
            self.init(id: text, edition: "")
        }
    }

    public static func < (lhs: FrameworkKey, rhs: FrameworkKey) -> Bool {
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return lhs.edition.compare(rhs.edition, options: .numeric) == .orderedAscending
    }
}

/// A threat a framework's requirements mitigate (HICP's five: phishing, ransomware, loss or theft, insider data loss,
/// attacks against medical devices).
public struct Threat: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
}

/// How well a row of a catalog has been checked against its publication.
public enum Confidence: String, Hashable, Sendable, CaseIterable, Codable {
    /// Read in the primary text, a faithful copy of it, or a machine-readable catalog built from it.
    case verified
    /// From a third-party summary; plausible but to be checked.
    case secondary
    /// A skeleton from recollection; must be checked against the publication before it is relied on.
    case unverified
    /// Computed by Ward's authors, such as a reference converted from CSF 1.1 to 2.0.
    case derived
}
