// The catalog file hipaa-security--nist-csf-2.0.json, kept as text so that `ward` stays one binary (see BundledCatalogs.swift).
// Edit the JSON between the delimiters; `swift test` validates it, and `ward frameworks export` writes it out.

extension BundledCatalogs {
    static let hipaaToCSF20 = File(
        name: "hipaa-security--nist-csf-2.0.json",
        text: #"""
            {
              "format": "ward-crosswalk/1",
              "id": "hipaa-security-2013--nist-csf-2.0",
              "title": "HIPAA Security Rule (2013) to NIST CSF 2.0",
              "description": "Maps each implementation specification of the HIPAA Security Rule, and each standard that has none, to one to four NIST CSF 2.0 subcategories. The mapping is Ward's own judgement, made by comparing what each HIPAA item asks for with what each subcategory covers. It was informed by the public fact that NIST SP 800-66 Revision 2 (February 2024) relates the Security Rule's standards to CSF 2.0, but it is not that table and not an official mapping; check SP 800-66r2 and the HHS OCR crosswalk for the published view. Most relations are intersects-with (the two overlap); subset-of means the HIPAA item is a narrower case of the subcategory. A match shows where evidence for one can support the other, not that meeting a CSF outcome satisfies the regulation.",
              "from": {
                "framework": "hipaa-security",
                "edition": "2013"
              },
              "to": {
                "framework": "nist-csf",
                "edition": "2.0"
              },
              "publisher": "Ward project",
              "date": "2026-11-30",
              "mappings": [
                {
                  "from": "164.308(a)(1)(ii)(A)",
                  "to": "ID.RA-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(A)",
                  "to": "ID.RA-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(A)",
                  "to": "ID.RA-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(A)",
                  "to": "ID.RA-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(B)",
                  "to": "ID.RA-06",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(B)",
                  "to": "GV.RM-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(B)",
                  "to": "GV.RM-06",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(C)",
                  "to": "GV.RR-04",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "Sanctions are one part of building security into HR practice."
                },
                {
                  "from": "164.308(a)(1)(ii)(C)",
                  "to": "GV.PO-01",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "Enforcement of the policy."
                },
                {
                  "from": "164.308(a)(1)(ii)(D)",
                  "to": "DE.CM-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(D)",
                  "to": "DE.AE-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(1)(ii)(D)",
                  "to": "PR.PS-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(2)",
                  "to": "GV.RR-02",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "HIPAA asks for one named security official; CSF asks for all cyber roles and authorities."
                },
                {
                  "from": "164.308(a)(2)",
                  "to": "GV.RR-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(3)(ii)(A)",
                  "to": "PR.AA-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(3)(ii)(A)",
                  "to": "PR.AA-06",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "Supervision of staff who work where patient data can be reached."
                },
                {
                  "from": "164.308(a)(3)(ii)(B)",
                  "to": "GV.RR-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(3)(ii)(B)",
                  "to": "PR.AA-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(3)(ii)(C)",
                  "to": "PR.AA-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(3)(ii)(C)",
                  "to": "PR.AA-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(3)(ii)(C)",
                  "to": "PR.AA-06",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "Return of badges and keys."
                },
                {
                  "from": "164.308(a)(3)(ii)(C)",
                  "to": "GV.RR-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(4)(ii)(A)",
                  "to": "PR.IR-01",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "Separation of clearinghouse systems from the rest of the network."
                },
                {
                  "from": "164.308(a)(4)(ii)(A)",
                  "to": "PR.AA-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(4)(ii)(B)",
                  "to": "PR.AA-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(4)(ii)(B)",
                  "to": "GV.PO-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(4)(ii)(C)",
                  "to": "PR.AA-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(4)(ii)(C)",
                  "to": "PR.AA-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(A)",
                  "to": "PR.AT-01",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "Periodic reminders are one part of general awareness training."
                },
                {
                  "from": "164.308(a)(5)(ii)(B)",
                  "to": "DE.CM-09",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(B)",
                  "to": "PR.PS-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(B)",
                  "to": "PR.AT-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(C)",
                  "to": "DE.CM-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(C)",
                  "to": "PR.PS-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(C)",
                  "to": "PR.AT-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(D)",
                  "to": "PR.AA-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(5)(ii)(D)",
                  "to": "PR.AT-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(6)(ii)",
                  "to": "RS.MA-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(6)(ii)",
                  "to": "RS.MI-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(6)(ii)",
                  "to": "RS.CO-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(6)(ii)",
                  "to": "DE.AE-08",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(A)",
                  "to": "PR.DS-11",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "HIPAA asks for retrievable exact copies; CSF also asks for protecting and testing backups."
                },
                {
                  "from": "164.308(a)(7)(ii)(B)",
                  "to": "RC.RP-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(B)",
                  "to": "RC.RP-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(B)",
                  "to": "ID.IM-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(C)",
                  "to": "PR.IR-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(C)",
                  "to": "ID.IM-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(C)",
                  "to": "GV.OC-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(D)",
                  "to": "ID.IM-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(D)",
                  "to": "ID.IM-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(E)",
                  "to": "ID.AM-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(7)(ii)(E)",
                  "to": "GV.OC-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(8)",
                  "to": "ID.IM-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(8)",
                  "to": "GV.OV-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(a)(8)",
                  "to": "GV.PO-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.308(b)(3)",
                  "to": "GV.SC-05",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "A business associate agreement is a contract with required security and privacy terms."
                },
                {
                  "from": "164.308(b)(3)",
                  "to": "GV.SC-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(a)(2)(i)",
                  "to": "PR.AA-06",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(a)(2)(i)",
                  "to": "RC.RP-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(a)(2)(ii)",
                  "to": "PR.AA-06",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(a)(2)(ii)",
                  "to": "DE.CM-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(a)(2)(iii)",
                  "to": "PR.AA-06",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(a)(2)(iii)",
                  "to": "PR.AA-02",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "Checking a visitor's or technician's identity at the door."
                },
                {
                  "from": "164.310(a)(2)(iv)",
                  "to": "PR.AA-06",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(b)",
                  "to": "GV.PO-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(b)",
                  "to": "PR.DS-10",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(b)",
                  "to": "PR.AT-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(c)",
                  "to": "PR.AA-06",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(c)",
                  "to": "PR.DS-10",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(d)(2)(i)",
                  "to": "ID.AM-08",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(d)(2)(i)",
                  "to": "PR.PS-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(d)(2)(ii)",
                  "to": "ID.AM-08",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(d)(2)(ii)",
                  "to": "PR.DS-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(d)(2)(iii)",
                  "to": "ID.AM-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(d)(2)(iii)",
                  "to": "ID.AM-08",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.310(d)(2)(iv)",
                  "to": "PR.DS-11",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "A backup taken before equipment is moved."
                },
                {
                  "from": "164.312(a)(2)(i)",
                  "to": "PR.AA-01",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "A unique user name is one part of managing identities and credentials."
                },
                {
                  "from": "164.312(a)(2)(ii)",
                  "to": "PR.AA-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(a)(2)(ii)",
                  "to": "PR.IR-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(a)(2)(iii)",
                  "to": "PR.PS-01",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "Session time-out is a configuration setting."
                },
                {
                  "from": "164.312(a)(2)(iii)",
                  "to": "PR.DS-10",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(a)(2)(iv)",
                  "to": "PR.DS-01",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "Encryption is one way to protect stored data."
                },
                {
                  "from": "164.312(b)",
                  "to": "PR.PS-04",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(b)",
                  "to": "DE.CM-09",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(b)",
                  "to": "DE.CM-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(c)(2)",
                  "to": "PR.DS-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(c)(2)",
                  "to": "DE.CM-09",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(d)",
                  "to": "PR.AA-03",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "HIPAA covers access to electronic patient information; CSF covers all access."
                },
                {
                  "from": "164.312(e)(2)(i)",
                  "to": "PR.DS-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.312(e)(2)(ii)",
                  "to": "PR.DS-02",
                  "relation": "subset-of",
                  "provenance": "ours",
                  "note": "Encryption is one way to protect data in transit."
                },
                {
                  "from": "164.314(a)(2)",
                  "to": "GV.SC-05",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.314(a)(2)",
                  "to": "GV.SC-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.314(a)(2)",
                  "to": "GV.SC-08",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "The business associate must report security incidents."
                },
                {
                  "from": "164.314(b)(2)",
                  "to": "GV.OC-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.314(b)(2)",
                  "to": "GV.SC-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.316(a)",
                  "to": "GV.PO-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.316(a)",
                  "to": "GV.OC-03",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.316(b)(2)(i)",
                  "to": "GV.OC-03",
                  "relation": "intersects-with",
                  "provenance": "ours",
                  "note": "A six-year retention duty for security documentation."
                },
                {
                  "from": "164.316(b)(2)(ii)",
                  "to": "GV.PO-01",
                  "relation": "intersects-with",
                  "provenance": "ours"
                },
                {
                  "from": "164.316(b)(2)(iii)",
                  "to": "GV.PO-02",
                  "relation": "intersects-with",
                  "provenance": "ours"
                }
              ]
            }
            """#
    )
}
