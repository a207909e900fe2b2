import Foundation
import WardCore
import WardInterop
import WardStore

extension InventoryService {
    /// What an OpenVAS / Greenbone import did to assets and findings.
    public struct OpenVASImportResult: Sendable, Codable {
        public var hostsRead: Int
        public var resultsRead: Int
        public var assetsCreated: Int
        public var assetsUpdated: Int
        public var findingsOpened: Int
        public var findingsReopened: Int
        public var findingsClosed: Int
        public var findingsSeen: Int
        /// False when the report says the scan stopped or was interrupted.
        public var scanFinished: Bool
    }

    /// Imports a Greenbone (GVM / OpenVAS) XML report: hosts fold into assets; results of low severity and above become
    /// findings (source `openvas`, rule the NVT's OID) run through their lifecycle. Results the scanner itself marked as
    /// false positives are left out. All of it or, for a bad file, nothing.
    public func importOpenVAS(
        _ data: Data,
        file: String,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> OpenVASImportResult {
        var collected: [OpenVASHost] = []
        let summary = try OpenVASReader.read(data, file: file) { collected.append($0) }
        let hosts = collected
        let seenAt = Date(milliseconds: clock().milliseconds)
        let source = "openvas \(file)"
        let policy = try await remediationPolicy(organizationID: organizationID)
        return try await database.transaction { (store: Store) -> OpenVASImportResult in
            let observations = hosts.map { Self.observation($0, organizationID: organizationID, at: seenAt) }
            let merged = try await Self.merge(observations, source: source, at: seenAt, store: store)
            var unique: [String: Finding] = [:]
            for (host, assetID) in zip(hosts, merged.assetIDs) {
                for result in host.results
                where result.wardSeverity >= .low && !result.isFalsePositiveOverride && !result.oid.isEmpty {
                    let finding = Finding(
                        assetID: assetID,
                        port: result.port,
                        transport: result.transport,
                        source: "openvas",
                        rule: result.oid,
                        title: result.name,
                        severity: result.wardSeverity,
                        cve: result.cves.first,
                        firstSeen: seenAt
                    )
                    if unique[finding.key] == nil { unique[finding.key] = finding }
                }
            }
            let counts = try await Self.applyFindings(
                Array(unique.values),
                source: "openvas",
                at: seenAt,
                covered: summary.finished ? Set(merged.assetIDs) : [],
                organizationID: organizationID,
                policy: policy,
                store: store
            )
            try await audit(
                source: source,
                organizationID: organizationID,
                actor: actor,
                merged: merged,
                store: store,
                details: ["findings": "\(unique.count)"]
            )
            return OpenVASImportResult(
                hostsRead: summary.hostsRead,
                resultsRead: summary.resultsRead,
                assetsCreated: merged.created,
                assetsUpdated: merged.updated,
                findingsOpened: counts.opened,
                findingsReopened: counts.reopened,
                findingsClosed: counts.closed,
                findingsSeen: unique.count,
                scanFinished: summary.finished
            )
        }
    }

    static func observation(_ host: OpenVASHost, organizationID: UUID, at date: Date) -> Asset {
        let vendor = host.mac.flatMap { vendors?.vendor(ofMAC: $0) }
        return Asset(
            organizationID: organizationID,
            name: host.hostnames.first ?? host.address,
            addresses: [host.address],
            macs: host.mac.map { [$0] } ?? [],
            hostnames: host.hostnames,
            interfaceVendor: vendor,
            operatingSystem: host.operatingSystem,
            services: host.openPorts.map {
                AssetService(
                    transport: $0.transport,
                    port: $0.number,
                    name: nil,
                    product: nil,
                    version: nil,
                    cpes: []
                )
            },
            firstSeen: date,
            lastSeen: date,
            likelyMedical: MedicalManufacturers.matches(vendor)
        )
    }
}
