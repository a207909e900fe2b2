import Foundation
import SQLKit
import WardCore

/// Workforce training records: modules, assignments and completions, phishing-simulation results.
///
/// The records and results are WardCore values; `WardResponse` gives them their meaning (rates, CSV formats).
public struct TrainingStoreRecords: Sendable {
    let sql: any SQLDatabase

    public struct Module: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var topic: String
        public var hicpPractice: String?
        public var cpgGoal: String?
        public var minutes: Int

        public init(id: String, title: String, topic: String, hicpPractice: String?, cpgGoal: String?, minutes: Int) {
            self.id = id
            self.title = title
            self.topic = topic
            self.hicpPractice = hicpPractice
            self.cpgGoal = cpgGoal
            self.minutes = minutes
        }
    }

    /// Adds a module or replaces the one with the same id.
    public func saveModule(_ module: Module, organizationID: UUID) async throws {
        try await sql.raw(
            "DELETE FROM training_modules WHERE organization_id = \(bind: organizationID.stored) AND id = \(bind: module.id)"
        ).run()
        try await sql.raw(
            """
            INSERT INTO training_modules (organization_id, id, title, topic, hicp_practice, cpg_goal, minutes)
            VALUES (\(bind: organizationID.stored), \(bind: module.id), \(bind: module.title), \(bind: module.topic),
                    \(bind: module.hicpPractice), \(bind: module.cpgGoal), \(bind: module.minutes))
            """
        ).run()
    }

    public func modules(organizationID: UUID) async throws -> [Module] {
        try await sql.raw(
            "SELECT * FROM training_modules WHERE organization_id = \(bind: organizationID.stored) ORDER BY title, id"
        ).all().map {
            Module(
                id: try $0.string("id"),
                title: try $0.string("title"),
                topic: try $0.string("topic"),
                hicpPractice: try $0.optionalString("hicp_practice"),
                cpgGoal: try $0.optionalString("cpg_goal"),
                minutes: try $0.int("minutes")
            )
        }
    }

    /// Stores records; run inside a transaction so that an import lands whole or not at all.
    public func add(_ records: [TrainingRecord], organizationID: UUID) async throws {
        for record in records {
            try await sql.raw(
                """
                INSERT INTO training_records (id, organization_id, module, person, department, assigned_at, completed_at, source)
                VALUES (\(bind: UUID().stored), \(bind: organizationID.stored), \(bind: record.module), \(bind: record.person),
                        \(bind: record.department), \(bind: record.assignedAt?.milliseconds),
                        \(bind: record.completedAt?.milliseconds), \(bind: record.source))
                """
            ).run()
        }
    }

    public func records(organizationID: UUID) async throws -> [TrainingRecord] {
        try await sql.raw(
            "SELECT * FROM training_records WHERE organization_id = \(bind: organizationID.stored) ORDER BY assigned_at, id"
        ).all().map {
            TrainingRecord(
                module: try $0.string("module"),
                person: try $0.string("person"),
                department: try $0.string("department"),
                assignedAt: try $0.optionalDate("assigned_at"),
                completedAt: try $0.optionalDate("completed_at"),
                source: try $0.string("source")
            )
        }
    }

    /// Stores phishing-simulation results; run inside a transaction.
    public func add(_ results: [PhishingResult], organizationID: UUID) async throws {
        for result in results {
            try await sql.raw(
                """
                INSERT INTO phishing_results (id, organization_id, campaign, person, department, sent_at, clicked, reported)
                VALUES (\(bind: UUID().stored), \(bind: organizationID.stored), \(bind: result.campaign), \(bind: result.person),
                        \(bind: result.department), \(bind: result.sentAt.milliseconds), \(bind: result.clicked),
                        \(bind: result.reported))
                """
            ).run()
        }
    }

    public func results(organizationID: UUID) async throws -> [PhishingResult] {
        try await sql.raw(
            "SELECT * FROM phishing_results WHERE organization_id = \(bind: organizationID.stored) ORDER BY sent_at, id"
        ).all().map {
            PhishingResult(
                campaign: try $0.string("campaign"),
                person: try $0.string("person"),
                department: try $0.string("department"),
                sentAt: try $0.date("sent_at"),
                clicked: try $0.bool("clicked"),
                reported: try $0.bool("reported")
            )
        }
    }
}
