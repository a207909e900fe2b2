import Foundation
import Testing
import WardIntel
import WardTesting

@Suite struct CSAFVEXTests {
    @Test func turnsEachStatusIntoAStatementWithItsReasons() throws {
        let document = try CSAFDocument.decode(from: Data(CSAFFixtures.advisory.utf8), file: "fixture.json")
        #expect(document.isVEX)
        let statements = document.vexStatements()
        let first = statements.filter { $0.vulnerability == "CVE-2026-0001" }
        #expect(first.map(\.status) == [.fixed, .affected, .notAffected, .affected, .underInvestigation])
        #expect(first.allSatisfy { $0.source == "EXM-2026-001" && $0.products.count == 1 })

        #expect(first[0].products == ["Example Medical Pump Controller 2.1"])
        #expect(first[1].products == ["Example Medical Pump Controller 2.0"])
        #expect(first[1].actionStatement == "Update to 2.1.\nBlock port 4242.")
        #expect(first[2].justification == "vulnerable_code_not_present")
        #expect(first[2].impactStatement == "The vulnerable service is not built for arm64.")
        #expect(first[3].products == ["Example Medical Pump Controller 2.0 installed on Example Linux 12"])
        #expect(first[3].actionStatement == "Update to 2.1.")
        #expect(first[4].products == ["Example Linux 12"])
        #expect(first[4].actionStatement == nil && first[4].justification == nil)
    }

    @Test func groupsProductsThatShareAStatement() throws {
        let document = try CSAFDocument.decode(from: Data(CSAFFixtures.advisory.utf8), file: "fixture.json")
        let statements = document.vexStatements().filter { $0.vulnerability == "EXM-BUG-17" }
        #expect(statements.count == 1)
        let statement = try #require(statements.first)
        #expect(statement.status == .notAffected)
        #expect(statement.products == ["Example Medical Pump Controller 2.0", "Example Medical Pump Controller 2.1"])
        #expect(statement.justification == nil)
        #expect(statement.impactStatement == "These versions have no web interface.")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func oasisVEXExamplesYieldStatements() throws {
        let files = try SharedData.files(in: "csaf/oasis/examples/csaf/csaf_vex", endingWith: ".json")
        #expect(files.count == 13)
        for file in files {
            let document = try CSAFDocument.read(contentsOf: file)
            #expect(document.isVEX, "\(file.lastPathComponent)")
            let statements = document.vexStatements()
            #expect(statements.isEmpty == false, "\(file.lastPathComponent)")
            for statement in statements where statement.status == .notAffected {
                // The VEX profile requires a justification flag or an impact statement for each not-affected product.
                #expect(
                    statement.justification != nil || statement.impactStatement != nil,
                    "\(file.lastPathComponent): \(statement.products)"
                )
            }
            let named = Set(statements.flatMap(\.products))
            let catalogNames = Set(document.productCatalog.products.map(\.name))
            #expect(named.isSubset(of: catalogNames), "\(file.lastPathComponent)")
        }
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func log4jUseCaseEight() throws {
        let url = try SharedData.url("csaf/oasis/examples/csaf/csaf_vex/2022-evd-uc-08-001.json")
        let statements = try CSAFDocument.read(contentsOf: url).vexStatements()
        let log4Shell = statements.filter { $0.vulnerability == "CVE-2021-44228" }
        let notAffected = log4Shell.filter { $0.status == .notAffected }
        #expect(
            notAffected.map(\.impactStatement) == [
                "Class with vulnerable code was removed before shipping.",
                "Log4j was not included in those versions at all.",
            ]
        )
        #expect(notAffected.first?.products.count == 4)
        let affected = log4Shell.filter { $0.status == .affected }
        #expect(
            affected.map(\.actionStatement) == [
                "Update to version 4.2 or later.", "Update to the new version 5.2 or later.",
            ]
        )
        #expect(
            affected.first?.products == [
                "Example Company ABC 2.4", "Example Company ABC 2.6", "Example Company ABC >=2.9|<=4.1",
            ]
        )
        #expect(
            log4Shell.filter { $0.status == .fixed }.flatMap(\.products) == [
                "Example Company JKL 5.1", "Example Company JKL 5.2",
            ]
        )
    }
}
