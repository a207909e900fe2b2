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

    /// The known asset each observation is (or nil), for many observations at once: one query per kind and 400 keys
    /// instead of one per key. Same order of precedence as ``match(_:)``.
    public func matches(_ observations: [Asset]) async throws -> [Asset?] {
        guard let organizationID = observations.first?.organizationID else { return [] }
        // By kind, so each value is one seek in the key table's primary key (organization, kind, value); a lookup
        // by value alone walked every key of the organization, once per batch of an import.
        var valuesByKind: [String: Set<String>] = [:]
        for observation in observations {
            for key in AssetMerge.keys(of: observation) { valuesByKind[key.kind, default: []].insert(key.value) }
        }
        var owners: [String: UUID] = [:]  // "kind value" → asset
        var bodies: [UUID: Asset] = [:]
        for (kind, values) in valuesByKind.sorted(by: { $0.key < $1.key }) {
            for list in SQLQueryString.inLists(values.sorted()) {
                for row in try await sql.raw(
                    """
                    SELECT k.kind, k.value, a.id, a.body FROM asset_keys k JOIN assets a ON a.id = k.asset_id
                    WHERE k.organization_id = \(bind: organizationID.stored) AND k.kind = \(bind: kind)
                      AND k.value IN (\(list)) AND a.organization_id = \(bind: organizationID.stored)
                    """
                ).all() {
                    let id = try row.uuid("id")
                    owners[try row.string("kind") + " " + row.string("value")] = id
                    if bodies[id] == nil {
                        bodies[id] = try Self.decoder.decode(Asset.self, from: Data(try row.string("body").utf8))
                    }
                }
            }
        }
        return observations.map { observation in
            AssetMerge.keys(of: observation).lazy.compactMap { owners[$0.kind + " " + $0.value] }.first.flatMap {
                bodies[$0]
            }
        }
    }

    /// Stores new assets whose keys belong to no asset yet (``matches(_:)`` found none), with their keys and the
    /// change that created them, in a few multi-row statements. Run inside a transaction.
    public func insertNew(_ assets: [Asset], change: (Asset) -> AssetChange) async throws {
        for start in stride(from: 0, to: assets.count, by: 200) {
            let chunk = assets[start..<min(start + 200, assets.count)]
            var assetRows: [SQLQueryString] = []
            var keyRows: [SQLQueryString] = []
            var historyRows: [SQLQueryString] = []
            for asset in chunk {
                let body = String(decoding: try Self.encoder.encode(asset), as: UTF8.self)
                assetRows.append(
                    """
                    (\(bind: asset.id.stored), \(bind: asset.organizationID.stored), \(bind: asset.name),
                     \(bind: asset.medical != nil), \(bind: asset.likelyMedical), \(bind: asset.lastSeen.milliseconds), \(bind: body))
                    """
                )
                // A key listed twice on one asset is stored once.
                var seen: Set<String> = []
                for (kind, value) in AssetMerge.keys(of: asset) where seen.insert(kind + " " + value).inserted {
                    keyRows.append(
                        """
                        (\(bind: asset.organizationID.stored), \(bind: kind), \(bind: value), \(bind: asset.id.stored))
                        """
                    )
                }
                let created = change(asset)
                historyRows.append(
                    """
                    (\(bind: UUID().stored), \(bind: asset.id.stored), \(bind: asset.organizationID.stored),
                     \(bind: created.at.milliseconds), \(bind: created.source),
                     \(bind: String(decoding: try Self.encoder.encode(created.changes), as: UTF8.self)))
                    """
                )
            }
            try await sql.raw(
                """
                INSERT INTO assets (id, organization_id, name, is_medical, likely_medical, last_seen, body)
                VALUES \(assetRows.joined(separator: ", "))
                """
            ).run()
            for keyStart in stride(from: 0, to: keyRows.count, by: 500) {
                let keys = keyRows[keyStart..<min(keyStart + 500, keyRows.count)]
                try await sql.raw(
                    """
                    INSERT INTO asset_keys (organization_id, kind, value, asset_id)
                    VALUES \(Array(keys).joined(separator: ", "))
                    """
                ).run()
            }
            try await sql.raw(
                """
                INSERT INTO asset_history (id, asset_id, organization_id, at, source, changes)
                VALUES \(historyRows.joined(separator: ", "))
                """
            ).run()
        }
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

    /// The organization's assets by name, all of them or a page (`limit` from `offset`).
    public func list(
        organizationID: UUID,
        medicalOnly: Bool = false,
        limit: Int? = nil,
        offset: Int = 0
    ) async throws -> [Asset] {
        let page: SQLQueryString =
            limit.map { "LIMIT \(bind: max($0, 1)) OFFSET \(bind: max(offset, 0))" } ?? ""
        return try await sql.raw(
            """
            SELECT body FROM assets WHERE organization_id = \(bind: organizationID.stored) \(Self.medicalFilter(medicalOnly))
            ORDER BY name, id \(page)
            """
        ).all().map { try Self.decoder.decode(Asset.self, from: Data(try $0.string("body").utf8)) }
    }

    /// How many assets ``list(organizationID:medicalOnly:limit:offset:)`` has in all.
    public func count(organizationID: UUID, medicalOnly: Bool = false) async throws -> Int {
        try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM assets WHERE organization_id = \(bind: organizationID.stored) \(Self.medicalFilter(medicalOnly))
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    static func medicalFilter(_ medicalOnly: Bool) -> SQLQueryString {
        medicalOnly ? "AND (is_medical = \(bind: true) OR likely_medical = \(bind: true))" : ""
    }

    /// The names of some of the organization's assets, by identifier (unknown identifiers are left out); reads the
    /// name column only.
    public func names(of ids: Set<UUID>, organizationID: UUID) async throws -> [UUID: String] {
        var result: [UUID: String] = [:]
        for list in SQLQueryString.inLists(ids.map(\.stored).sorted()) {
            for row in try await sql.raw(
                """
                SELECT id, name FROM assets WHERE organization_id = \(bind: organizationID.stored) AND id IN (\(list))
                """
            ).all() {
                result[try row.uuid("id")] = try row.string("name")
            }
        }
        return result
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
