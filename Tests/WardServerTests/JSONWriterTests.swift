import Foundation
import Testing
import WardCore
import WardStore

@testable import WardServer

@Suite struct JSONWriterTests {
    /// Strings that need escaping, non-ASCII text and absent optionals.
    static let notes: [String?] = [
        nil, "", "plain", "quote \" and backslash \\", "line\nbreak\tand\rreturn", "control \u{01}\u{1f}",
        "Infusion pumps — vendor-managed", "ünïcødé ✓ 🏥", "slash / and </script>",
    ]

    @Test func writesTheSameJSONAsTheEncodableConformance() throws {
        let base = Date(timeIntervalSince1970: 1_800_000_000)
        let entries = Self.notes.enumerated().map { index, note in
            APIModels.ScopeEntryBody(
                ScopeRecords.Entry(
                    id: UUID(),
                    kind: index.isMultiple(of: 2) ? .include : .exclude,
                    target: "10.\(index).0.0/16",
                    note: note,
                    createdAt: base.addingTimeInterval(Double(index) * 3601)
                )
            )
        }
        let windows = [
            APIModels.ScanWindowBody(
                ScopeRecords.Window(id: UUID(), window: try ScanWindow("mon-fri 22:00-05:00 UTC"), createdAt: base)
            )
        ]
        for body in [
            APIModels.ScopeBody(entries: entries, windows: windows),
            APIModels.ScopeBody(entries: [], windows: []),
        ] {
            var writer = JSONWriter()
            body.write(to: &writer)
            let written = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? NSDictionary
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            let encoded = try JSONSerialization.jsonObject(with: encoder.encode(body)) as? NSDictionary
            #expect(written != nil)
            #expect(written == encoded)
        }
    }
}
