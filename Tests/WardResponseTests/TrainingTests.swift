import Foundation
import Testing
import WardCore

@testable import WardResponse

@Suite struct TrainingTests {
    static let completions = """
        person,department,module,assigned_at,completed_at
        Ana Ruiz,Front desk,phishing-basics,2026-10-01,2026-10-03
        Ben Cole,Front desk,phishing-basics,2026-10-01,
        "Lind, Ellen",Clinical,phishing-basics,2026-10-01,2026-10-20
        Sam Ortega,Clinical,hipaa-refresher,2026-11-02,2026-11-02
        """

    static let phishing = """
        campaign,person,department,sent_at,clicked,reported
        October,Ana Ruiz,Front desk,2026-10-15,no,yes
        October,Ben Cole,Front desk,2026-10-15,yes,no
        October,"Lind, Ellen",Clinical,2026-10-15,no,yes
        """

    @Test func ratesPerDepartmentAndMonth() throws {
        let records = try TrainingCSV.records(Self.completions, file: "lms.csv")
        #expect(records.count == 4)
        #expect(records[2].person == "Lind, Ellen")
        let results = try TrainingCSV.phishing(Self.phishing, file: "sim.csv")
        let rates = TrainingRates.compute(records: records, results: results)
        let front = try #require(rates.rows.first { $0.department == "Front desk" && $0.month == "2026-10" })
        #expect(front.assigned == 2 && front.completed == 1 && front.completionRate == 0.5)
        #expect(front.sent == 2 && front.clicked == 1 && front.clickRate == 0.5)
        let clinicalNovember = try #require(rates.rows.first { $0.department == "Clinical" && $0.month == "2026-11" })
        #expect(clinicalNovember.completionRate == 1)
        #expect(rates.assigned == 4 && rates.completed == 3 && rates.sent == 3 && rates.clicked == 1)
        #expect(rates.rows.map(\.month) == ["2026-10", "2026-10", "2026-11"])
    }

    @Test func badRowsNameTheirLine() {
        func location(_ text: String) -> String? {
            do {
                _ = try TrainingCSV.records(text, file: "lms.csv")
                return nil
            } catch let error as WardError {
                return error.location
            } catch {
                return "?"
            }
        }
        #expect(
            location("person,department,module,assigned_at,completed_at\nAna,Desk,m,2026-10-01,2026-09-01\n")
                == "lms.csv:2: completed_at"
        )
        #expect(location("person,department,module,assigned_at\nAna,Desk,m,2026-13-01\n") == "lms.csv:2: assigned_at")
        #expect(location("person,department,module,assigned_at\nAna,,m,2026-10-01\n") == "lms.csv:2: department")
        #expect(location("person,dept,module\n") == "lms.csv:1: column 2")
        #expect(location("person,department,module,assigned_at\nAna,Desk\n") == "lms.csv:2")
        #expect(throws: WardError.self) {
            try TrainingCSV.phishing("campaign,person,department,sent_at,clicked\nX,A,D,2026-10-01,maybe\n", file: "s")
        }
    }

    @Test func modulesAreChecked() {
        #expect(throws: WardError.self) {
            try TrainingModule(id: "x", title: "t", topic: "p", hicpPractice: "11", cpgGoal: nil, minutes: 5)
                .validated()
        }
        #expect(throws: WardError.self) {
            try TrainingModule(id: "x y", title: "t", topic: "p", hicpPractice: nil, cpgGoal: nil, minutes: 5)
                .validated()
        }
        #expect(throws: WardError.self) {
            try TrainingModule(id: "x", title: "t", topic: "p", hicpPractice: nil, cpgGoal: nil, minutes: 0).validated()
        }
    }
}
