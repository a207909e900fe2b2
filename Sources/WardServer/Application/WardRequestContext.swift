import Foundation
import Hummingbird
import Logging
import NIOCore

/// The per-request context: Hummingbird's core storage plus who is calling.
public struct WardRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller, once ``AuthenticationMiddleware`` has identified one.
    public var principal: Principal?
    /// The client's address, for the audit log and throttling.
    public let remoteAddress: String?
    /// A scan agent's token (`wagent_…`), which only the agent protocol routes accept; such a request has no
    /// ``principal``, so every other route treats it as anonymous.
    public var agentToken: String?
    /// Set by the application from its configuration.
    public var maximumBodyBytes: Int = 1 << 20

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.principal = nil
        self.agentToken = nil
        switch source.channel.remoteAddress {
        case .v4(let address): self.remoteAddress = address.host
        case .v6(let address): self.remoteAddress = address.host
        default: self.remoteAddress = nil
        }
    }

    public var maxUploadSize: Int { maximumBodyBytes }
}
