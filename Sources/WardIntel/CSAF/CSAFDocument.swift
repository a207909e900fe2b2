import Foundation
import WardCore

/// A CSAF 2.0 document (Common Security Advisory Framework, OASIS): a security advisory, a VEX document or an
/// informational advisory, as its publisher wrote it.
///
/// The model follows the JSON closely so that nothing a consumer needs is lost and a document encodes back to the same
/// fields: optional fields are optional, fields Ward has no use for are ignored, and a value of the wrong type fails
/// with the path to it. The derived views (the flattened product tree in ``CSAFProductCatalog``, the status of each
/// product per vulnerability in ``CSAFProductAssessment``, the VEX statements) live in extensions, so the raw document
/// stays the single source of truth.
///
/// ```swift
/// let advisory = try CSAFDocument.read(contentsOf: url)
/// for vulnerability in advisory.vulnerabilities ?? [] {
///     for product in advisory.affectedProducts(for: vulnerability) { print(vulnerability.cve ?? "", product.name) }
/// }
/// ```
public struct CSAFDocument: Sendable, Hashable, Codable {
    /// The only CSAF version this model reads; later versions change fields and must not be read as if they did not.
    public static let supportedVersion = "2.0"

    /// What the document is, who published it and its revision history.
    public var document: Metadata
    /// The products the document speaks about; absent in documents that name no product.
    public var productTree: ProductTree?
    /// The vulnerabilities and what they mean for each product.
    public var vulnerabilities: [Vulnerability]?

    public init(document: Metadata, productTree: ProductTree? = nil, vulnerabilities: [Vulnerability]? = nil) {
        self.document = document
        self.productTree = productTree
        self.vulnerabilities = vulnerabilities
    }

    enum CodingKeys: String, CodingKey {
        case document
        case productTree = "product_tree"
        case vulnerabilities
    }

    /// Decodes a CSAF document from JSON.
    ///
    /// - Parameter file: the name used in errors, usually the file name.
    /// - Throws: a ``WardError`` with code `invalidInput` whose location names `file` and the path in the document,
    ///   for malformed JSON, a missing required field, a value of the wrong type or a `csaf_version` other than 2.0.
    public static func decode(from data: Data, file: String) throws -> CSAFDocument {
        // Read in place rather than through JSONDecoder, which was most of the time spent on a feed of advisories;
        // the values are the Codable ones (the Codable conformance stays, for encoding).
        try parseJSON(data, file: file)
    }

    /// Reads and decodes the CSAF document at `url`; errors name the file by its last path component.
    public static func read(contentsOf url: URL) throws -> CSAFDocument {
        try decode(from: IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    /// Whether the document follows the CSAF VEX profile, whose statuses are statements about exploitability.
    public var isVEX: Bool { document.category == "csaf_vex" }
}
