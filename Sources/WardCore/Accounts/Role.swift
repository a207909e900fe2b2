import Foundation

/// A member's role in one organization; it decides which ``Permission``s the member holds there.
///
/// Roles are not a strict ladder: an auditor may read the audit log, which an analyst may not, but an auditor can
/// change nothing.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Full control, including the organization itself and other owners.
    case owner
    /// Manages members (except owners), API tokens, scope and settings.
    case admin
    /// Does the security work: runs scans, records answers and findings.
    case analyst
    /// Reads everything except the audit log.
    case viewer
    /// Reads everything, including the audit log, and reviews: signs off assessment answers. Changes nothing else.
    case auditor

    public var description: String { rawValue }

    /// What this role allows.
    public var permissions: Set<Permission> {
        switch self {
        case .owner: Set(Permission.allCases)
        case .admin: Set(Permission.allCases).subtracting([.manageOwners, .deleteOrganization, .readAuditLog])
        case .analyst: [.read, .writeSecurityData]
        case .viewer: [.read]
        case .auditor: [.read, .readAuditLog, .signOffAnswers]
        }
    }

    /// Whether this role holds `permission`.
    public func allows(_ permission: Permission) -> Bool { permissions.contains(permission) }

    /// Whether a member with this role may hand out `other` (to a member or an API token): only roles whose
    /// permissions are a subset of one's own, and owner only by owners.
    public func mayGrant(_ other: Role) -> Bool {
        if other == .owner { return self == .owner }
        return other.permissions.isSubset(of: permissions)
    }

    /// Parses a role name (any case).
    public init(parsing text: String, location: String = "role") throws {
        guard let role = Role(rawValue: text.lowercased().trimmingCharacters(in: .whitespaces)) else {
            let allowed = Role.allCases.map(\.rawValue).joined(separator: ", ")
            throw WardError(.invalidInput, "unknown role '\(text)'; use one of \(allowed)", location: location)
        }
        self = role
    }
}
