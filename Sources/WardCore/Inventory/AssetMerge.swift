import Foundation

/// How a new observation of an asset (a scan, an import row) folds into what Ward knows.
///
/// Identity: an observation is the same asset as a known one when a MAC address matches, else the medical device's
/// serial number, else an address or a host name — MAC before serial before address and host name, because addresses
/// move (DHCP) and names are reused, while MACs and serials stay with the device.
public enum AssetMerge {
    /// The keys an asset is found by, strongest first.
    public static func keys(of asset: Asset) -> [(kind: String, value: String)] {
        var keys: [(String, String)] = asset.macs.map { ("mac", $0.uppercased()) }
        if let serial = asset.medical?.serial, !serial.isEmpty { keys.append(("serial", serial.uppercased())) }
        keys += asset.addresses.map { ("address", $0.lowercased()) }
        keys += asset.hostnames.map { ("hostname", $0.lowercased()) }
        return keys
    }

    /// The known asset with the observation folded in, and what changed (field → "old → new"); an observation that
    /// adds nothing changes nothing, so importing the same file twice records no change.
    public static func merge(_ known: Asset, with seen: Asset) -> (Asset, [String: String]) {
        var merged = known
        var changes: [String: String] = [:]
        func union(_ field: String, _ old: [String], _ new: [String]) -> [String] {
            let added = new.filter { !old.contains($0) }
            if !added.isEmpty { changes[field] = "+ " + added.joined(separator: ", ") }
            return old + added
        }
        merged.addresses = union("addresses", known.addresses, seen.addresses)
        merged.macs = union("macs", known.macs, seen.macs)
        merged.hostnames = union("hostnames", known.hostnames, seen.hostnames)
        if let vendor = seen.interfaceVendor, vendor != known.interfaceVendor {
            changes["interfaceVendor"] = "\(known.interfaceVendor ?? "-") → \(vendor)"
            merged.interfaceVendor = vendor
        }
        if let os = seen.operatingSystem, os != known.operatingSystem {
            changes["operatingSystem"] = "\(known.operatingSystem ?? "-") → \(os)"
            merged.operatingSystem = os
        }
        if !seen.services.isEmpty, Set(seen.services) != Set(known.services) {
            let old = Set(known.services.map { "\($0.port)/\($0.transport)" })
            let new = Set(seen.services.map { "\($0.port)/\($0.transport)" })
            changes["services"] = "\(old.sorted().joined(separator: " ")) → \(new.sorted().joined(separator: " "))"
            merged.services = seen.services
        }
        if let owner = seen.owner, owner != known.owner {
            changes["owner"] = "\(known.owner ?? "-") → \(owner)"
            merged.owner = owner
        }
        merged.tags = union("tags", known.tags, seen.tags)
        if let medical = seen.medical, medical != known.medical {
            changes["medical"] = "updated"
            merged.medical = medical
        }
        if seen.likelyMedical && !known.likelyMedical && known.medical == nil {
            changes["likelyMedical"] = "no → yes"
            merged.likelyMedical = true
        }
        merged.firstSeen = min(known.firstSeen, seen.firstSeen)
        if seen.lastSeen > known.lastSeen {
            merged.lastSeen = seen.lastSeen
        }
        return (merged, changes)
    }
}
