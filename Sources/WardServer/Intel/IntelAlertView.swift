import Foundation
import WardIntel
import WardStore

/// An alert as the API and `ward alerts list --format json` show it: its fields, and the matches behind it as
/// objects (every source with its reason, the confidence, the prioritisation), not as stored text.
public struct IntelAlertView: Encodable, Sendable {
    public var alert: IntelAlert

    public init(_ alert: IntelAlert) { self.alert = alert }

    enum Keys: String, CodingKey {
        case id, vulnerability, state, decision, title, vendors, assets, firstSeen, lastSeen, resolvedAt, matches
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(alert.id, forKey: .id)
        try container.encode(alert.vulnerability, forKey: .vulnerability)
        try container.encode(alert.state.rawValue, forKey: .state)
        try container.encodeIfPresent(alert.decision, forKey: .decision)
        try container.encodeIfPresent(alert.title, forKey: .title)
        try container.encode(alert.vendors, forKey: .vendors)
        try container.encode(alert.assets, forKey: .assets)
        try container.encode(alert.firstSeen, forKey: .firstSeen)
        try container.encode(alert.lastSeen, forKey: .lastSeen)
        try container.encodeIfPresent(alert.resolvedAt, forKey: .resolvedAt)
        try container.encode(try matches(), forKey: .matches)
    }

    /// The matches behind the alert.
    public func matches() throws -> [VulnerabilityMatch] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode([VulnerabilityMatch].self, from: Data(alert.body.utf8))
    }
}
