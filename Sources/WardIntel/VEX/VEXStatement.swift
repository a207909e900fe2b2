/// One statement of a Vulnerability Exploitability eXchange document: what a supplier says about one vulnerability in
/// some of its products.
///
/// The three VEX formats that Ward reads (CycloneDX VEX, the CSAF VEX profile and OpenVEX) all come down to this
/// shape, so that matching can apply them the same way: a `notAffected` statement with its justification suppresses a
/// match and the match says so; `fixed` and `affected` confirm it.
public struct VEXStatement: Sendable, Hashable, Codable {
    /// What the supplier says about the products.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case notAffected = "not_affected"
        case affected
        case fixed
        case underInvestigation = "under_investigation"
    }

    /// The vulnerability, as the document names it (a CVE identifier where there is one).
    public var vulnerability: String
    /// The products the statement covers, each as the document identifies it: a purl, a CPE name, a CSAF full
    /// product name, or a CycloneDX `bom-ref`.
    public var products: [String]
    public var status: Status
    /// Why the products are not affected, in the document's vocabulary (`component_not_present`,
    /// `vulnerable_code_not_in_execute_path`, `code_not_reachable` …); present for `notAffected`.
    public var justification: String?
    /// The supplier's own words on the impact, if any.
    public var impactStatement: String?
    /// What the supplier asks users to do, if anything.
    public var actionStatement: String?
    /// The document the statement came from (file name or document identifier), for the reason shown with a match.
    public var source: String

    public init(
        vulnerability: String,
        products: [String],
        status: Status,
        justification: String? = nil,
        impactStatement: String? = nil,
        actionStatement: String? = nil,
        source: String
    ) {
        self.vulnerability = vulnerability
        self.products = products
        self.status = status
        self.justification = justification
        self.impactStatement = impactStatement
        self.actionStatement = actionStatement
        self.source = source
    }
}
