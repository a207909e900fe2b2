extension CSAFValidator.Checker {
    typealias JSON = CSAFValidator.JSON
    typealias ProductIndex = CSAFValidator.ProductIndex

    static let productStatusKeys = [
        "first_affected", "first_fixed", "fixed", "known_affected", "known_not_affected", "last_affected",
        "recommended", "under_investigation",
    ]

    /// Tests 6.1.1 to 6.1.5: every referenced product and group is defined, exactly once, and no relationship defines
    /// a product in terms of itself.
    mutating func checkProductDefinitions(_ products: ProductIndex) {
        var seenProducts = Set<String>()
        for definition in products.productDefinitions where !seenProducts.insert(definition.value).inserted {
            report("6.1.2", definition.path, "the product ID '\(definition.value)' is defined more than once")
        }
        var seenGroups = Set<String>()
        for definition in products.groupDefinitions where !seenGroups.insert(definition.value).inserted {
            report("6.1.5", definition.path, "the product group ID '\(definition.value)' is defined more than once")
        }

        for reference in productReferences() where !products.definedProductIDs.contains(reference.value) {
            report(
                "6.1.1",
                reference.path,
                "the product ID '\(reference.value)' is referenced but not defined in the product tree"
            )
        }
        for reference in groupReferences() where products.groupMembers[reference.value] == nil {
            report(
                "6.1.4",
                reference.path,
                "the product group ID '\(reference.value)' is referenced but not defined in the product tree"
            )
        }
        checkCircularRelationships(products)
    }

    /// Every place that names a product by ID outside the product's own definition.
    private func productReferences() -> [ProductIndex.Entry] {
        var references: [ProductIndex.Entry] = []
        func collect(_ value: JSON?, _ path: String) {
            for (index, productID) in value?.strings ?? [] {
                references.append(ProductIndex.Entry(value: productID, path: "\(path)[\(index)]"))
            }
        }
        let tree = root["product_tree"]
        for (index, group) in (tree?["product_groups"]?.array ?? []).enumerated() {
            collect(group["product_ids"], "$.product_tree.product_groups[\(index)].product_ids")
        }
        for (index, relationship) in (tree?["relationships"]?.array ?? []).enumerated() {
            for key in ["product_reference", "relates_to_product_reference"] {
                if let productID = relationship[key]?.string {
                    let path = "$.product_tree.relationships[\(index)].\(key)"
                    references.append(ProductIndex.Entry(value: productID, path: path))
                }
            }
        }
        for (index, vulnerability) in vulnerabilities {
            let path = "$.vulnerabilities[\(index)]"
            for key in Self.productStatusKeys {
                collect(vulnerability["product_status"]?[key], "\(path).product_status.\(key)")
            }
            let lists = [
                ("remediations", "product_ids"), ("scores", "products"), ("threats", "product_ids"),
                ("flags", "product_ids"),
            ]
            for (list, key) in lists {
                for (itemIndex, item) in (vulnerability[list]?.array ?? []).enumerated() {
                    collect(item[key], "\(path).\(list)[\(itemIndex)].\(key)")
                }
            }
        }
        return references
    }

    private func groupReferences() -> [ProductIndex.Entry] {
        var references: [ProductIndex.Entry] = []
        for (index, vulnerability) in vulnerabilities {
            for list in ["remediations", "threats", "flags"] {
                for (itemIndex, item) in (vulnerability[list]?.array ?? []).enumerated() {
                    for (groupIndex, groupID) in item["group_ids"]?.strings ?? [] {
                        let path = "$.vulnerabilities[\(index)].\(list)[\(itemIndex)].group_ids[\(groupIndex)]"
                        references.append(ProductIndex.Entry(value: groupID, path: path))
                    }
                }
            }
        }
        return references
    }

    /// Test 6.1.3. A product is defined circularly when it lies on a cycle of relationships, that is, in a strongly
    /// connected component with more than one member or with an edge to itself. Tarjan's algorithm finds them all
    /// in one linear pass, so a large tree never costs one search per product.
    private mutating func checkCircularRelationships(_ products: ProductIndex) {
        var edges: [String: [String]] = [:]
        for relationship in products.relationships {
            guard let definedID = relationship.definedID else { continue }
            edges[definedID, default: []] += relationship.references
        }
        var order: [String: Int] = [:]
        var lowest: [String: Int] = [:]
        var component: [String] = []
        var inComponent = Set<String>()
        var onCycle = Set<String>()
        func visit(_ node: String) {
            order[node] = order.count
            lowest[node] = order[node]
            component.append(node)
            inComponent.insert(node)
        }
        for start in edges.keys.sorted() where order[start] == nil {
            // An explicit stack: a crafted document may chain thousands of relationships.
            var work: [(node: String, nextEdge: Int)] = [(start, 0)]
            visit(start)
            while let (node, edgeIndex) = work.last {
                let targets = edges[node] ?? []
                if edgeIndex < targets.count {
                    work[work.count - 1].nextEdge += 1
                    let target = targets[edgeIndex]
                    if let targetOrder = order[target] {
                        if inComponent.contains(target) {
                            lowest[node] = min(lowest[node] ?? targetOrder, targetOrder)
                        }
                    } else {
                        visit(target)
                        work.append((target, 0))
                    }
                    continue
                }
                work.removeLast()
                let nodeLowest = lowest[node] ?? 0
                if let parent = work.last?.node {
                    lowest[parent] = min(lowest[parent] ?? nodeLowest, nodeLowest)
                }
                guard nodeLowest == order[node] else { continue }
                var members: [String] = []
                while let member = component.popLast() {
                    inComponent.remove(member)
                    members.append(member)
                    if member == node { break }
                }
                if members.count > 1 || targets.contains(node) {
                    onCycle.formUnion(members)
                }
            }
        }
        for relationship in products.relationships {
            guard let definedID = relationship.definedID, onCycle.contains(definedID) else { continue }
            report(
                "6.1.3",
                "\(relationship.path).full_product_name.product_id",
                "the product ID '\(definedID)' is defined through a relationship that refers back to itself"
            )
        }
    }

    /// Test 6.1.6: within one vulnerability a product is in at most one of the groups affected, not affected, fixed
    /// and under investigation (`recommended` may name a product of any group).
    mutating func checkProductStatus(_ products: ProductIndex) {
        let groups: [(name: String, keys: [String])] = [
            ("affected", ["first_affected", "known_affected", "last_affected"]),
            ("not affected", ["known_not_affected"]),
            ("fixed", ["first_fixed", "fixed"]),
            ("under investigation", ["under_investigation"]),
        ]
        for (index, vulnerability) in vulnerabilities {
            guard let status = vulnerability["product_status"] else { continue }
            var groupOfProduct: [String: String] = [:]
            for group in groups {
                for key in group.keys {
                    for (itemIndex, productID) in status[key]?.strings ?? [] {
                        if let earlier = groupOfProduct[productID], earlier != group.name {
                            report(
                                "6.1.6",
                                "$.vulnerabilities[\(index)].product_status.\(key)[\(itemIndex)]",
                                "the product '\(productID)' is listed as both \(earlier) and \(group.name)"
                            )
                        } else {
                            groupOfProduct[productID] = group.name
                        }
                    }
                }
            }
        }
    }

    /// Tests 6.1.13 (package URLs), 6.1.25 (one hash per algorithm and file) and 6.1.31 (no version ranges in
    /// `product_version` branches).
    mutating func checkProductIdentification(_ products: ProductIndex) {
        for (path, product) in products.fullProductNames {
            guard let helper = product["product_identification_helper"] else { continue }
            if let purl = helper["purl"]?.string, let problem = CSAFValidator.PackageURL.problem(in: purl) {
                report(
                    "6.1.13",
                    "\(path).product_identification_helper.purl",
                    "the package URL is not valid: \(problem)"
                )
            }
            for (hashIndex, hash) in (helper["hashes"]?.array ?? []).enumerated() {
                var algorithms = Set<String>()
                for (fileIndex, fileHash) in (hash["file_hashes"]?.array ?? []).enumerated() {
                    guard let algorithm = fileHash["algorithm"]?.string else { continue }
                    if !algorithms.insert(algorithm.lowercased()).inserted {
                        report(
                            "6.1.25",
                            "\(path).product_identification_helper.hashes[\(hashIndex)].file_hashes[\(fileIndex)]",
                            "the hash algorithm '\(algorithm)' is used more than once for the same file"
                        )
                    }
                }
            }
        }
        for name in products.productVersionNames {
            if let range = Self.versionRangeMarker(in: name.value) {
                report(
                    "6.1.31",
                    name.path,
                    "the product_version branch '\(name.value)' describes a version range ('\(range)'); "
                        + "name one version per branch or use category product_version_range"
                )
            }
        }
    }

    /// The operator or keyword that makes a version name a range. Keywords count only as whole words, so that a
    /// product called `after-eight` is not mistaken for a range: the first CSAF 2.0 text matched substrings, the
    /// later wording (and the OASIS corpus, which accepts `after-eight`) matches words.
    static func versionRangeMarker(in name: String) -> String? {
        let lowercased = name.lowercased()
        for comparison in ["<=", ">=", "<", ">"] where lowercased.contains(comparison) {
            return comparison
        }
        let keywords: Set<String> = ["after", "all", "before", "earlier", "later", "prior", "versions"]
        return lowercased.split(whereSeparator: { $0.isWhitespace }).map(String.init).first {
            keywords.contains($0)
        }
    }
}
