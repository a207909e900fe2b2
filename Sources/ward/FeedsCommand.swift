import ArgumentParser
import Foundation
import Logging
import WardCore
import WardIntel
import WardServer
import WardStore

struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Vulnerability feeds: import KEV, EPSS, NVD, CVE, CSAF and OSV files, see their state and KEV news.",
        subcommands: [Import.self, Update.self, Status.self, KEVNew.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import feed files or folders, offline: every file, or nothing when one is bad.",
            discussion: """
                Each path is a file or a folder, read recursively. Files are recognised by their content: the KEV \
                catalog (JSON or CSV), an EPSS daily CSV, NVD CVE API 2.0 records or pages, CVE JSON 5 records, \
                CSAF 2.0 advisories (their .sha512 and .asc, when next to them, are checked) and OSV records (JSON \
                or YAML). Other files are skipped and listed. A file imported before, and \
                documents that did not change, write nothing.

                Example:
                  ward feeds import ~/Downloads/known_exploited_vulnerabilities.json epss_scores-2026-09-29.csv csaf/
                """
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Feed files or folders.") var paths: [String]
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                try await FeedFiles.importAll(paths, into: database, format: format)
            }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download the feeds from their addresses, then import them as 'ward feeds import' does.",
            discussion: """
                By default: CISA's KEV catalog, FIRST's EPSS daily file and CISA's CSAF advisories (through its \
                provider metadata and ROLIE feeds; only advisories updated since the last CSAF import). Set other \
                addresses with the flags, the environment (WARD_FEEDS_KEV_URL, WARD_FEEDS_EPSS_URL, \
                WARD_FEEDS_CSAF_PROVIDER_URL) or the settings file (feeds_kev_url …). Files are kept under \
                DATA_DIR/feeds/ with the time of the update, so the same folder can be imported again offline.
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "Address of the KEV catalog (JSON or CSV).") var kevURL: String?
        @Option(help: "Address of the EPSS daily CSV (plain or .gz).") var epssURL: String?
        @Option(help: "Address of a CSAF provider-metadata.json.") var csafProviderURL: String?
        @Option(help: "Only these feeds, comma-separated: kev, epss, csaf.") var only: String?
        @Option(help: "At most this many CSAF advisories per update.") var maxAdvisories: Int = 5_000
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, _, settings in
                let wanted = Set(
                    (only ?? "kev,epss,csaf").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                )
                for name in wanted where !["kev", "epss", "csaf"].contains(name) {
                    throw WardError(.invalidInput, "'\(name)' is not a feed; use kev, epss or csaf", location: "--only")
                }
                let defaults = Dictionary(uniqueKeysWithValues: FeedSource.defaults.map { ($0.kind, $0.url) })
                var sources: [FeedSource] = []
                if wanted.contains("kev") {
                    sources.append(
                        FeedSource(kind: .kev, url: settings.value("feeds_kev_url", flag: kevURL) ?? defaults[.kev]!)
                    )
                }
                if wanted.contains("epss") {
                    sources.append(
                        FeedSource(
                            kind: .epss,
                            url: settings.value("feeds_epss_url", flag: epssURL) ?? defaults[.epss]!
                        )
                    )
                }
                if wanted.contains("csaf") {
                    sources.append(
                        FeedSource(
                            kind: .csafProvider,
                            url: settings.value("feeds_csaf_provider_url", flag: csafProviderURL)
                                ?? defaults[.csafProvider]!
                        )
                    )
                }
                let lastCSAF = try await database.store.intelFeeds.imports(kind: .csaf, limit: 1).first?.importedAt
                let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
                let folder = URL(fileURLWithPath: settings.dataDirectory).appendingPathComponent("feeds/\(stamp)")
                var logger = try settings.logger()
                logger.logLevel = .warning
                let downloaded = try await FeedDownloader.download(
                    sources,
                    into: folder,
                    csafSince: lastCSAF.map { ISO8601DateFormatter().string(from: $0) },
                    maximumAdvisories: maxAdvisories,
                    logger: logger
                )
                for note in downloaded.notes { printError("ward: \(note)") }
                printError("ward: downloaded \(downloaded.files.count) files into \(folder.path)")
                try await FeedFiles.importAll([folder.path], into: database, format: format)
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each feed's last import, version and what is stored."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let statuses = try await database.store.intelFeeds.status()
                switch format {
                case .json: try printJSON(statuses)
                case .table:
                    printTable(
                        ["feed", "stored", "imports", "last import", "version", "source"],
                        statuses.map { status in
                            [
                                status.kind.rawValue, String(status.stored), String(status.imports),
                                iso(status.lastImport?.importedAt), status.lastImport?.version ?? "-",
                                status.lastImport?.source ?? "-",
                            ]
                        }
                    )
                }
            }
        }
    }

    struct KEVNew: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kev-new",
            abstract: "What is new in KEV: since the previous import, or added since a day.",
            discussion: """
                Without --since, lists the CVEs the last KEV import brought that were not stored before. With \
                --since YYYY-MM-DD, lists the stored entries CISA added on or after that day.
                """
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "A day, YYYY-MM-DD: entries CISA added on or after it.") var since: String?
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { database, _, _ in
                let records = database.store.intelFeeds
                if let since {
                    let changes = try await records.kevAdded(since: since)
                    if format == .json { return try printJSON(changes) }
                    print("\(changes.entries.count) added to KEV since \(changes.since ?? "-")")
                    printKEV(changes.entries.map(\.entry))
                    return
                }
                let news = try await records.kevNewSinceLastImport()
                if format == .json { return try printJSON(news) }
                guard let latest = news.latestImport else {
                    print(
                        "no KEV catalog imported yet; import one with: ward feeds import known_exploited_vulnerabilities.json"
                    )
                    return
                }
                guard let previous = news.previousImport else {
                    print(
                        "the last KEV import (catalog \(latest.version ?? "-"), \(iso(latest.importedAt))) was the "
                            + "first: all \(news.entries.count) entries are new; use --since YYYY-MM-DD for recent ones"
                    )
                    return
                }
                print(
                    "\(news.entries.count) new in KEV since the previous import (catalog \(previous.version ?? "-") "
                        + "of \(iso(previous.importedAt)) → catalog \(latest.version ?? "-") of \(iso(latest.importedAt)))"
                )
                printKEV(news.entries.map(\.entry))
            }
        }
    }
}

/// `1 file`, `2 files`.
private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// Lists KEV entries as `CVE  dateAdded  vendor  product  name` lines, indented.
private func printKEV(_ entries: [KEVEntry]) {
    for entry in entries {
        print(
            "  \(entry.cveID)  \(entry.dateAdded)  \(entry.vendorProject)  \(entry.product)  "
                + entry.vulnerabilityName
        )
    }
}

/// A file found under an import path, named as the user would recognise it.
struct FeedFileLocation {
    var url: URL
    var name: String
}

/// A file the import left out, and why.
struct SkippedFeedFile: Encodable {
    var file: String
    var reason: String
}

/// Finding, recognising and parsing feed files, before anything is written.
enum FeedFiles {
    /// How much of a file is looked at to recognise it.
    static let sniffBytes = 64 * 1024

    /// The files under `paths` (folders recursively, hidden files left out), sorted by name within each path, and
    /// the ones skipped by name.
    /// Reads every feed file under `paths`, then stores them all in one transaction and prints the report: every
    /// file, or nothing when one is bad.
    static func importAll(_ paths: [String], into database: Database, format: OutputFormat) async throws {
        let (files, skipped) = try collect(paths)
        let parsed = try files.map { try parse($0.0, kind: $0.1) }.sorted {
            $0.order.lexicographicallyPrecedes($1.order)
        }
        let now = Date()
        let reports = try await database.transaction { (store: Store) in
            var reports: [ImportedFile] = []
            for feed in parsed { reports.append(try await feed.store(in: store.intelFeeds, at: now)) }
            return reports
        }
        let report = ImportReport(imported: reports, skipped: skipped)
        switch format {
        case .json: try printJSON(report)
        case .table: report.print()
        }
    }

    static func collect(_ paths: [String]) throws -> ([(FeedFileLocation, FeedKind)], [SkippedFeedFile]) {
        var found: [FeedFileLocation] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw WardError(.notFound, "there is no file or folder here", location: path)
            }
            let root = URL(fileURLWithPath: path)
            guard isDirectory.boolValue else {
                found.append(FeedFileLocation(url: root, name: path))
                continue
            }
            var inside: [FeedFileLocation] = []
            let enumerator = FileManager.default.enumerator(
                at: root,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)
                let separator = path.hasSuffix("/") ? "" : "/"
                let name = path + separator + String(relative.drop { $0 == "/" })
                inside.append(FeedFileLocation(url: url, name: name))
            }
            found += inside.sorted { $0.name < $1.name }
        }
        var recognised: [(FeedFileLocation, FeedKind)] = []
        var skipped: [SkippedFeedFile] = []
        for file in found {
            switch try recognise(file) {
            case .success(let kind): recognised.append((file, kind))
            case .failure(let reason): skipped.append(SkippedFeedFile(file: file.name, reason: reason.text))
            }
        }
        return (recognised, skipped)
    }

    struct SkipReason: Error {
        var text: String
    }

    /// The feed a file belongs to, by its name and its first bytes, or why it is skipped.
    ///
    /// - Throws: `invalidInput` for a `.json` file that is recognisable as nothing and is not valid JSON either (a
    ///   truncated download, say), naming the file.
    static func recognise(_ file: FeedFileLocation) throws -> Result<FeedKind, SkipReason> {
        let lowercased = file.url.lastPathComponent.lowercased()
        let fileExtension = file.url.pathExtension.lowercased()
        if ["sha512", "sha256", "asc", "sig"].contains(fileExtension) {
            return .failure(SkipReason(text: "a digest or signature (checked with its document)"))
        }
        if lowercased.hasPrefix("readme") || ["md", "txt", "html"].contains(fileExtension) {
            return .failure(SkipReason(text: "documentation"))
        }
        if ["gz", "zip", "bz2", "xz"].contains(fileExtension) {
            return .failure(SkipReason(text: "compressed: unpack it first, then import the file inside"))
        }
        guard ["json", "csv", "yaml", "yml"].contains(fileExtension) else {
            return .failure(SkipReason(text: "not a feed file (Ward reads .json, .csv, .yaml)"))
        }
        let head = try Self.head(of: file)
        switch fileExtension {
        case "csv":
            let firstLine = head.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let trimmed = firstLine.hasPrefix("\u{FEFF}") ? String(firstLine.dropFirst()) : firstLine
            if trimmed.hasPrefix("#model_version") || trimmed.hasPrefix("cve,epss,percentile") {
                return .success(.epss)
            }
            if trimmed.hasPrefix("cveID,") || trimmed.hasPrefix("\"cveID\",") { return .success(.kev) }
            return .failure(SkipReason(text: "a CSV file that is neither the KEV catalog nor EPSS scores"))
        case "yaml", "yml":
            if head.contains("affected") || head.hasPrefix("id:") || head.contains("\nid:") { return .success(.osv) }
            return .failure(SkipReason(text: "a YAML file that is not an OSV record"))
        default:
            let opening = String(head.prefix(400))
            if opening.contains("\"$schema\"") && opening.contains("json-schema.org") {
                return .failure(SkipReason(text: "a JSON schema"))
            }
            if head.contains("\"csaf_version\"") { return .success(.csaf) }
            if head.contains("\"CVE_RECORD\"") && head.contains("\"dataType\"") { return .success(.cve) }
            if head.contains("\"catalogVersion\"") { return .success(.kev) }
            if head.contains("\"NVD_CVE\"") || head.contains("\"resultsPerPage\"") { return .success(.nvd) }
            if head.contains("\"id\"") {
                if head.contains("\"descriptions\"") || head.contains("\"configurations\"") { return .success(.nvd) }
                if head.contains("\"affected\"") || head.contains("\"modified\"") { return .success(.osv) }
            }
            let data = try IntelDocument.read(contentsOf: file.url)
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
                throw WardError(
                    .invalidInput,
                    "the file is not valid JSON (cut short?) and no feed document Ward knows; download it again",
                    location: "\(file.name) at $"
                )
            }
            return .failure(SkipReason(text: "a JSON document of no feed Ward knows"))
        }
    }

    private static func head(of file: FeedFileLocation) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: file.url.path) else {
            throw WardError(.notFound, "the file cannot be read", location: file.name)
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: sniffBytes)) ?? nil
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    /// Reads and checks one file with its feed's reader; nothing is stored yet.
    static func parse(_ file: FeedFileLocation, kind: FeedKind) throws -> ParsedFeed {
        let data = try IntelDocument.read(contentsOf: file.url)
        let feedFile = FeedFile(source: file.name, data: data)
        switch kind {
        case .kev:
            var catalog = try KEVReader.read(data, file: file.name)
            if file.url.pathExtension.lowercased() == "csv" {
                // A CSV carries no version; its newest addition dates it.
                let newest = catalog.vulnerabilities.map(\.dateAdded).max()
                catalog.catalogVersion = newest.map { "csv " + $0 } ?? "csv"
            }
            return ParsedFeed(file: feedFile, content: .kev(catalog))
        case .epss:
            return ParsedFeed(file: feedFile, content: .epss(try EPSSReader.read(data, file: file.name)))
        case .nvd:
            let records = try NVDReader.read(data, file: file.name)
            return ParsedFeed(file: feedFile, content: .documents(.nvd, try records.map(IntelFeedDocument.nvd), nil))
        case .cve:
            let record = try CVERecord.read(data, file: file.name)
            return ParsedFeed(file: feedFile, content: .documents(.cve, [try IntelFeedDocument.cve(record)], nil))
        case .csaf:
            let document = try CSAFDocument.decode(from: data, file: file.name)
            let integrity = CSAFIntegrity.check(documentAt: file.url)
            return ParsedFeed(
                file: feedFile,
                content: .documents(.csaf, [try IntelFeedDocument.csaf(document)], integrity)
            )
        case .osv:
            let record = try OSVRecord.decode(data, file: file.name)
            return ParsedFeed(file: feedFile, content: .documents(.osv, [try IntelFeedDocument.osv(record)], nil))
        }
    }
}

/// One parsed feed file, ready to store.
struct ParsedFeed: Sendable {
    enum Content: Sendable {
        case kev(KEVCatalog)
        case epss(EPSSScores)
        case documents(FeedKind, [IntelFeedDocument], CSAFIntegrity?)
    }

    var file: FeedFile
    var content: Content

    /// KEV catalogs oldest first, then EPSS by score day, then documents in file order: a folder holding several
    /// catalogs reports what the newest one adds.
    var order: [String] {
        switch content {
        case .kev(let catalog): ["0", catalog.catalogVersion, file.source]
        case .epss(let scores): ["1", scores.scoreDate ?? "", file.source]
        case .documents: ["2", "", ""]
        }
    }

    func store(in records: IntelFeedRecords, at now: Date) async throws -> ImportedFile {
        var imported = ImportedFile(file: file.source)
        switch content {
        case .kev(let catalog):
            imported.kind = .kev
            imported.kev = try await records.importKEV(catalog, file: file, at: now)
        case .epss(let scores):
            imported.kind = .epss
            imported.epss = try await records.importEPSS(scores, file: file, at: now)
        case .documents(let kind, let documents, let integrity):
            imported.kind = kind
            imported.documents = try await records.importDocuments(documents, kind: kind, file: file, at: now)
            imported.integrity = integrity.map(IntegrityReport.init)
        }
        return imported
    }
}

/// What happened to one file.
struct ImportedFile: Encodable, Sendable {
    var file: String
    var kind: FeedKind = .kev
    var kev: KEVImportResult?
    var epss: EPSSImportResult?
    var documents: DocumentImportResult?
    var integrity: IntegrityReport?
}

/// A CSAF advisory's `.sha512` and `.asc` outcomes, as words.
struct IntegrityReport: Encodable, Sendable {
    var sha512: String
    var sha512Reason: String?
    var signature: String
    var signatureReason: String?

    init(_ integrity: CSAFIntegrity) {
        let hash: (String, String?) =
            switch integrity.sha512 {
            case .verified: ("verified", nil)
            case .failed(let reason): ("failed", reason)
            case .absent(let reason): ("unverified", reason)
            }
        let signed: (String, String?) =
            switch integrity.signature {
            case .verified(let reason): ("verified", reason)
            case .unverified(let reason): ("unverified", reason)
            case .failed(let reason): ("failed", reason)
            }
        (sha512, sha512Reason, signature, signatureReason) = (hash.0, hash.1, signed.0, signed.1)
    }

    var summary: String {
        "sha512 \(sha512)" + (sha512Reason.map { " (\($0))" } ?? "") + "; signature \(signature)"
            + (signatureReason.map { " (\($0))" } ?? "")
    }
}

/// Everything one `ward feeds import` did.
struct ImportReport: Encodable {
    var imported: [ImportedFile]
    var skipped: [SkippedFeedFile]

    func print() {
        for file in imported {
            if let kev = file.kev {
                let head = "KEV catalog \(kev.catalogVersion) (\(file.file)): \(kev.entryCount) entries"
                if kev.unchanged {
                    Swift.print(head + "; this file was imported before, nothing written")
                } else if kev.isFirstImport {
                    Swift.print(head + ", all new (the first KEV import)")
                } else {
                    Swift.print(
                        head + "; \(kev.added.count) new in KEV since the last import"
                            + (kev.updated > 0 ? ", \(kev.updated) updated" : "")
                    )
                    printKEV(kev.added)
                }
            }
            if let epss = file.epss {
                let head =
                    "EPSS model \(epss.modelVersion ?? "-"), scores of \(epss.scoreDate ?? "-") (\(file.file)): "
                    + "\(epss.scoreCount) scores"
                Swift.print(
                    epss.unchanged
                        ? head + "; this file was imported before, nothing written"
                        : head + ", \(epss.newCount) new, \(epss.removedCount) no longer scored"
                )
            }
            if let integrity = file.integrity, let documents = file.documents {
                Swift.print(
                    "CSAF \(documents.identifiers.joined(separator: ", ")) (\(file.file)): \(integrity.summary)"
                )
            }
        }
        for kind in FeedKind.allCases where ![.kev, .epss].contains(kind) {
            let results = imported.filter { $0.kind == kind }.compactMap(\.documents)
            guard !results.isEmpty else { continue }
            let total = results.reduce(0) { $0 + $1.identifiers.count }
            let inserted = results.reduce(0) { $0 + $1.inserted }
            let updated = results.reduce(0) { $0 + $1.updated }
            let unchanged = results.reduce(0) { $0 + $1.unchanged }
            Swift.print(
                "\(kind.rawValue.uppercased()): \(counted(total, "document")) from \(counted(results.count, "file")): "
                    + "\(inserted) new, \(updated) updated, \(unchanged) unchanged"
            )
        }
        for file in skipped { Swift.print("skipped \(file.file): \(file.reason)") }
        if imported.isEmpty { Swift.print("no feed file found; nothing imported") }
    }
}
