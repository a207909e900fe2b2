import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOPosix
import Testing
import WardCore
import WardScanner
import WardStore
import WardTesting

@testable import WardServer

/// Scans started through the API: checked against the scope, run by the server's own background runner against
/// listeners the test opens on loopback, watched while they run, cancelled, exported as nmap XML, and failed when
/// their runner stops.
@Suite(.serialized) struct ScanRunTests {
    /// Puts 127.0.0.1 in A's scope and moves the clock into A's scan window (weekdays 20:00–06:00 UTC; the fixture's
    /// clock starts on a Friday at 08:00), or, for tests that use the fixture's browser sessions (which would expire
    /// if the clock moved that far), removes the window.
    static func prepare(_ fixture: Fixture, keepWindow: Bool = true) async throws {
        _ = try await fixture.store.scope.add(try .parse("127.0.0.1", kind: .include), organizationID: fixture.orgA.id)
        if keepWindow {
            fixture.clock.advance(by: 13 * 3_600)
        } else {
            _ = try await fixture.store.scope.remove(windowID: fixture.windowA, organizationID: fixture.orgA.id)
        }
    }

    static func scans(_ fixture: Fixture) -> ScanRunService {
        ScanRunService(database: fixture.database, clock: { fixture.clock.now })
    }

    static let logger = Logger(label: "scan-run-tests")

    @Test(.timeLimit(.minutes(3)), arguments: TestDatabase.engines)
    func aScanIsQueuedRunWatchedAndExported(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            try await Self.prepare(fixture)
            let (listener, open) = try await ScanAgentTests.listen()
            defer { listener.close(promise: nil) }
            // Port 1 only root may bind, and no test does: a freed port could be taken by a test running alongside.
            let closed = 1
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let base = "/api/v1/organizations/\(fixture.orgA.id)/scans"
            try await fixture.test { client in
                // Outside the scope: refused with the reason, nothing queued.
                let outside = try await client.execute(
                    uri: base,
                    method: .post,
                    headers: analyst,
                    body: jsonBody(["targets": ["10.99.0.1"], "ports": "22"])
                )
                #expect(outside.status == .badRequest)
                #expect(outside.text.contains("10.99.0.1") && outside.text.contains("scope"), "\(outside.text)")
                // The analyst may not choose the fast profile; the gentle one is open to them.
                let fast = try await client.execute(
                    uri: base,
                    method: .post,
                    headers: analyst,
                    body: jsonBody(["targets": ["127.0.0.1"], "ports": "\(open)", "profile": "fast"])
                )
                #expect(fast.status == .forbidden, "\(fast.text)")
                let badPorts = try await client.execute(
                    uri: base,
                    method: .post,
                    headers: analyst,
                    body: jsonBody(["targets": ["127.0.0.1"], "ports": "22,70000"])
                )
                #expect(badPorts.status == .badRequest && badPorts.text.contains("ports"), "\(badPorts.text)")

                let started = try await client.execute(
                    uri: base,
                    method: .post,
                    headers: analyst,
                    body: jsonBody([
                        "targets": ["127.0.0.1", "10.99.0.1"], "ports": "\(open),\(closed)", "identify": false,
                    ])
                )
                #expect(started.status == .accepted, "\(started.text)")
                let queued = try started.json()
                #expect(queued["state"] as? String == "queued")
                #expect(queued["pairsTotal"] as? Int == 2 && queued["addressesTotal"] as? Int == 1)
                #expect((queued["refused"] as? [String])?.first?.hasPrefix("10.99.0.1: ") == true)
                let id = try #require(queued["id"] as? String)

                // The server's background runner takes it; the test watches it through the API until it ends.
                let view = try await Self.watch(client, "\(base)/\(id)", headers: analyst) {
                    $0["state"] as? String != "queued" && $0["state"] as? String != "running"
                }
                let scan = try #require(view["scan"] as? [String: Any])
                #expect(scan["state"] as? String == "completed", "\(scan)")
                #expect(scan["pairsDone"] as? Int == 2 && scan["openPorts"] as? Int == 1)
                let summary = try #require(scan["summary"] as? [String: Any])
                #expect(summary["hostsUp"] as? Int == 1 && summary["openPorts"] as? Int == 1)
                #expect((scan["requestedBy"] as? String)?.hasPrefix("token:") == true, "who started it is kept")
                let hosts = try #require((view["result"] as? [String: Any])?["hosts"] as? [[String: Any]])
                #expect(hosts.count == 1 && hosts.first?["address"] as? String == "127.0.0.1")
                let ports = try #require(hosts.first?["ports"] as? [[String: Any]])
                #expect(ports.contains { $0["port"] as? Int == open && $0["state"] as? String == "open" })
                #expect(ports.contains { $0["port"] as? Int == closed && $0["state"] as? String == "closed" })

                let xml = try await client.execute(uri: "\(base)/\(id)/nmap.xml", method: .get, headers: analyst)
                #expect(xml.status == .ok && xml.headers[.contentType]?.hasPrefix("application/xml") == true)
                #expect(xml.text.contains(#"portid="\#(open)""#) && xml.text.contains(#"state="open""#))

                let list = try await client.execute(uri: base, method: .get, headers: analyst)
                #expect((try list.json()["items"] as? [[String: Any]])?.first?["id"] as? String == id)
                let again = try await client.execute(uri: "\(base)/\(id)/cancel", method: .post, headers: analyst)
                #expect(again.status == .conflict, "an ended scan cannot be cancelled")
            }
            // The open port became part of the inventory, and the start is in the audit log.
            let assets = try await fixture.store.assets.list(organizationID: fixture.orgA.id)
            #expect(assets.contains { $0.addresses.contains("127.0.0.1") && $0.services.contains { $0.port == open } })
            let audit = try await fixture.store.audit.list(organizationID: fixture.orgA.id)
            #expect(audit.contains { $0.action == .scanStarted && $0.actor.hasPrefix("token:") })
        }
    }

    @Test(.timeLimit(.minutes(3)), arguments: TestDatabase.engines)
    func aRunningScanStopsWhenCancelledAndRecordsNothing(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            try await Self.prepare(fixture)
            let analyst = fixture.bearer(fixture.tokensA[.analyst]!)
            let base = "/api/v1/organizations/\(fixture.orgA.id)/scans"
            let findingsBefore = try await fixture.store.findings.all(organizationID: fixture.orgA.id).count
            try await fixture.test { client in
                // The gentle profile starts 50 connections a second: 3,000 ports take a minute.
                let started = try await client.execute(
                    uri: base,
                    method: .post,
                    headers: analyst,
                    body: jsonBody(["targets": ["127.0.0.1"], "ports": "20001-23000"])
                )
                let id = try #require(try started.json()["id"] as? String)
                let moving = try await Self.watch(client, "\(base)/\(id)", headers: analyst) {
                    $0["state"] as? String == "running" && ($0["pairsDone"] as? Int ?? 0) > 0
                }
                let progress = (moving["scan"] as? [String: Any])?["pairsDone"] as? Int ?? 0
                #expect(progress > 0 && progress < 3_000, "the watcher saw the scan move")
                let cancelled = try await client.execute(uri: "\(base)/\(id)/cancel", method: .post, headers: analyst)
                let flagged = try cancelled.json()["cancelRequested"] as? Bool
                #expect(cancelled.status == .ok && flagged == true)
                let view = try await Self.watch(client, "\(base)/\(id)", headers: analyst) {
                    $0["state"] as? String != "running"
                }
                let ended = try #require(view["scan"] as? [String: Any])
                #expect(ended["state"] as? String == "cancelled", "\(ended)")
                #expect((ended["pairsDone"] as? Int ?? 3_000) < 3_000)
                #expect((ended["summary"] as? [String: Any])?["assetsCreated"] as? Int == 0)
                let viewer = fixture.bearer(fixture.tokensA[.viewer]!)
                let denied = try await client.execute(uri: "\(base)/\(id)/cancel", method: .post, headers: viewer)
                #expect(denied.status == .forbidden)
            }
            #expect(try await fixture.store.findings.all(organizationID: fixture.orgA.id).count == findingsBefore)
            let audit = try await fixture.store.audit.list(organizationID: fixture.orgA.id)
            #expect(audit.contains { $0.action == .scanCancelled })
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func thePagesStartWatchAndShowAScan() async throws {
        try await Fixture.with { fixture in
            try await Self.prepare(fixture, keepWindow: false)
            let (listener, open) = try await ScanAgentTests.listen()
            defer { listener.close(promise: nil) }
            let page = "/orgs/\(fixture.orgA.id.uuidString)/scans"
            let csrf = fixture.sessionsA[.analyst]!.csrf
            try await fixture.test { client in
                let empty = try await client.execute(uri: page, method: .get, headers: fixture.session(.analyst))
                #expect(
                    empty.status == .ok && empty.text.contains("Start a scan") && empty.text.contains("No scans yet")
                )
                #expect(empty.text.contains("standard and fast need an administrator"))
                let viewer = try await client.execute(uri: page, method: .get, headers: fixture.session(.viewer))
                #expect(viewer.status == .ok && !viewer.text.contains("Start a scan"), "a viewer cannot start scans")
                let refused = try await client.execute(
                    uri: page,
                    method: .post,
                    headers: fixture.session(.viewer, csrfHeader: false),
                    body: formBody(["_csrf": fixture.sessionsA[.viewer]!.csrf, "targets": "127.0.0.1"])
                )
                #expect(refused.status == .forbidden)
                let outside = try await client.execute(
                    uri: page,
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(["_csrf": csrf, "targets": "10.99.0.1", "ports": "22", "identify": "1"])
                )
                #expect(outside.status == .badRequest && outside.text.contains("10.99.0.1"), "\(outside.text)")
                #expect(outside.text.contains(">10.99.0.1</textarea>"), "the form keeps what was typed")

                let started = try await client.execute(
                    uri: page,
                    method: .post,
                    headers: fixture.session(.analyst, csrfHeader: false),
                    body: formBody(["_csrf": csrf, "targets": "127.0.0.1", "ports": "\(open)"])
                )
                #expect(started.status == .seeOther)
                let location = try #require(started.headers[.location])
                #expect(location.hasPrefix(page + "/"))
                var text = ""
                let deadline = ContinuousClock.now + .seconds(60)
                while ContinuousClock.now < deadline {
                    text = try await client.execute(uri: location, method: .get, headers: fixture.session(.viewer)).text
                    if !text.contains("http-equiv=\"refresh\"") { break }
                    #expect(text.contains("reloads every 3 seconds"))
                    try await Task.sleep(for: .milliseconds(200))
                }
                #expect(text.contains(">completed<") && text.contains("Open ports"), "\(text)")
                #expect(text.contains("<td>127.0.0.1</td><td>\(open)/tcp</td>"))
                #expect(
                    text.contains("nmap.xml") && !text.contains("Stop the scan"),
                    "an ended scan has no stop button"
                )
                let list = try await client.execute(uri: page, method: .get, headers: fixture.session(.viewer))
                #expect(list.text.contains(location) && list.text.contains("100%"))
            }
        }
    }

    /// The demo clinic comes with last night's scan: completed, with its open ports, and its exposures as findings.
    @Test(arguments: TestDatabase.engines)
    func theDemoClinicHasACompletedScan(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let operations = LocalOperations(
                database: database,
                logger: TestDatabase.logger,
                clock: { Date() },
                passwords: PasswordHasher(testingCost: 4)
            )
            let demo = try await DemoSeed(operations: operations).seed()
            let scans = try await database.store.scanRuns.list(organizationID: demo.organization.id)
            let scan = try #require(scans.first)
            #expect(scans.count == 1 && scan.state == .completed && scan.fractionDone == 1)
            #expect(scan.summary?.findingsOpened ?? 0 > 0 && scan.refused.count == 1)
            let result = try #require(
                try await ScanRunService(database: database).result(scan.id, organizationID: demo.organization.id)
            )
            #expect(result.hosts.count == 4 && result.facts["10.20.30.7"]?[104]?["dicom.accepts_any_caller"] == "true")
            let findings = try await database.store.findings.all(organizationID: demo.organization.id).values
            let scanner = findings.filter { $0.source == "ward-scanner" }.map(\.rule)
            #expect(scanner.contains("exposure.dicom-any-caller") && scanner.contains("exposure.rdp"), "\(scanner)")
            #expect(findings.contains { $0.source == "nessus" }, "the imported findings stay")
        }
    }

    /// Reads the scan until `done` says so of it, at most 60 s; returns the last view.
    static func watch(
        _ client: any TestClientProtocol,
        _ uri: String,
        headers: HTTPFields,
        until done: ([String: Any]) -> Bool
    ) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            let view = try await client.execute(uri: uri, method: .get, headers: headers).json()
            let scan = try #require(view["scan"] as? [String: Any])
            if done(scan) { return view }
            guard ContinuousClock.now < deadline else {
                Issue.record("the scan did not get there within 60 s: \(scan)")
                return view
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func queuedScansCancelAtOnceAndStaleOnesFail(engine: DatabaseEngine) async throws {
        try await Fixture.with(engine) { fixture in
            try await Self.prepare(fixture)
            let service = Self.scans(fixture)
            let request = ScanRunService.Request(targets: ["127.0.0.1"], ports: "9", identify: false)
            let first = try await service.start(
                request,
                organizationID: fixture.orgA.id,
                actor: .cli,
                mayUseIntrusiveProfiles: false
            )
            let stopped = try await service.cancel(first.id, organizationID: fixture.orgA.id, actor: .cli)
            #expect(stopped.state == .cancelled && stopped.finishedAt != nil)
            #expect(try await service.runNext(runner: "test", logger: Self.logger) == nil, "nothing is queued")
            let missing = await #expect(throws: WardError.self) {
                try await service.cancel(first.id, organizationID: fixture.orgB.id, actor: .cli)
            }
            #expect(missing?.code == .notFound, "another organization's scan does not exist for B")

            // A replica claims a scan and stops reporting: after the stale interval another replica fails it.
            let second = try await service.start(
                request,
                organizationID: fixture.orgA.id,
                actor: .cli,
                mayUseIntrusiveProfiles: false
            )
            let claimed = try await fixture.store.scanRuns.claim(runner: "gone", at: fixture.clock.now)
            #expect(claimed?.id == second.id && claimed?.state == .running)
            fixture.clock.advance(by: ScanRunService.staleAfter + 1)
            #expect(try await service.runNext(runner: "test", logger: Self.logger) == nil)
            let failed = try await fixture.store.scanRuns.get(second.id, organizationID: fixture.orgA.id)
            #expect(failed.state == .failed && failed.error?.contains("stopped") == true)
            let late = await #expect(throws: WardError.self) {
                try await fixture.store.scanRuns.progress(
                    second.id,
                    runner: "gone",
                    pairsDone: 1,
                    openPorts: 0,
                    at: fixture.clock.now
                )
            }
            #expect(late?.code == .conflict, "the replica that lost the scan cannot write to it")

            // Outside the window the scan is refused at once.
            fixture.clock.advance(by: 12 * 3_600)
            let closed = await #expect(throws: WardError.self) {
                try await service.start(
                    request,
                    organizationID: fixture.orgA.id,
                    actor: .cli,
                    mayUseIntrusiveProfiles: false
                )
            }
            #expect(closed?.code == .outOfScope, "\(String(describing: closed))")
        }
    }
}
