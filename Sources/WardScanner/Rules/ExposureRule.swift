import Foundation
import WardCore

/// A declarative rule that turns what a scan observed into a finding a person can act on: a plain title, why it
/// matters in a hospital, how bad it is, what to do, and the HICP practices and HPH CPG goals it bears on.
public struct ExposureRule: Hashable, Sendable, Codable, Identifiable {
    /// What a rule looks for in a service.
    public enum Condition: Hashable, Sendable, Codable {
        /// The port is open (TCP).
        case openPort([Int])
        /// A probe recorded this fact with this value (`dicom.accepts_any_caller` = `true`).
        case fact(String, equals: String)
        /// A probe identified one of these services (the `service` fact), on whatever port: Telnet found by its
        /// greeting on port 2323 is still Telnet.
        case service([String])
        /// Any of the conditions.
        case anyOf([Condition])
    }

    /// Stable: it is the finding's rule.
    public var id: String
    public var title: String
    /// Why it matters in a hospital, in plain words.
    public var why: String
    public var severity: Severity
    public var remediation: String
    public var hicpPractices: [String]
    public var hphGoals: [String]
    public var condition: Condition

    /// Whether the rule matches a service.
    public func matches(_ service: ObservedService) -> Bool {
        Self.holds(condition, for: service)
    }

    static func holds(_ condition: Condition, for service: ObservedService) -> Bool {
        switch condition {
        case .openPort(let ports): service.state == .open && ports.contains(service.port)
        case .fact(let name, let value): service.facts[name] == value
        case .service(let names): service.state == .open && service.facts["service"].map(names.contains) == true
        case .anyOf(let conditions): conditions.contains { holds($0, for: service) }
        }
    }
}

/// A service as the scanner saw it: its port and state, and facts the probes recorded about it.
public struct ObservedService: Hashable, Sendable, Codable {
    public var port: Int
    public var transport: String
    public var state: PortState
    /// Probe facts, such as `dicom.accepts_any_caller` = `true` or `tls.legacy_versions` = `true`.
    public var facts: [String: String]

    public init(port: Int, transport: String = "tcp", state: PortState, facts: [String: String] = [:]) {
        self.port = port
        self.transport = transport
        self.state = state
        self.facts = facts
    }
}

/// One rule that matched one service of one host.
public struct ExposureMatch: Hashable, Sendable {
    public var rule: ExposureRule
    public var port: Int
    public var transport: String
}

extension ExposureRule {
    /// Every rule that matches a service of the host, one match per rule and port.
    public static func evaluate(_ services: [ObservedService], rules: [ExposureRule] = bundled) -> [ExposureMatch] {
        var matches: [ExposureMatch] = []
        for service in services {
            for rule in rules where rule.matches(service) {
                matches.append(ExposureMatch(rule: rule, port: service.port, transport: service.transport))
            }
        }
        return matches
    }
}
