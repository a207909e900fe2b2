import Testing
import WardCore
import WardIntel
import WardTesting

@Suite struct DebianVersionTests {
    /// Written from the Debian Policy Manual, section 5.6.12; each entry comes before the next.
    static let ascending = [
        "0.9", "1.0~~", "1.0~~a", "1.0~rc1", "1.0~rc2", "1.0", "1.0-0.1", "1.0-1", "1.0-1+b1", "1.0-1.1", "1.0-2",
        "1.0a", "1.0a-1", "1.0+dfsg-1", "1.0.1", "1.2", "1.10", "2.0", "1:0.9", "1:1.0~beta", "2:0.1",
    ]

    @Test func theOrderingTableHolds() throws {
        let versions = try Self.ascending.map { try DebianVersion($0) }
        for (i, left) in versions.enumerated() {
            for (j, right) in versions.enumerated() {
                let expected: GenericVersion.Order = i < j ? .before : (i == j ? .same : .after)
                #expect(DebianVersion.compare(left, right) == expected, "\(left) vs \(right)")
            }
        }
    }

    @Test func leadingZerosAndAMissingRevisionCompareEqual() throws {
        #expect(try DebianVersion("1.01") == DebianVersion("1.1"))
        #expect(try DebianVersion("1.0") == DebianVersion("1.0-0"))
        #expect(try DebianVersion("0:1.0") == DebianVersion("1.0"))
    }

    @Test func thePartsAreSplitAtTheFirstColonAndTheLastHyphen() throws {
        let version = try DebianVersion("1:2.38.1-5+deb12u3")
        #expect(version.epoch == 1)
        #expect(version.upstream == "2.38.1")
        #expect(version.revision == "5+deb12u3")
        let hyphens = try DebianVersion("2.0-beta-3")
        #expect(hyphens.upstream == "2.0-beta")
        #expect(hyphens.revision == "3")
        #expect(hyphens.description == "2.0-beta-3")
    }

    @Test(arguments: [
        ("", "empty"),
        ("a1.0", "does not start with a digit"),
        ("x:1.0", "epoch 'x'"),
        ("1:", "nothing follows the epoch"),
        ("1.0-", "revision after the last '-' is empty"),
        ("1.0 2", "space"),
        ("1.0_1", "contains '_'"),
        ("1:1.0-1:2", "revision contains ':'"),
    ])
    func invalidVersionsAreRejectedWithTheReason(text: String, reason: String) throws {
        let error = try #require(throws: WardError.self) { try DebianVersion(text) }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains(reason), "\(error.message)")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everyVersionOnARealDebianHostParses() throws {
        let purls = try DebianHost.purls()
        #expect(purls.count == 802)
        let versions = try purls.compactMap(\.version).map { try DebianVersion($0) }
        #expect(versions.count == 802)
        // Sorting must be a strict weak order over real versions: sorted twice from different starts agrees.
        let sorted = versions.sorted()
        #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(versions.reversed().sorted().map(\.description) == sorted.map(\.description))
    }
}
