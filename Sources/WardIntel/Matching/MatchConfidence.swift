/// How sure Ward is that a vulnerability applies to a product, from the kind of evidence that tied them.
///
/// Ordered from the strongest to the weakest, so that the best of several reasons wins.
public enum MatchConfidence: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A CPE name with a known version met an NVD criterion (name and version range) exactly.
    case exactCPE = "exact_cpe"
    /// A package URL with a known version fell inside an advisory's affected range.
    case purl
    /// The CPE names met, but the configuration also needs a platform Ward cannot see (a vulnerable library
    /// "running on" some operating system or device), or the product's version is unknown.
    case cpeUnconfirmed = "cpe_unconfirmed"
    /// Vendor, product and version matched by normalised names, without a CPE or purl on both sides.
    case nameAndVersion = "name_and_version"

    private var rank: Int {
        switch self {
        case .exactCPE: 0
        case .purl: 1
        case .cpeUnconfirmed: 2
        case .nameAndVersion: 3
        }
    }

    /// Stronger evidence sorts first.
    public static func < (left: MatchConfidence, right: MatchConfidence) -> Bool { left.rank < right.rank }

    /// The confidence in plain words, for reasons shown to people.
    public var label: String {
        switch self {
        case .exactCPE: "exact CPE and version"
        case .purl: "package URL and version"
        case .cpeUnconfirmed: "CPE name, platform or version not confirmed"
        case .nameAndVersion: "vendor, product and version by name"
        }
    }
}
