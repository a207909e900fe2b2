import Foundation
import Testing
import WardCore
import WardIntel

@Suite struct OpenVEXReaderTests {
    static let current = """
        {
          "@context": "https://openvex.dev/ns/v0.2.0",
          "@id": "https://acme.example/vex/2024-001",
          "author": "Acme Medical PSIRT",
          "timestamp": "2024-04-02T09:00:00Z",
          "version": 1,
          "statements": [
            {
              "vulnerability": {"@id": "https://nvd.nist.gov/vuln/detail/CVE-2023-38545", "name": "CVE-2023-38545", "aliases": ["GHSA-hgf8-8jj2-4xm3"]},
              "products": [
                {
                  "@id": "pkg:generic/acme/monitor@2.4.0",
                  "identifiers": {"purl": "pkg:generic/acme/monitor@2.4.0", "cpe23": "cpe:2.3:h:acme:monitor:2.4.0:*:*:*:*:*:*:*"}
                }
              ],
              "status": "not_affected",
              "justification": "vulnerable_code_not_in_execute_path",
              "impact_statement": "curl is built without SOCKS5 proxy support."
            },
            {
              "vulnerability": {"@id": "CVE-2024-2398"},
              "products": [{"@id": "pkg:generic/acme/monitor@2.4.0"}, {"@id": "pkg:generic/acme/monitor@2.3.0"}],
              "status": "affected",
              "action_statement": "Update to firmware 2.5.0."
            },
            {
              "vulnerability": {"name": "CVE-2023-46218"},
              "products": [{"@id": "pkg:generic/acme/monitor@2.4.0"}],
              "status": "under_investigation",
              "status_notes": "Triage started on 2024-04-01."
            }
          ]
        }
        """

    static let early = """
        {
          "@context": "https://openvex.dev/ns",
          "@id": "https://acme.example/vex/2023-007",
          "statements": [
            {"vulnerability": "CVE-2023-0286", "products": ["pkg:oci/monitor-image@sha256%3Aabc"], "status": "fixed"}
          ]
        }
        """

    @Test func readsCurrentDocuments() throws {
        let statements = try OpenVEXReader.read(Data(Self.current.utf8), file: "acme.openvex.json")
        #expect(statements.count == 3)
        let first = statements[0]
        #expect(first.vulnerability == "CVE-2023-38545")
        #expect(first.status == .notAffected)
        #expect(first.justification == "vulnerable_code_not_in_execute_path")
        #expect(first.impactStatement == "curl is built without SOCKS5 proxy support.")
        #expect(first.products == ["pkg:generic/acme/monitor@2.4.0", "cpe:2.3:h:acme:monitor:2.4.0:*:*:*:*:*:*:*"])
        #expect(first.source == "https://acme.example/vex/2024-001")
        #expect(statements[1].vulnerability == "CVE-2024-2398")
        #expect(statements[1].status == .affected)
        #expect(statements[1].actionStatement == "Update to firmware 2.5.0.")
        #expect(statements[1].products.count == 2)
        #expect(statements[2].status == .underInvestigation)
        #expect(statements[2].impactStatement == "Triage started on 2024-04-01.")
    }

    @Test func readsEarlyDocumentsWithPlainStrings() throws {
        let statements = try OpenVEXReader.read(Data(Self.early.utf8), file: "early.json")
        #expect(
            statements == [
                VEXStatement(
                    vulnerability: "CVE-2023-0286",
                    products: ["pkg:oci/monitor-image@sha256%3Aabc"],
                    status: .fixed,
                    source: "https://acme.example/vex/2023-007"
                )
            ]
        )
    }

    @Test func refusesAnotherContext() throws {
        let data = Data(#"{"@context": "https://www.w3.org/ns/csvw", "statements": []}"#.utf8)
        let error = try #require(throws: WardError.self) { try OpenVEXReader.read(data, file: "other.json") }
        #expect(error.location == "other.json at $.@context")
    }

    @Test func refusesAnUnknownStatusWithItsPath() throws {
        let text = Self.current.replacingOccurrences(of: "\"status\": \"affected\"", with: "\"status\": \"vulnerable\"")
        let error = try #require(throws: WardError.self) { try OpenVEXReader.read(Data(text.utf8), file: "bad.json") }
        #expect(error.location == "bad.json at $.statements[1].status")
        #expect(error.message.contains("'vulnerable'"))
    }

    @Test func refusesTruncatedJSON() throws {
        let data = Data(Self.current.utf8.prefix(300))
        let error = try #require(throws: WardError.self) { try OpenVEXReader.read(data, file: "cut.json") }
        #expect(error.code == .invalidInput)
        #expect(error.location?.hasPrefix("cut.json") == true)
    }
}
