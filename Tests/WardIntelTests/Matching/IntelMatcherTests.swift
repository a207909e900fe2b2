import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

/// The whole chain on real data: device SBOMs, NVD, KEV, EPSS, CVE 5 and CISA's medical advisories.
@Suite struct IntelMatcherTests {
    static func nvd() throws -> [NVDRecord] {
        try SharedData.files(in: "nvd", endingWith: ".json").flatMap {
            try NVDReader.read(try IntelDocument.read(contentsOf: $0), file: $0.lastPathComponent)
        }
    }

    static func cve() throws -> [CVERecord] {
        try SharedData.files(in: "cve5", endingWith: ".json").map {
            try CVERecord.read(try IntelDocument.read(contentsOf: $0), file: $0.lastPathComponent)
        }
    }

    static func kev() throws -> KEVCatalog {
        let url = try SharedData.url("kev/known_exploited_vulnerabilities.json")
        return try KEVReader.read(try IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    static func advisories(_ folder: String) throws -> [(name: String, document: CSAFDocument)] {
        try SharedData.files(in: folder, endingWith: ".json").map {
            ($0.lastPathComponent, try CSAFDocument.read(contentsOf: $0))
        }
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func theDeviceSBOMsWolfSSLAndFreeRTOSMatchWithReasonsAndPriorities() throws {
        let sbom = try SBOMReader.read(contentsOf: try SharedData.url("sbom/medical-device/extended.sbom.json"))
        var unreadable: [String] = []
        let pump = Prioritizer.Context(criticality: .lifeSupporting, handlesPHI: true)
        let targets = sbom.components.map {
            MatchTarget(component: $0, in: "extended.sbom.json", context: pump, unreadable: &unreadable)
        }
        #expect(unreadable.isEmpty, "\(unreadable)")
        let epss = try EPSSReader.read(contentsOf: try SharedData.url("epss/epss_scores-2026-09-29-selected.csv"))
        let matcher = IntelMatcher(.init(nvd: try Self.nvd(), kev: try Self.kev(), epss: epss, cve: try Self.cve()))
        let matches = matcher.match(targets)

        let wolf = matches.filter { $0.targetLabel.hasPrefix("WolfSSL 4.8.1") }
        #expect(
            Set(wolf.map(\.vulnerability)) == ["CVE-2021-44718", "CVE-2022-25638", "CVE-2022-25640", "CVE-2022-34293"]
        )
        let mutual = try #require(wolf.first { $0.vulnerability == "CVE-2022-25640" })
        #expect(mutual.confidence == .exactCPE)
        #expect(mutual.sources.first?.reason.contains("before 5.2.0") == true)
        #expect(mutual.prioritization?.severity == .high)
        #expect(mutual.prioritization?.points.wellBeing == .high)

        let rtos = matches.filter { $0.targetLabel.hasPrefix("FreeRTOS 10.0.1") }
        #expect(rtos.map(\.vulnerability) == ["CVE-2018-16525"])
        let rtosMatch = try #require(rtos.first)
        #expect(rtosMatch.sources.first?.reason.contains("up to and including 10.0.1") == true)
        // The EPSS file has the FreeRTOS CVEs; its score is in the reasons.
        let score = try #require(epss["CVE-2018-16525"])
        #expect(rtosMatch.prioritization?.reasons.contains { $0.contains("EPSS") } == true)
        #expect(score.probability > 0)
        // Nothing else in the SBOM meets these 30 NVD records.
        #expect(Set(matches.map(\.vulnerability)).isSubset(of: Set(wolf.map(\.vulnerability) + ["CVE-2018-16525"])))
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func aVEXStatementSuppressesTheMatchAndSaysWhy() throws {
        let sbom = try SBOMReader.read(contentsOf: try SharedData.url("sbom/medical-device/narrow.sbom.json"))
        let wolf = try #require(sbom.components.first { $0.name == "WolfSSL" })
        let purl = try #require(wolf.purl)
        var unreadable: [String] = []
        let target = MatchTarget(component: wolf, in: "narrow.sbom.json", unreadable: &unreadable)
        let statement = VEXStatement(
            vulnerability: "CVE-2022-25640",
            products: [purl],
            status: .notAffected,
            justification: "vulnerable_code_not_in_execute_path",
            source: "pump-vex.json"
        )
        let matches = IntelMatcher(.init(nvd: try Self.nvd(), vex: [statement])).match([target])
        let suppressed = try #require(matches.first { $0.vulnerability == "CVE-2022-25640" })
        #expect(suppressed.suppressedBy == statement)
        #expect(!suppressed.isActive)
        #expect(matches.filter(\.isActive).count == 3, "the other three wolfSSL CVEs stay active")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func aMedicalDeviceInTheInventoryMeetsItsCISAAdvisoryByNameAndRange() throws {
        let advisories = try Self.advisories("csaf/cisa-icsma")
        let matcher = IntelMatcher(.init(csaf: advisories, kev: try Self.kev()))
        // Spelt as a hurried inventory would: the vendor misspelt, the version with a V.
        let pacs = MatchTarget(
            id: "asset-7",
            label: "PACS server",
            vendor: "Phillips",
            product: "Vue PACS",
            version: "V12.2.1",
            platformKnown: true,
            context: .init(criticality: .diagnostic, handlesPHI: true)
        )
        let matches = matcher.match([pacs])
        let fromAdvisory = matches.filter { $0.sources.contains { $0.reference == "ICSMA-24-200-01" } }
        #expect(fromAdvisory.count >= 3)
        let first = try #require(fromAdvisory.first { $0.vulnerability == "CVE-2020-36518" })
        let reason = try #require(first.sources.first { $0.kind == "csaf" }?.reason)
        #expect(reason.contains("within '<12.2.8.410'") && reason.contains("Phillips Vue PACS is Philips Vue PACS"))
        #expect(first.confidence == .nameAndVersion)
        // The fixed version is not matched.
        let fixed = MatchTarget(
            id: "asset-8",
            label: "PACS",
            vendor: "Philips",
            product: "Vue PACS",
            version: "12.2.8.410"
        )
        #expect(!matcher.match([fixed]).contains { $0.sources.contains { $0.reference == "ICSMA-24-200-01" } })
    }

    /// KEV joined with the ICSMA advisories: the CVEs both speak of, computed independently from the raw JSON.
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func kevAndTheMedicalAdvisoriesShareTheseCVEs() throws {
        let kev = Set(try Self.kev().vulnerabilities.map(\.cveID))
        let advisories = try Self.advisories("csaf/cisa-icsma")
        let typed = Set(advisories.flatMap { $0.document.vulnerabilities ?? [] }.compactMap(\.cve))
        var raw = Set<String>()
        for file in try SharedData.files(in: "csaf/cisa-icsma", endingWith: ".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            for vulnerability in object?["vulnerabilities"] as? [[String: Any]] ?? [] {
                if let cve = vulnerability["cve"] as? String { raw.insert(cve) }
            }
        }
        #expect(typed == raw)
        let shared = typed.intersection(kev)
        #expect(!shared.isEmpty)
        // An inventory holding every affected product of those advisories (versions unknown) gets one match per
        // shared CVE that carries both the advisory and KEV as sources.
        var targets: [MatchTarget] = []
        for (name, document) in advisories {
            let catalog = document.productCatalog
            for vulnerability in document.vulnerabilities ?? [] where shared.contains(vulnerability.cve ?? "") {
                for assessment in document.assessments(for: vulnerability, in: catalog)
                where assessment.meaning == .affected {
                    guard let product = assessment.product, let vendor = product.vendor,
                        let productName = product.productName
                    else { continue }
                    targets.append(
                        MatchTarget(
                            id: "\(name)/\(product.id)",
                            label: product.name,
                            vendor: vendor,
                            product: productName,
                            context: .init(criticality: .lifeSustaining)
                        )
                    )
                }
            }
        }
        let matches = IntelMatcher(.init(csaf: advisories, kev: try Self.kev())).match(targets)
        let withBoth = matches.filter { match in
            match.sources.contains { $0.kind == "kev" } && match.sources.contains { $0.kind == "csaf" }
        }
        #expect(Set(withBoth.map(\.vulnerability)) == shared)
        #expect(withBoth.allSatisfy { $0.prioritization?.points.exploitation == .active })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func pythonPackagesMeetOSVRecordsAndTheCVEIsTheKey() throws {
        // The PyPA database keeps its OSV records as YAML, one folder per package.
        let records = try SharedData.files(in: "osv/pypi/django", endingWith: ".yaml").map {
            try OSVRecord.read(contentsOf: $0)
        }
        #expect(records.count > 50)
        let target = MatchTarget(id: "app", label: "billing app", purls: ["pkg:pypi/Django@3.2.0"])
        let matches = IntelMatcher(.init(osv: records)).match([target])
        #expect(!matches.isEmpty)
        for match in matches {
            #expect(match.sources.allSatisfy { $0.kind == "osv" && $0.confidence == .purl })
            if match.aliases.contains(where: { $0.hasPrefix("CVE-") }) || match.vulnerability.hasPrefix("CVE-") {
                #expect(match.vulnerability.hasPrefix("CVE-"), "a CVE alias becomes the key")
            }
        }
        // One match per vulnerability even when two OSV records (PYSEC and GHSA) carry the same CVE.
        #expect(Set(matches.map(\.vulnerability)).count == matches.count)
    }
}
