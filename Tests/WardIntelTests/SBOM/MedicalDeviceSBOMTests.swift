import Foundation
import Testing
import WardIntel
import WardTesting

/// Two real CycloneDX 1.4 SBOMs from FDA premarket submissions (anonymized), with hardware, firmware and libraries.
@Suite struct MedicalDeviceSBOMTests {
    /// Counts the components in the raw JSON, nested ones included, independently of the reader.
    static func rawComponentCount(_ url: URL) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        func count(_ list: Any?) -> Int {
            let components = list as? [[String: Any]] ?? []
            return components.reduce(components.count) { $0 + count($1["components"]) }
        }
        return count(object?["components"])
    }

    @Test(
        .enabled(if: SharedData.enabled, SharedData.skipMessage),
        arguments: [("extended.sbom.json", 65), ("narrow.sbom.json", 55)]
    )
    func parsesWithEveryComponentCarryingCPEAndPurl(file: String, expected: Int) throws {
        let url = try SharedData.url("sbom/medical-device/\(file)")
        let bom = try SBOMReader.read(contentsOf: url)
        #expect(bom.format == .cycloneDX)
        #expect(bom.specVersion == "1.4")
        #expect(bom.components.count == expected)
        #expect(bom.components.count == (try Self.rawComponentCount(url)))
        #expect(bom.subject?.kind == .device)
        for component in bom.components {
            #expect(component.cpes.first?.hasPrefix("cpe:2.3:") == true, "\(component.name) has no CPE 2.3")
            #expect(component.purl?.hasPrefix("pkg:") == true, "\(component.name) has no purl")
        }
        let references = bom.components.map(\.reference)
        #expect(Set(references).count == references.count)
    }

    @Test(
        .enabled(if: SharedData.enabled, SharedData.skipMessage),
        arguments: ["extended.sbom.json", "narrow.sbom.json"]
    )
    func wolfSSLIsPresent(file: String) throws {
        let bom = try SBOMReader.read(contentsOf: SharedData.url("sbom/medical-device/\(file)"))
        let wolfSSL = try #require(bom.components.first { $0.name == "WolfSSL" })
        #expect(wolfSSL.version == "4.8.1")
        #expect(wolfSSL.cpes == ["cpe:2.3:a:wolfssl:wolfssl:4.8.1:*:*:*:*:*:*:*"])
        #expect(wolfSSL.purl == "pkg:github/wolfssl/wolfssl")
        #expect(wolfSSL.kind == .firmware)
        #expect(wolfSSL.supplier == "wolfSSL")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func freeRTOSIsPresentInTheExtendedSBOM() throws {
        let bom = try SBOMReader.read(contentsOf: SharedData.url("sbom/medical-device/extended.sbom.json"))
        let freeRTOS = try #require(bom.components.first { $0.name == "FreeRTOS" })
        #expect(freeRTOS.version == "10.0.1")
        #expect(freeRTOS.cpes == ["cpe:2.3:o:amazon:freertos:10.0.1:*:*:*:-:*:*:*"])
        #expect(freeRTOS.supplier == "Amazon")
        #expect(freeRTOS.kind == .firmware)
        #expect(freeRTOS.licenses == ["MIT"])
    }
}
