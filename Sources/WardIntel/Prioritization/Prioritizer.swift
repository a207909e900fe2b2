import Foundation
import WardCore

/// Decides how urgent a vulnerability is for one asset, from what is known about its exploitation and impact and
/// from what the asset means for patients.
///
/// The decision follows the shape of CISA's Stakeholder-Specific Vulnerability Categorization: four decision points,
/// each with few values, and a table from their combination to Act, Attend, Track* or Track. Ward's table (see
/// ``decide(_:)``) is its own, written so that patient safety weighs as much as exploitation:
///
/// - **Exploitation**: `active` when CISA's KEV lists the CVE or CISA's ADP says so; `poc` when the ADP says a proof
///   of concept is public or EPSS gives at least a 10 % chance of exploitation within 30 days; otherwise `none`.
/// - **Automatable**: CISA's ADP value when present; otherwise `yes` when the CVSS vector says network, low
///   complexity, no privileges and no user interaction.
/// - **Technical impact**: CISA's ADP value when present; otherwise `total` when the CVSS vector has high
///   confidentiality and integrity impact (an attacker takes over), else `partial`.
/// - **Mission and well-being**: from the asset's clinical criticality: life-sustaining and life-supporting devices
///   are `high`; diagnostic devices and anything that stores or sends PHI are `medium`; the rest `low`.
///
/// Each prioritisation lists its reasons, one per decision point, so that people can see why.
public struct Prioritizer: Sendable {
    /// What is known about one vulnerability.
    public struct Vulnerability: Sendable, Hashable {
        public var cve: String
        public var kev: KEVEntry?
        public var epss: EPSSScores.Score?
        /// CVSS v3.x base score and vector.
        public var cvss3: NVDMetrics.CVSSData?
        /// CVSS v4.0 base score and vector.
        public var cvss4: NVDMetrics.CVSSData?
        /// SSVC decision points from CISA's ADP (`Exploitation`, `Automatable`, `Technical Impact`).
        public var ssvc: [String: String]

        public init(
            cve: String,
            kev: KEVEntry? = nil,
            epss: EPSSScores.Score? = nil,
            cvss3: NVDMetrics.CVSSData? = nil,
            cvss4: NVDMetrics.CVSSData? = nil,
            ssvc: [String: String] = [:]
        ) {
            self.cve = cve
            self.kev = kev
            self.epss = epss
            self.cvss3 = cvss3
            self.cvss4 = cvss4
            self.ssvc = ssvc
        }

        /// The highest base score known, v4.0 or v3.x.
        public var baseScore: Double? {
            [cvss4?.baseScore, cvss3?.baseScore].compactMap { $0 }.max()
        }
    }

    /// What the asset means for patient care.
    public struct Context: Sendable, Hashable {
        public var criticality: ClinicalCriticality?
        public var handlesPHI: Bool

        public init(criticality: ClinicalCriticality? = nil, handlesPHI: Bool = false) {
            self.criticality = criticality
            self.handlesPHI = handlesPHI
        }
    }

    public enum Exploitation: String, Sendable, Hashable, Codable, CaseIterable { case none, poc, active }
    public enum Automatable: String, Sendable, Hashable, Codable, CaseIterable { case no, yes }
    public enum TechnicalImpact: String, Sendable, Hashable, Codable, CaseIterable { case partial, total }
    public enum WellBeing: String, Sendable, Hashable, Codable, CaseIterable { case low, medium, high }

    /// The four decision points, as Ward settled them.
    public struct Points: Sendable, Hashable, Codable {
        public var exploitation: Exploitation
        public var automatable: Automatable
        public var technicalImpact: TechnicalImpact
        public var wellBeing: WellBeing

        public init(
            exploitation: Exploitation,
            automatable: Automatable,
            technicalImpact: TechnicalImpact,
            wellBeing: WellBeing
        ) {
            self.exploitation = exploitation
            self.automatable = automatable
            self.technicalImpact = technicalImpact
            self.wellBeing = wellBeing
        }
    }

    /// The outcome for one vulnerability on one asset.
    public struct Prioritization: Sendable, Hashable, Codable {
        public var cve: String
        public var decision: PriorityDecision
        public var points: Points
        /// Ward's severity from the base score (critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0).
        public var severity: Severity
        /// When it must be fixed: the KEV due date, otherwise `firstSeen` plus the policy's days for the severity.
        public var dueDate: Date?
        /// Where the due date comes from, in words.
        public var dueDateReason: String?
        /// One reason per decision point, and one for the due date.
        public var reasons: [String]
        public var ransomware: Bool
    }

    /// The EPSS probability from which exploitation counts as at least `poc`.
    public var epssThreshold: Double
    /// The organisation's remediation clocks.
    public var policy: RemediationPolicy

    public init(epssThreshold: Double = 0.1, policy: RemediationPolicy = RemediationPolicy()) {
        self.epssThreshold = epssThreshold
        self.policy = policy
    }

    /// Prioritises `vulnerability` on an asset described by `context`, first seen at `firstSeen`.
    public func prioritize(_ vulnerability: Vulnerability, on context: Context, firstSeen: Date) -> Prioritization {
        var reasons: [String] = []
        let points = Points(
            exploitation: exploitation(vulnerability, reasons: &reasons),
            automatable: automatable(vulnerability, reasons: &reasons),
            technicalImpact: technicalImpact(vulnerability, reasons: &reasons),
            wellBeing: wellBeing(context, reasons: &reasons)
        )
        let decision = Self.decide(points)
        let severity = Self.severity(vulnerability.baseScore)
        var dueDate: Date?
        var dueReason: String?
        if let kev = vulnerability.kev, let due = Self.endOfDay(kev.dueDate) {
            dueDate = due
            dueReason = "CISA's KEV due date \(kev.dueDate)"
        } else {
            let days: Int? =
                switch severity {
                case .critical: policy.criticalDays
                case .high: policy.highDays
                case .medium: policy.mediumDays
                case .low: policy.lowDays
                case .info: nil
                }
            if let days {
                dueDate = firstSeen.addingTimeInterval(Double(days) * 86_400)
                dueReason = "\(days) days for \(severity.rawValue) severity from when it was first seen"
            }
        }
        if let dueReason { reasons.append("Due: \(dueReason).") }
        return Prioritization(
            cve: vulnerability.cve,
            decision: decision,
            points: points,
            severity: severity,
            dueDate: dueDate,
            dueDateReason: dueReason,
            reasons: reasons,
            ransomware: vulnerability.kev?.usedByRansomware ?? false
        )
    }

    /// Ward's decision table. Active exploitation of a device that keeps a patient alive is Act whenever the
    /// attack can be automated or takes the device over; the same on a low-criticality asset is Attend at most
    /// unless both hold. A vulnerability nobody exploits stays on the schedule (Track), flagged Track* when the
    /// stakes are high.
    public static func decide(_ points: Points) -> PriorityDecision {
        let automatable = points.automatable == .yes
        let total = points.technicalImpact == .total
        switch (points.exploitation, points.wellBeing) {
        case (.active, .high):
            return automatable || total ? .act : .attend
        case (.active, .medium):
            return automatable && total ? .act : .attend
        case (.active, .low):
            return automatable && total ? .attend : (automatable || total ? .attend : .trackStar)
        case (.poc, .high):
            return automatable || total ? .attend : .trackStar
        case (.poc, .medium):
            return automatable && total ? .attend : .trackStar
        case (.poc, .low):
            return automatable && total ? .trackStar : .track
        case (.none, .high):
            return automatable && total ? .trackStar : (total ? .trackStar : .track)
        case (.none, .medium), (.none, .low):
            return .track
        }
    }

    private func exploitation(_ vulnerability: Vulnerability, reasons: inout [String]) -> Exploitation {
        if let kev = vulnerability.kev {
            var text = "Exploitation active: CISA added \(vulnerability.cve) to KEV on \(kev.dateAdded)"
            if kev.usedByRansomware { text += "; ransomware campaigns are known to use it" }
            reasons.append(text + ".")
            return .active
        }
        let adp = vulnerability.ssvc["Exploitation"]?.lowercased()
        if adp == "active" {
            reasons.append("Exploitation active, according to CISA's SSVC assessment.")
            return .active
        }
        if adp == "poc" || adp == "public poc" {
            reasons.append("Exploitation: a proof of concept is public, according to CISA's SSVC assessment.")
            return .poc
        }
        if let epss = vulnerability.epss, epss.probability >= epssThreshold {
            reasons.append(
                "Exploitation likely: EPSS gives \(Self.percent(epss.probability)) within 30 days "
                    + "(percentile \(Self.percent(epss.percentile)))."
            )
            return .poc
        }
        if let epss = vulnerability.epss {
            reasons.append(
                "No known exploitation; EPSS gives \(Self.percent(epss.probability)) within 30 days "
                    + "(percentile \(Self.percent(epss.percentile)))."
            )
        } else {
            reasons.append("No known exploitation and no EPSS score.")
        }
        return .none
    }

    private func automatable(_ vulnerability: Vulnerability, reasons: inout [String]) -> Automatable {
        if let adp = vulnerability.ssvc["Automatable"]?.lowercased() {
            let value: Automatable = adp == "yes" ? .yes : .no
            reasons.append("Automatable \(value.rawValue), according to CISA's SSVC assessment.")
            return value
        }
        guard let vector = vulnerability.cvss3?.vectorString ?? vulnerability.cvss4?.vectorString else {
            reasons.append("Automatable: unknown (no CVSS vector), counted as no.")
            return .no
        }
        let metrics = Self.vectorMetrics(vector)
        let yes = metrics["AV"] == "N" && metrics["AC"] == "L" && metrics["PR"] == "N" && metrics["UI"] == "N"
        reasons.append(
            yes
                ? "Automatable: the CVSS vector says network, low complexity, no privileges, no user interaction."
                : "Not automatable by the CVSS vector (it needs adjacency, privileges, interaction or luck)."
        )
        return yes ? .yes : .no
    }

    private func technicalImpact(_ vulnerability: Vulnerability, reasons: inout [String]) -> TechnicalImpact {
        if let adp = vulnerability.ssvc["Technical Impact"]?.lowercased() {
            let value: TechnicalImpact = adp == "total" ? .total : .partial
            reasons.append("Technical impact \(value.rawValue), according to CISA's SSVC assessment.")
            return value
        }
        guard let vector = vulnerability.cvss3?.vectorString ?? vulnerability.cvss4?.vectorString else {
            reasons.append("Technical impact: unknown (no CVSS vector), counted as partial.")
            return .partial
        }
        let metrics = Self.vectorMetrics(vector)
        let confidentiality = metrics["C"] ?? metrics["VC"]
        let integrity = metrics["I"] ?? metrics["VI"]
        let total = confidentiality == "H" && integrity == "H"
        reasons.append(
            total
                ? "Technical impact total: the CVSS vector gives high confidentiality and integrity impact."
                : "Technical impact partial by the CVSS vector."
        )
        return total ? .total : .partial
    }

    private func wellBeing(_ context: Context, reasons: inout [String]) -> WellBeing {
        switch context.criticality {
        case .lifeSustaining?, .lifeSupporting?:
            let words = context.criticality == .lifeSustaining ? "life-sustaining" : "life-supporting"
            reasons.append("Mission and well-being high: the device is \(words).")
            return .high
        case .diagnostic?:
            reasons.append("Mission and well-being medium: the device is used for diagnosis.")
            return .medium
        case .other?, nil:
            if context.handlesPHI {
                reasons.append("Mission and well-being medium: the asset stores or sends patient information.")
                return .medium
            }
            reasons.append("Mission and well-being low: no clinical function or patient information recorded.")
            return .low
        }
    }

    static func vectorMetrics(_ vector: String) -> [String: String] {
        var result: [String: String] = [:]
        for part in vector.split(separator: "/") {
            let pair = part.split(separator: ":", maxSplits: 1)
            if pair.count == 2 { result[String(pair[0])] = String(pair[1]) }
        }
        return result
    }

    static func severity(_ score: Double?) -> Severity {
        guard let score else { return .medium }
        switch score {
        case 9...: return .critical
        case 7..<9: return .high
        case 4..<7: return .medium
        case let value where value > 0: return .low
        default: return .info
        }
    }

    static func endOfDay(_ day: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 23, minute: 59, second: 59)
        )
    }

    static func percent(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 10
        return "\(scaled)%"
    }
}
