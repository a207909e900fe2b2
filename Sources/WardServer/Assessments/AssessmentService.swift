import Crypto
import Foundation
import WardAssessment
import WardCore
import WardFrameworks
import WardResponse
import WardStore

/// The assessment workflow, shared by the API, the web UI and the CLI: create, answer, sign off, attach evidence,
/// score, plan, compare.
///
/// - Important: Every method takes the organization the caller acts in and reads and writes only inside it; the
///   callers check the caller's role before calling.
public struct AssessmentService: Sendable {
    public let database: Database
    public let catalog: FrameworkCatalog
    let clock: @Sendable () -> Date

    /// The largest evidence file accepted, in bytes.
    public static let maximumEvidenceBytes = 10 * 1024 * 1024

    public init(database: Database, catalog: FrameworkCatalog, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.catalog = catalog
        self.clock = clock
    }

    /// Who acts, for the history and the audit log.
    public struct Actor: Sendable {
        public var userID: UUID?
        public var name: String
        public var sourceAddress: String?

        public init(userID: UUID?, name: String, sourceAddress: String? = nil) {
            self.userID = userID
            self.name = name
            self.sourceAddress = sourceAddress
        }

        public static let cli = Actor(userID: nil, name: "cli")
    }

    private func audit(
        _ action: AuditAction,
        organizationID: UUID,
        actor: Actor,
        target: String,
        details: [String: String] = [:],
        in store: Store
    ) async throws {
        try await store.audit.append(
            AuditEvent(
                occurredAt: clock(),
                organizationID: organizationID,
                actorUserID: actor.userID,
                actor: actor.name,
                action: action,
                target: target,
                sourceAddress: actor.sourceAddress,
                details: details
            )
        )
    }

    // MARK: - Creating

    /// Creates an assessment of a complete framework edition at a tier.
    ///
    /// - Parameters:
    ///   - framework: `hicp`, `hicp@2018`; without an edition the newest complete one.
    ///   - tier: the confirmed tier; nil takes the questionnaire's suggestion, or the organization's tier.
    public func create(
        organization: Organization,
        framework reference: String,
        tier: SizeTier?,
        title: String?,
        questionnaire: SizeQuestionnaire?,
        actor: Actor
    ) async throws -> Assessment {
        let library = try await catalog.current(database.store).library
        guard let framework = library.framework(FrameworkKey(parsing: reference)) else {
            let known = library.sortedFrameworks.map(\.key.description).joined(separator: ", ")
            throw WardError(.notFound, "no framework '\(reference)'; known: \(known)", location: "framework")
        }
        guard framework.complete else {
            throw WardError(
                .invalidInput,
                "\(framework.key) is a partial transcription and cannot be assessed; import the complete edition or choose another",
                location: "framework"
            )
        }
        let suggestion = try questionnaire?.validated().suggest()
        let chosen = tier ?? suggestion?.tier ?? organization.sizeTier
        var rationale: [String] = []
        if let suggestion {
            rationale.append("questionnaire suggests \(suggestion.tier): " + suggestion.reasons.joined(separator: "; "))
            if chosen != suggestion.tier {
                rationale.append("overridden to \(chosen)")
            } else {
                rationale.append("confirmed")
            }
        } else {
            rationale.append(tier == nil ? "the organization's size tier (\(chosen))" : "chosen: \(chosen)")
        }
        let trimmed = title?.trimmingCharacters(in: .whitespacesAndNewlines)
        let assessment = Assessment(
            organizationID: organization.id,
            title: (trimmed?.isEmpty == false ? trimmed! : "\(framework.title) (\(framework.key.edition)), \(chosen)"),
            frameworkID: framework.key.id,
            frameworkEdition: framework.key.edition,
            tier: chosen,
            tierRationale: rationale.joined(separator: "; "),
            createdAt: Date(milliseconds: clock().milliseconds),
            createdBy: actor.userID
        )
        guard assessment.title.count <= 200 else {
            throw WardError(.invalidInput, "the title is limited to 200 characters", location: "title")
        }
        try await database.transaction { store in
            try await store.assessments.create(assessment)
            try await audit(
                .assessmentCreated,
                organizationID: organization.id,
                actor: actor,
                target: "assessment:\(assessment.id.uuidString.lowercased())",
                details: ["framework": framework.key.description, "tier": chosen.rawValue],
                in: store
            )
        }
        return assessment
    }

    // MARK: - Answering

    /// An answer as a person or a file gives it.
    public struct AnswerInput: Sendable, Codable {
        public var requirementID: String
        public var status: String
        public var maturity: Int?
        public var notes: String?
        public var notApplicableReason: String?
        public var owner: String?
        public var dueDate: String?
        public var markedForReview: Bool?
        /// The version the person saw (0 when there was no answer); nil replaces whatever is there.
        public var expectedVersion: Int?

        public init(
            requirementID: String,
            status: String,
            maturity: Int? = nil,
            notes: String? = nil,
            notApplicableReason: String? = nil,
            owner: String? = nil,
            dueDate: String? = nil,
            markedForReview: Bool? = nil,
            expectedVersion: Int? = nil
        ) {
            self.requirementID = requirementID
            self.status = status
            self.maturity = maturity
            self.notes = notes
            self.notApplicableReason = notApplicableReason
            self.owner = owner
            self.dueDate = dueDate
            self.markedForReview = markedForReview
            self.expectedVersion = expectedVersion
        }
    }

    /// The framework of an assessment and the leaves that apply at its tier.
    func scope(
        of assessment: Assessment
    ) async throws -> (framework: Framework, applicable: [String: Requirement], scorer: Scorer) {
        let (library, scorer) = try await catalog.current(database.store)
        let key = FrameworkKey(id: assessment.frameworkID, edition: assessment.frameworkEdition)
        guard let framework = library.frameworks[key] else {
            throw WardError(.unavailable, "the framework \(key) of this assessment is no longer in the library")
        }
        let leaves = framework.tiered ? framework.leaves(for: assessment.tier) : framework.leaves
        return (framework, Dictionary(uniqueKeysWithValues: leaves.map { ($0.id, $0) }), scorer)
    }

    func validatedAnswer(
        _ input: AnswerInput,
        framework: Framework,
        applicable: [String: Requirement],
        tier: SizeTier,
        location: String
    ) throws -> Answer {
        guard applicable[input.requirementID] != nil else {
            if let requirement = framework.requirement(input.requirementID) {
                let reason =
                    requirement.isLeaf
                    ? "applies to \(requirement.tiers.sorted().map(\.rawValue).joined(separator: " and ")) organizations, and this assessment is for a \(tier) one"
                    : "is a group of requirements; answer its sub-requirements"
                throw WardError(.unprocessable, "\(input.requirementID) \(reason)", location: location)
            }
            throw WardError(
                .unprocessable,
                "\(input.requirementID) is not a requirement of \(framework.key)",
                location: location
            )
        }
        let answer = Answer(
            requirementID: input.requirementID,
            status: try AnswerStatus(parsing: input.status, location: "\(location).status"),
            maturity: input.maturity,
            notes: input.notes ?? "",
            notApplicableReason: input.notApplicableReason,
            owner: input.owner,
            dueDate: try input.dueDate.flatMap {
                $0.isEmpty ? nil : try CalendarDate(parsing: $0, location: "\(location).dueDate")
            },
            markedForReview: input.markedForReview ?? false
        )
        do {
            return try answer.validated()
        } catch var error as WardError {
            error.location = "\(location).\(error.location ?? "")"
            throw error
        }
    }

    /// Saves one answer.
    ///
    /// - Throws: `unprocessable` for a requirement outside the framework or tier, `conflict` for a signed answer or a
    ///   stale `expectedVersion`, `invalidInput` for a bad field.
    public func answer(
        _ input: AnswerInput,
        assessmentID: UUID,
        organizationID: UUID,
        actor: Actor
    ) async throws -> Answer {
        let assessment = try await database.store.assessments.get(assessmentID, organizationID: organizationID)
        let (framework, applicable, _) = try await scope(of: assessment)
        let answer = try validatedAnswer(
            input,
            framework: framework,
            applicable: applicable,
            tier: assessment.tier,
            location: input.requirementID
        )
        let now = clock()
        return try await database.transaction { store in
            try await store.assessments.save(
                answer,
                expectedVersion: input.expectedVersion,
                assessmentID: assessmentID,
                organizationID: organizationID,
                by: actor.userID,
                now: now
            )
        }
    }

    /// Saves many answers at once, all or none (an answers file, a whole practice's form).
    public func answer(
        _ inputs: [AnswerInput],
        assessmentID: UUID,
        organizationID: UUID,
        actor: Actor
    ) async throws -> [Answer] {
        let assessment = try await database.store.assessments.get(assessmentID, organizationID: organizationID)
        let (framework, applicable, _) = try await scope(of: assessment)
        var answers: [(Answer, Int?)] = []
        var seen: Set<String> = []
        for (offset, input) in inputs.enumerated() {
            let location = "answers[\(offset)] (\(input.requirementID))"
            guard seen.insert(input.requirementID).inserted else {
                throw WardError(.invalidInput, "\(input.requirementID) is answered twice", location: location)
            }
            answers.append(
                (
                    try validatedAnswer(
                        input,
                        framework: framework,
                        applicable: applicable,
                        tier: assessment.tier,
                        location: location
                    ), input.expectedVersion
                )
            )
        }
        let now = clock()
        // A fixed order (by requirement) so that two batches touching the same rows lock them in the same order.
        let prepared = answers.sorted { $0.0.requirementID < $1.0.requirementID }
        return try await database.transaction { store in
            var saved: [Answer] = []
            for (answer, expected) in prepared {
                saved.append(
                    try await store.assessments.save(
                        answer,
                        expectedVersion: expected,
                        assessmentID: assessmentID,
                        organizationID: organizationID,
                        by: actor.userID,
                        now: now
                    )
                )
            }
            return saved
        }
    }

    /// Reads an answers file: CSV with a header (`requirement,status,maturity,notes,not_applicable_reason,owner,due_date`)
    /// or JSON (`{"answers": [AnswerInput]}`), and saves every answer or none.
    public func importAnswers(
        _ bytes: [UInt8],
        file: String,
        assessmentID: UUID,
        organizationID: UUID,
        actor: Actor
    ) async throws -> [Answer] {
        let inputs: [AnswerInput]
        let text = String(decoding: bytes, as: UTF8.self)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            struct File: Decodable { var answers: [AnswerInput] }
            do {
                inputs = try JSONDecoder().decode(File.self, from: Data(bytes)).answers
            } catch {
                throw WardError(.invalidInput, "not a valid answers file: \(error)", location: file)
            }
        } else {
            inputs = try AnswersCSV.parse(text, file: file)
        }
        do {
            return try await answer(inputs, assessmentID: assessmentID, organizationID: organizationID, actor: actor)
        } catch var error as WardError {
            error.location = "\(file): \(error.location ?? "")"
            throw error
        }
    }

    /// Signs an answer off (locking it).
    public func sign(
        requirementID: String,
        assessmentID: UUID,
        organizationID: UUID,
        actor: Actor,
        expectedVersion: Int? = nil
    ) async throws -> Answer {
        guard let userID = actor.userID else {
            throw WardError(.forbidden, "a sign-off needs a person: sign in to Ward to sign answers off")
        }
        _ = try await database.store.assessments.get(assessmentID, organizationID: organizationID)
        let now = clock()
        return try await database.transaction { store in
            let answer = try await store.assessments.sign(
                requirementID: requirementID,
                assessmentID: assessmentID,
                organizationID: organizationID,
                by: userID,
                now: now,
                expectedVersion: expectedVersion
            )
            try await audit(
                .answerSigned,
                organizationID: organizationID,
                actor: actor,
                target: "assessment:\(assessmentID.uuidString.lowercased())",
                details: ["requirement": requirementID],
                in: store
            )
            return answer
        }
    }

    /// Reopens a signed answer.
    public func reopen(
        requirementID: String,
        assessmentID: UUID,
        organizationID: UUID,
        actor: Actor
    ) async throws -> Answer {
        guard let userID = actor.userID else {
            throw WardError(.forbidden, "reopening needs a person: sign in to Ward to reopen answers")
        }
        _ = try await database.store.assessments.get(assessmentID, organizationID: organizationID)
        let now = clock()
        return try await database.transaction { store in
            let answer = try await store.assessments.reopen(
                requirementID: requirementID,
                assessmentID: assessmentID,
                organizationID: organizationID,
                by: userID,
                now: now
            )
            try await audit(
                .answerReopened,
                organizationID: organizationID,
                actor: actor,
                target: "assessment:\(assessmentID.uuidString.lowercased())",
                details: ["requirement": requirementID],
                in: store
            )
            return answer
        }
    }

    // MARK: - Evidence

    /// Attaches a file to an answer; the content is stored once per organization under its SHA-256.
    public func attachFile(
        _ content: [UInt8],
        name: String,
        mediaType: String?,
        requirementID: String,
        assessmentID: UUID,
        organizationID: UUID,
        actor: Actor
    ) async throws -> AssessmentRecords.Evidence {
        guard content.count <= Self.maximumEvidenceBytes else {
            throw WardError(
                .tooLarge,
                "the file has \(content.count) bytes; evidence files are limited to \(Self.maximumEvidenceBytes / 1_048_576) MiB",
                location: "file"
            )
        }
        guard !content.isEmpty else { throw WardError(.invalidInput, "the file is empty", location: "file") }
        let title = try Self.cleanTitle(name, location: "file")
        let assessment = try await database.store.assessments.get(assessmentID, organizationID: organizationID)
        let (_, applicable, _) = try await scope(of: assessment)
        guard applicable[requirementID] != nil else {
            throw WardError(
                .unprocessable,
                "\(requirementID) is not a requirement of this assessment",
                location: "requirement"
            )
        }
        let digest = SHA256.hash(data: content).map { String(format: "%02x", $0) }.joined()
        let evidence = AssessmentRecords.Evidence(
            requirementID: requirementID,
            kind: .file,
            title: title,
            sha256: digest,
            mediaType: Self.safeMediaType(mediaType),
            sizeBytes: content.count,
            addedBy: actor.userID,
            addedAt: Date(milliseconds: clock().milliseconds)
        )
        try await database.transaction { store in
            try await Self.refuseIfSigned(
                requirementID,
                assessmentID: assessmentID,
                organizationID: organizationID,
                store: store
            )
            try await store.assessments.addEvidence(
                evidence,
                content: content,
                assessmentID: assessmentID,
                organizationID: organizationID
            )
        }
        return evidence
    }

    /// Attaches a link (a policy on the intranet, a ticket) to an answer.
    public func attachLink(
        _ url: String,
        title: String?,
        requirementID: String,
        assessmentID: UUID,
        organizationID: UUID,
        actor: Actor
    ) async throws -> AssessmentRecords.Evidence {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard let parsed = URL(string: trimmed), let scheme = parsed.scheme?.lowercased(),
            ["https", "http"].contains(scheme),
            parsed.host != nil, trimmed.count <= 2_000
        else {
            throw WardError(.invalidInput, "'\(trimmed)' is not an http or https address", location: "url")
        }
        let assessment = try await database.store.assessments.get(assessmentID, organizationID: organizationID)
        let (_, applicable, _) = try await scope(of: assessment)
        guard applicable[requirementID] != nil else {
            throw WardError(
                .unprocessable,
                "\(requirementID) is not a requirement of this assessment",
                location: "requirement"
            )
        }
        let evidence = AssessmentRecords.Evidence(
            requirementID: requirementID,
            kind: .link,
            title: try Self.cleanTitle(title?.isEmpty == false ? title! : trimmed, location: "title"),
            url: trimmed,
            addedBy: actor.userID,
            addedAt: Date(milliseconds: clock().milliseconds)
        )
        try await database.transaction { store in
            try await Self.refuseIfSigned(
                requirementID,
                assessmentID: assessmentID,
                organizationID: organizationID,
                store: store
            )
            try await store.assessments.addEvidence(
                evidence,
                content: nil,
                assessmentID: assessmentID,
                organizationID: organizationID
            )
        }
        return evidence
    }

    /// Evidence belongs to what a reviewer signed: a signed answer takes none until it is reopened.
    static func refuseIfSigned(
        _ requirementID: String,
        assessmentID: UUID,
        organizationID: UUID,
        store: Store
    ) async throws {
        if let answer = try await store.assessments.answer(
            assessmentID: assessmentID,
            requirementID: requirementID,
            organizationID: organizationID
        ),
            answer.isSigned
        {
            throw WardError(
                .conflict,
                "the answer on \(requirementID) is signed off and locked; a reviewer must reopen it first",
                location: requirementID
            )
        }
    }

    static func cleanTitle(_ text: String, location: String) throws -> String {
        let name = text.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? text
        let cleaned = String(name.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }).trimmingCharacters(
            in: .whitespaces
        )
        guard !cleaned.isEmpty, cleaned.count <= 300 else {
            throw WardError(.invalidInput, "give the evidence a name of 1 to 300 characters", location: location)
        }
        return cleaned
    }

    /// Evidence is served back as a download; only plain media types are kept, and nothing that a browser would run.
    static func safeMediaType(_ type: String?) -> String {
        guard
            let type = type?.lowercased().split(separator: ";").first.map({ $0.trimmingCharacters(in: .whitespaces) }),
            type.range(of: "^[a-z0-9.+-]+/[a-z0-9.+-]+$", options: .regularExpression) != nil,
            !type.contains("html"), !type.contains("javascript"), !type.contains("svg"), !type.contains("xml")
        else { return "application/octet-stream" }
        return type
    }

    // MARK: - Reading

    /// Everything the views need about one assessment.
    public struct Overview: Sendable {
        public var assessment: Assessment
        public var framework: Framework
        public var applicable: [Requirement]
        public var answers: [String: Answer]
        public var evidence: [AssessmentRecords.Evidence]
        public var scorecard: Scorecard
        public var plan: ActionPlan
        /// Measured observations per requirement id, with contradictions flagged by ``EvidenceObservation/contradicts(_:)``.
        public var observations: [String: [EvidenceObservation]]
        public var library: FrameworkLibrary
    }

    public func overview(assessmentID: UUID, organizationID: UUID) async throws -> Overview {
        let store = database.store
        let assessment = try await store.assessments.get(assessmentID, organizationID: organizationID)
        let (framework, applicableByID, scorer) = try await scope(of: assessment)
        let answers = try await store.assessments.answers(assessmentID: assessmentID, organizationID: organizationID)
        let evidence = try await store.assessments.evidence(assessmentID: assessmentID, organizationID: organizationID)
        let applicable = (framework.tiered ? framework.leaves(for: assessment.tier) : framework.leaves)
        let scorecard = scorer.score(framework: framework, tier: assessment.tier, answers: answers)
        let plan = ActionPlan.build(
            framework: framework,
            tier: assessment.tier,
            answers: answers,
            scorer: scorer,
            resources: Self.directoryResources(for: assessment.tier)
        )
        let facts = try await evidenceFacts(organizationID: organizationID)
        var observations: [String: [EvidenceObservation]] = [:]
        for requirement in applicable {
            let found = EvidenceRules.observations(
                for: RequirementKey(framework: framework.key, id: requirement.id),
                facts: facts,
                graph: scorer.graph
            )
            if !found.isEmpty { observations[requirement.id] = found }
        }
        _ = applicableByID
        return Overview(
            assessment: assessment,
            framework: framework,
            applicable: applicable,
            answers: answers,
            evidence: evidence,
            scorecard: scorecard,
            plan: plan,
            observations: observations,
            library: scorer.library
        )
    }

    /// The directory of free help as action-plan resources, for an organization of this size.
    static func directoryResources(for tier: SizeTier) -> [FreeResource] {
        Directory.entries.filter { $0.sizes.contains(tier) }.map {
            FreeResource(
                title: $0.title,
                url: $0.url,
                summary: $0.summary,
                hicpPractices: Set($0.hicp),
                csfCategories: [],
                cpgGoals: Set($0.cpg)
            )
        }
    }

    /// Gathers what Ward measured about the organization for the evidence rules.
    func evidenceFacts(organizationID: UUID) async throws -> EvidenceFacts {
        let store = database.store
        let members = try await store.memberships.members(of: organizationID).map {
            EvidenceFacts.Member(name: $0.user.displayName, role: $0.role, hasSecondFactor: $0.user.totpEnabled)
        }
        let now = clock()
        let tokens = try await store.tokens.list(organizationID: organizationID).filter { $0.isActive(at: now) }.map {
            EvidenceFacts.Token(
                name: $0.name,
                createdAt: $0.createdAt,
                expiresAt: $0.expiresAt,
                lastUsedAt: $0.lastUsedAt
            )
        }
        let scope = try await store.scope.entries(organizationID: organizationID)
        let records = try await store.training.records(organizationID: organizationID)
        let results = try await store.training.results(organizationID: organizationID)
        let training =
            records.isEmpty && results.isEmpty
            ? nil
            : EvidenceFacts.Training(
                assigned: records.count,
                completed: records.filter { $0.completedAt != nil }.count,
                phishingSent: results.count,
                phishingClicked: results.filter(\.clicked).count
            )
        return EvidenceFacts(
            now: now,
            members: members,
            activeTokens: tokens,
            scopeEntryCount: scope.count,
            training: training
        )
    }

    /// Compares two assessments of one organization on the same framework edition.
    public func compare(
        _ beforeID: UUID,
        _ afterID: UUID,
        organizationID: UUID
    ) async throws -> (before: Overview, after: Overview, comparison: AssessmentComparison) {
        let before = try await overview(assessmentID: beforeID, organizationID: organizationID)
        let after = try await overview(assessmentID: afterID, organizationID: organizationID)
        guard before.framework.key == after.framework.key else {
            throw WardError(
                .unprocessable,
                "the assessments are on different frameworks (\(before.framework.key) and \(after.framework.key)); compare assessments of one framework edition",
                location: "assessment"
            )
        }
        let tier = max(before.assessment.tier, after.assessment.tier)
        let comparison = AssessmentComparison.compare(
            framework: after.framework,
            tier: tier,
            before: before.answers,
            after: after.answers,
            beforeScores: before.scorecard,
            afterScores: after.scorecard
        )
        return (before, after, comparison)
    }
}
