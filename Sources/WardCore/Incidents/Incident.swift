import Foundation

/// A security incident (or a tabletop exercise of one) and the facts that decide which reports are due.
public struct Incident: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var organizationID: UUID
    public var title: String
    public var kind: IncidentKind
    public var status: IncidentStatus
    /// A tabletop exercise: the same record and playbook, but no real report is due.
    public var isExercise: Bool
    public var summary: String
    /// When the incident happened, if known; never after discovery.
    public var occurredAt: Date?
    /// When the organization knew, or by reasonable diligence would have known: the clock of most deadlines.
    public var discoveredAt: Date
    /// The IANA time zone in which calendar-day deadlines are counted (the organization's local time).
    public var timeZone: String
    public var affectedSystems: [String]
    public var phiInvolved: Bool
    public var individualsAffected: Int
    /// Residents affected per US state or territory (two-letter code).
    public var statesAffected: [String: Int]
    public var ransomDemanded: Bool
    public var ransomPaid: Bool
    public var ransomPaidAt: Date?
    /// The organization judged it a substantial ("covered") cyber incident under the federal reporting rule.
    public var coveredIncident: Bool
    public var patientCareImpact: Bool
    /// Ambulances diverted or patients sent elsewhere.
    public var diversion: Bool
    /// Staff worked on downtime (paper) procedures.
    public var downtimeProcedures: Bool
    /// People involved and their roles ("Dana Whitfield — incident lead").
    public var people: [String]
    public var contactName: String
    public var contactEmail: String
    public var createdAt: Date
    public var closedAt: Date?

    public init(
        id: UUID = UUID(),
        organizationID: UUID,
        title: String,
        kind: IncidentKind,
        status: IncidentStatus = .open,
        isExercise: Bool = false,
        summary: String = "",
        occurredAt: Date? = nil,
        discoveredAt: Date,
        timeZone: String = "UTC",
        affectedSystems: [String] = [],
        phiInvolved: Bool = false,
        individualsAffected: Int = 0,
        statesAffected: [String: Int] = [:],
        ransomDemanded: Bool = false,
        ransomPaid: Bool = false,
        ransomPaidAt: Date? = nil,
        coveredIncident: Bool = false,
        patientCareImpact: Bool = false,
        diversion: Bool = false,
        downtimeProcedures: Bool = false,
        people: [String] = [],
        contactName: String = "",
        contactEmail: String = "",
        createdAt: Date = Date(),
        closedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.title = title
        self.kind = kind
        self.status = status
        self.isExercise = isExercise
        self.summary = summary
        self.occurredAt = occurredAt
        self.discoveredAt = discoveredAt
        self.timeZone = timeZone
        self.affectedSystems = affectedSystems
        self.phiInvolved = phiInvolved
        self.individualsAffected = individualsAffected
        self.statesAffected = statesAffected
        self.ransomDemanded = ransomDemanded
        self.ransomPaid = ransomPaid
        self.ransomPaidAt = ransomPaidAt
        self.coveredIncident = coveredIncident
        self.patientCareImpact = patientCareImpact
        self.diversion = diversion
        self.downtimeProcedures = downtimeProcedures
        self.people = people
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.createdAt = createdAt
        self.closedAt = closedAt
    }

    /// The most residents of any one state.
    public var maxResidentsInOneState: Int { statesAffected.values.max() ?? 0 }

    /// Checks what must hold for the facts to make sense; errors name the field (HTTP 422).
    public func validated(now: Date? = nil) throws -> Incident {
        var copy = self
        copy.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !copy.title.isEmpty, copy.title.count <= 200 else {
            throw WardError(.unprocessable, "give the incident a title of 1 to 200 characters", location: "title")
        }
        guard TimeZone(identifier: timeZone) != nil else {
            throw WardError(
                .unprocessable,
                "'\(timeZone)' is not a time zone; use a name such as America/Chicago",
                location: "timeZone"
            )
        }
        if let occurredAt, occurredAt > discoveredAt {
            throw WardError(
                .unprocessable,
                "the incident cannot have happened after it was discovered",
                location: "occurredAt"
            )
        }
        if let now, discoveredAt > now.addingTimeInterval(300) {
            throw WardError(.unprocessable, "the discovery time is in the future", location: "discoveredAt")
        }
        guard individualsAffected >= 0 else {
            throw WardError(
                .unprocessable,
                "the number of individuals affected cannot be negative",
                location: "individualsAffected"
            )
        }
        var states: [String: Int] = [:]
        for (code, count) in statesAffected {
            let upper = code.uppercased().trimmingCharacters(in: .whitespaces)
            guard upper.count == 2, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw WardError(.unprocessable, "'\(code)' is not a two-letter state code", location: "statesAffected")
            }
            guard count >= 0 else {
                throw WardError(
                    .unprocessable,
                    "the number of residents of \(upper) cannot be negative",
                    location: "statesAffected.\(upper)"
                )
            }
            states[upper, default: 0] += count
        }
        copy.statesAffected = states
        if states.values.reduce(0, +) > individualsAffected {
            throw WardError(
                .unprocessable,
                "residents per state add up to \(states.values.reduce(0, +)), more than the \(individualsAffected) individuals affected",
                location: "statesAffected"
            )
        }
        if let ransomPaidAt {
            guard ransomPaid else {
                throw WardError(
                    .unprocessable,
                    "a payment time is given but the ransom is not marked paid",
                    location: "ransomPaidAt"
                )
            }
            if ransomPaidAt < (occurredAt ?? discoveredAt).addingTimeInterval(-86_400 * 365) {
                throw WardError(
                    .unprocessable,
                    "the ransom payment is dated long before the incident",
                    location: "ransomPaidAt"
                )
            }
        }
        if ransomPaid && !ransomDemanded { copy.ransomDemanded = true }
        if copy.diversion || copy.downtimeProcedures { copy.patientCareImpact = true }
        return copy
    }
}

/// What happened, in the categories of HICP's threats.
public enum IncidentKind: String, CaseIterable, Hashable, Sendable, Codable {
    case ransomware
    /// Phishing or business e-mail compromise.
    case phishing
    /// A lost or stolen laptop, phone, drive or paper record.
    case lostDevice = "lost_device"
    /// Data lost by an insider, by accident or on purpose.
    case insider
    /// A compromised network-connected medical device.
    case medicalDevice = "medical_device"
    case other

    public var label: String {
        switch self {
        case .ransomware: "ransomware"
        case .phishing: "phishing or business e-mail compromise"
        case .lostDevice: "lost or stolen device"
        case .insider: "insider data loss"
        case .medicalDevice: "medical-device compromise"
        case .other: "other"
        }
    }

    public init(parsing text: String, location: String = "kind") throws {
        let normalized = text.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(
            of: " ",
            with: "_"
        )
        guard let kind = IncidentKind(rawValue: normalized) else {
            throw WardError(
                .invalidInput,
                "unknown kind '\(text)'; use " + IncidentKind.allCases.map(\.rawValue).joined(separator: ", "),
                location: location
            )
        }
        self = kind
    }
}

/// Where the response stands.
public enum IncidentStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case open
    case contained
    case closed
}

/// One entry of an incident's timeline.
public struct TimelineEntry: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var at: Date
    public var text: String
    public var author: String

    public init(id: UUID = UUID(), at: Date, text: String, author: String) {
        self.id = id
        self.at = at
        self.text = text
        self.author = author
    }
}
