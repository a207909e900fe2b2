import Crypto
import Foundation
import WardCore
import WardFrameworks
import WardResponse
import WardStore

/// Incidents, their playbooks and reporting obligations, shared by the API, the web UI and the CLI.
///
/// - Important: Every method takes the organization the caller acts in; callers check roles first.
public struct IncidentService: Sendable {
    public let database: Database
    let clock: @Sendable () -> Date

    public init(database: Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// The rule sets in force here: the bundled US federal set plus imported ones (an import of the same id replaces
    /// the bundled set, so a newer federal version needs no new Ward).
    public func ruleSets() async throws -> [ReportingRuleSet] {
        var sets: [String: ReportingRuleSet] = [:]
        for set in BundledResponseData.ruleSets { sets[set.id] = set }
        for (id, body) in try await database.store.incidents.ruleSetBodies() {
            sets[id] = try ReportingRuleReader.read(Array(body.utf8), file: "rule set \(id)")
        }
        return sets.values.sorted { $0.id < $1.id }
    }

    /// Validates and stores rule set files, all or none.
    public func importRuleSets(
        _ files: [(name: String, bytes: [UInt8])],
        actor: AssessmentService.Actor
    ) async throws -> [ReportingRuleSet] {
        var sets: [(ReportingRuleSet, String)] = []
        var problems: [CatalogProblem] = []
        for file in files {
            do {
                sets.append(
                    (
                        try ReportingRuleReader.read(file.bytes, file: file.name),
                        String(decoding: file.bytes, as: UTF8.self)
                    )
                )
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw CatalogValidationError(problems: problems) }
        let now = clock()
        let prepared = sets
        try await database.transaction { store in
            for (set, body) in prepared {
                try await store.incidents.saveRuleSet(id: set.id, version: set.version, body: body, now: now)
            }
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: nil,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .rulesImported,
                    target: prepared.map { "\($0.0.id)@\($0.0.version)" }.joined(separator: ", ")
                )
            )
        }
        return sets.map(\.0)
    }

    public func create(_ incident: Incident, actor: AssessmentService.Actor) async throws -> Incident {
        var incident = try incident.validated(now: clock())
        incident.createdAt = Date(milliseconds: clock().milliseconds)
        let created = incident
        try await database.transaction { store in
            try await store.incidents.create(created, by: actor.userID)
            try await store.incidents.addTimeline(
                TimelineEntry(at: created.discoveredAt, text: "Discovered: \(created.title)", author: actor.name),
                incidentID: created.id,
                organizationID: created.organizationID
            )
            try await store.audit.append(
                AuditEvent(
                    occurredAt: created.createdAt,
                    organizationID: created.organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .incidentCreated,
                    target: "incident:\(created.id.uuidString.lowercased())",
                    sourceAddress: actor.sourceAddress,
                    details: ["kind": created.kind.rawValue, "exercise": "\(created.isExercise)"]
                )
            )
        }
        return created
    }

    public func update(_ incident: Incident, actor: AssessmentService.Actor) async throws -> Incident {
        var incident = try incident.validated(now: clock())
        let existing = try await database.store.incidents.get(incident.id, organizationID: incident.organizationID)
        incident.createdAt = existing.createdAt
        if incident.status == .closed && existing.status != .closed { incident.closedAt = clock() }
        if incident.status != .closed { incident.closedAt = nil }
        let updated = incident
        let now = clock()
        try await database.transaction { store in
            try await store.incidents.update(updated, now: now)
            if existing.status != updated.status {
                try await store.incidents.addTimeline(
                    TimelineEntry(
                        at: now,
                        text: "Status: \(existing.status.rawValue) → \(updated.status.rawValue)",
                        author: actor.name
                    ),
                    incidentID: updated.id,
                    organizationID: updated.organizationID
                )
            }
        }
        return updated
    }

    /// Everything the views need about one incident.
    public struct Overview: Sendable {
        public var incident: Incident
        public var timeline: [TimelineEntry]
        public var playbook: Playbook?
        public var checklist: [String: IncidentRecords.CheckedStep]
        public var obligations: [Obligation]
        public var organizationName: String
    }

    public func overview(_ id: UUID, organization: Organization) async throws -> Overview {
        let store = database.store
        let incident = try await store.incidents.get(id, organizationID: organization.id)
        let filed = try await store.incidents.filedReports(incidentID: id, organizationID: organization.id)
        let obligations = ObligationEngine.obligations(
            for: incident,
            ruleSets: try await ruleSets(),
            organizationName: organization.name,
            filed: Dictionary(filed.map { ($0.obligationID, $0.filedAt) }, uniquingKeysWith: { first, _ in first }),
            now: clock()
        )
        return Overview(
            incident: incident,
            timeline: try await store.incidents.timeline(incidentID: id, organizationID: organization.id),
            playbook: Playbooks.all[incident.kind],
            checklist: try await store.incidents.checklist(incidentID: id, organizationID: organization.id),
            obligations: obligations,
            organizationName: organization.name
        )
    }

    public func addTimeline(
        _ text: String,
        at: Date?,
        incidentID: UUID,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 5_000 else {
            throw WardError(.invalidInput, "a timeline entry needs 1 to 5000 characters", location: "text")
        }
        if let at, at > clock().addingTimeInterval(300) {
            throw WardError(.unprocessable, "a timeline entry cannot be in the future", location: "at")
        }
        try await database.store.incidents.addTimeline(
            TimelineEntry(at: at ?? clock(), text: trimmed, author: actor.name),
            incidentID: incidentID,
            organizationID: organizationID
        )
    }

    public func setStep(
        _ stepID: String,
        done: Bool,
        incidentID: UUID,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws {
        let incident = try await database.store.incidents.get(incidentID, organizationID: organizationID)
        guard Playbooks.all[incident.kind]?.steps.contains(where: { $0.id == stepID }) == true else {
            throw WardError(
                .unprocessable,
                "'\(stepID)' is not a step of the \(incident.kind.label) playbook",
                location: "step"
            )
        }
        try await database.store.incidents.setStep(
            stepID,
            done: done,
            by: actor.name,
            at: clock(),
            incidentID: incidentID,
            organizationID: organizationID
        )
    }

    /// Records that a report was sent (with the recipient's reference number, if any).
    public func file(
        _ obligationID: String,
        reference: String?,
        incident: UUID,
        organization: Organization,
        actor: AssessmentService.Actor
    ) async throws {
        let overview = try await overview(incident, organization: organization)
        guard overview.obligations.contains(where: { $0.id == obligationID }) else {
            throw WardError(
                .unprocessable,
                "'\(obligationID)' is not a report this incident makes due",
                location: "obligation"
            )
        }
        let now = clock()
        try await database.transaction { (store: Store) in
            try await store.incidents.file(
                .init(
                    obligationID: obligationID,
                    filedAt: now,
                    reference: reference?.isEmpty == true ? nil : reference,
                    filedBy: actor.name
                ),
                incidentID: incident,
                organizationID: organization.id
            )
            try await store.incidents.addTimeline(
                TimelineEntry(
                    at: now,
                    text: "Report filed: \(obligationID)" + (reference.map { " (reference \($0))" } ?? ""),
                    author: actor.name
                ),
                incidentID: incident,
                organizationID: organization.id
            )
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organization.id,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .reportFiled,
                    target: "incident:\(incident.uuidString.lowercased())",
                    sourceAddress: actor.sourceAddress,
                    details: ["obligation": obligationID]
                )
            )
        }
    }

    /// Keeps a file with an incident (content-addressed by SHA-256, limited like assessment evidence).
    public func attachFile(
        _ content: [UInt8],
        name: String,
        mediaType: String?,
        incidentID: UUID,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> IncidentRecords.EvidenceFile {
        guard content.count <= AssessmentService.maximumEvidenceBytes else {
            throw WardError(
                .tooLarge,
                "files are limited to \(AssessmentService.maximumEvidenceBytes / 1_048_576) MiB",
                location: "file"
            )
        }
        guard !content.isEmpty else { throw WardError(.invalidInput, "the file is empty", location: "file") }
        let file = IncidentRecords.EvidenceFile(
            title: try AssessmentService.cleanTitle(name, location: "file"),
            sha256: SHA256.hash(data: content).map { String(format: "%02x", $0) }.joined(),
            mediaType: AssessmentService.safeMediaType(mediaType),
            sizeBytes: content.count,
            addedBy: actor.name,
            addedAt: Date(milliseconds: clock().milliseconds)
        )
        try await database.transaction { store in
            try await store.incidents.addEvidence(
                file,
                content: content,
                incidentID: incidentID,
                organizationID: organizationID
            )
            try await store.incidents.addTimeline(
                TimelineEntry(at: file.addedAt, text: "Evidence added: \(file.title)", author: actor.name),
                incidentID: incidentID,
                organizationID: organizationID
            )
        }
        return file
    }

    /// A file kept with an incident, as a download.
    public func evidenceContent(
        _ evidenceID: UUID,
        incidentID: UUID,
        organizationID: UUID
    ) async throws -> (IncidentRecords.EvidenceFile, [UInt8]) {
        let store = database.store
        guard
            let file = try await store.incidents.evidence(incidentID: incidentID, organizationID: organizationID).first(
                where: { $0.id == evidenceID })
        else {
            throw WardError(.notFound, "no such file with this incident")
        }
        return (file, try await store.assessments.evidenceContent(sha256: file.sha256, organizationID: organizationID))
    }

    /// The prepared package of one report as plain text, for pasting into a portal or attaching to a letter.
    public static func packageText(_ obligation: Obligation, incident: Incident) -> String {
        var lines = [
            obligation.rule.title, "To: \(obligation.rule.recipient)",
            "Due: \(obligation.dueText) (\(obligation.rule.deadlineText))",
            "Legal status: \(obligation.rule.legalStatus.rawValue)", "Source: \(obligation.rule.source)",
        ]
        if let portal = obligation.rule.portal { lines.append("File at: \(portal)") }
        lines.append("")
        for field in obligation.package {
            lines.append("\(field.label): \(field.value ?? "[to fill in]")")
        }
        if let note = obligation.rule.note { lines += ["", "Note: \(note)"] }
        return lines.joined(separator: "\n") + "\n"
    }
}
