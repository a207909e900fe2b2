extension CSAFDocument {
    /// The document's statements as ``VEXStatement``s, so that matching treats CSAF VEX like CycloneDX VEX and
    /// OpenVEX.
    ///
    /// Meant for the CSAF VEX profile (``isVEX``), but it reads any CSAF document, since an advisory's
    /// `known_not_affected` says the same thing. Products are named by their full product names. For each vulnerability
    /// and status, products that share the same justification, impact and action statement form one statement:
    /// - `known_not_affected` → `notAffected`, with the flag label as justification and the `impact` threats'
    ///   details as impact statement (the VEX profile requires one of the two);
    /// - `known_affected`, `first_affected`, `last_affected` → `affected`, with the remediations' details as action
    ///   statement;
    /// - `fixed`, `first_fixed` → `fixed`; `under_investigation` → `underInvestigation`;
    /// - `recommended` gives no statement: it says which version to use, and that version is usually also `fixed`.
    ///
    /// Vulnerabilities with neither a CVE, another identifier nor a title give no statement, having nothing to name
    /// them by.
    public func vexStatements(catalog: CSAFProductCatalog? = nil) -> [VEXStatement] {
        let catalog = catalog ?? productCatalog
        var statements: [VEXStatement] = []
        for vulnerability in vulnerabilities ?? [] {
            guard let name = vulnerability.identifier else { continue }
            var indexByKey: [StatementKey: Int] = [:]
            for assessment in assessments(for: vulnerability, in: catalog) {
                var said = Set<VEXStatement.Status>()
                for status in assessment.statuses {
                    guard let vexStatus = status.vexStatus, said.insert(vexStatus).inserted else { continue }
                    let key = StatementKey(assessment: assessment, status: vexStatus)
                    if let index = indexByKey[key] {
                        statements[index].products.append(assessment.name)
                    } else {
                        indexByKey[key] = statements.count
                        statements.append(
                            VEXStatement(
                                vulnerability: name,
                                products: [assessment.name],
                                status: vexStatus,
                                justification: key.justification,
                                impactStatement: key.impact,
                                actionStatement: key.action,
                                source: document.tracking.id
                            )
                        )
                    }
                }
            }
        }
        return statements
    }

    /// What makes two products' statements the same statement.
    private struct StatementKey: Hashable {
        var status: VEXStatement.Status
        var justification: String?
        var impact: String?
        var action: String?

        init(assessment: CSAFProductAssessment, status: VEXStatement.Status) {
            self.status = status
            switch status {
            case .notAffected:
                justification = assessment.flags.first?.label
                impact = Self.joined(assessment.threatDetails("impact"))
            case .affected:
                action = Self.joined(assessment.remediations.map(\.details))
            case .fixed, .underInvestigation:
                break
            }
        }

        private static func joined(_ texts: [String]) -> String? {
            texts.isEmpty ? nil : texts.joined(separator: "\n")
        }
    }
}
