import Foundation
import Testing
import WardIntel
import WardTesting

@Suite struct VersionRangeTests {
    @Test(arguments: [
        ("< 8.2.2", "8.2.1", true), ("< 8.2.2", "8.2.2", false),
        ("<=1.17.6", "1.17.6", true), ("<=1.17.6", "1.17.7", false),
        ("vers:all/>=V11.5.1|<V11.6.2", "11.5.1", true), ("vers:all/>=V11.5.1|<V11.6.2", "V11.6.2", false),
        ("vers:all/>=V11.5.1|<V11.6.2", "11.4", false),
        (">= 6.0.0 | <= 6.3.1", "6.2", true), (">= 6.0.0 | <= 6.3.1", "5.9", false),
        ("5.0|5.1", "5.1", true), ("5.0|5.1", "5.2", false),
        ("11.x", "11.4.2", true), ("11.x", "12.0", false), ("< 3.x", "2.9", true), ("< 3.x", "3.0", false),
        ("<= 1.54 (integrated into GE MobileLink)", "1.54", true),
        ("A10 < A11", "A10", true), ("A10 < A11", "A11", false),
        ("vers:all/*", "anything", true),
        ("<v36.011_v35.013_v34.014", "v35", true),
        (">=R9.01|<=R10.04", "R9.5", true), (">=R9.01|<=R10.04", "R10.05", false),
    ])
    func advisoryRangesAreReadAsWritten(range: String, version: String, inside: Bool) throws {
        let parsed = try #require(VersionRange.parse(range), "\(range) should be readable")
        #expect(parsed.contains(version) == inside, "\(version) in \(range)")
    }

    @Test(arguments: [
        "distributed  < april 1, 2018", "All versions with maxView Storage Manager < V4.14.00.26068 on Windows",
        "<May 2018", "<= K",
    ])
    func rangesInWordsAreNotGuessed(range: String) {
        #expect(VersionRange.parse(range) == nil)
    }

    /// Over every `product_version_range` in the shared CISA advisories, most are machine-readable (264 of 298
    /// when this was written); the rest are dates (`< august 28`), words (`All versions with … on Windows`), or
    /// versions with spaces (`<V18.0 UPD 1 SR 1`), which Ward does not guess at.
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func mostRealAdvisoryRangesAreReadable() throws {
        var ranges: [String] = []
        func walk(_ branches: [[String: Any]]) {
            for branch in branches {
                if branch["category"] as? String == "product_version_range", let name = branch["name"] as? String {
                    ranges.append(name)
                }
                walk(branch["branches"] as? [[String: Any]] ?? [])
            }
        }
        let files =
            try SharedData.files(in: "csaf/cisa-icsma", endingWith: ".json")
            + SharedData.files(in: "csaf/cisa-ics", endingWith: ".json")
        for file in files {
            let document = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            let tree = document?["product_tree"] as? [String: Any]
            walk(tree?["branches"] as? [[String: Any]] ?? [])
        }
        #expect(ranges.count > 250)
        let readable = ranges.filter { VersionRange.parse($0) != nil }
        let unreadable = ranges.filter { VersionRange.parse($0) == nil }
        #expect(Double(readable.count) / Double(ranges.count) > 0.85, "unreadable: \(unreadable)")
    }

    @Test func vendorSpellingsMeetTheirCanonicalName() {
        #expect(VendorNames.same("Phillips", "Philips"))
        #expect(VendorNames.same("Becton, Dickinson and Company (BD)", "BD"))
        #expect(VendorNames.same("Dräger", "Draeger"))
        #expect(VendorNames.same("B. Braun Melsungen AG", "B. Braun"))
        #expect(VendorNames.same("General Electric (GE)", "GE Healthcare"))
        #expect(VendorNames.same("Natus Medical, Inc. (Natus)", "Natus"))
        #expect(VendorNames.canonical("Medtronic ") == "medtronic")
        #expect(VendorNames.canonical("Acme Widgets, Inc.") == "acme widgets")
        #expect(!VendorNames.same("Siemens", "Philips"))
        #expect(VendorNames.words("Inductive models EX1100") == ["inductive", "models", "ex1100"])
    }
}
