// The catalog file hicp-2018--hicp-2023.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hicp2018ToHICP2023 = File(
        name: "hicp-2018--hicp-2023.json",
        text: #"""
            {
              "format": "ward-crosswalk/1",
              "id": "hicp-2018--hicp-2023",
              "title": "HICP 2018 to HICP 2023",
              "description": "Carries HICP 2018 answers to the 2023 edition where the practice or sub-practice is known to be the same. Practice n maps to practice n; only one sub-practice move (9.L.C to 9.L.B) is known, because the 2023 sub-practice lists have not been transcribed. Made by Ward from the practice names in both editions; not an HHS mapping.",
              "from": {
                "framework": "hicp",
                "edition": "2018"
              },
              "to": {
                "framework": "hicp",
                "edition": "2023"
              },
              "publisher": "Ward project (open-source)",
              "date": "2026-11-30",
              "mappings": [
                {"from": "1", "to": "1", "relation": "equal", "provenance": "ours", "note": "Same practice, renamed from \"E-mail Protection Systems\" to \"Email Protection Systems\"."},
                {"from": "2", "to": "2", "relation": "equal", "provenance": "ours", "note": "Same practice, same title (\"Endpoint Protection Systems\") in both editions."},
                {"from": "3", "to": "3", "relation": "equal", "provenance": "ours", "note": "Same practice, renamed from \"Identity and Access Management\" to \"Access Management\"."},
                {"from": "4", "to": "4", "relation": "equal", "provenance": "ours", "note": "Same practice, same title (\"Data Protection and Loss Prevention\") in both editions."},
                {"from": "5", "to": "5", "relation": "equal", "provenance": "ours", "note": "Same practice, renamed from \"IT Asset Management\" to \"Asset Management\"."},
                {"from": "6", "to": "6", "relation": "equal", "provenance": "ours", "note": "Same practice, same title (\"Network Management\") in both editions."},
                {"from": "7", "to": "7", "relation": "equal", "provenance": "ours", "note": "Same practice, same title (\"Vulnerability Management\") in both editions."},
                {"from": "8", "to": "8", "relation": "equal", "provenance": "ours", "note": "Same practice, same title (\"Security Operations Center and Incident Response\") in both editions."},
                {"from": "9", "to": "9", "relation": "equal", "provenance": "ours", "note": "Same practice, renamed from \"Medical Device Security\" to \"Network Connected Medical Devices\"."},
                {"from": "10", "to": "10", "relation": "intersects-with", "provenance": "ours", "note": "Renamed from \"Cybersecurity Policies\" to \"Cybersecurity Oversight and Governance\". The new name suggests a wider scope (oversight and governance, not only policies); not checked against the 2023 text, so kept as an overlap rather than equal."},
                {"from": "9.L.C", "to": "9.L.B", "relation": "equal", "provenance": "ours", "note": "Procurement and Security Evaluations: 9.L.C in 2018, renumbered 9.L.B in 2023 (2023 TV2 p. 120, as quoted by a third party). 2018's 9.L.B (Security Operations and Incident Response) has no known 2023 id."}
              ]
            }
            """#
    )
}
