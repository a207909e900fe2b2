import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

@Suite("Sign-in, sessions, second factor and setup")
struct AuthenticationTests {
    /// GETs the login page and returns the pre-session CSRF token and its cookie.
    static func loginForm(_ client: some TestClientProtocol) async throws -> (csrf: String, cookie: String) {
        try await client.execute(uri: "/login", method: .get) { response async throws in
            #expect(response.status == .ok)
            #expect(response.text.contains("name=\"password\""))
            let setCookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("ward_csrf=") })
            let cookie = String(setCookie.split(separator: ";")[0])
            let marker = "name=\"_csrf\" value=\""
            let start = try #require(response.text.range(of: marker)).upperBound
            let csrf = String(response.text[start...].prefix { $0 != "\"" })
            return (csrf, cookie)
        }
    }

    static func sessionCookie(_ response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix("ward_session=") }
    }

    @Test func passwordSignInOpensAServerSideSessionWithSafeCookie() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                let (csrf, cookie) = try await Self.loginForm(client)
                let email = fixture.users[.analyst]!.email
                let cookieHeader = try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                    body: formBody(["email": email, "password": Fixture.password, "_csrf": csrf])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                    let setCookie = try #require(Self.sessionCookie(response))
                    #expect(setCookie.contains("HttpOnly"))
                    #expect(setCookie.contains("SameSite=Lax"))
                    #expect(
                        !setCookie.contains("Secure"),
                        "plain HTTP on loopback: browsers would drop a Secure cookie"
                    )
                    return String(setCookie.split(separator: ";")[0])
                }
                // The cookie works, and the database holds only its hash.
                try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookieHeader]) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains(email))
                }
                let secret = String(cookieHeader.dropFirst("ward_session=".count))
                #expect(try await fixture.store.sessions.get(idHash: secret, now: fixture.clock.now) == nil)
                #expect(
                    try await fixture.store.sessions.get(idHash: Secrets.hash(secret), now: fixture.clock.now) != nil
                )
            }
            let trail = try await fixture.store.audit.list(organizationID: fixture.orgA.id)
            #expect(trail.contains { $0.action == .login && $0.actor == fixture.users[.analyst]!.email })
        }
    }

    @Test func secureCookiesWhenServedOverHTTPS() async throws {
        try await Fixture.with(configure: { $0.publicURL = "https://ward.clinic.example" }) { fixture in
            try await fixture.test { client in
                let (csrf, cookie) = try await Self.loginForm(client)
                try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [.cookie: cookie],
                    body: formBody([
                        "email": fixture.users[.viewer]!.email,
                        "password": Fixture.password, "_csrf": csrf,
                    ])
                ) { response async throws in
                    #expect(try #require(Self.sessionCookie(response)).contains("Secure"))
                    #expect(response.headers[.strictTransportSecurity] != nil)
                }
            }
        }
    }

    @Test func wrongPasswordsAreThrottledAndAudited() async throws {
        try await Fixture.with { fixture in
            let email = fixture.users[.viewer]!.email
            try await fixture.test { client in
                let (csrf, cookie) = try await Self.loginForm(client)
                for attempt in 1...fixture.configuration.loginFailureLimit {
                    try await client.execute(
                        uri: "/login",
                        method: .post,
                        headers: [.cookie: cookie],
                        body: formBody(["email": email, "password": "wrong password \(attempt)", "_csrf": csrf])
                    ) { response async throws in
                        #expect(response.status == .unauthorized)
                        #expect(response.text.contains("wrong"))
                        #expect(Self.sessionCookie(response) == nil)
                    }
                }
                // Locked now: even the right password is refused until the lock-out ends.
                try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [.cookie: cookie],
                    body: formBody(["email": email, "password": Fixture.password, "_csrf": csrf])
                ) { response async throws in
                    #expect(response.status == .tooManyRequests)
                }
                fixture.clock.advance(by: fixture.configuration.loginLockout + 1)
                try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [.cookie: cookie],
                    body: formBody(["email": email, "password": Fixture.password, "_csrf": csrf])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                }
            }
            let trail = try await fixture.store.audit.list(organizationID: fixture.orgA.id, limit: 50)
            #expect(trail.filter { $0.action == .loginFailed }.count == fixture.configuration.loginFailureLimit)
            #expect(trail.contains { $0.action == .loginThrottled })
        }
    }

    @Test func unknownAccountsAndWrongPasswordsLookTheSame() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                let (csrf, cookie) = try await Self.loginForm(client)
                var bodies: [String] = []
                for email in ["nobody@alpha.example", fixture.users[.viewer]!.email] {
                    try await client.execute(
                        uri: "/login",
                        method: .post,
                        headers: [.cookie: cookie],
                        body: formBody(["email": email, "password": "not the password", "_csrf": csrf])
                    ) { response async throws in
                        #expect(response.status == .unauthorized)
                        bodies.append(response.text.replacingOccurrences(of: email, with: "EMAIL"))
                    }
                }
                #expect(bodies[0] == bodies[1])
            }
        }
    }

    @Test func loginFormNeedsItsCSRFToken() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                try await client.execute(
                    uri: "/login",
                    method: .post,
                    body: formBody(["email": fixture.users[.viewer]!.email, "password": Fixture.password])
                ) { response async throws in
                    #expect(response.status == .forbidden)
                }
            }
        }
    }

    @Test func totpSecondFactorIsRequiredAndCodesWorkOnce() async throws {
        try await Fixture.with { fixture in
            let user = fixture.users[.admin]!
            let secret = TOTP.generateSecret()
            try await fixture.store.users.setTOTPSecret(Base32.encode(secret), enabled: true, for: user.id)
            try await fixture.test { client in
                let (csrf, cookie) = try await Self.loginForm(client)
                let pending = try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [.cookie: cookie],
                    body: formBody(["email": user.email, "password": Fixture.password, "_csrf": csrf])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/login/totp")
                    return String(try #require(Self.sessionCookie(response)).split(separator: ";")[0])
                }
                // The half-signed-in session opens nothing.
                try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: pending]) {
                    response async throws in
                    #expect(response.status == .unauthorized)
                }
                try await client.execute(uri: "/orgs/\(fixture.orgA.id)", method: .get, headers: [.cookie: pending]) {
                    response async throws in
                    #expect(response.status == .seeOther)
                }
                let pendingCSRF = try await client.execute(
                    uri: "/login/totp",
                    method: .get,
                    headers: [.cookie: pending]
                ) { response async throws in
                    let marker = "name=\"_csrf\" value=\""
                    let start = try #require(response.text.range(of: marker)).upperBound
                    return String(response.text[start...].prefix { $0 != "\"" })
                }
                try await client.execute(
                    uri: "/login/totp",
                    method: .post,
                    headers: [.cookie: pending],
                    body: formBody(["code": "000000", "_csrf": pendingCSRF])
                ) { response async throws in
                    #expect(response.status == .unauthorized)
                }
                let code = TOTP(secret: secret).code(at: fixture.clock.now)
                let full = try await client.execute(
                    uri: "/login/totp",
                    method: .post,
                    headers: [.cookie: pending],
                    body: formBody(["code": code, "_csrf": pendingCSRF])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                    return String(try #require(Self.sessionCookie(response)).split(separator: ";")[0])
                }
                try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: full]) {
                    response async throws in
                    #expect(response.status == .ok)
                }
                // The same code a second time (a replay) is refused, even in a new sign-in.
                let (csrf2, cookie2) = try await Self.loginForm(client)
                let pending2 = try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [.cookie: cookie2],
                    body: formBody(["email": user.email, "password": Fixture.password, "_csrf": csrf2])
                ) { response async throws in
                    String(try #require(Self.sessionCookie(response)).split(separator: ";")[0])
                }
                let pending2CSRF = try await client.execute(
                    uri: "/login/totp",
                    method: .get,
                    headers: [.cookie: pending2]
                ) { response async throws in
                    let start = try #require(response.text.range(of: "name=\"_csrf\" value=\"")).upperBound
                    return String(response.text[start...].prefix { $0 != "\"" })
                }
                try await client.execute(
                    uri: "/login/totp",
                    method: .post,
                    headers: [.cookie: pending2],
                    body: formBody(["code": code, "_csrf": pending2CSRF])
                ) { response async throws in
                    #expect(response.status == .unauthorized)
                }
            }
        }
    }

    @Test func totpMatchesTheRFC6238Vectors() {
        // RFC 6238 appendix B, SHA-1, 8 digits, secret "12345678901234567890".
        let totp = TOTP(secret: Array("12345678901234567890".utf8), digits: 8)
        let vectors: [(TimeInterval, String)] = [
            (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
        ]
        for (time, code) in vectors {
            #expect(totp.code(at: Date(timeIntervalSince1970: time)) == code)
        }
        #expect(Base32.decode(Base32.encode(Array("12345678901234567890".utf8))) == Array("12345678901234567890".utf8))
        #expect(Base32.encode(Array("12345678901234567890".utf8)) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    }

    @Test func productionPasswordHashingIsBcryptCost12() async throws {
        let hasher = PasswordHasher()
        #expect(hasher.cost >= 12)
        let hash = try await hasher.hash("a passphrase for the test")
        #expect(hash.hasPrefix("$2"))
        #expect(PasswordHasher.cost(of: hash) == 12)
        #expect(try await hasher.verify("a passphrase for the test", hash: hash))
        #expect(try await hasher.verify("another passphrase", hash: hash) == false)
    }

    @Test func firstRunSetupLinkCreatesTheFirstAdministratorOnce() async throws {
        try await TestDatabase.with(.sqlite) { database in
            var configuration = ServerConfiguration()
            configuration.passwordHasher = PasswordHasher(testingCost: 4)
            let operations = LocalOperations(
                database: database,
                logger: TestDatabase.logger,
                clock: { Date() },
                passwords: configuration.passwordHasher
            )
            let link = try #require(try await operations.setupLinkIfNeeded(baseURL: configuration.baseURL))
            #expect(link.hasPrefix("http://127.0.0.1:8080/setup/"))
            let path = String(link.dropFirst(configuration.baseURL.count))
            let application = try buildApplication(
                configuration: configuration,
                database: database,
                logger: TestDatabase.logger
            )
            try await application.test(.router) { client in
                let (csrf, cookie) = try await client.execute(uri: path, method: .get) { response async throws in
                    #expect(response.status == .ok)
                    let setCookie = try #require(
                        response.headers[values: .setCookie].first { $0.hasPrefix("ward_csrf=") }
                    )
                    let start = try #require(response.text.range(of: "name=\"_csrf\" value=\"")).upperBound
                    return (
                        String(response.text[start...].prefix { $0 != "\"" }),
                        String(setCookie.split(separator: ";")[0])
                    )
                }
                var fields = [
                    "_csrf": csrf, "name": "Ada Admin", "email": "ada@clinic.example", "password": "short",
                    "confirm": "short",
                ]
                try await client.execute(uri: path, method: .post, headers: [.cookie: cookie], body: formBody(fields)) {
                    response async throws in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("at least 12"))
                }
                fields["password"] = "a long enough passphrase"
                fields["confirm"] = fields["password"]
                try await client.execute(uri: path, method: .post, headers: [.cookie: cookie], body: formBody(fields)) {
                    response async throws in
                    #expect(response.status == .seeOther)
                }
                try await client.execute(uri: path, method: .post, headers: [.cookie: cookie], body: formBody(fields)) {
                    response async throws in
                    #expect(response.status == .notFound, "the link works once")
                }
            }
            let user = try #require(try await database.store.users.get(email: "ada@clinic.example"))
            #expect(user.isSiteAdministrator)
            let memberships = try await database.store.memberships.organizations(of: user.id)
            #expect(memberships.map(\.role) == [.owner])
            #expect(try await operations.setupLinkIfNeeded(baseURL: configuration.baseURL) == nil)
        }
    }

    @Test func activationLinkLetsANewMemberChooseAPasswordOnce() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                let link = try await client.execute(
                    uri: "/api/v1/organizations/\(fixture.orgA.id)/members",
                    method: .post,
                    headers: fixture.bearer(fixture.tokensA[.admin]!),
                    body: jsonBody(["email": "new.nurse@alpha.example", "role": "analyst"])
                ) { response async throws in
                    #expect(response.status == .created)
                    return try #require(try response.json()["activationLink"] as? String)
                }
                let path = String(link.dropFirst(fixture.configuration.baseURL.count))
                #expect(path.hasPrefix("/activate/"))
                let (csrf, cookie) = try await client.execute(uri: path, method: .get) { response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("new.nurse@alpha.example"))
                    let setCookie = try #require(
                        response.headers[values: .setCookie].first { $0.hasPrefix("ward_csrf=") }
                    )
                    let start = try #require(response.text.range(of: "name=\"_csrf\" value=\"")).upperBound
                    return (
                        String(response.text[start...].prefix { $0 != "\"" }),
                        String(setCookie.split(separator: ";")[0])
                    )
                }
                let fields = ["_csrf": csrf, "password": "a new long passphrase", "confirm": "a new long passphrase"]
                try await client.execute(uri: path, method: .post, headers: [.cookie: cookie], body: formBody(fields)) {
                    response async throws in
                    #expect(response.status == .seeOther)
                    #expect(Self.sessionCookie(response) != nil, "signed in at once")
                }
                try await client.execute(uri: path, method: .post, headers: [.cookie: cookie], body: formBody(fields)) {
                    response async throws in
                    #expect(response.status == .notFound, "the link works once")
                }
                // The new password signs in; the account belongs to A as an analyst.
                let (loginCSRF, loginCookie) = try await Self.loginForm(client)
                try await client.execute(
                    uri: "/login",
                    method: .post,
                    headers: [.cookie: loginCookie],
                    body: formBody([
                        "email": "new.nurse@alpha.example", "password": "a new long passphrase", "_csrf": loginCSRF,
                    ])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                }
            }
            let user = try #require(try await fixture.store.users.get(email: "new.nurse@alpha.example"))
            #expect(try await fixture.store.memberships.role(of: user.id, in: fixture.orgA.id) == .analyst)
            #expect(user.isSiteAdministrator == false)
        }
    }
}
