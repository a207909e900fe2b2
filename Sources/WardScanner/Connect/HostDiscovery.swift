import Foundation
import WardCore

#if canImport(Glibc)
    import CWardEpoll
    import Glibc
#endif

/// Finds which addresses of a range are up before their ports are swept, so that a large range of mostly silent
/// addresses costs a few probes per address instead of the whole port list.
///
/// Two methods, in this order:
///
/// 1. **ICMP echo** (IPv4 only), when the process may open an ICMP socket: first an unprivileged ICMP datagram socket
///    (allowed when `net.ipv4.ping_group_range` includes the process's group), else a raw socket (root or
///    `CAP_NET_RAW`). If neither opens, ICMP is skipped and ``Result/icmpAvailable`` says so. An echo request is the
///    lightest probe a device can get, so it goes first; an address that answers is not probed further.
/// 2. **TCP connect** with ``ConnectSweep`` to a small port set (``defaultPorts``) for every address ICMP did not
///    find (all IPv6 addresses among them). An address is up when any port completes the connection (open) or
///    answers with a reset (closed: the host is there, the port is not listening); filtered everywhere is not up.
///
/// Both methods use the profile's pacing: attempts per second, attempts in flight, timeout, and one retry for silence
/// when the profile retries silent ports. They run one after the other, so the profile's rate holds for the whole
/// discovery.
///
/// ```swift
/// let discovery = HostDiscovery(profile: .standard)
/// let result = await discovery.discover(addresses)
/// for address in result.up { print(address, result.evidence[address]!) }  // "10.0.0.7 tcp 443 open"
/// ```
///
/// - Important: Discovery probes only the addresses it is given; scope is decided before (``Scope/decide(_:at:)``).
///   Its TCP connections send no byte and close the moment they complete; an echo request carries 16 bytes.
public struct HostDiscovery: Sendable {
    /// A way of finding that an address is up.
    public enum Method: String, Hashable, Sendable, CaseIterable {
        /// ICMP echo request and reply (IPv4 only).
        case icmpEcho = "icmp-echo"
        /// TCP connection attempts to ``HostDiscovery/ports``.
        case tcp
    }

    /// The kind of ICMP socket discovery used.
    public enum ICMPSocketKind: String, Hashable, Sendable, CaseIterable {
        /// `socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP)`: no privilege, when `net.ipv4.ping_group_range` allows the
        /// process's group. The kernel chooses the echo identifier.
        case datagram
        /// `socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)`: root or `CAP_NET_RAW`.
        case raw
    }

    /// What showed that an address is up.
    public enum Evidence: Hashable, Sendable, CustomStringConvertible {
        /// A TCP connection to the port completed.
        case tcpOpen(port: Int)
        /// The host answered a TCP connection to the port with a reset: nothing listens there, but the host is up.
        case tcpRefused(port: Int)
        /// The host answered an ICMP echo request.
        case icmpEchoReply

        /// In a few words: `tcp 443 open`, `tcp 80 refused`, `icmp echo reply`.
        public var description: String {
            switch self {
            case .tcpOpen(let port): "tcp \(port) open"
            case .tcpRefused(let port): "tcp \(port) refused"
            case .icmpEchoReply: "icmp echo reply"
            }
        }
    }

    /// What a discovery found.
    public struct Result: Hashable, Sendable {
        /// The addresses that are up, in the order they were given.
        public var up: [IPAddress]
        /// How each up address was found.
        public var evidence: [IPAddress: Evidence]
        /// Whether an ICMP socket could be opened (false also when ICMP was not asked for or no address is IPv4).
        public var icmpAvailable: Bool
        /// The ICMP socket used, when one was.
        public var icmpSocket: ICMPSocketKind?
        /// Echo requests sent, retries included.
        public var icmpProbes: Int
        /// The TCP sweep's statistics (all zero when no address was left for TCP).
        public var tcpStatistics: ConnectSweep.Statistics
        /// Whether discovery stopped early because it was cancelled; then addresses not yet probed count as down.
        public var cancelled: Bool

        /// Whether the address was found up.
        public func isUp(_ address: IPAddress) -> Bool { evidence[address] != nil }

        /// Probes of either kind, retries included.
        public var probes: Int { icmpProbes + tcpStatistics.attempts }
    }

    /// The TCP ports discovery tries, chosen for the networks Ward scans (clinics and hospitals) as well as offices:
    ///
    /// - 22 (SSH) and 3389 (RDP): servers, workstations and many appliances administered remotely;
    /// - 80, 443 and 8080: web servers and the embedded web interfaces of printers, cameras and medical devices;
    /// - 135, 139 and 445 (Windows RPC, NetBIOS, SMB): every Windows host, including the Windows PCs that run imaging
    ///   modalities and their consoles, answers or refuses there, even with most services closed;
    /// - 104 (DICOM): PACS, modalities and DICOM routers that expose nothing else.
    ///
    /// A host that refuses any one of them is found just as well as one that accepts, so the set needs only to reach
    /// past a host firewall that drops most ports.
    public static let defaultPorts = PortList(ports: [22, 80, 104, 135, 139, 443, 445, 3389, 8080])

    public let profile: SafetyProfile
    /// The methods to use (both by default).
    public var methods: Set<Method>
    /// The TCP ports to try (``defaultPorts`` by default).
    public var ports: PortList
    /// The ICMP sockets to try, in order; the first that opens is used.
    var icmpSocketKinds: [ICMPSocketKind] = [.datagram, .raw]

    public init(profile: SafetyProfile, methods: Set<Method> = Set(Method.allCases), ports: PortList = defaultPorts) {
        self.profile = profile
        self.methods = methods
        self.ports = ports
    }

    /// Finds which of the addresses are up: ICMP echo first (when allowed), then TCP for the rest.
    ///
    /// `progress` reports each phase's work from zero (addresses settled by ICMP, then address–port pairs of the TCP
    /// sweep) and stops discovery when cancelled; cancelling the calling task stops it too.
    ///
    /// - Parameters:
    ///   - addresses: The addresses to probe, already allowed by scope. Repeats are probed once.
    ///   - progress: A window into the running discovery, with a switch that stops it.
    /// - Returns: The up addresses in the order given, with how each was found.
    public func discover(
        _ addresses: [IPAddress],
        progress: ConnectSweep.Progress = ConnectSweep.Progress()
    ) async -> Result {
        var result = Result(
            up: [],
            evidence: [:],
            icmpAvailable: false,
            icmpSocket: nil,
            icmpProbes: 0,
            tcpStatistics: ConnectSweep.Statistics(),
            cancelled: false
        )
        var seen = Set<IPAddress>()
        let unique = addresses.filter { seen.insert($0).inserted }
        let ipv4 = unique.compactMap { address -> UInt32? in
            if case .v4(let value) = address { return value }
            return nil
        }
        if methods.contains(.icmpEcho), !ipv4.isEmpty {
            let echo = await ICMPEcho(options: icmpOptions, kinds: icmpSocketKinds).run(ipv4, progress: progress)
            result.icmpSocket = echo.kind
            result.icmpAvailable = echo.kind != nil
            result.icmpProbes = echo.probes
            result.cancelled = echo.cancelled
            for value in echo.answered { result.evidence[.v4(value)] = .icmpEchoReply }
        }
        let remaining = unique.filter { result.evidence[$0] == nil }
        if methods.contains(.tcp), !remaining.isEmpty, !ports.ports.isEmpty, !progress.isCancelled {
            let sweep = ConnectSweep(options: ConnectScanner(profile: profile).sweepOptions)
            let report = await sweep.run(remaining, ports: ports, progress: progress)
            result.tcpStatistics = report.statistics
            result.cancelled = result.cancelled || report.statistics.cancelled
            for outcome in report.answered {
                let found: Evidence =
                    outcome.state == .open ? .tcpOpen(port: outcome.port) : .tcpRefused(port: outcome.port)
                result.evidence[outcome.address] = Self.stronger(result.evidence[outcome.address], found)
            }
        }
        result.cancelled = result.cancelled || progress.isCancelled
        result.up = unique.filter { result.evidence[$0] != nil }
        return result
    }

    /// Of two pieces of TCP evidence, the one to report: an open port before a refused one, then the lower port.
    static func stronger(_ current: Evidence?, _ candidate: Evidence) -> Evidence {
        guard let current else { return candidate }
        func rank(_ evidence: Evidence) -> (Int, Int) {
            switch evidence {
            case .icmpEchoReply: (0, 0)
            case .tcpOpen(let port): (1, port)
            case .tcpRefused(let port): (2, port)
            }
        }
        return rank(candidate) < rank(current) ? candidate : current
    }

    /// The echo options a profile stands for.
    var icmpOptions: ICMPEcho.Options {
        ICMPEcho.Options(
            maxInFlight: max(1, min(profile.maxConcurrency, 60_000)),
            rate: profile.rate >= 1_000_000 ? nil : max(1, profile.rate),
            timeout: .milliseconds(max(1, profile.timeoutMilliseconds)),
            retries: profile.retrySilentPorts ? 1 : 0
        )
    }
}

/// ICMP echo to many IPv4 addresses from one non-blocking socket on a thread of its own.
struct ICMPEcho: Sendable {
    struct Options: Sendable, Hashable {
        var maxInFlight: Int
        /// Echo requests per second, at most; nil for no pacing.
        var rate: Int?
        var timeout: Duration
        /// Extra requests for a silent address.
        var retries: Int
    }

    struct Outcome: Sendable {
        /// The socket used; nil when none could be opened (then nothing was sent).
        var kind: HostDiscovery.ICMPSocketKind?
        var answered: [UInt32]
        var probes: Int
        var cancelled: Bool
    }

    let options: Options
    let kinds: [HostDiscovery.ICMPSocketKind]

    /// The Internet checksum (RFC 1071) of the bytes.
    static func checksum(_ bytes: [UInt8]) -> UInt16 {
        var sum: UInt32 = 0
        var index = 0
        while index + 1 < bytes.count {
            sum += UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
            index += 2
        }
        if index < bytes.count { sum += UInt32(bytes[index]) << 8 }
        while sum >> 16 != 0 { sum = (sum & 0xFFFF) + (sum >> 16) }
        return ~UInt16(sum)
    }

    /// An echo request (type 8): identifier, sequence, the run's token and eight zero bytes, with its checksum.
    static func request(identifier: UInt16, sequence: UInt16, token: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [8, 0, 0, 0, UInt8(identifier >> 8), UInt8(identifier & 0xFF)]
        bytes += [UInt8(sequence >> 8), UInt8(sequence & 0xFF)] + token + [UInt8](repeating: 0, count: 8)
        let sum = checksum(bytes)
        bytes[2] = UInt8(sum >> 8)
        bytes[3] = UInt8(sum & 0xFF)
        return bytes
    }

    /// Opens the first ICMP socket of `kinds` the process may open, non-blocking; nil when none opens.
    static func openSocket(_ kinds: [HostDiscovery.ICMPSocketKind]) -> (fd: Int32, kind: HostDiscovery.ICMPSocketKind)?
    {
        for kind in kinds {
            let type = kind == .datagram ? Int32(SOCK_DGRAM.rawValue) : Int32(SOCK_RAW.rawValue)
            let fd = socket(
                AF_INET,
                type | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue),
                Int32(IPPROTO_ICMP)
            )
            if fd >= 0 { return (fd, kind) }
        }
        return nil
    }

    func run(_ addresses: [UInt32], progress: ConnectSweep.Progress) async -> Outcome {
        guard let (fd, kind) = Self.openSocket(kinds) else {
            return Outcome(kind: nil, answered: [], probes: 0, cancelled: false)
        }
        return await run(addresses, socket: fd, kind: kind, progress: progress)
    }

    /// Runs on a socket opened before (and closes it): a test opens one inside a network namespace of its own.
    func run(
        _ addresses: [UInt32],
        socket fd: Int32,
        kind: HostDiscovery.ICMPSocketKind,
        progress: ConnectSweep.Progress
    ) async -> Outcome {
        let options = options
        return await progress.onOwnThread(named: "ward-icmp-echo") {
            let outcome = ICMPEchoEngine(fd: fd, kind: kind, options: options, progress: progress).run(addresses)
            close(fd)
            return outcome
        }
    }
}

/// The single-threaded state of one echo run.
private final class ICMPEchoEngine {
    struct Probe {
        var index: Int
        var tries: Int
        var deadline: UInt64
    }

    let fd: Int32
    let kind: HostDiscovery.ICMPSocketKind
    let options: ICMPEcho.Options
    let progress: ConnectSweep.Progress
    /// The echo identifier of a raw socket (a datagram socket's is chosen by the kernel and rewritten in replies).
    let identifier = UInt16.random(in: 0...UInt16.max)
    /// Eight random bytes every request carries and every reply echoes: replies to other programs' requests (a raw
    /// socket sees every ICMP message of the host) are told apart by them.
    let token = (0..<8).map { _ in UInt8.random(in: 0...UInt8.max) }
    var nextSequence = UInt16.random(in: 0...UInt16.max)
    var inFlight: [UInt16: Probe] = [:]
    var answered: [Bool] = []
    /// Whether an address is settled: answered, or silent after its last try.
    var done: [Bool] = []
    var settled = 0
    var probes = 0

    init(fd: Int32, kind: HostDiscovery.ICMPSocketKind, options: ICMPEcho.Options, progress: ConnectSweep.Progress) {
        self.fd = fd
        self.kind = kind
        self.options = options
        self.progress = progress
    }

    func request(sequence: UInt16) -> [UInt8] {
        ICMPEcho.request(identifier: identifier, sequence: sequence, token: token)
    }

    func run(_ addresses: [UInt32]) -> ICMPEcho.Outcome {
        answered = [Bool](repeating: false, count: addresses.count)
        done = answered
        var indexOf: [UInt32: Int] = [:]
        for (index, address) in addresses.enumerated() { indexOf[address] = index }
        var queue: [(index: Int, tries: Int)] = addresses.indices.reversed().map { ($0, 0) }
        var retryQueue: [(index: Int, tries: Int)] = []
        let timeout = Monotonic.nanoseconds(options.timeout)
        let interval: UInt64? = options.rate.map { 1_000_000_000 / UInt64(max(1, $0)) }
        var nextStart = Monotonic.now()
        var cancelled = false
        var buffer = [UInt8](repeating: 0, count: 2_048)
        while !queue.isEmpty || !retryQueue.isEmpty || !inFlight.isEmpty {
            progress.update(settled, open: 0)
            if progress.isCancelled {
                cancelled = true
                break
            }
            var now = Monotonic.now()
            var burst = 0
            while inFlight.count < options.maxInFlight, burst < 512,
                let next = retryQueue.popLast() ?? queue.popLast()
            {
                if answered[next.index] { continue }
                burst += 1
                if let interval {
                    if nextStart > now {
                        (next.tries > 0 ? { retryQueue.append(next) } : { queue.append(next) })()
                        break
                    }
                    nextStart = max(nextStart, now - interval) + interval
                }
                var sequence = nextSequence
                while inFlight[sequence] != nil { sequence &+= 1 }
                nextSequence = sequence &+ 1
                let sent = send(request(sequence: sequence), to: addresses[next.index])
                if sent == EAGAIN || sent == ENOBUFS {
                    // The socket's buffer is full for now: let replies and deadlines catch up.
                    (next.tries > 0 ? { retryQueue.append(next) } : { queue.append(next) })()
                    break
                }
                probes += 1
                now = Monotonic.now()
                if sent == 0 {
                    inFlight[sequence] = Probe(index: next.index, tries: next.tries, deadline: now + timeout)
                } else if next.tries < options.retries {
                    // Unreachable at once (no route, no neighbour): the same as silence.
                    retryQueue.insert((next.index, next.tries + 1), at: 0)
                } else {
                    settle(next.index)
                }
            }
            let earliest = inFlight.values.lazy.map(\.deadline).min() ?? now + 1_000_000
            var wake = earliest
            if let interval, !(queue.isEmpty && retryQueue.isEmpty) { wake = min(wake, max(nextStart, now + interval)) }
            let waitMilliseconds = Int32(clamping: wake > now + 1_000_000 ? (wake - now) / 1_000_000 : 0)
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, min(waitMilliseconds, 50)) > 0 {
                // At most a few thousand replies between two looks at the queue; the rest wait in the socket.
                for _ in 0..<4_096 {
                    guard let (source, message) = receive(into: &buffer) else { break }
                    accept(message, from: source, indexOf: indexOf)
                }
            }
            now = Monotonic.now()
            if earliest <= now {
                for (sequence, probe) in inFlight where probe.deadline <= now {
                    inFlight[sequence] = nil
                    if answered[probe.index] { continue }
                    if probe.tries < options.retries {
                        retryQueue.append((probe.index, probe.tries + 1))
                    } else {
                        settle(probe.index)
                    }
                }
            }
        }
        progress.update(settled, open: 0)
        let found = addresses.indices.filter { answered[$0] }.map { addresses[$0] }
        return ICMPEcho.Outcome(kind: kind, answered: found, probes: probes, cancelled: cancelled)
    }

    /// Sends one request; 0 when sent, else the error.
    func send(_ bytes: [UInt8], to address: UInt32) -> Int32 {
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_addr = in_addr(s_addr: address.bigEndian)
        let result = bytes.withUnsafeBytes { raw in
            withUnsafePointer(to: &target) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    sendto(fd, raw.baseAddress, raw.count, 0, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
        return result >= 0 ? 0 : errno
    }

    /// Reads one ICMP message; nil when none is waiting. A raw socket's messages start with their IP header, which
    /// is skipped; a datagram socket's start with the ICMP header.
    func receive(into buffer: inout [UInt8]) -> (UInt32, ArraySlice<UInt8>)? {
        var source = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        var count = 0
        for _ in 0..<16 {
            count = buffer.withUnsafeMutableBytes { raw in
                withUnsafeMutablePointer(to: &source) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        recvfrom(fd, raw.baseAddress, raw.count, 0, $0, &length)
                    }
                }
            }
            // An error queued on the socket (an ICMP error for an earlier request) is reported once; read on.
            if count < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR { continue }
            break
        }
        guard count > 0 else { return nil }
        var message = buffer[0..<count]
        if kind == .raw {
            guard let first = message.first, first >> 4 == 4 else { return (0, []) }
            let headerLength = Int(first & 0x0F) * 4
            guard headerLength >= 20, count >= headerLength else { return (0, []) }
            message = buffer[headerLength..<count]
        }
        return (UInt32(bigEndian: source.sin_addr.s_addr), message)
    }

    /// Counts an echo reply that matches a request of this run: its sequence (and, on a raw socket, identifier) and
    /// token, from an address of the run. A late reply to an earlier, timed-out request still counts.
    func accept(_ message: ArraySlice<UInt8>, from source: UInt32, indexOf: [UInt32: Int]) {
        let bytes = Array(message)
        guard bytes.count >= 16, bytes[0] == 0, bytes[1] == 0 else { return }
        if kind == .raw, UInt16(bytes[4]) << 8 | UInt16(bytes[5]) != identifier { return }
        guard bytes[8..<16].elementsEqual(token), let index = indexOf[source], !answered[index] else { return }
        let sequence = UInt16(bytes[6]) << 8 | UInt16(bytes[7])
        if let probe = inFlight[sequence], probe.index == index { inFlight[sequence] = nil }
        answered[index] = true
        settle(index)
    }

    func settle(_ index: Int) {
        guard !done[index] else { return }
        done[index] = true
        settled += 1
    }
}
