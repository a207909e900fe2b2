/// An NVD match criterion read once, so that matching many products does not parse the same CPE name again.
public struct CPECriterion: Sendable, Hashable {
    /// The criterion as NVD wrote it.
    public var source: NVDConfiguration.CPEMatch
    /// Its CPE name.
    public var name: CPEName

    /// How a product's CPE name relates to the criterion.
    public enum Outcome: Sendable, Hashable {
        /// Vendor, product and the other attributes are covered and the version is inside.
        case matches
        /// Everything but the version is covered, and the product's version is unknown (`*` or `-`).
        case versionUnknown
        case noMatch
    }

    /// Reads the criterion's CPE name.
    public init(_ source: NVDConfiguration.CPEMatch) throws {
        self.source = source
        self.name = try CPEName(source.criteria)
    }

    /// Compares a product's CPE name with the criterion, attribute by attribute, and its version with the
    /// criterion's version or range in NVD's ordering (``GenericVersion``).
    public func evaluate(_ target: CPEName) -> Outcome {
        guard name.part.covers(target.part) || Self.bothSoftware(name.part, target.part),
            name.vendor.covers(target.vendor), name.product.covers(target.product),
            name.update.covers(target.update), name.edition.covers(target.edition),
            name.language.covers(target.language), name.softwareEdition.covers(target.softwareEdition),
            name.targetSoftware.covers(target.targetSoftware), name.targetHardware.covers(target.targetHardware),
            name.other.covers(target.other)
        else { return .noMatch }
        guard case .value(let version) = target.version else {
            if case .pattern = target.version { return .versionUnknown }
            // A product whose version is unknown cannot be ruled out, unless the criterion wants "not applicable".
            if case .notApplicable = name.version, case .notApplicable = target.version { return .matches }
            return name.version == .any && !source.hasRange ? .matches : .versionUnknown
        }
        switch name.version {
        case .any:
            break
        case .notApplicable:
            return .noMatch
        case .value(let wanted):
            guard GenericVersion.compare(version, wanted) == .same else { return .noMatch }
        case .pattern:
            guard name.version.covers(target.version) else { return .noMatch }
        }
        if let start = source.versionStartIncluding, GenericVersion.compare(version, start) == .before {
            return .noMatch
        }
        if let start = source.versionStartExcluding, GenericVersion.compare(version, start) != .after {
            return .noMatch
        }
        if let end = source.versionEndIncluding, GenericVersion.compare(version, end) == .after { return .noMatch }
        if let end = source.versionEndExcluding, GenericVersion.compare(version, end) != .before { return .noMatch }
        return .matches
    }

    /// Whether two parts are `a` and `o`: SBOMs and NVD disagree often on whether firmware or an embedded operating
    /// system (FreeRTOS) is an application or an operating system, and the vendor and product names decide.
    static func bothSoftware(_ left: CPEValue, _ right: CPEValue) -> Bool {
        let software: Set<String> = ["a", "o"]
        guard let a = left.text?.lowercased(), let b = right.text?.lowercased() else { return false }
        return software.contains(a) && software.contains(b)
    }

    /// Words for a reason: "wolfssl wolfssl before 5.2.0" or "microsoft windows_7 -, sp1".
    public var summary: String {
        let vendor = name.vendor.text ?? "*"
        let product = name.product.text ?? "*"
        if let range = source.rangeDescription { return "\(vendor) \(product) \(range)" }
        switch name.version {
        case .any: return "\(vendor) \(product), every version"
        default: return "\(vendor) \(product) \(name.version.formatted)"
        }
    }
}
