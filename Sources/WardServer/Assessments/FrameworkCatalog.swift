import Crypto
import Foundation
import Synchronization
import WardAssessment
import WardCore
import WardFrameworks
import WardStore

/// The framework library a server or command works with: the bundled catalogs plus those imported into the database,
/// with a ``Scorer`` over them. Imported documents are read again only when their set changes (another replica may
/// import), which one cheap query per use detects.
public final class FrameworkCatalog: Sendable {
    private struct Loaded: Sendable {
        var fingerprint: String
        var library: FrameworkLibrary
        var scorer: Scorer
    }

    private let loaded = Mutex<Loaded?>(nil)

    public init() {}

    /// The current library and its scorer.
    public func current(_ store: Store) async throws -> (library: FrameworkLibrary, scorer: Scorer) {
        let fingerprint = try await store.frameworkDocuments.fingerprint()
        if let cached = loaded.withLock({ $0 }), cached.fingerprint == fingerprint {
            return (cached.library, cached.scorer)
        }
        let documents = try await store.frameworkDocuments.all()
        var library = FrameworkLibrary.bundled
        if !documents.isEmpty {
            let read = try documents.map { document throws(CatalogValidationError) in
                try CatalogReader.read(text: document.body, file: document.name)
            }
            library = try library.adding(read, files: documents.map(\.name))
        }
        let fresh = Loaded(fingerprint: fingerprint, library: library, scorer: Scorer(library: library))
        loaded.withLock { $0 = fresh }
        return (fresh.library, fresh.scorer)
    }

    /// Validates files against the current library without storing anything. A file that names a catalog already
    /// in the library is checked in its place, so exported files validate.
    public func validate(_ files: [(name: String, bytes: [UInt8])], store: Store) async throws -> [CatalogDocument] {
        let library = try await current(store).library
        var documents: [CatalogDocument] = []
        var problems: [CatalogProblem] = []
        for file in files {
            do {
                documents.append(try CatalogReader.read(file.bytes, file: file.name))
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw CatalogValidationError(problems: problems) }
        let names = Set(documents.map(FrameworkLibrary.storageName(of:)))
        _ = try library.without(names).adding(documents, files: files.map(\.name))
        return documents
    }

    /// Validates and stores files, all of them or none.
    ///
    /// - Throws: ``CatalogValidationError`` naming every problem, with file, line and field; nothing is stored.
    public func importFiles(
        _ files: [(name: String, bytes: [UInt8])],
        by userID: UUID?,
        database: Database,
        now: Date
    ) async throws -> [CatalogDocument] {
        let library = try await current(database.store).library
        let (documents, _) = try Self.check(files, against: library)
        try await database.transaction { store in
            for document in documents {
                let digest = SHA256.hash(data: Array(document.text.utf8)).map { String(format: "%02x", $0) }.joined()
                try await store.frameworkDocuments.insert(
                    FrameworkDocumentRecords.Document(
                        name: FrameworkLibrary.storageName(of: document),
                        body: document.text,
                        sha256: digest,
                        importedAt: now,
                        importedBy: userID
                    )
                )
            }
        }
        loaded.withLock { $0 = nil }
        return documents
    }

    static func check(
        _ files: [(name: String, bytes: [UInt8])],
        against library: FrameworkLibrary
    ) throws(CatalogValidationError) -> (documents: [CatalogDocument], library: FrameworkLibrary) {
        var documents: [CatalogDocument] = []
        var problems: [CatalogProblem] = []
        for file in files {
            do {
                documents.append(try CatalogReader.read(file.bytes, file: file.name))
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw CatalogValidationError(problems: problems) }
        let updated = try library.adding(documents, files: files.map(\.name))
        return (documents, updated)
    }
}
