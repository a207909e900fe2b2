import Foundation

/// A ROLIE feed of CSAF documents: how a CSAF provider lists its advisories for download (CSAF 2.0 section 7.1.20).
///
/// A consumer reads the feed to learn which documents exist and when they last changed, then fetches each document
/// with its `.sha512` and `.asc` next to it. Only the fields that job needs are modelled; the rest of the Atom-in-JSON
/// envelope is ignored.
public struct CSAFFeed: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var links: [Link]?
    public var categories: [Category]?
    /// When the feed last changed (RFC 3339).
    public var updated: String
    public var entries: [Entry]

    public init(
        id: String,
        title: String,
        links: [Link]? = nil,
        categories: [Category]? = nil,
        updated: String,
        entries: [Entry]
    ) {
        self.id = id
        self.title = title
        self.links = links
        self.categories = categories
        self.updated = updated
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case id, title, updated
        case links = "link"
        case categories = "category"
        case entries = "entry"
    }

    /// Decodes a ROLIE feed document, whose single top-level field `feed` holds the feed.
    ///
    /// - Throws: a ``WardError`` with code `invalidInput` naming `file` and the path, such as `feed.json at
    ///   $.feed.entry[3].link`.
    public static func decode(from data: Data, file: String) throws -> CSAFFeed {
        try IntelDocument.decode(Envelope.self, from: data, file: file).feed
    }

    /// Reads and decodes the ROLIE feed at `url`.
    public static func read(contentsOf url: URL) throws -> CSAFFeed {
        try decode(from: IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    private struct Envelope: Decodable {
        var feed: CSAFFeed
    }

    /// A link with its relation: `self` for the document itself, `hash` for its `.sha512`, `signature` for its `.asc`.
    public struct Link: Sendable, Hashable, Codable {
        public var rel: String
        public var href: String

        public init(rel: String, href: String) {
            self.rel = rel
            self.href = href
        }
    }

    /// A ROLIE category (`urn:ietf:params:rolie:category:information-type` / `csaf`).
    public struct Category: Sendable, Hashable, Codable {
        public var scheme: String?
        public var term: String

        public init(scheme: String? = nil, term: String) {
            self.scheme = scheme
            self.term = term
        }
    }

    /// One CSAF document in the feed.
    public struct Entry: Sendable, Hashable, Codable {
        /// The document's tracking id.
        public var id: String
        public var title: String
        public var links: [Link]
        public var published: String
        public var updated: String
        public var summary: Summary?
        public var content: Content
        public var format: Format?

        public init(
            id: String,
            title: String,
            links: [Link],
            published: String,
            updated: String,
            summary: Summary? = nil,
            content: Content,
            format: Format? = nil
        ) {
            self.id = id
            self.title = title
            self.links = links
            self.published = published
            self.updated = updated
            self.summary = summary
            self.content = content
            self.format = format
        }

        enum CodingKeys: String, CodingKey {
            case id, title, published, updated, summary, content, format
            case links = "link"
        }

        /// Where to download the document: the `self` link, which CSAF requires, else the content source.
        public var documentURL: String {
            link("self") ?? content.src
        }

        /// Where to download the document's SHA-512 (or SHA-256) digest, if the entry says.
        public var hashURL: String? { link("hash") }

        /// Where to download the document's detached OpenPGP signature, if the entry says.
        public var signatureURL: String? { link("signature") }

        /// The first link with relation `rel`.
        public func link(_ rel: String) -> String? {
            links.first { $0.rel == rel }?.href
        }
    }

    /// A short human summary of an entry.
    public struct Summary: Sendable, Hashable, Codable {
        public var content: String

        public init(content: String) {
            self.content = content
        }
    }

    /// The entry's content: its media type and where it is.
    public struct Content: Sendable, Hashable, Codable {
        public var type: String?
        public var src: String

        public init(type: String? = nil, src: String) {
            self.type = type
            self.src = src
        }
    }

    /// The schema and version the entry's document follows.
    public struct Format: Sendable, Hashable, Codable {
        public var schema: String
        public var version: String

        public init(schema: String, version: String) {
            self.schema = schema
            self.version = version
        }
    }
}
