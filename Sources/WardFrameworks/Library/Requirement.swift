import WardCore

/// One node of a framework's requirement tree: a HICP practice or sub-practice, a CSF function, category or
/// subcategory, a HIPAA standard or implementation specification.
public struct Requirement: Sendable, Identifiable {
    /// The publisher's identifier, unique in the framework (`1.M.B`, `PR.AA-03`, `164.312(d)`).
    public var id: String
    public var title: String
    /// What to do, in plain language, in Ward's words. Every leaf has guidance.
    public var guidance: String
    /// The organization sizes the requirement applies to.
    public var tiers: Set<SizeTier>
    /// Ids of the framework's threats this requirement mitigates.
    public var threats: [String]
    /// Suggested measurements.
    public var metrics: [String]
    /// Pointers printed by the publisher.
    public var references: [Reference]
    /// Labels the scoring understands: `essential`, `enhanced`, `required`, `addressable`, `patient-safety`.
    public var tags: Set<String>
    /// Ward's estimate of the work to implement it.
    public var effort: Effort?
    public var confidence: Confidence
    public var edition: String
    /// Depth in the tree; 0 for the top level.
    public var depth: Int
    /// The id of the parent node, if any.
    public var parentID: String?
    public var children: [Requirement]

    /// Whether an assessment answers this requirement.
    public var isLeaf: Bool { children.isEmpty }

    /// Whether the catalog tags the requirement as protecting patient care directly.
    public var isPatientSafetyRelevant: Bool { tags.contains(Tag.patientSafety) }

    /// Tags with a meaning in scoring and planning.
    public enum Tag {
        public static let essential = "essential"
        public static let enhanced = "enhanced"
        public static let required = "required"
        public static let addressable = "addressable"
        public static let patientSafety = "patient-safety"
        static let all: Set<String> = [essential, enhanced, required, addressable, patientSafety]
    }
}

/// Ward's estimate of the work to implement a requirement.
public enum Effort: String, Hashable, Sendable, CaseIterable, Codable {
    case low
    case medium
    case high
}

/// A pointer printed with a requirement: another framework's id, or a document.
public struct Reference: Hashable, Sendable {
    public var framework: String?
    public var id: String?
    public var title: String?
    public var url: String?

    /// `nist-csf PR.AC-7`, or the title and address.
    public var text: String {
        [framework, id, title, url].compactMap { $0 }.joined(separator: " ")
    }
}
