/// Whether a scan target may be scanned, with a sentence that explains why.
///
/// The reason is written for the person running the scan and names the scope entry or window that decided, such as
/// `10.9.0.5 is excluded by 10.9.0.0/16`.
public enum ScopeDecision: Hashable, Sendable {
    /// The target is in scope and inside a scan window.
    case allowed(reason: String)
    /// The target must not be scanned now.
    case refused(reason: String)

    /// Whether the target may be scanned.
    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    /// The sentence that explains the decision.
    public var reason: String {
        switch self {
        case .allowed(let reason), .refused(let reason): reason
        }
    }

    /// Throws when the decision is a refusal, so that a scan stops before it touches the target.
    ///
    /// - Throws: ``WardError`` with code ``WardError/Code/outOfScope`` and the refusal's reason as its message.
    public func requireAllowed() throws {
        if case .refused(let reason) = self {
            throw WardError(.outOfScope, reason)
        }
    }
}

extension ScopeDecision: CustomStringConvertible {
    /// `allowed: ...` or `refused: ...` followed by the reason.
    public var description: String {
        isAllowed ? "allowed: \(reason)" : "refused: \(reason)"
    }
}
