extension CSAFDocument {
    /// The `product_tree` object: every product the document speaks about, named once and referred to by its
    /// `product_id` everywhere else. ``CSAFProductCatalog`` flattens it into one record per product.
    public struct ProductTree: Sendable, Hashable, Codable {
        /// The vendor → product → version hierarchy, where each leaf names a product.
        public var branches: [Branch]?
        /// Products named outside any hierarchy.
        public var fullProductNames: [FullProductName]?
        /// Products made of two others (`X installed on Y`, `X as a component of Y`).
        public var relationships: [Relationship]?
        /// Sets of products that remediations, threats and flags refer to by one `group_id`.
        public var productGroups: [ProductGroup]?

        public init(
            branches: [Branch]? = nil,
            fullProductNames: [FullProductName]? = nil,
            relationships: [Relationship]? = nil,
            productGroups: [ProductGroup]? = nil
        ) {
            self.branches = branches
            self.fullProductNames = fullProductNames
            self.relationships = relationships
            self.productGroups = productGroups
        }

        enum CodingKeys: String, CodingKey {
            case branches
            case fullProductNames = "full_product_names"
            case relationships
            case productGroups = "product_groups"
        }
    }

    /// One level of the product hierarchy: a vendor, a product family, a product name, a version …
    public struct Branch: Sendable, Hashable, Codable {
        /// `vendor`, `product_family`, `product_name`, `product_version`, `product_version_range`, `service_pack`,
        /// `patch_level`, `architecture`, `language`, `platform`, `specification`, `host_name` or `legacy`.
        public var category: String
        public var name: String
        /// The product at this leaf, if the branch is one.
        public var product: FullProductName?
        public var branches: [Branch]?

        public init(category: String, name: String, product: FullProductName? = nil, branches: [Branch]? = nil) {
            self.category = category
            self.name = name
            self.product = product
            self.branches = branches
        }
    }

    /// A product: its identifier within the document and its full human-readable name.
    public struct FullProductName: Sendable, Hashable, Codable {
        public var name: String
        public var productID: String
        /// The identifiers that let a consumer find the product in an inventory (CPE, purl, model numbers …).
        public var productIdentificationHelper: ProductIdentificationHelper?

        public init(name: String, productID: String, productIdentificationHelper: ProductIdentificationHelper? = nil) {
            self.name = name
            self.productID = productID
            self.productIdentificationHelper = productIdentificationHelper
        }

        enum CodingKeys: String, CodingKey {
            case name
            case productID = "product_id"
            case productIdentificationHelper = "product_identification_helper"
        }
    }

    /// Identifiers of a product in other systems, which is what matching against an inventory or SBOM uses.
    public struct ProductIdentificationHelper: Sendable, Hashable, Codable {
        /// A CPE 2.2 URI or CPE 2.3 formatted string.
        public var cpe: String?
        public var purl: String?
        public var hashes: [FileHashes]?
        public var modelNumbers: [String]?
        public var sbomURLs: [String]?
        public var serialNumbers: [String]?
        public var skus: [String]?
        public var genericURIs: [GenericURI]?

        public init(
            cpe: String? = nil,
            purl: String? = nil,
            hashes: [FileHashes]? = nil,
            modelNumbers: [String]? = nil,
            sbomURLs: [String]? = nil,
            serialNumbers: [String]? = nil,
            skus: [String]? = nil,
            genericURIs: [GenericURI]? = nil
        ) {
            self.cpe = cpe
            self.purl = purl
            self.hashes = hashes
            self.modelNumbers = modelNumbers
            self.sbomURLs = sbomURLs
            self.serialNumbers = serialNumbers
            self.skus = skus
            self.genericURIs = genericURIs
        }

        enum CodingKeys: String, CodingKey {
            case cpe, purl, hashes, skus
            case modelNumbers = "model_numbers"
            case sbomURLs = "sbom_urls"
            case serialNumbers = "serial_numbers"
            case genericURIs = "x_generic_uris"
        }
    }

    /// The hashes of one file of a product.
    public struct FileHashes: Sendable, Hashable, Codable {
        public var fileHashes: [FileHash]
        public var filename: String

        public init(fileHashes: [FileHash], filename: String) {
            self.fileHashes = fileHashes
            self.filename = filename
        }

        enum CodingKeys: String, CodingKey {
            case fileHashes = "file_hashes"
            case filename
        }
    }

    /// One hash value and its algorithm (`sha256`, `sha512` …).
    public struct FileHash: Sendable, Hashable, Codable {
        public var algorithm: String
        public var value: String

        public init(algorithm: String, value: String) {
            self.algorithm = algorithm
            self.value = value
        }
    }

    /// An identifier in a scheme that CSAF does not know, named by the scheme's URI.
    public struct GenericURI: Sendable, Hashable, Codable {
        public var namespace: String
        public var uri: String

        public init(namespace: String, uri: String) {
            self.namespace = namespace
            self.uri = uri
        }
    }

    /// A product composed of two others, such as a library installed on an operating system.
    public struct Relationship: Sendable, Hashable, Codable {
        /// `default_component_of`, `external_component_of`, `installed_on`, `installed_with` or
        /// `optional_component_of`.
        public var category: String
        /// The `product_id` of the part (the `X` in `X installed on Y`).
        public var productReference: String
        /// The `product_id` of the whole (the `Y`).
        public var relatesToProductReference: String
        /// The composed product, with its own `product_id`.
        public var fullProductName: FullProductName

        public init(
            category: String,
            productReference: String,
            relatesToProductReference: String,
            fullProductName: FullProductName
        ) {
            self.category = category
            self.productReference = productReference
            self.relatesToProductReference = relatesToProductReference
            self.fullProductName = fullProductName
        }

        enum CodingKeys: String, CodingKey {
            case category
            case productReference = "product_reference"
            case relatesToProductReference = "relates_to_product_reference"
            case fullProductName = "full_product_name"
        }
    }

    /// A named set of products.
    public struct ProductGroup: Sendable, Hashable, Codable {
        public var groupID: String
        public var productIDs: [String]
        public var summary: String?

        public init(groupID: String, productIDs: [String], summary: String? = nil) {
            self.groupID = groupID
            self.productIDs = productIDs
            self.summary = summary
        }

        enum CodingKeys: String, CodingKey {
            case groupID = "group_id"
            case productIDs = "product_ids"
            case summary
        }
    }
}
