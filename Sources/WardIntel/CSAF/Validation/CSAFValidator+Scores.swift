extension CSAFValidator.Checker {
    typealias CVSS = CSAFValidator.CVSS

    /// Tests 6.1.7 to 6.1.10: one score per CVSS version and product, and each CVSS object well formed, computed
    /// correctly from its vector and consistent with it.
    mutating func checkScores() {
        for (index, vulnerability) in vulnerabilities {
            var scoredProducts = Set<String>()
            for (scoreIndex, score) in (vulnerability["scores"]?.array ?? []).enumerated() {
                let path = "$.vulnerabilities[\(index)].scores[\(scoreIndex)]"
                var versions: [String] = []
                if let cvss = score["cvss_v2"] {
                    versions.append("2.0")
                    checkCVSS(cvss, path: "\(path).cvss_v2", allowed: [.v2])
                }
                if let cvss = score["cvss_v3"] {
                    versions.append(cvss["version"]?.string ?? "3")
                    checkCVSS(cvss, path: "\(path).cvss_v3", allowed: [.v30, .v31])
                }
                for (_, productID) in score["products"]?.strings ?? [] {
                    for version in versions where !scoredProducts.insert("\(version)\u{0}\(productID)").inserted {
                        report(
                            "6.1.7",
                            path,
                            "the product '\(productID)' already has a CVSS \(version) score in this vulnerability"
                        )
                    }
                }
            }
        }
    }

    private mutating func checkCVSS(_ cvss: JSON, path: String, allowed: [CVSS.Version]) {
        guard cvss.object != nil else {
            report("6.1.8", path, "the CVSS value is not an object")
            return
        }
        let structureProblems = violations.count
        let versionText = cvss["version"]?.string
        let version = versionText.flatMap(CVSS.Version.init(rawValue:)).flatMap { allowed.contains($0) ? $0 : nil }
        if version == nil {
            let expected = allowed.map(\.rawValue).joined(separator: " or ")
            report(
                "6.1.8",
                "\(path).version",
                versionText.map { "the version '\($0)' is not \(expected)" }
                    ?? "the required property version is missing or not a string; it must be \(expected)"
            )
        }
        var vector: CVSS.Vector?
        if let vectorString = cvss["vectorString"]?.string {
            if let version {
                switch CVSS.Vector.parse(vectorString, version: version) {
                case .success(let parsed): vector = parsed
                case .failure(let error):
                    report("6.1.8", "\(path).vectorString", "the vector is not valid: \(error.reason)")
                }
            }
        } else {
            report("6.1.8", "\(path).vectorString", "the required property vectorString is missing or not a string")
        }
        let isVersion3 = allowed != [.v2]
        checkScoreProperty(cvss, "baseScore", path: path, required: true)
        checkScoreProperty(cvss, "temporalScore", path: path, required: false)
        checkScoreProperty(cvss, "environmentalScore", path: path, required: false)
        if isVersion3 {
            checkSeverityProperty(cvss, "baseSeverity", path: path, required: true)
            checkSeverityProperty(cvss, "temporalSeverity", path: path, required: false)
            checkSeverityProperty(cvss, "environmentalSeverity", path: path, required: false)
        }
        let metrics = isVersion3 ? CVSS.metrics3 : CVSS.metrics2
        for metric in metrics {
            guard let value = cvss[metric.property] else { continue }
            if value.string.flatMap({ text in metric.values.first { $0.property == text } }) == nil {
                report(
                    "6.1.8",
                    "\(path).\(metric.property)",
                    "the value is not one of \(metric.values.map(\.property).joined(separator: ", "))"
                )
            }
        }
        guard let vector, violations.count == structureProblems else { return }
        checkComputation(cvss, vector: vector, path: path)
        checkConsistency(cvss, vector: vector, path: path, metrics: metrics)
    }

    private mutating func checkScoreProperty(_ cvss: JSON, _ key: String, path: String, required: Bool) {
        guard let value = cvss[key] else {
            if required { report("6.1.8", "\(path).\(key)", "the required property \(key) is missing") }
            return
        }
        guard let number = value.number, (0...10).contains(number) else {
            report("6.1.8", "\(path).\(key)", "the score must be a number from 0 to 10")
            return
        }
    }

    private mutating func checkSeverityProperty(_ cvss: JSON, _ key: String, path: String, required: Bool) {
        guard let value = cvss[key] else {
            if required { report("6.1.8", "\(path).\(key)", "the required property \(key) is missing") }
            return
        }
        if !CVSS.severities.contains(value.string ?? "") {
            report("6.1.8", "\(path).\(key)", "the severity must be one of \(CVSS.severities.joined(separator: ", "))")
        }
    }

    /// Test 6.1.9: each score and severity given equals the one computed from the vector.
    ///
    /// One leniency: for a v3.1 vector without environmental metrics and a changed scope, FIRST's calculator gives an
    /// environmental score up to 0.1 away from the base score (its modified-impact formula differs), while NVD's
    /// gives the base score. Both are published in real advisories, so both are accepted.
    private mutating func checkComputation(_ cvss: JSON, vector: CVSS.Vector, path: String) {
        let computed = vector.scores
        let environmentalKeys: Set<String> =
            vector.version == .v2
            ? ["CDP", "TD", "CR", "IR", "AR"]
            : ["CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA"]
        let hasEnvironmentalMetrics = !vector.explicitKeys.isDisjoint(with: environmentalKeys)
        let checks: [(score: String, severity: String?, accepted: [Double])] = [
            ("baseScore", "baseSeverity", [computed.base]),
            ("temporalScore", "temporalSeverity", [computed.temporal]),
            (
                "environmentalScore", "environmentalSeverity",
                hasEnvironmentalMetrics ? [computed.environmental] : [computed.environmental, computed.temporal]
            ),
        ]
        for check in checks {
            var score = check.accepted[0]
            if let given = cvss[check.score]?.number {
                if let match = check.accepted.first(where: { abs(given - $0) < 0.001 }) {
                    score = match
                } else {
                    report(
                        "6.1.9",
                        "\(path).\(check.score)",
                        "the vector gives a \(check.score) of \(Self.format(score)), not \(Self.format(given))"
                    )
                }
            }
            guard vector.version != .v2, let severityKey = check.severity,
                let given = cvss[severityKey]?.string
            else { continue }
            let expected = CVSS.severity(of: score)
            if given != expected {
                report(
                    "6.1.9",
                    "\(path).\(severityKey)",
                    "a score of \(Self.format(score)) has the severity \(expected), not \(given)"
                )
            }
        }
    }

    /// Test 6.1.10: each metric property says the same as the vector. A metric the vector leaves out is not
    /// contradicted by a property: the standard's own example documents state environmental properties such as
    /// `modifiedIntegrityImpact` next to vectors that carry base metrics only.
    private mutating func checkConsistency(_ cvss: JSON, vector: CVSS.Vector, path: String, metrics: [CVSS.Metric]) {
        for metric in metrics where vector.explicitKeys.contains(metric.key) {
            guard let given = cvss[metric.property]?.string,
                let expected = vector.values[metric.key].flatMap(metric.propertyValue(forVector:)),
                given != expected
            else { continue }
            report(
                "6.1.10",
                "\(path).\(metric.property)",
                "the property says \(given) but the vector says \(metric.key):\(vector.values[metric.key] ?? "")"
                    + " (\(expected))"
            )
        }
    }

    private static func format(_ score: Double) -> String {
        let tenths = Int((score * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
