import Foundation
import WardCore

/// A TCP connect scanner: no raw sockets, no root; thousands of non-blocking connections in flight
/// (``ConnectSweep``), paced by a ``SafetyProfile``.
///
/// - Important: The scanner connects only to the addresses it is given; the caller decides scope first
///   (``Scope/decide(_:at:)``) and passes only allowed addresses. Every connection is bounded by the profile's timeout
///   and closed as soon as it opens: no byte is sent.
public struct ConnectScanner: Sendable {
    public let profile: SafetyProfile

    public init(profile: SafetyProfile) {
        self.profile = profile
    }

    /// The sweep options a profile stands for.
    public var sweepOptions: ConnectSweep.Options {
        ConnectSweep.Options(
            maxInFlight: profile.maxConcurrency,
            // A million a second is more than one thread can start: no pacing at all.
            rate: profile.rate >= 1_000_000 ? nil : profile.rate,
            initialTimeout: .milliseconds(profile.timeoutMilliseconds),
            minimumTimeout: .milliseconds(min(profile.minimumTimeoutMilliseconds, profile.timeoutMilliseconds)),
            retries: profile.retrySilentPorts ? 1 : 0
        )
    }

    /// Scans the ports of one address.
    public func scan(_ address: IPAddress, ports: PortList) async -> HostScan {
        await scan([address], ports: ports).scans.first!
    }

    /// Scans the ports of several addresses in one sweep; one ``HostScan`` per address, in the order given.
    ///
    /// `progress` reports the pairs done and can stop the scan (see ``ConnectSweep/run(_:ports:progress:)``).
    public func scan(
        _ addresses: [IPAddress],
        ports: PortList,
        progress: ConnectSweep.Progress = ConnectSweep.Progress()
    ) async -> (scans: [HostScan], statistics: ConnectSweep.Statistics) {
        let started = Date()
        let (outcomes, statistics) = await ConnectSweep(options: sweepOptions).run(
            addresses,
            ports: ports,
            progress: progress
        )
        let finished = Date()
        var byAddress: [IPAddress: [ConnectSweep.Outcome]] = [:]
        for outcome in outcomes { byAddress[outcome.address, default: []].append(outcome) }
        let scans = addresses.map { address in
            let all = byAddress[address] ?? []
            let answered = all.filter { $0.state != .filtered }.map { PortResult(port: $0.port, state: $0.state) }
            return HostScan(
                address: address.description,
                up: !answered.isEmpty,
                ports: answered.sorted { $0.port < $1.port },
                filteredCount: all.count - answered.count,
                profile: profile.name,
                startedAt: started,
                finishedAt: finished
            )
        }
        return (scans, statistics)
    }
}
