import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

@Suite struct CSAFDocumentTests {
    static func advisoryFiles() throws -> [URL] {
        try SharedData.files(in: "csaf/cisa-icsma", endingWith: ".json")
            + SharedData.files(in: "csaf/cisa-ics", endingWith: ".json")
    }

    static func exampleFiles() throws -> [URL] {
        try SharedData.files(in: "csaf/oasis/examples/csaf", endingWith: ".json")
            + SharedData.files(in: "csaf/oasis/examples/csaf/csaf_vex", endingWith: ".json")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everyCISAAdvisoryParsesAndNamesOnlyProductsItDefines() throws {
        let files = try Self.advisoryFiles()
        #expect(files.count == 135)
        var vulnerabilityCount = 0
        for file in files {
            let document = try CSAFDocument.read(contentsOf: file)
            #expect(document.document.csafVersion == "2.0")
            #expect(document.document.publisher.name.isEmpty == false, "\(file.lastPathComponent)")
            let catalog = document.productCatalog
            #expect(catalog.products.isEmpty == false, "\(file.lastPathComponent) has no products")
            let unresolved = document.unresolvedReferences(in: catalog)
            #expect(unresolved.productIDs.isEmpty, "\(file.lastPathComponent): \(unresolved.productIDs)")
            #expect(unresolved.groupIDs.isEmpty, "\(file.lastPathComponent): \(unresolved.groupIDs)")
            for vulnerability in document.vulnerabilities ?? [] {
                vulnerabilityCount += 1
                for assessment in document.assessments(for: vulnerability, in: catalog) {
                    #expect(assessment.product?.id == assessment.productID)
                }
            }
        }
        #expect(vulnerabilityCount > 135)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func philipsVuePACSAdvisory() throws {
        let document = try CSAFDocument.read(contentsOf: SharedData.url("csaf/cisa-icsma/icsma-24-200-01.json"))
        #expect(document.document.tracking.id == "ICSMA-24-200-01")
        #expect(document.document.category == "csaf_security_advisory")
        let product = try #require(document.productCatalog.product(id: "CSAFPID-0001"))
        #expect(product.vendor == "Philips")
        #expect(product.productName == "Vue PACS")
        #expect(product.versionRange == "<12.2.8.410")
        #expect(product.version == nil)
        #expect(product.name == "Philips Vue PACS: <12.2.8.410")
        let vulnerability = try #require(document.vulnerabilities?.first { $0.cve == "CVE-2020-36518" })
        #expect(vulnerability.cwe?.id == "CWE-787")
        let affected = document.affectedProducts(for: vulnerability)
        #expect(affected.map(\.productID) == ["CSAFPID-0001"])
        let assessment = try #require(affected.first)
        #expect(assessment.statuses == [.knownAffected])
        #expect(assessment.cvssV3?.baseScore == 5.3)
        #expect(assessment.cvssV3?.vectorString == "CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H")
        #expect(assessment.remediations.map(\.category) == ["mitigation", "vendor_fix", "vendor_fix", "mitigation"])
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func stJudeMerlinTransmitterAdvisory() throws {
        let document = try CSAFDocument.read(contentsOf: SharedData.url("csaf/cisa-icsma/icsma-17-009-01a.json"))
        let catalog = document.productCatalog
        #expect(
            catalog.products.map(\.productName) == [
                "Inductive models EX1100", "Inductive models EX1100 with MerlinOnDemand capability", "RF models EX1150",
            ]
        )
        #expect(Set(catalog.products.compactMap(\.vendor)) == ["St. Jude Medical"])
        #expect(Set(catalog.products.compactMap(\.versionRange)) == ["< 8.2.2"])
        let vulnerability = try #require(document.vulnerabilities?.first)
        #expect(vulnerability.cve == "CVE-2017-5149")
        let affected = document.affectedProducts(for: vulnerability)
        #expect(affected.count == 3)
        #expect(affected.allSatisfy { $0.cvssV3?.baseScore == 8.9 && $0.meaning == .affected })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func kiebackPeterAdvisoryHasThreeCVEsOverTenControllers() throws {
        let document = try CSAFDocument.read(contentsOf: SharedData.url("csaf/cisa-ics/icsa-24-291-05.json"))
        let cves = document.vulnerabilities?.compactMap(\.cve) ?? []
        #expect(cves == ["CVE-2024-41717", "CVE-2024-43812", "CVE-2024-43698"])
        let product = try #require(document.productCatalog.product(id: "CSAFPID-0006"))
        #expect(product.vendor == "Kieback&Peter")
        #expect(product.productName == "DDC4002e")
        #expect(product.versionRange == "<=1.17.6")
        let second = try #require(document.vulnerabilities?[1])
        let affected = document.affectedProducts(for: second)
        #expect(affected.count == 10)
        #expect(affected.allSatisfy { $0.cvssV3?.baseScore == 8.4 })
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func oasisExamplesParseAndResolve() throws {
        let files = try Self.exampleFiles()
        #expect(files.count == 19)
        for file in files {
            let document = try CSAFDocument.read(contentsOf: file)
            let unresolved = document.unresolvedReferences(in: document.productCatalog)
            #expect(unresolved.productIDs.isEmpty, "\(file.lastPathComponent): \(unresolved.productIDs)")
        }
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func relationshipComposesAProductFromBoth() throws {
        let document = try CSAFDocument.read(contentsOf: SharedData.url("csaf/oasis/examples/csaf/rhsa-2021_5186.json"))
        let catalog = document.productCatalog
        let component =
            "openshift4/ose-metering-ansible-operator-bundle:v4.6.0.202112161349.p0.gd74112d.assembly.art3595-1"
        let product = try #require(catalog.product(id: "8Base-RHOSE-4.6:" + component))
        #expect(product.name == component + " as a component of Red Hat OpenShift Container Platform 4.6")
        #expect(product.vendor == "Red Hat")
        let composition = try #require(product.composition)
        #expect(composition.category == "default_component_of")
        #expect(composition.componentID == component)
        #expect(composition.parentID == "8Base-RHOSE-4.6")
        #expect(composition.parentName == "Red Hat OpenShift Container Platform 4.6")
        let platform = try #require(catalog.product(id: "8Base-RHOSE-4.6"))
        #expect(platform.productFamily == "Red Hat OpenShift Enterprise")
        #expect(platform.identificationHelper?.cpe == "cpe:/a:redhat:openshift:4.6::el8")

        let vulnerability = try #require(document.vulnerabilities?.first { $0.cve == "CVE-2021-4104" })
        let assessment = try #require(
            document.assessments(for: vulnerability, in: catalog).first { $0.productID == product.id }
        )
        #expect(assessment.meaning == .notAffected)
        // Red Hat rates the vulnerability as a whole with a threat that names no product; it stays on the
        // vulnerability rather than being copied onto products the vulnerability does not affect.
        #expect(assessment.threats.isEmpty)
        #expect(vulnerability.threats?.map(\.details) == ["Moderate"])
    }

    @Test func encodesBackToTheSameDocument() throws {
        let document = try CSAFDocument.decode(from: Data(CSAFFixtures.advisory.utf8), file: "fixture.json")
        let encoded = try JSONEncoder().encode(document)
        let again = try CSAFDocument.decode(from: encoded, file: "encoded.json")
        #expect(again == document)
        #expect(again.vulnerabilities?.first?.productStatus?.firstFixed == ["PID-2"])
    }

    @Test func truncatedJSONNamesTheFile() throws {
        let text = String(CSAFFixtures.advisory.prefix(CSAFFixtures.advisory.count / 2))
        let error = try #require(throws: WardError.self) {
            try CSAFDocument.decode(from: Data(text.utf8), file: "truncated.json")
        }
        #expect(error.code == .invalidInput)
        #expect(error.location?.hasPrefix("truncated.json") == true)
        #expect(error.message.contains("not valid JSON"))
    }

    @Test func wrongTypeNamesThePath() throws {
        let text = CSAFFixtures.advisory.replacingOccurrences(
            of: #""known_affected": ["PID-1"]"#,
            with: #""known_affected": "PID-1""#
        )
        #expect(text != CSAFFixtures.advisory)
        let error = try #require(throws: WardError.self) {
            try CSAFDocument.decode(from: Data(text.utf8), file: "bad.json")
        }
        #expect(error.code == .invalidInput)
        #expect(error.location == "bad.json at $.vulnerabilities[0].product_status.known_affected")
    }

    @Test func missingFieldInABranchNamesThePath() throws {
        let text = CSAFFixtures.advisory.replacingOccurrences(of: #""name": "2.1","#, with: "")
        #expect(text != CSAFFixtures.advisory)
        let error = try #require(throws: WardError.self) {
            try CSAFDocument.decode(from: Data(text.utf8), file: "bad.json")
        }
        #expect(error.location == "bad.json at $.product_tree.branches[0].branches[0].branches[0].branches[1]")
        #expect(error.message.contains("'name'"))
    }

    @Test func refusesOtherCSAFVersions() throws {
        let text = CSAFFixtures.advisory.replacingOccurrences(
            of: #""csaf_version": "2.0""#,
            with: #""csaf_version": "1.0""#
        )
        #expect(text != CSAFFixtures.advisory)
        let error = try #require(throws: WardError.self) {
            try CSAFDocument.decode(from: Data(text.utf8), file: "old.json")
        }
        #expect(error.code == .invalidInput)
        #expect(error.location == "old.json at $.document.csaf_version")
        #expect(error.message.contains("1.0"))
    }

    @Test func ignoresUnknownFields() throws {
        let text = CSAFFixtures.advisory.replacingOccurrences(
            of: #""csaf_version": "2.0","#,
            with: #""csaf_version": "2.0", "x_vendor_extension": {"anything": [1, 2]},"#
        )
        #expect(text != CSAFFixtures.advisory)
        let document = try CSAFDocument.decode(from: Data(text.utf8), file: "extended.json")
        #expect(document.document.title == "Example advisory")
    }
}
