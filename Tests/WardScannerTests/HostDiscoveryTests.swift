import Foundation
import NIOCore
import Testing
import WardCore

@testable import WardScanner

#if canImport(Glibc)
    import Glibc
#endif

/// Host discovery against loopback listeners the tests open, then against a network namespace each test makes and
/// removes itself.
@Suite struct HostDiscoveryTests {
    /// Generous timeouts for a loaded CI machine; one retry for silence.
    static var profile: SafetyProfile {
        var profile = SafetyProfile.standard
        profile.name = "discovery-test"
        profile.rate = 500
        profile.maxConcurrency = 32
        profile.timeoutMilliseconds = 2_000
        profile.retrySilentPorts = true
        return profile
    }

    static let loopback = IPAddress.v4(0x7F00_0001)

    /// A port closed on loopback: port 1, which only root may bind and no test does. A free port found by binding
    /// and closing could be taken by a test running alongside before the sweep reaches it (a CI run saw that).
    static let closedPort = 1

    /// Whether this process may open an ICMP socket of either kind.
    static let icmpAvailable: Bool = {
        guard let (fd, _) = ICMPEcho.openSocket([.datagram, .raw]) else { return false }
        close(fd)
        return true
    }()

    @Test(.timeLimit(.minutes(2)))
    func loopbackWithAListenerIsUpByAnOpenPort() async throws {
        let (listener, open) = try await ConnectScannerTests.listen()
        defer { listener.close(promise: nil) }
        let closed = Self.closedPort
        let discovery = HostDiscovery(profile: Self.profile, methods: [.tcp], ports: PortList(ports: [open, closed]))
        let result = await discovery.discover([Self.loopback])
        #expect(result.up == [Self.loopback])
        #expect(result.evidence[Self.loopback] == .tcpOpen(port: open), "an open port is the stronger evidence")
        #expect(result.evidence[Self.loopback]?.description == "tcp \(open) open")
        #expect(result.icmpProbes == 0 && !result.icmpAvailable)
        #expect(result.tcpStatistics.attempts == 2)
    }

    @Test(.timeLimit(.minutes(2)))
    func loopbackWithoutAListenerIsUpByARefusal() async throws {
        let closed = Self.closedPort
        let discovery = HostDiscovery(profile: Self.profile, methods: [.tcp], ports: PortList(ports: [closed]))
        let result = await discovery.discover([Self.loopback, Self.loopback])
        #expect(result.up == [Self.loopback], "a repeated address is probed and listed once")
        #expect(result.evidence[Self.loopback] == .tcpRefused(port: closed))
        #expect(result.evidence[Self.loopback]?.description == "tcp \(closed) refused")
        #expect(result.tcpStatistics.attempts == 1)
    }

    /// With the default port set, loopback answers on some discovery port (open or refused, whatever runs here).
    @Test(.timeLimit(.minutes(2)))
    func defaultPortsFindLoopback() async throws {
        let result = await HostDiscovery(profile: Self.profile, methods: [.tcp]).discover([Self.loopback])
        let evidence = try #require(result.evidence[Self.loopback])
        switch evidence {
        case .tcpOpen(let port), .tcpRefused(let port):
            #expect(HostDiscovery.defaultPorts.ports.contains(port))
        case .icmpEchoReply:
            Issue.record("TCP-only discovery reported ICMP")
        }
        #expect(HostDiscovery.defaultPorts.ports == [22, 80, 104, 135, 139, 443, 445, 3389, 8080])
    }

    @Test(.timeLimit(.minutes(2)))
    func withoutAnICMPSocketDiscoverySaysSoAndUsesTCP() async throws {
        let closed = Self.closedPort
        var discovery = HostDiscovery(profile: Self.profile, ports: PortList(ports: [closed]))
        discovery.icmpSocketKinds = []
        let result = await discovery.discover([Self.loopback])
        #expect(!result.icmpAvailable && result.icmpSocket == nil && result.icmpProbes == 0)
        #expect(result.evidence[Self.loopback] == .tcpRefused(port: closed))
    }

    @Test(
        .enabled(
            if: icmpAvailable || DiscoveryNamespace.required,
            "no ICMP socket: run as root or allow the group in net.ipv4.ping_group_range"
        ),
        .timeLimit(.minutes(2))
    )
    func loopbackAnswersAnEchoRequestAndIsNotProbedByTCP() async throws {
        let result = await HostDiscovery(profile: Self.profile).discover([Self.loopback])
        #expect(result.icmpAvailable)
        #expect(result.evidence[Self.loopback] == .icmpEchoReply)
        #expect(result.evidence[Self.loopback]?.description == "icmp echo reply")
        #expect(result.icmpProbes >= 1 && result.tcpStatistics.attempts == 0)
    }

    @Test(.timeLimit(.minutes(2)))
    func anIPv6AddressIsProbedByTCPOnly() async throws {
        let closed = Self.closedPort
        let result = await HostDiscovery(profile: Self.profile, ports: PortList(ports: [closed]))
            .discover([try IPAddress("::1")])
        #expect(result.icmpProbes == 0 && result.icmpSocket == nil)
        #expect(result.tcpStatistics.attempts >= 1)
    }

    @Test(.timeLimit(.minutes(2)))
    func aCancelledDiscoveryStopsAndSaysSo() async throws {
        let progress = ConnectSweep.Progress()
        progress.cancel()
        let result = await HostDiscovery(profile: Self.profile).discover([Self.loopback], progress: progress)
        #expect(result.cancelled && result.up.isEmpty)
    }

    @Test func theStrongerEvidenceIsReported() {
        #expect(HostDiscovery.stronger(.tcpRefused(port: 22), .tcpOpen(port: 443)) == .tcpOpen(port: 443))
        #expect(HostDiscovery.stronger(.tcpOpen(port: 80), .tcpOpen(port: 443)) == .tcpOpen(port: 80))
        #expect(HostDiscovery.stronger(.tcpRefused(port: 445), .tcpRefused(port: 135)) == .tcpRefused(port: 135))
        #expect(HostDiscovery.stronger(nil, .tcpRefused(port: 135)) == .tcpRefused(port: 135))
    }

    @Test func aRequestCarriesAValidChecksum() {
        // RFC 1071's worked example: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2, whose complement is 220d.
        #expect(ICMPEcho.checksum([0x00, 0x01, 0xF2, 0x03, 0xF4, 0xF5, 0xF6, 0xF7]) == 0x220D)
        let token: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8]
        let request = ICMPEcho.request(identifier: 0x1234, sequence: 0xBEEF, token: token)
        #expect(request.count == 24)
        #expect(Array(request[0..<2]) == [8, 0] && Array(request[4..<8]) == [0x12, 0x34, 0xBE, 0xEF])
        #expect(Array(request[8..<16]) == token)
        // A message with its checksum filled in sums to zero.
        #expect(ICMPEcho.checksum(request) == 0)
    }

    // MARK: - A network namespace behind a veth pair

    /// The target drops every TCP packet, so only an echo reply shows it is up; an address of the subnet nobody
    /// holds is down; TCP alone finds neither.
    @Test(
        .enabled(if: DiscoveryNamespace.usable || DiscoveryNamespace.required, DiscoveryNamespace.skipReason),
        .timeLimit(.minutes(4))
    )
    func aHostThatDropsTCPIsFoundByICMPOnly() async throws {
        try await DiscoveryNamespace.with { namespace in
            let both = HostDiscovery(profile: Self.profile)
            let result = await both.discover([namespace.silent, namespace.target])
            #expect(result.icmpAvailable)
            #expect(result.up == [namespace.target])
            #expect(result.evidence[namespace.target] == .icmpEchoReply)
            #expect(!result.isUp(namespace.silent))
            // Two tries of the silent address (one retry), one or two of the target.
            #expect((3...4).contains(result.icmpProbes), "\(result.icmpProbes) echo requests")
            // TCP was tried on the silent address only, on every port, and found nothing.
            #expect(result.tcpStatistics.attempts >= HostDiscovery.defaultPorts.ports.count)

            let tcpOnly = await HostDiscovery(profile: Self.profile, methods: [.tcp])
                .discover([namespace.target, namespace.silent])
            #expect(tcpOnly.up.isEmpty, "TCP is dropped by the target and nobody holds the silent address")
            #expect(tcpOnly.icmpProbes == 0)
            #expect(tcpOnly.tcpStatistics.attempts >= 2 * HostDiscovery.defaultPorts.ports.count)
        }
    }

    /// Discovery first, then the sweep covers only the host that is up.
    @Test(
        .enabled(if: DiscoveryNamespace.usable || DiscoveryNamespace.required, DiscoveryNamespace.skipReason),
        .timeLimit(.minutes(4))
    )
    func aScanWithDiscoverySweepsOnlyTheHostsThatAreUp() async throws {
        let (listener, open) = try await ConnectScannerTests.listen()
        defer { listener.close(promise: nil) }
        let closed = Self.closedPort
        try await DiscoveryNamespace.with { namespace in
            let scanner = ConnectScanner(profile: Self.profile)
            let ports = PortList(ports: [open, closed])
            let (scans, statistics, discovery) = await scanner.scan(
                [Self.loopback, namespace.silent],
                ports: ports,
                discover: true
            )
            #expect(discovery?.up == [Self.loopback])
            #expect(scans.map(\.address) == ["127.0.0.1", namespace.silent.description])
            #expect(scans[0].up && scans[0].openPorts == [open])
            #expect(scans[0].ports.first { $0.port == closed }?.state == .closed)
            #expect(!scans[1].up && scans[1].ports.isEmpty && scans[1].filteredCount == 0)
            #expect(statistics.attempts == 2, "only loopback's two ports were swept")

            // The same call without discovery sweeps both addresses, as the plain scan does.
            let (swept, plain, none) = await scanner.scan(
                [Self.loopback, namespace.silent],
                ports: ports,
                discover: false
            )
            #expect(none == nil)
            #expect(plain.attempts >= 4)
            // The silent address's two ports are counted as filtered, not listed.
            #expect(swept[0].filteredCount == 0 && swept[0].ports.count == 2)
            #expect(!swept[1].up && swept[1].ports.isEmpty && swept[1].filteredCount == 2)
        }
    }

    /// The unprivileged datagram socket, opened inside the namespace where the test allows it: the kernel rewrites
    /// the echo identifier, and replies are still matched.
    @Test(
        .enabled(if: DiscoveryNamespace.usable || DiscoveryNamespace.required, DiscoveryNamespace.skipReason),
        .timeLimit(.minutes(4))
    )
    func theDatagramSocketMatchesRepliesBySequenceAndSource() async throws {
        try await DiscoveryNamespace.with { namespace in
            let fd = try #require(
                try await namespace.datagramSocket(),
                "no ICMP datagram socket inside the namespace"
            )
            let echo = ICMPEcho(options: HostDiscovery(profile: Self.profile).icmpOptions, kinds: [])
            guard case .v4(let host) = namespace.host, case .v4(let silent) = namespace.silent else { return }
            let outcome = await echo.run(
                [silent, host],
                socket: fd,
                kind: .datagram,
                progress: ConnectSweep.Progress()
            )
            #expect(outcome.kind == .datagram)
            #expect(outcome.answered == [host])
            #expect(outcome.probes >= 3)
        }
    }
}

/// A network namespace `ward-disc-<random>` joined to the test's own namespace by a veth pair, in a /29 of
/// 10.251.0.0/16 that no interface here holds: `.1` on the test's side, `.2` inside the namespace, whose nftables
/// ruleset drops every TCP packet, and `.3`, which nobody holds. Only these addresses are probed.
struct DiscoveryNamespace {
    /// Whether CI demands the namespace (`WARD_REQUIRE_PEERS=1`): then a missing tool fails instead of skipping.
    static let required = ProcessInfo.processInfo.environment["WARD_REQUIRE_PEERS"] == "1"
    static let ip = BannerPeers.path("ip", in: ["/usr/sbin", "/sbin"])
    static let nft = BannerPeers.path("nft", in: ["/usr/sbin", "/sbin"])
    static var usable: Bool { getuid() == 0 && ip != nil && nft != nil }
    static let skipReason: Comment =
        "needs root, ip (iproute2) and nft (nftables) to make a network namespace; run as root or set WARD_REQUIRE_PEERS=1 to fail instead"

    let name: String
    let hostLink: String
    let base: UInt32

    /// The test's end of the veth pair.
    var host: IPAddress { .v4(base + 1) }
    /// Inside the namespace: answers echo requests, drops TCP.
    var target: IPAddress { .v4(base + 2) }
    /// In the subnet, held by nobody.
    var silent: IPAddress { .v4(base + 3) }

    /// Makes a namespace, runs `body` and removes the namespace and the veth pair, whatever happens.
    static func with(_ body: (DiscoveryNamespace) async throws -> Void) async throws {
        #expect(usable, skipReason)
        guard usable else { return }
        let namespace = try make()
        do {
            try await body(namespace)
        } catch {
            namespace.remove()
            throw error
        }
        namespace.remove()
    }

    static func make() throws -> DiscoveryNamespace {
        let tag = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let held = heldIPv4Addresses()
        var base: UInt32 = 0
        for _ in 0..<64 {
            let candidate = 0x0AFB_0000 | UInt32.random(in: 0...255) << 8 | UInt32.random(in: 0..<32) << 3
            if !held.contains(where: { $0 & ~7 == candidate }) {
                base = candidate
                break
            }
        }
        try #require(base != 0, "no free /29 in 10.251.0.0/16")
        let namespace = DiscoveryNamespace(name: "ward-disc-\(tag)", hostLink: "wd\(tag)h", base: base)
        do {
            try namespace.setUp(peerLink: "wd\(tag)n")
        } catch {
            namespace.remove()
            throw error
        }
        return namespace
    }

    func setUp(peerLink: String) throws {
        let ip = try #require(Self.ip)
        let nft = try #require(Self.nft)
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).nft")
        try """
        table inet warddiscovery {
            chain input {
                type filter hook input priority 0; policy accept;
                meta l4proto tcp drop
            }
        }

        """.write(to: rules, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: rules) }
        for arguments in [
            ["netns", "add", name],
            ["link", "add", hostLink, "type", "veth", "peer", "name", peerLink, "netns", name],
            ["addr", "add", "\(host)/29", "dev", hostLink],
            ["link", "set", hostLink, "up"],
            ["-n", name, "addr", "add", "\(target)/29", "dev", peerLink],
            ["-n", name, "link", "set", peerLink, "up"],
            ["-n", name, "link", "set", "lo", "up"],
            ["netns", "exec", name, nft, "-f", rules.path],
        ] {
            let status = try Self.run(ip, arguments)
            try #require(status == 0, "ip \(arguments.joined(separator: " ")) exited with \(status)")
        }
    }

    /// Deletes the veth pair and the namespace; errors (already gone) are ignored.
    func remove() {
        guard let ip = Self.ip else { return }
        _ = try? Self.run(ip, ["link", "del", hostLink])
        _ = try? Self.run(ip, ["netns", "del", name])
    }

    /// An ICMP datagram socket opened inside the namespace, after allowing every group to open one there (the
    /// setting belongs to the namespace); nil when the kernel refuses it.
    func datagramSocket() async throws -> Int32? {
        let ip = try #require(Self.ip)
        let status = try Self.run(
            ip,
            ["netns", "exec", name, "sh", "-c", "echo '0 2147483647' > /proc/sys/net/ipv4/ping_group_range"]
        )
        try #require(status == 0, "could not set net.ipv4.ping_group_range inside \(name)")
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setns"), "no setns in libc")
        let setns = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let path = "/run/netns/\(name)"
        // A network namespace is a property of the thread that enters it, and a socket keeps the namespace it was
        // made in: a thread of its own enters, opens the socket and ends.
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                let namespaceFD = open(path, O_RDONLY | O_CLOEXEC)
                guard namespaceFD >= 0, setns(namespaceFD, 0x4000_0000) == 0 else {
                    if namespaceFD >= 0 { close(namespaceFD) }
                    continuation.resume(returning: nil)
                    return
                }
                close(namespaceFD)
                let socket = ICMPEcho.openSocket([.datagram])
                continuation.resume(returning: socket?.fd)
            }
            thread.start()
        }
    }

    /// The IPv4 addresses of this namespace's interfaces.
    static func heldIPv4Addresses() -> [UInt32] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var addresses: [UInt32] = []
        var current = first
        while let entry = current {
            if let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    addresses.append(UInt32(bigEndian: $0.pointee.sin_addr.s_addr))
                }
            }
            current = entry.pointee.ifa_next
        }
        return addresses
    }

    /// Runs a short program to its end (at most 20 s, polling); returns its exit status, or -1 if it was killed.
    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(20)
        while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            let grace = ContinuousClock.now + .seconds(5)
            while process.isRunning, ContinuousClock.now < grace { usleep(10_000) }
            return -1
        }
        return process.terminationStatus
    }
}
