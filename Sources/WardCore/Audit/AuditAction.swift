/// The kind of action an ``AuditEvent`` records, as a dotted name such as `login.failed`.
///
/// A struct rather than an enum so that later capabilities (scans, exports, incidents) add their own actions without
/// changing this file's callers.
public struct AuditAction: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let login = AuditAction(rawValue: "login")
    public static let loginFailed = AuditAction(rawValue: "login.failed")
    public static let loginThrottled = AuditAction(rawValue: "login.throttled")
    public static let logout = AuditAction(rawValue: "logout")
    public static let setupCompleted = AuditAction(rawValue: "setup.completed")
    public static let passwordChanged = AuditAction(rawValue: "password.changed")
    public static let totpEnabled = AuditAction(rawValue: "totp.enabled")
    public static let totpDisabled = AuditAction(rawValue: "totp.disabled")
    public static let userCreated = AuditAction(rawValue: "user.created")
    public static let organizationCreated = AuditAction(rawValue: "organization.created")
    public static let organizationUpdated = AuditAction(rawValue: "organization.updated")
    public static let memberAdded = AuditAction(rawValue: "member.added")
    public static let memberRemoved = AuditAction(rawValue: "member.removed")
    public static let roleChanged = AuditAction(rawValue: "member.role_changed")
    public static let tokenCreated = AuditAction(rawValue: "token.created")
    public static let tokenRevoked = AuditAction(rawValue: "token.revoked")
    public static let scopeChanged = AuditAction(rawValue: "scope.changed")
    public static let scanStarted = AuditAction(rawValue: "scan.started")
    public static let scanCancelled = AuditAction(rawValue: "scan.cancelled")
    public static let export = AuditAction(rawValue: "export")
    public static let backup = AuditAction(rawValue: "database.backup")
    public static let frameworkImported = AuditAction(rawValue: "framework.imported")
    public static let assessmentCreated = AuditAction(rawValue: "assessment.created")
    public static let assessmentDeleted = AuditAction(rawValue: "assessment.deleted")
    public static let answerSigned = AuditAction(rawValue: "assessment.answer_signed")
    public static let answerReopened = AuditAction(rawValue: "assessment.answer_reopened")
    public static let incidentCreated = AuditAction(rawValue: "incident.created")
    public static let reportFiled = AuditAction(rawValue: "incident.report_filed")
    public static let rulesImported = AuditAction(rawValue: "rules.imported")
    public static let inventoryImported = AuditAction(rawValue: "inventory.imported")
    public static let findingDecided = AuditAction(rawValue: "finding.decided")
    public static let assetEdited = AuditAction(rawValue: "asset.edited")
    public static let sbomImported = AuditAction(rawValue: "sbom.imported")
    public static let alertsRefreshed = AuditAction(rawValue: "alerts.refreshed")
    public static let alertSubscriptionChanged = AuditAction(rawValue: "alerts.subscription_changed")
    public static let settingsChanged = AuditAction(rawValue: "settings.changed")
    public static let agentCreated = AuditAction(rawValue: "agent.created")
    public static let agentRevoked = AuditAction(rawValue: "agent.revoked")
    public static let scanResultsReceived = AuditAction(rawValue: "scan.results_received")
    /// An agent sent results for an address outside its segment or its organization's scope.
    public static let scanResultsRejected = AuditAction(rawValue: "scan.results_rejected")
}
