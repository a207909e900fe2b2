import Foundation
import Hummingbird

/// One scope entry, the same fields and JSON shape as Ward's `GET /api/v1/organizations/{org}/scope` entries.
struct Entry: Codable, Sendable {
    var id: UUID
    var kind: String
    var target: String
    var note: String?
    var createdAt: Date
}

/// The same envelope as Ward's scope response: `{"entries": [...], "windows": []}`.
struct ScopeList: ResponseEncodable, Sendable {
    var entries: [Entry]
    var windows: [String]
}

var port = 8081
var host = "127.0.0.1"
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--port": port = arguments.next().flatMap(Int.init) ?? port
    case "--host": host = arguments.next() ?? host
    default:
        FileHandle.standardError.write(Data("usage: limit [--host 127.0.0.1] [--port 8081]\n".utf8))
        exit(64)
    }
}

let start = Date()
// Built once; encoded to JSON on every request, as Ward does.
let list = ScopeList(
    entries: (0..<100).map { index in
        Entry(id: UUID(), kind: "include", target: "10.1.\(index).0/24", note: nil,
            createdAt: start.addingTimeInterval(Double(index)))
    },
    windows: []
)

let router = Router()
router.get("healthz") { _, _ in "ok" }
router.get("list") { _, _ in list }

let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "limit"))
try await app.runService()
