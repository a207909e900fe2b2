import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

/// CVE JSON 5 records from ../shared/data/cve5.
@Suite struct CVERecordTests {
    static func record(_ id: String) throws -> CVERecord {
        let url = try SharedData.url("cve5/\(id).json")
        return try CVERecord.read(try IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everySharedRecordParses() throws {
        let files = try SharedData.files(in: "cve5", endingWith: ".json")
        #expect(files.count >= 20)
        for file in files {
            let record = try CVERecord.read(try IntelDocument.read(contentsOf: file), file: file.lastPathComponent)
            #expect(record.id == file.deletingPathExtension().lastPathComponent)
            #expect(!record.isRejected)
        }
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func cisaVulnrichmentGivesSSVCPointsAndScores() throws {
        let citrix = try Self.record("CVE-2019-19781")
        #expect(citrix.ssvcOptions["Exploitation"] == "active")
        #expect(citrix.ssvcOptions["Automatable"] == "yes")
        #expect(citrix.ssvcOptions["Technical Impact"] == "total")
        #expect(citrix.cvss3?.baseScore == 9.8)
        // A record with no ADP has no SSVC points.
        #expect(try Self.record("CVE-2022-25640").ssvcOptions.isEmpty)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func dcmtkVersionsBeforeTheFixAreAffected() throws {
        let dcmtk = try Self.record("CVE-2022-2119")
        let affected = try #require(dcmtk.containers.cna.affected?.first)
        #expect(affected.vendor == "OFFIS" && affected.product == "DCMTK")
        let old = try #require(affected.status(of: "3.6.6"))
        #expect(old.affected && old.reason.contains("before 3.6.7"))
        #expect(affected.status(of: "3.6.7")?.affected == false)
    }

    @Test func rangesAndSingleVersionsFollowTheCVE5Rules() throws {
        let affected = CVERecord.Affected(
            vendor: "Acme",
            product: "Pump",
            defaultStatus: "unaffected",
            versions: [
                .init(version: "2.0", status: "affected", lessThanOrEqual: "2.4"),
                .init(version: "3.1", status: "affected"),
            ]
        )
        #expect(affected.status(of: "1.9")?.affected == false)
        #expect(affected.status(of: "2.4")?.affected == true)
        #expect(affected.status(of: "2.4.1")?.affected == false)
        #expect(affected.status(of: "3.1")?.reason == "3.1 is listed as affected")
        #expect(affected.status(of: "3.1")?.affected == true)
        let silent = CVERecord.Affected(vendor: "Acme", product: "Pump", versions: [])
        #expect(silent.status(of: "1.0") == nil)
    }

    @Test func otherDocumentsAreRefusedWithTheField() throws {
        let legacy = Data(
            #"{"dataType": "CVE", "dataVersion": "4.0", "cveMetadata": {"cveId": "CVE-1", "state": "PUBLISHED"}, "containers": {"cna": {}}}"#
                .utf8
        )
        let error = try #require(throws: WardError.self) { try CVERecord.read(legacy, file: "old.json") }
        #expect(error.location == "old.json at $.dataType")
    }
}
