/// A mapping between the requirements of two framework catalogs, read from a `ward-crosswalk/1` file.
public struct Crosswalk: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
    public var from: FrameworkKey
    public var to: FrameworkKey
    public var publisher: String
    public var date: String
    public var source: String?
    /// The relations, many-to-many, in file order.
    public var mappings: [Mapping]

    /// One relation between a requirement of ``Crosswalk/from`` and one of ``Crosswalk/to``.
    public struct Mapping: Hashable, Sendable {
        public var from: String
        public var to: String
        public var relation: Relation
        public var provenance: Provenance
        public var note: String?
        /// Where the mapping is in its file.
        public var position: SourcePosition?
    }
}

/// How two requirements relate, after NIST's Online Informative References (OLIR).
public enum Relation: String, Hashable, Sendable, CaseIterable, Codable {
    case equal
    /// The source requirement is narrower than the target: implementing it covers part of the target.
    case subsetOf = "subset-of"
    /// The source requirement is broader than the target: implementing it covers the whole target.
    case supersetOf = "superset-of"
    case intersectsWith = "intersects-with"
    /// Checked and found unrelated.
    case notRelated = "not-related"

    /// The relation read in the other direction.
    public var inverse: Relation {
        switch self {
        case .subsetOf: .supersetOf
        case .supersetOf: .subsetOf
        default: self
        }
    }

    /// Whether implementing the source covers the whole target.
    public var coversWholeTarget: Bool { self == .equal || self == .supersetOf }
}

/// Who made a mapping.
public enum Provenance: String, Hashable, Sendable, CaseIterable, Codable {
    /// Published by the owner of one of the frameworks.
    case official
    /// Converted by Ward's authors from an official reference.
    case derived
    /// Ward's authors' own judgement.
    case ours
}
