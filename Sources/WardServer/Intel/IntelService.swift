import Foundation
import WardCore
import WardIntel
import WardStore

/// Vulnerability intelligence for an organization: SBOMs attached to its assets, and the matching of everything it
/// owns against the stored feeds (``IntelMatcher``).
public struct IntelService: Sendable {
    public let database: Database
    let clock: @Sendable () -> Date

    public init(database: Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// Reads an SBOM (CycloneDX or SPDX, JSON, XML or tag-value) and attaches it to an asset of the organization,
    /// replacing the SBOM it had; the asset records the link and the change goes into its history and the audit log.
    ///
    /// - Throws: `invalidInput` naming the file and the place of the problem (nothing is stored); `notFound` for an
    ///   asset of another organization.
    public func importSBOM(
        _ data: Data,
        file: String,
        assetID: UUID,
        organizationID: UUID,
        actor: AssessmentService.Actor
    ) async throws -> AssetSBOM {
        let sbom = try SBOMReader.read(data, file: file)
        let now = Date(milliseconds: clock().milliseconds)
        let digest = SHA256Digest.hex(data)
        let record = AssetSBOM(
            assetID: assetID,
            organizationID: organizationID,
            fileName: file,
            sbom: sbom,
            sha256: digest,
            importedAt: now
        )
        return try await database.transaction { (store: Store) -> AssetSBOM in
            var asset = try await store.assets.get(assetID, organizationID: organizationID)
            let reference = SBOMReference(
                format: sbom.format.rawValue,
                name: file,
                document: digest,
                componentCount: sbom.components.count
            )
            let previous = try await store.assetSBOMs.get(assetID: assetID, organizationID: organizationID)
            let before = previous.map { "\($0.fileName) (\($0.sbom.components.count) components)" } ?? "none"
            // A medical device links its SBOM in its details (HICP practice 9); any asset keeps it in the table.
            asset.medical?.sbom = reference
            try await store.assetSBOMs.save(record)
            try await store.assets.save(
                asset,
                isNew: false,
                change: AssetChange(
                    at: now,
                    source: "sbom \(file)",
                    changes: ["sbom": "\(before) → \(file) (\(sbom.components.count) components)"]
                )
            )
            try await store.audit.append(
                AuditEvent(
                    occurredAt: now,
                    organizationID: organizationID,
                    actorUserID: actor.userID,
                    actor: actor.name,
                    action: .sbomImported,
                    target: asset.name,
                    sourceAddress: actor.sourceAddress,
                    details: ["file": file, "components": "\(sbom.components.count)", "sha256": digest]
                )
            )
            return record
        }
    }

    /// What the organization owns, as targets for matching: each asset (its services' CPE names, and for a medical
    /// device its maker, model and software version) and each component of each asset's SBOM, with the asset's
    /// clinical criticality for prioritisation.
    public func targets(organizationID: UUID) async throws -> [MatchTarget] {
        let store = database.store
        let assets = try await store.assets.list(organizationID: organizationID)
        let sboms = Dictionary(
            try await store.assetSBOMs.list(organizationID: organizationID).map { ($0.assetID, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var targets: [MatchTarget] = []
        for asset in assets {
            let device = asset.medical
            let context = Prioritizer.Context(
                criticality: device?.criticality,
                handlesPHI: (device?.storesPHI ?? false) || (device?.sendsPHI ?? false)
            )
            let names = asset.services.flatMap(\.cpes).compactMap { try? CPEName($0) }
            if !names.isEmpty || device != nil {
                targets.append(
                    MatchTarget(
                        id: asset.id.uuidString.lowercased(),
                        label: asset.name,
                        vendor: device?.manufacturer,
                        product: device?.model,
                        version: device?.softwareVersion,
                        cpes: names,
                        platformKnown: true,
                        context: context,
                        firstSeen: asset.firstSeen
                    )
                )
            }
            if let attached = sboms[asset.id] {
                var unreadable: [String] = []
                for component in attached.sbom.components {
                    var target = MatchTarget(
                        component: component,
                        in: attached.fileName,
                        context: context,
                        firstSeen: asset.firstSeen,
                        unreadable: &unreadable
                    )
                    target.id = "\(asset.id.uuidString.lowercased())#\(component.reference)"
                    target.label = "\(component.name)\(component.version.map { " \($0)" } ?? "") on \(asset.name)"
                    targets.append(target)
                }
            }
        }
        return targets
    }

    /// The stored feeds, read into the matcher's sources.
    public func sources() async throws -> IntelMatcher.Sources {
        let feeds = database.store.intelFeeds
        func decode<T: Decodable>(_ type: T.Type, _ kind: FeedKind) async throws -> [T] {
            try await feeds.documents(kind: kind).map { document in
                try IntelDocument.decode(type, from: Data(document.body.utf8), file: "\(kind.rawValue) \(document.id)")
            }
        }
        let kev = try await feeds.kevEntries().map(\.entry)
        return IntelMatcher.Sources(
            nvd: try await decode(NVDRecord.self, .nvd),
            osv: try await decode(OSVRecord.self, .osv),
            csaf: try await decode(CSAFDocument.self, .csaf).map { ($0.document.tracking.id, $0) },
            kev: kev.isEmpty ? nil : KEVCatalog(catalogVersion: "stored", vulnerabilities: kev),
            cve: try await decode(CVERecord.self, .cve)
        )
    }

    /// Everything the stored feeds say affects the organization, most urgent first, each with its reasons,
    /// prioritised with the organization's remediation clocks and the EPSS scores of the matched CVEs.
    public func match(organizationID: UUID) async throws -> [VulnerabilityMatch] {
        try await match(try await targets(organizationID: organizationID), organizationID: organizationID)
    }

    /// Matches targets already read (``targets(organizationID:)``) for the organization.
    func match(_ targets: [MatchTarget], organizationID: UUID) async throws -> [VulnerabilityMatch] {
        guard !targets.isEmpty else { return [] }
        var sources = try await sources()
        let policy = try await InventoryService(database: database, clock: clock)
            .remediationPolicy(organizationID: organizationID)
        let prioritizer = Prioritizer(policy: policy)
        let first = IntelMatcher(sources, prioritizer: prioritizer).match(targets)
        // EPSS has a score for every CVE; only the matched ones are read.
        let scores = try await database.store.intelFeeds.epssScores(cves: first.map(\.vulnerability))
        guard !scores.isEmpty else { return first }
        sources.epss = EPSSScores(
            modelVersion: scores.values.first?.modelVersion,
            scoreDate: scores.values.first?.scoreDate,
            scores: scores.mapValues { EPSSScores.Score(probability: $0.probability, percentile: $0.percentile) }
        )
        return IntelMatcher(sources, prioritizer: prioritizer).match(targets)
    }

    /// The organization's alerts in these states, about a vendor (any spelling) or affecting an asset whose name
    /// contains `asset`, most urgent first: what `ward alerts list`, the API and the Alerts page show.
    public func alerts(
        organizationID: UUID,
        states: Set<IntelAlert.State>,
        vendor: String? = nil,
        asset: String? = nil
    ) async throws -> [IntelAlert] {
        var alerts = try await database.store.intelAlerts.list(organizationID: organizationID, states: states)
        if let vendor { alerts = alerts.filter { $0.vendors.contains(VendorNames.canonical(vendor)) } }
        if let asset { alerts = alerts.filter { $0.assets.contains { $0.localizedCaseInsensitiveContains(asset) } } }
        func urgency(_ alert: IntelAlert) -> Int {
            alert.decision.flatMap(PriorityDecision.init(rawValue:)).flatMap(PriorityDecision.allCases.firstIndex)
                ?? PriorityDecision.allCases.count
        }
        return alerts.sorted { (urgency($0), $0.vulnerability) < (urgency($1), $1.vulnerability) }
    }

    /// The states a filter word names: `active`, `suppressed`, `resolved` or `all`; nil for anything else.
    public static func alertStates(_ word: String) -> Set<IntelAlert.State>? {
        if word == "all" { return Set(IntelAlert.State.allCases) }
        return IntelAlert.State(rawValue: word).map { [$0] }
    }
}
