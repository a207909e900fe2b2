import Foundation

/// A change someone makes to an asset by hand: the fields given are set, the others stay.
public struct AssetEdit: Hashable, Sendable, Codable {
    public var name: String?
    public var owner: String?
    public var tags: [String]?
    /// Sets the medical-device details (and confirms that the asset is one).
    public var medical: MedicalDevice?
    /// Sets the MDS2 summary of a medical device.
    public var mds2: MDS2Summary?
    /// Links the SBOM of a medical device.
    public var sbom: SBOMReference?
    /// True: the asset is not a medical device (clears the details and the "likely" flag).
    public var notMedical: Bool?

    public init(
        name: String? = nil,
        owner: String? = nil,
        tags: [String]? = nil,
        medical: MedicalDevice? = nil,
        mds2: MDS2Summary? = nil,
        sbom: SBOMReference? = nil,
        notMedical: Bool? = nil
    ) {
        self.name = name
        self.owner = owner
        self.tags = tags
        self.medical = medical
        self.mds2 = mds2
        self.sbom = sbom
        self.notMedical = notMedical
    }

    /// Applies the edit, returning the changed asset and what changed (field → "old → new").
    ///
    /// - Throws: `invalidInput` naming the field for an empty name, a device without manufacturer or model, MDS2 or
    ///   SBOM details for an asset that is not a medical device, or an SBOM format other than CycloneDX or SPDX.
    public func apply(to asset: Asset) throws -> (Asset, [String: String]) {
        var updated = asset
        var changes: [String: String] = [:]
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= 200 else {
                throw WardError(.invalidInput, "a name has 1 to 200 characters", location: "name")
            }
            if trimmed != asset.name { changes["name"] = "\(asset.name) → \(trimmed)" }
            updated.name = trimmed
        }
        if let owner {
            let trimmed = owner.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed != (asset.owner ?? "") { changes["owner"] = "\(asset.owner ?? "-") → \(trimmed)" }
            updated.owner = trimmed.isEmpty ? nil : trimmed
        }
        if let tags {
            let cleaned = tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if cleaned != asset.tags {
                changes["tags"] = "\(asset.tags.joined(separator: " ")) → \(cleaned.joined(separator: " "))"
            }
            updated.tags = cleaned
        }
        if notMedical == true {
            if asset.medical != nil || asset.likelyMedical { changes["medical"] = "marked not a medical device" }
            updated.medical = nil
            updated.likelyMedical = false
        }
        if var device = medical {
            device.manufacturer = device.manufacturer.trimmingCharacters(in: .whitespaces)
            device.model = device.model.trimmingCharacters(in: .whitespaces)
            guard !device.manufacturer.isEmpty else {
                throw WardError(
                    .invalidInput,
                    "a medical device names its manufacturer",
                    location: "medical.manufacturer"
                )
            }
            guard !device.model.isEmpty else {
                throw WardError(.invalidInput, "a medical device names its model", location: "medical.model")
            }
            // Details set without MDS2 or SBOM keep the ones on file.
            device.mds2 = device.mds2 ?? asset.medical?.mds2
            device.sbom = device.sbom ?? asset.medical?.sbom
            if device != asset.medical { changes["medical"] = "\(device.manufacturer) \(device.model)" }
            updated.medical = device
            updated.likelyMedical = false
        }
        if let mds2 {
            guard updated.medical != nil else {
                throw WardError(
                    .invalidInput,
                    "record the medical-device details (manufacturer, model) before its MDS2 form",
                    location: "mds2"
                )
            }
            if mds2 != updated.medical?.mds2 { changes["mds2"] = "form \(mds2.formVersion ?? "on file")" }
            updated.medical?.mds2 = mds2
        }
        if let sbom {
            guard updated.medical != nil else {
                throw WardError(
                    .invalidInput,
                    "record the medical-device details (manufacturer, model) before linking its SBOM",
                    location: "sbom"
                )
            }
            guard ["cyclonedx", "spdx"].contains(sbom.format.lowercased()) else {
                throw WardError(
                    .invalidInput,
                    "an SBOM is cyclonedx or spdx, not '\(sbom.format)'",
                    location: "sbom.format"
                )
            }
            if sbom != updated.medical?.sbom { changes["sbom"] = "\(sbom.format) \(sbom.name)" }
            updated.medical?.sbom = sbom
        }
        return (updated, changes)
    }
}
