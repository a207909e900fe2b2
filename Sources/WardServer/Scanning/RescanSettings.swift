import Foundation
import WardCore
import WardScanner

/// How an organization wants its hosts rescanned: off until someone turns it on, then on the risk-based cadence of
/// ``RescanPolicy``, with a safety profile and a port list.
public struct RescanSettings: Hashable, Sendable, Codable {
    /// Rescanning runs only for organizations that turned it on.
    public var enabled: Bool
    public var policy: RescanPolicy
    /// `gentle` by default.
    public var profile: String
    /// The ports every rescan checks (``PortList`` text).
    public var ports: String

    public init(
        enabled: Bool = false,
        policy: RescanPolicy = RescanPolicy(),
        profile: String = "gentle",
        ports: String = PortList.clinicalDefault.description
    ) {
        self.enabled = enabled
        self.policy = policy
        self.profile = profile
        self.ports = ports
    }

    /// Checks every part; the error names the field.
    public func validate() throws {
        try policy.validate()
        _ = try SafetyProfile.named(profile)
        _ = try PortList(ports)
    }

    /// The setting's name in the store.
    static let name = "rescan"
}
