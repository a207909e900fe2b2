import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

/// `CSAFDocument.decode(from:file:)` reads with a hand-written reader; these tests hold it to the Codable conformance
/// read by `JSONDecoder`, value for value and failure for failure.
@Suite struct CSAFFastDecodingTests {
    /// What decoding one text gives: the document, or the location and message of the error.
    enum Outcome: Equatable, CustomStringConvertible {
        case document(CSAFDocument)
        case failure(location: String?, message: String)

        var description: String {
            switch self {
            case .document(let document): "a document (\(document.document.tracking.id))"
            case .failure(let location, let message): "an error at \(location ?? "?"): \(message)"
            }
        }

        var succeeded: Bool {
            if case .document = self { return true }
            return false
        }

        var location: String? {
            if case .failure(let location, _) = self { return location }
            return nil
        }
    }

    static func fast(_ data: Data, file: String = "test.json") -> Outcome {
        do {
            return .document(try CSAFDocument.decode(from: data, file: file))
        } catch let error as WardError {
            return .failure(location: error.location, message: error.message)
        } catch {
            return .failure(location: nil, message: "not a WardError: \(error)")
        }
    }

    /// The reference: the Codable conformance through `JSONDecoder`, with errors described as ``IntelDocument`` does.
    static func reference(_ data: Data, file: String = "test.json") -> Outcome {
        do {
            return .document(try IntelDocument.decode(CSAFDocument.self, from: data, file: file))
        } catch let error as WardError {
            return .failure(location: error.location, message: error.message)
        } catch {
            return .failure(location: nil, message: "not a WardError: \(error)")
        }
    }

    static func edited(_ replacements: [(String, String)]) -> Data {
        var text = CSAFFixtures.advisory
        for (old, new) in replacements {
            precondition(text.contains(old), "the fixture has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Data(text.utf8)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everyAdvisoryAndExampleDecodesAsJSONDecoderDoes() throws {
        let files =
            try SharedData.files(in: "csaf/cisa-icsma", endingWith: ".json")
            + SharedData.files(in: "csaf/cisa-ics", endingWith: ".json")
            + SharedData.files(in: "csaf/oasis/examples/csaf", endingWith: ".json")
            + SharedData.files(in: "csaf/oasis/examples/csaf/csaf_vex", endingWith: ".json")
        #expect(files.count == 154)
        var equal = 0
        for file in files {
            let data = try Data(contentsOf: file)
            let expected = try JSONDecoder().decode(CSAFDocument.self, from: data)
            let document = try CSAFDocument.decode(from: data, file: file.lastPathComponent)
            #expect(document == expected, "\(file.lastPathComponent)")
            if document == expected { equal += 1 }
        }
        #expect(equal == files.count)
    }

    /// The OASIS validator's test documents break CSAF's mandatory rules; most are still well-typed, some are not.
    /// Both readers must accept and refuse the same ones, and give the same document or error location.
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func validatorTestDocumentsSucceedAndFailAsWithJSONDecoder() throws {
        let files = try SharedData.files(in: "csaf/oasis/test/validator/data/mandatory", endingWith: ".json")
        #expect(files.count > 100)
        var decoded = 0
        var refused = 0
        for file in files {
            let data = try Data(contentsOf: file)
            let expected = Self.reference(data, file: file.lastPathComponent)
            let outcome = Self.fast(data, file: file.lastPathComponent)
            #expect(outcome.succeeded == expected.succeeded, "\(file.lastPathComponent): \(outcome) vs \(expected)")
            #expect(outcome.location == expected.location, "\(file.lastPathComponent): \(outcome) vs \(expected)")
            if case .document(let document) = outcome, case .document(let reference) = expected {
                #expect(document == reference, "\(file.lastPathComponent)")
            }
            if outcome.succeeded { decoded += 1 } else { refused += 1 }
        }
        #expect(decoded + refused == files.count)
    }

    /// Edits of the fixture that JSONDecoder refuses, each with the location both readers must name.
    static let refusals: [(edit: [(String, String)], location: String)] = [
        (
            [(#""baseScore": 9.8"#, #""baseScore": "9.8""#)],
            "f.json at $.vulnerabilities[0].scores[0].cvss_v3.baseScore"
        ),
        (
            [(#""known_affected": ["PID-1"]"#, #""known_affected": ["PID-1", 7]"#)],
            "f.json at $.vulnerabilities[0].product_status.known_affected[1]"
        ),
        (
            [(#""known_affected": ["PID-1"]"#, #""known_affected": ["PID-1", null]"#)],
            "f.json at $.vulnerabilities[0].product_status.known_affected[1]"
        ),
        (
            [(#""product_id": "PID-4""#, #""product_id": null"#)],
            "f.json at $.product_tree.full_product_names[0].product_id"
        ),
        ([(#""group_id": "GRP-OLD", "#, "")], "f.json at $.product_tree.product_groups[0]"),
        (
            [(#""summary": "First.""#, #""summary": {"text": "First."}"#)],
            "f.json at $.document.tracking.revision_history[0].summary"
        ),
        ([(#""csaf_version": "2.0""#, #""csaf_version": "1.0""#)], "f.json at $.document.csaf_version"),
        ([(#""csaf_version": "2.0""#, #""csaf_version": 2.0"#)], "f.json at $.document.csaf_version"),
        ([(#""csaf_version": "2.0","#, "")], "f.json at $.document"),
        // The version is checked before the members that come before it in the text.
        (
            [
                (#""category": "csaf_vex","#, #""category": 1,"#),
                (#""csaf_version": "2.0""#, #""csaf_version": "2.1""#),
            ],
            "f.json at $.document.csaf_version"
        ),
        ([(#""title": "Example advisory","#, "")], "f.json at $.document"),
        ([(#""cwe": {"id": "CWE-306", "#, #""cwe": {"#)], "f.json at $.vulnerabilities[0].cwe"),
        ([(#""remediations": ["#, #""remediations": [null, "#)], "f.json at $.vulnerabilities[0].remediations[0]"),
        (
            [(#""vulnerabilities": ["#, #""vulnerabilities": "none", "x_vulnerabilities": ["#)],
            "f.json at $.vulnerabilities"
        ),
        // JSONDecoder decodes `document` before the vulnerabilities, whatever the order in the text.
        (
            [
                (#""document": {"#, #""vulnerabilities": 1, "document": {"#),
                (#""title": "Example advisory","#, ""),
            ], "f.json at $.document"
        ),
        (
            [(#""baseScore": 9.8"#, #""baseScore": 1e400"#)],
            "f.json at $.vulnerabilities[0].scores[0].cvss_v3.baseScore"
        ),
        ([(#""document": {"#, #""document": null, "x": {"#)], "f.json at $.document"),
    ]

    @Test(arguments: refusals.indices)
    func refusesWhatJSONDecoderRefusesAtTheSamePath(_ position: Int) throws {
        let (edit, location) = Self.refusals[position]
        let data = Self.edited(edit)
        let expected = Self.reference(data, file: "f.json")
        let error = try #require(throws: WardError.self) { try CSAFDocument.decode(from: data, file: "f.json") }
        #expect(error.code == .invalidInput)
        #expect(expected.succeeded == false)
        #expect(error.location == location, "\(error.message)")
        if position != 15 {
            // JSONDecoder reports a number out of range without its path; the reader names it.
            #expect(expected.location == location, "\(expected)")
        }
    }

    @Test func versionErrorSaysWhichVersion() throws {
        let data = Self.edited([(#""csaf_version": "2.0""#, #""csaf_version": "1.0""#)])
        let error = try #require(throws: WardError.self) { try CSAFDocument.decode(from: data, file: "old.json") }
        #expect(error.message.contains("\"1.0\""))
        #expect(error.message.contains("2.0"))
    }

    @Test func malformedTextIsReportedBeforeAWrongType() throws {
        // The wrong type comes first in the text, the syntax error at the end; JSONDecoder reads the whole text first.
        var text = CSAFFixtures.advisory.replacingOccurrences(of: #""title": "Example advisory""#, with: #""title": 1"#)
        text.removeLast(3)
        let data = Data(text.utf8)
        let error = try #require(throws: WardError.self) { try CSAFDocument.decode(from: data, file: "cut.json") }
        #expect(error.message.contains("not valid JSON"), "\(error.message)")
        #expect(Self.reference(data).succeeded == false)
    }

    @Test(arguments: [1, 10, 100, 1000, 2000, 3000])
    func truncatedTextIsNotValidJSON(_ length: Int) throws {
        let data = Data(CSAFFixtures.advisory.utf8.prefix(length))
        let error = try #require(throws: WardError.self) { try CSAFDocument.decode(from: data, file: "cut.json") }
        #expect(error.code == .invalidInput)
        #expect(error.location?.hasPrefix("cut.json at $") == true)
        #expect(error.message.contains("not valid JSON"), "\(error.message)")
    }

    /// Texts JSONDecoder accepts although they are odd, and what it reads from them.
    static let acceptances: [[(String, String)]] = [
        // Null for an optional member is absence.
        [(#""aggregate_severity": {"text": "Critical"}"#, #""aggregate_severity": null"#)],
        [(#""cwe": {"id": "CWE-306", "name": "Missing Authentication for Critical Function"}"#, #""cwe": null"#)],
        // The first of two members with the same name wins, and the second is not even type-checked.
        [(#""title": "Example advisory""#, #""title": "Example advisory", "title": 42"#)],
        [(#""cve": "CVE-2026-0001""#, #""cve": null, "cve": "CVE-2026-0002""#)],
        // Commas after the last member or element.
        [(#""summary": "old controllers"}"#, #""summary": "old controllers",}"#)],
        [(#""known_affected": ["PID-1"]"#, #""known_affected": ["PID-1",]"#)],
        // Escapes, in values and in names.
        [(#""title": "Example advisory""#, #""title": "Ex\u00e4mple \ud83d\ude00 \"advisory\"\n\/""#)],
        [(#""title": "Example advisory""#, #""t\u0069tle": "Example advisory""#)],
        [(#""title": "Example advisory""#, #""title": "\\\"\u00E9x\n""#)],
        // Numbers: integers and exponents as Double, and unknown members with numbers JSONDecoder lets by.
        [(#""baseScore": 9.8"#, #""baseScore": 98E-1"#)],
        [(#""baseScore": 10.0"#, #""baseScore": 10"#)],
        [(#""csaf_version": "2.0","#, #""csaf_version": "2.0", "x_extension": [1., 01, -, {"a": true, "b": null}],"#)],
        // Empty lists stay empty lists, not absence.
        [(#""model_numbers": ["EL-12"]"#, #""model_numbers": []"#)],
        // A raw tab in a member nobody reads.
        [(#""csaf_version": "2.0","#, "\"csaf_version\": \"2.0\", \"x_note\": \"a\tb\",")],
    ]

    @Test(arguments: acceptances.indices)
    func acceptsWhatJSONDecoderAccepts(_ position: Int) throws {
        let data = Self.edited(Self.acceptances[position])
        let expected = try JSONDecoder().decode(CSAFDocument.self, from: data)
        #expect(try CSAFDocument.decode(from: data, file: "f.json") == expected)
    }

    /// Texts JSONDecoder refuses as malformed only when the field is decoded.
    static let malformedValues: [[(String, String)]] = [
        [(#""title": "Example advisory""#, "\"title\": \"Example\tadvisory\"")],
        [(#""title": "Example advisory""#, #""title": "Example \q advisory""#)],
        [(#""title": "Example advisory""#, #""title": "Example \ud800 advisory""#)],
        [(#""baseScore": 9.8"#, #""baseScore": 9."#)],
        [(#""baseScore": 9.8"#, #""baseScore": 09.8"#)],
        [(#""baseScore": 9.8"#, #""baseScore": 1e-400"#)],
        [(#""known_affected": ["PID-1"]"#, #""known_affected": ["PID-1",,]"#)],
    ]

    @Test(arguments: malformedValues.indices)
    func refusesMalformedValuesAsJSONDecoderDoes(_ position: Int) throws {
        let data = Self.edited(Self.malformedValues[position])
        #expect(Self.reference(data).succeeded == false)
        let error = try #require(throws: WardError.self) { try CSAFDocument.decode(from: data, file: "f.json") }
        #expect(error.code == .invalidInput)
        #expect(error.location?.hasPrefix("f.json at $") == true)
    }

    @Test func invalidUTF8InADecodedStringIsRefused() throws {
        var bytes = Array(CSAFFixtures.advisory.utf8)
        let title = Array(#""title": "Example"#.utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: title) })
        bytes[at + title.count - 1] = 0xFF
        let data = Data(bytes)
        #expect(Self.reference(data).succeeded == false)
        #expect(throws: WardError.self) { try CSAFDocument.decode(from: data, file: "f.json") }
    }

    @Test func topLevelThatIsNotAnObjectIsRefused() throws {
        for text in ["[]", "null", "\"csaf\"", "", "  "] {
            let data = Data(text.utf8)
            #expect(Self.reference(data).succeeded == false)
            let outcome = Self.fast(data)
            #expect(outcome.succeeded == false, "\(text)")
            #expect(outcome.location?.hasPrefix("test.json at $") == true, "\(text): \(outcome)")
        }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array(CSAFFixtures.advisory.utf8))
        #expect(Self.fast(data) == Self.reference(data))
        #expect(Self.fast(data).succeeded)
    }

    @Test func encodedDocumentReadsBack() throws {
        let document = try CSAFDocument.decode(from: Data(CSAFFixtures.advisory.utf8), file: "fixture.json")
        let encoded = try JSONEncoder().encode(document)
        #expect(try CSAFDocument.decode(from: encoded, file: "encoded.json") == document)
        #expect(try JSONDecoder().decode(CSAFDocument.self, from: encoded) == document)
    }
}
