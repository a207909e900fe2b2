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

@Suite("Assessment pages")
struct AssessmentPageTests {
    @Test func everyAssessmentPageRendersForAViewer() async throws {
        try await Fixture.with { fixture in
            let organization = fixture.orgA.id.uuidString
            let assessment = fixture.assessmentA.uuidString
            let base = "/orgs/\(organization)/assessments/\(assessment)"
            let pages: [(String, String)] = [
                ("/orgs/\(organization)/assessments", "Assessments"),
                (base, "Threats mitigated"),
                (base + "/practices/1", "1.S.A"),
                (base + "/plan", "Action plan"),
                (base + "/history", "History"),
                ("/orgs/\(organization)/assessment-comparison?before=\(assessment)&after=\(assessment)", "Comparison"),
            ]
            try await fixture.test { client in
                for (uri, text) in pages {
                    try await client.execute(uri: uri, method: .get, headers: fixture.session(.viewer)) {
                        response async throws in
                        #expect(response.status == .ok, "\(uri) answered \(response.status)")
                        #expect(response.text.contains(text), "\(uri) lacks \(text)")
                        #expect(!response.text.contains("Something went wrong"), "\(uri)")
                    }
                }
                // A viewer sees the answers but gets no form to change them, and no sign-off button.
                try await client.execute(uri: base + "/practices/1", method: .get, headers: fixture.session(.viewer)) {
                    response async throws in
                    #expect(response.text.contains("disabled"))
                    #expect(!response.text.contains("Sign off 1.S.A"))
                    #expect(!response.text.contains("Attach file"))
                }
                try await client.execute(uri: base + "/practices/1", method: .get, headers: fixture.session(.auditor)) {
                    response async throws in
                    #expect(response.text.contains("Sign off 1.S.A"))
                }
                // A practice with nothing for the tier, and a practice that does not exist, are 404.
                try await client.execute(uri: base + "/practices/99", method: .get, headers: fixture.session(.viewer)) {
                    response async throws in
                    #expect(response.status == .notFound)
                }
            }
        }
    }

    @Test func savingAPracticeKeepsTheOtherPersonsAnswerOnAConflict() async throws {
        try await Fixture.with { fixture in
            let base = "/orgs/\(fixture.orgA.id.uuidString)/assessments/\(fixture.assessmentA.uuidString)"
            let csrf = fixture.sessionsA[.analyst]!.csrf
            try await fixture.test { client in
                // Someone else saved 1.S.A (version 1 → 2) after this form was loaded at version 1.
                try await client.execute(
                    uri: "/api/v1/organizations/\(fixture.orgA.id)/assessments/\(fixture.assessmentA)/answers/1.S.A",
                    method: .put,
                    headers: fixture.bearer(fixture.tokensA[.analyst]!),
                    body: jsonBody(["status": "implemented", "expectedVersion": 1])
                ) { response async throws in
                    #expect(response.status == .ok)
                }
                try await client.execute(
                    uri: base + "/practices/1",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody([
                        "_csrf": csrf, "status.1.S.A": "not_implemented", "version.1.S.A": "1",
                        "status.1.S.B": "planned", "version.1.S.B": "0", "next": "stay",
                    ])
                ) { response async throws in
                    #expect(response.status == .conflict)
                    #expect(response.text.contains("Saved 1."))
                    #expect(response.text.contains("1.S.A: someone else changed the answer"))
                    #expect(response.text.contains("your entry, not saved: not_implemented"))
                }
            }
            let answers = try await fixture.store.assessments.answers(
                assessmentID: fixture.assessmentA,
                organizationID: fixture.orgA.id
            )
            #expect(answers["1.S.A"]?.status == .implemented, "the other person's answer is kept")
            #expect(answers["1.S.B"]?.status == .planned, "the rest of the form is saved")
        }
    }
}

@Suite("Incident API and pages")
struct IncidentAPITests {
    @Test func impossibleFactsAre422NamingTheField() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let uri = "/api/v1/organizations/\(fixture.orgA.id)/incidents"
            try await fixture.test { client in
                try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: analyst,
                    body: jsonBody([
                        "title": "x", "kind": "phishing", "discoveredAt": "2027-01-10T00:00:00Z",
                        "occurredAt": "2027-01-11T00:00:00Z",
                    ])
                ) { response async throws in
                    #expect(response.status == .unprocessableContent)
                    #expect((try response.json()["error"] as? [String: Any])?["field"] as? String == "occurredAt")
                }
                try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: analyst,
                    body: jsonBody([
                        "title": "x", "kind": "phishing", "discoveredAt": "2027-01-10T00:00:00Z",
                        "individualsAffected": -4,
                    ])
                ) { response async throws in
                    #expect(response.status == .unprocessableContent)
                    #expect(
                        (try response.json()["error"] as? [String: Any])?["field"] as? String == "individualsAffected"
                    )
                }
            }
        }
    }

    @Test func reportsDueComeWithCountdownsPackagesAndFiling() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let base = "/api/v1/organizations/\(fixture.orgA.id)/incidents/\(fixture.incidentA)"
            try await fixture.test { client in
                try await client.execute(uri: base, method: .get, headers: fixture.bearer(fixture.tokensA[.viewer]!)) {
                    response async throws in
                    #expect(response.status == .ok)
                    let obligations = try response.json()["obligations"] as? [[String: Any]] ?? []
                    let ids = obligations.compactMap { $0["id"] as? String }
                    #expect(ids.contains("us-federal:hipaa-individual-notice"))
                    #expect(ids.contains("us-federal:hipaa-hhs-under-500"))
                    let individuals = obligations.first { $0["id"] as? String == "us-federal:hipaa-individual-notice" }
                    // Discovered a day before the fixture's clock: 59 days and some hours are left.
                    #expect((individuals?["countdown"] as? String)?.hasPrefix("59 days") == true)
                    #expect(individuals?["state"] as? String == "due")
                }
                try await client.execute(
                    uri: base + "/reports/us-federal:hipaa-individual-notice/package?format=text",
                    method: .get,
                    headers: analyst
                ) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("10"))
                    #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
                }
                try await client.execute(
                    uri: base + "/reports/us-federal:hipaa-individual-notice/filed",
                    method: .post,
                    headers: analyst,
                    body: jsonBody(["reference": "letters mailed"])
                ) { response async throws in
                    #expect(response.status == .noContent)
                }
                try await client.execute(
                    uri: base + "/reports/us-federal:no-such-rule/filed",
                    method: .post,
                    headers: analyst,
                    body: jsonBody([:])
                ) { response async throws in
                    #expect(response.status == .unprocessableContent)
                }
                try await client.execute(uri: base, method: .get, headers: analyst) { response async throws in
                    let obligations = try response.json()["obligations"] as? [[String: Any]] ?? []
                    #expect(
                        obligations.first { $0["id"] as? String == "us-federal:hipaa-individual-notice" }?["state"]
                            as? String == "filed"
                    )
                }
            }
        }
    }

    @Test func theFormRecordsPeopleAndSystems() async throws {
        try await Fixture.with { fixture in
            let organization = fixture.orgA.id.uuidString
            try await fixture.test { client in
                var location = ""
                try await client.execute(
                    uri: "/orgs/\(organization)/incidents",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody([
                        "_csrf": fixture.sessionsA[.analyst]!.csrf, "title": "Stolen laptop", "kind": "lost_device",
                        "discovered": "2027-01-10T08:30", "time_zone": "America/Chicago", "individuals": "0",
                        "people": "Dana Whitfield — incident lead\nMarcus Osei — police report",
                        "systems": "billing laptop",
                    ])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                    location = response.headers[.location] ?? ""
                }
                try await client.execute(uri: location, method: .get, headers: fixture.session(.viewer)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Dana Whitfield — incident lead; Marcus Osei — police report"))
                    #expect(response.text.contains("billing laptop"))
                }
            }
        }
    }

    @Test func incidentPagesRenderForAViewer() async throws {
        try await Fixture.with { fixture in
            let organization = fixture.orgA.id.uuidString
            try await fixture.test { client in
                for (uri, text) in [
                    ("/orgs/\(organization)/incidents", "Record an incident"),
                    ("/orgs/\(organization)/incidents/\(fixture.incidentA.uuidString)", "Reports due"),
                    ("/orgs/\(organization)/directory", "Free help"),
                ] {
                    try await client.execute(
                        uri: uri,
                        method: .get,
                        headers: fixture.session(uri.hasSuffix("incidents") ? .analyst : .viewer)
                    ) {
                        response async throws in
                        #expect(response.status == .ok, "\(uri)")
                        #expect(response.text.contains(text), "\(uri) lacks \(text)")
                    }
                }
            }
        }
    }
}

@Suite("Training API")
struct TrainingAPITests {
    @Test func importsAreAllOrNothingAndFeedTheRates() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let base = "/api/v1/organizations/\(fixture.orgA.id)/training"
            try await fixture.test { client in
                try await client.execute(
                    uri: base + "/records?name=lms.csv",
                    method: .post,
                    headers: analyst,
                    body: ByteBuffer(
                        string:
                            "person,department,module,assigned_at,completed_at\nAna,Desk,m,2027-01-02,2027-01-03\nBen,Desk,m,2027-01-02,never\n"
                    )
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect(
                        (try response.json()["error"] as? [String: Any])?["field"] as? String
                            == "lms.csv:3: completed_at"
                    )
                }
                try await client.execute(
                    uri: base + "/records?name=lms.csv",
                    method: .post,
                    headers: analyst,
                    body: ByteBuffer(
                        string:
                            "person,department,module,assigned_at,completed_at\nAna,Desk,m,2027-01-02,2027-01-03\nBen,Desk,m,2027-01-02,\n"
                    )
                ) { response async throws in
                    #expect(response.status == .created)
                    #expect(try response.json()["imported"] as? Int == 2)
                }
                try await client.execute(
                    uri: base + "/rates",
                    method: .get,
                    headers: fixture.bearer(fixture.tokensA[.viewer]!)
                ) { response async throws in
                    let json = try response.json()
                    #expect(json["assigned"] as? Int == 2, "the failed import added nothing")
                    #expect(json["completed"] as? Int == 1)
                }
                try await client.execute(
                    uri: "/orgs/\(fixture.orgA.id.uuidString)/training",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("50%"))
                }
            }
        }
    }
}

@Suite("Inventory API")
struct InventoryAPITests {
    @Test func importingTheSameScanTwiceChangesNothingAndMergesByMAC() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let base = "/api/v1/organizations/\(fixture.orgA.id)"
            // The fixture imported 10.1.0.5 with MAC 00:09:FB:12:34:56 already: the same file again changes nothing.
            try await fixture.test { client in
                try await client.execute(
                    uri: base + "/imports/nmap?name=scan.xml",
                    method: .post,
                    headers: analyst,
                    body: ByteBuffer(string: nmapSample(address: "10.1.0.5"))
                ) { response async throws in
                    #expect(response.status == .created)
                    let json = try response.json()
                    #expect(
                        json["created"] as? Int == 0 && json["updated"] as? Int == 0 && json["unchanged"] as? Int == 1
                    )
                }
                // The device moved to a new address (DHCP): the MAC says it is the same asset, which gains the address.
                try await client.execute(
                    uri: base + "/imports/nmap?name=later.xml",
                    method: .post,
                    headers: analyst,
                    body: ByteBuffer(string: nmapSample(address: "10.1.0.77", ports: [104]))
                ) { response async throws in
                    let json = try response.json()
                    #expect(json["created"] as? Int == 0 && json["updated"] as? Int == 1)
                }
                // A truncated file imports nothing and says how far it got.
                try await client.execute(
                    uri: base + "/imports/nmap?name=cut.xml",
                    method: .post,
                    headers: analyst,
                    body: ByteBuffer(
                        string: String(nmapSample(address: "10.1.0.99", mac: "02:00:00:00:00:99").prefix(300))
                    )
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect((try response.json()["error"] as? [String: Any])?["field"] as? String == "cut.xml")
                }
                try await client.execute(
                    uri: base + "/assets/\(fixture.assetA)",
                    method: .get,
                    headers: fixture.bearer(fixture.tokensA[.viewer]!)
                ) {
                    response async throws in
                    let json = try response.json()
                    let asset = json["asset"] as? [String: Any] ?? [:]
                    #expect(asset["addresses"] as? [String] == ["10.1.0.5", "10.1.0.77"])
                    #expect(asset["likelyMedical"] as? Bool == true, "Philips Medical Systems makes medical devices")
                    let history = json["history"] as? [[String: Any]] ?? []
                    #expect(history.count == 2)
                }
            }
            #expect(try await fixture.store.assets.list(organizationID: fixture.orgA.id).count == 1)
        }
    }
}

@Suite("Findings API")
struct FindingsAPITests {
    @Test func nessusImportsOpenCloseAndReopenFindings() async throws {
        try await Fixture.with { fixture in
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let base = "/api/v1/organizations/\(fixture.orgA.id)"
            func importNessus(_ plugins: [String], _ check: @escaping @Sendable ([String: Any]) -> Void) async throws {
                try await fixture.test { client in
                    try await client.execute(
                        uri: base + "/imports/nessus?name=weekly.nessus",
                        method: .post,
                        headers: analyst,
                        body: ByteBuffer(string: nessusSample(address: "10.1.0.5", plugins: plugins))
                    ) { response async throws in
                        #expect(response.status == .created)
                        check(try response.json())
                    }
                }
            }
            // The host is the fixture's asset (same address): no new asset; two findings open.
            try await importNessus(["97833", "58453"]) { json in
                #expect(json["assetsCreated"] as? Int == 0)
                #expect(json["findingsOpened"] as? Int == 2)
            }
            fixture.clock.advance(by: 7 * 86_400)
            try await importNessus(["97833"]) { json in #expect(json["findingsClosed"] as? Int == 1) }
            fixture.clock.advance(by: 7 * 86_400)
            try await importNessus(["97833", "58453"]) { json in #expect(json["findingsReopened"] as? Int == 1) }
            try await fixture.test { client in
                try await client.execute(
                    uri: base + "/findings?severity=critical",
                    method: .get,
                    headers: fixture.bearer(fixture.tokensA[.viewer]!)
                ) {
                    response async throws in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    #expect(items.count == 2)
                    #expect(items.allSatisfy { ($0["dueAt"] as? String) != nil })
                    #expect(
                        items.allSatisfy {
                            $0["kind"] as? String == "vulnerability" && !(($0["help"] as? [Any]) ?? []).isEmpty
                        }
                    )
                }
            }
            let events = try await fixture.store.findings.events(
                key: Finding.key(assetID: fixture.assetA, port: 445, transport: "tcp", source: "nessus", rule: "58453"),
                organizationID: fixture.orgA.id
            )
            #expect(events.map(\.kind) == [.opened, .closed, .reopened])
        }
    }
}
