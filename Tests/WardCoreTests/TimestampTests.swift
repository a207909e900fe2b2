import Foundation
import Testing
import WardCore

@Suite struct TimestampTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (1_800_000_000.9, "2027-01-15T08:00:00Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (4_107_542_399, "2100-02-28T23:59:59Z"),
    ])
    func knownInstants(seconds: Double, text: String) {
        #expect(Timestamp(Date(timeIntervalSince1970: seconds)).description == text)
    }

    @Test func agreesWithFoundationAcrossTwoCenturies() {
        var generator = SystemRandomNumberGenerator()
        let style = Date.ISO8601FormatStyle()
        for _ in 0..<5_000 {
            let seconds = Double(Int64.random(in: -2_208_988_800...4_102_444_800, using: &generator))
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp(date).description == date.formatted(style), "\(seconds)")
        }
    }

    @Test func encodesAsAString() throws {
        let data = try JSONEncoder().encode([Timestamp(Date(timeIntervalSince1970: 86_400))])
        #expect(String(decoding: data, as: UTF8.self) == #"["1970-01-02T00:00:00Z"]"#)
    }
}

@Suite struct IdentifierTests {
    @Test func uuidTextParsingAgreesWithFoundation() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(UUID(text: id.uuidString) == id)
            #expect(UUID(text: id.uuidString.lowercased()) == id)
            #expect(id.text() == id.uuidString)
            #expect(id.text(uppercase: false) == id.uuidString.lowercased())
        }
    }

    @Test(arguments: [
        "", "not-a-uuid", "6ba7b810-9dad-11d1-80b4-00c04fd430c", "6ba7b810-9dad-11d1-80b4-00c04fd430c8a",
        "6ba7b810x9dad-11d1-80b4-00c04fd430c8", "6ba7b810-9dad-11d1-80b4-00c04fd430cg",
        "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}",
    ])
    func malformedUUIDsAreRejected(text: String) {
        #expect(UUID(text: text) == nil)
        #expect(UUID(uuidString: text) == nil, "Foundation agrees")
    }

    @Test func hexString() {
        #expect([0x00, 0x0f, 0xa5, 0xff].hexString == "000fa5ff")
        #expect([UInt8]().hexString == "")
    }
}
