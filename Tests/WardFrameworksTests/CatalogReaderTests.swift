import Foundation
import Testing
import WardCore

@testable import WardFrameworks

/// A small framework in the catalog format, used to test the reader without the bundled files.
let sampleFramework = """
    {
      "format": "ward-framework/1",
      "id": "sample",
      "edition": "1",
      "title": "Sample practices",
      "publisher": "Ward tests",
      "source": "https://example.org/sample",
      "date": "2026-01",
      "confidence": "verified",
      "description": "A framework for tests.",
      "levels": ["practice", "sub-practice"],
      "tiered": true,
      "threats": [
        {"id": "T1", "title": "Phishing", "description": "Mail that tricks people."},
        {"id": "T2", "title": "Ransomware", "description": "Malware that locks data."}
      ],
      "requirements": [
        {"id": "1", "title": "Mail", "threats": ["T1"], "children": [
          {"id": "1.S.A", "title": "Filter mail", "tiers": ["small"], "guidance": "Turn on filtering.", "effort": "low"},
          {"id": "1.M.A", "title": "Filter more mail", "tiers": ["medium", "large"], "guidance": "Filter more."}
        ]},
        {"id": "2", "title": "Backups", "threats": ["T1", "T2"], "children": [
          {"id": "2.S.A", "title": "Back up", "tiers": ["small"], "guidance": "Keep copies offline.",
           "tags": ["patient-safety"], "metrics": ["days since the last restore test"]},
          {"id": "2.L.A", "title": "Immutable backups", "tiers": ["large"], "guidance": "Use immutable storage.",
           "confidence": "secondary", "edition": "1"}
        ]}
      ]
    }
    """

func problems(_ text: String, file: String = "test.json") -> [CatalogProblem] {
    do {
        _ = try CatalogReader.read(text: text, file: file)
        return []
    } catch {
        return error.problems
    }
}

@Suite struct CatalogReaderTests {
    @Test func readsAFrameworkTree() throws {
        guard case .framework(let framework, let text) = try CatalogReader.read(text: sampleFramework, file: "s.json")
        else {
            Issue.record("expected a framework")
            return
        }
        #expect(text == sampleFramework)
        #expect(framework.key == FrameworkKey(id: "sample", edition: "1"))
        #expect(framework.countsByLevel == [2, 4])
        #expect(framework.leaves.map(\.id) == ["1.S.A", "1.M.A", "2.S.A", "2.L.A"])
        #expect(framework.leaves(for: .small).map(\.id) == ["1.S.A", "2.S.A"])
        #expect(framework.leaves(for: .large).map(\.id) == ["1.M.A", "2.L.A"])
        let backup = try #require(framework.requirement("2.S.A"))
        #expect(backup.threats == ["T1", "T2"])  // inherited from the practice
        #expect(backup.parentID == "2")
        #expect(backup.isPatientSafetyRelevant)
        #expect(backup.confidence == .verified)
        #expect(framework.requirement("2.L.A")?.confidence == .secondary)
        #expect(framework.requirement("1.S.A")?.effort == .low)
    }

    @Test func reportsSyntaxErrorsWithLineAndColumn() {
        let broken = "{\n  \"format\": \"ward-framework/1\",\n  \"id\": \"x\"\n  \"edition\": \"1\"\n}"
        let found = problems(broken, file: "broken.json")
        #expect(found.count == 1)
        #expect(found.first?.description == "broken.json:4:3: not valid JSON: expected ',' or '}' after a field")
    }

    @Test func reportsEveryFieldProblemWithItsLocation() {
        var text = sampleFramework
        text = text.replacingOccurrences(
            of: #""tiers": ["small"], "guidance": "Turn on filtering.""#,
            with: #""tiers": ["tiny"], "guidance": "Turn on filtering.""#
        )
        text = text.replacingOccurrences(of: #""edition": "1"}"#, with: #""edition": "2023"}"#)
        text = text.replacingOccurrences(of: #""title": "Back up","#, with: #""titel": "Back up","#)
        text = text.replacingOccurrences(of: #""date": "2026-01""#, with: #""date": "January 2026""#)
        let found = problems(text).map(\.description)
        #expect(found.contains("test.json:8:11: date: 'January 2026' is not a date; write YYYY-MM-DD or YYYY-MM"))
        #expect(
            found.contains {
                $0.hasPrefix("test.json:19:")
                    && $0.contains("requirements[0].children[0].tiers[0]: unknown size tier 'tiny'")
            }
        )
        #expect(
            found.contains {
                $0.hasPrefix("test.json:23:")
                    && $0.contains("requirements[1].children[0].title: this required field is missing")
            }
        )
        #expect(
            found.contains {
                $0.hasPrefix("test.json:23:") && $0.contains("requirements[1].children[0].titel: unknown field")
            }
        )
        #expect(
            found.contains {
                $0.contains(
                    "requirements[1].children[1].edition: this row says edition '2023' but the file is edition '1'"
                )
            }
        )
        #expect(found.count == 5)
    }

    @Test func rejectsDuplicateIDsLeavesWithoutGuidanceAndUnknownThreats() {
        var text = sampleFramework.replacingOccurrences(of: #""id": "1.M.A""#, with: #""id": "1.S.A""#)
        text = text.replacingOccurrences(of: #", "guidance": "Filter more.""#, with: "")
        text = text.replacingOccurrences(of: #""threats": ["T1", "T2"]"#, with: #""threats": ["T1", "T9"]"#)
        let found = problems(text).map(\.description)
        #expect(
            found.contains { $0.contains("requirements[0].children[1].id: the id '1.S.A' is already used at line 19") }
        )
        #expect(found.contains { $0.contains("requirements[0].children[1].guidance: a requirement without children") })
        #expect(found.contains { $0.contains("requirements[1].threats[1]: unknown threat 'T9'") })
    }

    @Test func rejectsUnknownFormatsAndNonObjects() {
        #expect(problems("[1, 2]").map(\.description) == ["test.json:1:1: expected an object, found an array"])
        #expect(
            problems(#"{"format": "ward-framework/9"}"#).first?.message.contains("unknown format 'ward-framework/9'")
                == true
        )
        #expect(problems("").first?.message.contains("not valid JSON") == true)
        #expect(
            problems("{\"format\": \"ward-framework/1\", \"id\": \"a\", \"id\": \"b\"}").first?.message
                == "not valid JSON: the field 'id' appears twice in one object"
        )
    }

    @Test func parsesEscapesAndUnicode() throws {
        let text = #"{"a": "line\nbreak \u00e9 \ud83d\ude00 \"q\"", "b": [1, -2.5e1, true, null]}"#
        let node = try JSONNodeParser.parse(Array(text.utf8))
        guard case .object(let members) = node.value, case .string(let a) = members[0].value.value,
            case .array(let list) = members[1].value.value, case .number(let n) = list[1].value
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(a == "line\nbreak é 😀 \"q\"")
        #expect(n == -25)
    }
}

let sampleTarget = """
    {
      "format": "ward-framework/1", "id": "target", "edition": "2", "title": "Target", "publisher": "Ward tests",
      "source": "https://example.org/target", "date": "2026-02-01", "confidence": "verified",
      "description": "Outcomes.", "levels": ["function", "outcome"],
      "requirements": [
        {"id": "PR", "title": "Protect", "guidance": "Protect things.", "children": [
          {"id": "PR-1", "title": "Authenticate", "guidance": "Check who it is."},
          {"id": "PR-2", "title": "Back up", "guidance": "Keep copies.", "tags": ["essential"]}
        ]}
      ]
    }
    """

let sampleCrosswalk = """
    {
      "format": "ward-crosswalk/1", "id": "sample--target", "title": "Sample to target",
      "description": "Test mapping.", "from": {"framework": "sample", "edition": "1"},
      "to": {"framework": "target", "edition": "2"}, "publisher": "Ward tests", "date": "2026-03",
      "mappings": [
        {"from": "1.S.A", "to": "PR-1", "relation": "subset-of", "provenance": "ours"},
        {"from": "1.M.A", "to": "PR-1", "relation": "subset-of", "provenance": "ours"},
        {"from": "2.S.A", "to": "PR-2", "relation": "equal", "provenance": "official", "note": "same thing"},
        {"from": "2.S.A", "to": "PR-1", "relation": "intersects-with", "provenance": "derived"}
      ]
    }
    """

@Suite struct FrameworkLibraryTests {
    func documents() throws -> [CatalogDocument] {
        try [sampleFramework, sampleTarget, sampleCrosswalk].enumerated().map {
            offset,
            text throws(CatalogValidationError) in
            try CatalogReader.read(text: text, file: "file\(offset).json")
        }
    }

    @Test func addsFrameworksAndCrosswalksTogether() throws {
        let library = try FrameworkLibrary().adding(try documents())
        #expect(library.sortedFrameworks.map(\.key.description) == ["sample@1", "target@2"])
        #expect(library.crosswalks["sample--target"]?.mappings.count == 4)
        #expect(library.framework(FrameworkKey(id: "target", edition: ""))?.key.edition == "2")
    }

    @Test func rejectsACrosswalkToUnknownIDsAndChangesNothing() throws {
        let bad = sampleCrosswalk.replacingOccurrences(of: #""to": "PR-2""#, with: #""to": "PR-9""#)
        let before = try FrameworkLibrary().adding([try CatalogReader.read(text: sampleFramework, file: "a.json")])
        do {
            _ = try before.adding(
                [
                    try CatalogReader.read(text: sampleTarget, file: "t.json"),
                    try CatalogReader.read(text: bad, file: "c.json"),
                ],
                files: ["t.json", "c.json"]
            )
            Issue.record("expected a failure")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "c.json:8:5: mappings[2].to: 'PR-9' is not a requirement of target@2"
                ]
            )
        }
        #expect(before.frameworks.count == 1)
        #expect(before.crosswalks.isEmpty)
    }

    @Test func refusesToReplaceAFrameworkAlreadyInTheLibrary() throws {
        let library = try FrameworkLibrary().adding(try documents())
        #expect(throws: CatalogValidationError.self) {
            _ = try library.adding([try CatalogReader.read(text: sampleTarget, file: "again.json")])
        }
    }

    @Test func graphKeepsManyToManyRelationsInBothDirections() throws {
        let library = try FrameworkLibrary().adding(try documents())
        let graph = CrosswalkGraph(library: library)
        let sample = FrameworkKey(id: "sample", edition: "1")
        let target = FrameworkKey(id: "target", edition: "2")
        let intoPR1 = graph.edges(from: RequirementKey(framework: target, id: "PR-1"))
        #expect(Set(intoPR1.map(\.to.id)) == ["1.S.A", "1.M.A", "2.S.A"])
        #expect(intoPR1.first { $0.to.id == "1.S.A" }?.relation == .supersetOf)
        let fromBackup = graph.edges(from: RequirementKey(framework: sample, id: "2.S.A"))
        #expect(Set(fromBackup.map(\.to.id)) == ["PR-1", "PR-2"])
        #expect(graph.neighbours(of: sample) == [target])
    }
}
