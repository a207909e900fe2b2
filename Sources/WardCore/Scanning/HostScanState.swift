import Foundation

/// What a host showed at its last scan, which is what sets how soon it is scanned again.
///
/// A ``RescanPolicy`` turns a state into a rescan interval: the worse the host looked, the sooner Ward looks again,
/// and a host that stops answering is tried less and less often. Build a state from a scan's outcome with
/// ``from(findings:hostUp:previousMisses:)``.
public enum HostScanState: Hashable, Sendable {
    /// The host did not answer, at this many scans in a row; the first miss is 1.
    case down(consecutiveMisses: Int)
    /// The host answered and has no open findings.
    case clean
    /// The host answered and has open findings: the worst severity among them, and whether any of them is in the
    /// CISA Known Exploited Vulnerabilities catalog.
    case worst(Severity, kev: Bool)

    /// Works out a host's state from its findings and whether it answered the latest scan.
    ///
    /// Only open findings count: closed ones, false positives and accepted risks leave the host's cadence alone. A
    /// finding with a ``Finding/kevDueDate`` is in the KEV catalog, whatever its own severity says. A host whose
    /// only open findings are informational is reported as `.worst(.info, kev: false)`, which
    /// ``RescanPolicy/interval(for:)`` treats like a clean host.
    ///
    /// ```swift
    /// let state = HostScanState.from(findings: findings, hostUp: true, previousMisses: 0)
    /// let next = policy.nextScan(after: scannedAt, state: state)
    /// ```
    ///
    /// - Parameters:
    ///   - findings: The host's findings, in any status; pass only findings of this host.
    ///   - hostUp: Whether the host answered the latest scan. When it did not, its findings are not looked at.
    ///   - previousMisses: How many scans in a row the host had failed to answer before the latest one; 0 when it
    ///     answered last time. Negative values count as 0.
    /// - Returns: ``down(consecutiveMisses:)`` with one more miss when the host did not answer, otherwise
    ///   ``clean`` or ``worst(_:kev:)``.
    public static func from(findings: [Finding], hostUp: Bool, previousMisses: Int) -> HostScanState {
        let open = findings.filter { $0.status == .open }
        return from(
            worstOpen: open.map(\.severity).max(),
            kev: open.contains { $0.kevDueDate != nil },
            hostUp: hostUp,
            previousMisses: previousMisses
        )
    }

    /// The same state from what the host's open findings add up to (as the store counts them): the worst severity
    /// among them (`nil` when there are none) and whether one of them is in the KEV catalog.
    public static func from(worstOpen: Severity?, kev: Bool, hostUp: Bool, previousMisses: Int) -> HostScanState {
        guard hostUp else {
            return .down(consecutiveMisses: max(previousMisses, 0) + 1)
        }
        guard let worstOpen else { return .clean }
        return .worst(worstOpen, kev: kev)
    }
}
