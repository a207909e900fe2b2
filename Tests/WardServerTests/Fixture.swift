import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOFoundationCompat
import Prometheus
import Synchronization
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

/// A populated Ward for server tests: two organizations (A and B), members of every role in A, an owner in B, API
/// tokens and browser sessions with known secrets, and B's objects to probe isolation with.
struct Fixture: Sendable {
    let database: Database
    let configuration: ServerConfiguration
    let clock: TestClock

    let orgA: Organization
    let orgB: Organization
    let users: [Role: User]  // members of A by role
    let ownerB: User
    /// API token secrets for A, by role, all created by A's owner.
    let tokensA: [Role: String]
    let tokenB: String
    let tokenBID: UUID
    /// Browser sessions in A, by role: cookie value and CSRF token.
    let sessionsA: [Role: (cookie: String, csrf: String)]
    let entryA: UUID
    let entryB: UUID
    let windowA: UUID
    let windowB: UUID
    let tokenAViewerID: UUID
    let assessmentA: UUID
    let assessmentB: UUID
    let evidenceA: UUID
    let evidenceB: UUID
    let incidentA: UUID
    let incidentB: UUID
    let assetA: UUID
    let assetB: UUID

    static let password = "correct horse battery staple"

    /// Builds the fixture on a fresh database of `engine` and runs `body` with it.
    static func with<R>(
        _ engine: DatabaseEngine = .sqlite,
        configure: (inout ServerConfiguration) -> Void = { _ in },
        _ body: (Fixture) async throws -> R
    ) async throws -> R {
        try await TestDatabase.with(engine) { database in
            var configuration = ServerConfiguration()
            configuration.passwordHasher = PasswordHasher(testingCost: 4)
            configure(&configuration)
            let fixture = try await make(database: database, configuration: configuration)
            return try await body(fixture)
        }
    }

    private static func make(database: Database, configuration: ServerConfiguration) async throws -> Fixture {
        let store = database.store
        let clock = TestClock()
        let hash = try await configuration.passwordHasher.hash(password)
        let orgA = try await store.organizations.create(
            Organization(name: "Alpha Clinic", kind: .clinic, sizeTier: .small)
        )
        let orgB = try await store.organizations.create(
            Organization(name: "Bravo Hospital", kind: .hospital, sizeTier: .medium)
        )
        var users: [Role: User] = [:]
        for role in Role.allCases {
            let user = try await store.users.create(
                User(
                    email: "\(role.rawValue)@alpha.example",
                    displayName: "Alpha \(role.rawValue)",
                    isSiteAdministrator: role == .owner
                ),
                passwordHash: hash
            )
            try await store.memberships.add(Membership(organizationID: orgA.id, userID: user.id, role: role))
            users[role] = user
        }
        let ownerB = try await store.users.create(
            User(email: "owner@bravo.example", displayName: "Bravo owner"),
            passwordHash: hash
        )
        try await store.memberships.add(Membership(organizationID: orgB.id, userID: ownerB.id, role: .owner))

        func token(_ organization: Organization, role: Role, by user: User) async throws -> (String, UUID) {
            let (secret, prefix) = TokenIssuer.newSecret()
            let token = TokenRecords.Token(
                organizationID: organization.id,
                name: "\(role) token",
                role: role,
                prefix: prefix,
                createdBy: user.id,
                createdAt: clock.now
            )
            try await store.tokens.create(token, hash: Secrets.hash(secret))
            return (secret, token.id)
        }
        var tokensA: [Role: String] = [:]
        var tokenAViewerID = UUID()
        for role in Role.allCases {
            let (secret, id) = try await token(orgA, role: role, by: users[.owner]!)
            tokensA[role] = secret
            if role == .viewer { tokenAViewerID = id }
        }
        let (tokenB, tokenBID) = try await token(orgB, role: .owner, by: ownerB)

        var sessionsA: [Role: (String, String)] = [:]
        for role in Role.allCases {
            let cookie = Secrets.random()
            let csrf = Secrets.random()
            try await store.sessions.create(
                SessionRecords.Session(
                    idHash: Secrets.hash(cookie),
                    userID: users[role]!.id,
                    csrfToken: csrf,
                    secondFactorPending: false,
                    createdAt: clock.now,
                    lastSeenAt: clock.now,
                    expiresAt: clock.now.addingTimeInterval(3600),
                    sourceAddress: nil
                )
            )
            sessionsA[role] = (cookie, csrf)
        }
        let entryA = try await store.scope.add(
            try ScopeEntry.parse("10.1.0.0/16", kind: .include),
            organizationID: orgA.id
        ).id
        let entryB = try await store.scope.add(
            try ScopeEntry.parse("10.2.0.0/16", kind: .include),
            organizationID: orgB.id
        ).id
        let windowA = try await store.scope.add(try ScanWindow("mon-fri 20:00-06:00 UTC"), organizationID: orgA.id).id
        let windowB = try await store.scope.add(try ScanWindow("sat,sun 00:00-24:00 UTC"), organizationID: orgB.id).id
        // One small HICP assessment per organization, each with an answer and an evidence file.
        let service = AssessmentService(database: database, catalog: FrameworkCatalog(), clock: { clock.now })
        var assessments: [UUID] = []
        var evidence: [UUID] = []
        for (organization, owner) in [(orgA, users[.owner]!), (orgB, ownerB)] {
            let actor = AssessmentService.Actor(userID: owner.id, name: owner.email)
            let assessment = try await service.create(
                organization: organization,
                framework: "hicp@2018",
                tier: .small,
                title: nil,
                questionnaire: nil,
                actor: actor
            )
            _ = try await service.answer(
                .init(requirementID: "1.S.A", status: "partial"),
                assessmentID: assessment.id,
                organizationID: organization.id,
                actor: actor
            )
            let file = try await service.attachFile(
                Array("policy of \(organization.name)".utf8),
                name: "policy.txt",
                mediaType: "text/plain",
                requirementID: "1.S.A",
                assessmentID: assessment.id,
                organizationID: organization.id,
                actor: actor
            )
            assessments.append(assessment.id)
            evidence.append(file.id)
        }
        // One incident per organization that makes reports due (PHI of ten patients).
        let incidentService = IncidentService(database: database, clock: { clock.now })
        var incidents: [UUID] = []
        for (organization, owner) in [(orgA, users[.owner]!), (orgB, ownerB)] {
            let incident = try await incidentService.create(
                Incident(
                    organizationID: organization.id,
                    title: "Ransomware at \(organization.name)",
                    kind: .ransomware,
                    discoveredAt: clock.now.addingTimeInterval(-86_400),
                    timeZone: "America/Chicago",
                    phiInvolved: true,
                    individualsAffected: 10
                ),
                actor: AssessmentService.Actor(userID: owner.id, name: owner.email)
            )
            incidents.append(incident.id)
        }
        // One scanned host per organization.
        let inventory = InventoryService(database: database, clock: { clock.now })
        var assets: [UUID] = []
        for (index, organization) in [orgA, orgB].enumerated() {
            _ = try await inventory.importNmap(
                Data(nmapSample(address: "10.\(index + 1).0.5").utf8),
                file: "scan.xml",
                organizationID: organization.id,
                actor: .cli
            )
            assets.append(try await store.assets.list(organizationID: organization.id)[0].id)
        }
        return Fixture(
            database: database,
            configuration: configuration,
            clock: clock,
            orgA: orgA,
            orgB: orgB,
            users: users,
            ownerB: ownerB,
            tokensA: tokensA,
            tokenB: tokenB,
            tokenBID: tokenBID,
            sessionsA: sessionsA,
            entryA: entryA,
            entryB: entryB,
            windowA: windowA,
            windowB: windowB,
            tokenAViewerID: tokenAViewerID,
            assessmentA: assessments[0],
            assessmentB: assessments[1],
            evidenceA: evidence[0],
            evidenceB: evidence[1],
            incidentA: incidents[0],
            incidentB: incidents[1],
            assetA: assets[0],
            assetB: assets[1]
        )
    }

    var store: Store { database.store }

    func application() throws -> some ApplicationProtocol {
        let clock = self.clock
        return try buildApplication(
            configuration: configuration,
            database: database,
            logger: TestDatabase.logger,
            clock: { clock.now }
        )
    }

    func router() -> Router<WardRequestContext> {
        let clock = self.clock
        return buildRouter(
            services: ServerServices(
                configuration: configuration,
                database: database,
                logger: TestDatabase.logger,
                registry: .init(),
                clock: { clock.now }
            )
        )
    }

    /// Runs `body` against the application in-process.
    func test<R: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> R) async throws -> R {
        try await application().test(.router, body)
    }

    func bearer(_ secret: String) -> HTTPFields { [.authorization: "Bearer \(secret)"] }

    func session(_ role: Role, csrfHeader: Bool = true) -> HTTPFields {
        let session = sessionsA[role]!
        var fields: HTTPFields = [.cookie: "\(AuthenticationMiddleware.sessionCookie)=\(session.cookie)"]
        if csrfHeader { fields[.xCSRFToken] = session.csrf }
        return fields
    }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
    var now: Date { current.withLock { $0 } }
    func advance(by seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let dictionary = object as? [String: Any] else {
            throw WardError(.invalidInput, "not a JSON object: \(text)")
        }
        return dictionary
    }
}

func jsonBody(_ object: [String: Any]) -> ByteBuffer {
    ByteBuffer(data: try! JSONSerialization.data(withJSONObject: object))
}

func formBody(_ fields: [String: String]) -> ByteBuffer {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
    return ByteBuffer(
        string: fields.map {
            "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    )
}

/// A small nmap XML document with one host that was up.
func nmapSample(address: String, mac: String = "00:09:FB:12:34:56", ports: [Int] = [104, 443]) -> String {
    let portElements = ports.map {
        #"<port protocol="tcp" portid="\#($0)"><state state="open" reason="syn-ack"/><service name="probe"/></port>"#
    }.joined()
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE nmaprun>
        <nmaprun scanner="nmap" args="nmap" start="1799990000" version="7.93" xmloutputversion="1.05">
        <host><status state="up" reason="arp-response"/><address addr="\(address)" addrtype="ipv4"/>
        <address addr="\(mac)" addrtype="mac" vendor="Philips Medical Systems"/>
        <ports>\(portElements)</ports></host>
        <runstats><finished time="1799990100" exit="success"/></runstats>
        </nmaprun>
        """
}

/// A small Nessus v2 export with one host and the given plugins (each critical, on port 445).
func nessusSample(address: String, plugins: [String]) -> String {
    let items = plugins.map {
        #"<ReportItem port="445" svc_name="cifs" protocol="tcp" severity="4" pluginID="\#($0)" pluginName="Plugin \#($0)" pluginFamily="Windows"><cve>CVE-2017-0144</cve></ReportItem>"#
    }.joined()
    return """
        <?xml version="1.0" ?>
        <NessusClientData_v2><Report name="weekly">
        <ReportHost name="\(address)"><HostProperties><tag name="host-ip">\(address)</tag></HostProperties>
        <ReportItem port="445" svc_name="cifs" protocol="tcp" severity="0" pluginID="0" pluginName="" pluginFamily=""/>
        \(items)</ReportHost></Report></NessusClientData_v2>
        """
}
