import Foundation
import SQLKit
import WardCore
import WardIntel

/// The vulnerability feeds Ward keeps.
public enum FeedKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// CISA's Known Exploited Vulnerabilities catalog.
    case kev
    /// FIRST's daily EPSS scores.
    case epss
    /// NVD CVE API 2.0 records.
    case nvd
    /// CVE JSON 5 records.
    case cve
    /// CSAF 2.0 advisories.
    case csaf
    /// OSV records.
    case osv
}

/// One imported feed file.
public struct FeedImport: Sendable, Hashable, Codable {
    public var id: UUID
    public var kind: FeedKind
    /// The file's path or name as given to the import.
    public var source: String
    /// The KEV catalog version, the EPSS model and score date, or nil.
    public var version: String?
    public var importedAt: Date
    /// The SHA-256 of the file, lowercase hexadecimal.
    public var sha256: String
    /// Entries, scores or documents in the file.
    public var entryCount: Int
    /// How many of them were not stored before.
    public var newCount: Int
}

/// The file a feed import reads, named and identified by its digest.
public struct FeedFile: Sendable, Hashable {
    public var source: String
    public var sha256: String

    public init(source: String, sha256: String) {
        self.source = source
        self.sha256 = sha256
    }

    /// A file named `source` with the digest of `data`.
    public init(source: String, data: Data) {
        self.init(source: source, sha256: SHA256Digest.hex(data))
    }
}

/// A KEV entry as stored: the catalog's entry and when Ward first saw it.
public struct StoredKEVEntry: Sendable, Hashable, Codable {
    public var entry: KEVEntry
    /// The import that brought the CVE into the store.
    public var firstImportID: UUID
    public var firstSeen: Date
}

/// An EPSS score as stored, with the model and day it is from.
public struct StoredEPSSScore: Sendable, Hashable, Codable {
    public var cve: String
    public var probability: Double
    public var percentile: Double
    public var scoreDate: String?
    public var modelVersion: String?
}

/// An NVD record, CVE record, CSAF advisory or OSV record, stored as the JSON of its typed model.
public struct IntelFeedDocument: Sendable, Hashable, Codable {
    public var kind: FeedKind
    /// The CVE identifier (NVD, CVE), the tracking identifier (CSAF) or the OSV identifier.
    public var id: String
    public var title: String?
    /// When the publisher last changed the document, as the document gives it.
    public var modified: String?
    /// The document re-encoded from its typed model, keys sorted.
    public var body: String
    /// The CVEs the document speaks about.
    public var cves: [String]
    /// The SHA-256 of `body`.
    public var sha256: String
    /// The import that last wrote the document; nil before it is stored.
    public var importID: UUID?

    public init(kind: FeedKind, id: String, title: String?, modified: String?, body: String, cves: [String]) {
        self.kind = kind
        self.id = id
        self.title = title
        self.modified = modified
        self.body = body
        self.cves = Array(Set(cves.filter { !$0.isEmpty })).sorted()
        self.sha256 = SHA256Digest.hex(Data(body.utf8))
    }

    /// An NVD record, by its CVE identifier.
    public static func nvd(_ record: NVDRecord) throws -> IntelFeedDocument {
        IntelFeedDocument(
            kind: .nvd,
            id: record.id,
            title: record.cisaVulnerabilityName ?? record.summary.map { String($0.prefix(200)) },
            modified: record.lastModified,
            body: try StoredJSON.string(record),
            cves: [record.id]
        )
    }

    /// A CVE JSON 5 record, by its CVE identifier.
    public static func cve(_ record: CVERecord) throws -> IntelFeedDocument {
        let cna = record.containers.cna
        let description = cna.descriptions?.first { $0.lang.hasPrefix("en") }?.value ?? cna.descriptions?.first?.value
        return IntelFeedDocument(
            kind: .cve,
            id: record.cveMetadata.cveId,
            title: cna.title ?? description.map { String($0.prefix(200)) },
            modified: record.cveMetadata.dateUpdated ?? record.cveMetadata.datePublished,
            body: try StoredJSON.string(record),
            cves: [record.cveMetadata.cveId]
        )
    }

    /// A CSAF advisory, by its tracking identifier.
    public static func csaf(_ document: CSAFDocument) throws -> IntelFeedDocument {
        IntelFeedDocument(
            kind: .csaf,
            id: document.document.tracking.id,
            title: document.document.title,
            modified: document.document.tracking.currentReleaseDate,
            body: try StoredJSON.string(document),
            cves: document.vulnerabilities?.compactMap(\.cve) ?? []
        )
    }

    /// An OSV record, by its identifier; its CVE aliases are its CVEs.
    public static func osv(_ record: OSVRecord) throws -> IntelFeedDocument {
        IntelFeedDocument(
            kind: .osv,
            id: record.id,
            title: record.summary ?? record.details.map { String($0.prefix(200)) },
            modified: record.modified,
            body: try StoredJSON.string(record),
            cves: ([record.id] + record.aliases).filter { $0.hasPrefix("CVE-") }
        )
    }
}

/// What a KEV import did.
public struct KEVImportResult: Sendable, Hashable, Codable {
    /// The recorded import; nil when the same file was imported before, which writes nothing.
    public var feedImport: FeedImport?
    public var catalogVersion: String
    public var entryCount: Int
    /// Entries whose CVE was not stored before, newest `dateAdded` first.
    public var added: [KEVEntry]
    /// Stored entries whose fields changed.
    public var updated: Int
    /// Whether no KEV catalog was stored before (then every entry is new).
    public var isFirstImport: Bool
    public var unchanged: Bool { feedImport == nil }
}

/// What an EPSS import did.
public struct EPSSImportResult: Sendable, Hashable, Codable {
    /// The recorded import; nil when the same file was imported before, which writes nothing.
    public var feedImport: FeedImport?
    public var modelVersion: String?
    public var scoreDate: String?
    public var scoreCount: Int
    /// Scores of CVEs that had none before.
    public var newCount: Int
    /// Scores of CVEs the file no longer lists, removed.
    public var removedCount: Int
    public var unchanged: Bool { feedImport == nil }
}

/// What an import of NVD, CVE, CSAF or OSV documents did.
public struct DocumentImportResult: Sendable, Hashable, Codable {
    /// The recorded import; nil when no document was new or changed, which writes nothing.
    public var feedImport: FeedImport?
    public var kind: FeedKind
    public var identifiers: [String]
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int
}

/// What is new in KEV: since the previous import, or added since a day.
public struct KEVChanges: Sendable, Hashable, Codable {
    /// The last KEV import (for "since the previous import").
    public var latestImport: FeedImport?
    /// The KEV import before it; nil when the last import was the first.
    public var previousImport: FeedImport?
    /// The day asked for (for "since a day"), `YYYY-MM-DD`.
    public var since: String?
    /// The entries, newest `dateAdded` first.
    public var entries: [StoredKEVEntry]
}

/// One feed's state: its last import and what is stored.
public struct FeedStatus: Sendable, Hashable, Codable {
    public var kind: FeedKind
    /// Entries, scores or documents stored.
    public var stored: Int
    /// Imports recorded.
    public var imports: Int
    public var lastImport: FeedImport?
}

/// The vulnerability feeds: KEV entries with the day Ward first saw them, EPSS scores, and NVD, CVE, CSAF and OSV
/// documents, with a record of every import.
///
/// Imports never open a transaction themselves: run them inside ``Database/transaction(_:)`` so
/// that one command's files land together or not at all. A KEV or EPSS file imported before (the same SHA-256), or
/// documents that did not change, write nothing.
public struct IntelFeedRecords: Sendable {
    let sql: any SQLDatabase

    /// Rows per multi-row `INSERT`: well below both engines' limits on bound parameters.
    static let rowsPerStatement = 500

    // MARK: KEV

    /// Stores a KEV catalog: new CVEs are inserted with this import as their first, changed entries updated, others
    /// left alone. Entries the catalog no longer lists stay stored. Run inside a transaction.
    public func importKEV(_ catalog: KEVCatalog, file: FeedFile, at now: Date) async throws -> KEVImportResult {
        let latest = try await imports(kind: .kev, limit: 1).first
        var result = KEVImportResult(
            feedImport: nil,
            catalogVersion: catalog.catalogVersion,
            entryCount: catalog.vulnerabilities.count,
            added: [],
            updated: 0,
            isFirstImport: latest == nil
        )
        if try await alreadyImported(file, kind: .kev) { return result }
        var stored: [String: KEVEntry] = [:]
        let rows: [any SQLRow] = try await sql.raw("SELECT * FROM kev_entries").all()
        for row in rows {
            let entry = try Self.decodeKEV(row).entry
            stored[entry.cveID] = entry
        }
        var changed: [KEVEntry] = []
        for entry in catalog.vulnerabilities {
            if let old = stored[entry.cveID] {
                if old != entry { changed.append(entry) }
            } else {
                result.added.append(entry)
            }
        }
        let feedImport = FeedImport(
            id: UUID(),
            kind: .kev,
            source: file.source,
            version: catalog.catalogVersion,
            importedAt: now,
            sha256: file.sha256,
            entryCount: catalog.vulnerabilities.count,
            newCount: result.added.count
        )
        try await record(feedImport)
        for start in stride(from: 0, to: result.added.count, by: Self.rowsPerStatement) {
            let chunk = result.added[start..<min(start + Self.rowsPerStatement, result.added.count)]
            var values: [SQLQueryString] = []
            for entry in chunk {
                values.append(
                    """
                    (\(bind: entry.cveID), \(bind: entry.vendorProject), \(bind: entry.product),
                     \(bind: entry.vulnerabilityName), \(bind: entry.dateAdded), \(bind: entry.shortDescription),
                     \(bind: entry.requiredAction), \(bind: entry.dueDate), \(bind: entry.knownRansomwareCampaignUse),
                     \(bind: entry.notes), \(bind: try StoredJSON.string(entry.cwes)), \(bind: feedImport.id.stored),
                     \(bind: now.milliseconds))
                    """
                )
            }
            let _: Void = try await sql.raw(
                """
                INSERT INTO kev_entries (cve, vendor_project, product, vulnerability_name, date_added,
                    short_description, required_action, due_date, known_ransomware_campaign_use, notes, cwes,
                    first_import_id, first_seen)
                VALUES \(values.joined(separator: ", "))
                """
            ).run()
        }
        for entry in changed {
            let _: Void = try await sql.raw(
                """
                UPDATE kev_entries SET vendor_project = \(bind: entry.vendorProject), product = \(bind: entry.product),
                    vulnerability_name = \(bind: entry.vulnerabilityName), date_added = \(bind: entry.dateAdded),
                    short_description = \(bind: entry.shortDescription),
                    required_action = \(bind: entry.requiredAction), due_date = \(bind: entry.dueDate),
                    known_ransomware_campaign_use = \(bind: entry.knownRansomwareCampaignUse),
                    notes = \(bind: entry.notes), cwes = \(bind: try StoredJSON.string(entry.cwes))
                WHERE cve = \(bind: entry.cveID)
                """
            ).run()
        }
        result.added.sort { ($0.dateAdded, $0.cveID) > ($1.dateAdded, $1.cveID) }
        result.updated = changed.count
        result.feedImport = feedImport
        return result
    }

    /// The stored KEV entry of a CVE, or nil when KEV does not list it.
    public func kevEntry(cve: String) async throws -> StoredKEVEntry? {
        let row = try await sql.raw("SELECT * FROM kev_entries WHERE cve = \(bind: cve)").first()
        return try row.map(Self.decodeKEV)
    }

    /// The entries the last KEV import brought that were not stored before, with the import before it. After the
    /// first import every entry is new and ``KEVChanges/previousImport`` is nil.
    public func kevNewSinceLastImport() async throws -> KEVChanges {
        let recent = try await imports(kind: .kev, limit: 2)
        guard let latest = recent.first else {
            return KEVChanges(latestImport: nil, previousImport: nil, since: nil, entries: [])
        }
        let rows: [any SQLRow] = try await sql.raw(
            """
            SELECT * FROM kev_entries WHERE first_import_id = \(bind: latest.id.stored)
            ORDER BY date_added DESC, cve DESC
            """
        ).all()
        return KEVChanges(
            latestImport: latest,
            previousImport: recent.dropFirst().first,
            since: nil,
            entries: try rows.map(Self.decodeKEV)
        )
    }

    /// The stored entries CISA added on or after `day` (`YYYY-MM-DD`, compared with each entry's `dateAdded`).
    ///
    /// - Throws: `invalidInput` when `day` is not a `YYYY-MM-DD` date.
    public func kevAdded(since day: String) async throws -> KEVChanges {
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        parser.dateFormat = "yyyy-MM-dd"
        guard day.count == 10, parser.date(from: day) != nil else {
            throw WardError(.invalidInput, "'\(day)' is not a date; write it as YYYY-MM-DD", location: "since")
        }
        let rows: [any SQLRow] = try await sql.raw(
            "SELECT * FROM kev_entries WHERE date_added >= \(bind: day) ORDER BY date_added DESC, cve DESC"
        ).all()
        return KEVChanges(
            latestImport: try await imports(kind: .kev, limit: 1).first,
            previousImport: nil,
            since: day,
            entries: try rows.map(Self.decodeKEV)
        )
    }

    static func decodeKEV(_ row: any SQLRow) throws -> StoredKEVEntry {
        StoredKEVEntry(
            entry: KEVEntry(
                cveID: try row.string("cve"),
                vendorProject: try row.string("vendor_project"),
                product: try row.string("product"),
                vulnerabilityName: try row.string("vulnerability_name"),
                dateAdded: try row.string("date_added"),
                shortDescription: try row.string("short_description"),
                requiredAction: try row.string("required_action"),
                dueDate: try row.string("due_date"),
                knownRansomwareCampaignUse: try row.string("known_ransomware_campaign_use"),
                notes: try row.string("notes"),
                cwes: try StoredJSON.decode([String].self, try row.string("cwes"))
            ),
            firstImportID: try row.uuid("first_import_id"),
            firstSeen: try row.date("first_seen")
        )
    }

    // MARK: EPSS

    /// Replaces the stored EPSS scores with the file's, in multi-row statements: scores are upserted, then those of
    /// CVEs the file no longer lists are removed. Run inside a transaction.
    public func importEPSS(_ scores: EPSSScores, file: FeedFile, at now: Date) async throws -> EPSSImportResult {
        var result = EPSSImportResult(
            feedImport: nil,
            modelVersion: scores.modelVersion,
            scoreDate: scores.scoreDate,
            scoreCount: scores.scores.count,
            newCount: 0,
            removedCount: 0
        )
        if try await alreadyImported(file, kind: .epss) { return result }
        let before = try await count("epss_scores")
        let importID = UUID()
        let ordered = scores.scores.sorted { $0.key < $1.key }
        for start in stride(from: 0, to: ordered.count, by: Self.rowsPerStatement) {
            let values = ordered[start..<min(start + Self.rowsPerStatement, ordered.count)].map { cve, score in
                """
                (\(bind: cve), \(bind: score.probability), \(bind: score.percentile), \(bind: scores.scoreDate),
                 \(bind: scores.modelVersion), \(bind: importID.stored))
                """ as SQLQueryString
            }
            let _: Void = try await sql.raw(
                """
                INSERT INTO epss_scores (cve, probability, percentile, score_date, model_version, import_id)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (cve) DO UPDATE SET probability = excluded.probability,
                    percentile = excluded.percentile, score_date = excluded.score_date,
                    model_version = excluded.model_version, import_id = excluded.import_id
                """
            ).run()
        }
        let upserted = try await count("epss_scores")
        let _: Void = try await sql.raw("DELETE FROM epss_scores WHERE import_id <> \(bind: importID.stored)").run()
        result.newCount = upserted - before
        result.removedCount = upserted - scores.scores.count
        let version = [scores.modelVersion, scores.scoreDate].compactMap { $0 }.joined(separator: " ")
        let feedImport = FeedImport(
            id: importID,
            kind: .epss,
            source: file.source,
            version: version.isEmpty ? nil : version,
            importedAt: now,
            sha256: file.sha256,
            entryCount: scores.scores.count,
            newCount: result.newCount
        )
        try await record(feedImport)
        result.feedImport = feedImport
        return result
    }

    /// The stored EPSS score of a CVE, or nil.
    public func epssScore(cve: String) async throws -> StoredEPSSScore? {
        guard let row = try await sql.raw("SELECT * FROM epss_scores WHERE cve = \(bind: cve)").first() else {
            return nil
        }
        return StoredEPSSScore(
            cve: try row.string("cve"),
            probability: try row.decode(column: "probability", as: Double.self),
            percentile: try row.decode(column: "percentile", as: Double.self),
            scoreDate: try row.optionalString("score_date"),
            modelVersion: try row.optionalString("model_version")
        )
    }

    // MARK: Documents

    /// Stores documents of one kind read from one file: new ones are inserted, changed ones (another SHA-256)
    /// replaced, unchanged ones left alone. Run inside a transaction.
    ///
    /// - Throws: `invalidInput` when a document is not of `kind`, has no identifier or is listed twice.
    public func importDocuments(
        _ documents: [IntelFeedDocument],
        kind: FeedKind,
        file: FeedFile,
        version: String? = nil,
        at now: Date
    ) async throws -> DocumentImportResult {
        var seen: Set<String> = []
        for document in documents {
            guard document.kind == kind, !document.id.isEmpty, seen.insert(document.id).inserted else {
                throw WardError(
                    .invalidInput,
                    document.kind != kind
                        ? "a \(document.kind.rawValue) document cannot be imported as \(kind.rawValue)"
                        : document.id.isEmpty ? "a document has no identifier" : "\(document.id) is listed twice",
                    location: file.source
                )
            }
        }
        var storedDigests: [String: String] = [:]
        let identifiers = documents.map(\.id)
        for list in SQLQueryString.inLists(identifiers, chunk: Self.rowsPerStatement) {
            let rows: [any SQLRow] = try await sql.raw(
                "SELECT id, sha256 FROM intel_documents WHERE kind = \(bind: kind.rawValue) AND id IN (\(list))"
            ).all()
            for row in rows { storedDigests[try row.string("id")] = try row.string("sha256") }
        }
        var result = DocumentImportResult(
            feedImport: nil,
            kind: kind,
            identifiers: identifiers,
            inserted: 0,
            updated: 0,
            unchanged: 0
        )
        let importID = UUID()
        for document in documents {
            switch storedDigests[document.id] {
            case .some(document.sha256):
                result.unchanged += 1
                continue
            case nil: result.inserted += 1
            default: result.updated += 1
            }
            let _: Void = try await sql.raw(
                """
                INSERT INTO intel_documents (kind, id, title, body, modified, sha256, import_id)
                VALUES (\(bind: kind.rawValue), \(bind: document.id), \(bind: document.title), \(bind: document.body),
                        \(bind: document.modified), \(bind: document.sha256), \(bind: importID.stored))
                ON CONFLICT (kind, id) DO UPDATE SET title = excluded.title, body = excluded.body,
                    modified = excluded.modified, sha256 = excluded.sha256, import_id = excluded.import_id
                """
            ).run()
            let _: Void = try await sql.raw(
                """
                DELETE FROM intel_document_cves
                WHERE kind = \(bind: kind.rawValue) AND document_id = \(bind: document.id)
                """
            ).run()
            if !document.cves.isEmpty {
                let values = document.cves.map {
                    "(\(bind: $0), \(bind: kind.rawValue), \(bind: document.id))" as SQLQueryString
                }
                let _: Void = try await sql.raw(
                    """
                    INSERT INTO intel_document_cves (cve, kind, document_id)
                    VALUES \(values.joined(separator: ", "))
                    """
                ).run()
            }
        }
        guard result.inserted + result.updated > 0 else { return result }
        let feedImport = FeedImport(
            id: importID,
            kind: kind,
            source: file.source,
            version: version,
            importedAt: now,
            sha256: file.sha256,
            entryCount: documents.count,
            newCount: result.inserted
        )
        try await record(feedImport)
        result.feedImport = feedImport
        return result
    }

    /// The stored document of a kind with an identifier, or nil.
    public func document(kind: FeedKind, id: String) async throws -> IntelFeedDocument? {
        let row = try await sql.raw(
            "SELECT * FROM intel_documents WHERE kind = \(bind: kind.rawValue) AND id = \(bind: id)"
        ).first()
        guard let row else { return nil }
        let cves: [any SQLRow] = try await sql.raw(
            """
            SELECT cve FROM intel_document_cves WHERE kind = \(bind: kind.rawValue) AND document_id = \(bind: id)
            ORDER BY cve
            """
        ).all()
        return try Self.decodeDocument(row, cves: try cves.map { try $0.string("cve") })
    }

    /// Every stored document that speaks about a CVE, by kind and identifier.
    public func documents(cve: String) async throws -> [IntelFeedDocument] {
        let rows: [any SQLRow] = try await sql.raw(
            """
            SELECT d.* FROM intel_document_cves c JOIN intel_documents d ON d.kind = c.kind AND d.id = c.document_id
            WHERE c.cve = \(bind: cve) ORDER BY d.kind, d.id
            """
        ).all()
        var documents: [IntelFeedDocument] = []
        for row in rows {
            documents.append(try Self.decodeDocument(row, cves: [cve]))
        }
        return documents
    }

    static func decodeDocument(_ row: any SQLRow, cves: [String]) throws -> IntelFeedDocument {
        var document = IntelFeedDocument(
            kind: try row.enumeration("kind", as: FeedKind.self),
            id: try row.string("id"),
            title: try row.optionalString("title"),
            modified: try row.optionalString("modified"),
            body: try row.string("body"),
            cves: cves
        )
        document.importID = try row.uuid("import_id")
        return document
    }

    // MARK: Imports and status

    /// The recorded imports, newest first, of one kind or all.
    public func imports(kind: FeedKind? = nil, limit: Int = 100) async throws -> [FeedImport] {
        let filter: SQLQueryString = kind.map { "WHERE kind = \(bind: $0.rawValue)" } ?? ""
        let rows: [any SQLRow] = try await sql.raw(
            """
            SELECT * FROM feed_imports \(filter)
            ORDER BY sequence DESC LIMIT \(bind: max(1, min(limit, 10_000)))
            """
        ).all()
        return try rows.map { row in
            FeedImport(
                id: try row.uuid("id"),
                kind: try row.enumeration("kind", as: FeedKind.self),
                source: try row.string("source"),
                version: try row.optionalString("version"),
                importedAt: try row.date("imported_at"),
                sha256: try row.string("sha256"),
                entryCount: try row.int("entry_count"),
                newCount: try row.int("new_count")
            )
        }
    }

    /// Each feed's last import, import count and stored count, in ``FeedKind`` order.
    public func status() async throws -> [FeedStatus] {
        var statuses: [FeedStatus] = []
        for kind in FeedKind.allCases {
            let stored: Int =
                switch kind {
                case .kev: try await count("kev_entries")
                case .epss: try await count("epss_scores")
                default: try await count("intel_documents", where: "kind = \(bind: kind.rawValue)")
                }
            statuses.append(
                FeedStatus(
                    kind: kind,
                    stored: stored,
                    imports: try await count("feed_imports", where: "kind = \(bind: kind.rawValue)"),
                    lastImport: try await imports(kind: kind, limit: 1).first
                )
            )
        }
        return statuses
    }

    /// Whether a file with this digest was imported as this kind before.
    private func alreadyImported(_ file: FeedFile, kind: FeedKind) async throws -> Bool {
        let row = try await sql.raw(
            """
            SELECT id FROM feed_imports WHERE kind = \(bind: kind.rawValue) AND sha256 = \(bind: file.sha256)
            LIMIT 1
            """
        ).first()
        return row != nil
    }

    private func record(_ feedImport: FeedImport) async throws {
        let _: Void = try await sql.raw(
            """
            INSERT INTO feed_imports (id, sequence, kind, source, version, imported_at, sha256, entry_count, new_count)
            VALUES (\(bind: feedImport.id.stored), (SELECT COALESCE(MAX(sequence), 0) + 1 FROM feed_imports),
                    \(bind: feedImport.kind.rawValue), \(bind: feedImport.source),
                    \(bind: feedImport.version), \(bind: feedImport.importedAt.milliseconds), \(bind: feedImport.sha256),
                    \(bind: feedImport.entryCount), \(bind: feedImport.newCount))
            """
        ).run()
    }

    private func count(_ table: String, where filter: SQLQueryString = "1 = 1") async throws -> Int {
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(filter)").first()
        return try row?.int("n") ?? 0
    }
}

extension Store {
    /// The vulnerability feeds: KEV, EPSS, and NVD, CVE, CSAF and OSV documents.
    public var intelFeeds: IntelFeedRecords { IntelFeedRecords(sql: sql) }
}
