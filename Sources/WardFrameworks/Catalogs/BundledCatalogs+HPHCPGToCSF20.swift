// The catalog file hph-cpg-2024--nist-csf-2.0.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hphCPGToCSF20 = File(
        name: "hph-cpg-2024--nist-csf-2.0.json",
        text: #"""
            {
              "format": "ward-crosswalk/1",
              "id": "hph-cpg-2024--nist-csf-2.0",
              "title": "HPH Cybersecurity Performance Goals (2024) to NIST CSF 2.0",
              "description": "Maps each HPH performance goal to NIST CSF 2.0. No official HHS mapping was found. Ward matched each goal to the CISA cross-sector goal it is based on (v1.0/v1.0.1), took the CSF 1.1 references CISA publishes for that goal, and converted them to CSF 2.0 in the same way as the HICP 2018 crosswalk, keeping the most relevant targets. A few targets are Ward's additions and say so. Because the goal matching is our own, every mapping is 'ours'.",
              "from": {
                "framework": "hph-cpg",
                "edition": "2024"
              },
              "to": {
                "framework": "nist-csf",
                "edition": "2.0"
              },
              "publisher": "Ward project (open-source)",
              "date": "2026-11-30",
              "mappings": [
                {"from": "E1", "to": "ID.RA-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.E, CSF 1.1 ID.RA-1, PR.IP-12, DE.CM-8, converted to CSF 2.0."},
                {"from": "E1", "to": "PR.PS-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.E, CSF 1.1 PR.IP-12, converted to CSF 2.0."},
                {"from": "E1", "to": "ID.RA-06", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.E, CSF 1.1 RS.MI-3, converted to CSF 2.0."},
                {"from": "E2", "to": "PR.DS-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.M, CSF 1.1 PR.DS-1, PR.DS-5, converted to CSF 2.0."},
                {"from": "E2", "to": "PR.DS-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.M, CSF 1.1 PR.DS-2, PR.DS-5, converted to CSF 2.0."},
                {"from": "E2", "to": "PR.DS-10", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.M, CSF 1.1 PR.DS-5, converted to CSF 2.0."},
                {"from": "E3", "to": "PR.AA-03", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.H, CSF 1.1 PR.AC-7, converted to CSF 2.0."},
                {"from": "E4", "to": "PR.AT-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.I, CSF 1.1 PR.AT-1, converted to CSF 2.0."},
                {"from": "E5", "to": "PR.DS-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.K, CSF 1.1 PR.DS-1, converted to CSF 2.0."},
                {"from": "E5", "to": "PR.DS-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.K, CSF 1.1 PR.DS-2, converted to CSF 2.0."},
                {"from": "E6", "to": "PR.AA-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.D, CSF 1.1 PR.AC-1, converted to CSF 2.0."},
                {"from": "E6", "to": "PR.AA-05", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.D, CSF 1.1 PR.AC-1, converted to CSF 2.0."},
                {"from": "E7", "to": "ID.IM-04", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.S, CSF 1.1 PR.IP-9, PR.IP-10, converted to CSF 2.0."},
                {"from": "E7", "to": "ID.IM-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.S, CSF 1.1 PR.IP-10, converted to CSF 2.0."},
                {"from": "E8", "to": "PR.AA-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.C, CSF 1.1 PR.AC-1, converted to CSF 2.0."},
                {"from": "E8", "to": "PR.AA-05", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.C, CSF 1.1 PR.AC-1, converted to CSF 2.0."},
                {"from": "E9", "to": "PR.AA-05", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.E, CSF 1.1 PR.AC-4, converted to CSF 2.0."},
                {"from": "E10", "to": "GV.SC-05", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.I, CSF 1.1 ID.SC-3, converted to CSF 2.0."},
                {"from": "E10", "to": "GV.SC-06", "relation": "intersects-with", "provenance": "ours", "note": "CISA CPG 1.I. Our addition: checking a vendor before contracting; no CISA 1.1 ref."},
                {"from": "X1", "to": "ID.AM-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.A, CSF 1.1 ID.AM-1, converted to CSF 2.0."},
                {"from": "X1", "to": "ID.AM-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.A, CSF 1.1 ID.AM-2 (CPG v1.0.1), converted to CSF 2.0."},
                {"from": "X1", "to": "ID.AM-04", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.A, CSF 1.1 ID.AM-4 (CPG v1.0.1), converted to CSF 2.0."},
                {"from": "X1", "to": "DE.CM-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.A, CSF 1.1 DE.CM-1, DE.CM-7 (CPG v1.0.1), converted to CSF 2.0."},
                {"from": "X2", "to": "GV.SC-05", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.H, CSF 1.1 ID.SC-3, converted to CSF 2.0."},
                {"from": "X2", "to": "GV.SC-07", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.H, CSF 1.1 ID.SC-1, converted to CSF 2.0. Ongoing supplier risk monitoring."},
                {"from": "X2", "to": "ID.RA-08", "relation": "intersects-with", "provenance": "ours", "note": "CISA CPG 1.H. Our addition: receiving and acting on vulnerability disclosures; no CISA 1.1 ref."},
                {"from": "X3", "to": "GV.SC-05", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.G, CSF 1.1 ID.SC-3, converted to CSF 2.0."},
                {"from": "X3", "to": "GV.SC-07", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.G, CSF 1.1 ID.SC-1, converted to CSF 2.0. Ongoing supplier risk monitoring."},
                {"from": "X3", "to": "GV.SC-08", "relation": "intersects-with", "provenance": "ours", "note": "CISA CPG 1.G. Our addition: suppliers included in incident response; no CISA 1.1 ref."},
                {"from": "X4", "to": "ID.RA-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.F, CSF 1.1 ID.RA-1, converted to CSF 2.0."},
                {"from": "X4", "to": "ID.RA-03", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.F, CSF 1.1 ID.RA-3, converted to CSF 2.0."},
                {"from": "X4", "to": "ID.IM-02", "relation": "intersects-with", "provenance": "ours", "note": "CISA CPG 1.F. Our addition: improvements found through tests; no CISA 1.1 ref."},
                {"from": "X5", "to": "ID.RA-06", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.F/1.E, CSF 1.1 RS.MI-3 (1.E), ID.RA-6 (1.F v1.0.1), converted to CSF 2.0."},
                {"from": "X5", "to": "PR.PS-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.F/1.E, CSF 1.1 PR.IP-12 (1.E), converted to CSF 2.0."},
                {"from": "X5", "to": "ID.RA-05", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 1.F/1.E, CSF 1.1 ID.RA-5 (1.F v1.0.1), converted to CSF 2.0."},
                {"from": "X6", "to": "ID.RA-03", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 3.A, CSF 1.1 ID.RA-3, converted to CSF 2.0."},
                {"from": "X6", "to": "DE.CM-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 3.A, CSF 1.1 DE.CM-1, converted to CSF 2.0."},
                {"from": "X6", "to": "ID.RA-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 3.A, CSF 1.1 ID.RA-2 (CPG v1.0.1), converted to CSF 2.0."},
                {"from": "X7", "to": "PR.IR-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.F, CSF 1.1 PR.AC-5, PR.PT-4, converted to CSF 2.0."},
                {"from": "X7", "to": "DE.CM-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.F, CSF 1.1 DE.CM-1, converted to CSF 2.0."},
                {"from": "X8", "to": "PR.PS-04", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.T/2.U, CSF 1.1 PR.PT-1, converted to CSF 2.0."},
                {"from": "X9", "to": "ID.IM-04", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.S/5.A, CSF 1.1 PR.IP-9, PR.IP-10, converted to CSF 2.0."},
                {"from": "X9", "to": "ID.IM-02", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.S/5.A, CSF 1.1 PR.IP-10, converted to CSF 2.0."},
                {"from": "X10", "to": "PR.PS-01", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.O/2.N, CSF 1.1 PR.IP-1 (2.O, 2.N), PR.IP-3 (2.N), converted to CSF 2.0."},
                {"from": "X10", "to": "ID.RA-07", "relation": "intersects-with", "provenance": "ours", "note": "Via CISA CPG 2.O/2.N, CSF 1.1 PR.IP-3 (2.N), converted to CSF 2.0."}
              ]
            }
            """#
    )
}
