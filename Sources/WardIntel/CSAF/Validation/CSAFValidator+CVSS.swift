import Foundation

extension CSAFValidator {
    /// The CVSS v2.0, v3.0 and v3.1 vocabularies and formulas that tests 6.1.8 to 6.1.10 need.
    ///
    /// Each metric appears once, with its abbreviation in the vector string, the name of the JSON property that may
    /// repeat it, and the pairs of vector value and property value, so that the structure check, the consistency
    /// check and the computation cannot disagree about what a metric means.
    enum CVSS {
        struct Metric {
            var key: String
            var property: String
            var values: [(vector: String, property: String)]
            /// The vector value meaning "not defined", for temporal and environmental metrics.
            var notDefined: String?

            init(_ key: String, _ property: String, _ values: [(String, String)], notDefined: String? = nil) {
                self.key = key
                self.property = property
                self.values = values.map { (vector: $0.0, property: $0.1) }
                self.notDefined = notDefined
            }

            func propertyValue(forVector value: String) -> String? {
                values.first { $0.vector == value }?.property
            }
        }

        enum Version: String {
            case v2 = "2.0"
            case v30 = "3.0"
            case v31 = "3.1"
        }

        static let severities = ["NONE", "LOW", "MEDIUM", "HIGH", "CRITICAL"]

        private static let impact3 = [("N", "NONE"), ("L", "LOW"), ("H", "HIGH")]
        private static let requirement3 = [("X", "NOT_DEFINED"), ("H", "HIGH"), ("M", "MEDIUM"), ("L", "LOW")]
        private static let modifiedImpact3 = [("X", "NOT_DEFINED")] + impact3

        static let metrics3: [Metric] = [
            Metric(
                "AV",
                "attackVector",
                [("N", "NETWORK"), ("A", "ADJACENT_NETWORK"), ("L", "LOCAL"), ("P", "PHYSICAL")]
            ),
            Metric("AC", "attackComplexity", [("L", "LOW"), ("H", "HIGH")]),
            Metric("PR", "privilegesRequired", [("N", "NONE"), ("L", "LOW"), ("H", "HIGH")]),
            Metric("UI", "userInteraction", [("N", "NONE"), ("R", "REQUIRED")]),
            Metric("S", "scope", [("U", "UNCHANGED"), ("C", "CHANGED")]),
            Metric("C", "confidentialityImpact", impact3),
            Metric("I", "integrityImpact", impact3),
            Metric("A", "availabilityImpact", impact3),
            Metric(
                "E",
                "exploitCodeMaturity",
                [
                    ("X", "NOT_DEFINED"), ("H", "HIGH"), ("F", "FUNCTIONAL"), ("P", "PROOF_OF_CONCEPT"),
                    ("U", "UNPROVEN"),
                ],
                notDefined: "X"
            ),
            Metric(
                "RL",
                "remediationLevel",
                [
                    ("X", "NOT_DEFINED"), ("U", "UNAVAILABLE"), ("W", "WORKAROUND"), ("T", "TEMPORARY_FIX"),
                    ("O", "OFFICIAL_FIX"),
                ],
                notDefined: "X"
            ),
            Metric(
                "RC",
                "reportConfidence",
                [("X", "NOT_DEFINED"), ("C", "CONFIRMED"), ("R", "REASONABLE"), ("U", "UNKNOWN")],
                notDefined: "X"
            ),
            Metric("CR", "confidentialityRequirement", requirement3, notDefined: "X"),
            Metric("IR", "integrityRequirement", requirement3, notDefined: "X"),
            Metric("AR", "availabilityRequirement", requirement3, notDefined: "X"),
            Metric(
                "MAV",
                "modifiedAttackVector",
                [
                    ("X", "NOT_DEFINED"), ("N", "NETWORK"), ("A", "ADJACENT_NETWORK"), ("L", "LOCAL"),
                    ("P", "PHYSICAL"),
                ],
                notDefined: "X"
            ),
            Metric(
                "MAC",
                "modifiedAttackComplexity",
                [("X", "NOT_DEFINED"), ("L", "LOW"), ("H", "HIGH")],
                notDefined: "X"
            ),
            Metric(
                "MPR",
                "modifiedPrivilegesRequired",
                [("X", "NOT_DEFINED"), ("N", "NONE"), ("L", "LOW"), ("H", "HIGH")],
                notDefined: "X"
            ),
            Metric(
                "MUI",
                "modifiedUserInteraction",
                [("X", "NOT_DEFINED"), ("N", "NONE"), ("R", "REQUIRED")],
                notDefined: "X"
            ),
            Metric(
                "MS",
                "modifiedScope",
                [("X", "NOT_DEFINED"), ("U", "UNCHANGED"), ("C", "CHANGED")],
                notDefined: "X"
            ),
            Metric("MC", "modifiedConfidentialityImpact", modifiedImpact3, notDefined: "X"),
            Metric("MI", "modifiedIntegrityImpact", modifiedImpact3, notDefined: "X"),
            Metric("MA", "modifiedAvailabilityImpact", modifiedImpact3, notDefined: "X"),
        ]

        private static let impact2 = [("N", "NONE"), ("P", "PARTIAL"), ("C", "COMPLETE")]
        private static let requirement2 = [("L", "LOW"), ("M", "MEDIUM"), ("H", "HIGH"), ("ND", "NOT_DEFINED")]

        static let metrics2: [Metric] = [
            Metric("AV", "accessVector", [("L", "LOCAL"), ("A", "ADJACENT_NETWORK"), ("N", "NETWORK")]),
            Metric("AC", "accessComplexity", [("H", "HIGH"), ("M", "MEDIUM"), ("L", "LOW")]),
            Metric("Au", "authentication", [("M", "MULTIPLE"), ("S", "SINGLE"), ("N", "NONE")]),
            Metric("C", "confidentialityImpact", impact2),
            Metric("I", "integrityImpact", impact2),
            Metric("A", "availabilityImpact", impact2),
            Metric(
                "E",
                "exploitability",
                [
                    ("U", "UNPROVEN"), ("POC", "PROOF_OF_CONCEPT"), ("F", "FUNCTIONAL"), ("H", "HIGH"),
                    ("ND", "NOT_DEFINED"),
                ],
                notDefined: "ND"
            ),
            Metric(
                "RL",
                "remediationLevel",
                [
                    ("OF", "OFFICIAL_FIX"), ("TF", "TEMPORARY_FIX"), ("W", "WORKAROUND"), ("U", "UNAVAILABLE"),
                    ("ND", "NOT_DEFINED"),
                ],
                notDefined: "ND"
            ),
            Metric(
                "RC",
                "reportConfidence",
                [("UC", "UNCONFIRMED"), ("UR", "UNCORROBORATED"), ("C", "CONFIRMED"), ("ND", "NOT_DEFINED")],
                notDefined: "ND"
            ),
            Metric(
                "CDP",
                "collateralDamagePotential",
                [
                    ("N", "NONE"), ("L", "LOW"), ("LM", "LOW_MEDIUM"), ("MH", "MEDIUM_HIGH"), ("H", "HIGH"),
                    ("ND", "NOT_DEFINED"),
                ],
                notDefined: "ND"
            ),
            Metric(
                "TD",
                "targetDistribution",
                [("N", "NONE"), ("L", "LOW"), ("M", "MEDIUM"), ("H", "HIGH"), ("ND", "NOT_DEFINED")],
                notDefined: "ND"
            ),
            Metric("CR", "confidentialityRequirement", requirement2, notDefined: "ND"),
            Metric("IR", "integrityRequirement", requirement2, notDefined: "ND"),
            Metric("AR", "availabilityRequirement", requirement2, notDefined: "ND"),
        ]

        static func metrics(for version: Version) -> [Metric] {
            version == .v2 ? metrics2 : metrics3
        }

        /// A parsed vector: each metric's value by its abbreviation; absent temporal and environmental metrics are
        /// filled in as "not defined", as the CVSS specifications say.
        struct Vector {
            var version: Version
            var values: [String: String]
            /// The metrics the vector string names itself, as opposed to those filled in as "not defined".
            var explicitKeys: Set<String>

            /// Parses `text` as a vector of `version`, or says why it is not one.
            static func parse(_ text: String, version: Version) -> Result<Vector, VectorError> {
                var body = Substring(text)
                if version != .v2 {
                    let prefix = "CVSS:\(version.rawValue)/"
                    guard body.hasPrefix(prefix) else {
                        return .failure(VectorError("it does not start with \(prefix)"))
                    }
                    body = body.dropFirst(prefix.count)
                }
                let known = CVSS.metrics(for: version)
                var values: [String: String] = [:]
                for component in body.split(separator: "/", omittingEmptySubsequences: false) {
                    let parts = component.split(separator: ":", omittingEmptySubsequences: false)
                    guard parts.count == 2, let metric = known.first(where: { $0.key == parts[0] }),
                        metric.propertyValue(forVector: String(parts[1])) != nil
                    else {
                        return .failure(
                            VectorError("'\(component)' is not a CVSS \(version.rawValue) metric and value")
                        )
                    }
                    guard values.updateValue(String(parts[1]), forKey: metric.key) == nil else {
                        return .failure(VectorError("the metric \(metric.key) appears twice"))
                    }
                }
                let explicitKeys = Set(values.keys)
                for metric in known {
                    if values[metric.key] == nil {
                        guard let notDefined = metric.notDefined else {
                            return .failure(VectorError("the base metric \(metric.key) is missing"))
                        }
                        values[metric.key] = notDefined
                    }
                }
                return .success(Vector(version: version, values: values, explicitKeys: explicitKeys))
            }
        }

        struct VectorError: Error {
            var reason: String
            init(_ reason: String) { self.reason = reason }
        }

        /// The base, temporal and environmental scores a vector defines. Without temporal or environmental metrics
        /// those scores equal the base score, as the formulas give with every weight at "not defined".
        struct Scores {
            var base: Double
            var temporal: Double
            var environmental: Double
        }

        static func severity(of score: Double) -> String {
            switch score {
            case ..<0.05: "NONE"
            case ..<3.95: "LOW"
            case ..<6.95: "MEDIUM"
            case ..<8.95: "HIGH"
            default: "CRITICAL"
            }
        }
    }
}
