extension CSAFDocument {
    /// The document's product tree, flattened and indexed; build it once to assess many vulnerabilities.
    public var productCatalog: CSAFProductCatalog {
        CSAFProductCatalog(productTree)
    }

    /// What `vulnerability` means for each product it names, in the order the products are first named (status
    /// lists first, in ``CSAFProductStatus`` order, then remediations, scores, threats and flags).
    ///
    /// Group ids in remediations, threats and flags are expanded through `catalog`, so a remediation for a group
    /// shows up on each of its products. Threats and flags that name no product (Red Hat rates a vulnerability as a
    /// whole that way) stay on the vulnerability and are not copied onto every product, since a `known_not_affected`
    /// product would otherwise seem to carry an impact.
    public func assessments(for vulnerability: Vulnerability, in catalog: CSAFProductCatalog) -> [CSAFProductAssessment]
    {
        var result: [CSAFProductAssessment] = []
        var indexByID: [String: Int] = [:]
        func slot(_ id: String) -> Int {
            if let index = indexByID[id] { return index }
            indexByID[id] = result.count
            result.append(CSAFProductAssessment(productID: id, product: catalog.product(id: id)))
            return result.count - 1
        }
        if let status = vulnerability.productStatus {
            for category in CSAFProductStatus.allCases {
                for id in status.productIDs(category) where !result[slot(id)].statuses.contains(category) {
                    result[slot(id)].statuses.append(category)
                }
            }
        }
        for remediation in vulnerability.remediations ?? [] {
            for id in catalog.expand(productIDs: remediation.productIDs, groupIDs: remediation.groupIDs) {
                result[slot(id)].remediations.append(remediation)
            }
        }
        for score in vulnerability.scores ?? [] {
            for id in catalog.expand(productIDs: score.products, groupIDs: nil) {
                result[slot(id)].scores.append(score)
            }
        }
        for threat in vulnerability.threats ?? [] {
            for id in catalog.expand(productIDs: threat.productIDs, groupIDs: threat.groupIDs) {
                result[slot(id)].threats.append(threat)
            }
        }
        for flag in vulnerability.flags ?? [] {
            for id in catalog.expand(productIDs: flag.productIDs, groupIDs: flag.groupIDs) {
                result[slot(id)].flags.append(flag)
            }
        }
        return result
    }

    /// The products that `vulnerability` affects (`known_affected`, `first_affected`, `last_affected`), each with
    /// its remediations, scores and threats.
    ///
    /// Flattens the product tree on each call; to assess many vulnerabilities of one document, build
    /// ``productCatalog`` once and filter ``assessments(for:in:)``.
    public func affectedProducts(for vulnerability: Vulnerability) -> [CSAFProductAssessment] {
        assessments(for: vulnerability, in: productCatalog).filter { $0.meaning == .affected }
    }

    /// The product ids that the vulnerabilities refer to (in statuses, remediations, scores, threats and flags) but
    /// the product tree does not define, and the group ids it does not define; empty for a consistent document.
    public func unresolvedReferences(in catalog: CSAFProductCatalog) -> (productIDs: [String], groupIDs: [String]) {
        var products: [String] = []
        var groups: [String] = []
        var seenProducts = Set<String>()
        var seenGroups = Set<String>()
        for vulnerability in vulnerabilities ?? [] {
            for assessment in assessments(for: vulnerability, in: catalog)
            where assessment.product == nil && seenProducts.insert(assessment.productID).inserted {
                products.append(assessment.productID)
            }
            let groupIDs =
                (vulnerability.remediations ?? []).flatMap { $0.groupIDs ?? [] }
                + (vulnerability.threats ?? []).flatMap { $0.groupIDs ?? [] }
                + (vulnerability.flags ?? []).flatMap { $0.groupIDs ?? [] }
            for group in groupIDs where catalog.productIDs(inGroup: group) == nil && seenGroups.insert(group).inserted {
                groups.append(group)
            }
        }
        return (products, groups)
    }
}
