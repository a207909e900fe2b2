import Foundation

/// What a scan saw and what it looked at: the findings it reported, and the assets it covered for a source.
public struct ScanResult: Sendable {
    public var source: String
    public var at: Date
    /// Assets the scan covered; a finding of one of these assets, from this source, that the scan did not report is
    /// closed. Findings of assets the scan did not cover stay as they are.
    public var coveredAssets: Set<UUID>
    public var findings: [Finding]

    public init(source: String, at: Date, coveredAssets: Set<UUID>, findings: [Finding]) {
        self.source = source
        self.at = at
        self.coveredAssets = coveredAssets
        self.findings = findings
    }
}

/// The remediation clocks of an organization: days to fix by severity, unless the KEV catalog sets a due date.
public struct RemediationPolicy: Hashable, Sendable, Codable {
    public var criticalDays: Int
    public var highDays: Int
    public var mediumDays: Int?
    public var lowDays: Int?
    /// A finding seen again within this many days of closing is the same finding reopened.
    public var reopenWindowDays: Int
    /// How long a false-positive mark lasts by default.
    public var falsePositiveDays: Int

    public init(
        criticalDays: Int = 15,
        highDays: Int = 30,
        mediumDays: Int? = nil,
        lowDays: Int? = nil,
        reopenWindowDays: Int = 90,
        falsePositiveDays: Int = 365
    ) {
        self.criticalDays = criticalDays
        self.highDays = highDays
        self.mediumDays = mediumDays
        self.lowDays = lowDays
        self.reopenWindowDays = reopenWindowDays
        self.falsePositiveDays = falsePositiveDays
    }

    /// When a finding must be fixed: the KEV due date (end of that day, UTC) when there is one, otherwise first seen
    /// plus the days for its severity; nil when its severity has no clock.
    public func dueDate(of finding: Finding) -> Date? {
        if let kev = finding.kevDueDate { return Self.kevDeadline(kev) }
        return days(for: finding.severity).map { finding.firstSeen.addingTimeInterval(Double($0) * 86_400) }
    }

    /// The days to fix a finding of `severity` that has no KEV due date; nil when that severity has no clock.
    public func days(for severity: Severity) -> Int? {
        switch severity {
        case .critical: criticalDays
        case .high: highDays
        case .medium: mediumDays
        case .low: lowDays
        case .info: nil
        }
    }

    /// The moment a KEV due date passes: the end of that day, UTC.
    public static func kevDeadline(_ date: CalendarDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 23, minute: 59, second: 59)
        )!
    }

    /// Whether an open finding is past its due date.
    public func isOverdue(_ finding: Finding, at now: Date) -> Bool {
        guard finding.status == .open, let due = dueDate(of: finding) else { return false }
        return now > due
    }
}

/// Turns scans into finding states and events: opened, reopened, closed; false positives and risk acceptances that
/// expire. Pure: the caller passes the clock (`ScanResult.at`, `now`) and stores what comes back.
public enum FindingsLifecycle {
    /// Applies a scan to the known findings.
    ///
    /// - Returns: every finding whose state changed or that the scan saw (to store), and the events that happened.
    public static func apply(
        _ scan: ScanResult,
        to known: [String: Finding],
        policy: RemediationPolicy = RemediationPolicy()
    ) -> (findings: [String: Finding], events: [FindingEvent]) {
        var changed: [String: Finding] = [:]
        var events: [FindingEvent] = []
        let window = Double(policy.reopenWindowDays) * 86_400
        for reported in scan.findings {
            guard var finding = known[reported.key] else {
                var new = reported
                new.firstSeen = scan.at
                new.lastSeen = scan.at
                new.status = .open
                changed[new.key] = new
                events.append(FindingEvent(key: new.key, kind: .opened, at: scan.at))
                continue
            }
            finding.lastSeen = scan.at
            finding.title = reported.title
            finding.severity = reported.severity
            finding.cve = reported.cve ?? finding.cve
            finding.kevDueDate = reported.kevDueDate ?? finding.kevDueDate
            switch finding.status {
            case .open:
                break
            case .closed:
                if let closedAt = finding.closedAt, scan.at.timeIntervalSince(closedAt) <= window {
                    finding.status = .open
                    finding.closedAt = nil
                    finding.verifiedAt = nil
                    finding.reopenCount += 1
                    events.append(FindingEvent(key: finding.key, kind: .reopened, at: scan.at))
                } else {
                    // Gone long enough to be a new occurrence: its clock starts again.
                    finding.status = .open
                    finding.closedAt = nil
                    finding.verifiedAt = nil
                    finding.firstSeen = scan.at
                    events.append(
                        FindingEvent(
                            key: finding.key,
                            kind: .opened,
                            at: scan.at,
                            note: "seen again after more than \(policy.reopenWindowDays) days"
                        )
                    )
                }
            case .falsePositive:
                if let mark = finding.falsePositive, mark.expiresAt <= scan.at {
                    finding.status = .open
                    finding.falsePositive = nil
                    events.append(
                        FindingEvent(key: finding.key, kind: .expired, at: scan.at, note: "false-positive mark expired")
                    )
                }
            case .riskAccepted:
                if let acceptance = finding.acceptance, acceptance.expiresAt <= scan.at {
                    finding.status = .open
                    finding.acceptance = nil
                    events.append(
                        FindingEvent(key: finding.key, kind: .expired, at: scan.at, note: "risk acceptance expired")
                    )
                }
            }
            changed[finding.key] = finding
        }
        let reportedKeys = Set(scan.findings.map(\.key))
        for (key, finding) in known
        where finding.source == scan.source && scan.coveredAssets.contains(finding.assetID)
            && !reportedKeys.contains(key)
        {
            var updated = finding
            switch finding.status {
            case .open:
                updated.status = .closed
                updated.closedAt = scan.at
                events.append(FindingEvent(key: key, kind: .closed, at: scan.at))
                changed[key] = updated
            case .closed where finding.verifiedAt == nil:
                updated.verifiedAt = scan.at
                events.append(FindingEvent(key: key, kind: .verified, at: scan.at))
                changed[key] = updated
            default:
                break
            }
        }
        return (changed, events.sorted { ($0.at, $0.key, $0.kind.rawValue) < ($1.at, $1.key, $1.kind.rawValue) })
    }

    /// Marks a finding a false positive, with a reason, until `expiresAt` (default: the policy's days from now).
    public static func markFalsePositive(
        _ finding: Finding,
        reason: String,
        by person: String,
        at now: Date,
        expiresAt: Date? = nil,
        policy: RemediationPolicy = RemediationPolicy()
    ) throws -> (Finding, FindingEvent) {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw WardError(.invalidInput, "say why the finding is a false positive", location: "reason")
        }
        let expiry = expiresAt ?? now.addingTimeInterval(Double(policy.falsePositiveDays) * 86_400)
        guard expiry > now else {
            throw WardError(.invalidInput, "the expiry must be in the future", location: "expiresAt")
        }
        var updated = finding
        updated.status = .falsePositive
        updated.falsePositive = FalsePositive(reason: reason, by: person, at: now, expiresAt: expiry)
        return (updated, FindingEvent(key: finding.key, kind: .markedFalsePositive, at: now, note: reason))
    }

    /// Accepts the risk of a finding: an approver, an expiry and the compensating controls are all required.
    public static func acceptRisk(
        _ finding: Finding,
        approver: String,
        until expiresAt: Date,
        compensatingControls: String,
        at now: Date
    ) throws -> (Finding, FindingEvent) {
        guard !approver.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw WardError(.invalidInput, "a risk acceptance names its approver", location: "approver")
        }
        guard !compensatingControls.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WardError(
                .invalidInput,
                "say which compensating controls carry the risk",
                location: "compensatingControls"
            )
        }
        guard expiresAt > now else {
            throw WardError(.invalidInput, "the acceptance must expire in the future", location: "expiresAt")
        }
        var updated = finding
        updated.status = .riskAccepted
        updated.acceptance = RiskAcceptance(
            approver: approver,
            at: now,
            expiresAt: expiresAt,
            compensatingControls: compensatingControls
        )
        return (updated, FindingEvent(key: finding.key, kind: .accepted, at: now, note: "approved by \(approver)"))
    }
}

extension FindingsLifecycle {
    /// Reopens a finding by hand: a false-positive mark or a risk acceptance withdrawn, or a closed finding that is
    /// known to be back before the next scan says so. The remediation clock keeps its first-seen date.
    ///
    /// - Throws: `invalidInput` when no reason is given or the finding is already open.
    public static func reopen(
        _ finding: Finding,
        reason: String,
        by person: String,
        at now: Date
    ) throws -> (Finding, FindingEvent) {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw WardError(.invalidInput, "say why the finding is reopened", location: "reason")
        }
        guard finding.status != .open else {
            throw WardError(.invalidInput, "the finding is already open", location: "status")
        }
        var updated = finding
        if finding.status == .closed { updated.reopenCount += 1 }
        updated.status = .open
        updated.closedAt = nil
        updated.verifiedAt = nil
        updated.falsePositive = nil
        updated.acceptance = nil
        return (updated, FindingEvent(key: finding.key, kind: .reopened, at: now, note: "\(reason) (\(person))"))
    }
}

/// The remediation figures of a set of findings at a moment.
public struct FindingMetrics: Hashable, Sendable, Codable {
    public var openBySeverity: [Severity: Int]
    public var medianOpenAgeDays: Double?
    public var maximumOpenAgeDays: Double?
    /// Median days from first seen to closed, over closed findings.
    public var medianDaysToMitigate: Double?
    public var overdue: Int

    public init(
        openBySeverity: [Severity: Int],
        medianOpenAgeDays: Double?,
        maximumOpenAgeDays: Double?,
        medianDaysToMitigate: Double?,
        overdue: Int
    ) {
        self.openBySeverity = openBySeverity
        self.medianOpenAgeDays = medianOpenAgeDays
        self.maximumOpenAgeDays = maximumOpenAgeDays
        self.medianDaysToMitigate = medianDaysToMitigate
        self.overdue = overdue
    }

    public static func compute(
        _ findings: [Finding],
        at now: Date,
        policy: RemediationPolicy = RemediationPolicy()
    ) -> FindingMetrics {
        let open = findings.filter { $0.status == .open }
        var bySeverity: [Severity: Int] = [:]
        for finding in open { bySeverity[finding.severity, default: 0] += 1 }
        let ages = open.map { now.timeIntervalSince($0.firstSeen) / 86_400 }.sorted()
        let fixes = findings.compactMap { finding in
            finding.closedAt.map { $0.timeIntervalSince(finding.firstSeen) / 86_400 }
        }.sorted()
        return FindingMetrics(
            openBySeverity: bySeverity,
            medianOpenAgeDays: median(ages),
            maximumOpenAgeDays: ages.last,
            medianDaysToMitigate: median(fixes),
            overdue: open.filter { policy.isOverdue($0, at: now) }.count
        )
    }

    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
