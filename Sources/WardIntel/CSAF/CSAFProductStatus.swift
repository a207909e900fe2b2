/// Where a product is listed in a vulnerability's `product_status`, which is what the publisher says the
/// vulnerability means for it.
///
/// The raw values are CSAF's field names. The eight lists come down to five meanings (``Meaning``), which is what
/// a consumer usually asks: is my product affected, fixed, not affected, still being looked at, or the version to
/// move to.
public enum CSAFProductStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case firstAffected = "first_affected"
    case firstFixed = "first_fixed"
    case fixed
    case knownAffected = "known_affected"
    case knownNotAffected = "known_not_affected"
    case lastAffected = "last_affected"
    case recommended
    case underInvestigation = "under_investigation"

    /// What a status means for the product, regardless of which list carries it.
    public enum Meaning: String, Sendable, Hashable, Codable, CaseIterable {
        case affected
        case notAffected = "not_affected"
        case fixed
        case underInvestigation = "under_investigation"
        /// The version the publisher recommends; it is not affected, and users should move to it.
        case recommended
    }

    /// What the status means for the product.
    public var meaning: Meaning {
        switch self {
        case .firstAffected, .knownAffected, .lastAffected: .affected
        case .knownNotAffected: .notAffected
        case .firstFixed, .fixed: .fixed
        case .underInvestigation: .underInvestigation
        case .recommended: .recommended
        }
    }

    /// The VEX status this product status states, or `nil` for `recommended`, which says which version to use rather
    /// than whether one is exploitable.
    public var vexStatus: VEXStatement.Status? {
        switch meaning {
        case .affected: .affected
        case .notAffected: .notAffected
        case .fixed: .fixed
        case .underInvestigation: .underInvestigation
        case .recommended: nil
        }
    }
}
