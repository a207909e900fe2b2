import Foundation
import WardCore

/// Matches what an organisation owns against every source of vulnerability intelligence Ward holds, explains each
/// match, applies VEX statements, and prioritises what remains.
///
/// - NVD configurations by CPE name (``NVDMatcher``), with NVD's version ranges;
/// - OSV records by package URL (``OSVIndex``), with the ecosystem's version ordering;
/// - CSAF advisories by the product's CPE or purl when the advisory gives one, otherwise by vendor (normalised, with
///   ``VendorNames``' aliases), product name and version or range (``VersionRange``);
/// - KEV, EPSS and CVE 5 records (CISA's SSVC points) to prioritise (``Prioritizer``).
///
/// One match is made per target and vulnerability, with every source listed. Build the matcher once per set of
/// feeds; matching is then a few dictionary lookups per target.
public struct IntelMatcher: Sendable {
    /// The intelligence to match against.
    public struct Sources: Sendable {
        public var nvd: [NVDRecord]
        public var osv: [OSVRecord]
        /// CSAF documents with the file or URL they came from.
        public var csaf: [(name: String, document: CSAFDocument)]
        public var kev: KEVCatalog?
        public var epss: EPSSScores?
        public var cve: [CVERecord]
        /// VEX statements from any format (CycloneDX, OpenVEX, CSAF VEX documents are added by the matcher).
        public var vex: [VEXStatement]

        public init(
            nvd: [NVDRecord] = [],
            osv: [OSVRecord] = [],
            csaf: [(name: String, document: CSAFDocument)] = [],
            kev: KEVCatalog? = nil,
            epss: EPSSScores? = nil,
            cve: [CVERecord] = [],
            vex: [VEXStatement] = []
        ) {
            self.nvd = nvd
            self.osv = osv
            self.csaf = csaf
            self.kev = kev
            self.epss = epss
            self.cve = cve
            self.vex = vex
        }
    }

    struct CSAFEntry: Sendable {
        var document: String
        var trackingID: String
        var title: String
        var cve: String?
        var vulnerabilityTitle: String?
        var product: CSAFProduct
        var range: VersionRange?
        var cvss: NVDMetrics.CVSSData?
        var remediation: String?
        var productWords: Set<String>
        var cpe: CPECriterion?
        var purl: PackageURL?
    }

    private let nvdMatcher: NVDMatcher
    private let osvIndex: OSVIndex
    private var csafByVendor: [String: [CSAFEntry]] = [:]
    private var csafByIdentifier: [CSAFEntry] = []
    private let kevByCVE: [String: KEVEntry]
    private let epss: EPSSScores?
    private var nvdByCVE: [String: NVDRecord] = [:]
    private var cveByID: [String: CVERecord] = [:]
    private var vexByVulnerability: [String: [VEXStatement]] = [:]
    private var csafScoreByCVE: [String: NVDMetrics.CVSSData] = [:]
    public var prioritizer: Prioritizer

    /// Indexes `sources`.
    public init(_ sources: Sources, prioritizer: Prioritizer = Prioritizer()) {
        nvdMatcher = NVDMatcher(records: sources.nvd)
        osvIndex = OSVIndex(records: sources.osv)
        kevByCVE = Dictionary(
            (sources.kev?.vulnerabilities ?? []).map { ($0.cveID, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        epss = sources.epss
        self.prioritizer = prioritizer
        for record in sources.nvd { nvdByCVE[record.id] = record }
        for record in sources.cve { cveByID[record.id] = record }
        var vex = sources.vex
        for (name, document) in sources.csaf {
            if document.isVEX { vex.append(contentsOf: document.vexStatements()) }
            index(document, name: name)
        }
        for statement in vex { vexByVulnerability[statement.vulnerability.uppercased(), default: []].append(statement) }
    }

    private mutating func index(_ document: CSAFDocument, name: String) {
        let catalog = document.productCatalog
        for vulnerability in document.vulnerabilities ?? [] {
            for assessment in document.assessments(for: vulnerability, in: catalog)
            where assessment.meaning == .affected {
                guard let product = assessment.product else { continue }
                let score = assessment.cvssV3.map {
                    NVDMetrics.CVSSData(
                        version: $0.version,
                        vectorString: $0.vectorString,
                        baseScore: $0.baseScore,
                        baseSeverity: $0.baseSeverity
                    )
                }
                let helper = product.identificationHelper
                let entry = CSAFEntry(
                    document: name,
                    trackingID: document.document.tracking.id,
                    title: document.document.title,
                    cve: vulnerability.cve,
                    vulnerabilityTitle: vulnerability.title,
                    product: product,
                    range: product.versionRange.flatMap(VersionRange.parse),
                    cvss: score,
                    remediation: assessment.remediations.first?.details,
                    productWords: Set(VendorNames.words(product.productName ?? product.name)),
                    cpe: helper?.cpe.flatMap {
                        try? CPECriterion(
                            NVDConfiguration.CPEMatch(vulnerable: true, criteria: $0, matchCriteriaId: nil)
                        )
                    },
                    purl: helper?.purl.flatMap { try? PackageURL(parsing: $0) }
                )
                if let cve = entry.cve, let cvss = entry.cvss, csafScoreByCVE[cve] == nil { csafScoreByCVE[cve] = cvss }
                if entry.cpe != nil || entry.purl != nil { csafByIdentifier.append(entry) }
                if let vendor = product.vendor {
                    csafByVendor[VendorNames.canonical(vendor), default: []].append(entry)
                }
            }
        }
    }

    /// The vulnerabilities that affect each target, most urgent first.
    public func match(_ targets: [MatchTarget]) -> [VulnerabilityMatch] {
        var result: [VulnerabilityMatch] = []
        for target in targets {
            var byVulnerability: [String: VulnerabilityMatch] = [:]
            var order: [String] = []
            func add(_ id: String, aliases: [String], title: String?, source: VulnerabilityMatch.Source) {
                let key = id.uppercased()
                if byVulnerability[key] == nil {
                    order.append(key)
                    byVulnerability[key] = VulnerabilityMatch(
                        targetID: target.id,
                        targetLabel: target.label,
                        vulnerability: id,
                        aliases: [],
                        title: title,
                        sources: [],
                        confidence: source.confidence ?? .nameAndVersion,
                        suppressedBy: nil,
                        prioritization: nil
                    )
                }
                var match = byVulnerability[key]!
                if !match.sources.contains(source) { match.sources.append(source) }
                for alias in aliases where alias.uppercased() != key && !match.aliases.contains(alias) {
                    match.aliases.append(alias)
                }
                if let confidence = source.confidence, confidence < match.confidence { match.confidence = confidence }
                if match.title == nil { match.title = title }
                byVulnerability[key] = match
            }

            // NVD, by CPE.
            if !target.cpes.isEmpty {
                for hit in nvdMatcher.matches(for: target.cpes, platformKnown: target.platformKnown) {
                    add(
                        hit.cve,
                        aliases: [],
                        title: nvdByCVE[hit.cve]?.cisaVulnerabilityName,
                        source: .init(kind: "nvd", reference: hit.cve, reason: hit.reason, confidence: hit.confidence)
                    )
                }
            }
            // OSV, by purl.
            for text in target.purls {
                guard let purl = try? PackageURL(parsing: text) else { continue }
                for hit in osvIndex.matches(for: purl) {
                    let cve = hit.aliases.first { $0.hasPrefix("CVE-") }
                    add(
                        cve ?? hit.recordID,
                        aliases: [hit.recordID] + hit.aliases,
                        title: nil,
                        source: .init(
                            kind: "osv",
                            reference: hit.recordID,
                            reason: "\(text): \(hit.description)",
                            confidence: .purl
                        )
                    )
                }
            }
            // CSAF advisories.
            for entry in csafCandidates(for: target) {
                guard let (reason, confidence) = csafReason(entry, target) else { continue }
                let id = entry.cve ?? entry.trackingID
                add(
                    id,
                    aliases: [entry.trackingID],
                    title: entry.vulnerabilityTitle ?? entry.title,
                    source: .init(
                        kind: "csaf",
                        reference: entry.trackingID,
                        reason: reason,
                        confidence: confidence
                    )
                )
            }

            for key in order {
                var match = byVulnerability[key]!
                if let kev = kevByCVE[match.vulnerability] {
                    match.sources.append(
                        .init(
                            kind: "kev",
                            reference: kev.cveID,
                            reason: "CISA lists it as exploited since \(kev.dateAdded); due \(kev.dueDate)"
                        )
                    )
                    if match.title == nil { match.title = kev.vulnerabilityName }
                }
                match.suppressedBy = suppression(for: match, target: target)
                match.prioritization = prioritize(match, target: target)
                result.append(match)
            }
        }
        return result.sorted {
            let left = $0.prioritization?.decision ?? .track
            let right = $1.prioritization?.decision ?? .track
            if left != right { return left < right }
            return ($0.targetID, $0.vulnerability) < ($1.targetID, $1.vulnerability)
        }
    }

    private func csafCandidates(for target: MatchTarget) -> [CSAFEntry] {
        var candidates: [CSAFEntry] = []
        if let vendor = target.vendor { candidates += csafByVendor[VendorNames.canonical(vendor)] ?? [] }
        if !target.cpes.isEmpty || !target.purls.isEmpty { candidates += csafByIdentifier }
        return candidates
    }

    /// Why a CSAF product is the target, or nil.
    private func csafReason(_ entry: CSAFEntry, _ target: MatchTarget) -> (String, MatchConfidence)? {
        let advisory = "\(entry.trackingID) (\(entry.document))"
        if let criterion = entry.cpe {
            for name in target.cpes where criterion.evaluate(name) == .matches {
                return (
                    "\(name) meets the CPE \(criterion.source.criteria) of \(entry.product.name) in \(advisory)",
                    .exactCPE
                )
            }
        }
        if let purl = entry.purl {
            for text in target.purls {
                guard let own = try? PackageURL(parsing: text), own.package == purl.package else { continue }
                if purl.version == nil || own.version == purl.version {
                    return ("\(text) is the package \(purl) of \(entry.product.name) in \(advisory)", .purl)
                }
            }
        }
        guard let vendor = target.vendor, let targetProduct = target.product, let csafVendor = entry.product.vendor,
            VendorNames.same(vendor, csafVendor)
        else { return nil }
        let words = VendorNames.words(targetProduct)
        guard !words.isEmpty, words.allSatisfy(entry.productWords.contains) else { return nil }
        let naming = "\(vendor) \(targetProduct) is \(csafVendor) \(entry.product.productName ?? entry.product.name)"
        guard let version = target.version else {
            return ("\(naming) in \(advisory); the installed version is not known", .nameAndVersion)
        }
        if let single = entry.product.version {
            guard GenericVersion.compare(VersionRange.stripPrefix(version), VersionRange.stripPrefix(single)) == .same
            else { return nil }
            return ("\(naming), version \(version) as listed in \(advisory)", .nameAndVersion)
        }
        if let range = entry.range {
            guard range.contains(version) else { return nil }
            return ("\(naming), version \(version) within '\(range.text)' in \(advisory)", .nameAndVersion)
        }
        if let text = entry.product.versionRange {
            return (
                "\(naming) in \(advisory); its range '\(text)' is not machine-readable, so check version \(version) "
                    + "by hand", .nameAndVersion
            )
        }
        return ("\(naming) in \(advisory), which names no version", .nameAndVersion)
    }

    private func suppression(for match: VulnerabilityMatch, target: MatchTarget) -> VEXStatement? {
        let ids = [match.vulnerability] + match.aliases
        var identifiers = Set(target.purls.map { $0.lowercased() })
        for purl in target.purls {
            if let parsed = try? PackageURL(parsing: purl) { identifiers.insert(parsed.description.lowercased()) }
        }
        for name in target.cpes { identifiers.insert(name.description.lowercased()) }
        identifiers.insert(target.id.lowercased())
        if let reference = target.id.split(separator: "#").last { identifiers.insert(reference.lowercased()) }
        for id in ids {
            for statement in vexByVulnerability[id.uppercased()] ?? []
            where statement.status == .notAffected || statement.status == .fixed {
                if statement.products.contains(where: { identifiers.contains($0.lowercased()) }) { return statement }
            }
        }
        return nil
    }

    private func prioritize(_ match: VulnerabilityMatch, target: MatchTarget) -> Prioritizer.Prioritization? {
        let cve = match.vulnerability
        guard CVEIdentifier.isValid(cve) else { return nil }
        let nvd = nvdByCVE[cve]
        let record = cveByID[cve]
        let csafScore = csafScoreByCVE[cve]
        let vulnerability = Prioritizer.Vulnerability(
            cve: cve,
            kev: kevByCVE[cve],
            epss: epss?[cve],
            cvss3: nvd?.metrics?.cvss3?.cvssData ?? record?.cvss3 ?? csafScore,
            cvss4: nvd?.metrics?.cvss4?.cvssData ?? record?.cvss4,
            ssvc: record?.ssvcOptions ?? [:]
        )
        return prioritizer.prioritize(vulnerability, on: target.context, firstSeen: target.firstSeen)
    }
}
