/// One product of a CSAF document, with everything the product tree says about it gathered in one record.
///
/// In the document a product is a leaf of a vendor → product → version hierarchy, a standalone full product name or
/// a relationship between two others, and the vendor or the version are only known by walking down to it. Matching
/// against an inventory needs them side by side, so ``CSAFProductCatalog`` flattens the tree into these records.
public struct CSAFProduct: Sendable, Hashable {
    /// The `product_id`, unique within the document.
    public var id: String
    /// The full product name, as the document gives it (`Philips Vue PACS: <12.2.8.410`).
    public var name: String
    /// The branches from the root of the tree down to the product, outermost first; empty for products named outside
    /// the hierarchy. It keeps the categories the typed fields below do not cover (`language`, `host_name` …).
    public var branchPath: [BranchLevel]
    /// The vendor branch's name.
    public var vendor: String?
    /// The innermost `product_family` branch's name.
    public var productFamily: String?
    /// The `product_name` branch's name: the product without vendor or version.
    public var productName: String?
    /// A single version (`product_version`).
    public var version: String?
    /// A range of versions (`product_version_range`), in the document's notation: a `vers:` string or free text
    /// such as `<12.2.8.410`.
    public var versionRange: String?
    public var servicePack: String?
    public var patchLevel: String?
    public var architecture: String?
    public var platform: String?
    /// CPE, purl, model numbers and the like, when the document gives them.
    public var identificationHelper: CSAFDocument.ProductIdentificationHelper?
    /// For a product defined by a relationship, the two products it is composed of.
    public var composition: Composition?

    /// One level of the branch hierarchy above a product.
    public struct BranchLevel: Sendable, Hashable {
        public var category: String
        public var name: String

        public init(category: String, name: String) {
            self.category = category
            self.name = name
        }
    }

    /// How a relationship composes a product: the component `X` and the product `Y` it relates to, as in
    /// `X installed on Y`.
    public struct Composition: Sendable, Hashable {
        /// The relationship category: `installed_on`, `default_component_of` …
        public var category: String
        public var componentID: String
        public var componentName: String?
        public var parentID: String
        public var parentName: String?

        public init(
            category: String,
            componentID: String,
            componentName: String? = nil,
            parentID: String,
            parentName: String? = nil
        ) {
            self.category = category
            self.componentID = componentID
            self.componentName = componentName
            self.parentID = parentID
            self.parentName = parentName
        }
    }

    public init(
        id: String,
        name: String,
        branchPath: [BranchLevel] = [],
        vendor: String? = nil,
        productFamily: String? = nil,
        productName: String? = nil,
        version: String? = nil,
        versionRange: String? = nil,
        servicePack: String? = nil,
        patchLevel: String? = nil,
        architecture: String? = nil,
        platform: String? = nil,
        identificationHelper: CSAFDocument.ProductIdentificationHelper? = nil,
        composition: Composition? = nil
    ) {
        self.id = id
        self.name = name
        self.branchPath = branchPath
        self.vendor = vendor
        self.productFamily = productFamily
        self.productName = productName
        self.version = version
        self.versionRange = versionRange
        self.servicePack = servicePack
        self.patchLevel = patchLevel
        self.architecture = architecture
        self.platform = platform
        self.identificationHelper = identificationHelper
        self.composition = composition
    }

    /// Fills the typed field that a branch category stands for; the innermost branch of a category wins.
    mutating func apply(_ level: BranchLevel) {
        branchPath.append(level)
        switch level.category {
        case "vendor": vendor = level.name
        case "product_family": productFamily = level.name
        case "product_name": productName = level.name
        case "product_version": version = level.name
        case "product_version_range": versionRange = level.name
        case "service_pack": servicePack = level.name
        case "patch_level": patchLevel = level.name
        case "architecture": architecture = level.name
        case "platform": platform = level.name
        default: break
        }
    }
}
