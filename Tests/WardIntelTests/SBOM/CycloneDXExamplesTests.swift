import Foundation
import Testing
import WardIntel
import WardTesting

/// The CycloneDX project's examples: SBOMs in JSON and XML across spec versions 1.1 to 1.4, a hardware BOM, and
/// CISA's VEX use cases. All of them are CycloneDX `bom` documents; the VEX ones carry vulnerabilities and no (or
/// few) components, and read as bills with ``SoftwareBillOfMaterials/vexStatements``.
@Suite struct CycloneDXExamplesTests {
    static let folder = "sbom/cyclonedx-examples"

    static func allFiles() throws -> [URL] {
        let root = try SharedData.url(folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }
            .filter { ["json", "xml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }

    /// How many vulnerabilities in a JSON document carry an analysis state, counted from the raw JSON.
    static func analysedVulnerabilities(_ url: URL) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let vulnerabilities = object?["vulnerabilities"] as? [[String: Any]] ?? []
        return vulnerabilities.filter { ($0["analysis"] as? [String: Any])?["state"] != nil }.count
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everyExampleParses() throws {
        let files = try Self.allFiles()
        #expect(files.count == 27)
        for url in files {
            let relative = url.path.components(separatedBy: "cyclonedx-examples/").last ?? url.path
            let bom = try SBOMReader.read(contentsOf: url)
            #expect(bom.format == .cycloneDX, "\(relative)")
            if relative.hasPrefix("VEX/"), relative.hasSuffix("vex.json") || relative.contains("vex-") {
                #expect(!bom.vexStatements.isEmpty, "\(relative)")
                #expect(bom.vexStatements.count == (try Self.analysedVulnerabilities(url)), "\(relative)")
            } else if !relative.hasPrefix("VEX/") {
                #expect(!bom.components.isEmpty, "\(relative)")
                #expect(bom.components.allSatisfy { !$0.name.isEmpty }, "\(relative)")
            }
        }
    }

    @Test(
        .enabled(if: SharedData.enabled, SharedData.skipMessage),
        arguments: [
            ("SBOM/dropwizard-1.3.15/bom.json", "SBOM/dropwizard-1.3.15/bom.xml"),
            ("SBOM/keycloak-10.0.2/bom.json", "SBOM/keycloak-10.0.2/bom.xml"),
            ("SBOM/laravel-7.12.0/bom.1.2.json", "SBOM/laravel-7.12.0/bom.1.2.xml"),
            ("SBOM/laravel-7.12.0/bom.1.3.json", "SBOM/laravel-7.12.0/bom.1.3.xml"),
            ("SBOM/laravel-7.12.0/bom.1.4.json", "SBOM/laravel-7.12.0/bom.1.4.xml"),
        ]
    )
    func jsonAndXMLOfTheSameBillAgree(json: String, xml: String) throws {
        let fromJSON = try SBOMReader.read(contentsOf: SharedData.url("\(Self.folder)/\(json)"))
        let fromXML = try SBOMReader.read(contentsOf: SharedData.url("\(Self.folder)/\(xml)"))
        #expect(fromJSON.specVersion == fromXML.specVersion)
        #expect(!fromJSON.components.isEmpty)
        #expect(fromJSON.components.count == fromXML.components.count)
        func summary(_ bom: SoftwareBillOfMaterials) -> Set<String> {
            Set(
                bom.components.map {
                    [$0.reference, $0.group ?? "", $0.name, $0.version ?? "", $0.purl ?? "", $0.kind?.rawValue ?? ""]
                        .joined(separator: "|") + "|" + $0.hashes.map(\.value).joined(separator: ",")
                }
            )
        }
        let difference = summary(fromJSON).symmetricDifference(summary(fromXML))
        #expect(difference.isEmpty, "\(difference.sorted().prefix(4))")
        // Licenses agree wherever the XML has them: the dropwizard XML omits the one license expression
        // (osgi-resource-locator's) that its JSON twin carries.
        let jsonLicenses = Dictionary(uniqueKeysWithValues: fromJSON.components.map { ($0.reference, $0.licenses) })
        for component in fromXML.components where !component.licenses.isEmpty {
            #expect(jsonLicenses[component.reference] == component.licenses, "\(component.reference)")
        }
        let licensedInJSON = fromJSON.components.filter { !$0.licenses.isEmpty }.count
        #expect(licensedInJSON > 0)
        #expect(fromXML.components.filter { !$0.licenses.isEmpty }.count >= licensedInJSON - 1)
        #expect(fromJSON.dependencies == fromXML.dependencies)
        #expect(fromJSON.subject?.name == fromXML.subject?.name)
        #expect(fromJSON.subject?.purl == fromXML.subject?.purl)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func theOldestXMLVersionReadsWithoutBomRefs() throws {
        let bom = try SBOMReader.read(contentsOf: SharedData.url("\(Self.folder)/SBOM/laravel-7.12.0/bom.1.1.xml"))
        #expect(bom.specVersion == "1.1")
        #expect(bom.components.count == 62)
        let cors = try #require(bom.components.first { $0.name == "stack-cors" })
        #expect(cors.group == "asm89")
        #expect(cors.version == "1.3.0")
        #expect(cors.purl == "pkg:composer/asm89/stack-cors@1.3.0")
        #expect(cors.licenses == ["MIT"])
        #expect(Set(bom.components.map(\.reference)).count == 62)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func hardwareBOMKeepsSuppliers() throws {
        let bom = try SBOMReader.read(
            contentsOf: SharedData.url("\(Self.folder)/HBOM/PCIe-SATA-adapter-board/bom.json")
        )
        #expect(bom.subject?.kind == .device)
        #expect(bom.components.count == 6)
        #expect(bom.components.allSatisfy { $0.kind == .device && $0.supplier != nil })
        #expect(bom.components.first { $0.reference == "PCIE-098-02-F-D-EMS2" }?.supplier == "Samtec")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func notAffectedUseCaseGivesItsJustification() throws {
        let bom = try SBOMReader.read(
            contentsOf: SharedData.url("\(Self.folder)/VEX/CISA-Use-Cases/Case-1/vex-not_affected.json")
        )
        let statement = try #require(bom.vexStatements.first)
        #expect(bom.vexStatements.count == 1)
        #expect(statement.vulnerability == "CVE-2021-44228")
        #expect(statement.status == .notAffected)
        #expect(statement.justification == "code_not_present")
        #expect(statement.products == ["product-ABC"])
        #expect(statement.actionStatement == "will_not_fix")
        #expect(statement.impactStatement?.contains("Class with vulnerable code was removed") == true)
        #expect(statement.source == "vex-not_affected.json")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func mixedUseCaseMapsEveryState() throws {
        let bom = try SBOMReader.read(contentsOf: SharedData.url("\(Self.folder)/VEX/CISA-Use-Cases/Case-3/vex.json"))
        let byVulnerability = Dictionary(uniqueKeysWithValues: bom.vexStatements.map { ($0.vulnerability, $0) })
        #expect(byVulnerability.count == 19)
        #expect(byVulnerability["CVE-2020-11896"]?.status == .underInvestigation)
        #expect(byVulnerability["CVE-2020-11897"]?.status == .notAffected)
        #expect(byVulnerability["CVE-2020-11897"]?.justification == "code_not_present")
        #expect(byVulnerability["CVE-2020-11898"]?.status == .affected)
        #expect(byVulnerability["CVE-2020-11898"]?.justification == nil)
        #expect(byVulnerability["CVE-2020-11901"]?.status == .fixed)
        #expect(bom.vexStatements.allSatisfy { $0.products == ["product-GHI"] })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func standaloneVEXKeepsBOMLinksToOtherBills() throws {
        let bom = try SBOMReader.read(contentsOf: SharedData.url("\(Self.folder)/VEX/CISA-Use-Cases/Case-7/vex.json"))
        #expect(bom.components.isEmpty)
        #expect(bom.vexStatements.map(\.status) == [.affected, .notAffected, .notAffected, .fixed])
        #expect(
            bom.vexStatements.first?.products == [
                "urn:cdx:cbb2cd68-2857-43b8-a10b-e8c03d277d18/1#product-ABC",
                "urn:cdx:e4c3eedc-4978-470c-ad02-6ffff63738ff/1#product-JKL",
            ]
        )
    }
}
