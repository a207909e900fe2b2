import Foundation

/// A ROLIE category document: the terms (product names, product types …) a provider uses to classify the entries of
/// its feeds, so that a consumer can subscribe to one product rather than read everything.
public struct CSAFROLIECategories: Sendable, Hashable, Codable {
    public var categories: [CSAFFeed.Category]

    public init(categories: [CSAFFeed.Category]) {
        self.categories = categories
    }

    enum CodingKeys: String, CodingKey {
        case categories = "category"
    }

    /// Decodes a ROLIE category document, whose single top-level field `categories` holds the list.
    ///
    /// - Throws: a ``WardError`` with code `invalidInput` naming `file` and the path in the document.
    public static func decode(from data: Data, file: String) throws -> CSAFROLIECategories {
        try IntelDocument.decode(Envelope.self, from: data, file: file).categories
    }

    /// Reads and decodes the ROLIE category document at `url`.
    public static func read(contentsOf url: URL) throws -> CSAFROLIECategories {
        try decode(from: IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    private struct Envelope: Decodable {
        var categories: CSAFROLIECategories
    }

    /// The terms, in document order.
    public var terms: [String] {
        categories.map(\.term)
    }
}
