import Foundation
import WardCore
import WardScanner
import WardStore

extension InventoryService {
    /// What recording a scan did.
    public struct ScanRecordResult: Sendable, Codable {
        public var hostsUp: Int
        public var assetsCreated: Int
        public var assetsUpdated: Int
        public var findingsSeen: Int
        public var findingsOpened: Int
        public var findingsReopened: Int
        public var findingsClosed: Int
    }

    /// Records a scan by Ward's own scanner: hosts that answered fold into assets with their open ports, the exposure
    /// rules turn what was seen into findings (source `ward-scanner`), and exposures of scanned hosts that are gone
    /// close. One transaction, with an audit entry naming the profile and who ran it.
    ///
    /// - Parameter facts: what probes learned, by address and port (`dicom.accepts_any_caller` = `true`).
    public func recordScan(
        _ scans: [HostScan],
        facts: [String: [Int: [String: String]]] = [:],
        profile: String,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> ScanRecordResult {
        let now = Date(milliseconds: clock().milliseconds)
        let policy = try await remediationPolicy(organizationID: organizationID)
        return try await database.transaction { store in
            let result = try await Self.applyScan(
                scans,
                facts: facts,
                source: "ward scan (\(profile))",
                at: now,
                organizationID: organizationID,
                policy: policy,
                store: store
            )
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .scanResultsReceived,
                    target: scans.map(\.address).prefix(20).joined(separator: " "),
                    sourceAddress: actor.sourceAddress,
                    details: [
                        "profile": profile, "hosts": "\(scans.count)", "up": "\(result.hostsUp)",
                        "findings": "\(result.findingsSeen)",
                    ]
                )
            )
            return result
        }
    }

    /// Folds scans into assets and exposure findings; run inside a transaction.
    static func applyScan(
        _ scans: [HostScan],
        facts: [String: [Int: [String: String]]],
        source: String,
        at now: Date,
        organizationID: UUID,
        policy: RemediationPolicy,
        store: Store
    ) async throws -> ScanRecordResult {
        let up = scans.filter(\.up)
        let observations = up.map { scan in
            Asset(
                organizationID: organizationID,
                name: scan.address,
                addresses: [scan.address],
                services: scan.ports.filter { $0.state == .open }.map {
                    // What the service probes learned names the service and gives the CPE that intelligence
                    // matching uses.
                    let found = facts[scan.address]?[$0.port] ?? [:]
                    return AssetService(
                        transport: $0.transport,
                        port: $0.port,
                        name: found["service"],
                        product: found["product"] ?? found["http.server"],
                        version: found["version"],
                        cpes: found["cpe"].map { [$0] } ?? []
                    )
                },
                firstSeen: now,
                lastSeen: now
            )
        }
        let merged = try await merge(observations, source: source, at: now, store: store)
        var findings: [String: Finding] = [:]
        for (scan, assetID) in zip(up, merged.assetIDs) {
            let hostFacts = facts[scan.address] ?? [:]
            var services = scan.ports.map {
                ObservedService(
                    port: $0.port,
                    transport: $0.transport,
                    state: $0.state,
                    facts: hostFacts[$0.port] ?? [:]
                )
            }
            // Facts about ports the sweep did not list (a probe on its own) still count.
            for (port, portFacts) in hostFacts where !services.contains(where: { $0.port == port }) {
                services.append(ObservedService(port: port, state: .open, facts: portFacts))
            }
            for match in ExposureRule.evaluate(services) {
                let finding = Finding(
                    assetID: assetID,
                    port: match.port,
                    transport: match.transport,
                    source: "ward-scanner",
                    rule: match.rule.id,
                    title: match.rule.title,
                    severity: match.rule.severity,
                    firstSeen: now
                )
                findings[finding.key] = finding
            }
        }
        let counts = try await applyFindings(
            Array(findings.values),
            source: "ward-scanner",
            at: now,
            covered: Set(merged.assetIDs),
            organizationID: organizationID,
            policy: policy,
            store: store
        )
        return ScanRecordResult(
            hostsUp: up.count,
            assetsCreated: merged.created,
            assetsUpdated: merged.updated,
            findingsSeen: findings.count,
            findingsOpened: counts.opened,
            findingsReopened: counts.reopened,
            findingsClosed: counts.closed
        )
    }
}
