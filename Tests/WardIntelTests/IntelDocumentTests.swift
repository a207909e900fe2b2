import Foundation
import Testing
import WardCore
import WardIntel

@Suite struct IntelDocumentTests {
    struct Sample: Decodable {
        struct Item: Decodable { var name: String }
        var items: [Item]
    }

    @Test func aMissingFieldIsNamedWithItsPathInTheDocument() throws {
        let data = Data(#"{"items": [{"name": "a"}, {"title": "b"}]}"#.utf8)
        let error = try #require(throws: WardError.self) {
            try IntelDocument.decode(Sample.self, from: data, file: "sample.json")
        }
        #expect(error.location == "sample.json at $.items[1]")
        #expect(error.message.contains("'name'"))
    }

    @Test func truncatedJSONIsRefusedAsNotJSON() throws {
        let data = Data(#"{"items": [{"name": "a"}, {"na"#.utf8)
        let error = try #require(throws: WardError.self) {
            try IntelDocument.decode(Sample.self, from: data, file: "cut.json")
        }
        #expect(error.code == .invalidInput)
        #expect(error.message.hasPrefix("the document is not valid JSON"))
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ward-intel-\(UUID()).json")
        try Data(repeating: 0x20, count: 4096).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try #require(throws: WardError.self) { try IntelDocument.read(contentsOf: file, limit: 1024) }
        #expect(error.code == .tooLarge)
        #expect(try IntelDocument.read(contentsOf: file, limit: 8192).count == 4096)
    }
}
