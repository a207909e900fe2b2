import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

/// CISA's KEV catalog (JSON, CSV and three earlier catalogs) and FIRST's EPSS file, from ../shared/data.
@Suite struct KEVAndEPSSTests {
    static func catalog(_ path: String) throws -> KEVCatalog {
        let url = try SharedData.url(path)
        return try KEVReader.read(try IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func theJSONAndCSVPublicationsGiveTheSameCatalog() throws {
        let json = try Self.catalog("kev/known_exploited_vulnerabilities.json")
        #expect(json.catalogVersion == "2025.08.25")
        #expect(json.vulnerabilities.count == 1404)
        let csv = try Self.catalog("kev/known_exploited_vulnerabilities.csv")
        #expect(csv.vulnerabilities.count == json.vulnerabilities.count)
        // Field by field, the two publications agree.
        let byID = Dictionary(uniqueKeysWithValues: json.vulnerabilities.map { ($0.cveID, $0) })
        for entry in csv.vulnerabilities {
            let twin = try #require(byID[entry.cveID])
            #expect(entry == twin, "\(entry.cveID)")
        }
        let git = try #require(json.entry(for: "CVE-2025-48384"))
        #expect(git.vendorProject == "Git" && git.dueDate == "2025-09-15" && git.cwes == ["CWE-59", "CWE-436"])
        #expect(json.vulnerabilities.contains { $0.usedByRansomware })
        #expect(json.vulnerabilities.contains { !$0.usedByRansomware })
    }

    @Test(
        .enabled(if: SharedData.enabled, SharedData.skipMessage),
        arguments: [
            "kev/history/kev-2025-01-27.json", "kev/history/kev-2025-03-03.json", "kev/history/kev-2025-08-15.json",
        ]
    )
    func newSinceAnEarlierCatalogIsEverythingAddedAfterIt(older path: String) throws {
        let current = try Self.catalog("kev/known_exploited_vulnerabilities.json")
        let older = try Self.catalog(path)
        let added = current.added(since: older)
        #expect(current.removed(since: older).isEmpty)
        #expect(added.count == current.vulnerabilities.count - older.vulnerabilities.count)
        let lastKnown = try #require(older.vulnerabilities.map(\.dateAdded).max())
        #expect(added.allSatisfy { $0.dateAdded > lastKnown }, "everything new was added after the older catalog")
        #expect(added.map(\.dateAdded) == added.map(\.dateAdded).sorted())
        // And nothing added after the older catalog is missing from the list.
        let expected = Set(current.vulnerabilities.filter { $0.dateAdded > lastKnown }.map(\.cveID))
        #expect(Set(added.map(\.cveID)) == expected)
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func theFiveAddedAfterMidAugust2025() throws {
        let current = try Self.catalog("kev/known_exploited_vulnerabilities.json")
        let older = try Self.catalog("kev/history/kev-2025-08-15.json")
        #expect(older.catalogVersion == "2025.08.14")
        let added = current.added(since: older)
        #expect(added.count == 5)
        #expect(added.last?.cveID == "CVE-2025-48384" || added.contains { $0.cveID == "CVE-2025-48384" })
    }

    @Test func badCatalogsNameTheEntry() throws {
        func entry(_ id: String, due: String = "2025-09-15") -> String {
            """
            {"cveID": "\(id)", "vendorProject": "V", "product": "P", "vulnerabilityName": "N",
             "dateAdded": "2025-08-25", "shortDescription": "", "requiredAction": "", "dueDate": "\(due)",
             "knownRansomwareCampaignUse": "Unknown", "notes": ""}
            """
        }
        let cut = #"{"catalogVersion": "1", "count": 2, "vulnerabilities": [\#(entry("CVE-2025-0001"))]}"#
        let short = try #require(throws: WardError.self) { try KEVReader.read(Data(cut.utf8), file: "kev.json") }
        #expect(short.message.contains("says it has 2 entries but lists 1"))
        let badDate = #"{"catalogVersion": "1", "vulnerabilities": [\#(entry("CVE-2025-0001", due: "15/09/2025"))]}"#
        let date = try #require(throws: WardError.self) { try KEVReader.read(Data(badDate.utf8), file: "kev.json") }
        #expect(date.location == "kev.json at $.vulnerabilities[0]" && date.message.contains("dueDate"))
        let twice =
            #"{"catalogVersion": "1", "vulnerabilities": [\#(entry("CVE-2025-0001")), \#(entry("CVE-2025-0001"))]}"#
        let duplicate = try #require(throws: WardError.self) { try KEVReader.read(Data(twice.utf8), file: "kev.json") }
        #expect(duplicate.location == "kev.json at $.vulnerabilities[1]")
        let notCVE = #"{"catalogVersion": "1", "vulnerabilities": [\#(entry("CVE-25-1"))]}"#
        #expect(throws: WardError.self) { try KEVReader.read(Data(notCVE.utf8), file: "kev.json") }
        let csv = "cveID,vendorProject,product\nCVE-2025-0001,V,P\n"
        let header = try #require(throws: WardError.self) { try KEVReader.read(Data(csv.utf8), file: "kev.csv") }
        #expect(header.location == "kev.csv, line 1")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func theEPSSFileIsReadWithItsModelAndEveryRow() throws {
        let url = try SharedData.url("epss/epss_scores-2026-09-29-selected.csv")
        let scores = try EPSSReader.read(contentsOf: url)
        #expect(scores.modelVersion == "v2026.06.15")
        #expect(scores.scoreDate == "2026-09-29T12:00:22Z")
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("CVE-") }
        #expect(scores.scores.count == rows.count)
        #expect(rows.count == 1600)
        // Every row's numbers, read independently.
        for row in rows {
            let fields = row.split(separator: ",")
            let score = try #require(scores[String(fields[0])])
            #expect(score.probability == Double(fields[1]) && score.percentile == Double(fields[2]))
        }
        let head = try EPSSReader.read(contentsOf: try SharedData.url("epss/epss_scores-2026-09-29-head.csv"))
        #expect(head.scores.count == 534)
        #expect(head["CVE-1999-0001"] == EPSSScores.Score(probability: 0.03351, percentile: 0.88255))
    }

    @Test func epssRowsAreReadAcrossChunkBoundariesAndBadRowsNameTheirLine() throws {
        var text = "#model_version:v1,score_date:2026-01-01T00:00:00Z\r\ncve,epss,percentile\r\n"
        for index in 0..<5000 { text += "CVE-2020-\(10000 + index),0.\(index % 10)1,0.5\r\n" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("epss-\(UUID()).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let scores = try EPSSReader.read(contentsOf: file)
        #expect(scores.scores.count == 5000)
        #expect(scores["CVE-2020-14999"]?.probability == 0.91)
        let bad = "cve,epss,percentile\nCVE-2020-0001,0.1,0.2\nCVE-2020-0002,1.7,0.2\n"
        let error = try #require(throws: WardError.self) { try EPSSReader.read(Data(bad.utf8), file: "e.csv") }
        #expect(error.location == "e.csv, line 3" && error.message.contains("'1.7'"))
        let noHeader = try #require(throws: WardError.self) {
            try EPSSReader.read(Data("CVE-2020-0001,0.1,0.2\n".utf8), file: "e.csv")
        }
        #expect(noHeader.location == "e.csv, line 1")
    }
}
