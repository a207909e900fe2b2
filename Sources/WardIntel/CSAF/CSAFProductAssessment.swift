/// What one CSAF vulnerability means for one product: its status, and the remediations, scores, threats and flags
/// that name it directly or through a product group.
///
/// A CSAF document states each of these in a separate list keyed by product ids; this record gathers them for the
/// one question a consumer asks of an advisory, "what about my product?".
public struct CSAFProductAssessment: Sendable, Hashable {
    /// The `product_id` as the vulnerability names it.
    public var productID: String
    /// The product from the product tree, or `nil` when the document refers to a product it does not define.
    public var product: CSAFProduct?
    /// The `product_status` lists that name the product; usually one, empty when the product appears only in a
    /// remediation or score.
    public var statuses: [CSAFProductStatus] = []
    public var remediations: [CSAFDocument.Remediation] = []
    public var scores: [CSAFDocument.Score] = []
    public var threats: [CSAFDocument.Threat] = []
    public var flags: [CSAFDocument.Flag] = []

    public init(productID: String, product: CSAFProduct?) {
        self.productID = productID
        self.product = product
    }

    /// The product's full name, or its id when the document does not define it.
    public var name: String { product?.name ?? productID }

    /// What the vulnerability means for the product. When a document lists a product under two contradictory
    /// statuses, `affected` wins over the others, because a consumer must not dismiss a vulnerability the
    /// publisher also calls present.
    public var meaning: CSAFProductStatus.Meaning? {
        let meanings = statuses.map(\.meaning)
        let precedence: [CSAFProductStatus.Meaning] = [
            .affected, .underInvestigation, .fixed, .notAffected, .recommended,
        ]
        return precedence.first { meanings.contains($0) }
    }

    /// The highest CVSS v3 base score given for the product, if any.
    public var cvssV3: CSAFDocument.CVSSV3? {
        scores.compactMap(\.cvssV3).max { $0.baseScore < $1.baseScore }
    }

    /// The threat details of one category (`impact`, `exploit_status`, `target_set`).
    public func threatDetails(_ category: String) -> [String] {
        threats.filter { $0.category == category }.map(\.details)
    }
}
