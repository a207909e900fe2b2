import Foundation

/// A CSAF provider's `provider-metadata.json`: who the provider is, where its documents are and which OpenPGP keys
/// sign them (CSAF 2.0 section 7.1.7).
///
/// It is where a consumer starts: from it, the ROLIE feeds (``CSAFFeed``) or directory listings to fetch, and the
/// keys to give ``CSAFIntegrity`` to check signatures with.
public struct CSAFProviderMetadata: Sendable, Hashable, Codable {
    /// Where this file is published.
    public var canonicalURL: String
    public var distributions: [Distribution]?
    public var lastUpdated: String
    public var listOnCSAFAggregators: Bool
    public var metadataVersion: String
    public var mirrorOnCSAFAggregators: Bool
    public var publicOpenPGPKeys: [OpenPGPKey]?
    public var publisher: CSAFDocument.Publisher
    /// `csaf_publisher`, `csaf_provider` or `csaf_trusted_provider`.
    public var role: String

    public init(
        canonicalURL: String,
        distributions: [Distribution]? = nil,
        lastUpdated: String,
        listOnCSAFAggregators: Bool,
        metadataVersion: String,
        mirrorOnCSAFAggregators: Bool,
        publicOpenPGPKeys: [OpenPGPKey]? = nil,
        publisher: CSAFDocument.Publisher,
        role: String
    ) {
        self.canonicalURL = canonicalURL
        self.distributions = distributions
        self.lastUpdated = lastUpdated
        self.listOnCSAFAggregators = listOnCSAFAggregators
        self.metadataVersion = metadataVersion
        self.mirrorOnCSAFAggregators = mirrorOnCSAFAggregators
        self.publicOpenPGPKeys = publicOpenPGPKeys
        self.publisher = publisher
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case canonicalURL = "canonical_url"
        case distributions
        case lastUpdated = "last_updated"
        case listOnCSAFAggregators = "list_on_CSAF_aggregators"
        case metadataVersion = "metadata_version"
        case mirrorOnCSAFAggregators = "mirror_on_CSAF_aggregators"
        case publicOpenPGPKeys = "public_openpgp_keys"
        case publisher, role
    }

    /// Decodes a provider metadata document.
    ///
    /// - Throws: a ``WardError`` with code `invalidInput` naming `file` and the path in the document.
    public static func decode(from data: Data, file: String) throws -> CSAFProviderMetadata {
        try IntelDocument.decode(CSAFProviderMetadata.self, from: data, file: file)
    }

    /// Reads and decodes the provider metadata at `url`.
    public static func read(contentsOf url: URL) throws -> CSAFProviderMetadata {
        try decode(from: IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    /// The URLs of every ROLIE feed of every distribution, in document order.
    public var feedURLs: [String] {
        (distributions ?? []).flatMap { $0.rolie?.feeds.map(\.url) ?? [] }
    }

    /// One way the provider distributes its documents: a directory listing, ROLIE feeds, or both.
    public struct Distribution: Sendable, Hashable, Codable {
        public var directoryURL: String?
        public var rolie: ROLIE?

        public init(directoryURL: String? = nil, rolie: ROLIE? = nil) {
            self.directoryURL = directoryURL
            self.rolie = rolie
        }

        enum CodingKeys: String, CodingKey {
            case directoryURL = "directory_url"
            case rolie
        }
    }

    /// The ROLIE feeds of a distribution, with its category and service documents.
    public struct ROLIE: Sendable, Hashable, Codable {
        public var feeds: [Feed]
        public var categories: [String]?
        public var services: [String]?

        public init(feeds: [Feed], categories: [String]? = nil, services: [String]? = nil) {
            self.feeds = feeds
            self.categories = categories
            self.services = services
        }
    }

    /// One ROLIE feed and the TLP label of the documents in it.
    public struct Feed: Sendable, Hashable, Codable {
        public var summary: String?
        public var tlpLabel: String
        public var url: String

        public init(summary: String? = nil, tlpLabel: String, url: String) {
            self.summary = summary
            self.tlpLabel = tlpLabel
            self.url = url
        }

        enum CodingKeys: String, CodingKey {
            case summary
            case tlpLabel = "tlp_label"
            case url
        }
    }

    /// A public OpenPGP key that signs the provider's documents.
    public struct OpenPGPKey: Sendable, Hashable, Codable {
        public var fingerprint: String?
        public var url: String

        public init(fingerprint: String? = nil, url: String) {
            self.fingerprint = fingerprint
            self.url = url
        }
    }
}
