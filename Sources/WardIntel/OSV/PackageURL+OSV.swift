extension PackageURL {
    /// The OSV ecosystem and package name that this purl's package has in OSV records, or nil for purl types that
    /// have no OSV ecosystem (`generic`, `github`).
    ///
    /// The two naming systems differ in where the group goes: a Maven purl's namespace becomes `group:artifact`, an
    /// npm scope and a Go or Composer namespace become a `/`-joined prefix of the name, and a `deb` purl's vendor
    /// (`debian`, `ubuntu`) picks the ecosystem.
    public var osvPackage: (ecosystem: String, name: String)? {
        let slashed = namespace.map { "\($0)/\(name)" } ?? name
        switch type {
        case "pypi": return ("PyPI", name)
        case "npm": return ("npm", slashed)
        case "golang": return ("Go", slashed)
        case "cargo": return ("crates.io", name)
        case "composer": return ("Packagist", slashed)
        case "maven": return ("Maven", namespace.map { "\($0):\(name)" } ?? name)
        case "gem": return ("RubyGems", name)
        case "nuget": return ("NuGet", name)
        case "hex": return ("Hex", name)
        case "pub": return ("Pub", name)
        case "swift": return ("SwiftURL", slashed)
        case "deb":
            switch namespace {
            case "debian": return ("Debian", name)
            case "ubuntu": return ("Ubuntu", name)
            default: return nil
            }
        case "apk": return namespace == "alpine" ? ("Alpine", name) : nil
        default: return nil
        }
    }
}
