/// One thing a ``Role`` may do inside an organization.
public enum Permission: String, CaseIterable, Hashable, Sendable, Codable {
    /// See the organization and its records.
    case read
    /// Record security work: scans, answers, findings, incidents.
    case writeSecurityData = "write_security_data"
    /// Change what may be scanned: scope entries and scan windows.
    case manageScope = "manage_scope"
    /// Add and remove members and change their roles (not owners).
    case manageMembers = "manage_members"
    /// Create and revoke API tokens.
    case manageTokens = "manage_tokens"
    /// Change the organization's name, kind, tier and sub-organizations.
    case manageOrganization = "manage_organization"
    /// Make or remove owners.
    case manageOwners = "manage_owners"
    /// Delete the organization.
    case deleteOrganization = "delete_organization"
    /// Read the audit log of security-relevant actions.
    case readAuditLog = "read_audit_log"
    /// Sign off assessment answers (which locks them) and reopen signed ones.
    case signOffAnswers = "sign_off_answers"
}
