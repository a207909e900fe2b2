import Foundation
import SQLKit
import Testing
import WardCore
import WardStore
import WardTesting

@Suite("Assessment records")
struct AssessmentRecordTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    func withAssessment(_ engine: DatabaseEngine, _ body: (Database, Assessment) async throws -> Void) async throws {
        try await TestDatabase.with(engine) { database in
            let organization = try await database.store.organizations.create(
                Organization(name: "Cedar Clinic", kind: .clinic, sizeTier: .small, createdAt: Self.now)
            )
            let assessment = Assessment(
                organizationID: organization.id,
                title: "HICP",
                frameworkID: "hicp",
                frameworkEdition: "2018",
                tier: .small,
                createdAt: Self.now
            )
            try await database.store.assessments.create(assessment)
            try await body(database, assessment)
        }
    }

    func save(
        _ database: Database,
        _ assessment: Assessment,
        _ requirement: String,
        _ status: AnswerStatus,
        expected: Int?,
        user: UUID? = nil
    ) async throws -> Answer {
        try await database.transaction { store in
            try await store.assessments.save(
                Answer(requirementID: requirement, status: status),
                expectedVersion: expected,
                assessmentID: assessment.id,
                organizationID: assessment.organizationID,
                by: user,
                now: Self.now
            )
        }
    }

    @Test(arguments: TestDatabase.engines)
    func versionsSignOffLocksAndHistory(engine: DatabaseEngine) async throws {
        try await withAssessment(engine) { database, assessment in
            let first = try await save(database, assessment, "1.S.A", .planned, expected: 0)
            #expect(first.version == 1)
            let second = try await save(database, assessment, "1.S.A", .implemented, expected: 1)
            #expect(second.version == 2)
            // A stale version is refused and changes nothing.
            await #expect(throws: WardError.self) {
                try await save(database, assessment, "1.S.A", .notImplemented, expected: 1)
            }
            let reviewer = UUID()
            let signed = try await database.transaction { store in
                try await store.assessments.sign(
                    requirementID: "1.S.A",
                    assessmentID: assessment.id,
                    organizationID: assessment.organizationID,
                    by: reviewer,
                    now: Self.now
                )
            }
            #expect(signed.isSigned && signed.signedBy == reviewer)
            // Signed answers are locked, even for a change without a version.
            do {
                _ = try await save(database, assessment, "1.S.A", .notImplemented, expected: nil)
                Issue.record("a signed answer changed")
            } catch let error as WardError {
                #expect(error.code == .conflict)
                #expect(error.message.contains("signed off and locked"))
            }
            _ = try await database.transaction { store in
                try await store.assessments.reopen(
                    requirementID: "1.S.A",
                    assessmentID: assessment.id,
                    organizationID: assessment.organizationID,
                    by: reviewer,
                    now: Self.now
                )
            }
            let after = try await save(database, assessment, "1.S.A", .partial, expected: nil)
            #expect(after.version == 5 && !after.isSigned)
            let history = try await database.store.assessments.history(
                assessmentID: assessment.id,
                organizationID: assessment.organizationID
            )
            #expect(history.map(\.action) == ["answered", "answered", "signed", "reopened", "answered"])
            #expect(
                history.map { $0.answer?.status } == [.planned, .implemented, .implemented, .implemented, .partial]
            )
            // Another organization sees none of it.
            let current = try await database.store.assessments.answers(
                assessmentID: assessment.id,
                organizationID: UUID()
            )
            #expect(current.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func concurrentAnswersAreAllKept(engine: DatabaseEngine) async throws {
        try await withAssessment(engine) { database, assessment in
            let requirements = (0..<16).map { "R\($0)" }
            // Sixteen people answer sixteen requirements at once: every answer is there.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for requirement in requirements {
                    group.addTask { _ = try await save(database, assessment, requirement, .implemented, expected: 0) }
                }
                try await group.waitForAll()
            }
            let answers = try await database.store.assessments.answers(
                assessmentID: assessment.id,
                organizationID: assessment.organizationID
            )
            #expect(Set(answers.keys) == Set(requirements))

            // Eight people change one answer at once from the version they all saw: exactly one wins, the others get
            // a conflict (and can review and save again); nobody's change is silently overwritten.
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        do {
                            _ = try await save(
                                database,
                                assessment,
                                "R0",
                                index.isMultiple(of: 2) ? .partial : .planned,
                                expected: 1
                            )
                            return true
                        } catch let error as WardError where error.code == .conflict {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            // Without versions (imports, the CLI) every change lands in turn and the history keeps them all.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<6 {
                    group.addTask { _ = try await save(database, assessment, "R1", .partial, expected: nil) }
                }
                try await group.waitForAll()
            }
            let history = try await database.store.assessments.history(
                assessmentID: assessment.id,
                requirementID: "R1",
                organizationID: assessment.organizationID
            )
            #expect(history.count == 7)
            #expect(Set(history.map(\.version)) == Set(1...7))

            // Concurrent first answers on one requirement: one insert wins, the other is a conflict, not a crash.
            let firsts = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        do {
                            _ = try await save(database, assessment, "NEW", .implemented, expected: 0)
                            return true
                        } catch let error as WardError where error.code == .conflict {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(firsts.filter { $0 }.count == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func evidenceFilesAreStoredOnceByHash(engine: DatabaseEngine) async throws {
        try await withAssessment(engine) { database, assessment in
            let content = Array("backup restore test, 2026-11-02".utf8)
            for requirement in ["4.S.A", "4.S.B"] {
                try await database.transaction { store in
                    try await store.assessments.addEvidence(
                        .init(
                            requirementID: requirement,
                            kind: .file,
                            title: "restore.txt",
                            sha256: "ab12",
                            mediaType: "text/plain",
                            sizeBytes: content.count,
                            addedBy: nil,
                            addedAt: Self.now
                        ),
                        content: content,
                        assessmentID: assessment.id,
                        organizationID: assessment.organizationID
                    )
                }
            }
            let blobs = try await database.store.sql.raw("SELECT COUNT(*) AS n FROM evidence_blobs").first()
            #expect(try blobs?.decode(column: "n", as: Int.self) == 1)
            #expect(
                try await database.store.assessments.evidence(
                    assessmentID: assessment.id,
                    organizationID: assessment.organizationID
                )
                .count == 2
            )
            #expect(
                try await database.store.assessments.evidenceContent(
                    sha256: "ab12",
                    organizationID: assessment.organizationID
                )
                    == content
            )
            await #expect(throws: WardError.self) {
                try await database.store.assessments.evidenceContent(sha256: "ab12", organizationID: UUID())
            }
        }
    }
}
