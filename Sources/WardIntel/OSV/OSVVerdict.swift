/// The answer to "does this OSV record affect this package version?", with the reason either way.
///
/// Besides yes and no there is a third answer, because some records cannot decide: a record that gives only git
/// commit ranges says nothing about version numbers, and a version that the ecosystem's rule cannot parse has no
/// place in a range. Reporting those as "not affected" would hide them, so they come back as ``undetermined(_:)``.
public enum OSVVerdict: Sendable, Hashable {
    case affected(OSVMatch)
    /// Not affected, with the reason (the version is outside every range, the record was withdrawn, the record is
    /// about other packages).
    case notAffected(String)
    /// The record cannot say, with the reason.
    case undetermined(String)

    /// The match, when the verdict is ``affected(_:)``.
    public var match: OSVMatch? {
        if case .affected(let match) = self { return match }
        return nil
    }

    /// The reason in words, whatever the verdict.
    public var reason: String {
        switch self {
        case .affected(let match): match.explanation
        case .notAffected(let reason), .undetermined(let reason): reason
        }
    }
}
