/// The products of a CSAF document's product tree, flattened and indexed by `product_id`, with its product groups.
///
/// Vulnerabilities refer to products only by identifier, so every consumer needs this lookup; building it once per
/// document and passing it to ``CSAFDocument/assessments(for:in:)`` keeps the work linear in the size of the document.
/// When an identifier is defined twice (which CSAF forbids) the first definition wins, as a reader of the document
/// would see it.
public struct CSAFProductCatalog: Sendable {
    /// Every product, in the order the document defines them: branches first, then full product names, then
    /// relationships.
    public private(set) var products: [CSAFProduct] = []
    /// The product groups, by `group_id`.
    public private(set) var groups: [String: [String]] = [:]
    private var indexByID: [String: Int] = [:]

    /// Flattens `tree`; an absent tree gives an empty catalog.
    public init(_ tree: CSAFDocument.ProductTree?) {
        guard let tree else { return }
        for branch in tree.branches ?? [] {
            collect(branch, above: CSAFProduct(id: "", name: ""))
        }
        for name in tree.fullProductNames ?? [] {
            add(
                CSAFProduct(id: name.productID, name: name.name, identificationHelper: name.productIdentificationHelper)
            )
        }
        for relationship in tree.relationships ?? [] {
            add(composed(relationship))
        }
        for group in tree.productGroups ?? [] where groups[group.groupID] == nil {
            groups[group.groupID] = group.productIDs
        }
    }

    /// The product with identifier `id`, or `nil` when the document does not define it.
    public func product(id: String) -> CSAFProduct? {
        indexByID[id].map { products[$0] }
    }

    /// The product ids of the group `groupID`, or `nil` when the document does not define the group.
    public func productIDs(inGroup groupID: String) -> [String]? {
        groups[groupID]
    }

    /// The product ids named directly and through groups, each once, in the order first named. Unknown groups add
    /// nothing; unknown product ids are kept, so that a caller can report them.
    public func expand(productIDs: [String]?, groupIDs: [String]?) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for id in productIDs ?? [] where seen.insert(id).inserted {
            result.append(id)
        }
        for group in groupIDs ?? [] {
            for id in groups[group] ?? [] where seen.insert(id).inserted {
                result.append(id)
            }
        }
        return result
    }

    private mutating func collect(_ branch: CSAFDocument.Branch, above: CSAFProduct) {
        var current = above
        current.apply(CSAFProduct.BranchLevel(category: branch.category, name: branch.name))
        if let leaf = branch.product {
            var product = current
            product.id = leaf.productID
            product.name = leaf.name
            product.identificationHelper = leaf.productIdentificationHelper
            add(product)
        }
        for child in branch.branches ?? [] {
            collect(child, above: current)
        }
    }

    /// A relationship's product takes the component's vendor, name and version, because a consumer matching
    /// `X installed on Y` is looking for `X`; the parent is kept in ``CSAFProduct/composition``.
    private func composed(_ relationship: CSAFDocument.Relationship) -> CSAFProduct {
        let component = product(id: relationship.productReference)
        let parent = product(id: relationship.relatesToProductReference)
        var result = component ?? CSAFProduct(id: "", name: "")
        result.id = relationship.fullProductName.productID
        result.name = relationship.fullProductName.name
        result.identificationHelper =
            relationship.fullProductName.productIdentificationHelper ?? component?.identificationHelper
        result.composition = CSAFProduct.Composition(
            category: relationship.category,
            componentID: relationship.productReference,
            componentName: component?.name,
            parentID: relationship.relatesToProductReference,
            parentName: parent?.name
        )
        return result
    }

    private mutating func add(_ product: CSAFProduct) {
        guard indexByID[product.id] == nil else { return }
        indexByID[product.id] = products.count
        products.append(product)
    }
}
