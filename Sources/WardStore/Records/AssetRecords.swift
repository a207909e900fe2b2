import Foundation
import SQLKit
import WardCore

/// The asset inventory, with the keys assets are found by and the history of what changed.
public struct AssetRecords: Sendable {
    let sql: any SQLDatabase

    static var encoder: JSONEncoder { StoredJSON.encoder }
    static var decoder: JSONDecoder { StoredJSON.decoder }

    /// The known asset an observation is, by the merge order (``AssetMerge/keys(of:)``), or nil.
    public func match(_ observation: Asset) async throws -> Asset? {
        for (kind, value) in AssetMerge.keys(of: observation) {
            if let row = try await sql.raw(
                """
                SELECT a.body FROM asset_keys k JOIN assets a ON a.id = k.asset_id
                WHERE k.organization_id = \(bind: observation.organizationID.stored) AND k.kind = \(bind: kind)
                  AND k.value = \(bind: value) AND a.organization_id = \(bind: observation.organizationID.stored)
                """
            ).first() {
                return try Self.decoder.decode(Asset.self, from: Data(try row.string("body").utf8))
            }
        }
        return nil
    }

    /// Stores an asset (new or changed), takes over its keys from any other asset, and records the change. Run inside
    /// a transaction.
    public func save(_ asset: Asset, isNew: Bool, change: AssetChange?) async throws {
        let body = String(decoding: try Self.encoder.encode(asset), as: UTF8.self)
        if isNew {
            try await sql.raw(
                """
                INSERT INTO assets (id, organization_id, name, is_medical, likely_medical, last_seen, body)
                VALUES (\(bind: asset.id.stored), \(bind: asset.organizationID.stored), \(bind: asset.name),
                        \(bind: asset.medical != nil), \(bind: asset.likelyMedical), \(bind: asset.lastSeen.milliseconds), \(bind: body))
                """
            ).run()
        } else {
            try await sql.raw(
                """
                UPDATE assets SET name = \(bind: asset.name), is_medical = \(bind: asset.medical != nil),
                    likely_medical = \(bind: asset.likelyMedical), last_seen = \(bind: asset.lastSeen.milliseconds), body = \(bind: body)
                WHERE id = \(bind: asset.id.stored) AND organization_id = \(bind: asset.organizationID.stored)
                """
            ).run()
        }
        for (kind, value) in AssetMerge.keys(of: asset) {
            // A key belongs to one asset: an address that moved to this asset leaves the one that had it.
            try await sql.raw(
                """
                DELETE FROM asset_keys WHERE organization_id = \(bind: asset.organizationID.stored)
                  AND kind = \(bind: kind) AND value = \(bind: value)
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO asset_keys (organization_id, kind, value, asset_id)
                VALUES (\(bind: asset.organizationID.stored), \(bind: kind), \(bind: value), \(bind: asset.id.stored))
                """
            ).run()
        }
        if let change {
            try await sql.raw(
                """
                INSERT INTO asset_history (id, asset_id, organization_id, at, source, changes)
                VALUES (\(bind: UUID().stored), \(bind: asset.id.stored), \(bind: asset.organizationID.stored),
                        \(bind: change.at.milliseconds), \(bind: change.source),
                        \(bind: String(decoding: try Self.encoder.encode(change.changes), as: UTF8.self)))
                """
            ).run()
        }
    }

    public func list(organizationID: UUID, medicalOnly: Bool = false) async throws -> [Asset] {
        let filter: SQLQueryString =
            medicalOnly ? "AND (is_medical = \(bind: true) OR likely_medical = \(bind: true))" : ""
        return try await sql.raw(
            """
            SELECT body FROM assets WHERE organization_id = \(bind: organizationID.stored) \(filter)
            ORDER BY name, id
            """
        ).all().map { try Self.decoder.decode(Asset.self, from: Data(try $0.string("body").utf8)) }
    }

    public func get(_ id: UUID, organizationID: UUID) async throws -> Asset {
        guard
            let row = try await sql.raw(
                "SELECT body FROM assets WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)"
            ).first()
        else {
            throw WardError(.notFound, "no such asset in this organization", location: "asset")
        }
        return try Self.decoder.decode(Asset.self, from: Data(try row.string("body").utf8))
    }

    public func history(_ id: UUID, organizationID: UUID) async throws -> [AssetChange] {
        try await sql.raw(
            """
            SELECT at, source, changes FROM asset_history
            WHERE asset_id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored) ORDER BY at, id
            """
        ).all().map {
            AssetChange(
                at: try $0.date("at"),
                source: try $0.string("source"),
                changes: try Self.decoder.decode([String: String].self, from: Data(try $0.string("changes").utf8))
            )
        }
    }
}
