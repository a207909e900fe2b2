import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

@Suite struct CSAFValidatorTests {
    // MARK: The OASIS test corpus

    /// One document of the OASIS validator corpus and the mandatory test it exercises.
    struct CorpusCase: Sendable, CustomTestStringConvertible {
        var testID: String
        var file: String
        var mustFail: Bool

        var testDescription: String { "\(testID) \(mustFail ? "rejects" : "accepts") \(file)" }
    }

    private struct TestCases: Decodable {
        struct Test: Decodable {
            struct Document: Decodable { var name: String }
            var id: String
            var group: String
            var failures: [Document]?
            var valid: [Document]?
        }
        var tests: [Test]
    }

    private static let corpusFolder = "csaf/oasis/test/validator/data"

    /// The mandatory tests listed in `testcases.json`, or none when the shared data is absent (the tests that use
    /// them are then disabled, and `corpusListsEveryMandatoryTest` fails if CI requires the data).
    private static let mandatoryTests: [TestCases.Test] = {
        guard let url = try? SharedData.url("\(corpusFolder)/testcases.json"),
            let data = try? Data(contentsOf: url),
            let cases = try? JSONDecoder().decode(TestCases.self, from: data)
        else { return [] }
        return cases.tests.filter { $0.group == "mandatory" }
    }()

    static let corpusCases: [CorpusCase] = mandatoryTests.flatMap { test in
        (test.failures ?? []).map { CorpusCase(testID: test.id, file: $0.name, mustFail: true) }
            + (test.valid ?? []).map { CorpusCase(testID: test.id, file: $0.name, mustFail: false) }
    }

    @Test(
        "Each corpus document fails its test, or passes every test",
        .enabled(if: SharedData.enabled, SharedData.skipMessage),
        arguments: corpusCases
    )
    func corpusCase(_ corpusCase: CorpusCase) throws {
        let url = try SharedData.url("\(Self.corpusFolder)/\(corpusCase.file)")
        let report = try CSAFValidator.validate(contentsOf: url)
        if corpusCase.mustFail {
            #expect(
                !report.violations(of: corpusCase.testID).isEmpty,
                "expected a \(corpusCase.testID) violation; found: \(report.violations)"
            )
        } else {
            #expect(report.violations.isEmpty, "expected no violation; found: \(report.violations)")
        }
    }

    /// The corpus names every test the validator implements, each with at least one failing document, and all its
    /// documents exist. The corpus has no valid example for many tests; those are listed here so that the gap is
    /// visible rather than silent, and the unit tests below add accepted documents for the most important of them.
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func corpusListsEveryMandatoryTest() throws {
        _ = try SharedData.url(Self.corpusFolder)
        #expect(Self.mandatoryTests.map(\.id) == CSAFValidator.mandatoryTestIDs)
        for test in Self.mandatoryTests {
            #expect(!(test.failures ?? []).isEmpty, "\(test.id) has no failing document")
        }
        for corpusCase in Self.corpusCases {
            let url = try SharedData.url("\(Self.corpusFolder)/\(corpusCase.file)")
            #expect(FileManager.default.fileExists(atPath: url.path), "\(corpusCase.file) is missing")
        }
        let withoutValidExamples = Self.mandatoryTests.filter { ($0.valid ?? []).isEmpty }.map(\.id)
        #expect(
            withoutValidExamples == [
                "6.1.2", "6.1.3", "6.1.5", "6.1.10", "6.1.11", "6.1.12", "6.1.13", "6.1.17", "6.1.18", "6.1.19",
                "6.1.20", "6.1.22", "6.1.23", "6.1.25", "6.1.27.1", "6.1.27.2", "6.1.27.3", "6.1.27.4", "6.1.27.5",
                "6.1.27.6", "6.1.27.7", "6.1.27.8", "6.1.27.10", "6.1.27.11",
            ]
        )
    }

    // MARK: Real advisories

    /// The OASIS examples are valid documents of every profile, which the corpus mostly lacks: 13 VEX documents,
    /// 4 security advisories, 1 informational advisory and 1 base document with a vendor's own category.
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func oasisExamplesOfEveryProfilePass() throws {
        let files =
            try SharedData.files(in: "csaf/oasis/examples/csaf", endingWith: ".json")
            + SharedData.files(in: "csaf/oasis/examples/csaf/csaf_vex", endingWith: ".json")
        var categories: [String: Int] = [:]
        for file in files {
            let report = try CSAFValidator.validate(contentsOf: file)
            #expect(report.isValid, "\(file.lastPathComponent): \(report.violations)")
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            let category = (object?["document"] as? [String: Any])?["category"] as? String ?? "none"
            categories[category, default: 0] += report.isValid ? 1 : 0
        }
        #expect(
            categories == [
                "csaf_vex": 13, "csaf_security_advisory": 4, "csaf_informational_advisory": 1,
                "Cisco Security Advisory": 1,
            ]
        )
    }

    /// CISA's medical (ICSMA) and other ICS advisories pass every mandatory test: all 135 of them, checked one by one
    /// when the rules were written (CISA validates its feed before publishing, so a violation here would more
    /// likely be a bug in Ward's rule than in the advisory).
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func cisaAdvisoriesPass() throws {
        let files =
            try SharedData.files(in: "csaf/cisa-icsma", endingWith: ".json")
            + SharedData.files(in: "csaf/cisa-ics", endingWith: ".json")
        var valid = 0
        for file in files {
            let report = try CSAFValidator.validate(contentsOf: file)
            #expect(report.isValid, "\(file.lastPathComponent): \(report.violations)")
            valid += report.isValid ? 1 : 0
        }
        #expect(files.count == 135)
        #expect(valid == 135)
    }
}
