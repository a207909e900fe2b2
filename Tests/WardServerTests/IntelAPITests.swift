import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing
import WardCore
import WardIntel
import WardStore
import WardTesting

@testable import WardServer

/// SBOMs, matches and alerts through the JSON API, with real NVD records, KEV and the device SBOM.
@Suite("Intelligence API", .enabled(if: SharedData.enabled, SharedData.skipMessage))
struct IntelAPITests {
    @Test(arguments: TestDatabase.engines)
    func anSBOMUploadLeadsToMatchesAndAlerts(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            var records: [NVDRecord] = []
            for id in ["CVE-2022-25640", "CVE-2021-44718", "CVE-2018-16525"] {
                let url = try SharedData.url("nvd/\(id).json")
                records += try NVDReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
            }
            let kevURL = try SharedData.url("kev/known_exploited_vulnerabilities.json")
            let kevData = try Data(contentsOf: kevURL)
            let kev = try KEVReader.read(kevData, file: "kev.json")
            let documents = try records.map(IntelFeedDocument.nvd)
            try await fixture.database.transaction { store in
                _ = try await store.intelFeeds.importKEV(
                    kev,
                    file: FeedFile(source: "kev.json", data: kevData),
                    at: Date()
                )
                _ = try await store.intelFeeds.importDocuments(
                    documents,
                    kind: .nvd,
                    file: FeedFile(source: "nvd", data: Data("nvd".utf8)),
                    version: nil,
                    at: Date()
                )
            }
            let sbom = try Data(contentsOf: try SharedData.url("sbom/medical-device/extended.sbom.json"))
            let owner = fixture.bearer(fixture.tokensA[.owner]!)
            let base = "/api/v1/organizations/\(fixture.orgA.id)"
            let app = Application(router: fixture.router())
            try await app.test(.router) { client in
                try await client.execute(
                    uri: "\(base)/assets/\(fixture.assetA)/sbom?name=pump.cdx.json",
                    method: .post,
                    headers: owner,
                    body: ByteBuffer(data: sbom)
                ) { response in
                    #expect(response.status == .created)
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    #expect(body?["components"] as? Int == 65 && body?["format"] as? String == "cyclonedx")
                }
                try await client.execute(uri: "\(base)/intel/matches", method: .get, headers: owner) { response in
                    #expect(response.status == .ok)
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    let items = body?["items"] as? [[String: Any]] ?? []
                    let cves = Set(items.compactMap { $0["vulnerability"] as? String })
                    #expect(cves == ["CVE-2022-25640", "CVE-2021-44718", "CVE-2018-16525"], "\(cves)")
                    let wolf = items.first { $0["vulnerability"] as? String == "CVE-2022-25640" }
                    let reasons = (wolf?["sources"] as? [[String: Any]])?.compactMap { $0["reason"] as? String } ?? []
                    #expect(reasons.contains { $0.contains("before 5.2.0") }, "\(reasons)")
                }
                try await client.execute(uri: "\(base)/alerts/refresh", method: .post, headers: owner) { response in
                    #expect(response.status == .ok)
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    #expect((body?["raised"] as? [String])?.count == 3, "\(String(describing: body))")
                }
                try await client.execute(uri: "\(base)/alerts?vendor=wolfSSL%20Inc.", method: .get, headers: owner) {
                    response in
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    let items = body?["items"] as? [[String: Any]] ?? []
                    #expect(
                        Set(items.compactMap { $0["vulnerability"] as? String }) == [
                            "CVE-2022-25640", "CVE-2021-44718",
                        ]
                    )
                    #expect(items.allSatisfy { ($0["matches"] as? [Any])?.isEmpty == false })
                }
                try await client.execute(uri: "\(base)/alerts?state=bogus", method: .get, headers: owner) { response in
                    #expect(response.status == .badRequest)
                }
                // The alerts page lists each alert with the reason for every match.
                try await client.execute(
                    uri: "/orgs/\(fixture.orgA.id)/alerts?vendor=wolfSSL",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) { response in
                    #expect(response.status == .ok)
                    let page = String(buffer: response.body)
                    #expect(page.contains("CVE-2022-25640") && page.contains("before 5.2.0"), "\(page.prefix(400))")
                    #expect(!page.contains("CVE-2018-16525"), "the vendor filter leaves FreeRTOS out")
                    #expect(page.contains("/orgs/\(fixture.orgA.id)/alerts\" aria-current=\"page\""))
                }
                try await client.execute(
                    uri: "/orgs/\(fixture.orgA.id)/alerts?state=bogus",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) { response in
                    #expect(response.status == .badRequest)
                }
                // A broken SBOM is refused with its place and the one attached stays.
                try await client.execute(
                    uri: "\(base)/assets/\(fixture.assetA)/sbom?name=bad.json",
                    method: .post,
                    headers: owner,
                    body: ByteBuffer(string: #"{"bomFormat": "CycloneDX", "specVersion": "9.9"}"#)
                ) { response in
                    #expect(response.status == .badRequest || response.status == .unprocessableContent)
                    #expect(String(buffer: response.body).contains("bad.json"))
                }
                #expect(
                    try await fixture.store.assetSBOMs.list(organizationID: fixture.orgA.id).first?.fileName
                        == "pump.cdx.json"
                )
            }
        }
    }

    /// The demo clinic comes with its pump's SBOM, a few feed records and the alerts they raise.
    @Test(arguments: TestDatabase.engines)
    func theDemoClinicHasAlertsWithReasons(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let operations = LocalOperations(
                database: database,
                logger: TestDatabase.logger,
                clock: { Date() },
                passwords: PasswordHasher(testingCost: 4)
            )
            let demo = try await DemoSeed(operations: operations).seed()
            let alerts = try await database.store.intelAlerts.list(organizationID: demo.organization.id)
            #expect(Set(alerts.map(\.vulnerability)) == ["CVE-2019-0708", "CVE-2022-25640", "CVE-2018-16525"])
            let bluekeep = try #require(alerts.first { $0.vulnerability == "CVE-2019-0708" })
            #expect(bluekeep.assets == ["frontdesk-01.cedarvalley.example"])
            let matches = try IntelAlertView(bluekeep).matches()
            #expect(matches.first?.sources.map(\.kind) == ["nvd", "kev"])
            #expect(matches.first?.prioritization?.ransomware == true)
            let wolf = try #require(alerts.first { $0.vulnerability == "CVE-2022-25640" })
            #expect(wolf.assets == ["wolfSSL 4.8.1 on pump-07"] && wolf.vendors == ["wolfssl"])
            let pump = try IntelAlertView(wolf).matches().first?.prioritization
            #expect(pump?.points.wellBeing == .high, "the pump is life-sustaining")
            #expect(try await database.store.assetSBOMs.list(organizationID: demo.organization.id).count == 1)
        }
    }

    @Test func subscriptionsAreManagedByOwnersAndNeverShowTheirSecret() async throws {
        try await Fixture.with(.sqlite) { fixture in
            let base = "/api/v1/organizations/\(fixture.orgA.id)/alerts/subscriptions"
            let owner = fixture.bearer(fixture.tokensA[.owner]!)
            let app = Application(router: fixture.router())
            try await app.test(.router) { client in
                let body =
                    #"{"filter": "vendor", "value": "Philips", "channel": {"type": "webhook", "settings": {"url": "https://hooks.example/ward?token=abc", "secret": "s3cret"}}}"#
                var id = ""
                try await client.execute(uri: base, method: .post, headers: owner, body: ByteBuffer(string: body)) {
                    response in
                    #expect(response.status == .created)
                    let text = String(buffer: response.body)
                    #expect(!text.contains("s3cret") && !text.contains("token=abc"), "\(text)")
                    id =
                        (try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])?["id"]
                        as? String ?? ""
                }
                try await client.execute(uri: base, method: .get, headers: fixture.bearer(fixture.tokensA[.viewer]!)) {
                    response in
                    let text = String(buffer: response.body)
                    #expect(text.contains("hooks.example") && !text.contains("s3cret"), "\(text)")
                }
                let plain =
                    #"{"filter": "all", "channel": {"type": "webhook", "settings": {"url": "http://hooks.example/x"}}}"#
                try await client.execute(uri: base, method: .post, headers: owner, body: ByteBuffer(string: plain)) {
                    response in
                    #expect(response.status == .badRequest, "plain http is refused without allowPlainHTTP")
                }
                let noValue = #"{"filter": "vendor", "channel": {"type": "syslog", "settings": {"host": "127.0.0.1"}}}"#
                try await client.execute(uri: base, method: .post, headers: owner, body: ByteBuffer(string: noValue)) {
                    response in
                    #expect(response.status == .badRequest)
                }
                try await client.execute(uri: "\(base)/\(id)", method: .delete, headers: owner) { response in
                    #expect(response.status == .noContent)
                }
            }
            #expect(try await fixture.store.intelAlerts.subscriptions(organizationID: fixture.orgA.id).isEmpty)
        }
    }

    /// The alerts page lists who is told of new alerts; an admin adds and removes subscriptions there, a refused form
    /// comes back filled in with the reason, and an analyst sees the list without the forms.
    @Test(arguments: TestDatabase.engines)
    func subscriptionsAreManagedFromTheAlertsPage(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let page = "/orgs/\(fixture.orgA.id)/alerts"
            let csrf = fixture.sessionsA[.admin]!.csrf
            try await fixture.test { client in
                try await client.execute(uri: page, method: .get, headers: fixture.session(.admin)) { response in
                    #expect(response.status == .ok)
                    #expect(
                        response.text.contains("Nobody is told yet.") && response.text.contains("Add a subscription")
                    )
                }
                let refused: [([String: String], String)] = [
                    (
                        [
                            "filter": "vendor", "value": "wolfSSL", "channel": "smtp", "smtp_host": "relay.example",
                            "smtp_from": "w@clinic.example",
                        ],
                        "recipient"
                    ),
                    (
                        ["filter": "vendor", "value": " ", "channel": "syslog", "syslog_host": "127.0.0.1"],
                        "needs a value"
                    ),
                    (["filter": "all", "channel": "webhook", "webhook_url": "http://hooks.example/x"], "http"),
                    (["filter": "all", "channel": "syslog", "syslog_host": "127.0.0.1", "syslog_port": "x"], "port"),
                    (["filter": "all", "channel": "pigeon"], "choose a webhook, e-mail or syslog"),
                ]
                for (fields, reason) in refused {
                    try await client.execute(
                        uri: page + "/subscriptions",
                        method: .post,
                        headers: fixture.session(.admin, csrfHeader: false),
                        body: formBody(fields.merging(["_csrf": csrf]) { $1 })
                    ) { response in
                        #expect(response.status == .badRequest, "\(fields)")
                        #expect(response.text.contains(reason), "\(fields): \(reason)")
                        if let host = fields["smtp_host"] { #expect(response.text.contains("value=\"\(host)\"")) }
                    }
                }
                #expect(try await fixture.store.intelAlerts.subscriptions(organizationID: fixture.orgA.id).isEmpty)
                try await client.execute(
                    uri: page + "/subscriptions",
                    method: .post,
                    headers: fixture.session(.admin, csrfHeader: false),
                    body: formBody([
                        "_csrf": csrf, "filter": "vendor", "value": "wolfSSL", "channel": "smtp",
                        "smtp_to": "it@clinic.example, lead@clinic.example", "smtp_from": "ward@clinic.example",
                        "smtp_host": "relay.clinic.example", "smtp_port": "587",
                        "webhook_url": "ignored because e-mail was chosen",
                    ])
                ) { response in
                    #expect(response.status == .seeOther, "\(response.text)")
                }
                let stored = try await fixture.store.intelAlerts.subscriptions(organizationID: fixture.orgA.id)
                let subscription = try #require(stored.first)
                #expect(stored.count == 1 && subscription.filter == .vendor && subscription.value == "wolfSSL")
                let channel = try JSONDecoder().decode(NotificationChannel.self, from: Data(subscription.channel.utf8))
                guard case .smtp(let smtp) = channel else {
                    Issue.record("an e-mail channel was chosen: \(channel)")
                    return
                }
                #expect(smtp.host == "relay.clinic.example" && smtp.port == 587 && smtp.from == "ward@clinic.example")
                #expect(smtp.to == ["it@clinic.example", "lead@clinic.example"])
                try await client.execute(uri: page, method: .get, headers: fixture.session(.analyst)) { response in
                    #expect(response.text.contains("vendor wolfSSL") && response.text.contains(channel.name))
                    #expect(!response.text.contains("Add a subscription") && !response.text.contains(">Remove<"))
                }
                try await client.execute(
                    uri: page + "/subscriptions/\(subscription.id.uuidString.lowercased())/delete",
                    method: .post,
                    headers: fixture.session(.admin, csrfHeader: false),
                    body: formBody(["_csrf": csrf])
                ) { response in
                    #expect(response.status == .seeOther)
                }
                // Without the form's token nothing is added.
                try await client.execute(
                    uri: page + "/subscriptions",
                    method: .post,
                    headers: fixture.session(.admin, csrfHeader: false),
                    body: formBody(["filter": "all", "channel": "syslog", "syslog_host": "127.0.0.1"])
                ) { response in
                    #expect(response.status == .forbidden)
                }
            }
            #expect(try await fixture.store.intelAlerts.subscriptions(organizationID: fixture.orgA.id).isEmpty)
            let audit = try await fixture.store.audit.list(organizationID: fixture.orgA.id, limit: 50)
            #expect(audit.filter { $0.action == .alertSubscriptionChanged }.count == 2, "added and removed")
        }
    }
}
