import Foundation
import Testing

@testable import WardCore

@Suite struct CIDRTests {
    @Test(arguments: [
        ("10.0.0.0/8", "10.0.0.0", 8),
        ("0.0.0.0/0", "0.0.0.0", 0),
        ("192.168.1.0/24", "192.168.1.0", 24),
        ("10.0.0.1/32", "10.0.0.1", 32),
        ("::/0", "::", 0),
        ("fd00::/8", "fd00::", 8),
        ("2001:db8::/32", "2001:db8::", 32),
        ("::1/128", "::1", 128),
        ("fe80::/10", "fe80::", 10),
    ])
    func parsesBlocks(text: String, network: String, prefixLength: Int) throws {
        let cidr = try CIDR(text)
        #expect(cidr.network == (try IPAddress(network)))
        #expect(cidr.prefixLength == prefixLength)
        #expect(cidr.description == text)
        #expect(try CIDR(cidr.description) == cidr)
    }

    @Test(arguments: [("10.0.0.1", "10.0.0.1/32"), ("fd00::1", "fd00::1/128"), (" 10.0.0.0/8 ", "10.0.0.0/8")])
    func acceptsBareAddressesAndWhitespace(text: String, canonical: String) throws {
        #expect(try CIDR(text).description == canonical)
    }

    @Test func normalizesIPv6Text() throws {
        #expect(try CIDR("2001:DB8:0:0::/64").description == "2001:db8::/64")
    }

    @Test(arguments: [
        ("10.0.0.1/8", "10.0.0.1/8 has host bits set; the network is 10.0.0.0/8"),
        ("192.168.1.77/24", "the network is 192.168.1.0/24"),
        ("fd00::1/8", "the network is fd00::/8"),
        ("0.0.0.1/0", "the network is 0.0.0.0/0"),
        ("10.0.0.0/33", "0 to 32"),
        ("fd00::/129", "0 to 128"),
        ("10.0.0.0/", "no valid prefix length"),
        ("10.0.0.0/-1", "no valid prefix length"),
        ("10.0.0.0/8/9", "no valid prefix length"),
        ("10.0.0.0/ 8", "no valid prefix length"),
        ("10.0.0.0/1000", "no valid prefix length"),
        ("10.0.0.0/x", "no valid prefix length"),
        ("/8", "no address"),
        ("garbage/8", "not a valid IPv4 address"),
        ("10.0.0.256/32", "more than 255"),
        ("", "empty"),
    ])
    func rejectsBadBlocks(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try CIDR(text) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func hostBitsMessageOffersBothReadings() {
        let error = #expect(throws: WardError.self) { try CIDR("10.0.0.1/8") }
        #expect(error?.message.contains("or 10.0.0.1 for the single address") == true)
    }

    @Test func validatesNetworkAndPrefixLength() throws {
        #expect(throws: WardError.self) { try CIDR(network: IPAddress("10.0.0.1"), prefixLength: 24) }
        #expect(throws: WardError.self) { try CIDR(network: IPAddress("10.0.0.0"), prefixLength: -1) }
        #expect(throws: WardError.self) { try CIDR(network: IPAddress("::"), prefixLength: 129) }
        #expect(try CIDR(network: IPAddress("10.0.0.0"), prefixLength: 24).description == "10.0.0.0/24")
        #expect(CIDR(address: try IPAddress("fd00::5")).description == "fd00::5/128")
    }

    @Test(arguments: [
        ("10.0.0.0/8", "9.255.255.255", false),
        ("10.0.0.0/8", "10.0.0.0", true),
        ("10.0.0.0/8", "10.128.0.1", true),
        ("10.0.0.0/8", "10.255.255.255", true),
        ("10.0.0.0/8", "11.0.0.0", false),
        ("0.0.0.0/0", "0.0.0.0", true),
        ("0.0.0.0/0", "255.255.255.255", true),
        ("0.0.0.0/0", "::", false),
        ("0.0.0.0/0", "::ffff:10.0.0.1", false),
        ("::/0", "::", true),
        ("::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", true),
        ("::/0", "0.0.0.0", false),
        ("10.0.0.7/32", "10.0.0.7", true),
        ("10.0.0.7/32", "10.0.0.6", false),
        ("10.0.0.7/32", "10.0.0.8", false),
        ("fd00::1/128", "fd00::1", true),
        ("fd00::1/128", "fd00::", false),
        ("fd00::1/128", "fd00::2", false),
        ("fd00::/8", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", true),
        ("fd00::/8", "fe00::", false),
        ("fd00::/8", "fcff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", false),
        ("192.168.1.128/25", "192.168.1.127", false),
        ("192.168.1.128/25", "192.168.1.128", true),
        ("192.168.1.128/25", "192.168.1.255", true),
        ("192.168.1.128/25", "192.168.2.0", false),
    ])
    func containsAddressesAtTheBoundaries(cidr: String, address: String, expected: Bool) throws {
        #expect(try CIDR(cidr).contains(IPAddress(address)) == expected)
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.0.0.0", "10.255.255.255"),
        ("10.0.0.7/32", "10.0.0.7", "10.0.0.7"),
        ("0.0.0.0/0", "0.0.0.0", "255.255.255.255"),
        ("192.168.1.128/25", "192.168.1.128", "192.168.1.255"),
        ("::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        ("fd00::/8", "fd00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        ("2001:db8::/64", "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff"),
        ("::1/128", "::1", "::1"),
    ])
    func reportsFirstAndLastAddresses(cidr: String, first: String, last: String) throws {
        let block = try CIDR(cidr)
        #expect(block.first == (try IPAddress(first)))
        #expect(block.last == (try IPAddress(last)))
    }

    @Test(arguments: [
        ("10.0.0.7/32", 1.0),
        ("10.0.0.0/31", 2.0),
        ("192.168.1.0/24", 256.0),
        ("10.0.0.0/8", 16_777_216.0),
        ("0.0.0.0/0", 4_294_967_296.0),
        ("::1/128", 1.0),
        ("2001:db8::/64", 18_446_744_073_709_551_616.0),
        ("::/0", 340_282_366_920_938_463_463_374_607_431_768_211_456.0),
    ])
    func countsAddresses(cidr: String, count: Double) throws {
        #expect(try CIDR(cidr).addressCount == count)
    }

    @Test func addressCountOfTheWholeIPv6SpaceIsExactlyTwoToThe128() throws {
        let count = try CIDR("::/0").addressCount
        #expect(count == Double(UInt128.max))
        #expect(count.exponent == 128)
        #expect(count.significand == 1)
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.1.0.0/16", true),
        ("10.0.0.0/8", "10.0.0.0/8", true),
        ("10.1.0.0/16", "10.0.0.0/8", false),
        ("10.0.0.0/8", "11.0.0.0/16", false),
        ("0.0.0.0/0", "10.0.0.0/8", true),
        ("0.0.0.0/0", "::/0", false),
        ("::/0", "fd00::/8", true),
        ("fd00::/8", "fd00::1/128", true),
        ("fd00::/8", "fe00::/8", false),
        ("10.0.0.0/24", "10.0.0.255/32", true),
        ("10.0.0.0/24", "10.0.1.0/32", false),
    ])
    func containsBlocks(outer: String, inner: String, expected: Bool) throws {
        #expect(try CIDR(outer).contains(CIDR(inner)) == expected)
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.1.0.0/16", true),
        ("10.1.0.0/16", "10.0.0.0/8", true),
        ("10.0.0.0/16", "10.1.0.0/16", false),
        ("10.0.0.0/24", "10.0.0.0/24", true),
        ("10.0.0.0/25", "10.0.0.128/25", false),
        ("0.0.0.0/0", "::/0", false),
        ("0.0.0.0/0", "255.255.255.255/32", true),
        ("fd00::/8", "fd12:3456::/32", true),
        ("fd00::/8", "fc00::/8", false),
    ])
    func overlaps(first: String, second: String, expected: Bool) throws {
        #expect(try CIDR(first).overlaps(CIDR(second)) == expected)
    }

    @Test func producesAddressesInOrder() throws {
        let addresses = try CIDR("10.0.0.0/30").addresses.map(\.description)
        #expect(addresses == ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3"])
        #expect(Array(try CIDR("10.0.0.9/32").addresses) == [try IPAddress("10.0.0.9")])
    }

    @Test func addressSequenceIsLazyForHugeBlocks() throws {
        let first = try CIDR("2001:db8::/64").addresses.prefix(3).map(\.description)
        #expect(first == ["2001:db8::", "2001:db8::1", "2001:db8::2"])
        let whole = try CIDR("::/0").addresses.prefix(2).map(\.description)
        #expect(whole == ["::", "::1"])
    }

    @Test func addressSequenceStopsAtTheTopOfTheSpaceWithoutOverflow() throws {
        let ipv6 = try CIDR("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127").addresses.map(\.description)
        #expect(ipv6 == ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"])
        let ipv4 = try CIDR("255.255.255.254/31").addresses.map(\.description)
        #expect(ipv4 == ["255.255.255.254", "255.255.255.255"])
    }

    @Test func ordersByNetworkThenPrefix() throws {
        let sorted = try ["10.1.0.0/16", "fd00::/8", "10.0.0.0/16", "10.0.0.0/8"].map(CIDR.init).sorted()
        #expect(sorted.map(\.description) == ["10.0.0.0/8", "10.0.0.0/16", "10.1.0.0/16", "fd00::/8"])
    }

    @Test func codesAsAString() throws {
        let blocks = try ["10.0.0.0/8", "fd00::/8"].map(CIDR.init)
        let data = try JSONEncoder().encode(blocks)
        #expect(try JSONDecoder().decode([CIDR].self, from: data) == blocks)
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CIDR].self, from: Data(#"["10.0.0.1/8"]"#.utf8))
        }
        #expect(String(describing: error).contains("host bits"))
    }
}
