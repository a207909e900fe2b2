import Foundation
import NIOCore
import NIOPosix
import Testing
import WardCore

@testable import WardScanner

@Suite struct PortListTests {
    @Test func readsPortsAndRangesAndRefusesBadParts() throws {
        #expect(try PortList("443, 22,80,8000-8003,22").ports == [22, 80, 443, 8000, 8001, 8002, 8003])
        #expect(try PortList("80,8000-8003,22").description == "22,80,8000-8003")
        #expect(try PortList("all").ports.count == 65_535)
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
        let closed = try await Self.closedPort()
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
