extension CSAFValidator.Checker {
    /// Tests 6.1.12 (language tags exist), 6.1.15 (a translator names the source language) and 6.1.28 (a
    /// translation's language differs from its source).
    mutating func checkLanguages() {
        guard let document = root["document"] else { return }
        let lang = document["lang"]?.string
        let sourceLang = document["source_lang"]?.string
        for (key, tag) in [("lang", lang), ("source_lang", sourceLang)] {
            if let tag, let problem = CSAFValidator.LanguageTag.problem(in: tag) {
                report("6.1.12", "$.document.\(key)", "'\(tag)' is not a valid language tag: \(problem)")
            }
        }
        if document["publisher"]?["category"]?.string == "translator", sourceLang == nil {
            report(
                "6.1.15",
                "$.document.source_lang",
                "the publisher is a translator but the document does not say which language it was translated from"
            )
        }
        if let lang, let sourceLang, lang.lowercased() == sourceLang.lowercased() {
            report(
                "6.1.28",
                "$.document.source_lang",
                "the document language and the source language are both '\(lang)'; a translation changes the language"
            )
        }
    }

    /// Test 6.1.11: the CWE identifier is well formed and, where Ward knows the weakness, carries its name.
    mutating func checkCWEs() {
        for (index, vulnerability) in vulnerabilities {
            guard let cwe = vulnerability["cwe"], let cweID = cwe["id"]?.string else { continue }
            let path = "$.vulnerabilities[\(index)].cwe"
            guard let number = CSAFValidator.CWECatalog.number(in: cweID) else {
                report("6.1.11", "\(path).id", "'\(cweID)' is not a CWE identifier of the form CWE-<number>")
                continue
            }
            if let name = cwe["name"]?.string, let expected = CSAFValidator.CWECatalog.names[number], name != expected {
                report("6.1.11", "\(path).name", "\(cweID) is named '\(expected)', not '\(name)'")
            }
        }
    }

    /// Tests 6.1.23, 6.1.24, 6.1.29, 6.1.32 and 6.1.33, each about the items of one vulnerability or across them.
    mutating func checkVulnerabilityItems(_ products: ProductIndex) {
        var firstUseOfCVE: [String: Int] = [:]
        for (index, vulnerability) in vulnerabilities {
            let path = "$.vulnerabilities[\(index)]"
            if let cve = vulnerability["cve"]?.string {
                if let earlier = firstUseOfCVE[cve] {
                    report("6.1.23", "\(path).cve", "\(cve) is already the subject of vulnerabilities[\(earlier)]")
                } else {
                    firstUseOfCVE[cve] = index
                }
            }

            var involvements = Set<String>()
            for (itemIndex, involvement) in (vulnerability["involvements"]?.array ?? []).enumerated() {
                guard let party = involvement["party"]?.string, let date = involvement["date"]?.string else {
                    continue
                }
                let instant = CSAFValidator.Timestamp(date).map { "\($0.seconds).\($0.fraction)" } ?? date
                if !involvements.insert("\(party)\u{0}\(instant)").inserted {
                    report(
                        "6.1.24",
                        "\(path).involvements[\(itemIndex)]",
                        "the party '\(party)' already has an involvement at \(date)"
                    )
                }
            }

            for (itemIndex, remediation) in (vulnerability["remediations"]?.array ?? []).enumerated()
            where remediation["product_ids"] == nil && remediation["group_ids"] == nil {
                report(
                    "6.1.29",
                    "\(path).remediations[\(itemIndex)]",
                    "the remediation names no product_ids or group_ids, so it applies to nothing"
                )
            }

            var flaggedProducts = Set<String>()
            for (itemIndex, flag) in (vulnerability["flags"]?.array ?? []).enumerated() {
                if flag["product_ids"] == nil && flag["group_ids"] == nil {
                    report(
                        "6.1.32",
                        "\(path).flags[\(itemIndex)]",
                        "the flag names no product_ids or group_ids, so it applies to nothing"
                    )
                }
                // Only flags that carry a VEX justification count, so that flags of a later kind may overlap.
                guard Self.vexJustifications.contains(flag["label"]?.string ?? "") else { continue }
                for productID in products.products(of: flag).sorted() where !flaggedProducts.insert(productID).inserted
                {
                    report(
                        "6.1.33",
                        "\(path).flags[\(itemIndex)]",
                        "the product '\(productID)' already has a flag in this vulnerability; give one justification"
                    )
                }
            }
        }
    }

    /// Test 6.1.26: a document of the base profile does not pass itself off as another profile.
    mutating func checkDocumentCategory() {
        guard let category = root["document"]?["category"]?.string,
            !Self.profileCategories.contains(category) && category != "csaf_base"
        else { return }
        let normalised = String(category.lowercased().filter { !($0 == "-" || $0 == "_" || $0.isWhitespace) })
        // The profiles' names without spaces, as the comparison drops dashes, underscores and white space.
        let reserved = ["securityincidentresponse", "informationaladvisory", "securityadvisory", "vex"]
        if reserved.contains(normalised) || reserved.contains(where: { "csaf\($0)" == normalised }) {
            report(
                "6.1.26",
                "$.document.category",
                "the category '\(category)' is the name of a CSAF profile; use the profile's value or another name"
            )
        } else if category.lowercased().hasPrefix("csaf_") {
            report(
                "6.1.26",
                "$.document.category",
                "the category '\(category)' starts with the prefix csaf_, which is reserved for the standard's profiles"
            )
        }
    }

    /// The flag labels of CSAF 2.0, each a VEX justification for a product being not affected.
    static let vexJustifications: Set<String> = [
        "component_not_present", "inline_mitigations_already_exist",
        "vulnerable_code_cannot_be_controlled_by_adversary",
        "vulnerable_code_not_in_execute_path", "vulnerable_code_not_present",
    ]

    static let profileCategories: Set<String> = [
        "csaf_security_incident_response", "csaf_informational_advisory", "csaf_security_advisory", "csaf_vex",
    ]
}
