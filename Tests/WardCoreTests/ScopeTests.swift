import Foundation
import Testing

@testable import WardCore

/// A moment given as its UTC calendar date and time.
private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
}

/// The scope most tests use: a private network with a vendor-managed PACS carved out, a small range, a clinic
/// domain, and an IPv6 block.
private func clinicScope(windows: [String] = []) throws -> Scope {
    Scope(
        entries: [
            try .parse("10.0.0.0/8", kind: .include),
            try .parse("10.9.0.0/16", kind: .exclude),
            try .parse("10.9.1.0/24", kind: .include, note: "more specific than the exclusion, which still wins"),
            try .parse("10.20.0.0/16", kind: .exclude, note: "PACS, managed by the vendor"),
            try .parse("192.168.1.10-20", kind: .include),
            try .parse("*.clinic.example", kind: .include),
            try .parse("pacs.clinic.example", kind: .exclude),
            try .parse("*.vendor.clinic.example", kind: .exclude),
            try .parse("fd00::/8", kind: .include),
            try .parse("fd00:dead::/32", kind: .exclude),
        ],
        windows: try windows.map(ScanWindow.init)
    )
}

private let anyTime = utc(2024, 1, 1, 12, 0)

@Suite struct ScopeTests {
    // MARK: Entries

    @Test(arguments: [
        ("10.0.0.0/8", "cidr", "10.0.0.0/8"),
        ("10.0.0.5", "cidr", "10.0.0.5/32"),
        ("fd00::5", "cidr", "fd00::5/128"),
        ("FD00::/8", "cidr", "fd00::/8"),
        ("10.0.0.1-50", "range", "10.0.0.1-10.0.0.50"),
        ("10.0.0.1 - 10.0.0.50", "range", "10.0.0.1-10.0.0.50"),
        ("fd00::1-fd00::ff", "range", "fd00::1-fd00::ff"),
        ("*.Clinic.Example", "hostname", "*.clinic.example"),
        ("ehr.clinic.example.", "hostname", "ehr.clinic.example"),
        ("host-1.clinic.example", "hostname", "host-1.clinic.example"),
        ("10-0-0-1.clinic.example", "hostname", "10-0-0-1.clinic.example"),
        (" localhost ", "hostname", "localhost"),
    ])
    func recognizesTargets(text: String, kind: String, canonical: String) throws {
        let entry = try ScopeEntry.parse(text, kind: .include)
        let recognized =
            switch entry.target {
            case .cidr: "cidr"
            case .range: "range"
            case .hostname: "hostname"
            }
        #expect(recognized == kind)
        #expect(entry.target.text == canonical)
        #expect(try ScopeEntry.Target(canonical) == entry.target)
    }

    @Test(arguments: [
        ("", "empty"),
        ("10.0.0.256", "more than 255"),
        ("10.0.0", "four numbers"),
        ("10.0.0.1/8", "host bits set"),
        ("10.0.0.9-10.0.0.1", "ends before it starts"),
        ("fd00::1::2", "only once"),
        ("bad_host.example", "not allowed"),
        ("a.*.example", "wrong place"),
    ])
    func reportsBadTargetsWithTheRecognizedKindsMessage(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try ScopeEntry.parse(text, kind: .exclude) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func describesEntries() throws {
        #expect(try ScopeEntry.parse("10.0.0.0/8", kind: .include).description == "include 10.0.0.0/8")
        let noted = try ScopeEntry.parse("10.20.0.0/16", kind: .exclude, note: "PACS")
        #expect(noted.description == "exclude 10.20.0.0/16 (PACS)")
        #expect(noted.note == "PACS")
    }

    // MARK: Addresses

    @Test(arguments: [
        ("10.1.2.3", true, "10.1.2.3 is inside included 10.0.0.0/8"),
        ("10.0.0.0", true, "inside included 10.0.0.0/8"),
        ("10.255.255.255", true, "inside included 10.0.0.0/8"),
        ("11.0.0.0", false, "11.0.0.0 is not inside any declared scope entry; add it with `ward org scope add`"),
        ("10.9.0.5", false, "10.9.0.5 is excluded by 10.9.0.0/16"),
        ("10.9.0.0", false, "excluded by 10.9.0.0/16"),
        ("10.9.255.255", false, "excluded by 10.9.0.0/16"),
        ("10.9.1.5", false, "10.9.1.5 is excluded by 10.9.0.0/16"),
        ("10.20.3.4", false, "10.20.3.4 is excluded by 10.20.0.0/16 (PACS, managed by the vendor)"),
        ("192.168.1.10", true, "192.168.1.10 is inside included 192.168.1.10-192.168.1.20"),
        ("192.168.1.20", true, "inside included 192.168.1.10-192.168.1.20"),
        ("192.168.1.9", false, "not inside any declared scope entry"),
        ("192.168.1.21", false, "not inside any declared scope entry"),
        ("fd00::1", true, "fd00::1 is inside included fd00::/8"),
        ("fd00:dead::1", false, "fd00:dead::1 is excluded by fd00:dead::/32"),
        ("fe80::1", false, "not inside any declared scope entry"),
        ("::ffff:10.9.0.5", false, "::ffff:10.9.0.5 is excluded by 10.9.0.0/16"),
        ("::ffff:10.1.2.3", true, "::ffff:10.1.2.3 is inside included 10.0.0.0/8"),
    ])
    func decidesAddresses(address: String, allowed: Bool, reason: String) throws {
        let decision = try clinicScope().decide(.address(IPAddress(address)), at: anyTime)
        #expect(decision.isAllowed == allowed)
        #expect(decision.reason.contains(reason), "\(decision.reason)")
    }

    @Test func reasonsAreWholeSentencesForTheCommonCases() throws {
        let scope = try clinicScope()
        #expect(
            scope.decide(.address(try IPAddress("10.1.2.3")), at: anyTime)
                == .allowed(reason: "10.1.2.3 is inside included 10.0.0.0/8")
        )
        #expect(
            scope.decide(.address(try IPAddress("10.9.0.5")), at: anyTime)
                == .refused(reason: "10.9.0.5 is excluded by 10.9.0.0/16")
        )
        #expect(
            scope.decide(.address(try IPAddress("203.0.113.5")), at: anyTime)
                == .refused(
                    reason: "203.0.113.5 is not inside any declared scope entry; add it with `ward org scope add`"
                )
        )
    }

    @Test func emptyScopeRefusesEverything() throws {
        let scope = Scope()
        #expect(!scope.decide(.address(try IPAddress("10.0.0.1")), at: anyTime).isAllowed)
        #expect(!scope.decide(.hostname("ehr.clinic.example", addresses: []), at: anyTime).isAllowed)
        #expect(!scope.decide(cidr: try CIDR("10.0.0.0/8"), at: anyTime).isAllowed)
        #expect(try scope.expand(CIDR("10.0.0.0/24"), limit: 256) == [])
    }

    @Test func scopeWithOnlyExclusionsRefusesEverything() throws {
        let scope = Scope(entries: [try .parse("10.9.0.0/16", kind: .exclude)])
        let decision = scope.decide(.address(try IPAddress("10.1.2.3")), at: anyTime)
        #expect(!decision.isAllowed)
        #expect(decision.reason.contains("not inside any declared scope entry"))
    }

    // MARK: Host names

    @Test(arguments: [
        ("ehr.clinic.example", [], true, "ehr.clinic.example matches included *.clinic.example"),
        ("EHR.Clinic.Example.", ["10.1.2.3"], true, "ehr.clinic.example matches included *.clinic.example"),
        ("ehr.clinic.example", ["203.0.113.5"], true, "matches included *.clinic.example"),
        ("pacs.clinic.example", ["10.1.2.3"], false, "pacs.clinic.example is excluded by pacs.clinic.example"),
        ("ris.vendor.clinic.example", [], false, "excluded by *.vendor.clinic.example"),
        (
            "ehr.clinic.example", ["10.9.0.5"], false,
            "ehr.clinic.example resolves to 10.9.0.5, which is excluded by 10.9.0.0/16"
        ),
        ("ehr.clinic.example", ["10.1.2.3", "10.9.0.5"], false, "resolves to 10.9.0.5, which is excluded"),
        ("ehr.clinic.example", ["fd00::1", "::ffff:10.20.0.1"], false, "resolves to ::ffff:10.20.0.1"),
        (
            "portal.example.org", ["10.1.2.3", "192.168.1.15"], true,
            "portal.example.org resolves only to included addresses "
                + "(10.1.2.3 in 10.0.0.0/8, 192.168.1.15 in 192.168.1.10-192.168.1.20)"
        ),
        (
            "portal.example.org", ["10.1.2.3", "203.0.113.5"], false,
            "portal.example.org resolves to 203.0.113.5, which is not inside any declared scope entry; "
                + "add it with `ward org scope add`"
        ),
        ("portal.example.org", [], false, "has no resolved addresses"),
        ("clinic.example", [], false, "clinic.example is not inside any declared scope entry"),
        ("clinic.example", ["10.1.2.3"], true, "resolves only to included addresses"),
        ("bad_name.clinic.example", ["10.1.2.3"], false, "is not a valid host name"),
    ])
    func decidesHostnames(name: String, addresses: [String], allowed: Bool, reason: String) throws {
        let target = ScanTarget.hostname(name, addresses: try addresses.map(IPAddress.init))
        let decision = try clinicScope().decide(target, at: anyTime)
        #expect(decision.isAllowed == allowed)
        #expect(decision.reason.contains(reason), "\(decision.reason)")
    }

    // MARK: Windows

    @Test func refusesOutsideTheScanWindows() throws {
        let scope = try clinicScope(windows: ["mon-fri 22:00-05:00 America/Chicago"])
        let address = ScanTarget.address(try IPAddress("10.1.2.3"))

        // Sunday 10 March 2024, 22:00 CDT: Sunday night is not in a mon-fri window.
        let sunday = scope.decide(address, at: utc(2024, 3, 11, 3, 0))
        #expect(
            sunday
                == .refused(
                    reason: "10.1.2.3 is in scope, but the time is outside the scan windows "
                        + "(mon-fri 22:00-05:00 America/Chicago)"
                )
        )

        // Monday 11 March 2024, 22:00 CDT.
        let monday = scope.decide(address, at: utc(2024, 3, 12, 3, 0))
        #expect(monday.isAllowed)
        #expect(
            monday.reason
                == "10.1.2.3 is inside included 10.0.0.0/8, within the scan window mon-fri 22:00-05:00 America/Chicago"
        )
    }

    @Test func reportsTheExclusionBeforeTheWindow() throws {
        let scope = try clinicScope(windows: ["mon-fri 22:00-05:00 America/Chicago"])
        let decision = scope.decide(.address(try IPAddress("10.9.0.5")), at: utc(2024, 1, 1, 12, 0))
        #expect(decision == .refused(reason: "10.9.0.5 is excluded by 10.9.0.0/16"))
    }

    @Test func anyWindowMayAllow() throws {
        let scope = try clinicScope(windows: ["mon-fri 22:00-05:00 America/Chicago", "sat,sun 00:00-24:00 UTC"])
        let target = ScanTarget.hostname("ehr.clinic.example", addresses: [])
        // Saturday 6 January 2024, noon UTC: only the weekend window contains it.
        let saturday = scope.decide(target, at: utc(2024, 1, 6, 12, 0))
        #expect(saturday.isAllowed)
        #expect(saturday.reason.hasSuffix("within the scan window sat,sun 00:00-24:00 UTC"))
        // Wednesday 3 January 2024, noon UTC: neither contains it, and both are listed.
        let wednesday = scope.decide(.hostname("EHR.Clinic.Example.", addresses: []), at: utc(2024, 1, 3, 12, 0))
        #expect(!wednesday.isAllowed)
        #expect(
            wednesday.reason
                == "ehr.clinic.example is in scope, but the time is outside the scan windows "
                + "(mon-fri 22:00-05:00 America/Chicago; sat,sun 00:00-24:00 UTC)"
        )
        #expect(scope.isInsideWindows(at: utc(2024, 1, 6, 12, 0)))
        #expect(!scope.isInsideWindows(at: utc(2024, 1, 3, 12, 0)))
        #expect(try clinicScope().isInsideWindows(at: utc(2024, 1, 3, 12, 0)))
    }

    // MARK: Blocks

    @Test(arguments: [
        ("10.1.0.0/16", true, "10.1.0.0/16 is inside included 10.0.0.0/8"),
        ("10.0.0.0/8", false, "10.0.0.0/8 overlaps excluded 10.9.0.0/16"),
        ("10.9.4.0/24", false, "overlaps excluded 10.9.0.0/16"),
        ("10.9.1.0/24", false, "overlaps excluded 10.9.0.0/16"),
        ("10.20.0.0/15", false, "overlaps excluded 10.20.0.0/16 (PACS, managed by the vendor)"),
        ("11.0.0.0/8", false, "11.0.0.0/8 is not inside any declared scope entry; add it with `ward org scope add`"),
        ("0.0.0.0/0", false, "overlaps excluded"),
        ("192.168.1.12/30", true, "192.168.1.12/30 is inside included 192.168.1.10-192.168.1.20"),
        (
            "192.168.1.8/29", false,
            "192.168.1.8/29 is only partly inside the declared scope (192.168.1.10-192.168.1.20)"
        ),
        ("fd00:1::/32", true, "inside included fd00::/8"),
        ("fd00::/8", false, "overlaps excluded fd00:dead::/32"),
        ("10.1.2.3/32", true, "inside included 10.0.0.0/8"),
        ("::ffff:10.9.0.0/120", false, "overlaps excluded 10.9.0.0/16"),
    ])
    func decidesBlocks(cidr: String, allowed: Bool, reason: String) throws {
        let decision = try clinicScope().decide(cidr: CIDR(cidr), at: anyTime)
        #expect(decision.isAllowed == allowed)
        #expect(decision.reason.contains(reason), "\(decision.reason)")
    }

    @Test func blockMayBeCoveredByAdjacentIncludes() throws {
        let scope = Scope(entries: [
            try .parse("172.16.0.0/13", kind: .include),
            try .parse("172.24.0.0-172.31.255.255", kind: .include),
        ])
        let whole = scope.decide(cidr: try CIDR("172.16.0.0/12"), at: anyTime)
        #expect(whole == .allowed(reason: "172.16.0.0/12 is inside included 172.16.0.0/13, 172.24.0.0-172.31.255.255"))
        #expect(!scope.decide(cidr: try CIDR("172.0.0.0/8"), at: anyTime).isAllowed)
    }

    @Test func blockDecisionsRespectWindows() throws {
        let scope = try clinicScope(windows: ["sat,sun 00:00-24:00 UTC"])
        let weekday = scope.decide(cidr: try CIDR("10.1.0.0/16"), at: utc(2024, 1, 3, 12, 0))
        #expect(weekday.reason.contains("outside the scan windows (sat,sun 00:00-24:00 UTC)"))
        #expect(scope.decide(cidr: try CIDR("10.1.0.0/16"), at: utc(2024, 1, 6, 12, 0)).isAllowed)
    }

    // MARK: Expansion

    @Test func expandsABlockMinusExclusions() throws {
        let scope = Scope(entries: [
            try .parse("10.0.0.0/8", kind: .include),
            try .parse("10.0.0.4/30", kind: .exclude),
            try .parse("10.0.0.9", kind: .exclude),
        ])
        let addresses = try scope.expand(CIDR("10.0.0.0/28"), limit: 100).map(\.description)
        #expect(
            addresses == [
                "10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.8", "10.0.0.10", "10.0.0.11", "10.0.0.12",
                "10.0.0.13", "10.0.0.14", "10.0.0.15",
            ]
        )
    }

    @Test func expandsOnlyTheIncludedPartOfABlock() throws {
        let addresses = try clinicScope().expand(CIDR("192.168.1.0/24"), limit: 256)
        #expect(addresses.map(\.description) == (10...20).map { "192.168.1.\($0)" })
        #expect(try clinicScope().expand(CIDR("203.0.113.0/24"), limit: 256) == [])
    }

    @Test func expansionWithExclusionsCarvedFromOverlappingIncludes() throws {
        let scope = Scope(entries: [
            try .parse("10.0.0.0/30", kind: .include),
            try .parse("10.0.0.2-10.0.0.6", kind: .include),
            try .parse("10.0.0.3", kind: .exclude),
        ])
        let addresses = try scope.expand(CIDR("10.0.0.0/29"), limit: 8).map(\.description)
        #expect(addresses == ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.4", "10.0.0.5", "10.0.0.6"])
    }

    @Test(arguments: [4, 5, 1000])
    func expandsUpToTheLimit(limit: Int) throws {
        let scope = Scope(entries: [try .parse("10.0.0.0/8", kind: .include)])
        #expect(try scope.expand(CIDR("10.0.0.0/30"), limit: limit).count == 4)
    }

    @Test(arguments: [0, 3])
    func refusesToExpandPastTheLimit(limit: Int) throws {
        let scope = Scope(entries: [try .parse("10.0.0.0/8", kind: .include)])
        let error = #expect(throws: WardError.self) { try scope.expand(CIDR("10.0.0.0/30"), limit: limit) }
        #expect(error?.code == .invalidInput)
        #expect(
            error?.message == "10.0.0.0/30 holds 4 in-scope addresses, more than the limit of \(limit); "
                + "scan smaller blocks or raise the limit"
        )
    }

    @Test func refusesHugeBlocksWithoutMaterializingThem() throws {
        let scope = try clinicScope()
        let ipv4 = #expect(throws: WardError.self) { try scope.expand(CIDR("10.0.0.0/8"), limit: 65_536) }
        // 2^24 addresses minus the two excluded /16 blocks; the included 10.9.1.0/24 stays excluded.
        #expect(ipv4?.message.contains("holds 16646144 in-scope addresses") == true, "\(ipv4?.message ?? "")")

        let ipv6 = #expect(throws: WardError.self) { try scope.expand(CIDR("fd00::/64"), limit: 1_000_000) }
        #expect(ipv6?.message.contains("more than the limit of 1000000") == true)

        let everything = Scope(entries: [try .parse("::/0", kind: .include)])
        #expect(throws: WardError.self) { try everything.expand(CIDR("::/0"), limit: Int.max) }
    }

    @Test func expandsAHugeBlockWhoseExclusionsLeaveLittle() throws {
        let scope = Scope(entries: [
            try .parse("10.0.0.0/8", kind: .include),
            try .parse("10.0.0.0/9", kind: .exclude),
            try .parse("10.128.0.0-10.255.255.253", kind: .exclude),
        ])
        let addresses = try scope.expand(CIDR("10.0.0.0/8"), limit: 2).map(\.description)
        #expect(addresses == ["10.255.255.254", "10.255.255.255"])
    }

    @Test func expandsIPv6AndMappedBlocks() throws {
        let scope = try clinicScope()
        let ipv6 = try scope.expand(CIDR("fd00::/126"), limit: 4).map(\.description)
        #expect(ipv6 == ["fd00::", "fd00::1", "fd00::2", "fd00::3"])
        let mapped = try scope.expand(CIDR("::ffff:10.9.0.254/127"), limit: 4)
        #expect(mapped == [])
        let mappedIncluded = try scope.expand(CIDR("::ffff:10.1.0.0/126"), limit: 4).map(\.description)
        #expect(mappedIncluded == ["10.1.0.0", "10.1.0.1", "10.1.0.2", "10.1.0.3"])
    }

    @Test func rejectsANegativeLimit() throws {
        let error = #expect(throws: WardError.self) { try clinicScope().expand(CIDR("10.0.0.0/30"), limit: -1) }
        #expect(error?.message.contains("negative") == true)
    }

    // MARK: Decisions and coding

    @Test func refusalThrowsOutOfScope() throws {
        let refused = ScopeDecision.refused(reason: "10.9.0.5 is excluded by 10.9.0.0/16")
        let error = #expect(throws: WardError.self) { try refused.requireAllowed() }
        #expect(error?.code == .outOfScope)
        #expect(error?.message == "10.9.0.5 is excluded by 10.9.0.0/16")
        try ScopeDecision.allowed(reason: "fine").requireAllowed()
        #expect(refused.description == "refused: 10.9.0.5 is excluded by 10.9.0.0/16")
    }

    @Test func codesAsJSON() throws {
        let scope = try clinicScope(windows: ["mon-fri 22:00-05:00 America/Chicago"])
        let data = try JSONEncoder().encode(scope)
        #expect(try JSONDecoder().decode(Scope.self, from: data) == scope)

        let json = """
            {
              "entries": [
                {"kind": "include", "target": "10.0.0.0/8"},
                {"kind": "exclude", "target": "10.9.0.0/16", "note": "PACS"},
                {"kind": "include", "target": "*.clinic.example"},
                {"kind": "include", "target": "192.168.1.10-20"}
              ]
            }
            """
        let decoded = try JSONDecoder().decode(Scope.self, from: Data(json.utf8))
        #expect(decoded.windows.isEmpty)
        #expect(
            decoded.entries.map(\.description) == [
                "include 10.0.0.0/8", "exclude 10.9.0.0/16 (PACS)", "include *.clinic.example",
                "include 192.168.1.10-192.168.1.20",
            ]
        )

        let bad = #"{"entries": [{"kind": "include", "target": "10.0.0.1/8"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Scope.self, from: Data(bad.utf8)) }
        let badKind = #"{"entries": [{"kind": "maybe", "target": "10.0.0.0/8"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Scope.self, from: Data(badKind.utf8)) }
    }
}
