import Foundation
import SQLKit
import WardCore

/// Incidents with their timelines, playbook checklists and filed reports; reporting rule sets.
///
/// An incident's facts are kept as one JSON document (they change together and are read together) beside the
/// columns lists filter and sort by.
public struct IncidentRecords: Sendable {
    let sql: any SQLDatabase

    static var encoder: JSONEncoder { StoredJSON.encoder }
    static var decoder: JSONDecoder { StoredJSON.decoder }

    public func create(_ incident: Incident, by userID: UUID?) async throws {
        let body = String(decoding: try Self.encoder.encode(incident), as: UTF8.self)
        try await sql.raw(
            """
            INSERT INTO incidents (id, organization_id, title, kind, status, is_exercise, discovered_at, body, created_at,
                                   created_by, updated_at)
            VALUES (\(bind: incident.id.stored), \(bind: incident.organizationID.stored), \(bind: incident.title),
                    \(bind: incident.kind.rawValue), \(bind: incident.status.rawValue), \(bind: incident.isExercise),
                    \(bind: incident.discoveredAt.milliseconds), \(bind: body), \(bind: incident.createdAt.milliseconds),
                    \(bind: userID?.stored), \(bind: incident.createdAt.milliseconds))
            """
        ).run()
    }

    public func update(_ incident: Incident, now: Date) async throws {
        _ = try await get(incident.id, organizationID: incident.organizationID)
        let body = String(decoding: try Self.encoder.encode(incident), as: UTF8.self)
        try await sql.raw(
            """
            UPDATE incidents SET title = \(bind: incident.title), kind = \(bind: incident.kind.rawValue),
                status = \(bind: incident.status.rawValue), is_exercise = \(bind: incident.isExercise),
                discovered_at = \(bind: incident.discoveredAt.milliseconds), body = \(bind: body),
                updated_at = \(bind: now.milliseconds)
            WHERE id = \(bind: incident.id.stored) AND organization_id = \(bind: incident.organizationID.stored)
            """
        ).run()
    }

    public func get(_ id: UUID, organizationID: UUID) async throws -> Incident {
        guard
            let row = try await sql.raw(
                """
                SELECT body FROM incidents WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)
                """
            ).first()
        else {
            throw WardError(.notFound, "no such incident in this organization", location: "incident")
        }
        return try Self.decoder.decode(Incident.self, from: Data(try row.string("body").utf8))
    }

    /// The organization's incidents, newest discovery first.
    public func list(organizationID: UUID) async throws -> [Incident] {
        try await sql.raw(
            """
            SELECT body FROM incidents WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY discovered_at DESC, id
            """
        ).all().map { try Self.decoder.decode(Incident.self, from: Data(try $0.string("body").utf8)) }
    }

    public func addTimeline(_ entry: TimelineEntry, incidentID: UUID, organizationID: UUID) async throws {
        _ = try await get(incidentID, organizationID: organizationID)
        try await sql.raw(
            """
            INSERT INTO incident_timeline (id, incident_id, organization_id, at, text, author)
            VALUES (\(bind: entry.id.stored), \(bind: incidentID.stored), \(bind: organizationID.stored),
                    \(bind: entry.at.milliseconds), \(bind: entry.text), \(bind: entry.author))
            """
        ).run()
    }

    public func timeline(incidentID: UUID, organizationID: UUID) async throws -> [TimelineEntry] {
        try await sql.raw(
            """
            SELECT * FROM incident_timeline
            WHERE incident_id = \(bind: incidentID.stored) AND organization_id = \(bind: organizationID.stored)
            ORDER BY at, id
            """
        ).all().map {
            TimelineEntry(
                id: try $0.uuid("id"),
                at: try $0.date("at"),
                text: try $0.string("text"),
                author: try $0.string("author")
            )
        }
    }

    /// A ticked playbook step.
    public struct CheckedStep: Sendable, Codable, Hashable {
        public var stepID: String
        public var doneBy: String
        public var doneAt: Date
    }

    /// Ticks (or unticks) a playbook step.
    public func setStep(
        _ stepID: String,
        done: Bool,
        by name: String,
        at now: Date,
        incidentID: UUID,
        organizationID: UUID
    ) async throws {
        _ = try await get(incidentID, organizationID: organizationID)
        try await sql.raw(
            """
            DELETE FROM incident_checklist WHERE incident_id = \(bind: incidentID.stored)
              AND organization_id = \(bind: organizationID.stored) AND step_id = \(bind: stepID)
            """
        ).run()
        guard done else { return }
        try await sql.raw(
            """
            INSERT INTO incident_checklist (incident_id, organization_id, step_id, done_by, done_at)
            VALUES (\(bind: incidentID.stored), \(bind: organizationID.stored), \(bind: stepID), \(bind: name),
                    \(bind: now.milliseconds))
            """
        ).run()
    }

    public func checklist(incidentID: UUID, organizationID: UUID) async throws -> [String: CheckedStep] {
        let rows = try await sql.raw(
            """
            SELECT step_id, done_by, done_at FROM incident_checklist
            WHERE incident_id = \(bind: incidentID.stored) AND organization_id = \(bind: organizationID.stored)
            """
        ).all()
        var result: [String: CheckedStep] = [:]
        for row in rows {
            let step = CheckedStep(
                stepID: try row.string("step_id"),
                doneBy: try row.string("done_by"),
                doneAt: try row.date("done_at")
            )
            result[step.stepID] = step
        }
        return result
    }

    /// A report recorded as sent.
    public struct FiledReport: Sendable, Codable, Hashable {
        public var obligationID: String
        public var filedAt: Date
        public var reference: String?
        public var filedBy: String

        public init(obligationID: String, filedAt: Date, reference: String?, filedBy: String) {
            self.obligationID = obligationID
            self.filedAt = filedAt
            self.reference = reference
            self.filedBy = filedBy
        }
    }

    public func file(_ report: FiledReport, incidentID: UUID, organizationID: UUID) async throws {
        _ = try await get(incidentID, organizationID: organizationID)
        try await sql.raw(
            """
            DELETE FROM incident_reports WHERE incident_id = \(bind: incidentID.stored)
              AND organization_id = \(bind: organizationID.stored) AND obligation_id = \(bind: report.obligationID)
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO incident_reports (incident_id, organization_id, obligation_id, filed_at, reference, filed_by)
            VALUES (\(bind: incidentID.stored), \(bind: organizationID.stored), \(bind: report.obligationID),
                    \(bind: report.filedAt.milliseconds), \(bind: report.reference), \(bind: report.filedBy))
            """
        ).run()
    }

    public func filedReports(incidentID: UUID, organizationID: UUID) async throws -> [FiledReport] {
        try await sql.raw(
            """
            SELECT * FROM incident_reports
            WHERE incident_id = \(bind: incidentID.stored) AND organization_id = \(bind: organizationID.stored)
            ORDER BY filed_at
            """
        ).all().map {
            FiledReport(
                obligationID: try $0.string("obligation_id"),
                filedAt: try $0.date("filed_at"),
                reference: try $0.optionalString("reference"),
                filedBy: try $0.string("filed_by")
            )
        }
    }

    // MARK: Evidence

    /// A file kept with an incident (a ransom note, logs, a letter); the content is stored once per organization
    /// under its SHA-256, beside assessment evidence.
    public struct EvidenceFile: Sendable, Codable, Hashable, Identifiable {
        public var id: UUID
        public var title: String
        public var sha256: String
        public var mediaType: String
        public var sizeBytes: Int
        public var addedBy: String
        public var addedAt: Date

        public init(
            id: UUID = UUID(),
            title: String,
            sha256: String,
            mediaType: String,
            sizeBytes: Int,
            addedBy: String,
            addedAt: Date
        ) {
            self.id = id
            self.title = title
            self.sha256 = sha256
            self.mediaType = mediaType
            self.sizeBytes = sizeBytes
            self.addedBy = addedBy
            self.addedAt = addedAt
        }
    }

    /// Stores a file with an incident; run inside a transaction.
    public func addEvidence(_ file: EvidenceFile, content: [UInt8], incidentID: UUID, organizationID: UUID) async throws
    {
        _ = try await get(incidentID, organizationID: organizationID)
        try await sql.raw(
            """
            INSERT INTO evidence_blobs (organization_id, sha256, size_bytes, content_base64, created_at)
            VALUES (\(bind: organizationID.stored), \(bind: file.sha256), \(bind: content.count),
                    \(bind: Data(content).base64EncodedString()), \(bind: file.addedAt.milliseconds))
            ON CONFLICT (organization_id, sha256) DO NOTHING
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO incident_evidence (id, incident_id, organization_id, title, sha256, media_type, size_bytes, added_by, added_at)
            VALUES (\(bind: file.id.stored), \(bind: incidentID.stored), \(bind: organizationID.stored), \(bind: file.title),
                    \(bind: file.sha256), \(bind: file.mediaType), \(bind: file.sizeBytes), \(bind: file.addedBy),
                    \(bind: file.addedAt.milliseconds))
            """
        ).run()
    }

    public func evidence(incidentID: UUID, organizationID: UUID) async throws -> [EvidenceFile] {
        try await sql.raw(
            """
            SELECT * FROM incident_evidence
            WHERE incident_id = \(bind: incidentID.stored) AND organization_id = \(bind: organizationID.stored)
            ORDER BY added_at, id
            """
        ).all().map {
            EvidenceFile(
                id: try $0.uuid("id"),
                title: try $0.string("title"),
                sha256: try $0.string("sha256"),
                mediaType: try $0.string("media_type"),
                sizeBytes: try $0.int("size_bytes"),
                addedBy: try $0.string("added_by"),
                addedAt: try $0.date("added_at")
            )
        }
    }

    // MARK: Rule sets

    public func ruleSetBodies() async throws -> [(id: String, body: String)] {
        try await sql.raw("SELECT id, body FROM reporting_rule_sets ORDER BY id").all().map {
            (try $0.string("id"), try $0.string("body"))
        }
    }

    /// Stores an imported rule set, replacing an earlier version of the same id.
    public func saveRuleSet(id: String, version: String, body: String, now: Date) async throws {
        try await sql.raw("DELETE FROM reporting_rule_sets WHERE id = \(bind: id)").run()
        try await sql.raw(
            """
            INSERT INTO reporting_rule_sets (id, version, body, imported_at)
            VALUES (\(bind: id), \(bind: version), \(bind: body), \(bind: now.milliseconds))
            """
        ).run()
    }
}
