import Foundation
import Testing
import WardStore
import WardTesting

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `ward import csv|openvas`, `ward assets export|edit`, `ward findings show|reopen|policy`, `ward rescan`,
/// `ward agents` and `ward agent`, through the real binary on a fresh database of each engine.
///
/// - Important: Nothing here scans anything but loopback: `rescan plan` only queues jobs, and the one agent run
///   scans a port of 127.0.0.1.
@Suite("ward import csv/openvas, assets, findings, rescan and agents", .serialized)
struct InventoryCommandTests {
    /// A data directory and a new database on one engine, passed to every command with --database.
    struct Workspace {
        let ward: WardBinary
        let database: String
        let cleanup: @Sendable () async throws -> Void

        static func make(_ engine: DatabaseEngine) async throws -> Workspace {
            let ward = try WardBinary()
            let (configuration, cleanup) = try await TestDatabase.makeConfiguration(engine)
            let database =
                switch configuration {
                case .sqlite(let path): path
                case .postgres(let url): url
                }
            return Workspace(ward: ward, database: database, cleanup: cleanup)
        }

        /// Runs `body` in a new workspace and removes it afterwards, also when `body` fails.
        static func with(_ engine: DatabaseEngine, _ body: (Workspace) async throws -> Void) async throws {
            let workspace = try await make(engine)
            do {
                try await body(workspace)
            } catch {
                await workspace.remove()
                throw error
            }
            await workspace.remove()
        }

        func remove() async {
            try? await cleanup()
            ward.remove()
        }

        @discardableResult
        func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> WardBinary.Result {
            try await ward.run(arguments + ["--database", database], environment: environment)
        }

        func json(_ arguments: [String]) async throws -> Any {
            let result = try await run(arguments + ["--format", "json"])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        }

        func write(_ text: String, to name: String) throws {
            try text.write(to: ward.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    static let devices = """
        Device Name,IP,Room,Owner
        Infusion pump 7,10.20.1.15,ICU,Biomed
        PACS server,10.20.1.5;10.20.1.6,,Radiology
        "Monitor, bed 3",fd00:12::7,ICU,

        """

    @Test(arguments: TestDatabase.engines)
    func csvImportWithAMappingExportsBackTheSameNamesAndAddresses(engine: DatabaseEngine) async throws {
        try await Workspace.with(engine) { ward in
            try ward.write(Self.devices, to: "devices.csv")
            let imported = try await ward.run([
                "import", "csv", "devices.csv", "--mapping", "name=Device Name,addresses=IP",
            ])
            #expect(imported.status == 0, "\(imported.errors)")
            #expect(imported.output.contains("read 3 rows: 3 new assets, 0 updated, 0 unchanged"), "\(imported.output)")
            #expect(imported.output.contains("ignored columns (no field takes them): Room"), "\(imported.output)")

            let assets = try #require(try await ward.json(["assets", "list"]) as? [[String: Any]])
            let stored = Dictionary(
                uniqueKeysWithValues: assets.compactMap { asset in
                    (asset["name"] as? String).map { ($0, asset["addresses"] as? [String] ?? []) }
                }
            )
            #expect(
                stored == [
                    "Infusion pump 7": ["10.20.1.15"], "PACS server": ["10.20.1.5", "10.20.1.6"],
                    "Monitor, bed 3": ["fd00:12::7"],
                ]
            )

            let exported = try await ward.run(["assets", "export"])
            #expect(exported.status == 0, "\(exported.errors)")
            let lines = exported.output.split(separator: "\r\n").map(String.init)
            #expect(lines.first?.hasPrefix("name,addresses,macs,hostnames,operating_system,owner,tags,") == true)
            #expect(lines.contains { $0.hasPrefix("Infusion pump 7,10.20.1.15,,,,Biomed,") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("PACS server,10.20.1.5;10.20.1.6,,,,Radiology,") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("\"Monitor, bed 3\",fd00:12::7,") }, "\(lines)")

            // The export, imported again with no mapping, is the same inventory.
            let written = try await ward.run(["assets", "export", "--output", "export.csv"])
            #expect(written.output.contains("wrote 3 assets to export.csv"), "\(written.errors)")
            let again = try await ward.run(["import", "csv", "export.csv"])
            #expect(again.status == 0, "\(again.errors)")
            #expect(again.output.contains("read 3 rows: 0 new assets, 0 updated, 3 unchanged"), "\(again.output)")

            // Edits by name and by address; the medical details need a maker and a model the first time.
            let refused = try await ward.run(["assets", "edit", "Infusion pump 7", "--criticality", "life_sustaining"])
            #expect(refused.status == 65)
            #expect(refused.errors.contains("--manufacturer"), "\(refused.errors)")
            let edited = try await ward.run([
                "assets", "edit", "10.20.1.15", "--manufacturer", "Baxter", "--model", "Sigma Spectrum",
                "--criticality", "life_sustaining", "--stores-phi", "--end-of-support", "2027-12-31", "--tag", "icu",
                "--sbom-format", "cyclonedx", "--sbom-name", "pump-7.cdx.json",
            ])
            #expect(edited.status == 0, "\(edited.errors)")
            let shown = try #require(
                try await ward.run(["assets", "show", "Infusion pump 7"]).output.data(using: .utf8)
            )
            let detail = try #require(try JSONSerialization.jsonObject(with: shown) as? [String: Any])
            let medical = try #require((detail["asset"] as? [String: Any])?["medical"] as? [String: Any])
            #expect(medical["criticality"] as? String == "life_sustaining")
            #expect(medical["storesPHI"] as? Bool == true)
            #expect((medical["sbom"] as? [String: Any])?["format"] as? String == "cyclonedx")
            #expect((detail["history"] as? [Any])?.count ?? 0 >= 2, "created, then edited")
            let serial = try await ward.run([
                "assets", "edit", "Infusion pump 7", "--serial", "SN-1", "--no-stores-phi",
            ])
            #expect(serial.output.contains("medical"), "\(serial.output)")
            // The MDS2 form's key answers and any other answer, on top of what is on file.
            let form = try await ward.run([
                "assets", "edit", "Infusion pump 7", "--mds2-version", "2019", "--mds2-date", "2024-03-01",
                "--mds2", "malware=no", "--mds2", "Encrypts-In-Transit=yes", "--mds2", "MPII-2=yes",
            ])
            #expect(form.status == 0 && form.output.contains("mds2: form 2019"), "\(form.output) \(form.errors)")
            let cleared = try await ward.run([
                "assets", "edit", "Infusion pump 7", "--mds2", "malware=unknown", "--mds2", "MPII-2=",
            ])
            #expect(cleared.status == 0, "\(cleared.errors)")
            let withForm = try #require(
                try await ward.run(["assets", "show", "Infusion pump 7"]).output.data(using: .utf8)
            )
            let mds2 = try #require(
                (((try JSONSerialization.jsonObject(with: withForm) as? [String: Any])?["asset"] as? [String: Any])?[
                    "medical"
                ] as? [String: Any])?["mds2"] as? [String: Any]
            )
            #expect(mds2["formVersion"] as? String == "2019" && mds2["formDate"] as? String == "2024-03-01", "\(mds2)")
            #expect(mds2["encryptsDataInTransit"] as? Bool == true && mds2["malwareProtection"] == nil, "\(mds2)")
            #expect((mds2["otherAnswers"] as? [String: String])?.isEmpty == true, "\(mds2)")
            for bad in ["malware=maybe", "no-equals-sign"] {
                let refusedAnswer = try await ward.run(["assets", "edit", "Infusion pump 7", "--mds2", bad])
                #expect(
                    refusedAnswer.status == 65 && refusedAnswer.errors.contains("--mds2"),
                    "\(refusedAnswer.errors)"
                )
            }
            let plainHost = try await ward.run(["assets", "edit", "PACS server", "--mds2", "malware=yes"])
            #expect(
                plainHost.status == 65 && plainHost.errors.contains("medical-device details"),
                "\(plainHost.errors)"
            )
            let notMedical = try await ward.run(["assets", "edit", "PACS server", "--not-medical", "--model", "x"])
            #expect(notMedical.status != 0, "--not-medical with device details is refused")
            #expect(try await ward.run(["assets", "edit", "No such thing", "--owner", "x"]).status == 66)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aCSVWithABadRowImportsNothingAndNamesTheRowAndColumn(engine: DatabaseEngine) async throws {
        try await Workspace.with(engine) { ward in
            try ward.write(
                """
                name,addresses,clinical_criticality
                Pump A,10.20.1.20,life_sustaining
                Pump B,10.20.1.300,diagnostic

                """,
                to: "bad.csv"
            )
            let result = try await ward.run(["import", "csv", "bad.csv"])
            #expect(result.status == 65)
            #expect(result.errors.contains("nothing was imported"), "\(result.errors)")
            #expect(result.errors.contains("bad.csv:3: addresses"), "line 3, column addresses: \(result.errors)")
            #expect(result.output.isEmpty)
            #expect((try await ward.json(["assets", "list"]) as? [Any])?.isEmpty == true, "not even the good row")

            let unknownField = try await ward.run(["import", "csv", "bad.csv", "--mapping", "colour=Name"])
            #expect(unknownField.status == 65)
            #expect(unknownField.errors.contains("--mapping"), "\(unknownField.errors)")
        }
    }

    static let report = """
        <?xml version="1.0" encoding="UTF-8"?>
        <report id="5f1c0d2e-0000-4000-8000-00000000c001">
          <scan_run_status>Done</scan_run_status>
          <results>
            <result id="r-1">
              <name>SSH: Prefix Truncation Weakness</name>
              <host>10.20.1.7<hostname>ct-console-2</hostname></host>
              <port>22/tcp</port>
              <nvt oid="1.3.6.1.4.1.25623.1.0.990003">
                <name>SSH: Prefix Truncation Weakness</name>
                <cvss_base>5.9</cvss_base>
                <refs><ref type="cve" id="CVE-2023-48795"/></refs>
              </nvt>
              <threat>Medium</threat>
              <severity>5.9</severity>
            </result>
            <result id="r-2">
              <name>DICOM Server Allows Anonymous Association</name>
              <host>10.20.1.7<hostname>ct-console-2</hostname></host>
              <port>104/tcp</port>
              <nvt oid="1.3.6.1.4.1.25623.1.0.990020">
                <name>DICOM Server Allows Anonymous Association</name>
                <cvss_base>7.5</cvss_base>
              </nvt>
              <threat>High</threat>
              <severity>7.5</severity>
            </result>
            <result id="r-3">
              <name>OS Detection Consolidation and Reporting</name>
              <host>10.20.1.7</host>
              <port>general/tcp</port>
              <nvt oid="1.3.6.1.4.1.25623.1.0.990002"><name>OS Detection</name></nvt>
              <threat>Log</threat>
              <severity>0.0</severity>
            </result>
          </results>
        </report>
        """

    @Test(arguments: TestDatabase.engines)
    func openVASImportThenFalsePositiveReopenAndHistory(engine: DatabaseEngine) async throws {
        try await Workspace.with(engine) { ward in
            try ward.write(Self.report, to: "gvm.xml")
            let imported = try await ward.run(["import", "openvas", "gvm.xml"])
            #expect(imported.status == 0, "\(imported.errors)")
            #expect(imported.output.contains("2 findings: 2 opened"), "\(imported.output)")

            let findings = try #require(try await ward.json(["findings", "list"]) as? [[String: Any]])
            #expect(findings.count == 2)
            #expect(findings.allSatisfy { $0["source"] as? String == "openvas" })
            #expect(Set(findings.compactMap { $0["severity"] as? String }) == ["medium", "high"])
            let dicom = try #require(
                findings.first { $0["rule"] as? String == "1.3.6.1.4.1.25623.1.0.990020" }?["key"] as? String
            )

            #expect(try await ward.run(["findings", "reopen", dicom, "--reason", "x"]).status == 65, "already open")
            let marked = try await ward.run(["findings", "false-positive", dicom, "--reason", "DICOM port is filtered"])
            #expect(marked.status == 0, "\(marked.errors)")
            let reopened = try await ward.run(["findings", "reopen", dicom, "--reason", "the filter was removed"])
            #expect(reopened.status == 0, "\(reopened.errors)")

            let shown = try #require(try await ward.json(["findings", "show", dicom]) as? [String: Any])
            #expect((shown["finding"] as? [String: Any])?["status"] as? String == "open")
            let events = try #require(shown["events"] as? [[String: Any]])
            let kinds = events.compactMap { $0["kind"] as? String }
            #expect(kinds.contains("marked_false_positive") && kinds.contains("reopened"), "\(kinds)")
            #expect(events.contains { ($0["note"] as? String)?.contains("the filter was removed") == true })
            #expect((shown["asset"] as? [String: Any])?["name"] as? String == "ct-console-2")
            let table = try await ward.run(["findings", "show", dicom])
            #expect(table.output.contains("marked_false_positive") && table.output.contains("reopened"))
            #expect(try await ward.run(["findings", "show", "no|such|key"]).status == 66)

            // The remediation clocks: shown, changed, and used by the list.
            let policy = try #require(try await ward.json(["findings", "policy"]) as? [String: Any])
            #expect(policy["highDays"] as? Int == 30)
            let changed = try #require(
                try await ward.json(["findings", "policy", "--high-days", "7", "--medium-days", "60"]) as? [String: Any]
            )
            #expect(changed["highDays"] as? Int == 7 && changed["mediumDays"] as? Int == 60)
            #expect(changed["criticalDays"] as? Int == 15, "unchanged clocks stay")
            #expect(try await ward.run(["findings", "policy", "--high-days", "0"]).status == 65)
            let cleared = try #require(
                try await ward.json(["findings", "policy", "--medium-days", "none"]) as? [String: Any]
            )
            #expect(cleared["mediumDays"] == nil && cleared["highDays"] as? Int == 7)

            // The remediation figures: both findings are open (one high, one medium), first seen at the import (the
            // report has no start time), so none is overdue yet and nothing has been fixed.
            let metrics = try #require(try await ward.json(["findings", "metrics"]) as? [String: Any])
            let current = try #require(metrics["current"] as? [String: Any])
            #expect(current["openBySeverity"] as? [String: Int] == ["high": 1, "medium": 1], "\(current)")
            #expect(current["overdue"] as? Int == 0)
            #expect((current["maximumOpenAgeDays"] as? Double).map { $0 >= 0 && $0 < 1 } == true, "\(current)")
            #expect(current["medianDaysToMitigate"] == nil)
            #expect((metrics["policy"] as? [String: Any])?["highDays"] as? Int == 7)
            let summary = try await ward.run(["findings", "metrics"])
            #expect(summary.status == 0 && summary.output.contains("2 open, 0 overdue"), "\(summary.output)")
        }
    }

    @Test(arguments: TestDatabase.engines)
    func agentsAreCreatedWithATokenShownOnceListedAndRevoked(engine: DatabaseEngine) async throws {
        try await Workspace.with(engine) { ward in
            let created = try await ward.run([
                "agents", "create", "icu-vlan", "--segment", "10.20.0.0/16", "--segment", "10.21.4.0/24",
            ])
            #expect(created.status == 0, "\(created.errors)")
            let token = try #require(
                created.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first {
                    $0.hasPrefix("wagent_")
                }
            )
            #expect(token.count > 20)
            #expect(created.output.contains("shown only this once"))
            #expect(created.errors.contains("cannot be shown again"))

            let agents = try #require(try await ward.json(["agents", "list"]) as? [[String: Any]])
            #expect(agents.count == 1)
            let agent = try #require(agents.first)
            #expect(agent["name"] as? String == "icu-vlan")
            #expect(agent["revokedAt"] == nil)
            let id = try #require(agent["id"] as? String)
            let listed = try await ward.run(["agents", "list"])
            #expect(listed.output.contains("icu-vlan") && listed.output.contains("10.20.0.0/16 10.21.4.0/24"))
            #expect(listed.output.contains("active"))
            #expect(!listed.output.contains(token), "the token is never shown again")

            #expect(try await ward.run(["agents", "create", "no-segment"]).status == 65)
            #expect(try await ward.run(["agents", "create", "bad", "--segment", "10.0.0.1/8"]).status == 65)

            let revoked = try await ward.run(["agents", "revoke", id.uppercased()])
            #expect(revoked.status == 0, "\(revoked.errors)")
            #expect(revoked.output.contains("revoked agent icu-vlan"))
            let after = try #require(try await ward.json(["agents", "list"]) as? [[String: Any]])
            #expect(after.first?["revokedAt"] as? String != nil)
            #expect(try await ward.run(["agents", "list"]).output.contains("revoked"))
            #expect(try await ward.run(["agents", "revoke", "icu-vlan"]).status == 66, "no active agent of that name")

            // The agent refuses plain HTTP off this machine and a missing token, before it connects anywhere.
            let offMachine = try await ward.run(
                ["agent", "--server", "http://192.0.2.10:8080", "--allow-http", "--once"],
                environment: ["WARD_AGENT_TOKEN": token]
            )
            #expect(offMachine.status == 78, "\(offMachine.errors)")
            let plain = try await ward.run(
                ["agent", "--server", "http://127.0.0.1:9", "--once"],
                environment: ["WARD_AGENT_TOKEN": token]
            )
            #expect(plain.status == 78 && plain.errors.contains("https://"), "\(plain.errors)")
            let noToken = try await ward.run(["agent", "--server", "https://192.0.2.10:8443", "--once"])
            #expect(noToken.status == 78 && noToken.errors.contains("WARD_AGENT_TOKEN"), "\(noToken.errors)")
            let help = try await ward.run(["agent", "--help"])
            #expect(help.output.contains("WARD_AGENT_TOKEN"))
        }
    }

    @Test(arguments: TestDatabase.engines)
    func rescanPlanQueuesOneJobForALoopbackAssetInScopeAndNoSecond(engine: DatabaseEngine) async throws {
        try await Workspace.with(engine) { ward in
            let shown = try #require(try await ward.json(["rescan", "show"]) as? [String: Any])
            #expect(shown["enabled"] as? Bool == false, "off until someone turns it on")
            #expect(try await ward.run(["org", "scope", "add", "127.0.0.1/32"]).status == 0)
            try ward.write("name,addresses\nloopback,127.0.0.1\noutside,192.0.2.44\n", to: "hosts.csv")
            #expect(try await ward.run(["import", "csv", "hosts.csv"]).status == 0)

            let off = try await ward.run(["rescan", "plan"])
            #expect(off.output.contains("queued 0 scans") && off.errors.contains("rescan enable"), "\(off.errors)")

            #expect(try await ward.run(["rescan", "set", "--profile", "reckless"]).status == 65)
            #expect(try await ward.run(["rescan", "set", "--ports", "70000"]).status == 65)
            let enabled = try #require(
                try await ward.json(["rescan", "enable", "--profile", "standard", "--ports", "22,80,443"])
                    as? [String: Any]
            )
            #expect(enabled["enabled"] as? Bool == true && enabled["profile"] as? String == "standard")

            let first = try await ward.run(["rescan", "plan"])
            #expect(first.status == 0, "\(first.errors)")
            #expect(first.output.contains("queued 1 scan"), "only the host in scope: \(first.output)")
            let second = try #require(try await ward.json(["rescan", "plan"]) as? [String: Any])
            #expect(second["queued"] as? Int == 0, "a host with a queued scan gets no second one")

            let jobs = try #require(try await ward.json(["rescan", "jobs", "--state", "queued"]) as? [[String: Any]])
            #expect(jobs.count == 1)
            #expect(jobs.first?["target"] as? String == "127.0.0.1")
            #expect(jobs.first?["profile"] as? String == "standard" && jobs.first?["ports"] as? String == "22,80,443")
            #expect((try await ward.json(["rescan", "jobs", "--state", "done"]) as? [Any])?.isEmpty == true)
            #expect(try await ward.run(["rescan", "jobs", "--state", "sleeping"]).status == 65)
            #expect(try await ward.run(["rescan", "jobs"]).output.contains("127.0.0.1"))

            let disabled = try #require(try await ward.json(["rescan", "disable"]) as? [String: Any])
            #expect(disabled["enabled"] as? Bool == false && disabled["profile"] as? String == "standard")
        }
    }

    /// The whole agent path on loopback: a server, an agent for 127.0.0.1/32 and one scan of the server's own port.
    @Test(arguments: TestDatabase.engines)
    func anAgentRunsItsScanOnceAgainstALocalServer(engine: DatabaseEngine) async throws {
        try await Workspace.with(engine) { ward in
            let port = Int.random(in: 50_000..<60_000)
            #expect(try await ward.run(["org", "scope", "add", "127.0.0.1/32"]).status == 0)
            try ward.write("name,addresses\nloopback,127.0.0.1\n", to: "hosts.csv")
            #expect(try await ward.run(["import", "csv", "hosts.csv"]).status == 0)
            let created = try await ward.run(["agents", "create", "lab", "--segment", "127.0.0.1/32"])
            let token = try #require(
                created.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first {
                    $0.hasPrefix("wagent_")
                }
            )
            #expect(try await ward.run(["rescan", "enable", "--ports", String(port)]).status == 0)
            #expect(try await ward.run(["rescan", "plan"]).output.contains("queued 1 scan"))

            let server = Process()
            server.executableURL = WardBinary.executable
            server.arguments = ["serve", "--port", String(port), "--database", ward.database]
            server.currentDirectoryURL = ward.ward.directory
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "WARD_DATABASE_URL")
            server.environment = environment
            server.standardOutput = FileHandle.nullDevice
            server.standardError = FileHandle.nullDevice
            try server.run()
            defer { if server.isRunning { server.terminate() } }
            var healthy = false
            for _ in 0..<150 where !healthy {  // up to 30 s
                try await Task.sleep(for: .milliseconds(200))
                if let (_, response) = try? await URLSession.shared.data(
                    from: URL(string: "http://127.0.0.1:\(port)/healthz")!
                ) {
                    healthy = (response as? HTTPURLResponse)?.statusCode == 200
                }
            }
            try #require(healthy, "the server answered /healthz")

            let ran = try await ward.run(
                ["agent", "--server", "http://127.0.0.1:\(port)", "--allow-http", "--once"],
                environment: ["WARD_AGENT_TOKEN": token]
            )
            #expect(ran.status == 0, "\(ran.errors)")
            #expect(ran.output.contains("ran 1 scan"), "\(ran.output)")
            let jobs = try #require(try await ward.json(["rescan", "jobs"]) as? [[String: Any]])
            #expect(jobs.count == 1)
            #expect(jobs.first?["state"] as? String == "done")
            #expect((jobs.first?["result"] as? String)?.contains("\(port)/tcp") == true, "\(jobs)")
            let idle = try await ward.run(
                ["agent", "--server", "http://127.0.0.1:\(port)", "--allow-http", "--once"],
                environment: ["WARD_AGENT_TOKEN": token]
            )
            #expect(idle.output.contains("ran 0 scans"), "\(idle.errors)")
            let refused = try await ward.run(
                ["agent", "--server", "http://127.0.0.1:\(port)", "--allow-http", "--once"],
                environment: ["WARD_AGENT_TOKEN": token + "x"]
            )
            #expect(refused.status == 77, "a wrong token is refused: \(refused.errors)")

            server.interrupt()
            for _ in 0..<100 where server.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        }
    }
}
