/// Something a scan is about to touch, as presented to ``Scope/decide(_:at:)``.
///
/// Scope decisions are pure: the caller resolves a host name before asking, and passes every address it resolved
/// to, so that the decision covers the addresses the scanner will actually connect to.
public enum ScanTarget: Hashable, Sendable {
    /// A single address.
    case address(IPAddress)
    /// A host name and every address it resolved to; the list may be empty when the name did not resolve.
    case hostname(String, addresses: [IPAddress])
}

extension ScanTarget: CustomStringConvertible {
    /// The address, or the host name as given.
    public var description: String {
        switch self {
        case .address(let address): address.description
        case .hostname(let name, _): name
        }
    }
}
