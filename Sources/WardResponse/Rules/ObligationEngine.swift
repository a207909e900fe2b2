import Foundation
import WardCore

/// A report an incident makes due: to whom, by when, how long is left, and the package of fields to send.
public struct Obligation: Sendable, Identifiable {
    /// `us-federal:hipaa-individuals`: the rule set and the rule (a colon, so it fits in a URL path segment).
    public var id: String { "\(ruleSetID):\(rule.id)" }
    public var ruleSetID: String
    public var ruleSetVersion: String
    public var rule: ReportingRule
    /// The moment the report is due, or nil when the anchor has not happened (a ransom not paid yet).
    public var dueAt: Date?
    /// The due moment written in the incident's time zone (`2027-01-30 23:59 America/Chicago`).
    public var dueText: String
    /// Seconds left at `now`; negative when overdue.
    public var secondsLeft: Double?
    /// Whether the organization recorded the report as filed.
    public var filedAt: Date?
    /// The fields the recipient asks for, filled from the incident where Ward knows the answer.
    public var package: [PackageField]

    public struct PackageField: Sendable, Codable {
        public var label: String
        public var value: String?
        public var help: String?
    }

    public enum State: String, Sendable, Codable {
        case due
        case overdue
        case filed
        /// The deadline's starting event has not happened.
        case waiting
    }

    public var state: State {
        if filedAt != nil { return .filed }
        guard let secondsLeft else { return .waiting }
        return secondsLeft < 0 ? .overdue : .due
    }

    /// "2 days 4 hours left", "overdue by 3 hours".
    public var countdown: String {
        guard let secondsLeft else { return "starts when the event happens" }
        let magnitude = abs(secondsLeft)
        let days = Int(magnitude / 86_400)
        let hours = Int(magnitude.truncatingRemainder(dividingBy: 86_400) / 3_600)
        let minutes = Int(magnitude.truncatingRemainder(dividingBy: 3_600) / 60)
        var parts: [String] = []
        if days > 0 { parts.append("\(days) day\(days == 1 ? "" : "s")") }
        if hours > 0 { parts.append("\(hours) hour\(hours == 1 ? "" : "s")") }
        if days == 0 && hours < 6 { parts.append("\(minutes) minute\(minutes == 1 ? "" : "s")") }
        let text = parts.isEmpty ? "less than a minute" : parts.joined(separator: " ")
        return secondsLeft < 0 ? "overdue by \(text)" : "\(text) left"
    }
}

/// Computes which reports an incident makes due, and by when.
///
/// Hour deadlines run on the clock (72 hours are 72 hours, whatever daylight saving does). Day deadlines count
/// calendar days in the incident's time zone and end at the last moment of the last day, so "60 days after discovery"
/// of an incident discovered at 23:30 on 1 March in Chicago ends at midnight Chicago time on 30 April.
public enum ObligationEngine {
    /// The obligations of an incident under every rule set, soonest first; exercises make none.
    ///
    /// - Parameters:
    ///   - filed: when each obligation (by ``Obligation/id``) was recorded as filed.
    ///   - now: the clock (injected so tests and the countdown agree).
    public static func obligations(
        for incident: Incident,
        ruleSets: [ReportingRuleSet],
        organizationName: String,
        filed: [String: Date] = [:],
        now: Date
    ) -> [Obligation] {
        guard !incident.isExercise else { return [] }
        var result: [Obligation] = []
        let timeZone = TimeZone(identifier: incident.timeZone) ?? .gmt
        for set in ruleSets {
            for rule in set.rules where rule.condition.holds(for: incident) {
                let due = dueDate(rule.deadline, incident: incident, timeZone: timeZone)
                let id = "\(set.id):\(rule.id)"
                result.append(
                    Obligation(
                        ruleSetID: set.id,
                        ruleSetVersion: set.version,
                        rule: rule,
                        dueAt: due,
                        dueText: due.map { describe($0, in: timeZone, named: incident.timeZone) }
                            ?? "when the event happens",
                        secondsLeft: due.map { $0.timeIntervalSince(now) },
                        filedAt: filed[id],
                        package: rule.fields.map { field in
                            Obligation.PackageField(
                                label: field.label,
                                value: field.from.flatMap {
                                    IncidentFacts.display($0, incident, organizationName: organizationName)
                                },
                                help: field.help
                            )
                        }
                    )
                )
            }
        }
        return result.sorted { ($0.dueAt ?? .distantFuture, $0.id) < ($1.dueAt ?? .distantFuture, $1.id) }
    }

    /// The due moment of a deadline for an incident, or nil when its anchor has not happened.
    public static func dueDate(_ deadline: Deadline, incident: Incident, timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let anchor: Date
        switch deadline.anchor {
        case .discovery: anchor = incident.discoveredAt
        case .ransomPayment:
            guard let paid = incident.ransomPaidAt else { return nil }
            anchor = paid
        case .endOfDiscoveryYear:
            let year = calendar.component(.year, from: incident.discoveredAt)
            // The last moment of 31 December, local time; days then count from that day.
            guard let lastDay = calendar.date(from: DateComponents(year: year, month: 12, day: 31, hour: 12)) else {
                return nil
            }
            anchor = lastDay
        }
        if let hours = deadline.hours { return anchor.addingTimeInterval(Double(hours) * 3_600) }
        let days = deadline.days ?? 0
        let startOfAnchorDay = calendar.startOfDay(for: anchor)
        // The end of the last day is the start of the day after it.
        guard let end = calendar.date(byAdding: .day, value: days + 1, to: startOfAnchorDay) else { return nil }
        return end.addingTimeInterval(-0.001)
    }

    /// The moment in the incident's zone, named as the incident names it (Foundation on Linux calls UTC "GMT").
    static func describe(_ date: Date, in timeZone: TimeZone, named name: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return
            "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)) \(name)"
    }
}
