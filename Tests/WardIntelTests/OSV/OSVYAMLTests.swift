import Foundation
import Testing
import WardCore
import WardIntel

/// The YAML reader behind ``OSVRecord/decode(_:file:)`` for `.yaml` files, on the constructs the PyPA advisory
/// database uses.
@Suite struct OSVYAMLTests {
    static let yaml = """
        # A record in the PyPA advisory database's style.
        id: PYSEC-0000-1
        details: A plain scalar that goes on
          over two lines, with a colon:inside
          and a#hash that is not a comment.

          After a blank line.
        summary: |
          Literal keeps
            indentation and line breaks.

        affected:
        - package:
            name: Example_Pkg
            ecosystem: PyPI
          ranges:
          - type: ECOSYSTEM
            events:
            - introduced: "0"
            - fixed: 1.10   # not the number 1.1
          versions:
          - 1.0
          - '1.9'
          - "1.1\\u0030"
          ecosystem_specific: {}
        aliases: [CVE-0000-1, 'GHSA-aaaa-bbbb-cccc']
        related: []
        references:
        - type: WEB
          url: https://example.org/a#b?c=d
        modified: "2021-01-01T00:00:00Z"
        database_specific:
          folded: >-
            one
            two

            three
          flag: true
          nothing: ~
          quoted: 'it''s'
        """

    @Test func scalarsStayTextAndStructureIsKept() throws {
        let record = try OSVRecord.decode(Data(Self.yaml.utf8), file: "PYSEC-0000-1.yaml")
        #expect(record.id == "PYSEC-0000-1")
        #expect(
            record.details
                == "A plain scalar that goes on over two lines, with a colon:inside and a#hash that is not a comment.\n"
                + "After a blank line."
        )
        #expect(record.summary == "Literal keeps\n  indentation and line breaks.\n")
        let affected = try #require(record.affected.first)
        #expect(affected.package?.name == "Example_Pkg")
        #expect(affected.ranges.first?.events == [.init(.introduced, "0"), .init(.fixed, "1.10")])
        #expect(affected.versions == ["1.0", "1.9", "1.10"])
        #expect(affected.ecosystemSpecific == .object([:]))
        #expect(record.aliases == ["CVE-0000-1", "GHSA-aaaa-bbbb-cccc"])
        #expect(record.related == [])
        #expect(record.references == [.init(type: "WEB", url: "https://example.org/a#b?c=d")])
        #expect(record.databaseSpecific?["folded"] == .string("one two\nthree"))
        #expect(record.databaseSpecific?["flag"] == .bool(true))
        #expect(record.databaseSpecific?["nothing"] == .null)
        #expect(record.databaseSpecific?["quoted"] == .string("it's"))
        // 1.9 is before 1.10 under PEP 440; read as numbers they would be the other way round.
        #expect(
            record.evaluate(ecosystem: "PyPI", name: "example-pkg", version: "1.9").match?.explanation
                == "1.9 is at or after 0 and before 1.10 (PEP 440)"
        )
        #expect(record.evaluate(ecosystem: "PyPI", name: "example-pkg", version: "1.11").match == nil)
    }

    @Test(arguments: [
        ("id: X\n\tmodified: y\n", "line 2", "tab"),
        ("id: X\nmodified: &a y\n", "line 2", "anchors"),
        ("id: X\nid: Y\n", "line 2", "appears twice"),
        ("id: 'X\nmodified: y\n", "line 1", "no closing '"),
        ("id: X\naffected:\n  a:\n    - x\n   b: 1\n", "line 5", "indented more"),
        ("id: X\naliases: [a, [b]]\n", "line 2", "nested flow"),
        ("", "PYSEC.yaml", "empty"),
    ])
    func unsupportedOrBrokenYAMLNamesTheLine(text: String, location: String, reason: String) throws {
        let error = try #require(throws: WardError.self) {
            try OSVRecord.decode(Data(text.utf8), file: "PYSEC.yaml")
        }
        #expect(error.code == .invalidInput)
        #expect(error.location?.hasSuffix(location) == true, "\(error)")
        #expect(error.message.contains(reason), "\(error.message)")
    }

    @Test func aMissingFieldInYAMLIsNamedByItsPath() throws {
        let text = "id: X\nmodified: '2020'\naffected:\n- package:\n    name: a\n"
        let error = try #require(throws: WardError.self) { try OSVRecord.decode(Data(text.utf8), file: "x.yaml") }
        #expect(error.location == "x.yaml at $.affected[0].package")
        #expect(error.message.contains("'ecosystem'"))
    }
}
