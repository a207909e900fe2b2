import Foundation
import WardCore

/// Runs the mandatory tests of the CSAF 2.0 standard (section 6.1) over an advisory.
///
/// The validator works on the JSON tree as written rather than on a decoded model: the documents these tests exist for
/// are exactly the ones a typed model would refuse or quietly repair (a score without a severity, a product defined
/// twice, a version number of the wrong kind). It does not validate against the JSON schema; it checks the rules the
/// schema cannot express, plus the structure of the CVSS objects (test 6.1.8).
///
/// ```swift
/// let report = try CSAFValidator.validate(data, file: "icsma-24-030-01.json")
/// for violation in report.violations { print(violation) }
/// ```
public enum CSAFValidator {
    /// The identifiers of the mandatory tests this validator implements, in the order of the standard.
    public static let mandatoryTestIDs: [String] =
        (1...26).map { "6.1.\($0)" } + (1...11).map { "6.1.27.\($0)" } + (28...33).map { "6.1.\($0)" }

    /// Validates the CSAF document in `data`.
    ///
    /// - Parameters:
    ///   - data: the document's bytes, UTF-8 JSON.
    ///   - file: the name used in messages and in the report.
    /// - Returns: every violation of a mandatory test; an empty list means the document passed.
    /// - Throws: a ``WardError`` with code `invalidInput` when `data` is not JSON or its top level is not an object.
    public static func validate(_ data: Data, file: String) throws -> CSAFValidationReport {
        let root: JSON
        do {
            root = try JSONParser.parse(data)
        } catch {
            throw WardError(.invalidInput, "the document is not valid JSON: \(error)", location: file, cause: error)
        }
        guard case .object = root else {
            throw WardError(
                .invalidInput,
                "the document is not a CSAF document: its top level is not a JSON object",
                location: "\(file) at $"
            )
        }
        var checker = Checker(root: root)
        checker.run()
        return CSAFValidationReport(file: file, violations: checker.violations)
    }

    /// Reads a file (within ``IntelDocument/maximumDocumentBytes``) and validates it.
    ///
    /// - Throws: the errors of ``IntelDocument/read(contentsOf:limit:)`` and of ``validate(_:file:)``.
    public static func validate(contentsOf url: URL) throws -> CSAFValidationReport {
        let data = try IntelDocument.read(contentsOf: url)
        return try validate(data, file: url.lastPathComponent)
    }
}

extension CSAFValidator {
    /// Holds the document and what the tests found; each group of tests lives in its own extension file.
    struct Checker {
        let root: JSON
        var violations: [CSAFValidationReport.Violation] = []

        init(root: JSON) {
            self.root = root
        }

        mutating func report(_ testID: String, _ path: String, _ message: String) {
            violations.append(CSAFValidationReport.Violation(testID: testID, path: path, message: message))
        }

        mutating func run() {
            let products = ProductIndex(root: root)
            checkProductDefinitions(products)
            checkProductStatus(products)
            checkScores()
            checkCWEs()
            checkLanguages()
            checkProductIdentification(products)
            checkRevisionHistory()
            checkVulnerabilityItems(products)
            checkDocumentCategory()
            checkProfiles(products)
        }

        var vulnerabilities: [(index: Int, value: JSON)] {
            (root["vulnerabilities"]?.array ?? []).enumerated().map { ($0, $1) }
        }
    }
}
