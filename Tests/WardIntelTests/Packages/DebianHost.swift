import Foundation
import Testing
import WardIntel
import WardTesting

/// The package URLs in the shared SBOM of a Debian 12 host: 803 components, of which 802 packages with a purl (the
/// other is the operating system).
enum DebianHost {
    static func purls() throws -> [PackageURL] {
        try purlStrings().map { try PackageURL(parsing: $0) }
    }

    static func purlStrings() throws -> [String] {
        let data = try Data(contentsOf: SharedData.url("sbom/debian-host/debian12-host.cdx.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let components = try #require(document["components"] as? [[String: Any]])
        return components.compactMap { $0["purl"] as? String }
    }
}
