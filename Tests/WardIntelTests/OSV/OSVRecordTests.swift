import Foundation
import Testing
import WardCore
import WardIntel

@Suite struct OSVRecordTests {
    static let json = #"""
        {
          "schema_version": "1.6.0",
          "id": "GHSA-xxxx-yyyy-zzzz",
          "modified": "2024-01-02T03:04:05Z",
          "aliases": ["CVE-2024-0001"],
          "summary": "Example",
          "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
          "affected": [{
            "package": {"ecosystem": "npm", "name": "@scope/lib", "purl": "pkg:npm/%40scope/lib"},
            "ranges": [
              {"type": "SEMVER", "events": [{"introduced": "1.0.0"}, {"last_affected": "1.4.2"}]},
              {"type": "GIT", "repo": "https://example.org/lib.git",
               "events": [{"introduced": "0"}, {"fixed": "abc123"}]}
            ],
            "ecosystem_specific": {"imports": [{"path": "lib/x", "symbols": ["f"]}], "severity": 7.5, "ok": true},
            "database_specific": {"source": "https://example.org"}
          }],
          "references": [{"type": "ADVISORY", "url": "https://example.org/a"}],
          "database_specific": {"nvd_published_at": null}
        }
        """#

    @Test func aJSONRecordDecodesEveryField() throws {
        let record = try OSVRecord.decode(Data(Self.json.utf8), file: "GHSA.json")
        #expect(record.id == "GHSA-xxxx-yyyy-zzzz")
        #expect(record.schemaVersion == "1.6.0")
        #expect(record.aliases == ["CVE-2024-0001"])
        #expect(record.related.isEmpty)
        #expect(record.severity == [.init(type: "CVSS_V3", score: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")])
        let affected = try #require(record.affected.first)
        #expect(affected.package == .init(ecosystem: "npm", name: "@scope/lib", purl: "pkg:npm/%40scope/lib"))
        #expect(affected.ranges.map(\.type) == [.semver, .git])
        #expect(affected.ranges[0].events == [.init(.introduced, "1.0.0"), .init(.lastAffected, "1.4.2")])
        #expect(affected.ranges[1].repo == "https://example.org/lib.git")
        #expect(affected.ecosystemSpecific?["severity"] == .number(7.5))
        #expect(affected.ecosystemSpecific?["ok"] == .bool(true))
        #expect(affected.databaseSpecific?["source"]?.stringValue == "https://example.org")
        #expect(record.databaseSpecific?["nvd_published_at"] == .null)
        #expect(record.references.first?.url == "https://example.org/a")

        // Encoding and decoding again keeps the record whole.
        let again = try OSVRecord.decode(JSONEncoder().encode(record), file: "again.json")
        #expect(again == record)
    }

    @Test func lastAffectedIsInclusiveAndAPurlFindsTheScopedPackage() throws {
        let record = try OSVRecord.decode(Data(Self.json.utf8), file: "GHSA.json")
        let inside = try #require(record.affects(package: PackageURL(parsing: "pkg:npm/%40scope/lib@1.4.2")))
        #expect(inside.explanation == "1.4.2 is at or after 1.0.0 and at or before 1.4.2 (SEMVER range, semver)")
        #expect(inside.aliases == ["CVE-2024-0001"])
        #expect(record.affects(package: try PackageURL(parsing: "pkg:npm/%40scope/lib@1.4.3")) == nil)
        #expect(record.affects(package: try PackageURL(parsing: "pkg:npm/%40scope/lib@0.9.0")) == nil)
        #expect(record.affects(package: try PackageURL(parsing: "pkg:npm/%40scope/lib")) == nil)
        #expect(record.affects(package: try PackageURL(parsing: "pkg:npm/lib@1.2.0")) == nil)
        let verdict = record.evaluate(ecosystem: "npm", name: "@scope/lib", version: "1.4.3")
        #expect(verdict.match == nil)
        #expect(verdict.reason.contains("GIT range of https://example.org/lib.git names commits"))
    }

    @Test func aBadRecordNamesTheFileThePathAndTheReason() throws {
        let missing =
            #"{"id": "X-1", "modified": "2024-01-01T00:00:00Z", "affected": [{"ranges": [{"type": "SEMVER"}]}]}"#
        let error = try #require(throws: WardError.self) { try OSVRecord.decode(Data(missing.utf8), file: "x.json") }
        #expect(error.location == "x.json at $.affected[0].ranges[0]")
        #expect(error.message.contains("'events'"))

        let twoKinds = #"""
            {"id": "X-1", "modified": "2024-01-01T00:00:00Z",
             "affected": [{"ranges": [{"type": "SEMVER", "events": [{"introduced": "0", "fixed": "1.0.0"}]}]}]}
            """#
        let eventError = try #require(throws: WardError.self) {
            try OSVRecord.decode(Data(twoKinds.utf8), file: "y.json")
        }
        #expect(eventError.location == "y.json at $.affected[0].ranges[0].events[0]")
        #expect(eventError.message.contains("not introduced and fixed"))
    }

    /// One record with every event kind, evaluated at versions on and around each event.
    static func record(_ events: [OSVRecord.Event], versions: [String] = [], withdrawn: String? = nil) -> OSVRecord {
        OSVRecord(
            id: "PYSEC-TEST-1",
            modified: "2024-01-01T00:00:00Z",
            withdrawn: withdrawn,
            affected: [
                .init(
                    package: .init(ecosystem: "PyPI", name: "Some_Package"),
                    ranges: [.init(type: .ecosystem, events: events)],
                    versions: versions
                )
            ]
        )
    }

    @Test(arguments: [
        // Events out of order, as records write them: sorted by version before they are walked.
        ("2.0.5", true), ("2.0.6", false), ("1.26.16", true), ("1.26.17", false), ("1.99", false), ("2.0.0rc1", false),
        ("2.0.0", true), ("0.1", true), ("3.0", false),
    ])
    func unsortedEventsAreSortedBeforeTheyAreWalked(version: String, affected: Bool) {
        let record = Self.record([
            .init(.introduced, "2.0.0"), .init(.fixed, "2.0.6"), .init(.introduced, "0"), .init(.fixed, "1.26.17"),
        ])
        #expect((record.evaluate(ecosystem: "PyPI", name: "some-package", version: version).match != nil) == affected)
    }

    @Test func theReasonNamesTheEventsThatBoundTheVersion() throws {
        let record = Self.record([
            .init(.introduced, "2.0.0"), .init(.fixed, "2.0.6"), .init(.introduced, "0"),
            .init(.fixed, "1.26.17"),
        ])
        let low = try #require(record.evaluate(ecosystem: "PyPI", name: "Some.Package", version: "1.26.16").match)
        #expect(low.explanation == "1.26.16 is at or after 0 and before 1.26.17 (PEP 440)")
        #expect(low.description == "PYSEC-TEST-1 affects Some_Package 1.26.16: " + low.explanation)
        let high = try #require(record.evaluate(ecosystem: "PyPI", name: "some_package", version: "2.0.1").match)
        guard case .range(let kind, let introduced, let bound, let scheme) = high.reason else {
            Issue.record("expected a range reason, got \(high.reason)")
            return
        }
        #expect(kind == .ecosystem)
        #expect(introduced == .init(.introduced, "2.0.0"))
        #expect(bound == .init(.fixed, "2.0.6"))
        #expect(scheme == .pep440)
        let outside = record.evaluate(ecosystem: "PyPI", name: "some-package", version: "2.0.6")
        #expect(
            outside
                == .notAffected(
                    "2.0.6 is outside the ECOSYSTEM range introduced 0, fixed 1.26.17, introduced 2.0.0, fixed 2.0.6 (PEP 440)"
                )
        )
    }

    @Test func aRangeWithoutAFixIsOpenAndALimitBoundsIt() throws {
        let open = Self.record([.init(.introduced, "1.0")])
        #expect(
            open.evaluate(ecosystem: "PyPI", name: "some-package", version: "99.0").match?.explanation
                == "99.0 is at or after 1.0, and the record names no fixed version (PEP 440)"
        )
        #expect(open.evaluate(ecosystem: "PyPI", name: "some-package", version: "0.9").match == nil)
        let limited = Self.record([.init(.introduced, "1.0"), .init(.limit, "2.0")])
        #expect(limited.evaluate(ecosystem: "PyPI", name: "some-package", version: "1.5").match != nil)
        #expect(limited.evaluate(ecosystem: "PyPI", name: "some-package", version: "2.0").match == nil)
    }

    @Test func aListedVersionMatchesAndAWithdrawnRecordNeverDoes() throws {
        let listed = Self.record([.init(.introduced, "5.0"), .init(.fixed, "5.1")], versions: ["1.0.3"])
        let match = try #require(listed.evaluate(ecosystem: "PyPI", name: "some-package", version: "1.0.3").match)
        #expect(match.reason == .listed)
        #expect(match.explanation == "1.0.3 is listed among the affected versions of Some_Package")
        #expect(listed.evaluate(ecosystem: "PyPI", name: "some-package", version: "1.0.3.0").match?.reason == .listed)

        let semver = OSVRecord(
            id: "GHSA-1",
            modified: "2024-01-01T00:00:00Z",
            affected: [.init(package: .init(ecosystem: "npm", name: "x"), versions: ["v1.2.3+build.7", "1.2.10"])]
        )
        #expect(semver.evaluate(ecosystem: "npm", name: "x", version: "1.2.3").match?.reason == .listed)
        #expect(semver.evaluate(ecosystem: "npm", name: "x", version: "1.2.1").match == nil)
        #expect(OSVIndex(records: [semver]).matches(ecosystem: "npm", name: "x", version: "1.2.3").count == 1)

        let withdrawn = Self.record([.init(.introduced, "0")], withdrawn: "2024-02-01T00:00:00Z")
        #expect(
            withdrawn.evaluate(ecosystem: "PyPI", name: "some-package", version: "1.0")
                == .notAffected("PYSEC-TEST-1 was withdrawn on 2024-02-01T00:00:00Z")
        )
    }

    @Test func otherPackagesAndUnparsableVersionsAreNotCalledAffected() {
        let record = Self.record([.init(.introduced, "0"), .init(.fixed, "2.0")])
        #expect(
            record.evaluate(ecosystem: "npm", name: "some-package", version: "1.0")
                == .notAffected("PYSEC-TEST-1 does not name the npm package some-package")
        )
        let verdict = record.evaluate(ecosystem: "PyPI", name: "some-package", version: "not-a-version")
        guard case .undetermined(let reason) = verdict else {
            Issue.record("expected undetermined, got \(verdict)")
            return
        }
        #expect(reason.contains("is not a PEP 440 version"))
    }

    @Test func aRecordWithOnlyCommitRangesCannotDecide() {
        let record = OSVRecord(
            id: "OSV-GIT-1",
            modified: "2024-01-01T00:00:00Z",
            affected: [
                .init(
                    package: .init(ecosystem: "PyPI", name: "lib"),
                    ranges: [
                        .init(
                            type: .git,
                            repo: "https://example.org/lib.git",
                            events: [.init(.introduced, "0"), .init(.fixed, "deadbeef")]
                        )
                    ]
                )
            ]
        )
        let verdict = record.evaluate(ecosystem: "PyPI", name: "lib", version: "1.0")
        #expect(
            verdict
                == .undetermined(
                    "the GIT range of https://example.org/lib.git names commits, not versions, and was not evaluated"
                )
        )
        #expect(OSVIndex(records: [record]).matches(ecosystem: "PyPI", name: "lib", version: "1.0").isEmpty)
    }

    @Test func aDebianRecordUsesDpkgOrdering() throws {
        let record = OSVRecord(
            id: "DSA-1",
            modified: "2024-01-01T00:00:00Z",
            affected: [
                .init(
                    package: .init(ecosystem: "Debian:12", name: "curl"),
                    ranges: [
                        .init(type: .ecosystem, events: [.init(.introduced, "0"), .init(.fixed, "7.88.1-10+deb12u5")])
                    ]
                )
            ]
        )
        let purl = try PackageURL(parsing: "pkg:deb/debian/curl@7.88.1-10%2Bdeb12u4?distro=debian-12")
        #expect(
            record.affects(package: purl)?.explanation
                == "7.88.1-10+deb12u4 is at or after 0 and before 7.88.1-10+deb12u5 (Debian)"
        )
        #expect(record.affects(package: try PackageURL(parsing: "pkg:deb/debian/curl@7.88.1-10+deb12u5")) == nil)
        #expect(record.affects(package: try PackageURL(parsing: "pkg:deb/debian/curl@7.88.1-10+deb12u5~bpo1")) != nil)
        #expect(record.evaluate(ecosystem: "Debian:11", name: "curl", version: "7.0-1").match == nil)
    }
}
