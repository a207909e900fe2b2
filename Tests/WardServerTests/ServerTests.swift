import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

@Suite("Health, metrics, headers and the OpenAPI document")
struct ServerTests {
    @Test func healthReadinessAndMetrics() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                try await client.execute(uri: "/healthz", method: .get) { response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text == "ok")
                }
                try await client.execute(uri: "/readyz", method: .get) { response async throws in
                    #expect(response.status == .ok)
                }
                try await client.execute(uri: "/metrics", method: .get) { response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("ward_http_requests_total"))
                    #expect(response.text.contains("route=\"/healthz\""))
                    #expect(response.text.contains("ward_http_request_duration_seconds_bucket"))
                }
            }
        }
    }

    @Test func readinessFailsWhenTheDatabaseIsGone() async throws {
        try await Fixture.with { fixture in
            let application = try fixture.application()
            await fixture.database.close()
            try await application.test(.router) { client in
                try await client.execute(uri: "/readyz", method: .get) { response async throws in
                    #expect(response.status == .serviceUnavailable)
                }
                try await client.execute(uri: "/healthz", method: .get) { response async throws in
                    #expect(response.status == .ok, "liveness does not depend on the database")
                }
            }
        }
    }

    @Test(arguments: ["/login", "/healthz", "/api/v1/me", "/no/such/page", "/static/ward.css", "/api/v1/openapi.json"])
    func securityHeadersOnEveryResponse(path: String) async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                try await client.execute(uri: path, method: .get) { response async throws in
                    let csp = try #require(response.headers[.contentSecurityPolicy])
                    #expect(csp.contains("frame-ancestors 'none'"))
                    #expect(csp.contains("default-src 'none'"))
                    #expect(!csp.contains("unsafe-inline"))
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                    #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
                }
            }
        }
    }

    @Test func everyPageRendersForEveryRole() async throws {
        try await Fixture.with { fixture in
            let base = "/orgs/\(fixture.orgA.id)"
            let pages = ["", "/scope", "/members", "/tokens", "/audit", "/settings"]
            try await fixture.test { client in
                for role in Role.allCases {
                    for page in pages {
                        try await client.execute(uri: base + page, method: .get, headers: fixture.session(role)) {
                            response async throws in
                            #expect([.ok, .forbidden].contains(response.status), "\(role) \(page): \(response.status)")
                            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                            if response.status == .ok {
                                #expect(response.text.contains("<h1>"))
                                #expect(response.text.contains(fixture.orgA.name))
                                #expect(!response.text.contains("{{"), "no unrendered template tags")
                                #expect(!response.text.contains(">nil<"), "no Swift nil rendered as text")
                                #expect(!response.text.contains("class=\"error\""), "no error banner on a plain GET")
                            }
                        }
                    }
                    try await client.execute(uri: "/account", method: .get, headers: fixture.session(role)) {
                        response async throws in
                        #expect(response.status == .ok)
                    }
                }
                // Signed out, pages send the browser to sign in.
                try await client.execute(uri: base, method: .get) { response async throws in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/login")
                }
            }
        }
    }

    @Test func templateValuesAreEscaped() async throws {
        try await Fixture.with { fixture in
            var organization = fixture.orgA
            organization.name = "<script>alert(1)</script> Clinic"
            try await fixture.store.organizations.update(organization)
            try await fixture.test { client in
                try await client.execute(
                    uri: "/orgs/\(fixture.orgA.id)",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) { response async throws in
                    #expect(!response.text.contains("<script>alert(1)</script>"))
                    #expect(response.text.contains("&lt;script&gt;"))
                }
            }
        }
    }
}

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// `/api/v1/organizations/:org` → `/api/v1/organizations/{org}`
    static func openAPIPath(_ path: String) -> String {
        let trimmed = path.hasPrefix("/") ? path : "/" + path
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
    }

    @Test func everyAPIRouteIsDocumentedAndEveryDocumentedPathIsARoute() async throws {
        try await Fixture.with { fixture in
            let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as! [String: Any]
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let routes = fixture.router().routes.filter { "\($0.path)".contains("api/v1") }
            var routed: Set<String> = []
            for route in routes {
                let path = Self.openAPIPath("\(route.path)")
                let method = route.method.rawValue.lowercased()
                routed.insert("\(method) \(path)")
                #expect(paths[path]?[method] != nil, "\(route.method) \(path) is missing from the OpenAPI document")
            }
            for (path, operations) in paths {
                for method in operations.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                    #expect(
                        routed.contains("\(method) \(path)"),
                        "the document lists \(method) \(path) but no route serves it"
                    )
                }
            }
            // Every $ref resolves.
            let text = OpenAPIDocument.json
            let components = try #require(document["components"] as? [String: [String: Any]])
            let references = text.matches(of: /"\$ref": "#\/components\/(\w+)\/(\w+)"/)
            #expect(!references.isEmpty)
            for reference in references {
                #expect(components[String(reference.1)]?[String(reference.2)] != nil, "dangling \(reference.0)")
            }
        }
    }

    @Test func theDocumentIsServed() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response async throws in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/json")
                    #expect(try response.json()["openapi"] as? String == "3.1.0")
                }
            }
        }
    }
}
