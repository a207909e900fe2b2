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
        let report = await ConnectSweep(options: sweepOptions).run(addresses, ports: ports, progress: progress)
        let finished = Date()
        // Only the answered pairs are listed; a silent address costs one HostScan with no ports.
        var byAddress: [IPAddress: [PortResult]] = [:]
        for outcome in report.answered {
            byAddress[outcome.address, default: []].append(PortResult(port: outcome.port, state: outcome.state))
        }
        let scans = addresses.enumerated().map { index, address in
            let answered = byAddress[address] ?? []
            return HostScan(
                address: address.description,
                up: !answered.isEmpty,
                ports: answered.sorted { $0.port < $1.port },
                filteredCount: report.filteredCounts[index],
                profile: profile.name,
                startedAt: started,
                finishedAt: finished
            )
        }
        let statistics = report.statistics
        return (scans, statistics)
    }

    /// Scans several addresses, first finding which are up (``HostDiscovery``) when `discover` is true and more than
    /// one address is given, then sweeping the ports of the up ones only.
    ///
    /// Returns one ``HostScan`` per address, in the order given: an address discovery found down has `up` false, no
    /// ports and a `filteredCount` of zero (its ports were not tried). `statistics` are the port sweep's; `discovery`
    /// is nil when discovery did not run. `progress` reports discovery's work and then the sweep's, each from zero,
    /// and cancelling it stops whichever is running.
    ///
    /// - Important: A host that ignores echo requests and every discovery port but listens elsewhere is reported
    ///   down; pass `discover: false` to sweep every address.
    public func scan(
        _ addresses: [IPAddress],
        ports: PortList,
        discover: Bool,
        progress: ConnectSweep.Progress = ConnectSweep.Progress()
    ) async -> (scans: [HostScan], statistics: ConnectSweep.Statistics, discovery: HostDiscovery.Result?) {
        guard discover, addresses.count > 1 else {
            let (scans, statistics) = await scan(addresses, ports: ports, progress: progress)
            return (scans, statistics, nil)
        }
        let started = Date()
        let discovery = await HostDiscovery(profile: profile).discover(addresses, progress: progress)
        var swept: [IPAddress: HostScan] = [:]
        var statistics = ConnectSweep.Statistics()
        if !discovery.up.isEmpty, !discovery.cancelled {
            let (scans, sweepStatistics) = await scan(discovery.up, ports: ports, progress: progress)
            statistics = sweepStatistics
            for (address, scan) in zip(discovery.up, scans) {
                var scan = scan
                // Discovery's answer stands even when the swept ports are all filtered.
                scan.up = true
                scan.startedAt = started
                swept[address] = scan
            }
        }
        statistics.cancelled = statistics.cancelled || discovery.cancelled
        let finished = Date()
        let scans = addresses.map { address in
            swept[address]
                ?? HostScan(
                    address: address.description,
                    up: discovery.isUp(address),
                    ports: [],
                    filteredCount: 0,
                    profile: profile.name,
                    startedAt: started,
                    finishedAt: finished
                )
        }
        return (scans, statistics, discovery)
    }
}
