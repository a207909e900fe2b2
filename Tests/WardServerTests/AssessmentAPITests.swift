import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

@Suite("Assessment API")
struct AssessmentAPITests {
    func base(_ fixture: Fixture) -> String {
        "/api/v1/organizations/\(fixture.orgA.id)/assessments/\(fixture.assessmentA)"
    }

    @Test func answersOutsideTheFrameworkOrTierAre422AndStaleVersionsAre409() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            try await fixture.test { client in
                // 1.M.A is a medium-organization sub-practice; the fixture's assessment is for a small clinic.
                try await client.execute(
                    uri: base(fixture) + "/answers/1.M.A",
                    method: .put,
                    headers: analyst,
                    body: jsonBody(["status": "implemented"])
                ) { response async throws in
                    #expect(response.status == .unprocessableContent)
                    let error = try response.json()["error"] as? [String: Any]
                    #expect(
                        (error?["message"] as? String)?.contains("applies to medium and large organizations") == true
                    )
                }
                try await client.execute(
                    uri: base(fixture) + "/answers/ZZ.9",
                    method: .put,
                    headers: analyst,
                    body: jsonBody(["status": "implemented"])
                ) { response async throws in
                    #expect(response.status == .unprocessableContent)
                }
                // A bad status names the field.
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.B",
                    method: .put,
                    headers: analyst,
                    body: jsonBody(["status": "done"])
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect((try response.json()["error"] as? [String: Any])?["field"] as? String == "1.S.B.status")
                }
                // The fixture answered 1.S.A once (version 1): saving from version 0 is stale.
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A",
                    method: .put,
                    headers: analyst,
                    body: jsonBody(["status": "implemented", "expectedVersion": 0])
                ) { response async throws in
                    #expect(response.status == .conflict)
                }
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A",
                    method: .put,
                    headers: analyst,
                    body: jsonBody(["status": "implemented", "expectedVersion": 1, "maturity": 3])
                ) { response async throws in
                    #expect(response.status == .ok)
                    #expect(try response.json()["version"] as? Int == 2)
                }
            }
        }
    }

    @Test func signOffNeedsAReviewerRoleAndLocksTheAnswer() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/sign",
                    method: .post,
                    headers: fixture.session(.analyst)
                ) { response async throws in
                    #expect(response.status == .forbidden)
                }
                // Tokens cannot sign: a sign-off is a person's judgement.
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/sign",
                    method: .post,
                    headers: fixture.bearer(fixture.tokensA[.auditor]!)
                ) { response async throws in
                    #expect(response.status == .forbidden)
                }
                // A reviewer who read version 0 cannot sign version 1 unseen.
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/sign",
                    method: .post,
                    headers: fixture.session(.auditor),
                    body: jsonBody(["expectedVersion": 0])
                ) { response async throws in
                    #expect(response.status == .conflict)
                }
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/sign",
                    method: .post,
                    headers: fixture.session(.auditor)
                ) { response async throws in
                    #expect(response.status == .ok)
                    #expect(try response.json()["signedBy"] as? String == fixture.users[.auditor]!.id.uuidString)
                }
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A",
                    method: .put,
                    headers: fixture.session(.analyst),
                    body: jsonBody(["status": "not_implemented"])
                ) { response async throws in
                    #expect(response.status == .conflict)
                }
                // Nor does it take new evidence until reopened.
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/evidence/links",
                    method: .post,
                    headers: fixture.session(.analyst),
                    body: jsonBody(["url": "https://intranet.example/late"])
                ) { response async throws in
                    #expect(response.status == .conflict)
                }
                try await client.execute(
                    uri: base(fixture) + "/history",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) {
                    response async throws in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    #expect(items.compactMap { $0["action"] as? String } == ["answered", "evidence_added", "signed"])
                }
            }
            let events = try await fixture.store.audit.list(organizationID: fixture.orgA.id, limit: 50)
            #expect(events.contains { $0.action == .answerSigned && $0.details["requirement"] == "1.S.A" })
        }
    }

    @Test func evidenceIsContentAddressedLimitedAndServedAsAnAttachment() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let upload: HTTPFields = {
                var fields = analyst
                fields[.contentType] = "text/html"
                return fields
            }()
            try await fixture.test { client in
                var id = ""
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/evidence/files?name=../../etc/passwd%3Cscript%3E.html",
                    method: .post,
                    headers: upload,
                    body: ByteBuffer(string: "<script>alert(1)</script>")
                ) { response async throws in
                    #expect(response.status == .created)
                    let json = try response.json()
                    id = json["id"] as? String ?? ""
                    let hash = json["sha256"] as? String ?? ""
                    #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
                    #expect(json["title"] as? String == "passwd<script>.html")
                    #expect(json["mediaType"] as? String == "application/octet-stream")
                }
                try await client.execute(
                    uri: base(fixture) + "/evidence/\(id)/content",
                    method: .get,
                    headers: fixture.bearer(fixture.tokensA[.viewer]!)
                ) { response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text == "<script>alert(1)</script>")
                    #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                    #expect(response.headers[.contentType] == "application/octet-stream")
                    #expect(response.headers[.contentSecurityPolicy] == "sandbox; default-src 'none'")
                }
                let big = ByteBuffer(repeating: 0x41, count: AssessmentService.maximumEvidenceBytes + 1)
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/evidence/files?name=big.bin",
                    method: .post,
                    headers: analyst,
                    body: big
                ) { response async throws in
                    #expect(response.status == .contentTooLarge)
                }
                try await client.execute(
                    uri: base(fixture) + "/answers/1.S.A/evidence/links",
                    method: .post,
                    headers: analyst,
                    body: jsonBody(["url": "javascript:alert(1)"])
                ) { response async throws in
                    #expect(response.status == .badRequest)
                }
            }
        }
    }

    @Test func importingAFrameworkIsForSiteAdministratorsAndReportsLocations() async throws {
        try await Fixture.with { fixture in
            let broken =
                #"{"files": [{"name": "mine.json", "content": "{\n  \"format\": \"ward-framework/1\",\n  \"id\": \"Bad Id\"\n}"}]}"#
            try await fixture.test { client in
                try await client.execute(
                    uri: "/api/v1/frameworks/validate",
                    method: .post,
                    headers: fixture.bearer(fixture.tokensA[.viewer]!),
                    body: ByteBuffer(string: broken)
                ) { response async throws in
                    #expect(response.status == .unprocessableContent)
                    let error = try response.json()["error"] as? [String: Any]
                    let problems = error?["problems"] as? [[String: Any]] ?? []
                    #expect(
                        problems.contains {
                            $0["file"] as? String == "mine.json" && $0["line"] as? Int == 3
                                && $0["field"] as? String == "id"
                        }
                    )
                    #expect(
                        problems.contains {
                            $0["field"] as? String == "edition"
                                && ($0["message"] as? String)?.contains("missing") == true
                        }
                    )
                }
                try await client.execute(
                    uri: "/api/v1/frameworks",
                    method: .post,
                    headers: fixture.session(.admin),
                    body: ByteBuffer(string: TenantIsolationTests.catalogFilesBody)
                ) { response async throws in
                    #expect(response.status == .forbidden)  // an organization admin is not a site administrator
                }
                // The owner in the fixture is a site administrator: the import lands and the library shows it.
                try await client.execute(
                    uri: "/api/v1/frameworks",
                    method: .post,
                    headers: fixture.session(.owner),
                    body: ByteBuffer(string: TenantIsolationTests.catalogFilesBody)
                ) { response async throws in
                    #expect(response.status == .created)
                }
                try await client.execute(
                    uri: "/api/v1/frameworks",
                    method: .get,
                    headers: fixture.bearer(fixture.tokensA[.viewer]!)
                ) {
                    response async throws in
                    let frameworks = try response.json()["frameworks"] as? [[String: Any]] ?? []
                    #expect(frameworks.compactMap { $0["key"] as? String }.contains("hicp@2018"))
                    #expect(frameworks.compactMap { $0["key"] as? String }.contains("probe@1"))
                }
            }
        }
    }

    @Test func scoresShowCrosswalkCoverageWithPaths() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            try await fixture.test { client in
                try await client.execute(
                    uri: base(fixture) + "/answers",
                    method: .post,
                    headers: analyst,
                    body: jsonBody([
                        "answers": [
                            ["requirementID": "1.S.A", "status": "implemented"],
                            ["requirementID": "1.S.B", "status": "partial"],
                        ]
                    ])
                ) { response async throws in
                    #expect(response.status == .ok)
                }
                try await client.execute(uri: base(fixture) + "/scores", method: .get, headers: analyst) {
                    response async throws in
                    let json = try response.json()
                    #expect(json["answered"] as? Int == 2)
                    #expect(json["applicable"] as? Int == 19)
                    let coverage = json["coverage"] as? [[String: Any]] ?? []
                    let cpg = coverage.first { $0["framework"] as? String == "hph-cpg@2024" }
                    let goals = cpg?["requirements"] as? [[String: Any]] ?? []
                    #expect(goals.count == 20)
                    let email = goals.first { $0["id"] as? String == "E2" }
                    #expect(email?["status"] as? String == "met")
                    #expect((email?["path"] as? String)?.contains("1.S.A implemented") == true)
                }
                try await client.execute(uri: base(fixture) + "/plan?format=csv", method: .get, headers: analyst) {
                    response async throws in
                    #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                    #expect(response.text.hasPrefix("rank,requirement,title"))
                    #expect(response.text.contains("1.S.B"))
                }
                try await client.execute(uri: base(fixture) + "/report", method: .get, headers: analyst) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("<svg"))
                    #expect(response.text.contains("Top ten actions"))
                }
            }
        }
    }
}
