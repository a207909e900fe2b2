import Foundation
import SQLKit
import WardCore

/// Assessments, their answers (with every change kept in a history) and the evidence attached to answers.
///
/// Answers use optimistic locking: a change names the ``Answer/version`` it replaces, and a change to a version
/// someone else already replaced fails with `conflict` instead of overwriting it. Changes without a version (the CLI,
/// imports) replace the current answer; the replaced one stays in the history. Either way nothing is lost.
public struct AssessmentRecords: Sendable {
    let sql: any SQLDatabase
    let engine: DatabaseEngine

    public func create(_ assessment: Assessment) async throws {
        try await sql.raw(
            """
            INSERT INTO assessments (id, organization_id, title, framework_id, framework_edition, tier, tier_rationale,
                                     created_at, created_by)
            VALUES (\(bind: assessment.id.stored), \(bind: assessment.organizationID.stored), \(bind: assessment.title),
                    \(bind: assessment.frameworkID), \(bind: assessment.frameworkEdition),
                    \(bind: assessment.tier.rawValue), \(bind: assessment.tierRationale),
                    \(bind: assessment.createdAt.milliseconds), \(bind: assessment.createdBy?.stored))
            """
        ).run()
    }

    /// The organization's assessments, newest first.
    public func list(organizationID: UUID) async throws -> [Assessment] {
        try await sql.raw(
            """
            SELECT * FROM assessments WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY created_at DESC, id
            """
        ).all().map(Self.decodeAssessment)
    }

    /// One assessment of the organization, or `notFound`.
    public func get(_ id: UUID, organizationID: UUID) async throws -> Assessment {
        guard
            let row = try await sql.raw(
                """
                SELECT * FROM assessments
                WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)
                """
            ).first()
        else {
            throw WardError(.notFound, "no such assessment in this organization", location: "assessment")
        }
        return try Self.decodeAssessment(row)
    }

    /// Deletes an assessment with its answers, history and evidence records.
    public func delete(_ id: UUID, organizationID: UUID) async throws {
        _ = try await get(id, organizationID: organizationID)
        for table in ["evidence", "answer_history", "assessment_answers"] {
            try await sql.raw(
                "DELETE FROM \(unsafeRaw: table) WHERE assessment_id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)"
            ).run()
        }
        try await sql.raw(
            "DELETE FROM assessments WHERE id = \(bind: id.stored) AND organization_id = \(bind: organizationID.stored)"
        ).run()
        // Evidence files may hold sensitive material: a file no other answer of the organization uses goes too.
        try await sql.raw(
            """
            DELETE FROM evidence_blobs WHERE organization_id = \(bind: organizationID.stored)
              AND sha256 NOT IN (SELECT sha256 FROM evidence
                                 WHERE organization_id = \(bind: organizationID.stored) AND sha256 IS NOT NULL)
              AND sha256 NOT IN (SELECT sha256 FROM incident_evidence WHERE organization_id = \(bind: organizationID.stored))
            """
        ).run()
    }

    static func decodeAssessment(_ row: any SQLRow) throws -> Assessment {
        Assessment(
            id: try row.uuid("id"),
            organizationID: try row.uuid("organization_id"),
            title: try row.string("title"),
            frameworkID: try row.string("framework_id"),
            frameworkEdition: try row.string("framework_edition"),
            tier: try row.enumeration("tier", as: SizeTier.self),
            tierRationale: try row.string("tier_rationale"),
            createdAt: try row.date("created_at"),
            createdBy: try row.optionalUUID("created_by")
        )
    }

    // MARK: - Answers

    /// The current answers of an assessment, by requirement id.
    public func answers(assessmentID: UUID, organizationID: UUID) async throws -> [String: Answer] {
        let rows = try await sql.raw(
            """
            SELECT * FROM assessment_answers
            WHERE assessment_id = \(bind: assessmentID.stored) AND organization_id = \(bind: organizationID.stored)
            """
        ).all()
        var result: [String: Answer] = [:]
        for row in rows {
            let answer = try Self.decodeAnswer(row)
            result[answer.requirementID] = answer
        }
        return result
    }

    /// The current answer on one requirement, if any.
    public func answer(assessmentID: UUID, requirementID: String, organizationID: UUID) async throws -> Answer? {
        let lock = engine == .postgres ? " FOR UPDATE" : ""
        return try await sql.raw(
            """
            SELECT * FROM assessment_answers
            WHERE assessment_id = \(bind: assessmentID.stored) AND requirement_id = \(bind: requirementID)
              AND organization_id = \(bind: organizationID.stored)\(unsafeRaw: lock)
            """
        ).first().map(Self.decodeAnswer)
    }

    /// Saves an answer and records the change in the history. Run it inside a transaction.
    ///
    /// - Parameters:
    ///   - answer: the new content; its version and timestamps are set here.
    ///   - expectedVersion: the version the person saw (0 for "no answer yet"), or nil to replace whatever is there.
    /// - Throws: `conflict` when the answer is signed (locked) or when `expectedVersion` is stale.
    @discardableResult
    public func save(
        _ answer: Answer,
        expectedVersion: Int?,
        assessmentID: UUID,
        organizationID: UUID,
        by userID: UUID?,
        now: Date
    ) async throws -> Answer {
        let existing = try await self.answer(
            assessmentID: assessmentID,
            requirementID: answer.requirementID,
            organizationID: organizationID
        )
        if let existing, existing.isSigned {
            throw WardError(
                .conflict,
                "the answer on \(answer.requirementID) is signed off and locked; a reviewer must reopen it first",
                location: answer.requirementID
            )
        }
        let current = existing?.version ?? 0
        if let expectedVersion, expectedVersion != current {
            throw WardError(
                .conflict,
                "someone else changed the answer on \(answer.requirementID) while you were editing (version \(current), "
                    + "you started from \(expectedVersion)); their answer is kept — review it and save again",
                location: answer.requirementID
            )
        }
        var stored = answer
        stored.version = current + 1
        stored.updatedAt = Date(milliseconds: now.milliseconds)
        stored.updatedBy = userID
        stored.signedBy = nil
        stored.signedAt = nil
        if existing == nil {
            do {
                try await insert(stored, assessmentID: assessmentID, organizationID: organizationID)
            } catch  where isUniqueViolation(error) {
                throw WardError(
                    .conflict,
                    "someone else answered \(answer.requirementID) at the same moment; their answer is kept — review it and save again",
                    location: answer.requirementID
                )
            }
        } else {
            try await update(stored, assessmentID: assessmentID, organizationID: organizationID)
        }
        try await appendHistory(
            stored,
            action: "answered",
            assessmentID: assessmentID,
            organizationID: organizationID,
            by: userID,
            now: now
        )
        return stored
    }

    /// Signs an answer off; a signed answer is locked. Run inside a transaction.
    @discardableResult
    public func sign(
        requirementID: String,
        assessmentID: UUID,
        organizationID: UUID,
        by userID: UUID,
        now: Date,
        expectedVersion: Int? = nil
    ) async throws -> Answer {
        guard
            var answer = try await answer(
                assessmentID: assessmentID,
                requirementID: requirementID,
                organizationID: organizationID
            )
        else {
            throw WardError(.invalidInput, "\(requirementID) has no answer to sign off yet", location: requirementID)
        }
        // The reviewer signs what they read: a change made since is refused, not signed unseen.
        if let expectedVersion, expectedVersion != answer.version {
            throw WardError(
                .conflict,
                "the answer on \(requirementID) changed since you read it (now version \(answer.version)); review it again before signing",
                location: requirementID
            )
        }
        if answer.isSigned { return answer }
        answer.signedBy = userID
        answer.signedAt = Date(milliseconds: now.milliseconds)
        answer.version += 1
        try await update(answer, assessmentID: assessmentID, organizationID: organizationID)
        try await appendHistory(
            answer,
            action: "signed",
            assessmentID: assessmentID,
            organizationID: organizationID,
            by: userID,
            now: now
        )
        return answer
    }

    /// Reopens a signed answer so it can be changed again. Run inside a transaction.
    @discardableResult
    public func reopen(
        requirementID: String,
        assessmentID: UUID,
        organizationID: UUID,
        by userID: UUID,
        now: Date
    ) async throws -> Answer {
        guard
            var answer = try await answer(
                assessmentID: assessmentID,
                requirementID: requirementID,
                organizationID: organizationID
            ),
            answer.isSigned
        else {
            throw WardError(.invalidInput, "\(requirementID) is not signed off", location: requirementID)
        }
        answer.signedBy = nil
        answer.signedAt = nil
        answer.version += 1
        try await update(answer, assessmentID: assessmentID, organizationID: organizationID)
        try await appendHistory(
            answer,
            action: "reopened",
            assessmentID: assessmentID,
            organizationID: organizationID,
            by: userID,
            now: now
        )
        return answer
    }

    private func insert(_ answer: Answer, assessmentID: UUID, organizationID: UUID) async throws {
        try await sql.raw(
            """
            INSERT INTO assessment_answers (assessment_id, organization_id, requirement_id, status, maturity, notes,
                not_applicable_reason, owner, due_date, marked_for_review, version, updated_at, updated_by, signed_by,
                signed_at)
            VALUES (\(bind: assessmentID.stored), \(bind: organizationID.stored), \(bind: answer.requirementID),
                    \(bind: answer.status.rawValue), \(bind: answer.maturity), \(bind: answer.notes),
                    \(bind: answer.notApplicableReason), \(bind: answer.owner), \(bind: answer.dueDate?.description),
                    \(bind: answer.markedForReview), \(bind: answer.version), \(bind: answer.updatedAt.milliseconds),
                    \(bind: answer.updatedBy?.stored), \(bind: answer.signedBy?.stored), \(bind: answer.signedAt?.milliseconds))
            """
        ).run()
    }

    private func update(_ answer: Answer, assessmentID: UUID, organizationID: UUID) async throws {
        try await sql.raw(
            """
            UPDATE assessment_answers SET status = \(bind: answer.status.rawValue), maturity = \(bind: answer.maturity),
                notes = \(bind: answer.notes), not_applicable_reason = \(bind: answer.notApplicableReason),
                owner = \(bind: answer.owner), due_date = \(bind: answer.dueDate?.description),
                marked_for_review = \(bind: answer.markedForReview), version = \(bind: answer.version),
                updated_at = \(bind: answer.updatedAt.milliseconds), updated_by = \(bind: answer.updatedBy?.stored),
                signed_by = \(bind: answer.signedBy?.stored), signed_at = \(bind: answer.signedAt?.milliseconds)
            WHERE assessment_id = \(bind: assessmentID.stored) AND requirement_id = \(bind: answer.requirementID)
              AND organization_id = \(bind: organizationID.stored)
            """
        ).run()
    }

    static func decodeAnswer(_ row: any SQLRow) throws -> Answer {
        Answer(
            requirementID: try row.string("requirement_id"),
            status: try row.enumeration("status", as: AnswerStatus.self),
            maturity: try row.decode(column: "maturity", as: Int?.self),
            notes: try row.string("notes"),
            notApplicableReason: try row.optionalString("not_applicable_reason"),
            owner: try row.optionalString("owner"),
            dueDate: try row.optionalString("due_date").map { try CalendarDate(parsing: $0) },
            markedForReview: try row.bool("marked_for_review"),
            version: try row.int("version"),
            updatedAt: try row.date("updated_at"),
            updatedBy: try row.optionalUUID("updated_by"),
            signedBy: try row.optionalUUID("signed_by"),
            signedAt: try row.optionalDate("signed_at")
        )
    }

    // MARK: - History

    /// One change to an answer.
    public struct HistoryEntry: Sendable, Hashable, Codable {
        public var requirementID: String
        public var version: Int
        /// `answered`, `signed`, `reopened` or `evidence_added`.
        public var action: String
        /// The answer as it was after the change.
        public var answer: Answer?
        public var changedBy: UUID?
        public var changedAt: Date
    }

    private func appendHistory(
        _ answer: Answer?,
        action: String,
        requirementID: String? = nil,
        assessmentID: UUID,
        organizationID: UUID,
        by userID: UUID?,
        now: Date
    ) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        let snapshot = try answer.map { String(decoding: try encoder.encode($0), as: UTF8.self) } ?? "null"
        if engine == .postgres {
            // Concurrent changes to different answers of one assessment would read the same MAX(seq); the assessment
            // row lock orders them (SQLite's writers are serialized already).
            try await sql.raw("SELECT id FROM assessments WHERE id = \(bind: assessmentID.stored) FOR NO KEY UPDATE")
                .run()
        }
        try await sql.raw(
            """
            INSERT INTO answer_history (id, seq, assessment_id, organization_id, requirement_id, version, action,
                                        snapshot, changed_by, changed_at)
            VALUES (\(bind: UUID().stored),
                    (SELECT COALESCE(MAX(seq), 0) + 1 FROM answer_history WHERE assessment_id = \(bind: assessmentID.stored)),
                    \(bind: assessmentID.stored), \(bind: organizationID.stored),
                    \(bind: requirementID ?? answer?.requirementID ?? ""), \(bind: answer?.version ?? 0), \(bind: action),
                    \(bind: snapshot), \(bind: userID?.stored), \(bind: now.milliseconds))
            """
        ).run()
    }

    /// The history of an assessment's answers (of one requirement when given), oldest first.
    public func history(
        assessmentID: UUID,
        requirementID: String? = nil,
        organizationID: UUID
    ) async throws -> [HistoryEntry] {
        let filter: SQLQueryString = requirementID.map { "AND requirement_id = \(bind: $0)" } ?? ""
        let rows = try await sql.raw(
            """
            SELECT requirement_id, version, action, snapshot, changed_by, changed_at FROM answer_history
            WHERE assessment_id = \(bind: assessmentID.stored) AND organization_id = \(bind: organizationID.stored) \(filter)
            ORDER BY seq, changed_at
            """
        ).all()
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try rows.map { row in
            let snapshot = try row.string("snapshot")
            return HistoryEntry(
                requirementID: try row.string("requirement_id"),
                version: try row.int("version"),
                action: try row.string("action"),
                answer: snapshot == "null" ? nil : try decoder.decode(Answer.self, from: Data(snapshot.utf8)),
                changedBy: try row.optionalUUID("changed_by"),
                changedAt: try row.date("changed_at")
            )
        }
    }

    // MARK: - Evidence

    /// A file or link attached to an answer.
    public struct Evidence: Sendable, Hashable, Codable, Identifiable {
        public enum Kind: String, Sendable, Codable { case file, link }
        public var id: UUID
        public var requirementID: String
        public var kind: Kind
        public var title: String
        /// SHA-256 of the file's content, lowercase hex; the file is stored once per organization under it.
        public var sha256: String?
        public var mediaType: String?
        public var sizeBytes: Int?
        public var url: String?
        public var addedBy: UUID?
        public var addedAt: Date

        public init(
            id: UUID = UUID(),
            requirementID: String,
            kind: Kind,
            title: String,
            sha256: String? = nil,
            mediaType: String? = nil,
            sizeBytes: Int? = nil,
            url: String? = nil,
            addedBy: UUID?,
            addedAt: Date
        ) {
            self.id = id
            self.requirementID = requirementID
            self.kind = kind
            self.title = title
            self.sha256 = sha256
            self.mediaType = mediaType
            self.sizeBytes = sizeBytes
            self.url = url
            self.addedBy = addedBy
            self.addedAt = addedAt
        }
    }

    /// Attaches evidence; for a file, `content` is stored once under its hash (the caller computed `sha256`).
    public func addEvidence(
        _ evidence: Evidence,
        content: [UInt8]?,
        assessmentID: UUID,
        organizationID: UUID
    ) async throws {
        if let content, let hash = evidence.sha256 {
            try await sql.raw(
                """
                INSERT INTO evidence_blobs (organization_id, sha256, size_bytes, content_base64, created_at)
                VALUES (\(bind: organizationID.stored), \(bind: hash), \(bind: content.count),
                        \(bind: Data(content).base64EncodedString()), \(bind: evidence.addedAt.milliseconds))
                ON CONFLICT (organization_id, sha256) DO NOTHING
                """
            ).run()
        }
        try await sql.raw(
            """
            INSERT INTO evidence (id, assessment_id, organization_id, requirement_id, kind, title, sha256, media_type,
                                  size_bytes, url, added_by, added_at)
            VALUES (\(bind: evidence.id.stored), \(bind: assessmentID.stored), \(bind: organizationID.stored),
                    \(bind: evidence.requirementID), \(bind: evidence.kind.rawValue), \(bind: evidence.title),
                    \(bind: evidence.sha256), \(bind: evidence.mediaType), \(bind: evidence.sizeBytes),
                    \(bind: evidence.url), \(bind: evidence.addedBy?.stored), \(bind: evidence.addedAt.milliseconds))
            """
        ).run()
        try await appendHistory(
            nil,
            action: "evidence_added",
            requirementID: evidence.requirementID,
            assessmentID: assessmentID,
            organizationID: organizationID,
            by: evidence.addedBy,
            now: evidence.addedAt
        )
    }

    /// The evidence of an assessment, oldest first.
    public func evidence(assessmentID: UUID, organizationID: UUID) async throws -> [Evidence] {
        try await sql.raw(
            """
            SELECT * FROM evidence
            WHERE assessment_id = \(bind: assessmentID.stored) AND organization_id = \(bind: organizationID.stored)
            ORDER BY added_at, id
            """
        ).all().map { row in
            Evidence(
                id: try row.uuid("id"),
                requirementID: try row.string("requirement_id"),
                kind: try row.enumeration("kind", as: Evidence.Kind.self),
                title: try row.string("title"),
                sha256: try row.optionalString("sha256"),
                mediaType: try row.optionalString("media_type"),
                sizeBytes: try row.decode(column: "size_bytes", as: Int?.self),
                url: try row.optionalString("url"),
                addedBy: try row.optionalUUID("added_by"),
                addedAt: try row.date("added_at")
            )
        }
    }

    /// A stored evidence file's content, or `notFound`.
    public func evidenceContent(sha256: String, organizationID: UUID) async throws -> [UInt8] {
        guard
            let row = try await sql.raw(
                """
                SELECT content_base64 FROM evidence_blobs
                WHERE organization_id = \(bind: organizationID.stored) AND sha256 = \(bind: sha256)
                """
            ).first(),
            let data = Data(base64Encoded: try row.string("content_base64"))
        else {
            throw WardError(.notFound, "no such evidence file in this organization", location: "sha256")
        }
        return Array(data)
    }
}

/// The site-wide framework library: catalogs and crosswalks imported in addition to the bundled ones.
public struct FrameworkDocumentRecords: Sendable {
    let sql: any SQLDatabase

    /// A stored catalog or crosswalk file.
    public struct Document: Sendable, Hashable {
        /// `framework:hicp@2023` or `crosswalk:ID`.
        public var name: String
        public var body: String
        public var sha256: String
        public var importedAt: Date
        public var importedBy: UUID?

        public init(name: String, body: String, sha256: String, importedAt: Date, importedBy: UUID?) {
            self.name = name
            self.body = body
            self.sha256 = sha256
            self.importedAt = importedAt
            self.importedBy = importedBy
        }
    }

    /// Changes whenever a document is imported: the count and the latest import time.
    public func fingerprint() async throws -> String {
        let row = try await sql.raw("SELECT COUNT(*) AS n, MAX(imported_at) AS latest FROM framework_documents").first()
        let count = try row?.decode(column: "n", as: Int.self) ?? 0
        let latest = try row?.decode(column: "latest", as: Int64?.self) ?? nil
        return "\(count)-\(latest ?? 0)"
    }

    /// Every imported document, in import order.
    public func all() async throws -> [Document] {
        try await sql.raw("SELECT * FROM framework_documents ORDER BY imported_at, name").all().map { row in
            Document(
                name: try row.string("name"),
                body: try row.string("body"),
                sha256: try row.string("sha256"),
                importedAt: try row.date("imported_at"),
                importedBy: try row.optionalUUID("imported_by")
            )
        }
    }

    /// Stores documents; run inside a transaction so that several files land together or not at all.
    public func insert(_ document: Document) async throws {
        let kind = document.name.hasPrefix("crosswalk:") ? "crosswalk" : "framework"
        try await sql.raw(
            """
            INSERT INTO framework_documents (name, kind, body, sha256, imported_at, imported_by)
            VALUES (\(bind: document.name), \(bind: kind), \(bind: document.body), \(bind: document.sha256),
                    \(bind: document.importedAt.milliseconds), \(bind: document.importedBy?.stored))
            """
        ).run()
    }
}
