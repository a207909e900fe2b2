import Foundation
import WardCore
import WardInterop
import WardStore

/// The asset inventory: imports that fold observations into assets, and reads.
public struct InventoryService: Sendable {
    public let database: Database
    let clock: @Sendable () -> Date

    public init(database: Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// The IEEE registry of MAC prefixes, read once (nil when Debian's `ieee-data` is not installed).
    static let vendors: InterfaceVendors? = InterfaceVendors.installed()

    /// What an import did.
    public struct ImportResult: Sendable, Codable {
        public var hostsRead: Int
        public var created: Int
        public var updated: Int
        public var unchanged: Int
        /// False when nmap stopped before it finished (the file has no run statistics).
        public var scanFinished: Bool
    }

    /// Imports nmap XML: every host that was up becomes or updates an asset; all of it or, for a bad file, none.
    /// Importing the same file twice creates and changes nothing.
    public func importNmap(
        _ data: Data,
        file: String,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> ImportResult {
        var hosts: [ScannedHost] = []
        let summary = try NmapXMLReader.read(data, file: file) { host in
            if host.state == "up" { hosts.append(host) }
        }
        let seenAt = Date(milliseconds: (summary.startedAt ?? clock()).milliseconds)
        let observations = hosts.map { Self.observation($0, organizationID: organizationID, at: seenAt) }
        let source = "nmap \(file)"
        let result = try await database.transaction { store in
            var created = 0
            var updated = 0
            var unchanged = 0
            for observation in observations {
                if let known = try await store.assets.match(observation) {
                    let (merged, changes) = AssetMerge.merge(known, with: observation)
                    if changes.isEmpty && merged == known {
                        unchanged += 1
                        continue
                    }
                    try await store.assets.save(
                        merged,
                        isNew: false,
                        change: changes.isEmpty ? nil : AssetChange(at: seenAt, source: source, changes: changes)
                    )
                    if changes.isEmpty { unchanged += 1 } else { updated += 1 }
                } else {
                    try await store.assets.save(
                        observation,
                        isNew: true,
                        change: AssetChange(at: seenAt, source: source, changes: ["created": "from \(source)"])
                    )
                    created += 1
                }
            }
            try await store.audit.append(
                AuditEvent(
                    occurredAt: clock(),
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .inventoryImported,
                    target: source,
                    sourceAddress: actor.sourceAddress,
                    details: ["created": "\(created)", "updated": "\(updated)"]
                )
            )
            return ImportResult(
                hostsRead: summary.hostsRead,
                created: created,
                updated: updated,
                unchanged: unchanged,
                scanFinished: summary.finished
            )
        }
        return result
    }

    /// A scanned host as an asset observation: its interface maker from the IEEE registry (or nmap's own guess), and
    /// whether that maker builds medical devices.
    static func observation(_ host: ScannedHost, organizationID: UUID, at date: Date) -> Asset {
        let vendor = host.mac.flatMap { vendors?.vendor(ofMAC: $0) } ?? host.macVendor
        let services = host.ports.filter { $0.state == "open" }.map {
            AssetService(
                transport: $0.transport,
                port: $0.number,
                name: $0.service,
                product: $0.product,
                version: $0.version,
                cpes: $0.cpes
            )
        }
        return Asset(
            organizationID: organizationID,
            name: host.hostnames.first ?? host.addresses.first ?? host.mac ?? "unnamed",
            addresses: host.addresses,
            macs: host.mac.map { [$0] } ?? [],
            hostnames: host.hostnames,
            interfaceVendor: vendor,
            operatingSystem: host.osMatches.max { $0.accuracy < $1.accuracy }?.name,
            services: services,
            firstSeen: date,
            lastSeen: date,
            likelyMedical: MedicalManufacturers.matches(vendor)
        )
    }
}
