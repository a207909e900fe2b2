import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

/// Recognising the format from the content, whatever the file is called.
@Suite struct SBOMReaderTests {
    @Test(arguments: [
        (#"{"bomFormat": "CycloneDX", "specVersion": "1.6"}"#, SBOMReader.Encoding.cycloneDXJSON),
        ("\u{FEFF}  {\n \"spdxVersion\": \"SPDX-2.3\"}", .spdxJSON),
        (#"<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.6"/>"#, .cycloneDXXML),
        ("# generated\nSPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n", .spdxTagValue),
    ])
    func detectsTheFormat(text: String, expected: SBOMReader.Encoding) throws {
        #expect(try SBOMReader.detect(Data(text.utf8), file: "input") == expected)
    }

    @Test(arguments: [#"{"@context": "https://openvex.dev/ns/v0.2.0"}"#, "name,version\nopenssl,3.0\n"])
    func refusesWhatIsNotABill(text: String) throws {
        let error = try #require(throws: WardError.self) { try SBOMReader.read(Data(text.utf8), file: "thing.txt") }
        #expect(error.code == .invalidInput)
        #expect(error.location == "thing.txt")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func readsSharedFilesOfEveryEncoding() throws {
        let cases: [(String, SoftwareBillOfMaterials.Format, String)] = [
            ("sbom/debian-host/debian12-host.cdx.json", .cycloneDX, "1.6"),
            ("sbom/debian-host/debian12-host.spdx.json", .spdx, "2.3"),
            ("sbom/cyclonedx-examples/SBOM/laravel-7.12.0/bom.1.3.xml", .cycloneDX, "1.3"),
        ]
        for (path, format, version) in cases {
            let bom = try SBOMReader.read(contentsOf: SharedData.url(path))
            #expect(bom.format == format, "\(path)")
            #expect(bom.specVersion == version, "\(path)")
        }
    }
}
