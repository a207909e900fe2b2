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
            let imported = try workspace.run(["import", "csv", "devices.csv"])
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
            let fed = try workspace.run(["feeds", "import", "feeds"])
            #expect(fed.status == 0, "\(fed.errors)")

            // Before an SBOM, only the PACS meets anything: the advisory, by maker (misspelt), model and version.
            let sbom = try SharedData.url("sbom/medical-device/extended.sbom.json")
            try FileManager.default.copyItem(at: sbom, to: folder.appendingPathComponent("pump.cdx.json"))
            let attached = try workspace.run(["sbom", "import", "pump.cdx.json", "--asset", "pump-07"])
            #expect(attached.status == 0, "\(attached.errors)")
            #expect(
                attached.output.contains("pump-07: pump.cdx.json attached (cyclonedx 1.4, 65 components"),
                "\(attached.output)"
            )

            let matches = try #require(try workspace.json(["intel", "match"]) as? [[String: Any]])
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

            let table = try workspace.run(["intel", "match"])
            #expect(table.status == 0 && table.output.contains("DECISION") && table.output.contains("CVE-2022-25640"))

            // Bad input: a broken SBOM names its problem and changes nothing; an unknown asset is refused.
            try workspace.write(
                #"{"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [{"type": "library"}"#,
                to: "bad.json"
            )
            let bad = try workspace.run(["sbom", "import", "bad.json", "--asset", "pump-07"])
            #expect(bad.status == 65, "\(bad.errors)")
            #expect(bad.errors.contains("bad.json"), "\(bad.errors)")
            let again = try #require(try workspace.json(["intel", "match"]) as? [[String: Any]])
            #expect(again.count == matches.count, "the old SBOM is still attached")
            let unknown = try workspace.run(["sbom", "import", "pump.cdx.json", "--asset", "no-such-asset"])
            #expect(unknown.status != 0)
        }
    }
}
