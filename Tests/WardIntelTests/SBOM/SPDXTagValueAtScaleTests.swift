import Foundation
import Testing
import WardIntel
import WardTesting

/// The Debian host's SPDX JSON, rewritten as tag-value by the test, must read back as the same bill: this runs the
/// streamed reader over thousands of lines and across its chunk boundaries.
@Suite struct SPDXTagValueAtScaleTests {
    /// Writes the packages and relationships of an SPDX JSON document as tag-value, straight from the raw JSON.
    static func tagValue(fromJSON url: URL) throws -> String {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var lines = [
            "SPDXVersion: \(object["spdxVersion"] as? String ?? "")",
            "DataLicense: CC0-1.0",
            "SPDXID: \(object["SPDXID"] as? String ?? "")",
            "DocumentName: \(object["name"] as? String ?? "")",
            "DocumentNamespace: \(object["documentNamespace"] as? String ?? "")",
            "Created: \((object["creationInfo"] as? [String: Any])?["created"] as? String ?? "")",
            "",
        ]
        for package in object["packages"] as? [[String: Any]] ?? [] {
            lines.append("PackageName: \(package["name"] as? String ?? "")")
            lines.append("SPDXID: \(package["SPDXID"] as? String ?? "")")
            let fields = [
                ("versionInfo", "PackageVersion"), ("supplier", "PackageSupplier"),
                ("originator", "PackageOriginator"), ("licenseDeclared", "PackageLicenseDeclared"),
                ("licenseConcluded", "PackageLicenseConcluded"), ("primaryPackagePurpose", "PrimaryPackagePurpose"),
            ]
            for (key, tag) in fields {
                if let value = package[key] as? String { lines.append("\(tag): \(value)") }
            }
            if let source = package["sourceInfo"] as? String {
                lines.append("PackageSourceInfo: <text>\(source)\nsecond line</text>")
            }
            for reference in package["externalRefs"] as? [[String: Any]] ?? [] {
                let parts = ["referenceCategory", "referenceType", "referenceLocator"].map {
                    reference[$0] as? String ?? ""
                }
                lines.append("ExternalRef: \(parts.joined(separator: " "))")
            }
            lines.append("")
        }
        for relationship in object["relationships"] as? [[String: Any]] ?? [] {
            let parts = ["spdxElementId", "relationshipType", "relatedSpdxElement"].map {
                relationship[$0] as? String ?? ""
            }
            lines.append("Relationship: \(parts.joined(separator: " "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func debianHostReadsTheSameInBothEncodings() throws {
        let jsonURL = try SharedData.url("sbom/debian-host/debian12-host.spdx.json")
        let text = try Self.tagValue(fromJSON: jsonURL)
        #expect(text.utf8.count > 256 * 1024)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-debian-\(UUID().uuidString).spdx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(text.utf8).write(to: url)
        let fromTagValue = try SBOMReader.read(contentsOf: url)
        let fromJSON = try SBOMReader.read(contentsOf: jsonURL)
        #expect(fromTagValue.components.count == 803)
        #expect(fromTagValue.components == fromJSON.components)
        #expect(fromTagValue.dependencies == fromJSON.dependencies)
        #expect(fromTagValue.subject == fromJSON.subject)
    }
}
