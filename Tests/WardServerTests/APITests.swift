import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

@Suite("JSON API: tokens, CSRF, roles, bad input")
struct APITests {
    @Test func tokensAreShownOnceStoredHashedAndStopWorkingWhenRevoked() async throws {
        try await Fixture.with { fixture in
            let base = "/api/v1/organizations/\(fixture.orgA.id)"
            let (secret, id) = try await fixture.test { client in
                let created = try await client.execute(
                    uri: base + "/tokens",
                    method: .post,
                    headers: fixture.session(.admin),
                    body: jsonBody(["name": "SIEM export", "role": "analyst", "expiresInDays": 30])
                ) { response async throws in
                    #expect(response.status == .created)
                    return try response.json()
                }
                let secret = try #require(created["secret"] as? String)
                let id = try #require(created["id"] as? String)
                #expect(secret.hasPrefix("ward_") && secret.count > 40)
                try await client.execute(uri: base + "/tokens", method: .get, headers: fixture.session(.admin)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(!response.text.contains(secret), "a list never shows a secret")
                    #expect(response.text.contains("SIEM export"))
                }
                try await client.execute(uri: base + "/scope", method: .get, headers: fixture.bearer(secret)) {
                    response async throws in
                    #expect(response.status == .ok)
                }
                try await client.execute(uri: base + "/tokens/\(id)", method: .delete, headers: fixture.session(.admin))
                { response async throws in
                    #expect(response.status == .ok)
                }
                try await client.execute(uri: base + "/scope", method: .get, headers: fixture.bearer(secret)) {
                    response async throws in
                    #expect(response.status == .unauthorized)
                }
                return (secret, id)
            }
            // Only the SHA-256 of the secret is in the database.
            let rows = try await fixture.database.sql.raw(
                "SELECT * FROM api_tokens WHERE id = \(bind: id.lowercased())"
            ).all()
            let row = try #require(rows.first)
            #expect(try row.decode(column: "token_hash", as: String.self) == Secrets.hash(secret))
            for column in row.allColumns {
                let value = try? row.decode(column: column, as: String.self)
                #expect(value != secret, "column \(column) holds the secret")
            }
            let trail = try await fixture.store.audit.list(organizationID: fixture.orgA.id)
            #expect(trail.contains { $0.action == .tokenCreated && $0.details["role"] == "analyst" })
            #expect(trail.contains { $0.action == .tokenRevoked })
        }
    }

    @Test func tokensExpireAndDieWithTheirCreatorsMembership() async throws {
        try await Fixture.with { fixture in
            let base = "/api/v1/organizations/\(fixture.orgA.id)"
            try await fixture.test { client in
                let secret = try await client.execute(
                    uri: base + "/tokens",
                    method: .post,
                    headers: fixture.session(.admin),
                    body: jsonBody(["name": "short", "role": "viewer", "expiresInDays": 1])
                ) { response async throws in
                    try #require(try response.json()["secret"] as? String)
                }
                try await client.execute(uri: base, method: .get, headers: fixture.bearer(secret)) {
                    response async throws in
                    #expect(response.status == .ok)
                }
                fixture.clock.advance(by: 86_401)
                try await client.execute(uri: base, method: .get, headers: fixture.bearer(secret)) {
                    response async throws in
                    #expect(response.status == .unauthorized)
                }
                // A's tokens were made by A's owner; demoting that owner to viewer cuts the owner token off.
                try await fixture.store.memberships.changeRole(
                    of: fixture.users[.owner]!.id,
                    in: fixture.orgA.id,
                    to: .viewer
                )
                try await client.execute(uri: base, method: .get, headers: fixture.bearer(fixture.tokensA[.owner]!)) {
                    response async throws in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(uri: base, method: .get, headers: fixture.bearer(fixture.tokensA[.viewer]!)) {
                    response async throws in
                    #expect(response.status == .ok, "a viewer token is still within a viewer's reach")
                }
                for header in ["Bearer ward_not-a-real-token", "Bearer nonsense", "Basic dXNlcjpwYXNz"] {
                    try await client.execute(uri: base, method: .get, headers: [.authorization: header]) {
                        response async throws in
                        #expect(response.status == .unauthorized, "\(header)")
                        #expect(try response.json()["error"] != nil)
                    }
                }
            }
        }
    }

    @Test func rolesCannotGrantMoreThanTheyHold() async throws {
        try await Fixture.with { fixture in
            let base = "/api/v1/organizations/\(fixture.orgA.id)"
            let owner = fixture.users[.owner]!
            let analyst = fixture.users[.analyst]!
            try await fixture.test { client in
                try await client.execute(
                    uri: base + "/tokens",
                    method: .post,
                    headers: fixture.session(.admin),
                    body: jsonBody(["name": "too strong", "role": "owner"])
                ) { response async throws in
                    #expect(response.status == .forbidden)
                    #expect(try response.json()["error"].map { "\($0)" }?.contains("role") == true)
                }
                try await client.execute(
                    uri: base + "/members/\(analyst.id)",
                    method: .patch,
                    headers: fixture.session(.admin),
                    body: jsonBody(["role": "owner"])
                ) { response async throws in
                    #expect(response.status == .forbidden)
                }
                try await client.execute(
                    uri: base + "/members/\(owner.id)",
                    method: .delete,
                    headers: fixture.session(.admin)
                ) { response async throws in
                    #expect(response.status == .forbidden, "admins cannot remove owners")
                }
                try await client.execute(
                    uri: base + "/members/\(owner.id)",
                    method: .patch,
                    headers: fixture.session(.owner),
                    body: jsonBody(["role": "admin"])
                ) { response async throws in
                    #expect(response.status == .conflict, "the last owner stays")
                }
                try await client.execute(
                    uri: base + "/members/\(analyst.id)",
                    method: .patch,
                    headers: fixture.session(.admin),
                    body: jsonBody(["role": "viewer"])
                ) { response async throws in
                    #expect(response.status == .noContent)
                }
                // Adding a new person creates the account with a one-time activation link.
                try await client.execute(
                    uri: base + "/members",
                    method: .post,
                    headers: fixture.session(.admin),
                    body: jsonBody(["email": "new.nurse@alpha.example", "role": "analyst"])
                ) { response async throws in
                    #expect(response.status == .created)
                    let link = try #require(try response.json()["activationLink"] as? String)
                    #expect(link.contains("/activate/"))
                }
            }
            #expect(try await fixture.store.memberships.role(of: analyst.id, in: fixture.orgA.id) == .viewer)
            let trail = try await fixture.store.audit.list(organizationID: fixture.orgA.id)
            #expect(
                trail.contains {
                    $0.action == .roleChanged && $0.details["from"] == "analyst" && $0.details["to"] == "viewer"
                }
            )
        }
    }

    @Test func sessionCallsNeedTheCSRFHeader() async throws {
        try await Fixture.with { fixture in
            let uri = "/api/v1/organizations/\(fixture.orgA.id)/scope/entries"
            let body = ["kind": "include", "target": "10.50.0.0/16"]
            try await fixture.test { client in
                try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: fixture.session(.admin, csrfHeader: false),
                    body: jsonBody(body)
                ) { response async throws in
                    #expect(response.status == .forbidden)
                }
                var wrong = fixture.session(.admin, csrfHeader: false)
                wrong[.xCSRFToken] = fixture.sessionsA[.owner]!.csrf
                try await client.execute(uri: uri, method: .post, headers: wrong, body: jsonBody(body)) {
                    response async throws in
                    #expect(response.status == .forbidden, "another session's token does not count")
                }
                try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: fixture.session(.admin),
                    body: jsonBody(body)
                ) { response async throws in
                    #expect(response.status == .created)
                }
                // API tokens carry no ambient credentials, so they need no CSRF header.
                try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: fixture.bearer(fixture.tokensA[.admin]!),
                    body: jsonBody(["kind": "exclude", "target": "10.50.9.0/24"])
                ) { response async throws in
                    #expect(response.status == .created)
                }
            }
        }
    }

    @Test func uiFormsNeedTheirCSRFToken() async throws {
        try await Fixture.with { fixture in
            let uri = "/orgs/\(fixture.orgA.id)/scope/entries"
            try await fixture.test { client in
                for token in [nil, "forged"] {
                    var fields = ["kind": "include", "target": "10.60.0.0/16"]
                    fields["_csrf"] = token
                    try await client.execute(
                        uri: uri,
                        method: .post,
                        headers: fixture.session(.admin, csrfHeader: false),
                        body: formBody(fields)
                    ) { response async throws in
                        #expect(response.status == .forbidden)
                    }
                }
                var crossSite = fixture.session(.admin, csrfHeader: false)
                crossSite[.origin] = "https://evil.example"
                try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: crossSite,
                    body: formBody([
                        "kind": "include", "target": "10.60.0.0/16", "_csrf": fixture.sessionsA[.admin]!.csrf,
                    ])
                ) { response async throws in
                    #expect(response.status == .forbidden)
                }
                let location = try await client.execute(
                    uri: uri,
                    method: .post,
                    headers: fixture.session(.admin, csrfHeader: false),
                    body: formBody([
                        "kind": "include", "target": "10.60.0.0/16", "_csrf": fixture.sessionsA[.admin]!.csrf,
                    ])
                ) { response async throws in
                    // Post/redirect/get, with a signed confirmation.
                    #expect(response.status == .seeOther)
                    let location = try #require(response.headers[.location])
                    #expect(location.hasPrefix("/orgs/\(fixture.orgA.id)/scope?notice="))
                    return location
                }
                try await client.execute(uri: location, method: .get, headers: fixture.session(.admin)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(
                        response.text.contains("<div class=\"notice\" role=\"status\">10.60.0.0/16 is now included.")
                    )
                }
                // A crafted confirmation (text changed, signature kept) is not shown.
                let forged = location.replacingOccurrences(of: "10.60.0.0", with: "Call%20us")
                try await client.execute(uri: forged, method: .get, headers: fixture.session(.admin)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(!response.text.contains("class=\"notice\""))
                }
                // Browsers may probe with HEAD.
                try await client.execute(uri: "/healthz", method: .head) { response async throws in
                    #expect(response.status == .ok)
                }
            }
            let targets = try await fixture.store.scope.entries(organizationID: fixture.orgA.id).map(
                \.target
            )
            #expect(targets.filter { $0 == "10.60.0.0/16" }.count == 1)
        }
    }

    @Test func formOriginMustBeThisServer() {
        #expect(UIRoutes.authority(host: "ward.clinic.example", port: nil, scheme: "https") == "ward.clinic.example")
        #expect(UIRoutes.authority(host: "Ward.Clinic.Example", port: 443, scheme: "https") == "ward.clinic.example")
        #expect(UIRoutes.authority(host: "127.0.0.1", port: 8080, scheme: "http") == "127.0.0.1:8080")
        #expect(UIRoutes.authority(host: "127.0.0.1", port: 9999, scheme: "http") != "127.0.0.1:8080")
        #expect(UIRoutes.authority(host: "::1", port: 8080, scheme: "http") == "[::1]:8080")
        #expect(
            UIRoutes.authority(host: "ward.clinic.example.co", port: nil, scheme: "https") != "ward.clinic.example.com"
        )
    }

    @Test func badInputGetsAClearErrorNamingTheField() async throws {
        try await Fixture.with { fixture in
            let uri = "/api/v1/organizations/\(fixture.orgA.id)/scope/entries"
            let headers = fixture.bearer(fixture.tokensA[.admin]!)
            let cases: [(String, HTTPResponse.Status, String?, String)] = [
                ("{\"kind\": \"include\"", .badRequest, nil, "not valid JSON"),
                ("{\"kind\": \"include\"}", .badRequest, "target", "required"),
                ("{\"kind\": \"sideways\", \"target\": \"10.0.0.0/8\"}", .badRequest, "kind", "not valid"),
                ("{\"kind\": \"include\", \"target\": 42}", .badRequest, "target", "a string"),
                ("{\"kind\": \"include\", \"target\": \"10.0.0.1/8\"}", .badRequest, "target", "host bits"),
                ("{\"kind\": \"include\", \"target\": \"300.1.1.1\"}", .badRequest, "target", "more than 255"),
            ]
            try await fixture.test { client in
                for (body, status, field, message) in cases {
                    try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
                    { response async throws in
                        #expect(response.status == status, "\(body)")
                        let error = try #require(try response.json()["error"] as? [String: Any])
                        #expect(error["field"] as? String == field, "\(body): \(error)")
                        #expect((error["message"] as? String)?.contains(message) == true, "\(body): \(error)")
                    }
                }
                let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: fixture.configuration.maximumBodyBytes + 1)
                try await client.execute(uri: uri, method: .post, headers: headers, body: big) {
                    response async throws in
                    #expect(response.status == .contentTooLarge)
                }
                try await client.execute(uri: "/api/v1/organizations/\(UUID())", method: .get, headers: headers) {
                    response async throws in
                    #expect(response.status == .notFound)
                    #expect(try response.json()["error"] != nil)
                }
                try await client.execute(uri: "/api/v1/organizations/not-a-uuid/scope", method: .get, headers: headers)
                { response async throws in
                    #expect(response.status == .notFound)
                }
                try await client.execute(uri: "/api/v1/no-such-thing", method: .get, headers: headers) {
                    response async throws in
                    #expect(response.status == .notFound)
                    #expect(try response.json()["error"] != nil)
                }
                try await client.execute(uri: "/api/v1/organizations/\(fixture.orgA.id)", method: .get) {
                    response async throws in
                    #expect(response.status == .unauthorized)
                }
            }
            #expect(
                try await fixture.store.scope.entries(organizationID: fixture.orgA.id).count == 1,
                "nothing was added"
            )
        }
    }

    @Test func scopeCheckExplainsItsDecision() async throws {
        try await Fixture.with { fixture in
            let uri = "/api/v1/organizations/\(fixture.orgA.id)/scope/check"
            // 2027-01-15 is a Friday: 21:00 UTC is inside "mon-fri 20:00-06:00 UTC", 12:00 is not.
            try await fixture.test { client in
                for (target, at, allowed) in [
                    ("10.1.2.3", "2027-01-15T21:00:00Z", true), ("10.1.2.3", "2027-01-15T12:00:00Z", false),
                    ("10.9.9.9", "2027-01-15T21:00:00Z", false),
                ] {
                    try await client.execute(
                        uri: uri,
                        method: .post,
                        headers: fixture.bearer(fixture.tokensA[.viewer]!),
                        body: jsonBody(["target": target, "at": at])
                    ) { response async throws in
                        #expect(response.status == .ok)
                        let json = try response.json()
                        #expect(json["allowed"] as? Bool == allowed, "\(target) at \(at): \(json)")
                        #expect((json["reason"] as? String)?.isEmpty == false)
                    }
                }
            }
        }
    }
}
