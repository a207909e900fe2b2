import Testing
import WardCore
import WardIntel

@Suite struct PEP440VersionTests {
    /// Written from PEP 440's "Summary of permitted suffixes and relative ordering"; each entry comes before the
    /// next.
    static let ascending = [
        "0.9", "1.0.dev0", "1.0.dev1", "1.0a1.dev1", "1.0a1", "1.0a1.post1.dev1", "1.0a1.post1", "1.0a2", "1.0b2",
        "1.0rc1", "1.0", "1.0+abc.5", "1.0+5", "1.0+5.a", "1.0.post1.dev0", "1.0.post1", "1.0.post2", "1.0.1",
        "1.1.dev1", "1.1", "1.2", "1.10", "2.0", "1!0.1", "1!1.0",
    ]

    @Test func theOrderingTableHolds() throws {
        let versions = try Self.ascending.map { try PEP440Version($0) }
        for (i, left) in versions.enumerated() {
            for (j, right) in versions.enumerated() {
                let expected: GenericVersion.Order = i < j ? .before : (i == j ? .same : .after)
                #expect(PEP440Version.compare(left, right) == expected, "\(left) vs \(right)")
            }
        }
    }

    @Test(arguments: [
        ("1.0RC1", "1.0rc1"),
        ("1.0-post1", "1.0.post1"),
        ("1.0.dev0", "1.0.dev0"),
        ("1.0_dev", "1.0.dev0"),
        ("1.0-1", "1.0.post1"),
        ("1.0.rev2", "1.0.post2"),
        ("1.0r", "1.0.post0"),
        ("v2.1.ALPHA.3", "2.1a3"),
        ("1.0beta", "1.0b0"),
        ("1.0c1", "1.0rc1"),
        ("1.0-preview-2", "1.0rc2"),
        ("1.0pre", "1.0rc0"),
        ("  1!2.0+Ubuntu-1_2 ", "1!2.0+ubuntu.1.2"),
        ("1.0a1-post2-dev3", "1.0a1.post2.dev3"),
    ])
    func alternativeSpellingsAreNormalized(spelling: String, normalized: String) throws {
        let version = try PEP440Version(spelling)
        #expect(version.description == normalized)
        #expect(version == (try PEP440Version(normalized)))
    }

    @Test func trailingZerosDoNotChangeTheOrderButStayInTheSpelling() throws {
        let short = try PEP440Version("1.2")
        let long = try PEP440Version("1.2.0.0")
        #expect(short == long)
        #expect(short.hashValue == long.hashValue)
        #expect(long.description == "1.2.0.0")
    }

    @Test func preReleasesAreRecognized() throws {
        #expect(try PEP440Version("1.0.dev3").isPrerelease)
        #expect(try PEP440Version("1.0rc1").isPrerelease)
        #expect(!(try PEP440Version("1.0.post1").isPrerelease))
    }

    @Test(arguments: [
        ("", "does not start with a release number"),
        ("abc", "does not start with a release number"),
        ("1.0-foo", "unexpected '-foo'"),
        ("1.0+", "empty part"),
        ("1.0+abc..1", "empty part"),
        ("1!", "must follow the epoch"),
        ("1.0 beta", "unexpected 'beta'"),
        ("1.0rc1rc2", "unexpected 'rc2'"),
    ])
    func invalidVersionsAreRejectedWithTheReason(text: String, reason: String) throws {
        let error = try #require(throws: WardError.self) { try PEP440Version(text) }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains(reason), "\(error.message)")
        #expect(error.message.contains("is not a PEP 440 version"))
    }
}
