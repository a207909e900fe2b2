import Foundation
import Testing
import WardIntel
import WardStore
import WardTesting

/// `ward feeds import|status|kev-new` through the real binary, on a fresh database of each engine, with the real
/// feeds in ../shared/data copied into a temporary folder.
@Suite(
    "ward feeds import, status and kev-new",
    .serialized,
    .enabled(if: SharedData.enabled, SharedData.skipMessage)
)
struct FeedsCommandTests {
    func copy(_ shared: String, into folder: URL) throws {
        let source = try SharedData.url(shared)
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(source.lastPathComponent))
    }

    @Test(arguments: TestDatabase.engines)
    func importAFolderTwiceReportsWhatIsNewInKEVAndABadFileImportsNothing(engine: DatabaseEngine) async throws {
        let older = try KEVReader.read(
            try Data(contentsOf: try SharedData.url("kev/history/kev-2025-08-15.json")),
            file: "kev-2025-08-15.json"
        )
        let current = try KEVReader.read(
            try Data(contentsOf: try SharedData.url("kev/known_exploited_vulnerabilities.json")),
            file: "known_exploited_vulnerabilities.json"
        )
        let added = current.added(since: older)
        try #require(!added.isEmpty)

        try await InventoryCommandTests.Workspace.with(engine) { workspace in
            let ward = workspace.ward
            let feeds = ward.directory.appendingPathComponent("feeds")
            try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
            try copy("kev/history/kev-2025-08-15.json", into: feeds)
            let first = try await workspace.run(["feeds", "import", "feeds"])
            #expect(first.status == 0, "\(first.errors)")
            #expect(
                first.output.contains("\(older.vulnerabilities.count) entries, all new (the first KEV import)"),
                "\(first.output)"
            )

            for file in [
                "kev/known_exploited_vulnerabilities.json", "epss/epss_scores-2026-09-29-selected.csv",
                "nvd/CVE-2017-0144.json", "nvd/CVE-2019-0708.json", "csaf/cisa-icsma/icsma-17-009-01a.json",
                "csaf/cisa-icsma/icsma-17-009-01a.json.sha512", "csaf/cisa-icsma/icsma-17-009-01a.json.asc",
            ] {
                try copy(file, into: feeds)
            }
            let second = try await workspace.run(["feeds", "import", "feeds"])
            #expect(second.status == 0, "\(second.errors)")
            let output = second.output
            #expect(
                output.contains(
                    "(feeds/kev-2025-08-15.json): \(older.vulnerabilities.count) entries; this file was imported before, nothing written"
                ),
                "\(output)"
            )
            #expect(output.contains("\(added.count) new in KEV since the last import"), "\(output)")
            let lines = output.split(separator: "\n").map(String.init)
            for entry in added {
                #expect(
                    lines.contains {
                        $0.hasPrefix("  \(entry.cveID)  \(entry.dateAdded)  \(entry.vendorProject)  \(entry.product)")
                    },
                    "\(entry.cveID) in \(output)"
                )
            }
            #expect(output.contains("1600 scores, 1600 new"), "\(output)")
            #expect(output.contains("NVD: 2 documents from 2 files: 2 new, 0 updated, 0 unchanged"), "\(output)")
            #expect(
                output.contains("CSAF ICSMA-17-009-01A (feeds/icsma-17-009-01a.json): sha512 verified; signature "),
                "\(output)"
            )
            #expect(output.contains("skipped feeds/icsma-17-009-01a.json.asc: a digest or signature"), "\(output)")
            #expect(output.contains("skipped feeds/icsma-17-009-01a.json.sha512: a digest or signature"), "\(output)")

            let statusResult = try await workspace.run(["feeds", "status", "--format", "json"])
            #expect(statusResult.status == 0, "\(statusResult.errors)")
            let statuses = try #require(
                try JSONSerialization.jsonObject(with: Data(statusResult.output.utf8)) as? [[String: Any]]
            )
            let byKind = Dictionary(
                uniqueKeysWithValues: statuses.compactMap { status in
                    (status["kind"] as? String).map { ($0, status) }
                }
            )
            let union = Set(older.vulnerabilities.map(\.cveID) + current.vulnerabilities.map(\.cveID))
            #expect(byKind["kev"]?["stored"] as? Int == union.count)
            #expect(byKind["kev"]?["imports"] as? Int == 2)
            #expect((byKind["kev"]?["lastImport"] as? [String: Any])?["version"] as? String == current.catalogVersion)
            #expect(byKind["epss"]?["stored"] as? Int == 1_600)
            #expect(byKind["nvd"]?["stored"] as? Int == 2)
            #expect(byKind["csaf"]?["stored"] as? Int == 1)
            #expect(byKind["osv"]?["imports"] as? Int == 0)

            let news = try await workspace.run(["feeds", "kev-new", "--format", "json"])
            let changes = try #require(try JSONSerialization.jsonObject(with: Data(news.output.utf8)) as? [String: Any])
            let entries = try #require(changes["entries"] as? [[String: Any]])
            let newCVEs = entries.compactMap { ($0["entry"] as? [String: Any])?["cveID"] as? String }
            #expect(Set(newCVEs) == Set(added.map(\.cveID)))
            let table = try await workspace.run(["feeds", "kev-new"])
            #expect(table.output.hasPrefix("\(added.count) new in KEV since the previous import"), "\(table.output)")

            // A folder with a good record and a truncated one: nothing is imported, the error names file and path.
            let bad = ward.directory.appendingPathComponent("bad")
            try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
            try copy("nvd/CVE-2018-13379.json", into: bad)
            let whole = try Data(contentsOf: try SharedData.url("nvd/CVE-2017-0199.json"))
            try whole.prefix(whole.count / 2).write(to: bad.appendingPathComponent("CVE-2017-0199.json"))
            let failed = try await workspace.run(["feeds", "import", "bad"])
            #expect(failed.status == 65, "\(failed.output) \(failed.errors)")
            #expect(failed.errors.contains("bad/CVE-2017-0199.json at $"), "\(failed.errors)")
            let after = try await workspace.run(["feeds", "status", "--format", "json"])
            #expect(after.output == statusResult.output)
        }
    }
}
