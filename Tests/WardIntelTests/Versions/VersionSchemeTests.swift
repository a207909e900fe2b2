import Testing
import WardCore
import WardIntel

@Suite struct VersionSchemeTests {
    @Test(arguments: [
        ("pypi", VersionScheme.pep440), ("PyPI", .pep440), ("npm", .semver), ("golang", .semver), ("cargo", .semver),
        ("composer", .semver), ("deb", .debian), ("maven", .generic), ("generic", .generic), ("rpm", .generic),
    ])
    func purlTypesMapToTheirScheme(type: String, scheme: VersionScheme) {
        #expect(VersionScheme.scheme(forPurlType: type) == scheme)
    }

    @Test(arguments: [
        ("PyPI", VersionScheme.pep440), ("npm", .semver), ("Go", .semver), ("crates.io", .semver),
        ("Packagist", .semver), ("Debian", .debian), ("Debian:12", .debian), ("Ubuntu:22.04:LTS", .debian),
        ("Maven", .generic), ("RubyGems", .generic),
    ])
    func osvEcosystemsMapToTheirScheme(ecosystem: String, scheme: VersionScheme) {
        #expect(VersionScheme.scheme(forOSVEcosystem: ecosystem) == scheme)
    }

    /// Pairs that the schemes order differently, which is why matching must pick the right one.
    @Test func theSchemesDisagreeWhereTheSpecificationsDo() {
        #expect(VersionScheme.pep440.compare("1.0.dev0", "1.0a1") == .before)
        #expect(VersionScheme.generic.compare("1.0.dev0", "1.0a1") == .after)
        #expect(VersionScheme.debian.compare("1.0~rc1", "1.0") == .before)
        #expect(VersionScheme.debian.compare("1:0.9", "2.0") == .after)
        #expect(VersionScheme.semver.compare("1.0.0-alpha.beta", "1.0.0-alpha.1") == .after)
        #expect(VersionScheme.pep440.compare("2.10", "2.9") == .after)
        #expect(VersionScheme.pep440.compare("1.0", "1.0.0") == .same)
    }

    @Test func aVersionInvalidUnderTheSchemeCannotBeCompared() throws {
        #expect(VersionScheme.semver.compare("1.2", "1.2.0") == nil)
        #expect(VersionScheme.pep440.compare("1.0", "not a version") == nil)
        #expect(VersionScheme.debian.compare("~1", "1") == nil)
        #expect(VersionScheme.generic.compare("anything", "else") != nil)
        let error = try #require(throws: WardError.self) { try VersionScheme.semver.validate("1.2") }
        #expect(error.message.contains("exactly three"))
        try VersionScheme.generic.validate("V2.1 SP3")
    }
}
