extension CSAFValidator.Checker {
    /// Tests 6.1.27.1 to 6.1.27.11: the elements that each profile (the value of `/document/category`) requires or
    /// forbids. Documents of the base profile, or of a category unknown to CSAF 2.0, skip them.
    mutating func checkProfiles(_ products: ProductIndex) {
        guard let category = root["document"]?["category"]?.string, Self.profileCategories.contains(category) else {
            return
        }
        let isVEX = category == "csaf_vex"
        let isAdvisory = category == "csaf_security_advisory"
        let isInformational = category == "csaf_informational_advisory"
        let document = root["document"]

        if isInformational || category == "csaf_security_incident_response" {
            let noteCategories: Set<String> = ["description", "details", "general", "summary"]
            let notes = document?["notes"]?.array ?? []
            if !notes.contains(where: { noteCategories.contains($0["category"]?.string ?? "") }) {
                report(
                    "6.1.27.1",
                    "$.document.notes",
                    "a \(category) document needs a note of category description, details, general or summary"
                )
            }
            let references = document?["references"]?.array ?? []
            if !references.contains(where: { $0["category"]?.string == "external" }) {
                report(
                    "6.1.27.2",
                    "$.document.references",
                    "a \(category) document needs at least one reference of category external"
                )
            }
        }
        if isInformational, root["vulnerabilities"] != nil {
            report(
                "6.1.27.3",
                "$.vulnerabilities",
                "an informational advisory describes no vulnerabilities; remove them or use category csaf_base"
            )
        }
        guard isAdvisory || isVEX else { return }
        if root["product_tree"] == nil {
            report("6.1.27.4", "$.product_tree", "a \(category) document needs a product tree")
        }
        if root["vulnerabilities"] == nil {
            report("6.1.27.11", "$.vulnerabilities", "a \(category) document needs a vulnerabilities element")
        }
        for (index, vulnerability) in vulnerabilities {
            let path = "$.vulnerabilities[\(index)]"
            if vulnerability["notes"] == nil {
                report("6.1.27.5", "\(path).notes", "each vulnerability of a \(category) document needs notes")
            }
            if isAdvisory, vulnerability["product_status"] == nil {
                report(
                    "6.1.27.6",
                    "\(path).product_status",
                    "each vulnerability of a security advisory needs a product status"
                )
            }
            if isVEX {
                checkVEXVulnerability(vulnerability, path: path, products: products)
            }
        }
    }

    /// Tests 6.1.27.7 to 6.1.27.10 for one vulnerability of a VEX document.
    private mutating func checkVEXVulnerability(_ vulnerability: JSON, path: String, products: ProductIndex) {
        let status = vulnerability["product_status"]
        let vexStatuses = ["fixed", "known_affected", "known_not_affected", "under_investigation"]
        if !vexStatuses.contains(where: { status?[$0] != nil }) {
            report(
                "6.1.27.7",
                "\(path).product_status",
                "a VEX vulnerability needs at least one of fixed, known_affected, known_not_affected or "
                    + "under_investigation"
            )
        }
        if vulnerability["cve"] == nil && vulnerability["ids"] == nil {
            report("6.1.27.8", path, "a VEX vulnerability needs a cve or ids to say which vulnerability it is")
        }

        var impactStatements = Set<String>()
        for flag in vulnerability["flags"]?.array ?? [] {
            impactStatements.formUnion(products.products(of: flag))
        }
        for threat in vulnerability["threats"]?.array ?? [] where threat["category"]?.string == "impact" {
            impactStatements.formUnion(products.products(of: threat))
        }
        for (itemIndex, productID) in status?["known_not_affected"]?.strings ?? []
        where !impactStatements.contains(productID) {
            report(
                "6.1.27.9",
                "\(path).product_status.known_not_affected[\(itemIndex)]",
                "the product '\(productID)' is known not affected but has no impact statement (a flag or a threat "
                    + "of category impact)"
            )
        }

        var actionStatements = Set<String>()
        for remediation in vulnerability["remediations"]?.array ?? [] {
            actionStatements.formUnion(products.products(of: remediation))
        }
        for (itemIndex, productID) in status?["known_affected"]?.strings ?? []
        where !actionStatements.contains(productID) {
            report(
                "6.1.27.10",
                "\(path).product_status.known_affected[\(itemIndex)]",
                "the product '\(productID)' is known affected but has no action statement (a remediation)"
            )
        }
    }
}
