import Testing
import WardCore
import WardIntel

@Suite struct CPENameTests {
    @Test func formattedStringsKeepEscapesAsLogicalValues() throws {
        let name = try CPEName(#"cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*"#)
        #expect(name.vendor == .value("microsoft"))
        #expect(name.version == .value("8.0.6001"))
        #expect(name.update == .value("beta"))
        #expect(name.language == .any)
        let escaped = try CPEName(#"cpe:2.3:a:hp:insight_diagnostics:7\.4\.0\.1570:-:*:*:online:win2003:x64:*"#)
        #expect(escaped.version == .value("7.4.0.1570"))
        #expect(escaped.update == .notApplicable)
        #expect(escaped.description == #"cpe:2.3:a:hp:insight_diagnostics:7\.4\.0\.1570:-:*:*:online:win2003:x64:*"#)
        let colon = try CPEName(#"cpe:2.3:a:foo\:bar:baz:1.0:*:*:*:*:*:*:*"#)
        #expect(colon.vendor == .value("foo:bar"))
    }

    @Test func wildcardsAreKeptAsPatternsOnlyWhenUnescaped() throws {
        let pattern = try CPEName("cpe:2.3:a:apache:http_server:2.4.*:*:*:*:*:*:*:*")
        #expect(pattern.version == .pattern("2.4.*"))
        #expect(pattern.version.covers(.value("2.4.49")))
        #expect(!pattern.version.covers(.value("2.5.0")))
        let literal = try CPEName(#"cpe:2.3:a:vendor:product:1\*:*:*:*:*:*:*:*"#)
        #expect(literal.version == .value("1*"))
    }

    @Test func uriBindingsAreReadIntoTheSameAttributes() throws {
        let uri = try CPEName("cpe:/a:openbsd:openssh:9.8p1")
        #expect(uri.part == .value("a"))
        #expect(uri.product == .value("openssh"))
        #expect(uri.version == .value("9.8p1"))
        #expect(uri.update == .any)
        let packed = try CPEName("cpe:/a:vendor:product:1.0:update1:~ent~pro~linux~x64~extra")
        #expect(packed.edition == .value("ent"))
        #expect(packed.softwareEdition == .value("pro"))
        #expect(packed.targetSoftware == .value("linux"))
        #expect(packed.targetHardware == .value("x64"))
        #expect(packed.other == .value("extra"))
        #expect(try CPEName("cpe:/a:acme%21:tool:1.0").vendor == .value("acme!"))
    }

    @Test(arguments: [
        ("cpe:2.3:a:vendor:product", "has 3 attributes"),
        ("cpe:2.3:x:vendor:product:1:*:*:*:*:*:*:*", "part must be a, o, h"),
        ("cpe:2.3:a:ven*dor:product:1:*:*:*:*:*:*:*", "vendor attribute is not valid"),
        ("cpe:2.3:a::product:1:*:*:*:*:*:*:*", "vendor attribute is not valid"),
        ("wolfssl 4.8.1", "is not a CPE name"),
    ])
    func badNamesSayWhatIsWrong(text: String, expected: String) throws {
        let error = try #require(throws: WardError.self) { try CPEName(text) }
        #expect(error.message.contains(expected), "\(error.message)")
    }

    @Test func versionOrderingFollowsNVDRanges() {
        #expect(GenericVersion.compare("4.8.1", "5.2.0") == .before)
        #expect(GenericVersion.compare("10.0.1", "9.9") == .after)
        #expect(GenericVersion.compare("1.2", "1.2.0") == .same)
        #expect(GenericVersion.compare("5.4.0-stable", "5.4.0") == .same)
        #expect(GenericVersion.compare("9.8", "9.8p1") == .before)
        #expect(GenericVersion.compare("1.0rc1", "1.0") == .before)
        #expect(GenericVersion.compare("1.0.beta", "1.0.1") == .before)
        #expect(GenericVersion.compare("V2.1 SP3", "v2.1 sp2") == .after)
        #expect(GenericVersion.compare("010", "10") == .same)
    }
}
