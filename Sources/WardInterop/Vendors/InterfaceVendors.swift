import Foundation

/// The makers of network interfaces by MAC prefix, from the IEEE registries that Debian's `ieee-data` package ships
/// (`/usr/share/ieee-data/oui.csv`, and the longer `mam.csv` and `oui36.csv` prefixes when present).
public struct InterfaceVendors: Sendable {
    /// Prefix (upper-case hex, no separators: 6, 7 or 9 digits) → organization name.
    private let prefixes: [String: String]

    public init(prefixes: [String: String]) {
        self.prefixes = prefixes
    }

    /// The registry installed on this machine, or nil when `ieee-data` is not installed.
    public static func installed(folder: String = "/usr/share/ieee-data") -> InterfaceVendors? {
        var prefixes: [String: String] = [:]
        for name in ["oui.csv", "mam.csv", "oui36.csv"] {
            guard let text = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else { continue }
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                let fields = csvFields(String(line))
                guard fields.count >= 3, !fields[1].isEmpty else { continue }
                prefixes[fields[1].uppercased()] = fields[2].trimmingCharacters(in: .whitespaces)
            }
        }
        return prefixes.isEmpty ? nil : InterfaceVendors(prefixes: prefixes)
    }

    /// The maker of the interface with this MAC address (any separator), longest prefix first.
    public func vendor(ofMAC mac: String) -> String? {
        let hex = mac.uppercased().filter(\.isHexDigit)
        guard hex.count == 12 else { return nil }
        for length in [9, 7, 6] {
            if let name = prefixes[String(hex.prefix(length))] { return name }
        }
        return nil
    }

    public var count: Int { prefixes.count }

    static func csvFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}

/// Makers of medical devices, a list Ward maintains: a network interface made by one of them suggests a medical
/// device, for a person to confirm. Matched against the IEEE organization name, ignoring case.
public enum MedicalManufacturers {
    public static let nameFragments: [String] = [
        "philips medical", "philips healthcare", "philips patient monitoring", "philips lifeline", "ge healthcare",
        "ge medical", "siemens healthcare", "siemens healthineers",
        "medtronic", "baxter", "becton dickinson", "carefusion", "hospira", "icu medical", "b. braun", "b.braun",
        "draeger", "drägerwerk", "draegerwerk", "mindray", "nihon kohden", "spacelabs", "welch allyn", "hill-rom",
        "carestream", "fujifilm medical", "canon medical", "toshiba medical", "abbott", "roche diagnostics",
        "smiths medical", "fresenius", "masimo", "stryker", "zoll medical", "omnicell", "natus medical",
        "hamilton medical",
        "getinge", "maquet", "olympus medical", "karl storz", "elekta", "varian medical", "accuray",
        "intuitive surgical",
        "biotronik", "boston scientific", "alaris", "sysmex", "beckman coulter", "bio-rad", "ortho-clinical", "hologic",
        "agfa healthcare", "konica minolta healthcare", "esaote", "edan instruments", "schiller", "cardinal health",
        "vyaire", "resmed", "philips respironics", "nonin medical", "capsule tech", "iradimed", "moog medical",
    ]

    /// Whether an interface maker's name is one of the list.
    public static func matches(_ vendor: String?) -> Bool {
        guard let vendor = vendor?.lowercased() else { return false }
        return nameFragments.contains { vendor.contains($0) }
    }
}
