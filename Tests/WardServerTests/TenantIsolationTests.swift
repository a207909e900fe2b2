import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WardCore
import WardResponse
import WardStore
import WardTesting

@testable import WardServer

/// Walks every route of the router, so a route added later without the organization check fails here.
@Suite("Tenant isolation and least privilege")
struct TenantIsolationTests {
    /// A valid body for each state-changing API route, so that a 404 or 403 cannot hide behind a 400.
    static let apiBodies: [String: String] = [
        "POST /api/v1/organizations": #"{"name": "Probe", "kind": "clinic", "sizeTier": "small"}"#,
        "PATCH /api/v1/organizations/{org}": #"{"name": "Renamed"}"#,
        "POST /api/v1/organizations/{org}/members": #"{"email": "probe@alpha.example", "role": "viewer"}"#,
        "PATCH /api/v1/organizations/{org}/members/{user}": #"{"role": "viewer"}"#,
        "POST /api/v1/organizations/{org}/tokens": #"{"name": "probe", "role": "viewer"}"#,
        "POST /api/v1/organizations/{org}/scope/entries": #"{"kind": "include", "target": "10.9.0.0/16"}"#,
        "POST /api/v1/organizations/{org}/scope/windows": #"{"window": "sat 00:00-06:00 UTC"}"#,
        "POST /api/v1/organizations/{org}/scope/check": #"{"target": "10.1.2.3"}"#,
        "POST /api/v1/organizations/{org}/size-suggestion": #"{"providers": 5, "beds": 0}"#,
        "POST /api/v1/organizations/{org}/assessments": #"{"framework": "hicp@2018", "tier": "small"}"#,
        "POST /api/v1/organizations/{org}/assessments/{assessment}/answers":
            #"{"answers": [{"requirementID": "1.S.B", "status": "planned"}]}"#,
        "PUT /api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}": #"{"status": "implemented"}"#,
        "POST /api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}/evidence/links":
            #"{"url": "https://intranet.example/policy"}"#,
        "POST /api/v1/organizations/{org}/assessments/{assessment}/answers/{requirement}/evidence/files": "a policy",
        "POST /api/v1/frameworks/validate": catalogFilesBody,
        "POST /api/v1/reporting-rules": catalogFilesBody,
        "POST /api/v1/organizations/{org}/incidents":
            #"{"title": "Probe", "kind": "other", "discoveredAt": "2027-01-01T00:00:00Z"}"#,
        "PUT /api/v1/organizations/{org}/incidents/{incident}":
            #"{"title": "Probe", "kind": "ransomware", "discoveredAt": "2027-01-01T00:00:00Z"}"#,
        "POST /api/v1/organizations/{org}/incidents/{incident}/timeline": #"{"text": "probe"}"#,
        "POST /api/v1/organizations/{org}/incidents/{incident}/evidence": "ransom note",
        "POST /api/v1/organizations/{org}/imports/nmap": nmapSample(address: "10.9.9.9", mac: "02:00:00:00:00:09"),
        "POST /api/v1/organizations/{org}/imports/nessus": nessusSample(address: "10.9.9.9", plugins: ["97833"]),
        "POST /api/v1/organizations/{org}/training/modules":
            #"{"id": "probe", "title": "Probe", "topic": "phishing", "minutes": 10}"#,
        "POST /api/v1/organizations/{org}/training/records":
            "person,department,module,assigned_at,completed_at\nAna,Front desk,probe,2027-01-02,\n",
        "POST /api/v1/organizations/{org}/training/phishing":
            "campaign,person,department,sent_at,clicked\nJan,Ana,Front desk,2027-01-02,no\n",
        "POST /api/v1/organizations/{org}/incidents/{incident}/checklist/{step}": #"{"done": true}"#,
        "POST /api/v1/organizations/{org}/incidents/{incident}/reports/{obligation}/filed": #"{"reference": "probe"}"#,
        "POST /api/v1/frameworks": catalogFilesBody,
        "PATCH /api/v1/organizations/{org}/assets/{asset}": #"{"owner": "Probe", "tags": ["probe"]}"#,
        "POST /api/v1/organizations/{org}/imports/openvas": openVASSample,
        "POST /api/v1/organizations/{org}/imports/csv": "name,addresses\nProbe,10.9.9.9\n",
        "POST /api/v1/organizations/{org}/findings/{finding}/false-positive": #"{"reason": "probe"}"#,
        "POST /api/v1/organizations/{org}/findings/{finding}/accept":
            #"{"approver": "Probe", "expiresAt": "2030-01-01T00:00:00Z", "compensatingControls": "probe"}"#,
        "POST /api/v1/organizations/{org}/findings/{finding}/reopen": #"{"reason": "probe"}"#,
        "PUT /api/v1/organizations/{org}/remediation/policy":
            #"{"criticalDays": 7, "highDays": 14, "reopenWindowDays": 30, "falsePositiveDays": 90}"#,
        "PUT /api/v1/organizations/{org}/rescan":
            #"{"enabled": true, "policy": {"highHours": 48}, "profile": "gentle", "ports": "22,443"}"#,
        "POST /api/v1/organizations/{org}/agents": #"{"name": "probe", "segment": ["10.9.0.0/16"]}"#,
        "POST /api/v1/organizations/{org}/scans": #"{"targets": ["10.1.0.5"], "ports": "443"}"#,
        "POST /api/v1/organizations/{org}/alerts/subscriptions":
            #"{"filter": "vendor", "value": "Philips", "channel": {"type": "syslog", "settings": {"host": "127.0.0.1", "port": 514, "transport": "udp", "facility": 20}}}"#,
        "POST /api/v1/organizations/{org}/assets/{asset}/sbom":
            #"{"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [{"type": "library", "name": "probe", "version": "1.0"}]}"#,
    ]

    /// A small Greenbone report with one high result, for the OpenVAS import.
    static let openVASSample = """
        <report id="probe"><scan_run_status>Done</scan_run_status><results><result id="p1"><host>10.9.9.9</host>
        <port>443/tcp</port><nvt oid="1.3.6.1.4.1.25623.1.0.990010"><name>Probe</name><cvss_base>10.0</cvss_base>
        </nvt><threat>High</threat></result></results></report>
        """

    /// The agent protocol (`/api/v1/agent/…`) opens only with an agent token, so the walks with API tokens and
    /// sessions leave it out; `agentProtocolTakesOnlyAgentTokens` covers it.
    static let agentProtocolPrefix = "/api/v1/agent/"

    /// Objects of the inventory and scanning routes that the shared fixture does not hold: per organization, a finding
    /// (its key percent-encoded for the path), a scan agent with its token, and a queued scan job for that agent.
    struct Probes: Sendable {
        var findingA: String
        var findingB: String
        var agentA: UUID
        var agentB: UUID
        var agentTokenA: String
        var jobA: UUID
        var jobB: UUID
        var subscriptionA: UUID
        var subscriptionB: UUID
        var scanA: UUID
        var scanB: UUID
    }

    static func probes(_ fixture: Fixture) async throws -> Probes {
        let inventory = InventoryService(database: fixture.database, clock: { fixture.clock.now })
        let scanning = ScanningService(database: fixture.database, clock: { fixture.clock.now })
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        var findings: [String] = []
        var agents: [(UUID, String)] = []
        var jobs: [UUID] = []
        var subscriptions: [UUID] = []
        var scans: [UUID] = []
        for (index, organization) in [fixture.orgA, fixture.orgB].enumerated() {
            let address = "10.\(index + 1).0.5"
            _ = try await inventory.importNessus(
                Data(nessusSample(address: address, plugins: ["97833"]).utf8),
                file: "probe.nessus",
                organizationID: organization.id,
                actor: .cli
            )
            let key = try #require(try await fixture.store.findings.all(organizationID: organization.id).keys.first)
            #expect(key.contains("|"), "a finding key has parts separated by |")
            findings.append(key.addingPercentEncoding(withAllowedCharacters: allowed)!)
            let (agent, token) = try await scanning.createAgent(
                name: "probe agent",
                segment: ["10.\(index + 1).0.0/16"],
                organizationID: organization.id,
                actor: .cli
            )
            agents.append((agent.id, token))
            let job = ScanJob(
                organizationID: organization.id,
                target: address,
                agentID: agent.id,
                ports: "443",
                reason: "probe",
                dueAt: fixture.clock.now,
                createdAt: fixture.clock.now
            )
            #expect(try await fixture.store.scanJobs.enqueue(job))
            jobs.append(job.id)
            let subscription = AlertSubscription(
                organizationID: organization.id,
                filter: .all,
                value: nil,
                channel:
                    #"{"type": "syslog", "settings": {"host": "127.0.0.1", "port": 514, "transport": "udp", "facility": 20}}"#,
                createdAt: fixture.clock.now
            )
            try await fixture.store.intelAlerts.subscribe(subscription)
            subscriptions.append(subscription.id)
            let scan = ScanRun(
                organizationID: organization.id,
                targets: [address],
                ports: "443",
                profile: "gentle",
                identify: true,
                requestedBy: "probe",
                requestedByUserID: nil,
                createdAt: fixture.clock.now,
                addressesTotal: 1,
                pairsTotal: 1
            )
            try await fixture.store.scanRuns.insert(scan)
            // Ended, so that the server's own scan runner leaves it alone while the routes are walked.
            _ = try await fixture.store.scanRuns.requestCancel(
                scan.id,
                organizationID: organization.id,
                at: fixture.clock.now
            )
            scans.append(scan.id)
        }
        return Probes(
            findingA: findings[0],
            findingB: findings[1],
            agentA: agents[0].0,
            agentB: agents[1].0,
            agentTokenA: agents[0].1,
            jobA: jobs[0],
            jobB: jobs[1],
            subscriptionA: subscriptions[0],
            subscriptionB: subscriptions[1],
            scanA: scans[0],
            scanB: scans[1]
        )
    }

    /// A valid, new framework file wrapped for the import and validate routes.
    static let catalogFilesBody: String = {
        let framework = """
            {"format": "ward-framework/1", "id": "probe", "edition": "1", "title": "Probe", "publisher": "tests",
             "source": "https://example.org/probe", "date": "2026-01", "confidence": "verified", "description": "d",
             "levels": ["rule"], "requirements": [{"id": "P1", "title": "Probe rule", "guidance": "g"}]}
            """
        let content = String(decoding: try! JSONEncoder().encode(framework), as: UTF8.self)
        return #"{"files": [{"name": "probe.json", "content": "# + String(content) + "}]}"
    }()

    /// State-changing routes a viewer may call, and why.
    static let viewerAllowed: Set<String> = [
        "POST /api/v1/organizations/{org}/scope/check",  // answers a question, changes nothing
        "POST /api/v1/organizations/{org}/size-suggestion",  // computes a suggestion, stores nothing
        "POST /api/v1/frameworks/validate",  // checks files, stores nothing
    ]

    /// A route as a sendable value: method and path pattern with a leading slash.
    struct Route: Sendable {
        var method: HTTPRequest.Method
        var path: String
        var key: String { "\(method.rawValue) \(path)" }
    }

    static func routes(_ fixture: Fixture) -> [Route] {
        fixture.router().routes.map { route in
            let path = "\(route.path)"
            // Hummingbird describes parameters as {name}, as OpenAPI does.
            return Route(method: route.method, path: path.hasPrefix("/") ? path : "/" + path)
        }
    }

    static func fill(
        _ path: String,
        fixture: Fixture,
        probes: Probes,
        organization: UUID,
        objectsOf owner: Organization
    ) -> String {
        let isB = owner.id == fixture.orgB.id
        let values: [String: String] = [
            "org": organization.uuidString,
            "user": (isB ? fixture.ownerB.id : fixture.users[.analyst]!.id).uuidString,
            "token": (isB ? fixture.tokenBID : fixture.tokenAViewerID).uuidString,
            "entry": (isB ? fixture.entryB : fixture.entryA).uuidString,
            "window": (isB ? fixture.windowB : fixture.windowA).uuidString,
            "assessment": (isB ? fixture.assessmentB : fixture.assessmentA).uuidString,
            "other": (isB ? fixture.assessmentB : fixture.assessmentA).uuidString,
            "evidence": (isB ? fixture.evidenceB : fixture.evidenceA).uuidString,
            "requirement": "1.S.A",
            "framework": "hicp",
            "group": "1",
            "incident": (isB ? fixture.incidentB : fixture.incidentA).uuidString,
            "step": Playbooks.all[.ransomware]!.steps[0].id,
            "asset": (isB ? fixture.assetB : fixture.assetA).uuidString,
            "obligation": "us-federal:hipaa-individual-notice",
            "finding": isB ? probes.findingB : probes.findingA,
            "agent": (isB ? probes.agentB : probes.agentA).uuidString,
            "job": (isB ? probes.jobB : probes.jobA).uuidString,
            "subscription": (isB ? probes.subscriptionB : probes.subscriptionA).uuidString,
            "scan": (isB ? probes.scanB : probes.scanA).uuidString,
        ]
        let prefix = path.hasPrefix("/") ? "" : "/"
        return prefix
            + path.split(separator: "/").map { part in
                part.hasPrefix("{") ? values[String(part.dropFirst().dropLast()), default: "unknown"] : String(part)
            }.joined(separator: "/")
    }

    @Test(arguments: TestDatabase.engines)
    func memberOfAGets404ForEveryObjectOfB(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let routes = Self.routes(fixture).filter { $0.path.contains("{org}") && $0.path.hasPrefix("/api/v1") }
            let uiRoutes = Self.routes(fixture).filter { $0.path.hasPrefix("/orgs/{org}") }
            #expect(routes.count >= 15, "the walk sees the organization routes")
            let probes = try await Self.probes(fixture)
            let before = try await Self.snapshot(fixture)
            try await fixture.test { client in
                for route in routes {
                    let key = route.key
                    let body = Self.apiBodies[key].map { ByteBuffer(string: $0) }
                    // B's organization, with A's most powerful token.
                    let uri = Self.fill(
                        route.path,
                        fixture: fixture,
                        probes: probes,
                        organization: fixture.orgB.id,
                        objectsOf: fixture.orgB
                    )
                    try await client.execute(
                        uri: uri,
                        method: route.method,
                        headers: fixture.bearer(fixture.tokensA[.owner]!),
                        body: body
                    ) { response async throws in
                        #expect(response.status == .notFound, "\(key) with organization B answered \(response.status)")
                    }
                    // A's organization in the path, B's objects in the rest of it.
                    if route.path.split(separator: "{").count > 2 {
                        let mixed = Self.fill(
                            route.path,
                            fixture: fixture,
                            probes: probes,
                            organization: fixture.orgA.id,
                            objectsOf: fixture.orgB
                        )
                        try await client.execute(
                            uri: mixed,
                            method: route.method,
                            headers: fixture.bearer(fixture.tokensA[.owner]!),
                            body: body
                        ) { response async throws in
                            #expect(
                                response.status == .notFound,
                                "\(key) with B's object under A answered \(response.status)"
                            )
                        }
                    }
                }
                // The same holds for a browser session of A's owner on B's UI pages.
                for route in uiRoutes {
                    let uri = Self.fill(
                        route.path,
                        fixture: fixture,
                        probes: probes,
                        organization: fixture.orgB.id,
                        objectsOf: fixture.orgB
                    )
                    let session = fixture.sessionsA[.owner]!
                    try await client.execute(
                        uri: uri,
                        method: route.method,
                        headers: fixture.session(.owner),
                        body: route.method == .post ? formBody(["_csrf": session.csrf]) : nil
                    ) { response async throws in
                        #expect(response.status == .notFound, "UI \(route.key) for B answered \(response.status)")
                    }
                }
                // The percent-encoded finding keys of the walk name real findings: A's owner reads A's.
                try await client.execute(
                    uri: "/api/v1/organizations/\(fixture.orgA.id)/findings/\(probes.findingA)",
                    method: .get,
                    headers: fixture.bearer(fixture.tokensA[.owner]!)
                ) { response async throws in
                    #expect(response.status == .ok, "A's own finding answered \(response.status)")
                }
                // Lists show only A.
                try await client.execute(uri: "/api/v1/organizations", method: .get, headers: fixture.session(.owner)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains(fixture.orgA.id.uuidString))
                    #expect(!response.text.contains(fixture.orgB.id.uuidString))
                }
            }
            // Nothing of B changed.
            #expect(
                try await fixture.store.scope.entries(organizationID: fixture.orgB.id).map(\.id) == [fixture.entryB]
            )
            #expect(
                try await fixture.store.tokens.list(organizationID: fixture.orgB.id).allSatisfy { $0.revokedAt == nil }
            )
            #expect(try await fixture.store.memberships.members(of: fixture.orgB.id).map(\.role) == [.owner])
            #expect(try await fixture.store.organizations.get(fixture.orgB.id)?.name == "Bravo Hospital")
            #expect(
                try await fixture.store.findings.all(organizationID: fixture.orgB.id).values.map(\.status) == [.open]
            )
            #expect(
                try await fixture.store.scanAgents.list(organizationID: fixture.orgB.id).map(\.revokedAt) == [nil]
            )
            #expect(try await fixture.store.assets.get(fixture.assetB, organizationID: fixture.orgB.id).owner == nil)
            #expect(try await Self.snapshot(fixture) == before, "nothing of either organization changed")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func viewerCannotChangeAnything(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            // The agent protocol takes agent tokens only; `agentProtocolTakesOnlyAgentTokens` covers it.
            let routes = Self.routes(fixture).filter {
                ![.get, .head].contains($0.method) && !$0.path.hasPrefix(Self.agentProtocolPrefix)
            }
            let probes = try await Self.probes(fixture)
            let before = try await Self.snapshot(fixture)
            try await fixture.test { client in
                for route in routes {
                    let key = route.key
                    let path = route.path
                    if path.hasPrefix("/api/v1") {
                        let uri = Self.fill(
                            path,
                            fixture: fixture,
                            probes: probes,
                            organization: fixture.orgA.id,
                            objectsOf: fixture.orgA
                        )
                        let body = Self.apiBodies[key].map { ByteBuffer(string: $0) }
                        for headers in [fixture.bearer(fixture.tokensA[.viewer]!), fixture.session(.viewer)] {
                            try await client.execute(uri: uri, method: route.method, headers: headers, body: body) {
                                response async throws in
                                if Self.viewerAllowed.contains(key) {
                                    #expect(response.status == .ok, "\(key) answered \(response.status)")
                                } else {
                                    #expect(
                                        response.status == .forbidden,
                                        "viewer: \(key) answered \(response.status): \(response.text)"
                                    )
                                }
                            }
                        }
                    } else if path.contains("{org}") || path.contains("organizations/new") {
                        let uri = Self.fill(
                            path,
                            fixture: fixture,
                            probes: probes,
                            organization: fixture.orgA.id,
                            objectsOf: fixture.orgA
                        )
                        let fields = [
                            "_csrf": fixture.sessionsA[.viewer]!.csrf, "name": "Probe", "kind": "include",
                            "target": "10.9.0.0/16", "window": "sat 00:00-06:00 UTC", "email": "p@alpha.example",
                            "role": "viewer", "size_tier": "small",
                        ]
                        try await client.execute(
                            uri: uri,
                            method: route.method,
                            headers: fixture.session(.viewer),
                            body: formBody(fields)
                        ) { response async throws in
                            #expect(response.status == .forbidden, "viewer UI: \(key) answered \(response.status)")
                        }
                    }
                }
            }
            #expect(try await Self.snapshot(fixture) == before, "the viewer changed nothing")
        }
    }

    /// Everything a viewer could try to change, in a comparable form.
    static func snapshot(_ fixture: Fixture) async throws -> [String] {
        let store = fixture.store
        var rows: [String] = []
        for organization in try await store.organizations.all() {
            rows.append("org \(organization.id) \(organization.name) \(organization.kind) \(organization.sizeTier)")
            rows += try await store.memberships.members(of: organization.id).map {
                "member \($0.user.email) \($0.role)"
            }
            rows += try await store.scope.entries(organizationID: organization.id).map { "entry \($0.id)" }
            rows += try await store.scope.windows(organizationID: organization.id).map { "window \($0.id)" }
            rows += try await store.tokens.list(organizationID: organization.id).map {
                "token \($0.id) \($0.revokedAt == nil)"
            }
            for assessment in try await store.assessments.list(organizationID: organization.id) {
                rows.append("assessment \(assessment.id)")
                rows += try await store.assessments.answers(
                    assessmentID: assessment.id,
                    organizationID: organization.id
                )
                .values.map { "answer \($0.requirementID) v\($0.version) \($0.status) signed \($0.isSigned)" }.sorted()
                rows += try await store.assessments.evidence(
                    assessmentID: assessment.id,
                    organizationID: organization.id
                )
                .map { "evidence \($0.id)" }
            }
        }
        for organization in try await store.organizations.all() {
            for incident in try await store.incidents.list(organizationID: organization.id) {
                rows.append("incident \(incident.id) \(incident.status) \(incident.title) \(incident.kind)")
                rows += try await store.incidents.timeline(incidentID: incident.id, organizationID: organization.id).map
                { "timeline \($0.id)" }
                rows += try await store.incidents.checklist(incidentID: incident.id, organizationID: organization.id)
                    .keys.sorted()
                rows += try await store.incidents.filedReports(incidentID: incident.id, organizationID: organization.id)
                    .map(\.obligationID)
            }
        }
        rows += try await store.incidents.ruleSetBodies().map { "rule set \($0.id)" }
        for organization in try await store.organizations.all() {
            rows += try await store.training.modules(organizationID: organization.id).map { "module \($0.id)" }
            rows.append("training records \(try await store.training.records(organizationID: organization.id).count)")
            rows.append("phishing results \(try await store.training.results(organizationID: organization.id).count)")
            rows += try await store.assets.list(organizationID: organization.id).map {
                "asset \($0.id) \($0.addresses) \($0.name) \($0.owner ?? "-") \($0.tags) \(String(describing: $0.medical))"
            }
            rows += try await store.findings.all(organizationID: organization.id).values.map {
                "finding \($0.key) \($0.status) \($0.reopenCount)"
            }.sorted()
            let remediation = try await store.settings.get(
                InventoryService.remediationSetting,
                as: RemediationPolicy.self,
                organizationID: organization.id
            )
            rows.append("remediation \(String(describing: remediation))")
            let rescan = try await store.settings.get(
                RescanSettings.name,
                as: RescanSettings.self,
                organizationID: organization.id
            )
            rows.append("rescan \(String(describing: rescan))")
            rows += try await store.scanAgents.list(organizationID: organization.id).map {
                "agent \($0.id) \($0.revokedAt == nil)"
            }
            rows += try await store.scanJobs.list(organizationID: organization.id).map { "job \($0.id) \($0.state)" }
            rows += try await store.scanRuns.list(organizationID: organization.id).map {
                "scan \($0.id) \($0.state) \($0.cancelRequested)"
            }
            rows += try await store.assetSBOMs.list(organizationID: organization.id).map {
                "sbom \($0.assetID) \($0.sha256)"
            }
            rows += try await store.intelAlerts.subscriptions(organizationID: organization.id).map {
                "subscription \($0.id)"
            }
            rows += try await store.intelAlerts.list(organizationID: organization.id).map {
                "alert \($0.vulnerability) \($0.state) \($0.lastSeen)"
            }
        }
        rows += try await store.frameworkDocuments.all().map { "framework document \($0.name)" }
        return rows
    }

    /// API tokens and sessions do not open the agent protocol, an agent token opens nothing else, and an agent sees
    /// only its own organization's jobs.
    @Test(arguments: TestDatabase.engines)
    func agentProtocolTakesOnlyAgentTokens(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let probes = try await Self.probes(fixture)
            let agentRoutes = Self.routes(fixture).filter { $0.path.hasPrefix(Self.agentProtocolPrefix) }.map(\.key)
            #expect(
                Set(agentRoutes) == ["GET /api/v1/agent/jobs", "POST /api/v1/agent/jobs/{job}/results"],
                "a new agent protocol route needs its checks here"
            )
            let results = #"""
                {"address": "10.1.0.5", "up": true, "ports": [{"port": 443, "transport": "tcp", "state": "open"}],
                 "filteredCount": 0, "profile": "gentle", "startedAt": "2027-01-15T08:00:00Z",
                 "finishedAt": "2027-01-15T08:01:00Z"}
                """#
            let callers: [(String, HTTPFields)] =
                Role.allCases.map { ("\($0) API token", fixture.bearer(fixture.tokensA[$0]!)) }
                + Role.allCases.map { ("\($0) session", fixture.session($0)) }
                + [("B's API token", fixture.bearer(fixture.tokenB)), ("no credentials", [:])]
            let before = try await Self.snapshot(fixture)
            try await fixture.test { client in
                for (caller, headers) in callers {
                    try await client.execute(uri: "/api/v1/agent/jobs", method: .get, headers: headers) {
                        response async throws in
                        #expect(
                            response.status == .unauthorized,
                            "\(caller): GET agent/jobs answered \(response.status)"
                        )
                    }
                    try await client.execute(
                        uri: "/api/v1/agent/jobs/\(probes.jobA)/results",
                        method: .post,
                        headers: headers,
                        body: ByteBuffer(string: results)
                    ) { response async throws in
                        #expect(
                            response.status == .unauthorized,
                            "\(caller): POST agent results answered \(response.status)"
                        )
                    }
                }
                #expect(try await Self.snapshot(fixture) == before, "the refused calls changed nothing")
                let agent = fixture.bearer(probes.agentTokenA)
                // The agent token opens no organization route and no account route.
                for uri in [
                    "/api/v1/me", "/api/v1/organizations/\(fixture.orgA.id)/assets",
                    "/api/v1/organizations/\(fixture.orgA.id)/scan-jobs",
                ] {
                    try await client.execute(uri: uri, method: .get, headers: agent) { response async throws in
                        #expect(response.status == .unauthorized, "agent token: \(uri) answered \(response.status)")
                    }
                }
                // B's job is not there for A's agent.
                try await client.execute(
                    uri: "/api/v1/agent/jobs/\(probes.jobB)/results",
                    method: .post,
                    headers: agent,
                    body: ByteBuffer(string: results)
                ) { response async throws in
                    #expect(response.status == .notFound, "A's agent on B's job answered \(response.status)")
                }
                // The agent itself is let in (so the answers above are about the credentials).
                try await client.execute(uri: "/api/v1/agent/jobs", method: .get, headers: agent) {
                    response async throws in
                    #expect(response.status == .ok, "agent token: GET agent/jobs answered \(response.status)")
                    #expect(!response.text.lowercased().contains(probes.jobB.uuidString.lowercased()))
                }
            }
            #expect(
                try await fixture.store.scanJobs.list(organizationID: fixture.orgB.id).map(\.state) == [.queued],
                "B's job stays queued"
            )
        }
    }

    @Test func auditLogIsReadableByOwnersAndAuditorsOnly() async throws {
        try await Fixture.with { fixture in
            try await fixture.test { client in
                for role in Role.allCases {
                    try await client.execute(
                        uri: "/api/v1/organizations/\(fixture.orgA.id)/audit",
                        method: .get,
                        headers: fixture.bearer(fixture.tokensA[role]!)
                    ) { response async throws in
                        let expected: HTTPResponse.Status = [.owner, .auditor].contains(role) ? .ok : .forbidden
                        #expect(response.status == expected, "\(role) got \(response.status)")
                    }
                    try await client.execute(
                        uri: "/orgs/\(fixture.orgA.id)/audit",
                        method: .get,
                        headers: fixture.session(role)
                    ) { response async throws in
                        let expected: HTTPResponse.Status = [.owner, .auditor].contains(role) ? .ok : .forbidden
                        #expect(response.status == expected, "UI \(role) got \(response.status)")
                    }
                }
            }
        }
    }
}
