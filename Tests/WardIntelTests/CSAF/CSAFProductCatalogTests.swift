import Foundation
import Testing
import WardIntel

@Suite struct CSAFProductCatalogTests {
    let document: CSAFDocument
    let catalog: CSAFProductCatalog

    init() throws {
        document = try CSAFDocument.decode(from: Data(CSAFFixtures.advisory.utf8), file: "fixture.json")
        catalog = document.productCatalog
    }

    @Test func flattensBranchesFullNamesAndRelationshipsInDocumentOrder() {
        #expect(catalog.products.map(\.id) == ["PID-1", "PID-2", "PID-3", "PID-4", "PID-5"])
    }

    @Test func gathersEveryBranchLevelAboveAProduct() throws {
        let product = try #require(catalog.product(id: "PID-3"))
        #expect(product.vendor == "Example Medical")
        #expect(product.productFamily == "Infusion")
        #expect(product.productName == "Pump Controller")
        #expect(product.architecture == "arm64")
        #expect(product.versionRange == "vers:generic/<2.0")
        #expect(product.version == nil)
        #expect(
            product.branchPath.map(\.category) == [
                "vendor", "product_family", "product_name", "architecture", "product_version_range",
            ]
        )
        let sibling = try #require(catalog.product(id: "PID-2"))
        #expect(sibling.version == "2.1")
        #expect(sibling.architecture == nil)
    }

    @Test func keepsIdentificationHelpers() throws {
        let product = try #require(catalog.product(id: "PID-4"))
        #expect(product.vendor == nil)
        #expect(product.identificationHelper?.purl == "pkg:generic/example-linux@12")
        #expect(product.identificationHelper?.cpe == "cpe:2.3:o:example:linux:12:*:*:*:*:*:*:*")
        #expect(product.identificationHelper?.modelNumbers == ["EL-12"])
    }

    @Test func composesARelationshipFromItsComponentAndParent() throws {
        let product = try #require(catalog.product(id: "PID-5"))
        #expect(product.name == "Example Medical Pump Controller 2.0 installed on Example Linux 12")
        #expect(product.vendor == "Example Medical")
        #expect(product.productName == "Pump Controller")
        #expect(product.version == "2.0")
        #expect(
            product.composition
                == CSAFProduct.Composition(
                    category: "installed_on",
                    componentID: "PID-1",
                    componentName: "Example Medical Pump Controller 2.0",
                    parentID: "PID-4",
                    parentName: "Example Linux 12"
                )
        )
    }

    @Test func expandsGroupsOnceEachInOrder() {
        #expect(catalog.productIDs(inGroup: "GRP-OLD") == ["PID-1", "PID-5"])
        #expect(catalog.productIDs(inGroup: "GRP-NONE") == nil)
        #expect(
            catalog.expand(productIDs: ["PID-2", "PID-5"], groupIDs: ["GRP-OLD", "GRP-NONE"])
                == ["PID-2", "PID-5", "PID-1"]
        )
        #expect(catalog.product(id: "PID-9") == nil)
    }

    @Test func firstDefinitionOfADuplicateIDWins() {
        let tree = CSAFDocument.ProductTree(fullProductNames: [
            .init(name: "first", productID: "X"), .init(name: "second", productID: "X"),
        ])
        let catalog = CSAFProductCatalog(tree)
        #expect(catalog.products.map(\.name) == ["first"])
        #expect(CSAFProductCatalog(nil).products.isEmpty)
    }

    @Test func assessesEachProductWithWhatAppliesToIt() throws {
        let vulnerability = try #require(document.vulnerabilities?.first)
        let assessments = document.assessments(for: vulnerability, in: catalog)
        #expect(assessments.map(\.productID) == ["PID-2", "PID-1", "PID-3", "PID-5", "PID-4"])
        let byID = Dictionary(uniqueKeysWithValues: assessments.map { ($0.productID, $0) })

        let affected = try #require(byID["PID-1"])
        #expect(affected.statuses == [.knownAffected])
        #expect(affected.meaning == .affected)
        #expect(affected.remediations.map(\.details) == ["Update to 2.1.", "Block port 4242."])
        #expect(affected.scores.count == 2)
        #expect(affected.cvssV3?.baseScore == 9.8)
        #expect(affected.scores.compactMap(\.cvssV2).first?.baseScore == 10.0)
        #expect(affected.threatDetails("exploit_status") == ["No known exploitation."])

        let fixed = try #require(byID["PID-2"])
        #expect(fixed.statuses == [.firstFixed, .recommended])
        #expect(fixed.meaning == .fixed)
        #expect(fixed.remediations.isEmpty)

        let notAffected = try #require(byID["PID-3"])
        #expect(notAffected.meaning == .notAffected)
        #expect(notAffected.flags.map(\.label) == ["vulnerable_code_not_present"])
        #expect(notAffected.threatDetails("impact") == ["The vulnerable service is not built for arm64."])

        let composed = try #require(byID["PID-5"])
        #expect(composed.statuses == [.lastAffected])
        #expect(composed.remediations.map(\.category) == ["vendor_fix"])
        #expect(byID["PID-4"]?.meaning == .underInvestigation)

        #expect(document.affectedProducts(for: vulnerability).map(\.productID) == ["PID-1", "PID-5"])
    }

    @Test func contradictoryStatusesCountAsAffected() {
        var assessment = CSAFProductAssessment(productID: "P", product: nil)
        assessment.statuses = [.knownNotAffected, .knownAffected]
        #expect(assessment.meaning == .affected)
        #expect(assessment.name == "P")
        assessment.statuses = []
        #expect(assessment.meaning == nil)
    }

    @Test func reportsReferencesToUndefinedProductsAndGroups() throws {
        #expect(document.unresolvedReferences(in: catalog).productIDs.isEmpty)
        let text = CSAFFixtures.advisory
            .replacingOccurrences(of: #""under_investigation": ["PID-4"]"#, with: #""under_investigation": ["PID-9"]"#)
            .replacingOccurrences(of: #""group_ids": ["GRP-OLD"]}"#, with: #""group_ids": ["GRP-X"]}"#)
        let broken = try CSAFDocument.decode(from: Data(text.utf8), file: "broken.json")
        let unresolved = broken.unresolvedReferences(in: broken.productCatalog)
        #expect(unresolved.productIDs == ["PID-9"])
        #expect(unresolved.groupIDs == ["GRP-X"])
    }
}
