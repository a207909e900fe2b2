import Foundation
import Testing

/// A whole small-organization HICP assessment through the `ward` binary, with scores checked against values
/// computed by hand here.
@Suite("ward assess and ward frameworks", .serialized)
struct AssessmentCommandTests {
    @Test func frameworksListHasTheRightCountsAndBundledFilesValidate() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let library = try #require(try await ward.json(["frameworks", "list"]) as? [String: Any])
        let frameworks = try #require(library["frameworks"] as? [[String: Any]])
        func counts(_ key: String) -> [Int] {
            let entry = frameworks.first { $0["key"] as? String == key }
            return (entry?["levels"] as? [[String: Any]] ?? []).compactMap { $0["count"] as? Int }
        }
        #expect(counts("hicp@2018") == [10, 89])
        #expect(counts("hph-cpg@2024") == [2, 20])
        #expect(counts("nist-csf@2.0") == [6, 22, 106])
        #expect(counts("cisa-cpg@2.0") == [6, 34])
        #expect(counts("hipaa-security@2013") == [5, 22, 41])
        #expect((library["crosswalks"] as? [Any])?.count == 5)

        let exported = try await ward.run(["frameworks", "export", "--out", "catalogs"])
        #expect(exported.status == 0, "\(exported.errors)")
        let folder = ward.directory.appendingPathComponent("catalogs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(files.count == 11)
        let validated = try await ward.run(["frameworks", "validate"] + files.map { "catalogs/\($0)" })
        #expect(validated.status == 0, "\(validated.errors)")
        #expect(validated.output.split(separator: "\n").count == 11)

        // A broken copy: a typo in a field name, an unknown tier and a crosswalk to a missing id.
        var hicp = try String(contentsOf: folder.appendingPathComponent("hicp-2018.json"), encoding: .utf8)
        // Only the file's own edition changes (the first occurrence); every row still says 2018.
        hicp = hicp.replacingOccurrences(
            of: "\"edition\": \"2018\"",
            with: "\"edition\": \"2018-mine\"",
            options: [],
            range: hicp.range(of: "\"edition\": \"2018\"")
        )
        hicp = hicp.replacingOccurrences(of: "\"id\": \"hicp\"", with: "\"id\": \"hicp-mine\"")
        hicp = hicp.replacingOccurrences(
            of: "\"metrics\"",
            with: "\"metricz\"",
            options: [],
            range: hicp.range(of: "\"metrics\"")
        )
        try hicp.write(to: ward.directory.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let broken = try await ward.run(["frameworks", "validate", "broken.json"])
        #expect(broken.status == 65)
        let lines = broken.errors.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("broken.json:") && $0.contains(".metricz: unknown field") },
            "\(broken.errors)"
        )
        #expect(lines.contains { $0.contains("this row says edition '2018' but the file is edition '2018-mine'") })
        #expect(try await ward.run(["frameworks", "import", "broken.json"]).status == 65)
        let after = try #require(try await ward.json(["frameworks", "list"]) as? [String: Any])
        #expect((after["frameworks"] as? [Any])?.count == 6, "nothing imported")
    }

    /// The statuses of the 19 small-organization sub-practices, and the scores they must give.
    static let answers: [(String, String)] = [
        ("1.S.A", "implemented"), ("1.S.B", "partial"), ("1.S.C", "not_implemented"),
        ("2.S.A", "implemented"),
        ("3.S.A", "partial"),
        ("4.S.A", "implemented"), ("4.S.B", "planned"), ("4.S.C", "not_applicable"),
        ("5.S.A", "implemented"), ("5.S.B", "implemented"), ("5.S.C", "partial"),
        ("6.S.A", "not_implemented"), ("6.S.B", "partial"), ("6.S.C", "implemented"),
        ("7.S.A", "planned"),
        ("8.S.A", "implemented"), ("8.S.B", "not_applicable"),
        ("9.S.A", "partial"),
        ("10.S.A", "implemented"),
    ]

    @Test func aFullSmallClinicAssessmentThroughTheCommandLine() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let created = try #require(
            try await ward.json([
                "assess", "create", "--framework", "hicp", "--providers", "4", "--beds", "0", "--it-staff", "0",
                "--it-assets", "40", "--outsourced-it",
            ]) as? [String: Any]
        )
        #expect(created["tier"] as? String == "small")
        #expect((created["tierRationale"] as? String)?.contains("small: 4 providers (10 or fewer)") == true)
        let id = try #require(created["id"] as? String)

        for (requirement, status) in Self.answers {
            var arguments = ["assess", "answer", id, requirement, "--status", status]
            if status == "not_applicable" { arguments += ["--reason", "no such system here"] }
            let result = try await ward.run(arguments)
            #expect(result.status == 0, "\(requirement): \(result.errors)")
        }
        // Outside the tier, and not applicable without a reason: refused, exit 65.
        let medium = try await ward.run(["assess", "answer", id, "1.M.A", "--status", "implemented"])
        #expect(medium.status == 65)
        #expect(medium.errors.contains("1.M.A applies to medium and large organizations"))
        #expect(try await ward.run(["assess", "answer", id, "9.S.A", "--status", "not_applicable"]).status == 65)

        let scores = try #require(try await ward.json(["assess", "scores", id]) as? [String: Any])
        #expect(scores["answered"] as? Int == 19)
        #expect(scores["applicable"] as? Int == 19)
        #expect(scores["notApplicable"] as? Int == 2)
        // By hand: 17 scored leaves; implemented 1, partial 0.5, planned and not implemented 0.
        // Sum = 1.5 + 1 + 0.5 + 1 + 2.5 + 1.5 + 0 + 1 + 0.5 + 1 = 10.5 → 10.5 / 17 = 61.76 → 61.8.
        #expect(scores["overall"] as? Double == 61.8)
        let groups = Dictionary(
            uniqueKeysWithValues: (scores["groups"] as? [[String: Any]] ?? []).map {
                ($0["id"] as? String ?? "", $0["score"] as? Double)
            }
        )
        let expected: [String: Double] = [
            "1": 50, "2": 100, "3": 50, "4": 50, "5": 83.3, "6": 50, "7": 0, "8": 100, "9": 50, "10": 100,
        ]
        for (practice, score) in expected { #expect(groups[practice] == score, "practice \(practice)") }
        // Threats (HICP's practice-to-threat table): T1 phishing is mitigated by practices 1, 8 and 10:
        // (1 + 0.5 + 0 + 1 + 1) / 5 = 70. T5 medical devices by practices 3, 5, 6, 7, 8, 9, 10:
        // (0.5 + 2.5 + 1.5 + 0 + 1 + 0.5 + 1) / 11 = 63.6.
        let threats = Dictionary(
            uniqueKeysWithValues: (scores["threats"] as? [[String: Any]] ?? []).map {
                ($0["id"] as? String ?? "", $0["score"] as? Double)
            }
        )
        #expect(threats["T1"] == 70)
        #expect(threats["T5"] == 63.6)
        // The answers reach the HPH goals through the crosswalk, with the path.
        let coverage = scores["coverage"] as? [[String: Any]] ?? []
        let goals =
            coverage.first { $0["framework"] as? String == "hph-cpg@2024" }?["requirements"] as? [[String: Any]] ?? []
        let vulnerabilities = goals.first { $0["id"] as? String == "E1" }
        #expect(vulnerabilities?["status"] as? String == "not_met")
        #expect((vulnerabilities?["path"] as? String)?.contains("7.S.A planned") == true)

        let plan = try await ward.run(["assess", "plan", id, "--format", "csv"])
        #expect(plan.status == 0)
        let rows = plan.output.split(separator: "\r\n")
        #expect(rows.first == "rank,requirement,title,group,status,priority,effort,owner,due_date,reasons,resources")
        #expect(rows.count == 1 + 9, "9 gaps: 5 partial, 2 planned, 2 not implemented; got \(rows.count - 1)")
        let report = try await ward.run(["assess", "report", id, "--out", "report.html"])
        #expect(report.status == 0)
        let html = try String(contentsOf: ward.directory.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("Top ten actions"))

        // An answers file with one bad row changes nothing.
        let csv = "requirement,status,notes\n1.S.C,implemented,now done\n1.M.A,implemented,wrong tier\n"
        try csv.write(to: ward.directory.appendingPathComponent("answers.csv"), atomically: true, encoding: .utf8)
        let imported = try await ward.run(["assess", "import", id, "answers.csv"])
        #expect(imported.status == 65)
        #expect(imported.errors.contains("answers.csv"), "\(imported.errors)")
        let again = try #require(try await ward.json(["assess", "scores", id]) as? [String: Any])
        #expect(again["overall"] as? Double == 61.8)
        let history = try #require(try await ward.json(["assess", "history", id, "1.S.C"]) as? [[String: Any]])
        #expect(history.count == 1)

        // A year later: everything implemented (the same two not applicable), imported from one file.
        let later = try #require(
            try await ward.json(["assess", "create", "--framework", "hicp@2018", "--tier", "small"]) as? [String: Any]
        )
        let laterID = try #require(later["id"] as? String)
        let laterRows = Self.answers.map { requirement, status in
            status == "not_applicable"
                ? "\(requirement),not_applicable,no such system here" : "\(requirement),implemented,"
        }
        try (["requirement,status,not_applicable_reason"] + laterRows).joined(separator: "\n")
            .write(to: ward.directory.appendingPathComponent("later.csv"), atomically: true, encoding: .utf8)
        #expect(try await ward.run(["assess", "import", laterID, "later.csv"]).output.contains("imported 19 answers"))
        let comparison = try #require(try await ward.json(["assess", "compare", id, laterID]) as? [String: Any])
        // Nine requirements were below implemented; eight were implemented already and two stay not applicable.
        #expect(comparison["improved"] as? Int == 9)
        #expect(comparison["regressed"] as? Int == 0)
        #expect(comparison["unchanged"] as? Int == 10)
        #expect(comparison["overallDelta"] as? Double == 38.2)  // 100 − 61.76
    }
}

@Suite("ward import, ward findings", .serialized)
struct FindingsCommandTests {
    @Test func nessusImportThenFalsePositiveAndAcceptance() async throws {
        let ward = try WardBinary()
        defer { ward.remove() }
        let nessus = """
            <?xml version="1.0" ?>
            <NessusClientData_v2><Report name="weekly">
            <ReportHost name="10.20.0.9"><HostProperties><tag name="host-ip">10.20.0.9</tag></HostProperties>
            <ReportItem port="445" svc_name="cifs" protocol="tcp" severity="4" pluginID="97833" pluginName="MS17-010" pluginFamily="Windows"><cve>CVE-2017-0144</cve></ReportItem>
            <ReportItem port="22" svc_name="ssh" protocol="tcp" severity="1" pluginID="90317" pluginName="SSH weak key exchange" pluginFamily="Misc."/>
            </ReportHost></Report></NessusClientData_v2>
            """
        try nessus.write(to: ward.directory.appendingPathComponent("weekly.nessus"), atomically: true, encoding: .utf8)
        let imported = try await ward.run(["import", "nessus", "weekly.nessus"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("2 findings: 2 opened"))
        let findings = try #require(try await ward.json(["findings"]) as? [[String: Any]])
        #expect(findings.count == 2)
        let weak = try #require(findings.first { $0["rule"] as? String == "90317" }?["key"] as? String)
        #expect(
            try await ward.run(["findings", "false-positive", weak, "--reason", "restricted by the vendor"]).status == 0
        )
        #expect(
            try await ward.run([
                "findings", "accept", weak, "--approver", "", "--until", "2099-01-01", "--controls", "x",
            ])
            .status == 65
        )
        let open = try #require(try await ward.json(["findings"]) as? [[String: Any]])
        #expect(open.count == 1, "the false positive left the open list")
        // The same export again: nothing new opens, and the false positive stays one.
        #expect(try await ward.run(["import", "nessus", "weekly.nessus"]).output.contains("0 opened"))
    }
}
