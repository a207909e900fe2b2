import Foundation
import Testing
import WardCore

@testable import WardScanner

/// What a scan will touch, decided before any packet.
@Suite struct ScanPlanTests {
    let noon = Date(timeIntervalSince1970: 1_800_000_000)

    func scope(_ entries: [String], windows: [String] = []) throws -> Scope {
        Scope(
            entries: try entries.map {
                $0.hasPrefix("!") ? try .parse(String($0.dropFirst()), kind: .exclude) : try .parse($0, kind: .include)
            },
            windows: try windows.map { try ScanWindow($0) }
        )
    }

    @Test func expandsBlocksAndRangesInsideTheScopeOnly() throws {
        let plan = try ScanPlan.make(
            ["10.0.0.0/29", "10.0.1.1-3", "10.0.0.2", "192.168.1.1"],
            scope: try scope(["10.0.0.0/16", "!10.0.0.4/30", "!10.0.1.2"]),
            at: noon,
            maxHosts: 100
        )
        #expect(
            plan.addresses.map(\.description) == [
                "10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.1.1", "10.0.1.3",
            ]
        )
        #expect(plan.refused.map(\.target) == ["10.0.1.2", "192.168.1.1"])
        #expect(plan.refused[0].reason.contains("excluded"))
    }

    @Test func holdsTheHostGuardAndNamesBadTargets() throws {
        let error = #expect(throws: WardError.self) {
            try ScanPlan.make(["10.0.0.0/16"], scope: try scope(["10.0.0.0/8"]), at: noon, maxHosts: 1_000)
        }
        #expect(error?.message.contains("more than the limit of 1000") == true)
        let bad = #expect(throws: WardError.self) {
            try ScanPlan.make(["10.0.0.1", "10.0.0.999"], scope: try scope(["10.0.0.0/8"]), at: noon, maxHosts: 10)
        }
        #expect(bad?.location == "targets[1] '10.0.0.999'")
    }

    @Test func resolvesNamesAndRefusesOnesThatPointOutOfScope() throws {
        let names: [String: [String]] = [
            "pacs.clinic.example": ["10.0.5.5"], "ehr.clinic.example": ["10.0.5.6", "10.9.0.1"], "gone.example": [],
        ]
        let resolve: ScanPlan.Resolver = { name in (names[name] ?? []).compactMap { try? IPAddress($0) } }
        let plan = try ScanPlan.make(
            ["pacs.clinic.example", "ehr.clinic.example", "gone.example"],
            scope: try scope(["10.0.0.0/16", "!10.9.0.0/16"]),
            at: noon,
            maxHosts: 10,
            resolve: resolve
        )
        #expect(plan.addresses.map(\.description) == ["10.0.5.5"])
        #expect(plan.refused.map(\.target) == ["ehr.clinic.example"], "one of its addresses is excluded")
        #expect(plan.unresolved == ["gone.example"])
    }

    @Test func outsideTheWindowsNothingIsScanned() throws {
        // 2027-01-15 08:00 UTC is a Friday, 02:00 in Chicago: outside a weekend-only window.
        let plan = try ScanPlan.make(
            ["10.0.0.1", "10.0.0.0/30"],
            scope: try scope(["10.0.0.0/16"], windows: ["sat,sun 00:00-24:00 America/Chicago"]),
            at: Date(timeIntervalSince1970: 1_800_000_000),
            maxHosts: 10
        )
        #expect(plan.addresses.isEmpty)
        #expect(plan.refused.count == 2)
    }

    @Test func writesNmapXMLThatEscapesAndSummarises() {
        let scan = HostScan(
            address: "10.0.0.5",
            up: true,
            ports: [PortResult(port: 104, state: .open), PortResult(port: 23, state: .closed)],
            filteredCount: 25,
            profile: "gentle",
            startedAt: noon,
            finishedAt: noon.addingTimeInterval(2)
        )
        let xml = NmapXMLWriter.write([scan], arguments: "ward scan run \"x\" <y>", startedAt: noon, finishedAt: noon)
        #expect(xml.contains("args=\"ward scan run &quot;x&quot; &lt;y&gt;\""))
        #expect(xml.contains("<extraports state=\"filtered\" count=\"25\"/>"))
        #expect(xml.contains("<port protocol=\"tcp\" portid=\"104\"><state state=\"open\""))
        #expect(xml.contains("<hosts up=\"1\" down=\"0\" total=\"1\"/>"))
    }

    /// A long scan is written in pieces of about 64 KiB, never as one string, and the pieces make the same document.
    @Test func writesNmapXMLOfManyHostsInPieces() {
        let scans = (0..<2_000).map { index in
            HostScan(
                address: IPAddress.v4(0x0A00_0000 + UInt32(index)).description,
                up: index == 7,
                ports: index == 7 ? [PortResult(port: 80, state: .open)] : [],
                filteredCount: 3,
                profile: "fast",
                startedAt: noon,
                finishedAt: noon
            )
        }
        var pieces: [String] = []
        NmapXMLWriter.write(scans, arguments: "ward", startedAt: noon, finishedAt: noon) { pieces.append($0) }
        let whole = NmapXMLWriter.write(scans, arguments: "ward", startedAt: noon, finishedAt: noon)
        #expect(pieces.count > 2, "\(pieces.count) pieces for \(whole.utf8.count) bytes")
        #expect(pieces.dropLast().allSatisfy { (64 * 1_024)..<(66 * 1_024) ~= $0.utf8.count })
        #expect(pieces.joined() == whole)
        #expect(whole.contains("<hosts up=\"1\" down=\"1999\" total=\"2000\"/>"))
        #expect(whole.components(separatedBy: "<host ").count == 2_001)
    }
}
