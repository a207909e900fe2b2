// The catalog file hph-cpg-2024--hicp-2018.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hphCPGToHICP2018 = File(
        name: "hph-cpg-2024--hicp-2018.json",
        text: #"""
            {
              "format": "ward-crosswalk/1",
              "id": "hph-cpg-2024--hicp-2018",
              "title": "HPH Cybersecurity Performance Goals (2024) to HICP 2018",
              "description": "Links each HPH performance goal to the HICP 2018 sub-practices that serve it, many to many. No official HHS mapping was found; these links come from matching names and content, plus the small-organization rows that obviously serve each goal, so all are Ward's judgement ('ours'). The goal ids E1-X10 are Ward's labels.",
              "from": {
                "framework": "hph-cpg",
                "edition": "2024"
              },
              "to": {
                "framework": "hicp",
                "edition": "2018"
              },
              "publisher": "Ward project (open-source)",
              "date": "2026-11-30",
              "mappings": [
                {"from": "E1", "to": "7.M.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E1", "to": "7.M.D", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E1", "to": "7.L.B", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E1", "to": "7.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "E2", "to": "1.M.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E2", "to": "1.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E3", "to": "1.M.B", "relation": "superset-of", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping. The goal covers all internet-reachable access, not only e-mail."},
                {"from": "E3", "to": "3.M.D", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E3", "to": "3.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "E4", "to": "1.M.D", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E4", "to": "1.L.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E4", "to": "1.S.B", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "E5", "to": "1.M.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E5", "to": "4.M.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E5", "to": "4.S.B", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "E6", "to": "3.M.B", "relation": "subset-of", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping. Removing access is one part of the joiner/mover/leaver process."},
                {"from": "E6", "to": "3.S.A", "relation": "subset-of", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "E7", "to": "8.M.B", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E7", "to": "8.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "E8", "to": "3.M.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E8", "to": "3.M.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E8", "to": "3.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "E9", "to": "3.M.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping. Privileged-account handling."},
                {"from": "E10", "to": "9.L.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E10", "to": "5.M.B", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "E10", "to": "5.S.B", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "X1", "to": "5.M.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X1", "to": "5.L.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X1", "to": "9.M.D", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X1", "to": "5.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "X2", "to": "9.L.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X3", "to": "9.L.C", "relation": "intersects-with", "provenance": "ours", "note": "Our judgement: HICP has no sub-practice on vendor incident reporting; device procurement contracts are the nearest place to require it."},
                {"from": "X4", "to": "7.L.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X5", "to": "7.L.B", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X6", "to": "8.M.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X6", "to": "8.M.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X6", "to": "8.L.B", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X6", "to": "8.S.B", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "X7", "to": "6.M.B", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X7", "to": "6.L.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X7", "to": "9.M.E", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X7", "to": "6.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."},
                {"from": "X8", "to": "8.M.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X8", "to": "8.L.E", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X9", "to": "8.M.B", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X9", "to": "8.L.C", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X10", "to": "7.M.D", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X10", "to": "2.M.A", "relation": "intersects-with", "provenance": "ours", "note": "Analyst proxy from name matching (catalog-facts §2.3); not an HHS mapping."},
                {"from": "X10", "to": "2.S.A", "relation": "intersects-with", "provenance": "ours", "note": "Small-organization counterpart, added so small practices see coverage."}
              ]
            }
            """#
    )
}
