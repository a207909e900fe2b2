import WardCore
import WardFrameworks

/// Builds a library from catalog texts; a failure here is a broken fixture.
func library(_ texts: [String]) throws -> FrameworkLibrary {
    let documents = try texts.enumerated().map { offset, text throws(CatalogValidationError) in
        try CatalogReader.read(text: text, file: "fixture\(offset).json")
    }
    return try FrameworkLibrary().adding(documents)
}

func answers(_ pairs: [(String, AnswerStatus)]) -> [String: Answer] {
    Dictionary(
        uniqueKeysWithValues: pairs.map { id, status in
            (
                id,
                Answer(
                    requirementID: id,
                    status: status,
                    notApplicableReason: status == .notApplicable ? "no such system" : nil
                )
            )
        }
    )
}

/// Practices with sub-practices per tier, two threats, one patient-safety row.
let practices = """
    {
      "format": "ward-framework/1", "id": "practices", "edition": "1", "title": "Practices", "publisher": "tests",
      "source": "https://example.org/p", "date": "2026-01", "confidence": "verified", "description": "Test.",
      "levels": ["practice", "sub-practice"], "tiered": true,
      "threats": [{"id": "T1", "title": "Phishing", "description": "d"}, {"id": "T2", "title": "Ransomware", "description": "d"}],
      "requirements": [
        {"id": "1", "title": "Mail", "threats": ["T1"], "children": [
          {"id": "1.S.A", "title": "A", "tiers": ["small"], "guidance": "g", "effort": "low"},
          {"id": "1.S.B", "title": "B", "tiers": ["small"], "guidance": "g", "effort": "high"},
          {"id": "1.M.A", "title": "C", "tiers": ["medium", "large"], "guidance": "g"}
        ]},
        {"id": "2", "title": "Backups", "threats": ["T1", "T2"], "children": [
          {"id": "2.S.A", "title": "D", "tiers": ["small"], "guidance": "g", "tags": ["patient-safety"], "effort": "medium"},
          {"id": "2.S.B", "title": "E", "tiers": ["small"], "guidance": "g"},
          {"id": "2.L.A", "title": "F", "tiers": ["large"], "guidance": "g"}
        ]}
      ]
    }
    """

/// Outcomes reached from the practices (many-to-many), with an essential goal.
let outcomes = """
    {
      "format": "ward-framework/1", "id": "outcomes", "edition": "2", "title": "Outcomes", "publisher": "tests",
      "source": "https://example.org/o", "date": "2026-01", "confidence": "verified", "description": "Test.",
      "levels": ["group", "outcome"],
      "requirements": [
        {"id": "G", "title": "Group", "guidance": "g", "children": [
          {"id": "O-1", "title": "Auth", "guidance": "g", "tags": ["essential"]},
          {"id": "O-2", "title": "Copies", "guidance": "g"},
          {"id": "O-3", "title": "Unreached", "guidance": "g"}
        ]}
      ]
    }
    """

let practicesToOutcomes = """
    {
      "format": "ward-crosswalk/1", "id": "p--o", "title": "p to o", "description": "d",
      "from": {"framework": "practices", "edition": "1"}, "to": {"framework": "outcomes", "edition": "2"},
      "publisher": "tests", "date": "2026-01",
      "mappings": [
        {"from": "1.S.A", "to": "O-1", "relation": "subset-of", "provenance": "ours"},
        {"from": "1.S.B", "to": "O-1", "relation": "intersects-with", "provenance": "ours"},
        {"from": "2.S.A", "to": "O-2", "relation": "superset-of", "provenance": "ours"},
        {"from": "2.S.B", "to": "O-2", "relation": "subset-of", "provenance": "ours"},
        {"from": "2.S.A", "to": "O-1", "relation": "intersects-with", "provenance": "ours"}
      ]
    }
    """

/// A third framework reached only through the outcomes (two steps from the practices).
let rule = """
    {
      "format": "ward-framework/1", "id": "rule", "edition": "3", "title": "Rule", "publisher": "tests",
      "source": "https://example.org/r", "date": "2026-01", "confidence": "verified", "description": "Test.",
      "levels": ["standard"],
      "requirements": [{"id": "R1", "title": "Authenticate people", "guidance": "g"}]
    }
    """

let ruleToOutcomes = """
    {
      "format": "ward-crosswalk/1", "id": "r--o", "title": "r to o", "description": "d",
      "from": {"framework": "rule", "edition": "3"}, "to": {"framework": "outcomes", "edition": "2"},
      "publisher": "tests", "date": "2026-01",
      "mappings": [{"from": "R1", "to": "O-1", "relation": "equal", "provenance": "ours"}]
    }
    """
