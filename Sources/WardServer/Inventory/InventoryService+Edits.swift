import Foundation
import WardCore
import WardStore

extension InventoryService {
    /// Changes an asset by hand (owner, tags, medical-device details, MDS2, SBOM link), with its history and audit
    /// entry.
    public func edit(
        _ assetID: UUID,
        _ edit: AssetEdit,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> Asset {
        let now = clock()
        return try await database.transaction { store in
            let asset = try await store.assets.get(assetID, organizationID: organizationID)
            let (updated, changes) = try edit.apply(to: asset)
            guard !changes.isEmpty else { return asset }
            try await store.assets.save(
                updated,
                isNew: false,
                change: AssetChange(at: now, source: "edited by \(actor.name)", changes: changes)
            )
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .assetEdited,
                    target: "asset:\(assetID.uuidString.lowercased())",
                    sourceAddress: actor.sourceAddress,
                    details: changes
                )
            )
            return updated
        }
    }

    /// The organization's remediation clocks (the defaults until it sets its own).
    public func remediationPolicy(organizationID: UUID) async throws -> RemediationPolicy {
        try await database.store.settings.get(
            Self.remediationSetting,
            as: RemediationPolicy.self,
            organizationID: organizationID
        ) ?? RemediationPolicy()
    }

    /// Sets the organization's remediation clocks.
    ///
    /// - Throws: `invalidInput` naming the field for a day count below 1 (or above 3650).
    public func setRemediationPolicy(
        _ policy: RemediationPolicy,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws {
        let fields: [(String, Int?)] = [
            ("criticalDays", policy.criticalDays), ("highDays", policy.highDays), ("mediumDays", policy.mediumDays),
            ("lowDays", policy.lowDays), ("reopenWindowDays", policy.reopenWindowDays),
            ("falsePositiveDays", policy.falsePositiveDays),
        ]
        for (field, value) in fields {
            if let value, !(1...3_650).contains(value) {
                throw WardError(.invalidInput, "\(field) must be between 1 and 3650 days", location: field)
            }
        }
        let now = clock()
        try await database.transaction { store in
            try await store.settings.put(Self.remediationSetting, policy, organizationID: organizationID, at: now)
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .settingsChanged,
                    target: Self.remediationSetting,
                    sourceAddress: actor.sourceAddress,
                    details: ["criticalDays": "\(policy.criticalDays)", "highDays": "\(policy.highDays)"]
                )
            )
        }
    }

    static let remediationSetting = "remediation"

    /// A finding with its events, due date and whether it is overdue under the organization's clocks.
    public struct FindingDetail: Sendable, Encodable {
        public var finding: Finding
        public var events: [FindingEvent]
        public var dueAt: Date?
        public var overdue: Bool
    }

    public func finding(_ key: String, organizationID: UUID) async throws -> FindingDetail {
        guard let finding = try await database.store.findings.get(key, organizationID: organizationID) else {
            throw WardError(.notFound, "no finding '\(key)' in this organization", location: "finding")
        }
        let policy = try await remediationPolicy(organizationID: organizationID)
        return FindingDetail(
            finding: finding,
            events: try await database.store.findings.events(key: key, organizationID: organizationID),
            dueAt: policy.dueDate(of: finding),
            overdue: policy.isOverdue(finding, at: clock())
        )
    }
}
