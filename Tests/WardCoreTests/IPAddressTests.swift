import Foundation
import Testing

@testable import WardCore

@Suite struct IPAddressTests {
    @Test(arguments: [
        ("0.0.0.0", UInt32(0)),
        ("255.255.255.255", UInt32.max),
        ("10.0.0.1", 0x0A00_0001),
        ("192.168.1.254", 0xC0A8_01FE),
        ("172.16.0.0", 0xAC10_0000),
        ("1.2.3.4", 0x0102_0304),
    ])
    func parsesAndFormatsIPv4(text: String, value: UInt32) throws {
        let address = try IPAddress(text)
        #expect(address == .v4(value))
        #expect(address.family == .v4)
        #expect(address.description == text)
        #expect(try IPAddress(address.description) == address)
    }

    @Test func ignoresSurroundingWhitespace() throws {
        #expect(try IPAddress("  10.0.0.1\n") == .v4(0x0A00_0001))
        #expect(try IPAddress("\tfd00::1 ") == .v6(0xFD00 << 112 | 1))
    }

    @Test(arguments: [
        ("", "empty"),
        ("   ", "empty"),
        ("010.1.1.1", "leading zero"),
        ("10.01.1.1", "leading zero"),
        ("10.0.0.00", "leading zero"),
        ("1.2.3", "four numbers"),
        ("1.2.3.4.5", "four numbers"),
        ("localhost", "four numbers"),
        ("256.1.1.1", "256 is more than 255"),
        ("1.2.3.1000", "more than 255"),
        ("1..2.3", "missing"),
        ("1.2.3.", "missing"),
        ("a.b.c.d", "not a decimal number"),
        ("+1.2.3.4", "not a decimal number"),
        ("1.2.3.4/24", "not a decimal number"),
        ("١.2.3.4", "not a decimal number"),
        ("0x0A.0.0.1", "not a decimal number"),
    ])
    func rejectsBadIPv4(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try IPAddress(text) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func leadingZeroMessageSuggestsDecimalForm() {
        let error = #expect(throws: WardError.self) { try IPAddress("010.001.1.1") }
        #expect(error?.message.contains("octal") == true)
        #expect(error?.message.contains("write 10.1.1.1") == true, "\(error?.message ?? "")")
    }

    /// Inputs and their RFC 5952 canonical forms.
    @Test(arguments: [
        ("::", "::"),
        ("0:0:0:0:0:0:0:0", "::"),
        ("::1", "::1"),
        ("0:0:0:0:0:0:0:1", "::1"),
        ("1::", "1::"),
        ("1:0:0:0:0:0:0:0", "1::"),
        ("2001:db8::1", "2001:db8::1"),
        ("2001:DB8:0:0:0:0:0:1", "2001:db8::1"),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8::ABCD", "2001:db8::abcd"),
        // A single zero group is not compressed.
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
        // The longest run is compressed.
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),
        // On a tie, the first run is compressed.
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"),
        ("fd00:0:0:0:0:0:0:0", "fd00::"),
        ("fe80::1", "fe80::1"),
        ("ff02::1", "ff02::1"),
        ("1:0:0:2:0:0:0:3", "1:0:0:2::3"),
        ("0:0:1:0:0:0:0:0", "0:0:1::"),
        ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"),
        ("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8"),
        ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        // IPv4-mapped addresses keep the dotted quad (RFC 5952 section 5).
        ("::ffff:1.2.3.4", "::ffff:1.2.3.4"),
        ("::FFFF:0102:0304", "::ffff:1.2.3.4"),
        ("0:0:0:0:0:ffff:192.0.2.1", "::ffff:192.0.2.1"),
        // Other embedded dotted quads are written in hex.
        ("64:ff9b::192.0.2.33", "64:ff9b::c000:221"),
        ("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"),
        ("::1.2.3.4", "::102:304"),
    ])
    func parsesAndFormatsIPv6(text: String, canonical: String) throws {
        let address = try IPAddress(text)
        #expect(address.family == .v6)
        #expect(address.description == canonical)
        #expect(try IPAddress(canonical) == address)
    }

    @Test func parsesIPv6Values() throws {
        #expect(try IPAddress("::") == .v6(0))
        #expect(try IPAddress("::1") == .v6(1))
        #expect(try IPAddress("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") == .v6(.max))
        #expect(try IPAddress("2001:db8::1") == .v6(0x2001_0db8 << 96 | 1))
        #expect(try IPAddress("::ffff:10.0.0.1") == .v6(0xFFFF_0A00_0001))
    }

    @Test(arguments: [
        ("fe80::1%eth0", "zone id"),
        ("1::2::3", "only once"),
        ("::1::", "only once"),
        ("12345::", "more than four hex digits"),
        ("1:2:3:4:5:6:7", "needs 8"),
        ("1:2:3:4:5:6:7:8:9", "needs 8"),
        ("1:2:3:4::5:6:7:8", "must stand for at least one"),
        (":1::", "missing"),
        ("1:::2", "missing"),
        (":::", "missing"),
        ("1:2:3:4:5:6:7:", "missing"),
        (":", "missing"),
        ("g::1", "not hexadecimal"),
        ("::-1", "not hexadecimal"),
        ("::1.2.3.4:5", "last 32 bits"),
        ("1.2.3.4::", "last 32 bits"),
        ("::ffff:1.2.3", "four numbers"),
        ("::ffff:01.2.3.4", "leading zero"),
        ("::ffff:1.2.3.256", "more than 255"),
        ("1:2:3:4:5:6:7:1.2.3.4", "needs 8"),
    ])
    func rejectsBadIPv6(text: String, fragment: String) {
        let error = #expect(throws: WardError.self) { try IPAddress(text) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "no error")")
    }

    @Test func zoneIdMessageShowsTheAddressWithoutIt() {
        let error = #expect(throws: WardError.self) { try IPAddress("fe80::1%eth0") }
        #expect(error?.message.contains("%eth0") == true)
        #expect(error?.message.contains("(fe80::1)") == true, "\(error?.message ?? "")")
    }

    @Test func ordersIPv4BeforeIPv6AndNumericallyWithinAFamily() throws {
        let texts = ["::1", "10.0.0.2", "fd00::", "255.255.255.255", "::", "10.0.0.10", "0.0.0.0", "10.0.0.1"]
        let sorted = try texts.map(IPAddress.init).sorted().map(\.description)
        #expect(sorted == ["0.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.10", "255.255.255.255", "::", "::1", "fd00::"])
        #expect(IPAddress.v4(.max) < .v6(0))
        #expect(!(IPAddress.v6(0) < .v4(0)))
    }

    struct Classification: Sendable, CustomTestStringConvertible {
        var text: String
        var loopback = false
        var isPrivate = false
        var linkLocal = false
        var multicast = false
        var unspecified = false
        var testDescription: String { text }
    }

    @Test(arguments: [
        Classification(text: "127.0.0.1", loopback: true),
        Classification(text: "127.255.255.255", loopback: true),
        Classification(text: "128.0.0.1"),
        Classification(text: "10.0.0.0", isPrivate: true),
        Classification(text: "10.255.255.255", isPrivate: true),
        Classification(text: "11.0.0.0"),
        Classification(text: "172.15.255.255"),
        Classification(text: "172.16.0.0", isPrivate: true),
        Classification(text: "172.31.255.255", isPrivate: true),
        Classification(text: "172.32.0.0"),
        Classification(text: "192.168.0.1", isPrivate: true),
        Classification(text: "192.169.0.1"),
        Classification(text: "169.254.1.1", linkLocal: true),
        Classification(text: "169.255.1.1"),
        Classification(text: "224.0.0.1", multicast: true),
        Classification(text: "239.255.255.255", multicast: true),
        Classification(text: "240.0.0.0"),
        Classification(text: "0.0.0.0", unspecified: true),
        Classification(text: "8.8.8.8"),
        Classification(text: "::1", loopback: true),
        Classification(text: "::", unspecified: true),
        Classification(text: "fc00::1", isPrivate: true),
        Classification(text: "fdff:ffff::1", isPrivate: true),
        Classification(text: "fe00::1"),
        Classification(text: "fe80::1", linkLocal: true),
        Classification(text: "febf:ffff::1", linkLocal: true),
        Classification(text: "fec0::1"),
        Classification(text: "ff02::1", multicast: true),
        Classification(text: "2001:db8::1"),
        Classification(text: "::ffff:127.0.0.1"),
    ])
    func classifiesAddresses(expected: Classification) throws {
        let address = try IPAddress(expected.text)
        #expect(address.isLoopback == expected.loopback)
        #expect(address.isPrivate == expected.isPrivate)
        #expect(address.isLinkLocal == expected.linkLocal)
        #expect(address.isMulticast == expected.multicast)
        #expect(address.isUnspecified == expected.unspecified)
    }

    @Test func reportsFamilyAndBitWidth() throws {
        #expect(try IPAddress("10.0.0.1").family == .v4)
        #expect(try IPAddress("::1").family == .v6)
        #expect(IPAddress.Family.v4.bitWidth == 32)
        #expect(IPAddress.Family.v6.bitWidth == 128)
        #expect(IPAddress.Family.v6.description == "IPv6")
    }

    @Test func unmapsIPv4MappedAddresses() throws {
        #expect(try IPAddress("::ffff:10.9.0.5").ipv4Unmapped == IPAddress("10.9.0.5"))
        #expect(try IPAddress("10.9.0.5").ipv4Unmapped == IPAddress("10.9.0.5"))
        #expect(try IPAddress("::10.9.0.5").ipv4Unmapped == IPAddress("::10.9.0.5"))
        #expect(try IPAddress("1::ffff:10.9.0.5").ipv4Unmapped == IPAddress("1::ffff:10.9.0.5"))
    }

    @Test func codesAsAString() throws {
        let addresses = try ["10.0.0.1", "2001:db8::1"].map(IPAddress.init)
        let data = try JSONEncoder().encode(addresses)
        #expect(String(decoding: data, as: UTF8.self) == #"["10.0.0.1","2001:db8::1"]"#)
        #expect(try JSONDecoder().decode([IPAddress].self, from: data) == addresses)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([IPAddress].self, from: Data(#"["010.0.0.1"]"#.utf8))
        }
    }
}
