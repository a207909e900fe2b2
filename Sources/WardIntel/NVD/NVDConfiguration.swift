/// One of NVD's applicability statements for a CVE: nodes of CPE match criteria joined by AND or OR.
///
/// A configuration with one OR node lists vulnerable products. An AND configuration says "this vulnerable software
/// *running on or with* that platform", where the platform criteria carry `vulnerable: false`; a product matches such
/// a configuration only when the platform is there too (see ``NVDConfiguration/evaluate(against:platformKnown:)``).
public struct NVDConfiguration: Sendable, Hashable, Codable {
    /// `AND` or `OR`; absent means OR.
    public var `operator`: String?
    public var negate: Bool?
    public var nodes: [Node]

    /// A group of match criteria joined by its operator.
    public struct Node: Sendable, Hashable, Codable {
        public var `operator`: String
        public var negate: Bool?
        public var cpeMatch: [CPEMatch]
    }

    /// One criterion: a CPE name, possibly with wildcards, and an optional version range.
    public struct CPEMatch: Sendable, Hashable, Codable {
        /// Whether a product meeting the criterion is vulnerable (false for the platform it runs on).
        public var vulnerable: Bool
        public var criteria: String
        public var matchCriteriaId: String?
        public var versionStartIncluding: String?
        public var versionStartExcluding: String?
        public var versionEndIncluding: String?
        public var versionEndExcluding: String?

        /// Whether the criterion carries a version range rather than (or besides) the version in its CPE name.
        public var hasRange: Bool {
            versionStartIncluding != nil || versionStartExcluding != nil || versionEndIncluding != nil
                || versionEndExcluding != nil
        }

        /// The range in words: "from 5.0 up to (excluding) 5.2.0".
        public var rangeDescription: String? {
            guard hasRange else { return nil }
            var parts: [String] = []
            if let start = versionStartIncluding { parts.append("from \(start)") }
            if let start = versionStartExcluding { parts.append("after \(start)") }
            if let end = versionEndIncluding { parts.append("up to and including \(end)") }
            if let end = versionEndExcluding { parts.append("before \(end)") }
            return parts.joined(separator: " ")
        }
    }
}
