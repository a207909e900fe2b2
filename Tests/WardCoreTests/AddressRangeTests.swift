import Foundation
import Testing

@testable import WardCore

@Suite struct AddressRangeTests {
    @Test(arguments: [
        ("10.0.0.1-10.0.0.50", "10.0.0.1", "10.0.0.50"),
        ("10.0.0.1-50", "10.0.0.1", "10.0.0.50"),
        ("10.0.0.1 - 10.0.0.50", "10.0.0.1", "10.0.0.50"),
        (" 10.0.0.1-50 ", "10.0.0.1", "10.0.0.50"),
        ("10.0.0.7-7", "10.0.0.7", "10.0.0.7"),
        ("10.0.0.200-10.0.1.10", "10.0.0.200", "10.0.1.10"),
        ("fd00::1-fd00::ff", "fd00::1", "fd00::ff"),
        ("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
    ])
    func parsesRanges(text: String, first: String, last: String) throws {
        let range = try AddressRange(text)
        #expect(range.first == (try IPAddress(first)))
        #expect(range.last == (try IPAddress(last)))
        #expect(range.description == "\(range.first)-\(range.last)")
        #expect(try AddressRange(range.description) == range)
    }

    @Test(arguments: [
        ("10.0.0.50-10.0.0.1", "ends before it starts"),
        ("10.0.0.5-3", "ends before it starts"),
        ("10.0.0.1-fd00::1", "same family"),
        ("10.0.0.1-256", "not a number from 0 to 255"),
        ("10.0.0.1-050", "leading zero"),
        ("10.0.0.1-", "missing an address"),
        ("-10.0.0.1", "missing an address"),
        ("10.0.0.1", "two addresses separated by one dash"),
        ("10.0.0.1-10.0.0.2-10.0.0.3", "one dash"),
        ("10.0.0.1-10.0.0.x", "not a decimal number"),
        ("fd00::1-ff", "not a valid IPv4 address"),
    ])
    func rejectsBadRanges(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try AddressRange(text) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func reversedRangeMessageSuggestsTheRightOrder() {
        let error = #expect(throws: WardError.self) { try AddressRange("10.0.0.50-10.0.0.1") }
        #expect(error?.message.contains("(10.0.0.1-10.0.0.50)") == true)
    }

    @Test(arguments: [
        ("10.0.0.0", false),
        ("10.0.0.1", true),
        ("10.0.0.25", true),
        ("10.0.0.50", true),
        ("10.0.0.51", false),
        ("::ffff:10.0.0.25", false),
    ])
    func containsAddressesAtTheBoundaries(address: String, expected: Bool) throws {
        #expect(try AddressRange("10.0.0.1-50").contains(IPAddress(address)) == expected)
    }

    @Test func containsAndOverlapsBlocks() throws {
        let range = try AddressRange("10.0.0.1-10.0.0.50")
        #expect(range.contains(try CIDR("10.0.0.4/30")))
        #expect(!range.contains(try CIDR("10.0.0.0/30")))
        #expect(!range.contains(try CIDR("10.0.0.48/29")))
        #expect(range.overlaps(try CIDR("10.0.0.0/30")))
        #expect(range.overlaps(try CIDR("10.0.0.48/29")))
        #expect(!range.overlaps(try CIDR("10.0.0.64/26")))
        #expect(!range.overlaps(try CIDR("::/0")))
    }

    @Test(arguments: [
        ("10.0.0.1-50", 50.0),
        ("10.0.0.7-7", 1.0),
        ("0.0.0.0-255.255.255.255", 4_294_967_296.0),
        ("fd00::1-fd00::ff", 255.0),
        ("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 340_282_366_920_938_463_463_374_607_431_768_211_456.0),
    ])
    func countsAddresses(text: String, count: Double) throws {
        #expect(try AddressRange(text).addressCount == count)
    }

    @Test func producesAddressesLazily() throws {
        let range = try AddressRange("10.0.0.254-10.0.1.1")
        #expect(range.addresses.map(\.description) == ["10.0.0.254", "10.0.0.255", "10.0.1.0", "10.0.1.1"])
        let huge = try AddressRange("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
        #expect(huge.addresses.prefix(2).map(\.description) == ["::", "::1"])
    }

    @Test(arguments: [
        (
            "10.0.0.1-10.0.0.50",
            [
                "10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/30", "10.0.0.8/29", "10.0.0.16/28", "10.0.0.32/28",
                "10.0.0.48/31", "10.0.0.50/32",
            ]
        ),
        ("10.0.0.0-10.0.0.255", ["10.0.0.0/24"]),
        ("10.0.0.7-7", ["10.0.0.7/32"]),
        ("10.0.0.255-10.0.1.0", ["10.0.0.255/32", "10.0.1.0/32"]),
        ("10.0.0.0-10.0.1.255", ["10.0.0.0/23"]),
        ("0.0.0.0-255.255.255.255", ["0.0.0.0/0"]),
        ("255.255.255.254-255.255.255.255", ["255.255.255.254/31"]),
        ("192.168.1.10-192.168.1.20", ["192.168.1.10/31", "192.168.1.12/30", "192.168.1.16/30", "192.168.1.20/32"]),
        ("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", ["::/0"]),
        (
            "fd00::1-fd00::ff",
            [
                "fd00::1/128", "fd00::2/127", "fd00::4/126", "fd00::8/125", "fd00::10/124", "fd00::20/123",
                "fd00::40/122", "fd00::80/121",
            ]
        ),
        ("::-7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", ["::/1"]),
    ])
    func decomposesIntoTheFewestBlocks(text: String, expected: [String]) throws {
        #expect(try AddressRange(text).cidrs.map(\.description) == expected)
    }

    @Test func decomposesTheWholeIPv6SpaceButOne() throws {
        let cidrs = try AddressRange("::1-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").cidrs
        #expect(cidrs.count == 128)
        #expect(cidrs.first?.description == "::1/128")
        #expect(cidrs.last?.description == "8000::/1")
    }

    /// Checks, for many pseudo-random ranges, that the blocks are aligned, ascending, contiguous, and cover exactly
    /// the range, and that no two neighbours could be merged into one block.
    @Test(arguments: [IPAddress.Family.v4, .v6])
    func decompositionCoversExactlyTheRange(family: IPAddress.Family) throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        for _ in 0..<300 {
            let a: UInt128
            let b: UInt128
            switch family {
            case .v4:
                a = UInt128(UInt32(truncatingIfNeeded: next() >> 16))
                b = a + UInt128(next() % 5000)
            case .v6:
                a = UInt128(next()) << 64 | UInt128(next())
                let offset = (UInt128(next()) << 64 | UInt128(next())) >> (28 + Int(next() % 100))
                b = a > UInt128.max - offset ? .max : a + offset
            }
            let upper = family == .v4 ? min(b, UInt128(UInt32.max)) : b
            let range = try AddressRange(
                first: IPAddress(family: family, numericValue: a),
                last: IPAddress(family: family, numericValue: upper)
            )
            let cidrs = range.cidrs
            #expect(cidrs.first?.first == range.first)
            #expect(cidrs.last?.last == range.last)
            #expect(cidrs.count <= 2 * family.bitWidth)
            for (left, right) in zip(cidrs, cidrs.dropFirst()) {
                #expect(left.last.numericValue + 1 == right.first.numericValue)
                let widerMask = CIDR.hostMask(bitWidth: family.bitWidth, prefixLength: max(left.prefixLength - 1, 0))
                let mergeable =
                    left.prefixLength == right.prefixLength && left.prefixLength > 0
                    && left.network.numericValue & widerMask == 0
                #expect(!mergeable, "\(left) and \(right) could be one block")
            }
            if family == .v4 {
                #expect(cidrs.reduce(0.0) { $0 + $1.addressCount } == range.addressCount)
            }
        }
    }

    @Test func convertsFromABlock() throws {
        let range = AddressRange(try CIDR("10.0.0.0/24"))
        #expect(range.description == "10.0.0.0-10.0.0.255")
        #expect(range.cidrs == [try CIDR("10.0.0.0/24")])
    }

    @Test func validatesMemberwiseInput() throws {
        #expect(throws: WardError.self) { try AddressRange(first: IPAddress("10.0.0.2"), last: IPAddress("10.0.0.1")) }
        #expect(throws: WardError.self) { try AddressRange(first: IPAddress("10.0.0.1"), last: IPAddress("::1")) }
    }

    @Test func codesAsAString() throws {
        let ranges = try ["10.0.0.1-10.0.0.50", "fd00::1-fd00::ff"].map(AddressRange.init)
        let data = try JSONEncoder().encode(ranges)
        #expect(try JSONDecoder().decode([AddressRange].self, from: data) == ranges)
        #expect(try JSONDecoder().decode([AddressRange].self, from: Data(#"["10.0.0.1-50"]"#.utf8)) == [ranges[0]])
    }
}
