import Foundation
import WardCore

/// Something Ward owns that a vulnerability may affect: an asset, a service a scan found on it, or a component of a
/// device's SBOM, described by the identifiers the matcher can use.
public struct MatchTarget: Sendable, Hashable {
    /// A stable identifier: the asset id, `asset-id/port`, or the SBOM's `bom-ref`.
    public var id: String
    /// What people call it (`WolfSSL 4.8.1 in Infusion pump bay 4`).
    public var label: String
    public var vendor: String?
    /// The product or model name.
    public var product: String?
    public var version: String?
    public var cpes: [CPEName]
    /// Package URLs as written (`pkg:pypi/django@3.2.0`).
    public var purls: [String]
    /// Whether ``cpes`` describe the whole platform (an asset), so that "running on" configurations that need
    /// another platform do not apply; false for a component seen on its own.
    public var platformKnown: Bool
    /// What the target means for patients, for prioritisation.
    public var context: Prioritizer.Context
    /// When Ward first saw it, for remediation clocks.
    public var firstSeen: Date

    public init(
        id: String,
        label: String,
        vendor: String? = nil,
        product: String? = nil,
        version: String? = nil,
        cpes: [CPEName] = [],
        purls: [String] = [],
        platformKnown: Bool = false,
        context: Prioritizer.Context = Prioritizer.Context(),
        firstSeen: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.id = id
        self.label = label
        self.vendor = vendor
        self.product = product
        self.version = version
        self.cpes = cpes
        self.purls = purls
        self.platformKnown = platformKnown
        self.context = context
        self.firstSeen = firstSeen
    }

    /// A target for one SBOM component; CPE names that cannot be read are left out and reported in
    /// `unreadable`.
    public init(
        component: SoftwareComponent,
        in sbom: String,
        context: Prioritizer.Context = Prioritizer.Context(),
        firstSeen: Date = Date(timeIntervalSince1970: 0),
        unreadable: inout [String]
    ) {
        var names: [CPEName] = []
        for text in component.cpes {
            if let name = try? CPEName(text) { names.append(name) } else { unreadable.append(text) }
        }
        let version = component.version.map { " \($0)" } ?? ""
        self.init(
            id: "\(sbom)#\(component.reference)",
            label: "\(component.name)\(version) (\(sbom))",
            vendor: component.supplier ?? component.group ?? names.first?.vendor.text,
            product: component.name,
            version: component.version,
            cpes: names,
            purls: component.purl.map { [$0] } ?? [],
            platformKnown: false,
            context: context,
            firstSeen: firstSeen
        )
    }
}
