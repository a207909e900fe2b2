import Foundation
import WardCore
import WardFrameworks

/// A set of reporting rules as data (`ward-reporting-rules/1`): which reports an incident makes due, to whom, by when.
///
/// Ward bundles the US federal set; states' own rules are added as further files (`ward rules import`). Every rule
/// names its source and its legal status (in force, proposed, voluntary).
public struct ReportingRuleSet: Sendable, Identifiable {
    public var id: String
    public var version: String
    public var title: String
    public var source: String
    public var date: String
    public var description: String
    public var rules: [ReportingRule]
}

/// One reporting obligation.
public struct ReportingRule: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var recipient: String
    public var legalStatus: LegalStatus
    public var source: String
    public var portal: String?
    public var condition: Condition
    public var deadline: Deadline
    public var deadlineText: String
    public var note: String?
    /// What the recipient's form asks, and where the value comes from.
    public var fields: [Field]

    public enum LegalStatus: String, Sendable, CaseIterable, Codable {
        case inForce = "in-force"
        case proposed
        case voluntary
    }

    public struct Field: Sendable, Codable {
        public var label: String
        /// An incident field (`individualsAffected`); nil when a person must fill it.
        public var from: String?
        public var help: String?
    }
}

/// When a rule applies.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case always
    case equals(field: String, value: ConditionValue)
    case atLeast(field: String, value: Double)
    case greaterThan(field: String, value: Double)
    case lessThan(field: String, value: Double)
    case isIn(field: String, values: [String])

    public enum ConditionValue: Sendable, Equatable {
        case bool(Bool)
        case string(String)
    }

    /// Whether an incident meets the condition.
    public func holds(for incident: Incident) -> Bool {
        switch self {
        case .all(let parts): parts.allSatisfy { $0.holds(for: incident) }
        case .any(let parts): parts.contains { $0.holds(for: incident) }
        case .always: true
        case .equals(let field, let value):
            switch value {
            case .bool(let flag): IncidentFacts.bool(field, incident) == flag
            case .string(let text): IncidentFacts.text(field, incident) == text
            }
        case .atLeast(let field, let value): (IncidentFacts.number(field, incident) ?? -.infinity) >= value
        case .greaterThan(let field, let value): (IncidentFacts.number(field, incident) ?? -.infinity) > value
        case .lessThan(let field, let value): (IncidentFacts.number(field, incident) ?? .infinity) < value
        case .isIn(let field, let values): IncidentFacts.text(field, incident).map(values.contains) ?? false
        }
    }
}

/// How long after which moment a report is due.
public struct Deadline: Sendable {
    public enum Anchor: String, Sendable, CaseIterable {
        /// When the incident was discovered.
        case discovery
        /// When a ransom was paid.
        case ransomPayment
        /// The end of the calendar year in which the incident was discovered (HIPAA's small-breach log).
        case endOfDiscoveryYear
    }

    public var anchor: Anchor
    /// Calendar days in the incident's time zone (due at the end of the last day), or exact hours.
    public var days: Int?
    public var hours: Int?
}

/// The incident fields rules may test, by name.
public enum IncidentFacts {
    static let booleans: Set<String> = [
        "phiInvolved", "ransomDemanded", "ransomPaid", "coveredIncident", "patientCareImpact", "isExercise",
    ]
    static let numbers: Set<String> = ["individualsAffected", "maxResidentsInOneState"]
    static let texts: Set<String> = [
        "kind", "title", "summary", "organizationName", "contactName", "contactEmail", "discoveredAt", "occurredAt",
        "statesAffected", "affectedSystems", "timeZone", "status",
    ]
    static var all: Set<String> { booleans.union(numbers).union(texts) }

    static func bool(_ field: String, _ incident: Incident) -> Bool? {
        switch field {
        case "phiInvolved": incident.phiInvolved
        case "ransomDemanded": incident.ransomDemanded
        case "ransomPaid": incident.ransomPaid
        case "coveredIncident": incident.coveredIncident
        case "patientCareImpact": incident.patientCareImpact
        case "isExercise": incident.isExercise
        default: nil
        }
    }

    static func number(_ field: String, _ incident: Incident) -> Double? {
        switch field {
        case "individualsAffected": Double(incident.individualsAffected)
        case "maxResidentsInOneState": Double(incident.maxResidentsInOneState)
        default: nil
        }
    }

    static func text(_ field: String, _ incident: Incident) -> String? {
        switch field {
        case "kind": incident.kind.rawValue
        case "status": incident.status.rawValue
        default: nil
        }
    }

    /// A field's value as text for a report package.
    public static func display(_ field: String, _ incident: Incident, organizationName: String) -> String? {
        if let flag = bool(field, incident) { return flag ? "yes" : "no" }
        if let value = number(field, incident) { return String(Int(value)) }
        let format = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: incident.timeZone) ?? .gmt)
        switch field {
        case "kind": return incident.kind.label
        case "title": return incident.title
        case "summary": return incident.summary.isEmpty ? nil : incident.summary
        case "organizationName": return organizationName
        case "contactName": return incident.contactName.isEmpty ? nil : incident.contactName
        case "contactEmail": return incident.contactEmail.isEmpty ? nil : incident.contactEmail
        case "discoveredAt": return incident.discoveredAt.formatted(format)
        case "occurredAt": return incident.occurredAt?.formatted(format)
        case "statesAffected":
            return incident.statesAffected.isEmpty
                ? nil
                : incident.statesAffected.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(
                    separator: ", "
                )
        case "affectedSystems":
            return incident.affectedSystems.isEmpty ? nil : incident.affectedSystems.joined(separator: ", ")
        case "timeZone": return incident.timeZone
        case "status": return incident.status.rawValue
        default: return nil
        }
    }
}
