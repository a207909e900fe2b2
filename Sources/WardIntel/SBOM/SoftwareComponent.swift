/// One component of a software bill of materials, in the same shape whichever format it came from.
///
/// Matching works on purls and CPE names, and people read names, versions and suppliers, so those are the fields kept;
/// everything else a format can say about a component stays in the source document. Nested CycloneDX components are
/// flattened into the bill's list and keep their enclosing component in ``parent``, so that a vulnerable library
/// inside a firmware image is matched like any other component and still reported under the image.
public struct SoftwareComponent: Sendable, Hashable, Codable {
    /// What kind of thing a component is, in CycloneDX's vocabulary (`library`, `firmware`, `operating-system` …).
    ///
    /// An open set: formats add kinds over time, and a kind Ward does not know is kept as written instead of failing
    /// the whole document.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }

        public static let application = Kind(rawValue: "application")
        public static let framework = Kind(rawValue: "framework")
        public static let library = Kind(rawValue: "library")
        public static let container = Kind(rawValue: "container")
        public static let platform = Kind(rawValue: "platform")
        public static let operatingSystem = Kind(rawValue: "operating-system")
        public static let device = Kind(rawValue: "device")
        public static let deviceDriver = Kind(rawValue: "device-driver")
        public static let firmware = Kind(rawValue: "firmware")
        public static let file = Kind(rawValue: "file")
        public static let hardware = Kind(rawValue: "hardware")

        public var description: String { rawValue }
    }

    /// A digest of the component's content, as the document states it.
    public struct Hash: Sendable, Hashable, Codable {
        /// The algorithm as the document names it (`SHA-256` in CycloneDX, `SHA256` in SPDX).
        public var algorithm: String
        /// The digest, usually hexadecimal.
        public var value: String

        public init(algorithm: String, value: String) {
            self.algorithm = algorithm
            self.value = value
        }
    }

    /// The identifier of the component inside its document: a CycloneDX `bom-ref` or an SPDX `SPDXID`. Components
    /// without one in the document get a synthetic reference that is unique within the bill.
    public var reference: String
    /// What kind of thing the component is: CycloneDX `type`, SPDX `primaryPackagePurpose` in lower case.
    public var kind: Kind?
    /// The organisation or person that supplies the component, without SPDX's `Organization:`/`Person:` prefix.
    public var supplier: String?
    /// The CycloneDX group (a Maven group id, a Composer vendor), which qualifies the name.
    public var group: String?
    /// The component's name as the document gives it.
    public var name: String
    /// The version as the document gives it, unparsed: version schemes differ by ecosystem.
    public var version: String?
    /// The package URL, if the document gives one.
    public var purl: String?
    /// Every CPE name the document gives for the component, the primary one first, without duplicates.
    public var cpes: [String]
    /// License identifiers, names or expressions, as written.
    public var licenses: [String]
    /// Digests of the component's content, to recognise a file the bill lists.
    public var hashes: [Hash]
    /// The reference of the component this one is nested in (CycloneDX) or contained by (SPDX `CONTAINS`).
    public var parent: String?
    /// The references of the components nested in or contained by this one.
    public var children: [String]
    /// The references of the components this one depends on.
    public var dependencies: [String]

    public init(
        reference: String,
        kind: Kind? = nil,
        supplier: String? = nil,
        group: String? = nil,
        name: String,
        version: String? = nil,
        purl: String? = nil,
        cpes: [String] = [],
        licenses: [String] = [],
        hashes: [Hash] = [],
        parent: String? = nil,
        children: [String] = [],
        dependencies: [String] = []
    ) {
        self.reference = reference
        self.kind = kind
        self.supplier = supplier
        self.group = group
        self.name = name
        self.version = version
        self.purl = purl
        self.cpes = cpes
        self.licenses = licenses
        self.hashes = hashes
        self.parent = parent
        self.children = children
        self.dependencies = dependencies
    }
}
