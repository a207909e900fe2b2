import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

/// NVD CVE API 2.0 records from ../shared/data/nvd, matched against real CPE names.
@Suite struct NVDMatcherTests {
    static func records() throws -> [NVDRecord] {
        try SharedData.files(in: "nvd", endingWith: ".json").flatMap { url in
            try NVDReader.read(try IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
        }
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everySharedRecordParsesWithItsConfigurationsAndScores() throws {
        let files = try SharedData.files(in: "nvd", endingWith: ".json")
        let records = try Self.records()
        #expect(records.count == files.count)
        #expect(Set(records.map(\.id)) == Set(files.map { $0.deletingPathExtension().lastPathComponent }))
        let wolf = try #require(records.first { $0.id == "CVE-2022-25640" })
        #expect(wolf.metrics?.cvss3?.cvssData.baseScore == 7.5)
        #expect(wolf.metrics?.cvss3?.cvssData.vectorString == "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N")
        #expect(wolf.cweIdentifiers == ["CWE-295"])
        #expect(wolf.summary?.hasPrefix("In wolfSSL before 5.2.0") == true)
        let matcher = NVDMatcher(records: records)
        #expect(matcher.unreadableCriteria.isEmpty, "\(matcher.unreadableCriteria)")
        #expect(matcher.configurationCount == records.reduce(0) { $0 + ($1.configurations?.count ?? 0) })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func wolfSSLAndFreeRTOSFromTheDeviceSBOMMeetTheirRanges() throws {
        let matcher = NVDMatcher(records: try Self.records())
        // The CPE names exactly as the medical-device SBOM (extended.sbom.json) writes them.
        let wolf = try CPEName("cpe:2.3:a:wolfssl:wolfssl:4.8.1:*:*:*:*:*:*:*")
        let wolfMatches = matcher.matches(for: [wolf], platformKnown: false)
        #expect(
            wolfMatches.map(\.cve) == ["CVE-2021-44718", "CVE-2022-25638", "CVE-2022-25640", "CVE-2022-34293"]
        )
        #expect(wolfMatches.allSatisfy { $0.confidence == .exactCPE })
        let reason = try #require(wolfMatches.first { $0.cve == "CVE-2022-25640" }?.reason)
        #expect(reason.contains("wolfssl wolfssl before 5.2.0"), "\(reason)")
        #expect(wolfMatches.first { $0.cve == "CVE-2021-44718" }?.reason.contains("up to and including 5.0.0") == true)

        // Range ends: 5.0.0 is still inside "up to and including 5.0.0"; 5.4.0 is outside "before 5.4.0".
        let five = try CPEName("cpe:2.3:a:wolfssl:wolfssl:5.0.0:*:*:*:*:*:*:*")
        #expect(matcher.matches(for: [five], platformKnown: false).map(\.cve).contains("CVE-2021-44718"))
        let fixed = try CPEName("cpe:2.3:a:wolfssl:wolfssl:5.4.0:*:*:*:*:*:*:*")
        #expect(matcher.matches(for: [fixed], platformKnown: false).isEmpty)

        // The SBOM files FreeRTOS as an operating system (o); NVD as an application (a). The names decide.
        let rtos = try CPEName("cpe:2.3:o:amazon:freertos:10.0.1:*:*:*:-:*:*:*")
        let rtosMatches = matcher.matches(for: [rtos], platformKnown: false)
        #expect(rtosMatches.map(\.cve) == ["CVE-2018-16525"])
        #expect(rtosMatches.first?.reason.contains("up to and including 10.0.1") == true)
        #expect(rtosMatches.first?.reason.contains("part 'a'") == true)
        let newer = try CPEName("cpe:2.3:o:amazon:freertos:10.0.2:*:*:*:-:*:*:*")
        #expect(matcher.matches(for: [newer], platformKnown: false).isEmpty)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func runningOnConfigurationsNeedThePlatform() throws {
        let matcher = NVDMatcher(records: try Self.records())
        // CVE-2019-0708 (BlueKeep) lists Siemens AXIOM Multix M firmware running on its hardware (an AND node).
        let firmware = try CPEName("cpe:2.3:o:siemens:axiom_multix_m_firmware:-:*:*:*:*:*:*:*")
        let hardware = try CPEName("cpe:2.3:h:siemens:axiom_multix_m:-:*:*:*:*:*:*:*")
        let device = matcher.matches(for: [firmware, hardware], platformKnown: true)
        let bluekeep = try #require(device.first { $0.cve == "CVE-2019-0708" })
        #expect(bluekeep.confidence == .exactCPE)
        #expect(bluekeep.reason.contains("running on cpe:2.3:h:siemens:axiom_multix_m"))
        // The firmware alone on an asset whose platform is known to be something else: not met.
        let other = try CPEName("cpe:2.3:h:acme:scanner:-:*:*:*:*:*:*:*")
        #expect(!matcher.matches(for: [firmware, other], platformKnown: true).contains { $0.cve == "CVE-2019-0708" })
        // The firmware seen alone in an SBOM: a match, but unconfirmed.
        let alone = matcher.matches(for: [firmware], platformKnown: false).first { $0.cve == "CVE-2019-0708" }
        #expect(alone?.confidence == .cpeUnconfirmed)

        // A plain OR entry with "not applicable" version and an update: Windows 7 SP1.
        let windows = try CPEName("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*")
        #expect(matcher.matches(for: [windows], platformKnown: true).contains { $0.cve == "CVE-2019-0708" })
        let sp0 = try CPEName("cpe:2.3:o:microsoft:windows_7:-:-:*:*:*:*:*:*")
        #expect(!matcher.matches(for: [sp0], platformKnown: true).contains { $0.cve == "CVE-2019-0708" })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func anAPIResponsePageReadsLikeBareRecords() throws {
        let url = try SharedData.url("nvd/CVE-2021-44228.json")
        let bare = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        let page = try JSONSerialization.data(withJSONObject: [
            "format": "NVD_CVE", "version": "2.0", "resultsPerPage": 1, "vulnerabilities": [["cve": bare]],
        ])
        let records = try NVDReader.read(page, file: "page.json")
        #expect(records.map(\.id) == ["CVE-2021-44228"])
        #expect(records.first?.cisaExploitAdd != nil, "Log4Shell carries CISA's KEV fields")
        let log4j = try CPEName("cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*")
        let matches = NVDMatcher(records: records).matches(for: [log4j], platformKnown: false)
        #expect(matches.map(\.cve) == ["CVE-2021-44228"])
        #expect(matches.first?.confidence == .exactCPE)
    }

    @Test func badRecordsNameThePath() throws {
        let wrongType = Data(#"{"id": "CVE-1", "descriptions": [], "configurations": [{"nodes": "x"}]}"#.utf8)
        let error = try #require(throws: WardError.self) { try NVDReader.read(wrongType, file: "bad.json") }
        #expect(error.location == "bad.json at $.configurations[0].nodes", "\(String(describing: error.location))")
        let old = Data(#"{"format": "NVD_CVE", "version": "1.1", "vulnerabilities": []}"#.utf8)
        let version = try #require(throws: WardError.self) { try NVDReader.read(old, file: "old.json") }
        #expect(version.message.contains("version 2.0"))
        let other = Data(#"{"CVE_Items": []}"#.utf8)
        #expect(throws: WardError.self) { try NVDReader.read(other, file: "feed.json") }
    }
}
