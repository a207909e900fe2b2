import WardCore

/// Finds the CVEs whose NVD configurations apply to a product, given the CPE names Ward knows for it.
///
/// The matcher reads every criterion once and indexes the vulnerable ones by vendor and product, so a product is
/// compared only with the configurations that could concern it: matching an 803-component SBOM against a few
/// thousand configurations takes milliseconds. Configurations are evaluated with three outcomes: met, not met, and
/// "met unless a platform Ward cannot see is required" — the last gives a match of lower confidence, never a silent
/// miss.
public struct NVDMatcher: Sendable {
    struct IndexedConfiguration: Sendable {
        var cve: String
        var configuration: Int
        var nodes: [IndexedNode]
        var isAnd: Bool
        var negate: Bool
    }

    struct IndexedNode: Sendable {
        var criteria: [CPECriterion]
        var isAnd: Bool
        var negate: Bool
        /// A node of platform criteria only (none vulnerable): "running on".
        var isPlatform: Bool
    }

    private var configurations: [IndexedConfiguration] = []
    /// Configurations by "vendor:product" of a vulnerable criterion, lower case.
    private var byProduct: [String: [Int]] = [:]
    /// Configurations whose vulnerable criterion has a wildcard vendor or product.
    private var wildcard: [Int] = []
    /// Criteria that could not be read, with the reason; they are skipped, not fatal.
    public private(set) var unreadableCriteria: [String] = []

    /// Indexes the configurations of `records`.
    public init(records: [NVDRecord]) {
        for record in records {
            for (configurationIndex, configuration) in (record.configurations ?? []).enumerated() {
                var nodes: [IndexedNode] = []
                for node in configuration.nodes {
                    var criteria: [CPECriterion] = []
                    for match in node.cpeMatch {
                        do {
                            criteria.append(try CPECriterion(match))
                        } catch {
                            unreadableCriteria.append("\(record.id): \(match.criteria)")
                        }
                    }
                    nodes.append(
                        IndexedNode(
                            criteria: criteria,
                            isAnd: node.operator.uppercased() == "AND",
                            negate: node.negate ?? false,
                            isPlatform: !criteria.contains { $0.source.vulnerable }
                        )
                    )
                }
                let index = configurations.count
                configurations.append(
                    IndexedConfiguration(
                        cve: record.id,
                        configuration: configurationIndex,
                        nodes: nodes,
                        isAnd: configuration.operator?.uppercased() == "AND",
                        negate: configuration.negate ?? false
                    )
                )
                var keys = Set<String>()
                var needsWildcard = false
                for node in nodes {
                    for criterion in node.criteria where criterion.source.vulnerable {
                        if let key = Self.key(criterion.name) { keys.insert(key) } else { needsWildcard = true }
                    }
                }
                for key in keys { byProduct[key, default: []].append(index) }
                if needsWildcard { wildcard.append(index) }
            }
        }
    }

    /// The number of configurations indexed.
    public var configurationCount: Int { configurations.count }

    static func key(_ name: CPEName) -> String? {
        guard case .value(let vendor) = name.vendor, case .value(let product) = name.product else { return nil }
        return vendor.lowercased() + ":" + product.lowercased()
    }

    /// The CVEs whose configurations the product meets.
    ///
    /// - Parameters:
    ///   - names: every CPE name Ward knows for one product or asset (a device's firmware and hardware together).
    ///   - platformKnown: true when `names` is the whole platform (an asset), so that a configuration needing a
    ///     platform absent from `names` is not met; false for a component seen on its own (an SBOM entry), so
    ///     that such a configuration gives a lower-confidence match instead.
    /// - Returns: one match per CVE, the strongest if several configurations apply.
    public func matches(for names: [CPEName], platformKnown: Bool) -> [CPEVulnerabilityMatch] {
        var candidates = Set<Int>(wildcard)
        for name in names {
            if let key = Self.key(name), let found = byProduct[key] { candidates.formUnion(found) }
        }
        var best: [String: CPEVulnerabilityMatch] = [:]
        for index in candidates.sorted() {
            guard let match = evaluate(configurations[index], names: names, platformKnown: platformKnown) else {
                continue
            }
            if let existing = best[match.cve], existing.confidence <= match.confidence { continue }
            best[match.cve] = match
        }
        return best.values.sorted { $0.cve < $1.cve }
    }

    private enum Truth { case yes, no, unknown }

    private func evaluate(
        _ configuration: IndexedConfiguration,
        names: [CPEName],
        platformKnown: Bool
    )
        -> CPEVulnerabilityMatch?
    {
        var vulnerableHits: [(CPECriterion, CPEName, CPECriterion.Outcome)] = []
        var platformHits: [(CPECriterion, CPEName)] = []
        var nodeTruths: [Truth] = []
        for node in configuration.nodes {
            var truths: [Truth] = []
            for criterion in node.criteria {
                var truth = Truth.no
                for name in names {
                    switch criterion.evaluate(name) {
                    case .matches:
                        truth = .yes
                        if criterion.source.vulnerable {
                            vulnerableHits.append((criterion, name, .matches))
                        } else {
                            platformHits.append((criterion, name))
                        }
                    case .versionUnknown:
                        if truth == .no { truth = .unknown }
                        if criterion.source.vulnerable { vulnerableHits.append((criterion, name, .versionUnknown)) }
                    case .noMatch:
                        break
                    }
                    if truth == .yes { break }
                }
                if truth == .no, node.isPlatform, !platformKnown { truth = .unknown }
                truths.append(truth)
            }
            var nodeTruth = Self.combine(truths, and: node.isAnd)
            if node.negate { nodeTruth = Self.negate(nodeTruth) }
            nodeTruths.append(nodeTruth)
        }
        var truth = Self.combine(nodeTruths, and: configuration.isAnd)
        if configuration.negate { truth = Self.negate(truth) }
        guard truth != .no, let hit = vulnerableHits.first(where: { $0.2 == .matches }) ?? vulnerableHits.first else {
            return nil
        }
        let confirmed = truth == .yes && hit.2 == .matches
        var reason = "\(hit.1) meets NVD's criterion \(hit.0.source.criteria) (\(hit.0.summary))"
        if hit.0.name.part != hit.1.part, let nvdPart = hit.0.name.part.text, let ownPart = hit.1.part.text {
            reason += " (NVD files it under part '\(nvdPart)', the product's name under '\(ownPart)')"
        }
        if let platform = platformHits.first {
            reason += ", running on \(platform.1) which meets \(platform.0.source.criteria)"
        } else if truth == .unknown, hit.2 == .matches {
            reason += "; NVD lists it only on certain platforms, which Ward cannot confirm here"
        }
        if hit.2 == .versionUnknown { reason += "; the product's version is not known" }
        return CPEVulnerabilityMatch(
            cve: configuration.cve,
            criterion: hit.0.source.criteria,
            matchedName: hit.1,
            reason: reason,
            confidence: confirmed ? .exactCPE : .cpeUnconfirmed
        )
    }

    private static func combine(_ truths: [Truth], and: Bool) -> Truth {
        if and {
            if truths.contains(.no) { return .no }
            return truths.contains(.unknown) ? .unknown : .yes
        }
        if truths.contains(.yes) { return .yes }
        return truths.contains(.unknown) ? .unknown : .no
    }

    private static func negate(_ truth: Truth) -> Truth {
        switch truth {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}

/// A CVE that applies to a product through an NVD configuration, with the reason.
public struct CPEVulnerabilityMatch: Sendable, Hashable, Codable {
    public var cve: String
    /// The NVD criterion that the product met.
    public var criterion: String
    /// The product's CPE name that met it.
    public var matchedName: CPEName
    /// Which name met which criterion and range, in words.
    public var reason: String
    public var confidence: MatchConfidence
}
