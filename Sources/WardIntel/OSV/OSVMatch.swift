/// A package version that an OSV record says is affected, and why.
///
/// A match carries its reason so that a finding can be checked by a person: either the version is listed by name
/// in the record, or it lies inside a range, and then the events that bound it and the ordering rule that placed it
/// there are given ("4.1.0 is at or after 0 and before 4.2.2 (PEP 440)").
public struct OSVMatch: Sendable, Hashable, CustomStringConvertible {
    /// Why the version is affected.
    public enum Reason: Sendable, Hashable {
        /// The version appears in the affected entry's `versions` list.
        case listed
        /// The version lies in a range: at or after `introduced`, and before (or, for `last_affected`, at or
        /// before) `bound`; no bound means the record names no fix.
        case range(
            OSVRecord.Range.Kind,
            introduced: OSVRecord.Event,
            bound: OSVRecord.Event?,
            scheme: VersionScheme
        )
    }

    /// The record's identifier (`PYSEC-2021-9`).
    public var recordID: String
    /// The record's aliases (CVE and GHSA identifiers).
    public var aliases: [String]
    /// The package as the record names it.
    public var package: OSVRecord.Package
    /// The version that was checked, as given.
    public var version: String
    /// Why the version is affected.
    public var reason: Reason

    /// Creates a match.
    public init(
        recordID: String,
        aliases: [String],
        package: OSVRecord.Package,
        version: String,
        reason: Reason
    ) {
        self.recordID = recordID
        self.aliases = aliases
        self.package = package
        self.version = version
        self.reason = reason
    }

    /// The reason in words: "4.1.0 is at or after 0 and before 4.2.2 (PEP 440)".
    public var explanation: String {
        switch reason {
        case .listed:
            return "\(version) is listed among the affected versions of \(package.name)"
        case .range(let kind, let introduced, let bound, let scheme):
            var text = "\(version) is at or after \(introduced.version)"
            switch bound?.kind {
            case .fixed?: text += " and before \(bound!.version)"
            case .lastAffected?: text += " and at or before \(bound!.version)"
            case .limit?: text += " and before the limit \(bound!.version)"
            case .introduced?, nil: text += ", and the record names no fixed version"
            }
            let rule = kind == .ecosystem ? "\(scheme)" : "\(kind.rawValue) range, \(scheme)"
            return text + " (\(rule))"
        }
    }

    /// `PYSEC-2021-9 affects django 3.2.0: 3.2.0 is at or after 3.0 and before 3.2.1 (PEP 440)`.
    public var description: String {
        "\(recordID) affects \(package.name) \(version): \(explanation)"
    }
}
