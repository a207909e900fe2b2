import Testing
import WardCore
import WardIntel
import WardTesting

@Suite struct PackageURLTests {
    @Test func allPartsAreParsedAndPercentDecoded() throws {
        let purl = try PackageURL(
            parsing: "pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?Repository_URL=repo.spring.io%2Frelease"
                + "&classifier=sources#src/main/../java/./org"
        )
        #expect(purl.type == "maven")
        #expect(purl.namespace == "org.apache.xmlgraphics")
        #expect(purl.name == "batik-anim")
        #expect(purl.version == "1.9.1")
        #expect(purl.qualifiers == ["repository_url": "repo.spring.io/release", "classifier": "sources"])
        #expect(purl.subpath == "src/main/java/org")
    }

    @Test func anNpmScopeAndAVersionWithAnAtSignAreTold() throws {
        let purl = try PackageURL(parsing: "pkg:npm/%40angular/animation@12.3.1")
        #expect(purl.namespace == "@angular")
        #expect(purl.name == "animation")
        #expect(purl.description == "pkg:npm/%40angular/animation@12.3.1")
        let go = try PackageURL(parsing: "pkg:golang/google.golang.org/genproto#googleapis/api/annotations")
        #expect(go.namespace == "google.golang.org")
        #expect(go.version == nil)
        #expect(go.subpath == "googleapis/api/annotations")
    }

    @Test(arguments: [
        ("pkg:pypi/Django_Filter@2.0", "pkg:pypi/django-filter@2.0"),
        ("PKG:PyPI/Jinja2@2.10", "pkg:pypi/jinja2@2.10"),
        (
            "pkg:deb/Debian/CURL@7.50.3-1?distro=jessie&arch=i386",
            "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie"
        ),
        ("pkg:github/Package-URL/purl-spec@244fd47e07d1004", "pkg:github/package-url/purl-spec@244fd47e07d1004"),
        ("pkg:npm/Foo@1.0.0", "pkg:npm/Foo@1.0.0"),
        ("pkg://maven/org.example/a@1?empty=&x=1", "pkg:maven/org.example/a@1?x=1"),
        (
            "pkg:generic/openssl@1.1.1w?download_url=https://x.org/a%20b",
            "pkg:generic/openssl@1.1.1w?download_url=https:%2F%2Fx.org%2Fa%20b"
        ),
    ])
    func theCanonicalFormNormalizesAsTheSpecSays(text: String, canonical: String) throws {
        let purl = try PackageURL(parsing: text)
        #expect(purl.description == canonical)
        #expect(try PackageURL(parsing: canonical) == purl)
    }

    @Test func partsBuildTheSameValueAsParsing() throws {
        let built = PackageURL(type: "PyPI", name: "Requests_OAuthlib", version: "1.3.0", qualifiers: ["a": ""])
        #expect(built == (try PackageURL(parsing: "pkg:pypi/requests-oauthlib@1.3.0")))
        #expect(built.package.description == "pkg:pypi/requests-oauthlib")
        #expect(PackageURL("pkg:nope") == nil)
    }

    @Test(arguments: [
        ("npm/foo@1", "(scheme)", "pkg:"),
        ("pkg:foo", "(type)", "pkg:TYPE/NAME"),
        ("pkg:9x/foo", "(type)", "not start with a digit"),
        ("pkg:ma%20ven/foo", "(type)", "letters, digits"),
        ("pkg:npm/", "(name)", "missing"),
        ("pkg:npm/foo@", "(version)", "nothing follows '@'"),
        ("pkg:npm/fo%zzo", "(name)", "two hexadecimal digits"),
        ("pkg:npm/foo?bar", "(qualifier 'bar')", "key=value"),
        ("pkg:npm/foo?1a=b", "(qualifier key '1a')", "does not start with a digit"),
        ("pkg:npm/foo?a=1&A=2", "(qualifier 'a')", "appears twice"),
        ("pkg:npm/f%FFo", "(name)", "not UTF-8"),
    ])
    func errorsNameThePartThatIsWrong(text: String, part: String, reason: String) throws {
        let error = try #require(throws: WardError.self) { try PackageURL(parsing: text) }
        #expect(error.code == .invalidInput)
        #expect(error.location == "purl '\(text)' \(part)")
        #expect(error.message.contains(reason), "\(error.message)")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everyPurlOfARealDebianHostRoundTrips() throws {
        let texts = try DebianHost.purlStrings()
        #expect(texts.count == 802)
        for text in texts {
            let purl = try PackageURL(parsing: text)
            #expect(purl.description == text)
            #expect(purl.type == "deb")
            #expect(purl.namespace == "debian")
            #expect(purl.qualifiers["distro"] == "debian-12")
        }
        let bashText = try #require(texts.first { $0.hasPrefix("pkg:deb/debian/bash@") })
        let bash = try PackageURL(parsing: bashText)
        #expect(bash.version == "5.2.15-2+b8")
        #expect(bash.qualifiers["upstream"] == "bash@5.2.15-2")
    }
}
