import Foundation
import Testing
import WardCore
import WardIntel
import WardTesting

@Suite struct CSAFFeedTests {
    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func readsTheOASISFeedExample() throws {
        let feed = try CSAFFeed.read(
            contentsOf: SharedData.url("csaf/oasis/examples/ROLIE/example-01-feed-tlp-white.json")
        )
        #expect(feed.id == "example-csaf-feed-tlp-white")
        #expect(feed.categories?.first?.term == "csaf")
        #expect(feed.entries.count == 1)
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "2020-ESA-001")
        #expect(entry.documentURL == "https://psirt.domain.tld/advisories/csaf/2020/2020-ESA-001.json")
        #expect(entry.hashURL == "https://psirt.domain.tld/advisories/csaf/2020/2020-ESA-001.json.sha512")
        #expect(entry.signatureURL == "https://psirt.domain.tld/advisories/csaf/2020/2020-ESA-001.json.asc")
        #expect(entry.published == "2021-01-01T11:00:00.000Z")
        #expect(entry.updated == "2021-01-01T12:00:00.000Z")
        #expect(entry.content.src == entry.documentURL)
        #expect(entry.format?.version == "2.0")
        #expect(entry.summary?.content == "Vulnerabilities fixed in ABC 0.0.1")
    }

    @Test func fallsBackToTheContentSourceWithoutASelfLink() throws {
        let text = """
            {"feed": {"id": "f", "title": "F", "updated": "2024-01-01T00:00:00Z", "entry": [
              {"id": "A-1", "title": "A", "link": [{"rel": "hash", "href": "https://x.invalid/a.json.sha512"}],
               "published": "2024-01-01T00:00:00Z", "updated": "2024-01-02T00:00:00Z",
               "content": {"type": "application/json", "src": "https://x.invalid/a.json"}}
            ]}}
            """
        let feed = try CSAFFeed.decode(from: Data(text.utf8), file: "feed.json")
        #expect(feed.entries.first?.documentURL == "https://x.invalid/a.json")
        #expect(feed.entries.first?.signatureURL == nil)
    }

    @Test func anEntryWithoutContentNamesThePath() throws {
        let text = """
            {"feed": {"id": "f", "title": "F", "updated": "2024-01-01T00:00:00Z", "entry": [
              {"id": "A-1", "title": "A", "link": [],
               "published": "2024-01-01T00:00:00Z", "updated": "2024-01-02T00:00:00Z"}
            ]}}
            """
        let error = try #require(throws: WardError.self) {
            try CSAFFeed.decode(from: Data(text.utf8), file: "feed.json")
        }
        #expect(error.location == "feed.json at $.feed.entry[0]")
        #expect(error.message.contains("'content'"))
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func readsTheOASISProviderMetadataExample() throws {
        let url = try SharedData.url("csaf/oasis/examples/provider-metadata/example-01-provider-metadata.json")
        let metadata = try CSAFProviderMetadata.read(contentsOf: url)
        #expect(metadata.canonicalURL == "https://www.example.com/.well-known/csaf/provider-metadata.json")
        #expect(metadata.role == "csaf_trusted_provider")
        #expect(metadata.metadataVersion == "2.0")
        #expect(metadata.listOnCSAFAggregators && metadata.mirrorOnCSAFAggregators)
        #expect(metadata.publisher.name == "Example Company ProductCERT")
        #expect(metadata.feedURLs == ["https://www.example.com/.well-known/csaf/feed-tlp-white.json"])
        #expect(metadata.distributions?.first?.rolie?.feeds.first?.tlpLabel == "WHITE")
        #expect(metadata.publicOpenPGPKeys?.first?.fingerprint == "8F5F267907B2C4559DB360DB2294BA7D2B2298B1")
    }

    @Test func readsADirectoryDistribution() throws {
        let text = """
            {"canonical_url": "https://p.invalid/.well-known/csaf/provider-metadata.json",
             "distributions": [{"directory_url": "https://p.invalid/.well-known/csaf/white/"}],
             "last_updated": "2024-01-01T00:00:00Z", "list_on_CSAF_aggregators": false, "metadata_version": "2.0",
             "mirror_on_CSAF_aggregators": false, "role": "csaf_publisher",
             "publisher": {"category": "vendor", "name": "P", "namespace": "https://p.invalid"}}
            """
        let metadata = try CSAFProviderMetadata.decode(from: Data(text.utf8), file: "provider-metadata.json")
        #expect(metadata.distributions?.first?.directoryURL == "https://p.invalid/.well-known/csaf/white/")
        #expect(metadata.feedURLs.isEmpty)
        #expect(metadata.publicOpenPGPKeys == nil)

        let wrong = text.replacingOccurrences(
            of: #""list_on_CSAF_aggregators": false"#,
            with: #""list_on_CSAF_aggregators": "no""#
        )
        let error = try #require(throws: WardError.self) {
            try CSAFProviderMetadata.decode(from: Data(wrong.utf8), file: "provider-metadata.json")
        }
        #expect(error.location == "provider-metadata.json at $.list_on_CSAF_aggregators")
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func readsTheOASISServiceAndCategoryExamples() throws {
        let first = try CSAFROLIEService.read(
            contentsOf: SharedData.url("csaf/oasis/examples/ROLIE/example-01-service.json")
        )
        #expect(first.collections.map(\.href) == ["https://psirt.domain.tld/advisories/csaf/feed-tlp-white.json"])
        #expect(first.collections.first?.categories.first?.term == "csaf")

        let second = try CSAFROLIEService.read(
            contentsOf: SharedData.url("csaf/oasis/examples/ROLIE/example-02-service.json")
        )
        #expect(second.workspaces.map(\.title) == ["Public CSAF feed", "Private CSAF feeds"])
        #expect(second.collections.map(\.tlpLabel) == [nil, "AMBER", "RED"])
        let encoded = try JSONEncoder().encode(second)
        #expect(try JSONDecoder().decode(CSAFROLIEService.self, from: encoded) == second)

        let categories = try CSAFROLIECategories.read(
            contentsOf: SharedData.url("csaf/oasis/examples/ROLIE/example-01-category.json")
        )
        #expect(categories.terms == ["Example Company Product A", "Example Company Product B"])
        #expect(categories.categories.allSatisfy { $0.scheme == nil })
    }
}
