import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

/// The inventory pages in the browser UI: imports through the form, the asset page with its medical-device edits,
/// findings with their decisions and the remediation clocks, and who may do what.
@Suite("Inventory and findings pages")
struct InventoryUITests {
    static let boundary = "WardInventoryBoundary"

    /// A `multipart/form-data` body as a browser sends the import form.
    static func importBody(
        csrf: String,
        format: String,
        fileName: String,
        content: String,
        mapping: String? = nil
    ) -> ByteBuffer {
        var fields = [("_csrf", csrf), ("format", format)]
        if let mapping { fields.append(("mapping", mapping)) }
        var text = ""
        for (name, value) in fields {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
        text += "Content-Type: application/octet-stream\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        return ByteBuffer(string: text)
    }

    static func importHeaders(_ fixture: Fixture, _ role: Role) -> HTTPFields {
        var headers = fixture.session(role, csrfHeader: false)
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return headers
    }

    static func nessusKey(_ fixture: Fixture, plugin: String = "97833") -> String {
        Finding.key(assetID: fixture.assetA, port: 445, transport: "tcp", source: "nessus", rule: plugin)
    }

    /// Imports the fixture's host as a Nessus export with one critical finding, through the form.
    static func importNessus(_ fixture: Fixture, _ client: any TestClientProtocol) async throws {
        try await client.execute(
            uri: "/orgs/\(fixture.orgA.id)/assets/import",
            method: .post,
            headers: importHeaders(fixture, .analyst),
            body: importBody(
                csrf: fixture.sessionsA[.analyst]!.csrf,
                format: "nessus",
                fileName: "weekly.nessus",
                content: nessusSample(address: "10.1.0.5", plugins: ["97833"])
            )
        ) { response async throws in
            #expect(response.status == .seeOther, "\(response.text)")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aSpreadsheetImportedThroughTheFormShowsUpAndDownloads(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let base = "/orgs/\(fixture.orgA.id)"
            let csv =
                "Device Name,IP,owner\r\n<b>Infusion pump 3</b>,10.1.0.40,Biomed\r\nFront desk PC,10.1.0.41,IT\r\n"
            try await fixture.test { client in
                let location = try await client.execute(
                    uri: base + "/assets/import",
                    method: .post,
                    headers: Self.importHeaders(fixture, .analyst),
                    body: Self.importBody(
                        csrf: fixture.sessionsA[.analyst]!.csrf,
                        format: "csv",
                        fileName: "devices.csv",
                        content: csv,
                        mapping: "name=Device Name,addresses=IP"
                    )
                ) { response async throws -> String in
                    #expect(response.status == .seeOther, "\(response.text)")
                    return try #require(response.headers[.location])
                }
                #expect(location.hasPrefix(base + "/assets?notice="))
                try await client.execute(uri: location, method: .get, headers: fixture.session(.analyst)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Read 2 rows from devices.csv: 2 new"))
                    #expect(response.text.contains("&lt;b&gt;Infusion pump 3&lt;/b&gt;"), "names are escaped")
                    #expect(!response.text.contains("<b>Infusion pump 3"))
                    #expect(response.text.contains("Front desk PC"))
                    #expect(response.text.contains("href=\"\(base)/assets.csv\""))
                    #expect(response.text.contains("href=\"/orgs/\(fixture.orgA.id.uuidString)/assets/"))
                    #expect(!response.text.contains("{{"))
                }
                try await client.execute(uri: base + "/assets.csv", method: .get, headers: fixture.session(.viewer)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                    #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
                    #expect(response.text.hasPrefix("name,addresses"))
                    #expect(response.text.contains("Front desk PC,10.1.0.41"))
                }
            }
            #expect(try await fixture.store.assets.list(organizationID: fixture.orgA.id).count == 3)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aBadRowNamesItsLineAndColumnAndImportsNothing(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let base = "/orgs/\(fixture.orgA.id)"
            let cases: [(String, String?, String)] = [
                ("name,addresses\ngood,10.1.0.41\nbad,300.1.1.1\n", nil, "bad.csv:3: addresses"),
                ("name,addresses\ngood,10.1.0.41\n", "nmae=Device", "column names"),
            ]
            try await fixture.test { client in
                for (content, mapping, expected) in cases {
                    try await client.execute(
                        uri: base + "/assets/import",
                        method: .post,
                        headers: Self.importHeaders(fixture, .analyst),
                        body: Self.importBody(
                            csrf: fixture.sessionsA[.analyst]!.csrf,
                            format: "csv",
                            fileName: "bad.csv",
                            content: content,
                            mapping: mapping
                        )
                    ) { response async throws in
                        #expect(response.status == .badRequest)
                        #expect(response.text.contains("class=\"error\""))
                        #expect(response.text.contains(expected), "\(response.text)")
                        #expect(response.text.contains("<option value=\"csv\" selected>"), "the form keeps its choice")
                    }
                }
                // A broken nmap file says where it broke, too.
                try await client.execute(
                    uri: base + "/assets/import",
                    method: .post,
                    headers: Self.importHeaders(fixture, .analyst),
                    body: Self.importBody(
                        csrf: fixture.sessionsA[.analyst]!.csrf,
                        format: "nmap",
                        fileName: "cut.xml",
                        content: String(nmapSample(address: "10.1.0.99", mac: "02:00:00:00:00:99").prefix(300))
                    )
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("cut.xml"))
                }
            }
            #expect(try await fixture.store.assets.list(organizationID: fixture.orgA.id).count == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func theAssetPageShowsAndEditsTheMedicalDetails(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let page = "/orgs/\(fixture.orgA.id)/assets/\(fixture.assetA)"
            let csrf = fixture.sessionsA[.analyst]!.csrf
            let fields = [
                "_csrf": csrf, "name": "ICU monitor 4", "owner": "Biomed team", "tags": "icu, monitors",
                "manufacturer": "Philips", "model": "IntelliVue MX450", "serial": "", "criticality": "life_supporting",
                "stores_phi": "yes", "end_of_support": "2027-12-31", "location": "ICU bed 4", "mds2_version": "2019",
                "mds2_encrypts_at_rest": "no", "mds2_customer_patch": "yes", "mds2_malware": "",
                "sbom_format": "cyclonedx", "sbom_name": "mx450-sbom.json",
                "sbom_document": "https://vendor.example/mx450-sbom.json", "sbom_components": "212",
            ]
            try await fixture.test { client in
                try await client.execute(uri: page, method: .get, headers: fixture.session(.viewer)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("10.1.0.5"))
                    #expect(response.text.contains("00:09:FB:12:34:56"))
                    #expect(response.text.contains("104/tcp"))
                    #expect(response.text.contains("This may be a medical device"))
                    #expect(!response.text.contains("/edit\""), "a viewer gets no edit form")
                    #expect(response.text.contains("from nmap scan.xml"))
                }
                // A device without a model is refused, and the form keeps what was typed.
                var incomplete = fields
                incomplete["model"] = ""
                try await client.execute(
                    uri: page + "/edit",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(incomplete)
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("a medical device names its model"))
                    #expect(response.text.contains("value=\"Biomed team\""))
                }
                // An MDS2 answer that is not yes, no or empty is refused the same way.
                var unsure = fields
                unsure["mds2_malware"] = "maybe"
                try await client.execute(
                    uri: page + "/edit",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(unsure)
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("yes, no or unknown"), "\(response.text.prefix(300))")
                }
                #expect(
                    try await fixture.store.assets.get(fixture.assetA, organizationID: fixture.orgA.id).owner == nil
                )
                let location = try await client.execute(
                    uri: page + "/edit",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(fields)
                ) { response async throws -> String in
                    #expect(response.status == .seeOther, "\(response.text)")
                    return try #require(response.headers[.location])
                }
                try await client.execute(uri: location, method: .get, headers: fixture.session(.analyst)) {
                    response async throws in
                    #expect(response.status == .ok)
                    let text = response.text
                    for expected in [
                        "Saved ICU monitor 4.", "<h1>ICU monitor 4</h1>", "IntelliVue MX450", "life-supporting",
                        "Biomed team", "icu, monitors", "ICU bed 4", "2027-12-31", "edition 2019",
                        "href=\"https://vendor.example/mx450-sbom.json\"", "212 components",
                        "edited by analyst@alpha.example", "Not a medical device",
                    ] {
                        #expect(text.contains(expected), "the asset page lacks \(expected)")
                    }
                    #expect(!text.contains("This may be a medical device"), "confirmed devices are no guess")
                }
                let asset = try await fixture.store.assets.get(fixture.assetA, organizationID: fixture.orgA.id)
                #expect(asset.tags == ["icu", "monitors"])
                #expect(asset.medical?.criticality == .lifeSupporting)
                #expect(asset.medical?.storesPHI == true && asset.medical?.sendsPHI == false)
                #expect(asset.medical?.mds2?.encryptsDataAtRest == false)
                #expect(asset.medical?.mds2?.customerMayPatch == true)
                #expect(asset.medical?.mds2?.malwareProtection == nil)
                #expect(asset.medical?.sbom?.componentCount == 212)
                // The same form again changes nothing.
                try await client.execute(
                    uri: page + "/edit",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(fields)
                ) { response async throws in
                    #expect(response.status == .seeOther)
                }
                #expect(
                    try await fixture.store.assets.history(fixture.assetA, organizationID: fixture.orgA.id).count == 2
                )
                try await client.execute(
                    uri: page + "/not-medical",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(["_csrf": csrf])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                }
            }
            let asset = try await fixture.store.assets.get(fixture.assetA, organizationID: fixture.orgA.id)
            #expect(asset.medical == nil && !asset.likelyMedical)
            #expect(asset.owner == "Biomed team")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aFindingIsMarkedFalsePositiveThroughTheFormWithItsHistory(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let key = Self.nessusKey(fixture)
            let page = "/orgs/\(fixture.orgA.id)/findings/\(UIRoutes.encodedKey(key))"
            #expect(page.contains("%7C"), "the key's bars travel encoded")
            let csrf = fixture.sessionsA[.analyst]!.csrf
            try await fixture.test { client in
                try await Self.importNessus(fixture, client)
                try await client.execute(
                    uri: "/orgs/\(fixture.orgA.id)/findings",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) { response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("href=\"\(page)\""), "the finding links to its page")
                    #expect(response.text.contains("Plugin 97833"))
                    #expect(response.text.contains("<svg class=\"trend\""))
                    #expect(response.text.contains("critical 15 days, high 30 days"))
                    #expect(!response.text.contains("Remediation clocks</h2>"), "a viewer cannot change the clocks")
                }
                try await client.execute(uri: page, method: .get, headers: fixture.session(.analyst)) {
                    response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("<h1>Plugin 97833</h1>"))
                    #expect(response.text.contains("Mark false positive"))
                    #expect(response.text.contains("Accept the risk"))
                    #expect(response.text.contains("<td>found</td>"))
                    #expect(response.text.contains("2027-01-30"), "due 15 days after first seen")
                }
                let refused: [([String: String], String)] = [
                    (["fp_reason": " "], "say why the finding is a false positive"),
                    (
                        ["fp_reason": "Vendor patched it", "fp_expires": "2020-01-01"],
                        "the expiry must be in the future"
                    ),
                    (["fp_reason": "Vendor patched it", "fp_expires": "soon"], "is not a date"),
                ]
                for (fields, message) in refused {
                    try await client.execute(
                        uri: page + "/false-positive",
                        method: .post,
                        headers: fixture.session(.analyst, csrfHeader: false),
                        body: formBody(fields.merging(["_csrf": csrf]) { $1 })
                    ) { response async throws in
                        #expect(response.status == .badRequest)
                        #expect(response.text.contains(message), "\(fields): \(response.text)")
                    }
                }
                try await client.execute(
                    uri: page + "/accept",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody([
                        "_csrf": csrf, "approver": "", "accept_expires": "2027-06-30", "controls": "Separate VLAN",
                    ])
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("names its approver"))
                    #expect(response.text.contains("Separate VLAN"), "the form keeps what was typed")
                }
                fixture.clock.advance(by: 60)
                let location = try await client.execute(
                    uri: page + "/false-positive",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody([
                        "_csrf": csrf, "fp_reason": "SMBv1 is off; the plugin reads the banner",
                        "fp_expires": "2027-06-30",
                    ])
                ) { response async throws -> String in
                    #expect(response.status == .seeOther, "\(response.text)")
                    return try #require(response.headers[.location])
                }
                #expect(location.hasPrefix(page + "?notice="))
                try await client.execute(uri: location, method: .get, headers: fixture.session(.viewer)) {
                    response async throws in
                    #expect(response.status == .ok)
                    let text = response.text
                    #expect(text.contains("Marked a false positive."))
                    #expect(text.contains("marked false positive"))
                    #expect(text.contains("SMBv1 is off; the plugin reads the banner"))
                    #expect(text.contains("counts again after 2027-06-30"))
                    #expect(text.contains("<td>found</td>"), "the history keeps the opening")
                }
                try await client.execute(
                    uri: "/orgs/\(fixture.orgA.id)/findings?status=false_positive&severity=high",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) { response async throws in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Plugin 97833"))
                    #expect(response.text.contains("<option value=\"false_positive\" selected>"))
                }
                try await client.execute(
                    uri: "/orgs/\(fixture.orgA.id)/findings",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) { response async throws in
                    #expect(!response.text.contains("Plugin 97833"), "open findings only by default")
                }
                // Reopened by hand, it shows the reopen in its history.
                fixture.clock.advance(by: 60)
                try await client.execute(
                    uri: page + "/reopen",
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(["_csrf": csrf, "reopen_reason": "Banner check was right after all"])
                ) { response async throws in
                    #expect(response.status == .seeOther)
                }
            }
            let finding = try #require(try await fixture.store.findings.get(key, organizationID: fixture.orgA.id))
            #expect(finding.status == .open)
            let events = try await fixture.store.findings.events(key: key, organizationID: fixture.orgA.id)
            #expect(events.map(\.kind) == [.opened, .markedFalsePositive, .reopened])
        }
    }

    @Test func theRemediationClocksAndTheWeeklyTrend() async throws {
        try await Fixture.with { fixture in
            let base = "/orgs/\(fixture.orgA.id)"
            // Last week's figures, as the scheduler keeps them.
            try await fixture.store.findingSnapshots.put(
                FindingSnapshotRecords.Snapshot(
                    week: FindingSnapshots.week(of: fixture.clock.now.addingTimeInterval(-7 * 86_400)),
                    takenAt: fixture.clock.now.addingTimeInterval(-7 * 86_400),
                    metrics: FindingMetrics.compute([], at: fixture.clock.now)
                ),
                organizationID: fixture.orgA.id
            )
            try await fixture.test { client in
                try await Self.importNessus(fixture, client)
                for (fields, status) in [
                    (["critical": "0", "high": "30"], HTTPResponse.Status.badRequest),
                    (["critical": "7", "high": "14", "medium": "60", "low": ""], .seeOther),
                ] {
                    try await client.execute(
                        uri: base + "/findings/policy",
                        method: .post,
                        headers: fixture.session(.admin, csrfHeader: false),
                        body: formBody(fields.merging(["_csrf": fixture.sessionsA[.admin]!.csrf]) { $1 })
                    ) { response async throws in
                        #expect(response.status == status, "\(fields)")
                        if status == .badRequest {
                            #expect(response.text.contains("critical findings are a whole number from 1 to 3650"))
                        }
                    }
                }
                try await client.execute(uri: base + "/findings", method: .get, headers: fixture.session(.admin)) {
                    response async throws in
                    let text = response.text
                    #expect(text.contains("critical 7 days, high 14 days, medium 60 days, low no deadline"))
                    #expect(text.contains("2027-01-22"), "due 7 days after first seen")
                    #expect(text.contains("(so far)"))
                    #expect(text.contains("Week of"))
                    #expect(text.components(separatedBy: "<rect ").count == 3, "a bar for each of two weeks")
                    #expect(text.contains("value=\"7\""))
                }
                try await client.execute(
                    uri: base + "/findings?status=sideways",
                    method: .get,
                    headers: fixture.session(.viewer)
                ) { response async throws in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("There is no status"))
                }
            }
            let policy = try await InventoryService(database: fixture.database).remediationPolicy(
                organizationID: fixture.orgA.id
            )
            #expect(policy.criticalDays == 7 && policy.mediumDays == 60 && policy.lowDays == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func viewersCannotPostAndOtherOrganizationsAreNotFound(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let orgA = "/orgs/\(fixture.orgA.id)"
            let orgB = "/orgs/\(fixture.orgB.id)"
            let key = UIRoutes.encodedKey(Self.nessusKey(fixture))
            let keyB = UIRoutes.encodedKey(
                Finding.key(assetID: fixture.assetB, port: 445, transport: "tcp", source: "nessus", rule: "97833")
            )
            let inventory = InventoryService(database: fixture.database, clock: { fixture.clock.now })
            for (organization, address) in [(fixture.orgA, "10.1.0.5"), (fixture.orgB, "10.2.0.5")] {
                _ = try await inventory.importNessus(
                    Data(nessusSample(address: address, plugins: ["97833"]).utf8),
                    file: "weekly.nessus",
                    organizationID: organization.id,
                    actor: .cli
                )
            }
            let posts: [(String, Role)] = [
                ("\(orgA)/assets/\(fixture.assetA)/edit", .viewer),
                ("\(orgA)/assets/\(fixture.assetA)/not-medical", .viewer),
                ("\(orgA)/findings/\(key)/false-positive", .viewer),
                ("\(orgA)/findings/\(key)/accept", .viewer),
                ("\(orgA)/findings/\(key)/reopen", .viewer),
                ("\(orgA)/findings/policy", .viewer),
                ("\(orgA)/findings/policy", .analyst),
                ("\(orgA)/assets/import", .auditor),
            ]
            try await fixture.test { client in
                for (uri, role) in posts {
                    try await client.execute(
                        uri: uri,
                        method: .post,
                        headers: fixture.session(role, csrfHeader: false),
                        body: formBody([
                            "_csrf": fixture.sessionsA[role]!.csrf, "name": "Probe", "owner": "probe",
                            "fp_reason": "probe", "critical": "1", "high": "1", "reopen_reason": "probe",
                        ])
                    ) { response async throws in
                        #expect(response.status == .forbidden, "\(role) \(uri) answered \(response.status)")
                    }
                }
                // The viewer cannot import either, with a well-formed upload.
                try await client.execute(
                    uri: orgA + "/assets/import",
                    method: .post,
                    headers: Self.importHeaders(fixture, .viewer),
                    body: Self.importBody(
                        csrf: fixture.sessionsA[.viewer]!.csrf,
                        format: "csv",
                        fileName: "probe.csv",
                        content: "name,addresses\nprobe,10.1.0.99\n"
                    )
                ) { response async throws in
                    #expect(response.status == .forbidden)
                }
                // B's pages for a member of A, and B's objects under A's organization.
                let gets = [
                    "\(orgB)/assets", "\(orgB)/assets.csv", "\(orgB)/assets/\(fixture.assetB)", "\(orgB)/findings",
                    "\(orgB)/findings/\(keyB)", "\(orgA)/assets/\(fixture.assetB)", "\(orgA)/findings/\(keyB)",
                ]
                for uri in gets {
                    try await client.execute(uri: uri, method: .get, headers: fixture.session(.owner)) {
                        response async throws in
                        #expect(response.status == .notFound, "\(uri) answered \(response.status)")
                        #expect(!response.text.contains("10.2.0.5"))
                    }
                }
                let mixed = [
                    "\(orgB)/assets/\(fixture.assetB)/edit", "\(orgA)/assets/\(fixture.assetB)/edit",
                    "\(orgA)/assets/\(fixture.assetB)/not-medical", "\(orgA)/findings/\(keyB)/false-positive",
                    "\(orgB)/findings/policy",
                ]
                for uri in mixed {
                    try await client.execute(
                        uri: uri,
                        method: .post,
                        headers: fixture.session(.owner, csrfHeader: false),
                        body: formBody([
                            "_csrf": fixture.sessionsA[.owner]!.csrf, "name": "Probe", "fp_reason": "probe",
                            "critical": "1", "high": "1",
                        ])
                    ) { response async throws in
                        #expect(response.status == .notFound, "\(uri) answered \(response.status)")
                    }
                }
            }
            let assetA = try await fixture.store.assets.get(fixture.assetA, organizationID: fixture.orgA.id)
            #expect(assetA.name != "Probe" && assetA.owner == nil)
            let assetB = try await fixture.store.assets.get(fixture.assetB, organizationID: fixture.orgB.id)
            #expect(assetB.name != "Probe")
            let findingB = try await fixture.store.findings.get(
                Self.nessusKey(fixture).replacingOccurrences(
                    of: fixture.assetA.uuidString.lowercased(),
                    with: fixture.assetB.uuidString.lowercased()
                ),
                organizationID: fixture.orgB.id
            )
            #expect(findingB?.status == .open)
            #expect(
                try await fixture.store.findings.get(Self.nessusKey(fixture), organizationID: fixture.orgA.id)?.status
                    == .open
            )
            #expect(try await fixture.store.assets.list(organizationID: fixture.orgA.id).count == 1)
        }
    }

    /// A large inventory comes a page of 500 at a time on the assets page, and in pages through the API when asked.
    @Test(arguments: TestDatabase.engines)
    func aLargeInventoryIsPaged(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            let seen = Date(timeIntervalSince1970: 1_800_000_000)
            let added = (0..<1_001).map { index in
                Asset(
                    organizationID: fixture.orgA.id,
                    name: String(format: "pc-%04d", index),
                    addresses: ["10.50.\(index / 250).\(index % 250 + 1)"],
                    firstSeen: seen,
                    lastSeen: seen
                )
            }
            try await fixture.database.transaction { store in
                try await store.assets.insertNew(added) { AssetChange(at: $0.firstSeen, source: "test", changes: [:]) }
            }
            let total = try await fixture.store.assets.count(organizationID: fixture.orgA.id)
            #expect(total >= 1_001)
            let all = try await fixture.store.assets.list(organizationID: fixture.orgA.id)
            #expect(all.count == total)
            let base = "/orgs/\(fixture.orgA.id)/assets"
            let lastPage = (total + 499) / 500
            try await fixture.test { client in
                try await client.execute(uri: base, method: .get, headers: fixture.session(.viewer)) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("\(total) assets (showing 1–500)"), "\(response.text.prefix(2_000))")
                    #expect(response.text.contains("href=\"?page=2\" rel=\"next\""))
                    #expect(!response.text.contains("rel=\"prev\""))
                    #expect(response.text.contains(all[499].name) && !response.text.contains(">\(all[500].name)<"))
                }
                // Past the end: the last page.
                try await client.execute(uri: base + "?page=99", method: .get, headers: fixture.session(.viewer)) {
                    response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("(showing \((lastPage - 1) * 500 + 1)–\(total))"))
                    #expect(response.text.contains("href=\"?page=\(lastPage - 1)\" rel=\"prev\""))
                    #expect(!response.text.contains("rel=\"next\""))
                    #expect(response.text.contains(">\(all[total - 1].name)<"))
                }

                let api = "/api/v1/organizations/\(fixture.orgA.id)/assets"
                let token = fixture.bearer(fixture.tokensA[.viewer]!)
                try await client.execute(uri: api + "?limit=3&offset=500", method: .get, headers: token) { response in
                    #expect(response.status == .ok)
                    let json = try #require(
                        try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
                    )
                    let items = try #require(json["items"] as? [[String: Any]])
                    #expect(items.compactMap { $0["name"] as? String } == all[500..<503].map(\.name))
                }
                for bad in ["?limit=0", "?limit=5001", "?limit=ten", "?limit=5&offset=-1"] {
                    try await client.execute(uri: api + bad, method: .get, headers: token) { response in
                        #expect(response.status == .badRequest, "\(bad)")
                    }
                }
                try await client.execute(uri: api, method: .get, headers: token) { response in
                    let json = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
                    #expect((json?["items"] as? [Any])?.count == total, "without limit, all of them")
                }
            }
        }
    }
}
