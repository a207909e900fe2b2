/// The outcome of running the CSAF 2.0 mandatory tests over one document.
///
/// A report lists every violation found rather than stopping at the first, because a publisher fixing an advisory
/// wants the whole list at once and a consumer deciding whether to trust a feed wants to know how far off it is.
public struct CSAFValidationReport: Sendable, Hashable {
    /// One failed check: which mandatory test, where in the document, and what is wrong there.
    public struct Violation: Sendable, Hashable, CustomStringConvertible {
        /// The test's identifier in section 6.1 of the CSAF 2.0 standard, such as `6.1.7` or `6.1.27.9`.
        public var testID: String
        /// A JSONPath-like location of the offending value, such as `$.vulnerabilities[0].scores[1]`.
        public var path: String
        /// What is wrong, in plain words.
        public var message: String

        /// Creates a violation.
        public init(testID: String, path: String, message: String) {
            self.testID = testID
            self.path = path
            self.message = message
        }

        /// The violation as one line: `6.1.7 at $.vulnerabilities[0].scores[1]: …`.
        public var description: String { "\(testID) at \(path): \(message)" }
    }

    /// The name of the validated file, as given by the caller, for messages.
    public var file: String
    /// Every violation found, in the order the tests ran.
    public var violations: [Violation]

    /// Creates a report.
    public init(file: String, violations: [Violation]) {
        self.file = file
        self.violations = violations
    }

    /// Whether the document passed every mandatory test.
    public var isValid: Bool { violations.isEmpty }

    /// The identifiers of the tests that failed, without repeats, in the order they were first seen.
    public var failedTestIDs: [String] {
        var seen = Set<String>()
        return violations.map(\.testID).filter { seen.insert($0).inserted }
    }

    /// The violations of one test, such as `6.1.9`.
    public func violations(of testID: String) -> [Violation] {
        violations.filter { $0.testID == testID }
    }
}
