import Foundation

/// How often each host is scanned again, set by what its last scan showed, in the manner of CISA Cyber Hygiene
/// vulnerability scanning.
///
/// A host with a known exploited or critical vulnerability is looked at again within hours, a host with lesser
/// findings within days, and a clean host weekly. A host that does not answer backs off: it is tried again after
/// ``downFirstMissDays``, then after twice as long for each further miss in a row, never waiting longer than
/// ``downMaximumDays``.
///
/// | Last scan showed | Default interval |
/// |---|---|
/// | a KEV-listed or critical finding | 12 hours |
/// | high | 24 hours |
/// | medium | 4 days |
/// | low | 6 days |
/// | up with no open findings (or informational ones only) | 7 days |
/// | no answer | 7, 14, 28, 56, then 90 days |
///
/// Intervals are elapsed time (a day is 86,400 seconds), not calendar days; fitting a due time into the
/// organization's scan windows is the job of ``ScanSchedule``.
///
/// The policy is `Codable` for configuration files; a key left out takes its default, so
/// `{"highHours": 48}` changes only the high interval. Check a decoded policy with ``validate()``.
public struct RescanPolicy: Hashable, Sendable, Codable {
    /// Hours until a host with an open KEV-listed or critical finding is scanned again.
    public var kevOrCriticalHours: Int
    /// Hours until a host whose worst open finding is high is scanned again.
    public var highHours: Int
    /// Days until a host whose worst open finding is medium is scanned again.
    public var mediumDays: Int
    /// Days until a host whose worst open finding is low is scanned again.
    public var lowDays: Int
    /// Days until a host that answered with no open findings, or informational ones only, is scanned again.
    public var cleanDays: Int
    /// Days until a host that failed to answer once is tried again; each further miss in a row doubles the wait.
    public var downFirstMissDays: Int
    /// The longest wait, in days, before trying a host that keeps failing to answer.
    public var downMaximumDays: Int

    private static let secondsPerHour: TimeInterval = 3_600
    private static let secondsPerDay: TimeInterval = 86_400

    /// Creates a policy; every interval has the Cyber Hygiene-style default.
    ///
    /// - Parameters:
    ///   - kevOrCriticalHours: Hours between scans of a host with a KEV-listed or critical open finding.
    ///   - highHours: Hours between scans of a host whose worst open finding is high.
    ///   - mediumDays: Days between scans of a host whose worst open finding is medium.
    ///   - lowDays: Days between scans of a host whose worst open finding is low.
    ///   - cleanDays: Days between scans of a host with no open findings.
    ///   - downFirstMissDays: Days before trying again a host that failed to answer once.
    ///   - downMaximumDays: The cap, in days, on the doubling wait for a host that keeps failing to answer.
    public init(
        kevOrCriticalHours: Int = 12,
        highHours: Int = 24,
        mediumDays: Int = 4,
        lowDays: Int = 6,
        cleanDays: Int = 7,
        downFirstMissDays: Int = 7,
        downMaximumDays: Int = 90
    ) {
        self.kevOrCriticalHours = kevOrCriticalHours
        self.highHours = highHours
        self.mediumDays = mediumDays
        self.lowDays = lowDays
        self.cleanDays = cleanDays
        self.downFirstMissDays = downFirstMissDays
        self.downMaximumDays = downMaximumDays
    }

    private enum CodingKeys: String, CodingKey {
        case kevOrCriticalHours
        case highHours
        case mediumDays
        case lowDays
        case cleanDays
        case downFirstMissDays
        case downMaximumDays
    }

    /// Decodes a policy; each key that is missing takes its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = RescanPolicy()
        self.init(
            kevOrCriticalHours: try container.decodeIfPresent(Int.self, forKey: .kevOrCriticalHours)
                ?? defaults.kevOrCriticalHours,
            highHours: try container.decodeIfPresent(Int.self, forKey: .highHours) ?? defaults.highHours,
            mediumDays: try container.decodeIfPresent(Int.self, forKey: .mediumDays) ?? defaults.mediumDays,
            lowDays: try container.decodeIfPresent(Int.self, forKey: .lowDays) ?? defaults.lowDays,
            cleanDays: try container.decodeIfPresent(Int.self, forKey: .cleanDays) ?? defaults.cleanDays,
            downFirstMissDays: try container.decodeIfPresent(Int.self, forKey: .downFirstMissDays)
                ?? defaults.downFirstMissDays,
            downMaximumDays: try container.decodeIfPresent(Int.self, forKey: .downMaximumDays)
                ?? defaults.downMaximumDays
        )
    }

    /// Checks that every interval is positive and that the cap on the backoff is not below its first step.
    ///
    /// A zero or negative interval would have the scheduler scan a host over and over, so load configuration through
    /// this check.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) naming the first field that is wrong.
    public func validate() throws {
        let fields: [(name: String, value: Int)] = [
            ("kevOrCriticalHours", kevOrCriticalHours),
            ("highHours", highHours),
            ("mediumDays", mediumDays),
            ("lowDays", lowDays),
            ("cleanDays", cleanDays),
            ("downFirstMissDays", downFirstMissDays),
            ("downMaximumDays", downMaximumDays),
        ]
        if let field = fields.first(where: { $0.value <= 0 }) {
            throw WardError(
                .invalidInput,
                "a rescan interval of \(field.value) is not allowed; use a whole number of 1 or more",
                location: field.name
            )
        }
        guard downMaximumDays >= downFirstMissDays else {
            throw WardError(
                .invalidInput,
                "the longest wait for a down host (\(downMaximumDays) days) is shorter than the first wait "
                    + "(\(downFirstMissDays) days); raise downMaximumDays or lower downFirstMissDays",
                location: "downMaximumDays"
            )
        }
    }

    /// How long to wait, in seconds, before scanning a host in `state` again.
    ///
    /// A KEV-listed finding takes the shortest interval whatever its severity. A host whose worst open finding is
    /// informational waits as long as a clean host. A down host waits ``downFirstMissDays`` after its first miss,
    /// twice that after its second, and so on up to ``downMaximumDays``; zero or negative misses count as one.
    ///
    /// - Parameter state: What the host showed at its last scan.
    /// - Returns: The interval in seconds.
    public func interval(for state: HostScanState) -> TimeInterval {
        switch state {
        case .down(let misses):
            return Double(downWaitDays(afterMisses: misses)) * Self.secondsPerDay
        case .clean:
            return Double(cleanDays) * Self.secondsPerDay
        case .worst(_, kev: true), .worst(.critical, _):
            return Double(kevOrCriticalHours) * Self.secondsPerHour
        case .worst(.high, _):
            return Double(highHours) * Self.secondsPerHour
        case .worst(.medium, _):
            return Double(mediumDays) * Self.secondsPerDay
        case .worst(.low, _):
            return Double(lowDays) * Self.secondsPerDay
        case .worst(.info, _):
            return Double(cleanDays) * Self.secondsPerDay
        }
    }

    /// When a host scanned at `lastScan` that showed `state` is due again: `lastScan` plus ``interval(for:)``.
    ///
    /// The result ignores scan windows; pass it to ``ScanSchedule/firstOpening(atOrAfter:windows:horizon:)`` to find
    /// when the scan may actually run.
    ///
    /// - Parameters:
    ///   - lastScan: When the host was last scanned (or last tried, for a down host).
    ///   - state: What that scan showed.
    /// - Returns: The moment the host is due.
    public func nextScan(after lastScan: Date, state: HostScanState) -> Date {
        lastScan.addingTimeInterval(interval(for: state))
    }

    /// The backoff in days after `misses` misses in a row, doubling without overflowing past the cap.
    private func downWaitDays(afterMisses misses: Int) -> Int {
        var days = downFirstMissDays
        var remaining = max(misses, 1) - 1
        while remaining > 0 && days < downMaximumDays {
            days = days > Int.max / 2 ? Int.max : days * 2
            remaining -= 1
        }
        return min(days, downMaximumDays)
    }
}
