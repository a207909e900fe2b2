import Foundation
import WardCore
import WardInterop
import WardStore

extension InventoryService {
    /// What a CSV import did.
    public struct CSVImportResult: Sendable, Codable {
        public var rowsRead: Int
        public var created: Int
        public var updated: Int
        public var unchanged: Int
        /// Columns the file has that map to no field.
        public var ignoredColumns: [String]
    }

    /// Imports assets from a CSV file, with an optional column mapping (Ward field → the file's header). Every row is
    /// checked first; one bad row (reported with its line and column, with every other problem of the file) imports
    /// nothing.
    public func importCSV(
        _ text: String,
        file: String,
        mapping: [AssetCSV.Field: String] = [:],
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> CSVImportResult {
        let seenAt = Date(milliseconds: clock().milliseconds)
        let report = AssetCSV.read(text, file: file, mapping: mapping, organizationID: organizationID, at: seenAt)
        let assets = try report.validated()
        let source = "csv \(file)"
        return try await database.transaction { store in
            let merged = try await Self.merge(assets, source: source, at: seenAt, store: store)
            try await audit(source: source, organizationID: organizationID, actor: actor, merged: merged, store: store)
            return CSVImportResult(
                rowsRead: assets.count,
                created: merged.created,
                updated: merged.updated,
                unchanged: merged.unchanged,
                ignoredColumns: report.ignoredColumns
            )
        }
    }
}
