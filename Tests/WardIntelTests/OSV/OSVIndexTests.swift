import Foundation
import Testing
import WardIntel
import WardTesting

@Suite struct OSVIndexTests {
    static func record(
        _ id: String,
        ecosystem: String,
        name: String,
        purl: String? = nil,
        events: [OSVRecord.Event],
        withdrawn: String? = nil
    ) -> OSVRecord {
        OSVRecord(
            id: id,
            modified: "2024-01-01T00:00:00Z",
            withdrawn: withdrawn,
            affected: [
                .init(
                    package: .init(ecosystem: ecosystem, name: name, purl: purl),
                    ranges: [.init(type: .ecosystem, events: events)]
                )
            ]
        )
    }

    @Test func lookupsFindTheRecordsOfThePackageOnly() throws {
        let index = OSVIndex(records: [
            Self.record(
                "A",
                ecosystem: "PyPI",
                name: "Foo_Bar",
                events: [.init(.introduced, "0"), .init(.fixed, "2.0")]
            ),
            Self.record("B", ecosystem: "PyPI", name: "foo-bar", events: [.init(.introduced, "1.5")]),
            Self.record("C", ecosystem: "PyPI", name: "other", events: [.init(.introduced, "0")]),
            Self.record("D", ecosystem: "PyPI", name: "foo.bar", events: [.init(.introduced, "0")], withdrawn: "2024"),
            Self.record("E", ecosystem: "Debian:11", name: "foo", events: [.init(.introduced, "0")]),
            Self.record(
                "F",
                ecosystem: "Debian:12",
                name: "foo",
                events: [.init(.introduced, "0"), .init(.fixed, "2.0-1")]
            ),
        ])
        #expect(index.recordCount == 5)
        let matches = index.matches(for: try PackageURL(parsing: "pkg:pypi/FOO.bar@1.6"))
        #expect(matches.map(\.recordID) == ["A", "B"])
        #expect(matches.first?.explanation == "1.6 is at or after 0 and before 2.0 (PEP 440)")
        #expect(index.matches(for: try PackageURL(parsing: "pkg:pypi/foo-bar@2.0")).map(\.recordID) == ["B"])
        #expect(index.matches(for: try PackageURL(parsing: "pkg:pypi/foo-bar")).isEmpty)
        #expect(index.matches(ecosystem: "Debian:12", name: "foo", version: "1.0-1").map(\.recordID) == ["F"])
        #expect(index.matches(ecosystem: "Debian", name: "foo", version: "1.0-1").map(\.recordID) == ["E", "F"])
    }

    @Test func aPurlTypeWithoutAnEcosystemIsFoundByTheRecordsPurl() throws {
        let index = OSVIndex(records: [
            Self.record(
                "G",
                ecosystem: "Vendor",
                name: "firmware",
                purl: "pkg:generic/acme/firmware",
                events: [.init(.introduced, "0"), .init(.fixed, "2.4.1")]
            )
        ])
        #expect(index.matches(for: try PackageURL(parsing: "pkg:generic/acme/firmware@2.4.0")).map(\.recordID) == ["G"])
        #expect(index.matches(for: try PackageURL(parsing: "pkg:generic/acme/firmware@2.4.1")).isEmpty)
    }

    /// The index and the record-by-record evaluation must agree on every record of the shared data, at every version
    /// that any record names for its package (listed versions and range events), and finish quickly.
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func theIndexAgreesWithEvaluatingEachRecord() throws {
        let records = try OSVPyPIDataTests.records().map(\.record)
        let index = OSVIndex(records: records)
        #expect(index.recordCount == 217)
        var versions: [String: Set<String>] = [:]
        for record in records {
            for affected in record.affected {
                guard let package = affected.package else { continue }
                let events = affected.ranges.filter { $0.type == .ecosystem }.flatMap(\.events).map(\.version)
                versions[package.name.lowercased(), default: []].formUnion(
                    affected.versions + events.filter { $0 != "0" }
                )
            }
        }
        var purls: [PackageURL] = []
        for (name, named) in versions.sorted(by: { $0.key < $1.key }) {
            purls += named.sorted().map { PackageURL(type: "pypi", name: name, version: $0) }
        }
        #expect(purls.count > 1000)
        var total = 0
        for purl in purls { total += index.matches(for: purl).count }
        var expected = 0
        let byPackage = Dictionary(grouping: records) { $0.affected.first?.package?.name.lowercased() ?? "" }
        // Every third version keeps the debug build's record-by-record evaluation to a few seconds.
        for purl in purls.enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) {
            let indexed = index.matches(for: purl).map(\.recordID)
            // Records are filed by package; the other packages' records are checked for not matching below.
            let direct = (byPackage[purl.name] ?? []).filter { $0.affects(package: purl) != nil }.map(\.id)
            #expect(indexed == direct, "\(purl)")
            expected += direct.count
        }
        #expect(expected > 1_500)
        #expect(total > 3 * 1_500)
        let foreign = try #require(byPackage["django"])
        #expect(
            foreign.allSatisfy { $0.affects(package: PackageURL(type: "pypi", name: "flask", version: "0.1")) == nil }
        )
    }
}
