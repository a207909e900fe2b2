import Foundation
import SQLKit
import WardCore

/// Per-organization settings kept as JSON documents by name (the remediation policy, the rescan policy).
public struct SettingRecords: Sendable {
    let sql: any SQLDatabase

    /// The setting, or nil when the organization never set it (callers then use the defaults).
    public func get<T: Decodable>(_ name: String, as type: T.Type, organizationID: UUID) async throws -> T? {
        guard
            let row = try await sql.raw(
                """
                SELECT body FROM organization_settings
                WHERE organization_id = \(bind: organizationID.stored) AND name = \(bind: name)
                """
            ).first()
        else { return nil }
        return try StoredJSON.decode(type, try row.string("body"))
    }

    public func put<T: Encodable>(_ name: String, _ value: T, organizationID: UUID, at now: Date) async throws {
        let body = try StoredJSON.string(value)
        try await sql.raw(
            """
            INSERT INTO organization_settings (organization_id, name, body, updated_at)
            VALUES (\(bind: organizationID.stored), \(bind: name), \(bind: body), \(bind: now.milliseconds))
            ON CONFLICT (organization_id, name) DO UPDATE SET body = \(bind: body), updated_at = \(bind: now.milliseconds)
            """
        ).run()
    }
}

/// Weekly snapshots of an organization's remediation figures, for trends.
public struct FindingSnapshotRecords: Sendable {
    let sql: any SQLDatabase

    /// A week's figures.
    public struct Snapshot: Sendable, Hashable, Codable {
        /// The Monday (UTC) that starts the week, `YYYY-MM-DD`.
        public var week: String
        public var takenAt: Date
        public var metrics: FindingMetrics

        public init(week: String, takenAt: Date, metrics: FindingMetrics) {
            self.week = week
            self.takenAt = takenAt
            self.metrics = metrics
        }
    }

    /// Records the week's snapshot; a later snapshot in the same week replaces the earlier one.
    public func put(_ snapshot: Snapshot, organizationID: UUID) async throws {
        let body = try StoredJSON.string(snapshot.metrics)
        try await sql.raw(
            """
            INSERT INTO finding_snapshots (organization_id, week, taken_at, body)
            VALUES (\(bind: organizationID.stored), \(bind: snapshot.week), \(bind: snapshot.takenAt.milliseconds), \(bind: body))
            ON CONFLICT (organization_id, week) DO UPDATE
            SET taken_at = \(bind: snapshot.takenAt.milliseconds), body = \(bind: body)
            """
        ).run()
    }

    /// The organization's snapshots, oldest week first, at most `limit` most recent weeks.
    public func list(organizationID: UUID, limit: Int = 52) async throws -> [Snapshot] {
        try await sql.raw(
            """
            SELECT week, taken_at, body FROM finding_snapshots WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY week DESC LIMIT \(bind: max(1, min(limit, 520)))
            """
        ).all().map {
            Snapshot(
                week: try $0.string("week"),
                takenAt: try $0.date("taken_at"),
                metrics: try StoredJSON.decode(FindingMetrics.self, try $0.string("body"))
            )
        }.reversed()
    }
}
