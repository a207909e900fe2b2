import Foundation
import NIOCore
import NIOPosix
import Testing
import WardCore

@testable import WardScanner

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct PortListTests {
    @Test func readsPortsAndRangesAndRefusesBadParts() throws {
        #expect(try PortList("443, 22,80,8000-8003,22").ports == [22, 80, 443, 8000, 8001, 8002, 8003])
        #expect(try PortList("80,8000-8003,22").description == "22,80,8000-8003")
        #expect(try PortList("all").ports.count == 65_535)
        let top100 = try PortList("top100")
        #expect(top100.ports.count == 100 && [104, 2575, 11112, 3389, 445, 8042].allSatisfy(top100.ports.contains))
        let top1000 = try PortList("TOP1000")
        #expect(top1000.ports.count == 1_071 && Set(top100.ports).isSubset(of: top1000.ports))
        #expect(Set(1...1_000).isSubset(of: top1000.ports))
        #expect(try PortList("clinical") == PortList.clinicalDefault)
        for bad in ["0", "65536", "22,,80", "90-80", "http", "1-2-3"] {
            #expect {
                try PortList(bad)
            } throws: { error in
                (error as? WardError)?.location == "ports" && (error as? WardError)?.code == .invalidInput
            }
        }
        #expect(PortList.clinicalDefault.ports.contains(104) && PortList.clinicalDefault.ports.contains(2575))
    }

    @Test func profilesByName() throws {
        #expect(try SafetyProfile.named("Gentle") == .gentle)
        #expect(SafetyProfile.gentle.maxConcurrency < SafetyProfile.fast.maxConcurrency)
        #expect(throws: WardError.self) { try SafetyProfile.named("aggressive") }
    }
}

/// Connect scans of loopback listeners this test opens itself.
@Suite struct ConnectScannerTests {
    /// Listens on a free loopback port; returns the channel (close it when done) and the port.
    static func listen() async throws -> (any Channel, Int) {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0).get()
        return (channel, try #require(channel.localAddress?.port))
    }

    /// A port that was free a moment ago (bound, then closed): nothing listens on it.
    static func closedPort() async throws -> Int {
        let (channel, port) = try await listen()
        try await channel.close()
        return port
    }

    @Test func reportsOpenAndClosedPortsOfLoopback() async throws {
        let (first, open1) = try await Self.listen()
        let (second, open2) = try await Self.listen()
        defer {
            first.close(promise: nil)
            second.close(promise: nil)
        }
        // Port 1 only root may bind, and no test does: a freed port could be taken by a test running alongside.
        let closed = 1
        let scanner = ConnectScanner(profile: .standard)
        let result = await scanner.scan(try IPAddress("127.0.0.1"), ports: PortList(ports: [open1, open2, closed]))
        #expect(result.up)
        #expect(Set(result.openPorts) == [open1, open2])
        #expect(result.ports.first { $0.port == closed }?.state == .closed)
        #expect(result.filteredCount == 0)
        #expect(result.profile == "standard")
    }

    @Test func gentleProfileKeepsItsPace() async throws {
        let closed = try await Self.closedPort()
        var profile = SafetyProfile.gentle
        profile.rate = 20
        let scanner = ConnectScanner(profile: profile)
        let start = ContinuousClock.now
        // Ten refused connections at 20 per second take at least 0.45 s (nine gaps of 50 ms).
        let ports = PortList(ports: Array(closed..<(closed + 10)).filter { $0 <= 65_535 })
        let result = await scanner.scan(try IPAddress("127.0.0.1"), ports: ports)
        let elapsed = ContinuousClock.now - start
        #expect(result.ports.count + result.filteredCount == ports.ports.count)
        #expect(elapsed >= .milliseconds(400), "took \(elapsed)")
    }
}

/// The sweep's own checks, without a network beyond loopback.
@Suite struct ConnectSweepTests {
    /// A socket bound to a port and connected to that same port on loopback connects to itself; the sweep must not
    /// take that for a listening service.
    @Test func recognisesASocketConnectedToItself() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(bound == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        #expect(port > 0)
        #expect(ConnectSweep.connect(fd, try IPAddress("127.0.0.1"), port) == 0, "simultaneous open to itself")
        #expect(ConnectSweep.isSelfConnected(fd))
    }

    @Test func aConnectionToAListenerIsNotSelfConnected() async throws {
        let (listener, port) = try await ConnectScannerTests.listen()
        defer { listener.close(promise: nil) }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        #expect(ConnectSweep.connect(fd, try IPAddress("127.0.0.1"), port) == 0)
        #expect(!ConnectSweep.isSelfConnected(fd))
    }

    /// Open and refused ports of loopback, each attempt counted once, within the in-flight bound.
    @Test func sweepsLoopbackWithinItsBounds() async throws {
        let (listener, port) = try await ConnectScannerTests.listen()
        defer { listener.close(promise: nil) }
        let sweep = ConnectSweep(
            options: .init(
                maxInFlight: 64,
                initialTimeout: .milliseconds(300),
                minimumTimeout: .milliseconds(50),
                retries: 1
            )
        )
        let start = ContinuousClock.now
        let report = await sweep.run(
            [try IPAddress("127.0.0.1")],
            ports: PortList(ports: [port, 1, 2])
        )
        let (outcomes, statistics) = (report.answered, report.statistics)
        #expect(ContinuousClock.now - start < .seconds(15))
        #expect(outcomes.count == 3 && report.filteredCounts == [0])
        #expect(outcomes.first { $0.port == port }?.state == .open)
        #expect(outcomes.filter { $0.state == .closed }.map(\.port).sorted() == [1, 2])
        #expect(statistics.attempts == 3 && statistics.peakInFlight <= 64)
    }

    /// Pairs are made as the sweep goes, not listed first: every pair of 40 loopback addresses and three ports is
    /// tried exactly once, and each gets the right state (the listener holds 127.0.0.1 only).
    @Test func everyPairOfManyAddressesIsTriedOnce() async throws {
        let (listener, port) = try await ConnectScannerTests.listen()
        defer { listener.close(promise: nil) }
        let addresses = (1...40).map { IPAddress.v4(0x7F00_0000 + UInt32($0)) }
        let report = await ConnectSweep(
            options: .init(maxInFlight: 16, initialTimeout: .seconds(2), minimumTimeout: .milliseconds(200))
        ).run(addresses, ports: PortList(ports: [1, port, 2]))
        let pairs = report.answered.map { "\($0.address) \($0.port)" }
        #expect(pairs.count == 120 && Set(pairs).count == 120, "each pair once: \(pairs.count)")
        #expect(report.filteredCounts == [Int](repeating: 0, count: 40))
        #expect(report.pairsDone == 120 && report.statistics.attempts == 120)
        let open = report.answered.filter { $0.state == .open }
        #expect(open.map(\.address) == [addresses[0]] && open.map(\.port) == [port])
    }
}
