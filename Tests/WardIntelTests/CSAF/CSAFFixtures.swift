/// Small CSAF documents written for these tests, each exercising a part of the format the real advisories leave out
/// (groups, relationships, flags, every status list).
enum CSAFFixtures {
    static let advisory = """
        {
          "document": {
            "category": "csaf_vex",
            "csaf_version": "2.0",
            "title": "Example advisory",
            "publisher": {"category": "vendor", "name": "Example Medical", "namespace": "https://example.invalid"},
            "tracking": {
              "id": "EXM-2026-001", "status": "final", "version": "1",
              "initial_release_date": "2026-01-01T00:00:00Z", "current_release_date": "2026-01-02T00:00:00Z",
              "revision_history": [{"date": "2026-01-01T00:00:00Z", "number": "1", "summary": "First."}]
            },
            "aggregate_severity": {"text": "Critical"}
          },
          "product_tree": {
            "branches": [{"category": "vendor", "name": "Example Medical", "branches": [
              {"category": "product_family", "name": "Infusion", "branches": [
                {"category": "product_name", "name": "Pump Controller", "branches": [
                  {"category": "product_version", "name": "2.0",
                   "product": {"name": "Example Medical Pump Controller 2.0", "product_id": "PID-1"}},
                  {"category": "product_version", "name": "2.1",
                   "product": {"name": "Example Medical Pump Controller 2.1", "product_id": "PID-2"}},
                  {"category": "architecture", "name": "arm64", "branches": [
                    {"category": "product_version_range", "name": "vers:generic/<2.0",
                     "product": {"name": "Example Medical Pump Controller arm64 before 2.0", "product_id": "PID-3"}}
                  ]}
                ]}
              ]}
            ]}],
            "full_product_names": [
              {"name": "Example Linux 12", "product_id": "PID-4",
               "product_identification_helper": {
                 "cpe": "cpe:2.3:o:example:linux:12:*:*:*:*:*:*:*", "purl": "pkg:generic/example-linux@12",
                 "model_numbers": ["EL-12"]}}
            ],
            "relationships": [
              {"category": "installed_on", "product_reference": "PID-1", "relates_to_product_reference": "PID-4",
               "full_product_name": {"name": "Example Medical Pump Controller 2.0 installed on Example Linux 12",
                                     "product_id": "PID-5"}}
            ],
            "product_groups": [{"group_id": "GRP-OLD", "product_ids": ["PID-1", "PID-5"], "summary": "old controllers"}]
          },
          "vulnerabilities": [
            {
              "cve": "CVE-2026-0001",
              "cwe": {"id": "CWE-306", "name": "Missing Authentication for Critical Function"},
              "product_status": {
                "known_affected": ["PID-1"], "first_fixed": ["PID-2"], "known_not_affected": ["PID-3"],
                "under_investigation": ["PID-4"], "recommended": ["PID-2"], "last_affected": ["PID-5"]
              },
              "remediations": [
                {"category": "vendor_fix", "details": "Update to 2.1.", "group_ids": ["GRP-OLD"],
                 "url": "https://example.invalid/fix"},
                {"category": "workaround", "details": "Block port 4242.", "product_ids": ["PID-1"]}
              ],
              "scores": [
                {"products": ["PID-1", "PID-5"],
                 "cvss_v3": {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                             "baseScore": 9.8, "baseSeverity": "CRITICAL"}},
                {"products": ["PID-1"],
                 "cvss_v2": {"version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:C/I:C/A:C", "baseScore": 10.0}}
              ],
              "threats": [
                {"category": "impact", "details": "The vulnerable service is not built for arm64.",
                 "product_ids": ["PID-3"]},
                {"category": "exploit_status", "details": "No known exploitation.", "group_ids": ["GRP-OLD"]}
              ],
              "flags": [{"label": "vulnerable_code_not_present", "product_ids": ["PID-3"]}]
            },
            {
              "ids": [{"system_name": "Example Medical PSIRT", "text": "EXM-BUG-17"}],
              "product_status": {"known_not_affected": ["PID-1", "PID-2"]},
              "threats": [{"category": "impact", "details": "These versions have no web interface.",
                           "product_ids": ["PID-1", "PID-2"]}]
            }
          ]
        }
        """
}
