import Foundation
import Logging
import WardCore
import WardIntel
import WardStore

extension DemoSeed {
    /// Vulnerability intelligence for the demo clinic: the infusion pump's SBOM (wolfSSL and FreeRTOS in it), a
    /// front-desk PC whose RDP service shows Windows 7 SP1, a few NVD records and one KEV entry — the CVE
    /// identifiers, version ranges, scores and dates are the public facts, the descriptions are ours — and the
    /// alerts they raise.
    func seedIntel(_ clinic: Organization, now: Date) async throws {
        let database = operations.database
        let store = database.store
        let assets = try await store.assets.list(organizationID: clinic.id)
        guard let pump = assets.first(where: { $0.name == "pump-07" }),
            var desk = assets.first(where: { $0.name == "frontdesk-01.cedarvalley.example" })
        else { return }
        if let index = desk.services.firstIndex(where: { $0.port == 3389 }) {
            desk.services[index].name = "rdp"
            desk.services[index].cpes = ["cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*"]
        }
        try await store.assets.save(
            desk,
            isNew: false,
            change: AssetChange(at: now, source: "demo", changes: ["services": "RDP identified on Windows 7 SP1"])
        )

        let sbom = try CycloneDXReader.read(Data(Self.pumpSBOM.utf8), file: "flowpoint-300-2.8.cdx.json")
        try await store.assetSBOMs.save(
            AssetSBOM(
                assetID: pump.id,
                organizationID: clinic.id,
                fileName: "flowpoint-300-2.8.cdx.json",
                sbom: sbom,
                sha256: SHA256Digest.hex(Data(Self.pumpSBOM.utf8)),
                importedAt: now
            )
        )

        let records = try NVDReader.read(Data(Self.nvdPage.utf8), file: "demo-nvd.json")
        let kev = try KEVReader.read(Data(Self.kev.utf8), file: "demo-kev.json")
        let documents = try records.map(IntelFeedDocument.nvd)
        try await database.transaction { (store: Store) in
            _ = try await store.intelFeeds.importKEV(
                kev,
                file: FeedFile(source: "demo-kev.json", data: Data(Self.kev.utf8)),
                at: now
            )
            _ = try await store.intelFeeds.importDocuments(
                documents,
                kind: .nvd,
                file: FeedFile(source: "demo-nvd.json", data: Data(Self.nvdPage.utf8)),
                at: now
            )
        }
        _ = try await IntelService(database: database, clock: { now }).refreshAlerts(
            organizationID: clinic.id,
            organizationName: clinic.name,
            notifier: nil,
            logger: Logger(label: "demo")
        )
    }

    /// The pump maker's SBOM, as a device maker might publish it (our own, with real component names and CPEs).
    static let pumpSBOM = """
        {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
         "metadata": {"component": {"type": "device", "bom-ref": "flowpoint-300", "name": "FlowPoint 300",
                                    "version": "2.8", "supplier": {"name": "Example Infusion Systems"}}},
         "components": [
          {"type": "library", "bom-ref": "wolfssl", "supplier": {"name": "wolfSSL"}, "name": "wolfSSL",
           "version": "4.8.1", "cpe": "cpe:2.3:a:wolfssl:wolfssl:4.8.1:*:*:*:*:*:*:*",
           "purl": "pkg:github/wolfssl/wolfssl@v4.8.1"},
          {"type": "operating-system", "bom-ref": "freertos", "supplier": {"name": "Amazon"}, "name": "FreeRTOS",
           "version": "10.0.1", "cpe": "cpe:2.3:o:amazon:freertos:10.0.1:*:*:*:*:*:*:*"},
          {"type": "firmware", "bom-ref": "pump-firmware", "supplier": {"name": "Example Infusion Systems"},
           "name": "FlowPoint pump controller", "version": "2.8"}
         ]}
        """

    /// Three NVD records with the facts that matter for matching; descriptions in our words.
    static let nvdPage = """
        {"format": "NVD_CVE", "version": "2.0", "vulnerabilities": [
         {"cve": {"id": "CVE-2022-25640", "published": "2022-02-24T15:15:32.087",
          "descriptions": [{"lang": "en", "value": "A wolfSSL TLS 1.3 server before 5.2.0 can be made to skip client certificate checks."}],
          "metrics": {"cvssMetricV31": [{"source": "nvd@nist.gov", "type": "Primary", "cvssData": {"version": "3.1",
            "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N", "baseScore": 7.5, "baseSeverity": "HIGH"}}]},
          "weaknesses": [{"source": "nvd@nist.gov", "type": "Primary", "description": [{"lang": "en", "value": "CWE-295"}]}],
          "configurations": [{"nodes": [{"operator": "OR", "negate": false, "cpeMatch": [{"vulnerable": true,
            "criteria": "cpe:2.3:a:wolfssl:wolfssl:*:*:*:*:*:*:*:*", "versionEndExcluding": "5.2.0"}]}]}]}},
         {"cve": {"id": "CVE-2018-16525", "published": "2018-12-06T23:29:00.503",
          "descriptions": [{"lang": "en", "value": "The FreeRTOS+TCP stack up to FreeRTOS 10.0.1 overflows a buffer while reading DNS and LLMNR answers, so a network attacker may run code or read memory."}],
          "metrics": {"cvssMetricV30": [{"source": "nvd@nist.gov", "type": "Primary", "cvssData": {"version": "3.0",
            "vectorString": "CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 8.1, "baseSeverity": "HIGH"}}]},
          "configurations": [{"nodes": [{"operator": "OR", "negate": false, "cpeMatch": [{"vulnerable": true,
            "criteria": "cpe:2.3:a:amazon:freertos:*:*:*:*:*:*:*:*", "versionEndIncluding": "10.0.1"}]}]}]}},
         {"cve": {"id": "CVE-2019-0708", "published": "2019-05-16T19:29:00.427",
          "descriptions": [{"lang": "en", "value": "Remote Desktop Services on older Windows lets an unauthenticated attacker run code (BlueKeep)."}],
          "metrics": {"cvssMetricV31": [{"source": "nvd@nist.gov", "type": "Primary", "cvssData": {"version": "3.1",
            "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8, "baseSeverity": "CRITICAL"}}]},
          "configurations": [{"nodes": [{"operator": "OR", "negate": false, "cpeMatch": [{"vulnerable": true,
            "criteria": "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*"}]}]}]}}
        ]}
        """

    /// One KEV entry (BlueKeep): identifiers and dates are CISA's, the words are ours.
    static let kev = """
        {"title": "Demo excerpt of CISA's KEV catalog", "catalogVersion": "demo", "count": 1, "vulnerabilities": [
         {"cveID": "CVE-2019-0708", "vendorProject": "Microsoft", "product": "Remote Desktop Services",
          "vulnerabilityName": "Microsoft Remote Desktop Services remote code execution (BlueKeep)",
          "dateAdded": "2021-11-03", "shortDescription": "Attackers run code on unpatched Windows RDP hosts.",
          "requiredAction": "Apply the vendor's update.", "dueDate": "2022-05-03",
          "knownRansomwareCampaignUse": "Known", "notes": "", "cwes": []}
        ]}
        """
}
