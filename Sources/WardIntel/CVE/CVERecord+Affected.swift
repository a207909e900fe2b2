extension CVERecord.Affected {
    /// Whether a version of this product is affected, by the CVE JSON 5 rules, with the reason; nil when the
    /// record does not say (no versions and no default status).
    ///
    /// A version entry with `lessThan` or `lessThanOrEqual` is a range that starts at `version` (`0` or
    /// `unspecified` meaning from the beginning); one without is a single version. The first entry that covers the
    /// version decides; otherwise `defaultStatus` does. Versions are ordered as NVD orders them (``GenericVersion``).
    public func status(of version: String) -> (affected: Bool, reason: String)? {
        for entry in versions ?? [] {
            let start = entry.version
            let fromBeginning = ["0", "unspecified", "*", "n/a", ""].contains(start.lowercased())
            if entry.lessThan != nil || entry.lessThanOrEqual != nil {
                if !fromBeginning, GenericVersion.compare(version, start) == .before { continue }
                if let end = entry.lessThan, end != "*", GenericVersion.compare(version, end) != .before { continue }
                if let end = entry.lessThanOrEqual, end != "*", GenericVersion.compare(version, end) == .after {
                    continue
                }
                let bound =
                    entry.lessThan.map { "before \($0)" } ?? entry.lessThanOrEqual.map { "up to and including \($0)" }
                    ?? ""
                let from = fromBeginning ? "" : "from \(start) "
                return (entry.status == "affected", "\(version) is \(from)\(bound): \(entry.status)")
            }
            if !fromBeginning, GenericVersion.compare(version, start) == .same {
                return (entry.status == "affected", "\(version) is listed as \(entry.status)")
            }
        }
        switch defaultStatus {
        case "affected": return (true, "\(version) is not listed and the default status is affected")
        case "unaffected": return (false, "\(version) is not listed and the default status is unaffected")
        default:
            // Without a default, a version outside every listed version and range is taken as not affected: that
            // is what the CNA meant in practice, and the reason says the record left it open.
            guard let versions, !versions.isEmpty else { return nil }
            return (false, "\(version) is outside the listed versions (the record gives no default status)")
        }
    }
}
