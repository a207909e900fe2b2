import Foundation
import Testing
import WardIntel
import WardTesting

/// The same Debian 12 machine described by syft in CycloneDX 1.6 and in SPDX 2.3 must give the same packages.
///
/// syft adds one entry to each file that is not a package: the CycloneDX file lists the distribution itself as an
/// `operating-system` component (debian 12, no purl), and the SPDX file lists the scanned directory `/` as the
/// package the document DESCRIBES (CycloneDX keeps that directory in `metadata.component` instead). The comparison
/// leaves out those two by that rule and then expects identical packages.
@Suite struct DebianHostSBOMTests {
    struct Loaded {
        var cycloneDX: SoftwareBillOfMaterials
        var spdx: SoftwareBillOfMaterials
        var cycloneDXPackages: [SoftwareComponent]
        var spdxPackages: [SoftwareComponent]
    }

    static func load() throws -> Loaded {
        let cycloneDX = try SBOMReader.read(contentsOf: SharedData.url("sbom/debian-host/debian12-host.cdx.json"))
        let spdx = try SBOMReader.read(contentsOf: SharedData.url("sbom/debian-host/debian12-host.spdx.json"))
        return Loaded(
            cycloneDX: cycloneDX,
            spdx: spdx,
            cycloneDXPackages: cycloneDX.components.filter { $0.kind != .operatingSystem },
            spdxPackages: spdx.components.filter { $0.reference != spdx.subject?.reference }
        )
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func bothFormatsAreRecognisedAndGive803Components() throws {
        let loaded = try Self.load()
        #expect(loaded.cycloneDX.format == .cycloneDX)
        #expect(loaded.cycloneDX.specVersion == "1.6")
        #expect(loaded.spdx.format == .spdx)
        #expect(loaded.spdx.specVersion == "2.3")
        #expect(loaded.cycloneDX.components.count == 803)
        #expect(loaded.spdx.components.count == 803)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func theEntriesThatAreNotPackagesAreTheOnesExpected() throws {
        let loaded = try Self.load()
        let operatingSystems = loaded.cycloneDX.components.filter { $0.kind == .operatingSystem }
        #expect(operatingSystems.map(\.name) == ["debian"])
        #expect(operatingSystems.first?.version == "12")
        #expect(operatingSystems.first?.purl == nil)
        let subject = try #require(loaded.spdx.subject)
        #expect(subject.name == "/")
        #expect(subject.purl == nil)
        #expect(loaded.cycloneDX.subject?.name == "/")
        #expect(loaded.cycloneDXPackages.count == 802)
        #expect(loaded.spdxPackages.count == 802)
        #expect(loaded.cycloneDXPackages.allSatisfy { $0.purl != nil })
        #expect(loaded.spdxPackages.allSatisfy { $0.purl != nil })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func namesVersionsPurlsAndCPEsAgree() throws {
        let loaded = try Self.load()
        func pairs(_ components: [SoftwareComponent]) -> Set<String> {
            Set(components.map { "\($0.name) \($0.version ?? "-")" })
        }
        #expect(pairs(loaded.cycloneDXPackages) == pairs(loaded.spdxPackages))
        #expect(pairs(loaded.cycloneDXPackages).count > 700)
        #expect(Set(loaded.cycloneDXPackages.compactMap(\.purl)) == Set(loaded.spdxPackages.compactMap(\.purl)))
        // CycloneDX has one `cpe` per component and the others in `syft:cpe23` properties; SPDX lists them all as
        // cpe23Type references. Both must reach the same CPE names per purl.
        func cpes(_ components: [SoftwareComponent]) -> [String: Set<String>] {
            Dictionary(components.map { ($0.purl ?? $0.reference, Set($0.cpes)) }, uniquingKeysWith: { $0.union($1) })
        }
        let cycloneDXCPEs = cpes(loaded.cycloneDXPackages)
        #expect(cycloneDXCPEs == cpes(loaded.spdxPackages))
        #expect(cycloneDXCPEs.values.contains { $0.count > 1 })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func dependenciesAgreeWhenNamedByPurl() throws {
        let loaded = try Self.load()
        func edges(_ bom: SoftwareBillOfMaterials) -> Set<String> {
            var purls: [String: String] = [:]
            for component in bom.components { purls[component.reference] = component.purl }
            var result: Set<String> = []
            for component in bom.components {
                for dependency in component.dependencies {
                    result.insert(
                        "\(purls[component.reference] ?? component.reference) -> \(purls[dependency] ?? dependency)"
                    )
                }
            }
            return result
        }
        let cycloneDXEdges = edges(loaded.cycloneDX)
        #expect(cycloneDXEdges.count > 2000)
        #expect(cycloneDXEdges == edges(loaded.spdx))
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func spdxContainmentAndSuppliersAreRead() throws {
        let loaded = try Self.load()
        let subject = try #require(loaded.spdx.subject)
        #expect(Set(subject.children) == Set(loaded.spdxPackages.map(\.reference)))
        #expect(loaded.spdxPackages.allSatisfy { $0.parent == subject.reference })
        let adduser = try #require(loaded.spdx.components.first { $0.name == "adduser" })
        #expect(adduser.version == "3.134")
        #expect(adduser.supplier == nil)  // NOASSERTION in the file
        #expect(adduser.licenses == ["GPL-2.0-only AND GPL-2.0-or-later"])
        #expect(loaded.spdxPackages.contains { $0.supplier != nil && !$0.supplier!.hasPrefix("Person:") })
    }
}
