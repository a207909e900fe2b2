import Foundation
import WardCore
import WardResponse
import WardStore

/// Workforce training records: modules, CSV imports from learning systems and phishing simulators, and rates.
public struct TrainingService: Sendable {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func saveModule(_ module: TrainingModule, organizationID: UUID) async throws -> TrainingModule {
        let valid = try module.validated()
        try await database.store.training.saveModule(
            .init(
                id: valid.id,
                title: valid.title,
                topic: valid.topic,
                hicpPractice: valid.hicpPractice,
                cpgGoal: valid.cpgGoal,
                minutes: valid.minutes
            ),
            organizationID: organizationID
        )
        return valid
    }

    /// Imports completions (`person,department,module,assigned_at,completed_at`): all rows or none.
    public func importRecords(_ text: String, file: String, organizationID: UUID) async throws -> Int {
        let records = try TrainingCSV.records(text, file: file)
        let known = Set(try await database.store.training.modules(organizationID: organizationID).map(\.id))
        if !known.isEmpty, let unknown = records.first(where: { !known.contains($0.module) }) {
            throw WardError(
                .invalidInput,
                "unknown module '\(unknown.module)'; add it first or fix the file (known: \(known.sorted().joined(separator: ", ")))",
                location: "\(file): module"
            )
        }
        try await database.transaction { store in
            try await store.training.add(records, organizationID: organizationID)
        }
        return records.count
    }

    /// Imports phishing-simulation results (`campaign,person,department,sent_at,clicked,reported`): all rows or none.
    public func importPhishing(_ text: String, file: String, organizationID: UUID) async throws -> Int {
        let results = try TrainingCSV.phishing(text, file: file)
        try await database.transaction { store in
            try await store.training.add(results, organizationID: organizationID)
        }
        return results.count
    }

    public func rates(organizationID: UUID) async throws -> TrainingRates {
        let store = database.store
        let records = try await store.training.records(organizationID: organizationID)
        let results = try await store.training.results(organizationID: organizationID)
        return TrainingRates.compute(records: records, results: results)
    }
}
