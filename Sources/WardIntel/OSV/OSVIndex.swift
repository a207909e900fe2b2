/// OSV records indexed by package, for matching every component of an SBOM against a vulnerability database.
///
/// Checking each component against each record would parse the same range events over and over; the index groups
/// the affected entries by ecosystem and package name and prepares them once (events parsed and sorted, listed
/// versions in a set), so that a lookup costs a dictionary access and one parse of the component's version.
/// Withdrawn records are left out. Results are the same as ``OSVRecord/evaluate(ecosystem:name:version:)``.
public struct OSVIndex: Sendable {
    private var entries: [String: [OSVAffectedEvaluator]] = [:]
    private var entriesByPurl: [PackageURL: [OSVAffectedEvaluator]] = [:]

    /// The number of records indexed (withdrawn ones excluded).
    public private(set) var recordCount = 0

    /// Indexes `records`.
    public init(records: [OSVRecord]) {
        for record in records where record.withdrawn == nil {
            recordCount += 1
            for affected in record.affected {
                guard let package = affected.package else { continue }
                let evaluator = OSVAffectedEvaluator(
                    recordID: record.id,
                    aliases: record.aliases,
                    package: package,
                    affected: affected,
                    parseListed: true
                )
                entries[OSVRecord.packageKey(ecosystem: package.ecosystem, name: package.name), default: []]
                    .append(evaluator)
                if let text = package.purl, let purl = try? PackageURL(parsing: text) {
                    entriesByPurl[purl.package, default: []].append(evaluator)
                }
            }
        }
    }

    /// The records that affect `version` of the package, one match per record, in the order the records were given.
    public func matches(ecosystem: String, name: String, version: String) -> [OSVMatch] {
        let candidates = entries[OSVRecord.packageKey(ecosystem: ecosystem, name: name)] ?? []
        return Self.evaluate(
            candidates.filter { OSVRecord.sameRelease($0.package.ecosystem, ecosystem) },
            version: version
        )
    }

    /// The records that affect the purl's package at the purl's version; empty when the purl has no version.
    public func matches(for purl: PackageURL) -> [OSVMatch] {
        guard let version = purl.version else { return [] }
        if let (ecosystem, name) = purl.osvPackage {
            return matches(ecosystem: ecosystem, name: name, version: version)
        }
        return Self.evaluate(entriesByPurl[purl.package] ?? [], version: version)
    }

    private static func evaluate(_ candidates: [OSVAffectedEvaluator], version: String) -> [OSVMatch] {
        var result: [OSVMatch] = []
        var parsed = OSVAffectedEvaluator.Candidate(version)
        for entry in candidates where !result.contains(where: { $0.recordID == entry.recordID }) {
            if case .affected(let match) = entry.evaluate(&parsed, explain: false) {
                result.append(match)
            }
        }
        return result
    }
}
