import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOFoundationCompat
import Testing
import WardCore
import WardIntel

@testable import WardServer

/// `ward feeds update`'s downloads, from a feed server this test runs on loopback with the shared public data: KEV,
/// EPSS served gzip-compressed, and a CSAF provider whose ROLIE feed lists two CISA advisories.
@Suite struct FeedDownloaderTests {
    static let shared: URL? = {
        let here = URL(fileURLWithPath: #filePath)
        let repository = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["WARD_SHARED_DATA"].map { URL(fileURLWithPath: $0) },
            repository.deletingLastPathComponent().appendingPathComponent("shared/data"),
            URL(fileURLWithPath: "/work/shared/data"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
    }()
    static let enabled = shared != nil || ProcessInfo.processInfo.environment["WARD_REQUIRE_SHARED_DATA"] == "1"

    static let advisories = ["icsma-24-200-01.json", "icsma-17-009-01a.json"]

    /// The feed server: files from the shared data, gzip made by the test, provider metadata and a ROLIE feed whose
    /// addresses point back at the server itself (built from the request's Host header).
    static func router(data: URL, epssGzip: Data, requests: Counter) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/kev.json") { _, _ in
            requests.add("/kev.json")
            return try Response(
                status: .ok,
                body: .init(
                    byteBuffer: ByteBuffer(
                        data: Data(contentsOf: data.appendingPathComponent("kev/known_exploited_vulnerabilities.json"))
                    )
                )
            )
        }
        router.get("/epss.csv.gz") { _, _ in
            requests.add("/epss.csv.gz")
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(data: epssGzip)))
        }
        router.get("/broken") { _, _ in Response(status: .internalServerError) }
        router.get("/huge") { _, _ in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(repeating: 0x41, count: 300_000)))
        }
        router.get("/.well-known/csaf/provider-metadata.json") { request, _ in
            let base = "http://\(request.head.authority ?? "127.0.0.1")"
            var text = try String(
                contentsOf: data.appendingPathComponent(
                    "csaf/oasis/examples/provider-metadata/example-01-provider-metadata.json"
                ),
                encoding: .utf8
            )
            text = text.replacingOccurrences(
                of: "https://www.example.com/.well-known/csaf/feed-tlp-white.json",
                with: "\(base)/csaf/feed.json"
            )
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("/csaf/feed.json") { request, _ in
            let base = "http://\(request.head.authority ?? "127.0.0.1")/csaf"
            let entries = advisories.enumerated().map { index, name in
                """
                {"id": "\(name)", "title": "\(name)",
                 "link": [{"rel": "self", "href": "\(base)/\(name)"}, {"rel": "hash", "href": "\(base)/\(name).sha512"},
                          {"rel": "signature", "href": "\(base)/\(name).asc"}],
                 "published": "2024-07-1\(index)T00:00:00Z", "updated": "2024-07-1\(index)T00:00:00Z",
                 "content": {"type": "application/json", "src": "\(base)/\(name)"},
                 "format": {"schema": "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json", "version": "2.0"}}
                """
            }
            let feed = """
                {"feed": {"id": "test-feed", "title": "Test feed", "link": [{"rel": "self", "href": "\(base)/feed.json"}],
                 "category": [{"scheme": "urn:ietf:params:rolie:category:information-type", "term": "csaf"}],
                 "updated": "2024-07-20T00:00:00Z", "entry": [\(entries.joined(separator: ","))]}}
                """
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: feed)))
        }
        router.get("/csaf/{name}") { _, context in
            let name = try context.parameters.require("name")
            requests.add("/csaf/\(name)")
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                return Response(status: .badRequest)
            }
            let file = data.appendingPathComponent("csaf/cisa-icsma/\(name)")
            guard let bytes = FileManager.default.contents(atPath: file.path) else {
                return Response(status: .notFound)
            }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(data: bytes)))
        }
        return router
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []
        func add(_ path: String) { lock.withLock { paths.append(path) } }
        var all: [String] { lock.withLock { paths } }
    }

    static func gzip(_ file: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-c", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        return data
    }

    @Test(.enabled(if: enabled, "needs ../shared/data (set WARD_SHARED_DATA)"))
    func kevEPSSAndCSAFAreFetchedIntoAFolderReadyToImport() async throws {
        let data = try #require(Self.shared, "WARD_REQUIRE_SHARED_DATA=1 but ../shared/data is missing")
        let epss = data.appendingPathComponent("epss/epss_scores-2026-09-29-selected.csv")
        let requests = Counter()
        let app = Application(router: Self.router(data: data, epssGzip: try Self.gzip(epss), requests: requests))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ward-feeds-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let base = "http://127.0.0.1:\(port)"
            let http = HTTPClient(eventLoopGroupProvider: .singleton)
            do {
                try await Self.exercise(http, base: base, folder: folder, data: data, requests: requests)
            } catch {
                try await http.shutdown()
                throw error
            }
            try await http.shutdown()
        }
    }

    static func exercise(_ http: HTTPClient, base: String, folder: URL, data: URL, requests: Counter) async throws {
        let downloader = FeedDownloader(
            client: http,
            directory: folder,
            timeout: .seconds(20),
            logger: Logger(label: "test")
        )
        let report = try await downloader.download([
            FeedSource(kind: .kev, url: "\(base)/kev.json"),
            FeedSource(kind: .epss, url: "\(base)/epss.csv.gz"),
            FeedSource(kind: .csafProvider, url: "\(base)/.well-known/csaf/provider-metadata.json"),
        ])
        #expect(
            report.files.map(\.lastPathComponent).sorted()
                == (["epss.csv", "known_exploited_vulnerabilities.json"] + Self.advisories).sorted()
        )
        // What arrived reads as the originals do.
        let kev = try KEVReader.read(
            try Data(contentsOf: folder.appendingPathComponent("known_exploited_vulnerabilities.json")),
            file: "kev"
        )
        #expect(kev.vulnerabilities.count == 1404)
        let scores = try EPSSReader.read(contentsOf: folder.appendingPathComponent("epss.csv"))
        #expect(scores.scores.count == 1600 && scores.modelVersion == "v2026.06.15")
        for name in Self.advisories {
            let document = folder.appendingPathComponent("csaf/\(name)")
            #expect(
                try Data(contentsOf: document)
                    == Data(contentsOf: data.appendingPathComponent("csaf/cisa-icsma/\(name)"))
            )
            let integrity = CSAFIntegrity.checkSHA512(documentAt: document)
            #expect(integrity == .verified, "\(integrity)")
            #expect(FileManager.default.fileExists(atPath: document.path + ".asc"))
        }
        // Entries not updated since the last run are not fetched again.
        let before = requests.all.filter { $0.hasPrefix("/csaf/") }.count
        let again = try await downloader.download(
            [FeedSource(kind: .csafProvider, url: "\(base)/.well-known/csaf/provider-metadata.json")],
            csafSince: "2024-07-10T00:00:00Z"
        )
        #expect(again.files.map(\.lastPathComponent) == ["icsma-17-009-01a.json"])
        #expect(requests.all.filter { $0.hasPrefix("/csaf/") }.count == before + 3)

        // A failing address and an oversized body are refused by name, and leave no partial file.
        let broken = try await #require(throws: WardError.self) {
            try await downloader.download([FeedSource(kind: .kev, url: "\(base)/broken")])
        }
        #expect(broken.message.contains("answered 500"))
        var small = downloader
        small.maximumBytes = 100_000
        let huge = try await #require(throws: WardError.self) {
            try await small.download([FeedSource(kind: .epss, url: "\(base)/huge")])
        }
        #expect(huge.code == .tooLarge)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("epss-download.part").path))
    }

    @Test func addressesMustBeHTTP() throws {
        #expect(throws: WardError.self) { try FeedSource(kind: .kev, url: "file:///etc/passwd").validated() }
        #expect(throws: WardError.self) { try FeedSource(kind: .kev, url: "not a url").validated() }
        #expect(FeedSource.defaults.allSatisfy { (try? $0.validated()) != nil })
    }
}
