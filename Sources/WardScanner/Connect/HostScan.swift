import Foundation

/// What a TCP port did when Ward tried to connect, in nmap's words.
public enum PortState: String, Hashable, Sendable, Codable {
    /// The connection was accepted.
    case open
    /// The host refused it (a reset): the host is there, the port is not listening.
    case closed
    /// Nothing came back before the timeout, or an error other than a refusal: a firewall or a silent host.
    case filtered
}

/// One port of a scanned host.
public struct PortResult: Hashable, Sendable, Codable {
    public var port: Int
    public var transport: String
    public var state: PortState

    public init(port: Int, transport: String = "tcp", state: PortState) {
        self.port = port
        self.transport = transport
        self.state = state
    }
}

/// What a connect scan of one host saw.
public struct HostScan: Hashable, Sendable, Codable {
    public var address: String
    /// Whether anything answered (an open or a closed port).
    public var up: Bool
    /// Open and closed ports; filtered ones are counted, not listed.
    public var ports: [PortResult]
    public var filteredCount: Int
    public var profile: String
    public var startedAt: Date
    public var finishedAt: Date

    public init(
        address: String,
        up: Bool,
        ports: [PortResult],
        filteredCount: Int,
        profile: String,
        startedAt: Date,
        finishedAt: Date
    ) {
        self.address = address
        self.up = up
        self.ports = ports
        self.filteredCount = filteredCount
        self.profile = profile
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }

    /// The open ports.
    public var openPorts: [Int] { ports.filter { $0.state == .open }.map(\.port) }
}
