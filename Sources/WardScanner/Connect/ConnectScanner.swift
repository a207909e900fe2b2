import Foundation
import NIOCore
import NIOPosix
import WardCore

/// A TCP connect scanner: no raw sockets, no root, non-blocking connections through SwiftNIO, paced by a
/// ``SafetyProfile``.
///
/// - Important: The scanner connects only to the address it is given; the caller decides scope first
///   (``Scope/decide(_:at:)``) and passes only allowed addresses. Every connection is bounded by the profile's timeout
///   and closed as soon as it opens: no byte is sent.
public struct ConnectScanner: Sendable {
    public let profile: SafetyProfile
    let group: any EventLoopGroup

    public init(profile: SafetyProfile, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.profile = profile
        self.group = group
    }

    /// Scans the ports of one address.
    public func scan(_ address: IPAddress, ports: PortList) async -> HostScan {
        let started = Date()
        let pacer = Pacer(perSecond: profile.rate)
        var results: [PortResult] = []
        var filtered = 0
        await withTaskGroup(of: PortResult.self) { group in
            var iterator = ports.ports.makeIterator()
            var running = 0
            func startNext() async -> Bool {
                guard let port = iterator.next() else { return false }
                await pacer.wait()
                group.addTask { await self.probe(address, port: port) }
                return true
            }
            while running < profile.maxConcurrency, await startNext() { running += 1 }
            while let result = await group.next() {
                if result.state == .filtered { filtered += 1 } else { results.append(result) }
                if await !startNext() { running -= 1 }
            }
        }
        return HostScan(
            address: address.description,
            up: !results.isEmpty,
            ports: results.sorted { $0.port < $1.port },
            filteredCount: filtered,
            profile: profile.name,
            startedAt: started,
            finishedAt: Date()
        )
    }

    /// One port: open, closed or filtered, with one more try for silence when the profile allows it.
    func probe(_ address: IPAddress, port: Int) async -> PortResult {
        var state = await connect(address, port: port)
        if state == .filtered && profile.retrySilentPorts { state = await connect(address, port: port) }
        return PortResult(port: port, state: state)
    }

    func connect(_ address: IPAddress, port: Int) async -> PortState {
        let target: SocketAddress
        do {
            target = try SocketAddress(ipAddress: address.description, port: port)
        } catch {
            return .filtered
        }
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(.milliseconds(Int64(profile.timeoutMilliseconds)))
        do {
            let channel = try await bootstrap.connect(to: target).get()
            // On loopback the kernel may pick the target port as the source port and connect the socket to itself;
            // that is not a listening service.
            let selfConnected = channel.localAddress == channel.remoteAddress
            try? await channel.close()
            return selfConnected ? .closed : .open
        } catch let error as IOError where error.errnoCode == ECONNREFUSED {
            return .closed
        } catch {
            return .filtered
        }
    }
}

/// Spaces out connection attempts to at most a given number per second.
actor Pacer {
    let interval: Duration
    var next: ContinuousClock.Instant = .now

    init(perSecond: Int) {
        interval = .nanoseconds(1_000_000_000 / max(1, perSecond))
    }

    func wait() async {
        let now = ContinuousClock.now
        if next > now {
            let wakeAt = next
            next = next.advanced(by: interval)
            try? await Task.sleep(until: wakeAt, clock: .continuous)
        } else {
            next = now.advanced(by: interval)
        }
    }
}
