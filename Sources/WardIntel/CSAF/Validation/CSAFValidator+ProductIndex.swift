extension CSAFValidator {
    /// The product tree flattened once, so that the tests look products and groups up instead of walking the tree again.
    struct ProductIndex {
        struct Entry {
            var value: String
            var path: String
        }

        struct Relationship {
            var path: String
            var definedID: String?
            var references: [String]
        }

        /// Every full product name object (branch leaves, the flat list, relationship products) with its path.
        private(set) var fullProductNames: [(path: String, value: JSON)] = []
        /// Every product ID definition, in document order; an ID defined twice appears twice.
        private(set) var productDefinitions: [Entry] = []
        /// Every product group ID definition, in document order.
        private(set) var groupDefinitions: [Entry] = []
        /// The names of the branches of category `product_version`.
        private(set) var productVersionNames: [Entry] = []
        private(set) var relationships: [Relationship] = []
        private(set) var definedProductIDs: Set<String> = []
        private(set) var groupMembers: [String: [String]] = [:]

        init(root: JSON) {
            guard let tree = root["product_tree"] else { return }
            let treePath = "$.product_tree"
            for (index, branch) in (tree["branches"]?.array ?? []).enumerated() {
                addBranch(branch, path: "\(treePath).branches[\(index)]")
            }
            for (index, product) in (tree["full_product_names"]?.array ?? []).enumerated() {
                addFullProductName(product, path: "\(treePath).full_product_names[\(index)]")
            }
            for (index, relationship) in (tree["relationships"]?.array ?? []).enumerated() {
                let path = "\(treePath).relationships[\(index)]"
                var definedID: String?
                if let product = relationship["full_product_name"] {
                    definedID = product["product_id"]?.string
                    addFullProductName(product, path: "\(path).full_product_name")
                }
                let references = ["product_reference", "relates_to_product_reference"].compactMap {
                    relationship[$0]?.string
                }
                relationships.append(Relationship(path: path, definedID: definedID, references: references))
            }
            for (index, group) in (tree["product_groups"]?.array ?? []).enumerated() {
                guard let groupID = group["group_id"]?.string else { continue }
                groupDefinitions.append(Entry(value: groupID, path: "\(treePath).product_groups[\(index)].group_id"))
                groupMembers[groupID, default: []] += group["product_ids"]?.strings.map(\.value) ?? []
            }
        }

        private mutating func addBranch(_ branch: JSON, path: String) {
            if branch["category"]?.string == "product_version", let name = branch["name"]?.string {
                productVersionNames.append(Entry(value: name, path: "\(path).name"))
            }
            if let product = branch["product"] {
                addFullProductName(product, path: "\(path).product")
            }
            for (index, child) in (branch["branches"]?.array ?? []).enumerated() {
                addBranch(child, path: "\(path).branches[\(index)]")
            }
        }

        private mutating func addFullProductName(_ product: JSON, path: String) {
            fullProductNames.append((path, product))
            if let productID = product["product_id"]?.string {
                productDefinitions.append(Entry(value: productID, path: "\(path).product_id"))
                definedProductIDs.insert(productID)
            }
        }

        /// The product IDs that an item names directly in `product_ids` and through the groups in `group_ids`.
        func products(of item: JSON, productKey: String = "product_ids") -> Set<String> {
            var result = Set(item[productKey]?.strings.map(\.value) ?? [])
            for (_, groupID) in item["group_ids"]?.strings ?? [] {
                result.formUnion(groupMembers[groupID] ?? [])
            }
            return result
        }
    }
}
