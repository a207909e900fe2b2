import Foundation

/// A ROLIE service document: the list of a provider's feeds, grouped into workspaces, each feed with its categories
/// (the information type `csaf` and, for restricted feeds, a TLP label).
///
/// Providers with several feeds publish one so that a consumer can find every feed from one URL, the one named in
/// ``CSAFProviderMetadata/ROLIE/services``.
public struct CSAFROLIEService: Sendable, Hashable, Codable {
    public var workspaces: [Workspace]

    public init(workspaces: [Workspace]) {
        self.workspaces = workspaces
    }

    enum CodingKeys: String, CodingKey {
        case workspaces = "workspace"
    }

    /// Decodes a ROLIE service document, whose single top-level field `service` holds the service.
    ///
    /// - Throws: a ``WardError`` with code `invalidInput` naming `file` and the path in the document.
    public static func decode(from data: Data, file: String) throws -> CSAFROLIEService {
        try IntelDocument.decode(Envelope.self, from: data, file: file).service
    }

    /// Reads and decodes the ROLIE service document at `url`.
    public static func read(contentsOf url: URL) throws -> CSAFROLIEService {
        try decode(from: IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    private struct Envelope: Decodable {
        var service: CSAFROLIEService
    }

    /// Every feed of every workspace, in document order.
    public var collections: [Collection] {
        workspaces.flatMap(\.collections)
    }

    /// A named group of feeds, such as the public ones.
    public struct Workspace: Sendable, Hashable, Codable {
        public var title: String
        public var collections: [Collection]

        public init(title: String, collections: [Collection]) {
            self.title = title
            self.collections = collections
        }

        enum CodingKeys: String, CodingKey {
            case title
            case collections = "collection"
        }
    }

    /// One feed: its title, its URL and its categories.
    public struct Collection: Sendable, Hashable, Codable {
        public var title: String
        /// The feed's URL, to read with ``CSAFFeed``.
        public var href: String
        public var categories: [CSAFFeed.Category]

        public init(title: String, href: String, categories: [CSAFFeed.Category] = []) {
            self.title = title
            self.href = href
            self.categories = categories
        }

        enum CodingKeys: String, CodingKey {
            case title, href, categories
        }

        enum CategoriesKeys: String, CodingKey {
            case category
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            title = try container.decode(String.self, forKey: .title)
            href = try container.decode(String.self, forKey: .href)
            // ROLIE wraps the list in an object (`categories.category[]`); the wrapper carries nothing else.
            if container.contains(.categories) {
                let wrapper = try container.nestedContainer(keyedBy: CategoriesKeys.self, forKey: .categories)
                categories = try wrapper.decodeIfPresent([CSAFFeed.Category].self, forKey: .category) ?? []
            } else {
                categories = []
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(href, forKey: .href)
            var wrapper = container.nestedContainer(keyedBy: CategoriesKeys.self, forKey: .categories)
            try wrapper.encode(categories, forKey: .category)
        }

        /// The collection's TLP label, from its category in the `https://www.first.org/tlp/` scheme, if any.
        public var tlpLabel: String? {
            categories.first { $0.scheme == "https://www.first.org/tlp/" }?.term
        }
    }
}
