import Testing
import WardCore
import WardIntel

@Suite struct SemanticVersionTests {
    /// The precedence example of semver.org section 11, extended at both ends; each entry comes before the next.
    static let ascending = [
        "0.9.9", "1.0.0-0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
        "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.10.0", "2.0.0-rc.1", "2.0.0", "10.0.0",
    ]

    @Test func theOrderingTableHolds() throws {
        let versions = try Self.ascending.map { try SemanticVersion($0) }
        for (i, left) in versions.enumerated() {
            for (j, right) in versions.enumerated() {
                #expect((left < right) == (i < j), "\(left) < \(right)")
                #expect((left == right) == (i == j), "\(left) == \(right)")
            }
        }
    }

    @Test func buildMetadataTakesNoPartInPrecedence() throws {
        let a = try SemanticVersion("1.0.0+20130313144700")
        let b = try SemanticVersion("1.0.0+exp.sha.5114f85")
        #expect(a == b)
        #expect(a.build == ["20130313144700"])
        #expect(try SemanticVersion("1.0.0-beta+exp") < SemanticVersion("1.0.0"))
        #expect(a.description == "1.0.0+20130313144700")
    }

    @Test func aLeadingVIsAcceptedAndDropped() throws {
        let version = try SemanticVersion("v1.2.3-rc.1")
        #expect(version == (try SemanticVersion("1.2.3-rc.1")))
        #expect(version.description == "1.2.3-rc.1")
        #expect(version.prerelease == [.word("rc"), .number(1)])
    }

    @Test(arguments: [
        ("1.2", "three"),
        ("1.2.3.4", "three"),
        ("01.2.3", "leading zero"),
        ("1.2.3-01", "leading zero"),
        ("1.2.3-", "empty identifier"),
        ("1.2.3-alpha..1", "empty identifier"),
        ("1.2.3+", "empty identifier"),
        ("1.x.3", "not a number"),
        ("1.2.3-al_pha", "'_'"),
        ("", "three"),
        ("99999999999999999999.0.0", "too large"),
    ])
    func invalidVersionsAreRejectedWithTheReason(text: String, reason: String) throws {
        let error = try #require(throws: WardError.self) { try SemanticVersion(text) }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains(reason), "\(error.message)")
        #expect(error.message.contains("'\(text)'"))
    }
}
