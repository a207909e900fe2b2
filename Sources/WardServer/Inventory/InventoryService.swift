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
        return try await importNmap(
            head: data.prefix(64 * 1024),
            file: file,
            organizationID: organizationID,
            actor: actor
        ) { emit in try NmapXMLReader.read(data, file: file, onHost: emit) }
    }

    /// Imports an nmap XML file from disk, streaming: hosts are parsed and written in batches inside one transaction,
    /// so memory stays flat however many hosts the file holds, and a file that turns out bad halfway imports nothing.
    public func importNmap(
        contentsOf url: URL,
        file: String,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> ImportResult {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw WardError(.notFound, "cannot read \(url.path)", location: file)
        }
        let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        try? handle.close()
        return try await importNmap(head: head, file: file, organizationID: organizationID, actor: actor) { emit in
            try NmapXMLReader.read(contentsOf: url, file: file, onHost: emit)
        }
    }

    private func importNmap(
        head: Data,
        file: String,
        organizationID: UUID,
        actor: AssessmentService.Actor,
        parse: @escaping @Sendable ((ScannedHost) throws -> Void) throws -> NmapRunSummary
    ) async throws -> ImportResult {
        // Hosts are stamped with the scan's start (read from the root element) so a re-import changes nothing.
        let seenAt = Date(milliseconds: (Self.nmapStart(in: head) ?? clock()).milliseconds)
        let source = "nmap \(file)"
        let batches = HostBatches<ScannedHost, NmapRunSummary>()
        batches.start { emit in try parse { host in if host.state == "up" { try emit(host) } } }
        do {
            return try await database.transaction { store in
                var merged = Merged()
                var summary: NmapRunSummary?
                for await event in batches.events {
                    switch event {
                    case .items(let hosts):
                        let observations = hosts.map {
                            Self.observation($0, organizationID: organizationID, at: seenAt)
                        }
                        let batch = try await Self.merge(observations, source: source, at: seenAt, store: store)
                        merged.created += batch.created
                        merged.updated += batch.updated
                        merged.unchanged += batch.unchanged
                        batches.consumed()
                    case .finished(let result):
                        summary = result
                    case .failed(let error):
                        throw error
                    }
                }
                guard let summary else {
                    throw WardError(.internal, "the nmap reader stopped without a result", location: file)
                }
                try await audit(
                    source: source,
                    organizationID: organizationID,
                    actor: actor,
                    merged: merged,
                    store: store
                )
                return ImportResult(
                    hostsRead: summary.hostsRead,
                    created: merged.created,
                    updated: merged.updated,
                    unchanged: merged.unchanged,
                    scanFinished: summary.finished
                )
            }
        } catch {
            batches.stop()
            throw error
        }
    }

    /// The `start` time (seconds since 1970) on the `<nmaprun>` element, when the head of the file has one.
    static func nmapStart(in head: Data) -> Date? {
        let text = String(decoding: head, as: UTF8.self)
        guard let root = text.range(of: "<nmaprun"),
            let match = text[root.upperBound...].range(of: #"\sstart="(\d+)""#, options: .regularExpression)
        else { return nil }
        let digits = text[match].filter(\.isNumber)
        guard let root = text[root.upperBound...].firstIndex(of: ">"), match.lowerBound < root,
            let seconds = TimeInterval(String(digits))
        else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    /// What folding observations into the inventory did, with the asset each observation became.
    struct Merged {
        var created = 0
        var updated = 0
        var unchanged = 0
        var assetIDs: [UUID] = []
    }

    /// Folds observations into the inventory (``AssetMerge``), recording what changed. Run inside a transaction.
    ///
    /// Known assets are looked up for the whole batch at once; new assets are written with multi-row statements.
    /// Two observations of one asset in the same batch fold into each other.
    static func merge(_ observations: [Asset], source: String, at seenAt: Date, store: Store) async throws -> Merged {
        var result = Merged()
        let known = try await store.assets.matches(observations)
        var current: [UUID: Asset] = [:]  // known assets as this batch changed them
        var originals: [UUID: Asset] = [:]
        var changed: [UUID: [String: String]] = [:]
        var fresh: [Asset] = []
        var freshByKey: [String: Int] = [:]
        var freshChanges: [UUID: [String: String]] = [:]
        var knownByKey: [String: UUID] = [:]  // keys known assets hold after this batch's changes
        for (observation, found) in zip(observations, known) {
            let match =
                found
                ?? AssetMerge.keys(of: observation).lazy.compactMap { knownByKey[$0.kind + " " + $0.value] }.first
                .flatMap { current[$0] }
            if let match {
                let base = current[match.id] ?? match
                let (merged, changes) = AssetMerge.merge(base, with: observation)
                current[match.id] = merged
                originals[match.id] = originals[match.id] ?? match
                changed[match.id, default: [:]].merge(changes) { $1 }
                for key in AssetMerge.keys(of: merged) { knownByKey[key.kind + " " + key.value] = match.id }
                result.assetIDs.append(match.id)
            } else if let index = AssetMerge.keys(of: observation).lazy.compactMap({
                freshByKey[$0.kind + " " + $0.value]
            })
            .first {
                let (merged, changes) = AssetMerge.merge(fresh[index], with: observation)
                fresh[index] = merged
                freshChanges[merged.id, default: [:]].merge(changes) { $1 }
                for key in AssetMerge.keys(of: merged) { freshByKey[key.kind + " " + key.value] = index }
                result.assetIDs.append(merged.id)
            } else {
                for key in AssetMerge.keys(of: observation) { freshByKey[key.kind + " " + key.value] = fresh.count }
                fresh.append(observation)
                result.assetIDs.append(observation.id)
            }
        }
        for (id, merged) in current.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            let changes = changed[id] ?? [:]
            if changes.isEmpty && merged == originals[id] {
                result.unchanged += 1
                continue
            }
            try await store.assets.save(
                merged,
                isNew: false,
                change: changes.isEmpty ? nil : AssetChange(at: seenAt, source: source, changes: changes)
            )
            if changes.isEmpty { result.unchanged += 1 } else { result.updated += 1 }
        }
        try await store.assets.insertNew(fresh) { asset in
            AssetChange(at: seenAt, source: source, changes: ["created": "from \(source)"])
        }
        result.created += fresh.count
        return result
    }

    func audit(
        source: String,
        organizationID: UUID,
        actor: AssessmentService.Actor,
        merged: Merged,
        store: Store,
        details: [String: String] = [:]
    ) async throws {
        try await store.audit.append(
            AuditEvent(
                occurredAt: clock(),
                organizationID: organizationID,
                actorUserID: actor.userID,
                actor: actor.name,
                action: .inventoryImported,
                target: source,
                sourceAddress: actor.sourceAddress,
                details: ["created": "\(merged.created)", "updated": "\(merged.updated)"].merging(details) { $1 }
            )
        )
    }

    /// What running a scan's findings through their lifecycle did.
    struct LifecycleCounts {
        var opened = 0
        var reopened = 0
        var closed = 0
    }

    /// Runs the findings a scan reported through their lifecycle against what the organization knows, and stores the
    /// changes and events. Findings of `covered` assets from `source` that the scan did not report close. Run inside
    /// a transaction.
    static func applyFindings(
        _ findings: [Finding],
        source: String,
        at seenAt: Date,
        covered: Set<UUID>,
        organizationID: UUID,
        policy: RemediationPolicy,
        store: Store
    ) async throws -> LifecycleCounts {
        // Only the findings of the assets this scan covered or reported on can change.
        let known = try await store.findings.of(
            assets: covered.union(findings.map(\.assetID)),
            organizationID: organizationID
        )
        let scan = ScanResult(source: source, at: seenAt, coveredAssets: covered, findings: findings)
        let (changed, events) = FindingsLifecycle.apply(scan, to: known, policy: policy)
        try await store.findings.save(Array(changed.values), events: events, organizationID: organizationID)
        var counts = LifecycleCounts()
        for event in events {
            switch event.kind {
            case .opened: counts.opened += 1
            case .reopened: counts.reopened += 1
            case .closed: counts.closed += 1
            default: break
            }
        }
        return counts
    }

    /// Marks a finding a false positive (with a reason, until an expiry) or accepts its risk (approver, expiry,
    /// compensating controls), recording the event and the audit entry.
    public func decide(
        findingKey: String,
        organizationID: UUID,
        actor: AssessmentService.Actor,
        _ decision: (Finding, Date) throws -> (Finding, FindingEvent)
    ) async throws -> Finding {
        let now = clock()
        guard let finding = try await database.store.findings.get(findingKey, organizationID: organizationID) else {
            throw WardError(
                .notFound,
                "no finding '\(findingKey)' in this organization; see ward findings --format json",
                location: "finding"
            )
        }
        let (updated, event) = try decision(finding, now)
        try await database.transaction { store in
            try await store.findings.save([updated], events: [event], organizationID: organizationID)
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .findingDecided,
                    target: "finding:\(findingKey)",
                    sourceAddress: actor.sourceAddress,
                    details: ["decision": event.kind.rawValue, "note": event.note ?? ""]
                )
            )
        }
        return updated
    }

    /// What a Nessus import did to assets and findings.
    public struct NessusImportResult: Sendable, Codable {
        public var hostsRead: Int
        public var assetsCreated: Int
        public var assetsUpdated: Int
        public var findingsOpened: Int
        public var findingsReopened: Int
        public var findingsClosed: Int
        public var findingsSeen: Int
    }

    /// Imports a Nessus v2 export: hosts fold into assets, and plugin results of low severity and above become
    /// findings run through their lifecycle (a finding of a host in the file that the file no longer reports closes).
    /// All of it or, for a bad file, nothing.
    public func importNessus(
        _ data: Data,
        file: String,
        organizationID: UUID,
        actor: AssessmentService.Actor,
        policy: RemediationPolicy = RemediationPolicy()
    ) async throws -> NessusImportResult {
        var collected: [NessusHost] = []
        let hostsRead = try NessusReader.read(data, file: file) { collected.append($0) }
        let hosts = collected
        let seenAt = Date(milliseconds: clock().milliseconds)
        let source = "nessus \(file)"
        return try await database.transaction { (store: Store) -> NessusImportResult in
            try await applyNessus(
                hosts,
                hostsRead: hostsRead,
                source: source,
                at: seenAt,
                organizationID: organizationID,
                actor: actor,
                policy: policy,
                store: store
            )
        }
    }

    private func applyNessus(
        _ hosts: [NessusHost],
        hostsRead: Int,
        source: String,
        at seenAt: Date,
        organizationID: UUID,
        actor: AssessmentService.Actor,
        policy: RemediationPolicy,
        store: Store
    ) async throws -> NessusImportResult {
        let observations = hosts.map { Self.observation($0, organizationID: organizationID, at: seenAt) }
        let merged = try await Self.merge(observations, source: source, at: seenAt, store: store)
        // One finding per key: a plugin can report the same port more than once.
        var unique: [String: Finding] = [:]
        for (host, assetID) in zip(hosts, merged.assetIDs) {
            for item in host.items where item.severity >= 1 && !item.pluginID.isEmpty && item.pluginID != "0" {
                let finding = Finding(
                    assetID: assetID,
                    port: item.port == 0 ? nil : item.port,
                    transport: item.transport,
                    source: "nessus",
                    rule: item.pluginID,
                    title: item.pluginName,
                    severity: item.wardSeverity,
                    cve: item.cves.first,
                    firstSeen: seenAt
                )
                if unique[finding.key] == nil { unique[finding.key] = finding }
            }
        }
        let counts = try await Self.applyFindings(
            Array(unique.values),
            source: "nessus",
            at: seenAt,
            covered: Set(merged.assetIDs),
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
        return NessusImportResult(
            hostsRead: hostsRead,
            assetsCreated: merged.created,
            assetsUpdated: merged.updated,
            findingsOpened: counts.opened,
            findingsReopened: counts.reopened,
            findingsClosed: counts.closed,
            findingsSeen: unique.count
        )
    }

    static func observation(_ host: NessusHost, organizationID: UUID, at date: Date) -> Asset {
        let vendor = host.mac.flatMap { vendors?.vendor(ofMAC: $0) }
        var services: [AssetService] = []
        for item in host.items
        where item.port > 0 && !services.contains(where: { $0.port == item.port && $0.transport == item.transport }) {
            services.append(
                AssetService(
                    transport: item.transport,
                    port: item.port,
                    name: item.serviceName,
                    product: nil,
                    version: nil,
                    cpes: []
                )
            )
        }
        let names = [host.fqdn, host.netbiosName].compactMap { $0 }.filter { !$0.isEmpty }
        let address = host.address ?? (host.name.first?.isNumber == true || host.name.contains(":") ? host.name : nil)
        return Asset(
            organizationID: organizationID,
            name: names.first ?? host.address ?? host.name,
            addresses: address.map { [$0] } ?? [],
            macs: host.mac.map { [$0] } ?? [],
            hostnames: names.isEmpty && address == nil ? [host.name] : names,
            interfaceVendor: vendor,
            operatingSystem: host.operatingSystem,
            services: services,
            firstSeen: date,
            lastSeen: date,
            likelyMedical: MedicalManufacturers.matches(vendor)
        )
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
