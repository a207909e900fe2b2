import Foundation
import SQLKit
import Testing
import WardCore
import WardIntel
import WardStore
import WardTesting

/// KEV, EPSS and intel documents in the store, on every engine, with the real feeds in ../shared/data.
@Suite("Vulnerability feeds in the store, on every engine", .enabled(if: SharedData.enabled, SharedData.skipMessage))
struct IntelFeedRecordsTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A catalog file, parsed, with its digest.
    func catalog(_ path: String) throws -> (KEVCatalog, FeedFile) {
        let url = try SharedData.url(path)
        let data = try Data(contentsOf: url)
        return (try KEVReader.read(data, file: url.lastPathComponent), FeedFile(source: path, data: data))
    }

    func rowCount(_ database: Database, _ table: String) async throws -> Int {
        let row = try await database.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()
        return try row?.decode(column: "n", as: Int.self) ?? -1
    }

    @Test(arguments: TestDatabase.engines)
    func kevHistoryFindsWhatTheNewerCatalogAddsAndTheSameCatalogAgainChangesNothing(
        engine: DatabaseEngine
    ) async throws {
        let (older, olderFile) = try catalog("kev/history/kev-2025-08-15.json")
        let (current, currentFile) = try catalog("kev/known_exploited_vulnerabilities.json")
        let expected = Set(current.added(since: older).map(\.cveID))
        try #require(!expected.isEmpty)
        try await TestDatabase.with(engine) { database in
            let first = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importKEV(older, file: olderFile, at: start)
            }
            #expect(first.isFirstImport && first.added.count == older.vulnerabilities.count)
            #expect(try await rowCount(database, "kev_entries") == older.vulnerabilities.count)

            let second = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importKEV(current, file: currentFile, at: start.addingTimeInterval(86_400))
            }
            #expect(!second.isFirstImport && !second.unchanged)
            #expect(Set(second.added.map(\.cveID)) == expected)
            #expect(second.added.count == expected.count)
            #expect(second.feedImport?.newCount == expected.count)
            #expect(second.added.map(\.dateAdded) == second.added.map(\.dateAdded).sorted(by: >), "newest first")

            // What is new since the previous import, and since a day, with CISA's dates.
            let news = try await database.store.intelFeeds.kevNewSinceLastImport()
            #expect(Set(news.entries.map(\.entry.cveID)) == expected)
            #expect(news.previousImport?.version == older.catalogVersion)
            #expect(news.latestImport?.version == current.catalogVersion)
            for stored in news.entries {
                #expect(stored.entry == current.entry(for: stored.entry.cveID))
                #expect(stored.firstSeen == start.addingTimeInterval(86_400))
            }
            let newest = try #require(current.vulnerabilities.map(\.dateAdded).max())
            let sinceNewest = try await database.store.intelFeeds.kevAdded(since: newest)
            #expect(
                Set(sinceNewest.entries.map(\.entry.cveID))
                    == Set(current.vulnerabilities.filter { $0.dateAdded >= newest }.map(\.cveID))
            )
            let badDay = await #expect(throws: WardError.self) {
                try await database.store.intelFeeds.kevAdded(since: "25 August")
            }
            #expect(badDay?.code == .invalidInput)

            // The current catalog again: nothing new, no row written anywhere.
            let tables = ["feed_imports", "kev_entries"]
            var before: [Int] = []
            for table in tables { before.append(try await rowCount(database, table)) }
            let again = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importKEV(current, file: currentFile, at: start.addingTimeInterval(172_800))
            }
            #expect(again.unchanged && again.added.isEmpty && again.feedImport == nil)
            var after: [Int] = []
            for table in tables { after.append(try await rowCount(database, table)) }
            #expect(after == before)
            #expect(try await database.store.intelFeeds.kevNewSinceLastImport().entries.count == expected.count)

            // Lookups and status.
            let cve = try #require(expected.first)
            #expect(try await database.store.intelFeeds.kevEntry(cve: cve)?.entry == current.entry(for: cve))
            #expect(try await database.store.intelFeeds.kevEntry(cve: "CVE-1999-99999") == nil)
            let kev = try #require(try await database.store.intelFeeds.status().first { $0.kind == .kev })
            #expect(kev.stored == Set(older.vulnerabilities.map(\.cveID) + current.vulnerabilities.map(\.cveID)).count)
            #expect(kev.imports == 2 && kev.lastImport?.sha256 == currentFile.sha256)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func epssImportStoresEveryScoreOfTheFile(engine: DatabaseEngine) async throws {
        let url = try SharedData.url("epss/epss_scores-2026-09-29-selected.csv")
        let data = try Data(contentsOf: url)
        let scores = try EPSSReader.read(data, file: url.lastPathComponent)
        let file = FeedFile(source: url.lastPathComponent, data: data)
        try await TestDatabase.with(engine) { database in
            let result = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importEPSS(scores, file: file, at: start)
            }
            #expect(result.scoreCount == 1_600 && result.newCount == 1_600 && result.removedCount == 0)
            #expect(try await rowCount(database, "epss_scores") == 1_600)
            for cve in ["CVE-2017-0144", "CVE-2019-19781", "CVE-2018-16522"] {
                let expected = try #require(scores[cve])
                let stored = try #require(try await database.store.intelFeeds.epssScore(cve: cve))
                #expect(stored.probability == expected.probability && stored.percentile == expected.percentile)
                #expect(stored.modelVersion == scores.modelVersion && stored.scoreDate == scores.scoreDate)
            }
            #expect(try await database.store.intelFeeds.epssScore(cve: "CVE-1999-0001") == nil)

            // A later file with fewer scores replaces the table: one changed, the rest gone.
            var later = EPSSScores(modelVersion: scores.modelVersion, scoreDate: "2026-09-30T12:00:00Z")
            later.scores["CVE-2017-0144"] = EPSSScores.Score(probability: 0.5, percentile: 0.9)
            later.scores["CVE-2099-0001"] = EPSSScores.Score(probability: 0.01, percentile: 0.1)
            let laterScores = later
            let replaced = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importEPSS(
                    laterScores,
                    file: FeedFile(source: "later.csv", sha256: "later"),
                    at: start.addingTimeInterval(60)
                )
            }
            #expect(replaced.newCount == 1 && replaced.removedCount == 1_599)
            #expect(try await rowCount(database, "epss_scores") == 2)
            #expect(try await database.store.intelFeeds.epssScore(cve: "CVE-2017-0144")?.probability == 0.5)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func documentsAreUpsertedByKindAndIdentifierAndFoundByCVE(engine: DatabaseEngine) async throws {
        let nvdURL = try SharedData.url("nvd/CVE-2017-0144.json")
        let nvd = try NVDReader.read(try Data(contentsOf: nvdURL), file: nvdURL.lastPathComponent)
        let csafURL = try SharedData.url("csaf/cisa-icsma/icsma-17-009-01a.json")
        let csaf = try CSAFDocument.read(contentsOf: csafURL)
        try await TestDatabase.with(engine) { database in
            let documents = try nvd.map(IntelFeedDocument.nvd)
            let first = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importDocuments(
                    documents,
                    kind: .nvd,
                    file: FeedFile(source: "nvd.json", sha256: "a"),
                    at: start
                )
            }
            #expect(first.inserted == 1 && first.feedImport != nil)
            let stored = try #require(try await database.store.intelFeeds.document(kind: .nvd, id: "CVE-2017-0144"))
            #expect(stored.cves == ["CVE-2017-0144"] && stored.modified == nvd[0].lastModified)
            #expect(try StoredJSONReader.decode(NVDRecord.self, stored.body) == nvd[0], "the typed model round-trips")

            // The same documents again write nothing; a changed one is replaced.
            let again = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importDocuments(
                    documents,
                    kind: .nvd,
                    file: FeedFile(source: "nvd.json", sha256: "b"),
                    at: start
                )
            }
            #expect(again.unchanged == 1 && again.feedImport == nil)
            var changed = nvd[0]
            changed.lastModified = "2030-01-01T00:00:00.000"
            let changedDocument = try IntelFeedDocument.nvd(changed)
            let updated = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importDocuments(
                    [changedDocument],
                    kind: .nvd,
                    file: FeedFile(source: "nvd.json", sha256: "c"),
                    at: start
                )
            }
            #expect(updated.updated == 1)
            #expect(
                try await database.store.intelFeeds.document(kind: .nvd, id: changed.id)?.modified
                    == changed.lastModified
            )

            let advisory = try IntelFeedDocument.csaf(csaf)
            _ = try await database.transaction { (store: Store) in
                try await store.intelFeeds.importDocuments(
                    [advisory],
                    kind: .csaf,
                    file: FeedFile(source: "csaf.json", sha256: "d"),
                    at: start
                )
            }
            let cve = try #require(advisory.cves.first)
            let found = try await database.store.intelFeeds.documents(cve: cve)
            #expect(found.map(\.id).contains(csaf.document.tracking.id))
            #expect(try await database.store.intelFeeds.document(kind: .csaf, id: "nope") == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func aFailingImportLeavesNothingBehind(engine: DatabaseEngine) async throws {
        let (current, currentFile) = try catalog("kev/known_exploited_vulnerabilities.json")
        let nvdURL = try SharedData.url("nvd/CVE-2017-0144.json")
        let nvd = try NVDReader.read(try Data(contentsOf: nvdURL), file: nvdURL.lastPathComponent)
        let document = try IntelFeedDocument.nvd(nvd[0])
        try await TestDatabase.with(engine) { database in
            // KEV lands first, then the document list fails on its last, repeated, document.
            let failure = await #expect(throws: WardError.self) {
                try await database.transaction { (store: Store) in
                    _ = try await store.intelFeeds.importKEV(current, file: currentFile, at: start)
                    _ = try await store.intelFeeds.importDocuments(
                        [document, document],
                        kind: .nvd,
                        file: FeedFile(source: "nvd.json", sha256: "a"),
                        at: start
                    )
                }
            }
            #expect(failure?.code == .invalidInput)
            for table in ["feed_imports", "kev_entries", "epss_scores", "intel_documents", "intel_document_cves"] {
                let rows = try await rowCount(database, table)
                #expect(rows == 0, "\(table)")
            }
            let statuses = try await database.store.intelFeeds.status()
            #expect(statuses.allSatisfy { $0.imports == 0 && $0.stored == 0 })
        }
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256Digest.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256Digest.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
        let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256Digest.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256Digest.hex(Data(repeating: 0x61, count: 1_000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
        )
    }
}

/// Decodes stored document bodies the way the store writes them.
enum StoredJSONReader {
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
