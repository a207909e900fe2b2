/// One thing wrong with a catalog or crosswalk file, with where it is.
///
/// Printed as `FILE:LINE:COLUMN: FIELD: message`, the form editors and CI logs link to.
public struct CatalogProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// Where in the file; absent for problems that concern the file as a whole.
    public var position: SourcePosition?
    /// The field, as a path in the document: `requirements[2].children[0].tiers[1]`.
    public var field: String
    public var message: String

    public init(file: String, position: SourcePosition?, field: String, message: String) {
        self.file = file
        self.position = position
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return field.isEmpty ? "\(place): \(message)" : "\(place): \(field): \(message)"
    }
}

/// The problems found in one or more catalog files; thrown when anything is wrong, so that nothing is imported.
public struct CatalogValidationError: Error, Sendable, CustomStringConvertible {
    public var problems: [CatalogProblem]

    public init(problems: [CatalogProblem]) {
        self.problems = problems
    }

    public var description: String {
        let shown = problems.prefix(50).map(\.description).joined(separator: "\n")
        let more = problems.count > 50 ? "\n… and \(problems.count - 50) more problems" : ""
        return "\(problems.count) problem\(problems.count == 1 ? "" : "s") found:\n" + shown + more
    }
}
