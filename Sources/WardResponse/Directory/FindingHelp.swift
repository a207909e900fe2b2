import Foundation
import WardCore

/// The kinds of findings Ward tracks, and the free help in the directory that matches each.
///
/// A finding's kind comes from its source: vulnerability scanners (Nessus, OpenVAS) and CVE matches report
/// vulnerabilities (HICP practice 7, HPH goals E1 and X5); exposures and weak configurations found by Ward's own scanner
/// belong to network management and asset management (HICP practices 6 and 5, goals X7, X10, X1); medical-device
/// findings to practice 9.
public enum FindingKind: String, CaseIterable, Sendable, Codable {
    case vulnerability
    case exposure
    case configuration
    case medicalDevice = "medical_device"

    /// The HICP practices and HPH CPG goals the kind is about.
    public var practices: (hicp: [String], goals: Set<String>) {
        switch self {
        case .vulnerability: (["7"], ["E1", "X5"])
        case .exposure: (["6"], ["E1", "X7"])
        case .configuration: (["6", "5"], ["X10", "X1"])
        case .medicalDevice: (["9"], ["E10", "X2"])
        }
    }

    /// The kind of a finding from its source and rule.
    public static func of(_ finding: Finding, isMedicalDevice: Bool = false) -> FindingKind {
        if isMedicalDevice { return .medicalDevice }
        switch finding.source {
        case "nessus", "openvas", "intel": return .vulnerability
        case "ward-scanner": return finding.cve == nil ? .exposure : .vulnerability
        default: return finding.cve == nil ? .configuration : .vulnerability
        }
    }
}

extension Directory {
    /// The directory entries that help with a kind of finding, for an organization of this size, at most `limit`.
    public static func entries(for kind: FindingKind, size: SizeTier? = nil, limit: Int = 3) -> [DirectoryEntry] {
        let (practices, goals) = kind.practices
        var result: [DirectoryEntry] = []
        for practice in practices {
            for entry in entries(hicpPractice: practice, goals: goals, size: size) where !result.contains(entry) {
                result.append(entry)
            }
        }
        // Services before guidance: a scan or a catalog helps a finding more than a reading list.
        let order = ["service", "tool", "guidance", "reporting-portal", "community", "training"]
        return Array(
            result.sorted { (order.firstIndex(of: $0.kind) ?? 9) < (order.firstIndex(of: $1.kind) ?? 9) }.prefix(limit)
        )
    }
}
