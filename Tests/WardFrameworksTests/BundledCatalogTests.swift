import Testing
import WardCore

@testable import WardFrameworks

/// The catalogs compiled into Ward: each file valid on its own, the set consistent, the counts the publications give.
@Suite struct BundledCatalogTests {
    @Test(arguments: BundledCatalogs.files.map(\.name))
    func everyBundledFileIsValid(name: String) throws {
        let file = try #require(BundledCatalogs.files.first { $0.name == name })
        #expect(throws: Never.self) { _ = try CatalogReader.read(text: file.text, file: file.name) }
    }

    @Test func theLibraryLoadsWithEveryCrosswalk() {
        let library = FrameworkLibrary.bundled
        #expect(library.frameworks.count == 6)
        #expect(library.crosswalks.count == 5)
    }

    func framework(_ id: String, _ edition: String) throws -> Framework {
        try #require(FrameworkLibrary.bundled.frameworks[FrameworkKey(id: id, edition: edition)])
    }

    @Test func hicp2018HasFiveThreatsTenPracticesAndEightyNineSubPractices() throws {
        let hicp = try framework("hicp", "2018")
        #expect(hicp.threats.map(\.id) == ["T1", "T2", "T3", "T4", "T5"])
        #expect(hicp.countsByLevel == [10, 89])
        #expect(hicp.leaves(for: .small).count == 19)
        // Medium organizations answer the 36 medium rows; large ones the medium and the 34 large rows.
        #expect(hicp.leaves(for: .medium).count == 36)
        #expect(hicp.leaves(for: .large).count == 70)
        #expect(hicp.allRequirements.allSatisfy { $0.edition == "2018" })
        #expect(hicp.requirement("3.M.D")?.title == "Multifactor Authentication for Remote Access")
        #expect(hicp.requirement("9.L.C")?.title == "Procurement and Security Evaluations")
        #expect(hicp.requirement("3.S.A")?.confidence == .unverified)
        #expect(hicp.complete)
    }

    @Test func hicp2023IsMarkedPartialAndHoldsOnlyKnownRows() throws {
        let hicp = try framework("hicp", "2023")
        #expect(!hicp.complete)
        #expect(hicp.requirement("9.L.B")?.title == "Procurement and Security Evaluations")
        #expect(hicp.requirement("9")?.title == "Network Connected Medical Devices")
        #expect(hicp.allRequirements.allSatisfy { $0.edition == "2023" })
        // With an empty edition, the newest complete edition is chosen.
        #expect(FrameworkLibrary.bundled.framework(FrameworkKey(parsing: "hicp"))?.key.edition == "2018")
    }

    @Test func cisaAndHHSGoalCounts() throws {
        let hph = try framework("hph-cpg", "2024")
        #expect(hph.leaves.count == 20)
        #expect(hph.leaves.filter { $0.tags.contains("essential") }.count == 10)
        #expect(hph.leaves.filter { $0.tags.contains("enhanced") }.count == 10)
        let cisa = try framework("cisa-cpg", "2.0")
        #expect(cisa.leaves.count == 34)
        #expect(cisa.requirement("3.F")?.title == "Implement Multi-factor Authentication")
    }

    @Test func nistCSF2HasSixFunctionsTwentyTwoCategoriesAndOneHundredSixSubcategories() throws {
        let csf = try framework("nist-csf", "2.0")
        #expect(csf.countsByLevel == [6, 22, 106])
        let perFunction = csf.requirements.map { (id: $0.id, count: csf.leaves(under: $0.id).count) }
        #expect(perFunction.map(\.id) == ["GV", "ID", "PR", "DE", "RS", "RC"])
        #expect(perFunction.map(\.count) == [31, 21, 22, 11, 13, 8])
        #expect(csf.requirement("ID.AM-06") == nil)  // the numbering has gaps; ids are kept as published
    }

    @Test func hipaaSeparatesRequiredAndAddressableSpecifications() throws {
        let hipaa = try framework("hipaa-security", "2013")
        #expect(hipaa.countsByLevel[0] == 5)
        #expect(hipaa.countsByLevel[1] == 22)
        #expect(hipaa.leaves.count == 48)
        #expect(hipaa.leaves.allSatisfy { $0.tags.contains("required") != $0.tags.contains("addressable") })
        #expect(hipaa.requirement("164.308(a)(1)(ii)(A)")?.title == "Risk Analysis")
        #expect(hipaa.requirement("164.308(a)(1)(ii)(A)")?.tags == ["required"])
    }

    @Test func crosswalksAreManyToMany() throws {
        let library = FrameworkLibrary.bundled
        let graph = CrosswalkGraph(library: library)
        let csf = FrameworkKey(id: "nist-csf", edition: "2.0")
        let hicp = FrameworkKey(id: "hicp", edition: "2018")
        // PR.AA-03 (authentication) is reached from several HICP sub-practices …
        let intoAuthentication = graph.edges(from: RequirementKey(framework: csf, id: "PR.AA-03")).filter {
            $0.to.framework == hicp
        }
        #expect(Set(intoAuthentication.map(\.to.id)).isSuperset(of: ["1.M.B", "3.M.C", "3.M.D"]))
        // … and one sub-practice reaches several subcategories.
        let fromBasicMail = graph.edges(from: RequirementKey(framework: hicp, id: "1.M.A")).filter {
            $0.to.framework == csf
        }
        #expect(fromBasicMail.count >= 5)
    }
}
