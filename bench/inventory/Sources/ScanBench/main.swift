import Foundation
import WardCore
import WardScanner

// ScanBench ADDRESS PORTS PROFILE    one connect sweep with Ward's scanner; prints the open ports, the wall time and
//                                    the sweep's statistics. Used by bench/scanner.sh on loopback and test namespaces.

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    print("usage: ScanBench ADDRESS PORTS PROFILE")
    exit(64)
}
let address = try IPAddress(arguments[1])
let ports = try PortList(arguments[2])
let profile = try SafetyProfile.named(arguments[3])
let start = ContinuousClock.now
let (scans, statistics) = await ConnectScanner(profile: profile).scan([address], ports: ports)
let elapsed = ContinuousClock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
for port in scans[0].openPorts { print("open \(port)") }
FileHandle.standardError.write(
    Data(
        String(
            format:
                "ward open=%d closed=%d filtered=%d seconds=%.3f attempts=%d peak_in_flight=%d peak_per_second=%d timeout_ms=%d\n",
            scans[0].openPorts.count,
            scans[0].ports.count - scans[0].openPorts.count,
            scans[0].filteredCount,
            seconds,
            statistics.attempts,
            statistics.peakInFlight,
            statistics.peakAttemptsPerSecond,
            statistics.finalTimeoutMilliseconds
        ).utf8
    )
)
