import Foundation
import Testing
import WardIntel
import WardTesting

/// The 217 real OSV records of the PyPA advisory database in the shared data (`osv/pypi/<package>/*.yaml`).
@Suite(.enabled(if: SharedData.enabled, SharedData.skipMessage))
struct OSVPyPIDataTests {
    static let packages = [
        "cryptography", "django", "flask", "jinja2", "numpy", "pillow", "pyyaml", "requests", "urllib3", "werkzeug",
    ]

    static func records() throws -> [(folder: String, record: OSVRecord)] {
        try packages.flatMap { folder in
            try SharedData.files(in: "osv/pypi/\(folder)", endingWith: ".yaml").map {
                (folder, try OSVRecord.read(contentsOf: $0))
            }
        }
    }

    static func record(_ path: String) throws -> OSVRecord {
        try OSVRecord.read(contentsOf: SharedData.url("osv/pypi/\(path)"))
    }

    @Test func everyRecordParsesAndNamesItsPackageOnPyPI() throws {
        let all = try Self.records()
        #expect(all.count == 217)
        #expect(Set(all.map(\.record.id)).count == 217)
        for (folder, record) in all {
            let packages = record.affected.compactMap(\.package)
            #expect(!packages.isEmpty, "\(record.id)")
            #expect(packages.allSatisfy { $0.ecosystem == "PyPI" }, "\(record.id)")
            #expect(packages.contains { $0.name.lowercased() == folder }, "\(record.id) in \(folder)")
            #expect(record.affected.allSatisfy { $0.ranges.contains { $0.type == .ecosystem } }, "\(record.id)")
            // Every version the database wrote down is valid under PEP 440, so every range can be evaluated.
            for affected in record.affected {
                for version in affected.versions
                    + affected.ranges.filter({ $0.type == .ecosystem })
                    .flatMap(\.events).map(\.version) where version != "0"
                {
                    #expect((try? PEP440Version(version)) != nil, "\(record.id): \(version)")
                }
            }
        }
    }

    /// django PYSEC-2021-98 (CVE-2021-33203) has three ranges: from 0 to 2.2.24, 3.0 to 3.1.12 and 3.2 to 3.2.4.
    @Test func aDjangoRecordWithThreeRanges() throws {
        let record = try Self.record("django/PYSEC-2021-98.yaml")
        #expect(record.aliases.contains("CVE-2021-33203"))
        let match = try #require(record.affects(package: PackageURL(parsing: "pkg:pypi/Django@3.2.0")))
        #expect(match.explanation == "3.2.0 is at or after 3.2 and before 3.2.4 (PEP 440)")
        #expect(
            record.evaluate(ecosystem: "PyPI", name: "django", version: "2.2.23").match?.explanation
                == "2.2.23 is at or after 0 and before 2.2.24 (PEP 440)"
        )
        for fixed in ["3.2.4", "3.1.12", "2.2.24", "2.2.99"] {
            #expect(record.evaluate(ecosystem: "PyPI", name: "django", version: fixed).match == nil, "\(fixed)")
        }
    }

    /// urllib3 PYSEC-2023-192 (CVE-2023-43804) lists its events out of order: 2.0.0–2.0.6, then 0–1.26.17.
    @Test func aUrllib3RecordWithUnsortedEvents() throws {
        let record = try Self.record("urllib3/PYSEC-2023-192.yaml")
        #expect(record.aliases.contains("CVE-2023-43804"))
        let ranges = try #require(record.affected.first?.ranges)
        #expect(ranges.map(\.type) == [.git, .ecosystem])
        let low = try #require(record.affects(package: PackageURL(parsing: "pkg:pypi/urllib3@1.26.16")))
        #expect(low.explanation == "1.26.16 is at or after 0 and before 1.26.17 (PEP 440)")
        let high = try #require(record.affects(package: PackageURL(parsing: "pkg:pypi/urllib3@2.0.5")))
        #expect(high.explanation == "2.0.5 is at or after 2.0.0 and before 2.0.6 (PEP 440)")
        for fixed in ["1.26.17", "2.0.6"] {
            let verdict = record.evaluate(ecosystem: "PyPI", name: "urllib3", version: fixed)
            #expect(verdict.match == nil)
            // The GIT range is mentioned as not evaluated, not silently ignored.
            #expect(verdict.reason.contains("GIT range of https://github.com/urllib3/urllib3"), "\(verdict.reason)")
        }
    }

    /// jinja2 PYSEC-2019-217 (CVE-2019-10906) is fixed in 2.10.1: 2.10 is affected, which a numeric reading of
    /// "2.10" as 2.1 would miss.
    @Test func aJinja2RecordWhereTwoDigitMinorVersionsMatter() throws {
        let record = try Self.record("jinja2/PYSEC-2019-217.yaml")
        #expect(record.aliases.contains("CVE-2019-10906"))
        #expect(
            record.affects(package: try PackageURL(parsing: "pkg:pypi/jinja2@2.10"))?.explanation
                == "2.10 is at or after 0 and before 2.10.1 (PEP 440)"
        )
        #expect(record.affects(package: try PackageURL(parsing: "pkg:pypi/jinja2@2.10.1")) == nil)
        #expect(record.affects(package: try PackageURL(parsing: "pkg:pypi/jinja2@2.11.0")) == nil)
    }

    /// Pinned versions checked against every record: the set of matches agrees with an independent reading of the
    /// ranges as (introduced, fixed) pairs, with the versions each record lists, and with IDs read from the files.
    @Test(arguments: [
        ("django", "3.2.0", ["PYSEC-2021-98"]),
        ("requests", "2.19.0", ["PYSEC-2018-28", "PYSEC-2023-74"]),
        ("jinja2", "2.10", ["PYSEC-2019-217", "PYSEC-2021-66"]),
        ("urllib3", "1.26.5", ["PYSEC-2023-192", "PYSEC-2023-212"]),
    ])
    func pinnedVersionsAgreeWithAnIndependentReading(package: String, version: String, known: [String]) throws {
        let all = try Self.records().map(\.record)
        let pinned = try PEP440Version(version)
        var matched: Set<String> = []
        for record in all {
            let verdict = record.evaluate(ecosystem: "PyPI", name: package, version: version)
            if case .undetermined(let reason) = verdict { Issue.record("\(record.id) undetermined: \(reason)") }
            if verdict.match != nil { matched.insert(record.id) }

            // The independent reading: events as written come in introduced/fixed pairs in these records.
            var expected = false
            for affected in record.affected where affected.package?.name.lowercased() == package {
                for range in affected.ranges where range.type == .ecosystem {
                    var lower: PEP440Version?
                    for event in range.events {
                        switch event.kind {
                        case .introduced:
                            lower =
                                event.version == "0" ? try PEP440Version("0.dev0") : try PEP440Version(event.version)
                        case .fixed:
                            let upper = try PEP440Version(event.version)
                            if let lower, lower <= pinned, pinned < upper { expected = true }
                            lower = nil
                        case .lastAffected, .limit:
                            Issue.record("\(record.id) has a \(event.kind) event; the pair reading does not cover it")
                        }
                    }
                    if let lower, lower <= pinned { expected = true }
                }
                // A version the record lists must be found affected.
                if affected.versions.contains(version) {
                    #expect(verdict.match != nil, "\(record.id) lists \(version)")
                }
            }
            #expect((verdict.match != nil) == expected, "\(record.id) for \(package) \(version): \(verdict.reason)")
        }
        #expect(Set(known).isSubset(of: matched), "matched \(matched.sorted())")
        #expect(!matched.isEmpty)
    }

    @Test func everyEventVersionIsEvaluatedOnTheRightSide() throws {
        // At each record's own fixed version the record's pair containing it no longer applies; at its introduced
        // version it does. Checked for the single-range records, where no other range can overlap.
        var checked = 0
        for (folder, record) in try Self.records() {
            guard record.affected.count == 1,
                let range = record.affected[0].ranges.first(where: { $0.type == .ecosystem }),
                range.events.count == 2, range.events[1].kind == .fixed
            else { continue }
            let name = record.affected[0].package!.name
            let fixed = range.events[1].version
            #expect(
                record.evaluate(ecosystem: "PyPI", name: name, version: fixed).match == nil,
                "\(record.id) \(folder)"
            )
            let introduced = range.events[0].version
            if introduced != "0" {
                #expect(
                    record.evaluate(ecosystem: "PyPI", name: name, version: introduced).match != nil,
                    "\(record.id)"
                )
            }
            checked += 1
        }
        #expect(checked >= 100)
    }
}
