import Foundation
import SQLKit
import WardCore
import WardIntel

/// A software bill of materials attached to an asset: the device maker's SBOM, read into Ward's format-neutral
/// model.
public struct AssetSBOM: Sendable, Hashable {
    public var assetID: UUID
    public var organizationID: UUID
    /// The file it came in.
    public var fileName: String
    public var sbom: SoftwareBillOfMaterials
    /// The SHA-256 of the file as imported.
    public var sha256: String
    public var importedAt: Date

    public init(
        assetID: UUID,
        organizationID: UUID,
        fileName: String,
        sbom: SoftwareBillOfMaterials,
        sha256: String,
        importedAt: Date
    ) {
        self.assetID = assetID
        self.organizationID = organizationID
        self.fileName = fileName
        self.sbom = sbom
        self.sha256 = sha256
        self.importedAt = importedAt
    }
}

/// The SBOMs of an organization's assets, one per asset: a new SBOM replaces the asset's old one.
public struct AssetSBOMRecords: Sendable {
    let sql: any SQLDatabase

    /// Stores the asset's SBOM, replacing the one it had.
    public func save(_ record: AssetSBOM) async throws {
        let body = try StoredJSON.string(record.sbom)
        let _: Void = try await sql.raw(
            """
            DELETE FROM asset_sboms WHERE asset_id = \(bind: record.assetID.stored)
              AND organization_id = \(bind: record.organizationID.stored)
            """
        ).run()
        let _: Void = try await sql.raw(
            """
            INSERT INTO asset_sboms (asset_id, organization_id, file_name, format, spec_version, component_count, body,
                                     sha256, imported_at)
            VALUES (\(bind: record.assetID.stored), \(bind: record.organizationID.stored), \(bind: record.fileName),
                    \(bind: record.sbom.format.rawValue), \(bind: record.sbom.specVersion),
                    \(bind: record.sbom.components.count), \(bind: body), \(bind: record.sha256),
                    \(bind: record.importedAt.milliseconds))
            """
        ).run()
    }

    /// Every SBOM of the organization's assets.
    public func list(organizationID: UUID) async throws -> [AssetSBOM] {
        let rows: [any SQLRow] = try await sql.raw(
            "SELECT * FROM asset_sboms WHERE organization_id = \(bind: organizationID.stored) ORDER BY asset_id"
        ).all()
        return try rows.map(Self.decode)
    }

    /// The asset's SBOM, if it has one.
    public func get(assetID: UUID, organizationID: UUID) async throws -> AssetSBOM? {
        let row = try await sql.raw(
            """
            SELECT * FROM asset_sboms WHERE asset_id = \(bind: assetID.stored)
              AND organization_id = \(bind: organizationID.stored)
            """
        ).first()
        return try row.map(Self.decode)
    }

    static func decode(_ row: any SQLRow) throws -> AssetSBOM {
        AssetSBOM(
            assetID: try row.uuid("asset_id"),
            organizationID: try row.uuid("organization_id"),
            fileName: try row.string("file_name"),
            sbom: try StoredJSON.decode(SoftwareBillOfMaterials.self, try row.string("body")),
            sha256: try row.string("sha256"),
            importedAt: try row.date("imported_at")
        )
    }
}

extension IntelFeedRecords {
    /// Every stored document of a kind (without its CVE list), for building a matcher.
    public func documents(kind: FeedKind) async throws -> [IntelFeedDocument] {
        let rows: [any SQLRow] = try await sql.raw(
            "SELECT * FROM intel_documents WHERE kind = \(bind: kind.rawValue) ORDER BY id"
        ).all()
        return try rows.map { try Self.decodeDocument($0, cves: []) }
    }

    /// Every stored KEV entry.
    public func kevEntries() async throws -> [StoredKEVEntry] {
        let rows: [any SQLRow] = try await sql.raw("SELECT * FROM kev_entries ORDER BY cve").all()
        return try rows.map(Self.decodeKEV)
    }

    /// The EPSS scores of these CVEs, by CVE; CVEs without a score are absent.
    public func epssScores(cves: [String]) async throws -> [String: StoredEPSSScore] {
        var result: [String: StoredEPSSScore] = [:]
        let unique = Array(Set(cves)).sorted()
        var start = 0
        while start < unique.count {
            let batch = unique[start..<min(start + 500, unique.count)]
            start += 500
            var query = SQLQueryString("SELECT * FROM epss_scores WHERE cve IN (")
            for (index, cve) in batch.enumerated() {
                if index > 0 { query.appendLiteral(", ") }
                query.appendInterpolation(bind: cve)
            }
            query.appendLiteral(")")
            let rows: [any SQLRow] = try await sql.raw(query).all()
            for row in rows {
                let score = StoredEPSSScore(
                    cve: try row.string("cve"),
                    probability: try row.decode(column: "probability", as: Double.self),
                    percentile: try row.decode(column: "percentile", as: Double.self),
                    scoreDate: try row.optionalString("score_date"),
                    modelVersion: try row.optionalString("model_version")
                )
                result[score.cve] = score
            }
        }
        return result
    }
}

extension Store {
    /// The SBOMs attached to assets.
    public var assetSBOMs: AssetSBOMRecords { AssetSBOMRecords(sql: sql) }
}
