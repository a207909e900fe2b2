import Foundation

extension CSAFValidator.CVSS.Vector {
    typealias Scores = CSAFValidator.CVSS.Scores

    /// The scores this vector defines, by the formulas of the CVSS v2.0, v3.0 or v3.1 specification.
    var scores: Scores {
        version == .v2 ? scores2 : scores3
    }

    private func weight(_ key: String, _ table: [String: Double]) -> Double {
        table[values[key] ?? ""] ?? 1
    }

    // MARK: CVSS v3.0 and v3.1

    private static let attackVector3 = ["N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2]
    private static let attackComplexity3 = ["L": 0.77, "H": 0.44]
    private static let userInteraction3 = ["N": 0.85, "R": 0.62]
    private static let impact3 = ["H": 0.56, "L": 0.22, "N": 0.0]
    private static let exploitMaturity3 = ["X": 1.0, "H": 1.0, "F": 0.97, "P": 0.94, "U": 0.91]
    private static let remediationLevel3 = ["X": 1.0, "U": 1.0, "W": 0.97, "T": 0.96, "O": 0.95]
    private static let reportConfidence3 = ["X": 1.0, "C": 1.0, "R": 0.96, "U": 0.92]
    private static let requirement3 = ["X": 1.0, "H": 1.5, "M": 1.0, "L": 0.5]

    private static func privilegesRequired3(_ value: String, scopeChanged: Bool) -> Double {
        switch value {
        case "L": scopeChanged ? 0.68 : 0.62
        case "H": scopeChanged ? 0.5 : 0.27
        default: 0.85
        }
    }

    /// The value of a modified metric, or of its base metric when the modified one is not defined.
    private func modified(_ key: String) -> String {
        let value = values["M\(key)"] ?? "X"
        return value == "X" ? values[key] ?? "" : value
    }

    /// CVSS v3.1 rounds up through an integer so that 4.000000001 does not become 4.1; v3.0 rounds up directly.
    private func roundUp(_ value: Double) -> Double {
        if version == .v30 {
            return (value * 10).rounded(.up) / 10
        }
        let scaled = Int((value * 100_000).rounded())
        return scaled % 10_000 == 0 ? Double(scaled) / 100_000 : Double(scaled / 10_000 + 1) / 10
    }

    private var scores3: Scores {
        let scopeChanged = values["S"] == "C"
        let impactSubScore =
            1 - (1 - weight("C", Self.impact3)) * (1 - weight("I", Self.impact3)) * (1 - weight("A", Self.impact3))
        let impact =
            scopeChanged
            ? 7.52 * (impactSubScore - 0.029) - 3.25 * pow(impactSubScore - 0.02, 15) : 6.42 * impactSubScore
        let exploitability =
            8.22 * weight("AV", Self.attackVector3) * weight("AC", Self.attackComplexity3)
            * Self.privilegesRequired3(values["PR"] ?? "", scopeChanged: scopeChanged)
            * weight("UI", Self.userInteraction3)
        let base: Double
        if impact <= 0 {
            base = 0
        } else if scopeChanged {
            base = roundUp(min(1.08 * (impact + exploitability), 10))
        } else {
            base = roundUp(min(impact + exploitability, 10))
        }
        let temporalFactor =
            weight("E", Self.exploitMaturity3) * weight("RL", Self.remediationLevel3)
            * weight("RC", Self.reportConfidence3)
        let temporal = roundUp(base * temporalFactor)

        let modifiedScopeChanged = modified("S") == "C"
        func modifiedImpact(_ key: String, _ requirement: String) -> Double {
            min(Self.impact3[modified(key)] ?? 0, 1) * weight(requirement, Self.requirement3)
        }
        let modifiedImpactSubScore = min(
            1 - (1 - modifiedImpact("C", "CR")) * (1 - modifiedImpact("I", "IR")) * (1 - modifiedImpact("A", "AR")),
            0.915
        )
        let environmentalImpact: Double
        if !modifiedScopeChanged {
            environmentalImpact = 6.42 * modifiedImpactSubScore
        } else if version == .v30 {
            environmentalImpact =
                7.52 * (modifiedImpactSubScore - 0.029) - 3.25 * pow(modifiedImpactSubScore - 0.02, 15)
        } else {
            environmentalImpact =
                7.52 * (modifiedImpactSubScore - 0.029) - 3.25 * pow(modifiedImpactSubScore * 0.9731 - 0.02, 13)
        }
        let environmentalExploitability =
            8.22 * (Self.attackVector3[modified("AV")] ?? 0) * (Self.attackComplexity3[modified("AC")] ?? 0)
            * Self.privilegesRequired3(modified("PR"), scopeChanged: modifiedScopeChanged)
            * (Self.userInteraction3[modified("UI")] ?? 0)
        let environmental: Double
        if environmentalImpact <= 0 {
            environmental = 0
        } else if modifiedScopeChanged {
            environmental = roundUp(
                roundUp(min(1.08 * (environmentalImpact + environmentalExploitability), 10)) * temporalFactor
            )
        } else {
            environmental = roundUp(
                roundUp(min(environmentalImpact + environmentalExploitability, 10)) * temporalFactor
            )
        }
        return Scores(base: base, temporal: temporal, environmental: environmental)
    }

    // MARK: CVSS v2.0

    private static let accessVector2 = ["L": 0.395, "A": 0.646, "N": 1.0]
    private static let accessComplexity2 = ["H": 0.35, "M": 0.61, "L": 0.71]
    private static let authentication2 = ["M": 0.45, "S": 0.56, "N": 0.704]
    private static let impact2 = ["N": 0.0, "P": 0.275, "C": 0.660]
    private static let exploitability2 = ["U": 0.85, "POC": 0.9, "F": 0.95, "H": 1.0, "ND": 1.0]
    private static let remediationLevel2 = ["OF": 0.87, "TF": 0.90, "W": 0.95, "U": 1.0, "ND": 1.0]
    private static let reportConfidence2 = ["UC": 0.90, "UR": 0.95, "C": 1.0, "ND": 1.0]
    private static let collateralDamage2 = ["N": 0.0, "L": 0.1, "LM": 0.3, "MH": 0.4, "H": 0.5, "ND": 0.0]
    private static let targetDistribution2 = ["N": 0.0, "L": 0.25, "M": 0.75, "H": 1.0, "ND": 1.0]
    private static let requirement2 = ["L": 0.5, "M": 1.0, "H": 1.51, "ND": 1.0]

    private static func roundToTenth(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }

    private var scores2: Scores {
        let exploitability =
            20 * weight("AV", Self.accessVector2) * weight("AC", Self.accessComplexity2)
            * weight("Au", Self.authentication2)
        func baseScore(impact: Double) -> Double {
            Self.roundToTenth((0.6 * impact + 0.4 * exploitability - 1.5) * (impact == 0 ? 0 : 1.176))
        }
        let impacts = ["C", "I", "A"].map { Self.impact2[values[$0] ?? ""] ?? 0 }
        let impact = 10.41 * (1 - (1 - impacts[0]) * (1 - impacts[1]) * (1 - impacts[2]))
        let base = baseScore(impact: impact)
        let temporalFactor =
            weight("E", Self.exploitability2) * weight("RL", Self.remediationLevel2)
            * weight("RC", Self.reportConfidence2)
        let temporal = Self.roundToTenth(base * temporalFactor)

        let requirements = ["CR", "IR", "AR"].map { weight($0, Self.requirement2) }
        let adjustedImpact = min(
            10,
            10.41
                * (1 - (1 - impacts[0] * requirements[0]) * (1 - impacts[1] * requirements[1])
                    * (1 - impacts[2] * requirements[2]))
        )
        let adjustedTemporal = Self.roundToTenth(baseScore(impact: adjustedImpact) * temporalFactor)
        let collateralDamage = Self.collateralDamage2[values["CDP"] ?? "ND"] ?? 0
        let environmental = Self.roundToTenth(
            (adjustedTemporal + (10 - adjustedTemporal) * collateralDamage) * weight("TD", Self.targetDistribution2)
        )
        return Scores(base: base, temporal: temporal, environmental: environmental)
    }
}
