import Foundation
import Testing
import WardIntel
import WardStore
import WardTesting

/// `ward sbom import` and `ward intel match` through the real binary, on both engines: an infusion pump with the
/// real medical-device SBOM and a misspelt PACS, matched against real NVD records, KEV, EPSS and a CISA advisory.
@Suite(
    "ward sbom import and ward intel match",
    .serialized,
    .enabled(if: SharedData.enabled, SharedData.skipMessage)
)
struct IntelCommandTests {
    static let devices = """
        name,addresses,manufacturer,model,firmware,clinical_criticality,stores_phi
        pump-07,10.20.1.15,Acme Infusion,P1,2.0,life_supporting,no
        pacs-1,10.20.1.5,Phillips,Vue PACS,V12.2.1,diagnostic,yes

        """

    @Test(arguments: TestDatabase.engines)
    func theDeviceSBOMAndThePACSMeetTheirVulnerabilitiesWithReasons(engine: DatabaseEngine) async throws {
        try await InventoryCommandTests.Workspace.with(engine) { workspace in
            let folder = workspace.ward.directory
            try workspace.write(Self.devices, to: "devices.csv")
            let imported = try await workspace.run(["import", "csv", "devices.csv"])
            #expect(imported.status == 0, "\(imported.errors)")

            let feeds = folder.appendingPathComponent("feeds")
            try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
            for file in [
                "nvd/CVE-2022-25640.json", "nvd/CVE-2021-44718.json", "nvd/CVE-2018-16525.json",
                "kev/known_exploited_vulnerabilities.json", "epss/epss_scores-2026-09-29-selected.csv",
                "csaf/cisa-icsma/icsma-24-200-01.json", "cve5/CVE-2022-25640.json",
            ] {
                let source = try SharedData.url(file)
                // The NVD and CVE 5 records of one CVE share a file name.
                let name = file.hasPrefix("cve5/") ? "cve5-" + source.lastPathComponent : source.lastPathComponent
                try FileManager.default.copyItem(at: source, to: feeds.appendingPathComponent(name))
            }
            let fed = try await workspace.run(["feeds", "import", "feeds"])
            #expect(fed.status == 0, "\(fed.errors)")

            // Before an SBOM, only the PACS meets anything: the advisory, by maker (misspelt), model and version.
            let sbom = try SharedData.url("sbom/medical-device/extended.sbom.json")
            try FileManager.default.copyItem(at: sbom, to: folder.appendingPathComponent("pump.cdx.json"))
            let attached = try await workspace.run(["sbom", "import", "pump.cdx.json", "--asset", "pump-07"])
            #expect(attached.status == 0, "\(attached.errors)")
            #expect(
                attached.output.contains("pump-07: pump.cdx.json attached (cyclonedx 1.4, 65 components"),
                "\(attached.output)"
            )

            let matches = try #require(try await workspace.json(["intel", "match"]) as? [[String: Any]])
            func match(_ cve: String, on label: String) -> [String: Any]? {
                matches.first {
                    ($0["vulnerability"] as? String) == cve
                        && (($0["targetLabel"] as? String)?.hasPrefix(label) ?? false)
                }
            }
            let wolf = try #require(
                match("CVE-2022-25640", on: "WolfSSL 4.8.1 on pump-07"),
                "\(matches.map { $0["vulnerability"] ?? "" })"
            )
            #expect(wolf["confidence"] as? String == "exact_cpe")
            let wolfSources = wolf["sources"] as? [[String: Any]] ?? []
            #expect(wolfSources.contains { ($0["reason"] as? String)?.contains("before 5.2.0") == true })
            let priority = wolf["prioritization"] as? [String: Any]
            #expect((priority?["points"] as? [String: Any])?["wellBeing"] as? String == "high")
            #expect(priority?["severity"] as? String == "high")
            #expect(match("CVE-2021-44718", on: "WolfSSL 4.8.1 on pump-07") != nil)
            let rtos = try #require(match("CVE-2018-16525", on: "FreeRTOS 10.0.1 on pump-07"))
            // The EPSS file scores this CVE; the score is among the reasons.
            let rtosReasons = (rtos["prioritization"] as? [String: Any])?["reasons"] as? [String] ?? []
            #expect(rtosReasons.contains { $0.contains("EPSS gives") }, "\(rtosReasons)")

            let pacs = try #require(match("CVE-2020-36518", on: "pacs-1"))
            let pacsSources = pacs["sources"] as? [[String: Any]] ?? []
            #expect(
                pacsSources.contains {
                    ($0["kind"] as? String) == "csaf" && ($0["reference"] as? String) == "ICSMA-24-200-01"
                }
            )
            #expect(pacs["confidence"] as? String == "name_and_version")

            let table = try await workspace.run(["intel", "match"])
            #expect(table.status == 0 && table.output.contains("DECISION") && table.output.contains("CVE-2022-25640"))

            // Bad input: a broken SBOM names its problem and changes nothing; an unknown asset is refused.
            try workspace.write(
                #"{"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [{"type": "library"}"#,
                to: "bad.json"
            )
            let bad = try await workspace.run(["sbom", "import", "bad.json", "--asset", "pump-07"])
            #expect(bad.status == 65, "\(bad.errors)")
            #expect(bad.errors.contains("bad.json"), "\(bad.errors)")
            let again = try #require(try await workspace.json(["intel", "match"]) as? [[String: Any]])
            #expect(again.count == matches.count, "the old SBOM is still attached")
            let unknown = try await workspace.run(["sbom", "import", "pump.cdx.json", "--asset", "no-such-asset"])
            #expect(unknown.status != 0)
        }
    }

    /// A webhook receiver: Python's http.server answering POST with 200 and appending each body, one per line.
    static let receiver = """
        import http.server, sys
        class Hook(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with open(sys.argv[2], "ab") as out:
                    out.write(body.replace(b"\\n", b" ") + b"\\n")
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()
            def log_message(self, *args):
                pass
        http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Hook).serve_forever()
        """

    @Test(.timeLimit(.minutes(3)))
    func alertsAreRaisedOncePerVulnerabilityNotifiedKeptAndResolved() async throws {
        try await InventoryCommandTests.Workspace.with(.sqlite) { workspace in
            let folder = workspace.ward.directory
            try workspace.write(Self.devices, to: "devices.csv")
            #expect(try await workspace.run(["import", "csv", "devices.csv"]).status == 0)
            let feeds = folder.appendingPathComponent("feeds")
            try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
            for file in [
                "nvd/CVE-2022-25640.json", "nvd/CVE-2021-44718.json", "nvd/CVE-2022-25638.json",
                "nvd/CVE-2022-34293.json", "nvd/CVE-2018-16525.json", "kev/known_exploited_vulnerabilities.json",
                "csaf/cisa-icsma/icsma-24-200-01.json",
            ] {
                let source = try SharedData.url(file)
                try FileManager.default.copyItem(at: source, to: feeds.appendingPathComponent(source.lastPathComponent))
            }
            #expect(try await workspace.run(["feeds", "import", "feeds"]).status == 0)
            for name in ["extended", "narrow"] {
                try FileManager.default.copyItem(
                    at: try SharedData.url("sbom/medical-device/\(name).sbom.json"),
                    to: folder.appendingPathComponent("\(name).json")
                )
            }
            #expect(try await workspace.run(["sbom", "import", "extended.json", "--asset", "pump-07"]).status == 0)

            // A webhook receiver on loopback, subscribed to wolfSSL alerts only.
            let port = try await FeedsUpdateCommandTests.freePort()
            let script = folder.appendingPathComponent("receiver.py")
            let received = folder.appendingPathComponent("received.jsonl")
            try Self.receiver.write(to: script, atomically: true, encoding: .utf8)
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", script.path, "\(port)", received.path]
            python.standardOutput = FileHandle.nullDevice
            python.standardError = FileHandle.nullDevice
            try python.run()
            defer { kill(python.processIdentifier, SIGKILL) }
            let deadline = ContinuousClock.now + .seconds(15)
            while await !FeedsUpdateCommandTests.accepts(port), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            let plain = try await workspace.run([
                "alerts", "subscribe", "--vendor", "wolfSSL", "--webhook", "http://127.0.0.1:\(port)/hook",
            ])
            #expect(
                plain.status != 0 && plain.errors.contains("http"),
                "plain http is refused without --allow-http: \(plain.errors)"
            )
            let subscribed = try await workspace.run([
                "alerts", "subscribe", "--vendor", "wolfSSL", "--webhook", "http://127.0.0.1:\(port)/hook",
                "--allow-http",
            ])
            #expect(subscribed.status == 0, "\(subscribed.errors)")

            let first = try #require(try await workspace.json(["alerts", "refresh"]) as? [String: Any])
            let raised = Set(first["raised"] as? [String] ?? [])
            let wolfCVEs: Set<String> = ["CVE-2021-44718", "CVE-2022-25638", "CVE-2022-25640", "CVE-2022-34293"]
            #expect(
                wolfCVEs.isSubset(of: raised) && raised.contains("CVE-2018-16525") && raised.contains("CVE-2020-36518"),
                "\(raised)"
            )
            #expect(first["notified"] as? Int == wolfCVEs.count, "\(first)")
            let lines = try String(contentsOf: received, encoding: .utf8).split(separator: "\n")
            let posted = Set(
                lines.compactMap { line in
                    (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["vulnerabilityID"]
                        as? String
                }
            )
            #expect(posted == wolfCVEs, "only the wolfSSL alerts reach the wolfSSL subscription: \(posted)")

            // Refreshing again raises nothing and notifies nobody.
            let second = try #require(try await workspace.json(["alerts", "refresh"]) as? [String: Any])
            #expect((second["raised"] as? [String])?.isEmpty == true && second["kept"] as? Int == raised.count)
            #expect(second["notified"] as? Int == 0)

            // One alert per vulnerability, with every match behind it; filters by vendor.
            let alerts = try #require(try await workspace.json(["alerts", "list"]) as? [[String: Any]])
            #expect(alerts.count == raised.count)
            let philips = try #require(
                try await workspace.json(["alerts", "list", "--vendor", "Philips"]) as? [[String: Any]]
            )
            #expect(
                !philips.isEmpty && philips.allSatisfy { ($0["vendors"] as? [String])?.contains("philips") == true }
            )
            let newOnes = try #require(try await workspace.json(["alerts", "list", "--new"]) as? [[String: Any]])
            #expect(newOnes.isEmpty, "everything was seen by the list before")

            // The narrow SBOM has no FreeRTOS: its alert resolves.
            #expect(try await workspace.run(["sbom", "import", "narrow.json", "--asset", "pump-07"]).status == 0)
            let third = try #require(try await workspace.json(["alerts", "refresh"]) as? [String: Any])
            #expect(third["resolved"] as? Int == 1, "\(third)")
            let resolved = try #require(
                try await workspace.json(["alerts", "list", "--state", "resolved"]) as? [[String: Any]]
            )
            #expect(resolved.map { $0["vulnerability"] as? String } == ["CVE-2018-16525"])
        }
    }
}
