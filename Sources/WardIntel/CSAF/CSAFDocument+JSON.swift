import Foundation
import WardCore

/// CSAF JSON read with a ``JSONCursor`` into the same values `JSONDecoder` gives through the Codable conformance.
///
/// `JSONDecoder` builds every object of an advisory before decoding a field, which made reading CISA's advisories
/// twice as slow as Python's `json.loads`; the cursor decodes the fields in place. The rules are the Codable ones:
/// unknown members are skipped, a member that is `null` counts as absent when optional and fails when required, a
/// required member that is missing fails at its object's path, the first of two members with the same name wins, and
/// `csaf_version` must be 2.0. Which error is reported when a document has several follows `JSONDecoder` where it
/// matters: a syntax error anywhere comes first, then the `document` object (with `csaf_version` before its other
/// members), then `product_tree` and `vulnerabilities`; within one object, errors come in the order of the text.
extension CSAFDocument {
    static func parseJSON(_ data: Data, file: String) throws -> CSAFDocument {
        do {
            return try JSONCursor.read(data, file: file) { cursor in
                let members = try top(&cursor, only: nil)
                return CSAFDocument(
                    document: try cursor.require(members.document, "document"),
                    productTree: members.productTree,
                    vulnerabilities: members.vulnerabilities
                )
            }
        } catch let failure as WardError {
            // Only on failure: look for the error JSONDecoder would have reported first, else keep this one.
            try JSONCursor.validate(data, file: file)
            for member in Top.allCases {
                try JSONCursor.read(data, file: file) { cursor in
                    let members = try top(&cursor, only: member)
                    if member == .document { _ = try cursor.require(members.document, "document") }
                }
            }
            throw failure
        }
    }

    private enum Top: String, CaseIterable, Sendable {
        case document
        case productTree = "product_tree"
        case vulnerabilities
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private struct TopMembers {
        var document: Metadata?
        var productTree: ProductTree?
        var vulnerabilities: [Vulnerability]?
    }

    /// Reads the members of the top-level object; with `only`, that member alone.
    private static func top(_ cursor: inout JSONCursor, only: Top?) throws -> TopMembers {
        var members = TopMembers()
        try cursor.required("an object") { cursor in
            try cursor.members(Top.spellings) { cursor, member in
                if let only, member != only { return try cursor.skip() }
                switch member {
                case .document: members.document = try cursor.required("an object", metadata)
                case .productTree: members.productTree = try cursor.optional(productTree)
                case .vulnerabilities: members.vulnerabilities = try cursor.optional { try $0.list(vulnerability) }
                }
            }
        }
        return members
    }

    // MARK: document

    private enum MetadataMember: String, CaseIterable, Sendable {
        case category
        case csafVersion = "csaf_version"
        case title, publisher, tracking, lang, notes, references
        case aggregateSeverity = "aggregate_severity"
        case distribution, acknowledgments
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func metadata(_ cursor: inout JSONCursor) throws -> Metadata {
        let start = cursor
        do {
            return try metadataMembers(&cursor)
        } catch {
            // `Metadata.init(from:)` checks the version before any other member, so a version error wins.
            var probe = start
            var found = false
            try probe.members(MetadataMember.spellings) { cursor, member in
                guard member == .csafVersion else { return try cursor.skip() }
                try checkVersion(try cursor.requiredString(), &cursor)
                found = true
            }
            if !found { throw probe.missing("csaf_version") }
            throw error
        }
    }

    private static func checkVersion(_ version: String, _ cursor: inout JSONCursor) throws {
        guard version == CSAFDocument.supportedVersion else {
            throw cursor.invalid(
                "csaf_version is \"\(version)\" but Ward reads CSAF \(CSAFDocument.supportedVersion) only; convert "
                    + "the document to CSAF 2.0"
            )
        }
    }

    private static func metadataMembers(_ cursor: inout JSONCursor) throws -> Metadata {
        var category: String?
        var csafVersion: String?
        var title: String?
        var publisher: Publisher?
        var tracking: Tracking?
        var lang: String?
        var notes: [Note]?
        var references: [Reference]?
        var aggregateSeverity: AggregateSeverity?
        var distribution: Distribution?
        var acknowledgments: [Acknowledgment]?
        try cursor.members(MetadataMember.spellings) { cursor, member in
            switch member {
            case .category: category = try cursor.requiredString()
            case .csafVersion:
                let version = try cursor.requiredString()
                try checkVersion(version, &cursor)
                csafVersion = version
            case .title: title = try cursor.requiredString()
            case .publisher: publisher = try cursor.required("an object", self.publisher)
            case .tracking: tracking = try cursor.required("an object", self.tracking)
            case .lang: lang = try cursor.validatedString()
            case .notes: notes = try cursor.optional { try $0.list(note) }
            case .references: references = try cursor.optional { try $0.list(reference) }
            case .aggregateSeverity: aggregateSeverity = try cursor.optional(self.aggregateSeverity)
            case .distribution: distribution = try cursor.optional(self.distribution)
            case .acknowledgments: acknowledgments = try cursor.optional { try $0.list(acknowledgment) }
            }
        }
        // Missing members are reported in the order `Metadata.init(from:)` decodes them, the version first.
        let version = try cursor.require(csafVersion, "csaf_version")
        return Metadata(
            category: try cursor.require(category, "category"),
            csafVersion: version,
            title: try cursor.require(title, "title"),
            publisher: try cursor.require(publisher, "publisher"),
            tracking: try cursor.require(tracking, "tracking"),
            lang: lang,
            notes: notes,
            references: references,
            aggregateSeverity: aggregateSeverity,
            distribution: distribution,
            acknowledgments: acknowledgments
        )
    }

    private enum PublisherMember: String, CaseIterable, Sendable {
        case category, name, namespace
        case contactDetails = "contact_details"
        case issuingAuthority = "issuing_authority"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func publisher(_ cursor: inout JSONCursor) throws -> Publisher {
        var category: String?
        var name: String?
        var namespace: String?
        var contactDetails: String?
        var issuingAuthority: String?
        try cursor.members(PublisherMember.spellings) { cursor, member in
            switch member {
            case .category: category = try cursor.requiredString()
            case .name: name = try cursor.requiredString()
            case .namespace: namespace = try cursor.requiredString()
            case .contactDetails: contactDetails = try cursor.validatedString()
            case .issuingAuthority: issuingAuthority = try cursor.validatedString()
            }
        }
        return Publisher(
            category: try cursor.require(category, "category"),
            name: try cursor.require(name, "name"),
            namespace: try cursor.require(namespace, "namespace"),
            contactDetails: contactDetails,
            issuingAuthority: issuingAuthority
        )
    }

    private enum TrackingMember: String, CaseIterable, Sendable {
        case id, status, version, aliases
        case initialReleaseDate = "initial_release_date"
        case currentReleaseDate = "current_release_date"
        case revisionHistory = "revision_history"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func tracking(_ cursor: inout JSONCursor) throws -> Tracking {
        var id: String?
        var status: String?
        var version: String?
        var initialReleaseDate: String?
        var currentReleaseDate: String?
        var revisionHistory: [Revision]?
        var aliases: [String]?
        try cursor.members(TrackingMember.spellings) { cursor, member in
            switch member {
            case .id: id = try cursor.requiredString()
            case .status: status = try cursor.requiredString()
            case .version: version = try cursor.requiredString()
            case .initialReleaseDate: initialReleaseDate = try cursor.requiredString()
            case .currentReleaseDate: currentReleaseDate = try cursor.requiredString()
            case .revisionHistory: revisionHistory = try cursor.required("a list") { try $0.list(revision) }
            case .aliases: aliases = try cursor.optional(strings)
            }
        }
        return Tracking(
            id: try cursor.require(id, "id"),
            status: try cursor.require(status, "status"),
            version: try cursor.require(version, "version"),
            initialReleaseDate: try cursor.require(initialReleaseDate, "initial_release_date"),
            currentReleaseDate: try cursor.require(currentReleaseDate, "current_release_date"),
            revisionHistory: try cursor.require(revisionHistory, "revision_history"),
            aliases: aliases
        )
    }

    private enum RevisionMember: String, CaseIterable, Sendable {
        case date, number, summary
        case legacyVersion = "legacy_version"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func revision(_ cursor: inout JSONCursor) throws -> Revision {
        try cursor.required("an object") { cursor in
            var date: String?
            var number: String?
            var summary: String?
            var legacyVersion: String?
            try cursor.members(RevisionMember.spellings) { cursor, member in
                switch member {
                case .date: date = try cursor.requiredString()
                case .number: number = try cursor.requiredString()
                case .summary: summary = try cursor.requiredString()
                case .legacyVersion: legacyVersion = try cursor.validatedString()
                }
            }
            return Revision(
                date: try cursor.require(date, "date"),
                number: try cursor.require(number, "number"),
                summary: try cursor.require(summary, "summary"),
                legacyVersion: legacyVersion
            )
        }
    }

    private enum NoteMember: String, CaseIterable, Sendable {
        case category, text, title, audience
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func note(_ cursor: inout JSONCursor) throws -> Note {
        try cursor.required("an object") { cursor in
            var category: String?
            var text: String?
            var title: String?
            var audience: String?
            try cursor.members(NoteMember.spellings) { cursor, member in
                switch member {
                case .category: category = try cursor.requiredString()
                case .text: text = try cursor.requiredString()
                case .title: title = try cursor.validatedString()
                case .audience: audience = try cursor.validatedString()
                }
            }
            return Note(
                category: try cursor.require(category, "category"),
                text: try cursor.require(text, "text"),
                title: title,
                audience: audience
            )
        }
    }

    private enum ReferenceMember: String, CaseIterable, Sendable {
        case category, summary, url
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func reference(_ cursor: inout JSONCursor) throws -> Reference {
        try cursor.required("an object") { cursor in
            var category: String?
            var summary: String?
            var url: String?
            try cursor.members(ReferenceMember.spellings) { cursor, member in
                switch member {
                case .category: category = try cursor.validatedString()
                case .summary: summary = try cursor.requiredString()
                case .url: url = try cursor.requiredString()
                }
            }
            return Reference(
                category: category,
                summary: try cursor.require(summary, "summary"),
                url: try cursor.require(url, "url")
            )
        }
    }

    private enum AggregateSeverityMember: String, CaseIterable, Sendable {
        case namespace, text
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func aggregateSeverity(_ cursor: inout JSONCursor) throws -> AggregateSeverity {
        var namespace: String?
        var text: String?
        try cursor.members(AggregateSeverityMember.spellings) { cursor, member in
            switch member {
            case .namespace: namespace = try cursor.validatedString()
            case .text: text = try cursor.requiredString()
            }
        }
        return AggregateSeverity(namespace: namespace, text: try cursor.require(text, "text"))
    }

    private enum DistributionMember: String, CaseIterable, Sendable {
        case text, tlp
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func distribution(_ cursor: inout JSONCursor) throws -> Distribution {
        var distribution = Distribution()
        try cursor.members(DistributionMember.spellings) { cursor, member in
            switch member {
            case .text: distribution.text = try cursor.validatedString()
            case .tlp: distribution.tlp = try cursor.optional(trafficLightProtocol)
            }
        }
        return distribution
    }

    private enum TrafficLightProtocolMember: String, CaseIterable, Sendable {
        case label, url
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func trafficLightProtocol(_ cursor: inout JSONCursor) throws -> TrafficLightProtocol {
        var label: String?
        var url: String?
        try cursor.members(TrafficLightProtocolMember.spellings) { cursor, member in
            switch member {
            case .label: label = try cursor.requiredString()
            case .url: url = try cursor.validatedString()
            }
        }
        return TrafficLightProtocol(label: try cursor.require(label, "label"), url: url)
    }

    private enum AcknowledgmentMember: String, CaseIterable, Sendable {
        case names, organization, summary, urls
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func acknowledgment(_ cursor: inout JSONCursor) throws -> Acknowledgment {
        try cursor.required("an object") { cursor in
            var acknowledgment = Acknowledgment()
            try cursor.members(AcknowledgmentMember.spellings) { cursor, member in
                switch member {
                case .names: acknowledgment.names = try cursor.optional(strings)
                case .organization: acknowledgment.organization = try cursor.validatedString()
                case .summary: acknowledgment.summary = try cursor.validatedString()
                case .urls: acknowledgment.urls = try cursor.optional(strings)
                }
            }
            return acknowledgment
        }
    }

    // MARK: product_tree

    private enum ProductTreeMember: String, CaseIterable, Sendable {
        case branches
        case fullProductNames = "full_product_names"
        case relationships
        case productGroups = "product_groups"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func productTree(_ cursor: inout JSONCursor) throws -> ProductTree {
        var tree = ProductTree()
        try cursor.members(ProductTreeMember.spellings) { cursor, member in
            switch member {
            case .branches: tree.branches = try cursor.optional { try $0.list(branch) }
            case .fullProductNames: tree.fullProductNames = try cursor.optional { try $0.list(listedProductName) }
            case .relationships: tree.relationships = try cursor.optional { try $0.list(relationship) }
            case .productGroups: tree.productGroups = try cursor.optional { try $0.list(productGroup) }
            }
        }
        return tree
    }

    private enum BranchMember: String, CaseIterable, Sendable {
        case category, name, product, branches
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func branch(_ cursor: inout JSONCursor) throws -> Branch {
        try cursor.required("an object") { cursor in
            var category: String?
            var name: String?
            var product: FullProductName?
            var branches: [Branch]?
            try cursor.members(BranchMember.spellings) { cursor, member in
                switch member {
                case .category: category = try cursor.requiredString()
                case .name: name = try cursor.requiredString()
                case .product: product = try cursor.optional(fullProductName)
                case .branches: branches = try cursor.optional { try $0.list(branch) }
                }
            }
            return Branch(
                category: try cursor.require(category, "category"),
                name: try cursor.require(name, "name"),
                product: product,
                branches: branches
            )
        }
    }

    private enum FullProductNameMember: String, CaseIterable, Sendable {
        case name
        case productID = "product_id"
        case productIdentificationHelper = "product_identification_helper"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    /// An element of `full_product_names`, where `null` is not a product.
    private static func listedProductName(_ cursor: inout JSONCursor) throws -> FullProductName {
        try cursor.required("an object", fullProductName)
    }

    private static func fullProductName(_ cursor: inout JSONCursor) throws -> FullProductName {
        var name: String?
        var productID: String?
        var helper: ProductIdentificationHelper?
        try cursor.members(FullProductNameMember.spellings) { cursor, member in
            switch member {
            case .name: name = try cursor.requiredString()
            case .productID: productID = try cursor.requiredString()
            case .productIdentificationHelper: helper = try cursor.optional(productIdentificationHelper)
            }
        }
        return FullProductName(
            name: try cursor.require(name, "name"),
            productID: try cursor.require(productID, "product_id"),
            productIdentificationHelper: helper
        )
    }

    private enum HelperMember: String, CaseIterable, Sendable {
        case cpe, purl, hashes, skus
        case modelNumbers = "model_numbers"
        case sbomURLs = "sbom_urls"
        case serialNumbers = "serial_numbers"
        case genericURIs = "x_generic_uris"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func productIdentificationHelper(_ cursor: inout JSONCursor) throws -> ProductIdentificationHelper {
        var helper = ProductIdentificationHelper()
        try cursor.members(HelperMember.spellings) { cursor, member in
            switch member {
            case .cpe: helper.cpe = try cursor.validatedString()
            case .purl: helper.purl = try cursor.validatedString()
            case .hashes: helper.hashes = try cursor.optional { try $0.list(fileHashes) }
            case .skus: helper.skus = try cursor.optional(strings)
            case .modelNumbers: helper.modelNumbers = try cursor.optional(strings)
            case .sbomURLs: helper.sbomURLs = try cursor.optional(strings)
            case .serialNumbers: helper.serialNumbers = try cursor.optional(strings)
            case .genericURIs: helper.genericURIs = try cursor.optional { try $0.list(genericURI) }
            }
        }
        return helper
    }

    private enum FileHashesMember: String, CaseIterable, Sendable {
        case fileHashes = "file_hashes"
        case filename
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func fileHashes(_ cursor: inout JSONCursor) throws -> FileHashes {
        try cursor.required("an object") { cursor in
            var hashes: [FileHash]?
            var filename: String?
            try cursor.members(FileHashesMember.spellings) { cursor, member in
                switch member {
                case .fileHashes: hashes = try cursor.required("a list") { try $0.list(fileHash) }
                case .filename: filename = try cursor.requiredString()
                }
            }
            return FileHashes(
                fileHashes: try cursor.require(hashes, "file_hashes"),
                filename: try cursor.require(filename, "filename")
            )
        }
    }

    private enum FileHashMember: String, CaseIterable, Sendable {
        case algorithm, value
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func fileHash(_ cursor: inout JSONCursor) throws -> FileHash {
        try cursor.required("an object") { cursor in
            var algorithm: String?
            var value: String?
            try cursor.members(FileHashMember.spellings) { cursor, member in
                switch member {
                case .algorithm: algorithm = try cursor.requiredString()
                case .value: value = try cursor.requiredString()
                }
            }
            return FileHash(
                algorithm: try cursor.require(algorithm, "algorithm"),
                value: try cursor.require(value, "value")
            )
        }
    }

    private enum GenericURIMember: String, CaseIterable, Sendable {
        case namespace, uri
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func genericURI(_ cursor: inout JSONCursor) throws -> GenericURI {
        try cursor.required("an object") { cursor in
            var namespace: String?
            var uri: String?
            try cursor.members(GenericURIMember.spellings) { cursor, member in
                switch member {
                case .namespace: namespace = try cursor.requiredString()
                case .uri: uri = try cursor.requiredString()
                }
            }
            return GenericURI(
                namespace: try cursor.require(namespace, "namespace"),
                uri: try cursor.require(uri, "uri")
            )
        }
    }

    private enum RelationshipMember: String, CaseIterable, Sendable {
        case category
        case productReference = "product_reference"
        case relatesToProductReference = "relates_to_product_reference"
        case fullProductName = "full_product_name"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func relationship(_ cursor: inout JSONCursor) throws -> Relationship {
        try cursor.required("an object") { cursor in
            var category: String?
            var productReference: String?
            var relatesTo: String?
            var product: FullProductName?
            try cursor.members(RelationshipMember.spellings) { cursor, member in
                switch member {
                case .category: category = try cursor.requiredString()
                case .productReference: productReference = try cursor.requiredString()
                case .relatesToProductReference: relatesTo = try cursor.requiredString()
                case .fullProductName: product = try cursor.required("an object", fullProductName)
                }
            }
            return Relationship(
                category: try cursor.require(category, "category"),
                productReference: try cursor.require(productReference, "product_reference"),
                relatesToProductReference: try cursor.require(relatesTo, "relates_to_product_reference"),
                fullProductName: try cursor.require(product, "full_product_name")
            )
        }
    }

    private enum ProductGroupMember: String, CaseIterable, Sendable {
        case groupID = "group_id"
        case productIDs = "product_ids"
        case summary
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func productGroup(_ cursor: inout JSONCursor) throws -> ProductGroup {
        try cursor.required("an object") { cursor in
            var groupID: String?
            var productIDs: [String]?
            var summary: String?
            try cursor.members(ProductGroupMember.spellings) { cursor, member in
                switch member {
                case .groupID: groupID = try cursor.requiredString()
                case .productIDs: productIDs = try cursor.required("a list", strings)
                case .summary: summary = try cursor.validatedString()
                }
            }
            return ProductGroup(
                groupID: try cursor.require(groupID, "group_id"),
                productIDs: try cursor.require(productIDs, "product_ids"),
                summary: summary
            )
        }
    }

    // MARK: vulnerabilities

    private enum VulnerabilityMember: String, CaseIterable, Sendable {
        case cve, cwe, ids, title, notes
        case discoveryDate = "discovery_date"
        case releaseDate = "release_date"
        case productStatus = "product_status"
        case remediations, scores, threats, flags, involvements, references, acknowledgments
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func vulnerability(_ cursor: inout JSONCursor) throws -> Vulnerability {
        try cursor.required("an object") { cursor in
            var vulnerability = Vulnerability()
            try cursor.members(VulnerabilityMember.spellings) { cursor, member in
                switch member {
                case .cve: vulnerability.cve = try cursor.validatedString()
                case .cwe: vulnerability.cwe = try cursor.optional(weakness)
                case .ids: vulnerability.ids = try cursor.optional { try $0.list(identifier) }
                case .title: vulnerability.title = try cursor.validatedString()
                case .notes: vulnerability.notes = try cursor.optional { try $0.list(note) }
                case .discoveryDate: vulnerability.discoveryDate = try cursor.validatedString()
                case .releaseDate: vulnerability.releaseDate = try cursor.validatedString()
                case .productStatus: vulnerability.productStatus = try cursor.optional(productStatus)
                case .remediations: vulnerability.remediations = try cursor.optional { try $0.list(remediation) }
                case .scores: vulnerability.scores = try cursor.optional { try $0.list(score) }
                case .threats: vulnerability.threats = try cursor.optional { try $0.list(threat) }
                case .flags: vulnerability.flags = try cursor.optional { try $0.list(flag) }
                case .involvements: vulnerability.involvements = try cursor.optional { try $0.list(involvement) }
                case .references: vulnerability.references = try cursor.optional { try $0.list(reference) }
                case .acknowledgments:
                    vulnerability.acknowledgments = try cursor.optional { try $0.list(acknowledgment) }
                }
            }
            return vulnerability
        }
    }

    private enum WeaknessMember: String, CaseIterable, Sendable {
        case id, name
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func weakness(_ cursor: inout JSONCursor) throws -> Weakness {
        var id: String?
        var name: String?
        try cursor.members(WeaknessMember.spellings) { cursor, member in
            switch member {
            case .id: id = try cursor.requiredString()
            case .name: name = try cursor.requiredString()
            }
        }
        return Weakness(id: try cursor.require(id, "id"), name: try cursor.require(name, "name"))
    }

    private enum IdentifierMember: String, CaseIterable, Sendable {
        case systemName = "system_name"
        case text
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func identifier(_ cursor: inout JSONCursor) throws -> Identifier {
        try cursor.required("an object") { cursor in
            var systemName: String?
            var text: String?
            try cursor.members(IdentifierMember.spellings) { cursor, member in
                switch member {
                case .systemName: systemName = try cursor.requiredString()
                case .text: text = try cursor.requiredString()
                }
            }
            return Identifier(
                systemName: try cursor.require(systemName, "system_name"),
                text: try cursor.require(text, "text")
            )
        }
    }

    private enum ProductStatusMember: String, CaseIterable, Sendable {
        case firstAffected = "first_affected"
        case firstFixed = "first_fixed"
        case fixed
        case knownAffected = "known_affected"
        case knownNotAffected = "known_not_affected"
        case lastAffected = "last_affected"
        case recommended
        case underInvestigation = "under_investigation"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func productStatus(_ cursor: inout JSONCursor) throws -> ProductStatus {
        var status = ProductStatus()
        try cursor.members(ProductStatusMember.spellings) { cursor, member in
            let ids = try cursor.optional(strings)
            switch member {
            case .firstAffected: status.firstAffected = ids
            case .firstFixed: status.firstFixed = ids
            case .fixed: status.fixed = ids
            case .knownAffected: status.knownAffected = ids
            case .knownNotAffected: status.knownNotAffected = ids
            case .lastAffected: status.lastAffected = ids
            case .recommended: status.recommended = ids
            case .underInvestigation: status.underInvestigation = ids
            }
        }
        return status
    }

    private enum RemediationMember: String, CaseIterable, Sendable {
        case category, details, url, date, entitlements
        case productIDs = "product_ids"
        case groupIDs = "group_ids"
        case restartRequired = "restart_required"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func remediation(_ cursor: inout JSONCursor) throws -> Remediation {
        try cursor.required("an object") { cursor in
            var category: String?
            var details: String?
            var remediation = Remediation(category: "", details: "")
            try cursor.members(RemediationMember.spellings) { cursor, member in
                switch member {
                case .category: category = try cursor.requiredString()
                case .details: details = try cursor.requiredString()
                case .url: remediation.url = try cursor.validatedString()
                case .date: remediation.date = try cursor.validatedString()
                case .entitlements: remediation.entitlements = try cursor.optional(strings)
                case .productIDs: remediation.productIDs = try cursor.optional(strings)
                case .groupIDs: remediation.groupIDs = try cursor.optional(strings)
                case .restartRequired: remediation.restartRequired = try cursor.optional(restartRequired)
                }
            }
            remediation.category = try cursor.require(category, "category")
            remediation.details = try cursor.require(details, "details")
            return remediation
        }
    }

    private enum RestartRequiredMember: String, CaseIterable, Sendable {
        case category, details
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func restartRequired(_ cursor: inout JSONCursor) throws -> RestartRequired {
        var category: String?
        var details: String?
        try cursor.members(RestartRequiredMember.spellings) { cursor, member in
            switch member {
            case .category: category = try cursor.requiredString()
            case .details: details = try cursor.validatedString()
            }
        }
        return RestartRequired(category: try cursor.require(category, "category"), details: details)
    }

    private enum ScoreMember: String, CaseIterable, Sendable {
        case products
        case cvssV3 = "cvss_v3"
        case cvssV2 = "cvss_v2"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func score(_ cursor: inout JSONCursor) throws -> Score {
        try cursor.required("an object") { cursor in
            var products: [String]?
            var cvssV3: CVSSV3?
            var cvssV2: CVSSV2?
            try cursor.members(ScoreMember.spellings) { cursor, member in
                switch member {
                case .products: products = try cursor.required("a list", strings)
                case .cvssV3: cvssV3 = try cursor.optional(self.cvssV3)
                case .cvssV2: cvssV2 = try cursor.optional(self.cvssV2)
                }
            }
            return Score(products: try cursor.require(products, "products"), cvssV3: cvssV3, cvssV2: cvssV2)
        }
    }

    private enum CVSSMember: String, CaseIterable, Sendable {
        case version, vectorString, baseScore, baseSeverity
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    /// The members a CVSS score has in common; `baseSeverity` is read too but only version 3 keeps it.
    private static func cvss(_ cursor: inout JSONCursor) throws -> (String?, String?, Double?, String?) {
        var version: String?
        var vectorString: String?
        var baseScore: Double?
        var baseSeverity: String?
        try cursor.members(CVSSMember.spellings) { cursor, member in
            switch member {
            case .version: version = try cursor.requiredString()
            case .vectorString: vectorString = try cursor.requiredString()
            case .baseScore: baseScore = try cursor.required("a number") { try $0.double() }
            case .baseSeverity: baseSeverity = try cursor.requiredString()
            }
        }
        return (version, vectorString, baseScore, baseSeverity)
    }

    private static func cvssV3(_ cursor: inout JSONCursor) throws -> CVSSV3 {
        let (version, vectorString, baseScore, baseSeverity) = try cvss(&cursor)
        return CVSSV3(
            version: try cursor.require(version, "version"),
            vectorString: try cursor.require(vectorString, "vectorString"),
            baseScore: try cursor.require(baseScore, "baseScore"),
            baseSeverity: try cursor.require(baseSeverity, "baseSeverity")
        )
    }

    private static func cvssV2(_ cursor: inout JSONCursor) throws -> CVSSV2 {
        let (version, vectorString, baseScore, _) = try cvss(&cursor)
        return CVSSV2(
            version: try cursor.require(version, "version"),
            vectorString: try cursor.require(vectorString, "vectorString"),
            baseScore: try cursor.require(baseScore, "baseScore")
        )
    }

    private enum ThreatMember: String, CaseIterable, Sendable {
        case category, details, date
        case productIDs = "product_ids"
        case groupIDs = "group_ids"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func threat(_ cursor: inout JSONCursor) throws -> Threat {
        try cursor.required("an object") { cursor in
            var category: String?
            var details: String?
            var threat = Threat(category: "", details: "")
            try cursor.members(ThreatMember.spellings) { cursor, member in
                switch member {
                case .category: category = try cursor.requiredString()
                case .details: details = try cursor.requiredString()
                case .date: threat.date = try cursor.validatedString()
                case .productIDs: threat.productIDs = try cursor.optional(strings)
                case .groupIDs: threat.groupIDs = try cursor.optional(strings)
                }
            }
            threat.category = try cursor.require(category, "category")
            threat.details = try cursor.require(details, "details")
            return threat
        }
    }

    private enum FlagMember: String, CaseIterable, Sendable {
        case label, date
        case productIDs = "product_ids"
        case groupIDs = "group_ids"
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func flag(_ cursor: inout JSONCursor) throws -> Flag {
        try cursor.required("an object") { cursor in
            var label: String?
            var flag = Flag(label: "")
            try cursor.members(FlagMember.spellings) { cursor, member in
                switch member {
                case .label: label = try cursor.requiredString()
                case .date: flag.date = try cursor.validatedString()
                case .productIDs: flag.productIDs = try cursor.optional(strings)
                case .groupIDs: flag.groupIDs = try cursor.optional(strings)
                }
            }
            flag.label = try cursor.require(label, "label")
            return flag
        }
    }

    private enum InvolvementMember: String, CaseIterable, Sendable {
        case party, status, summary, date
        static let spellings = JSONCursor.Spellings(Self.self)
    }

    private static func involvement(_ cursor: inout JSONCursor) throws -> Involvement {
        try cursor.required("an object") { cursor in
            var party: String?
            var status: String?
            var summary: String?
            var date: String?
            try cursor.members(InvolvementMember.spellings) { cursor, member in
                switch member {
                case .party: party = try cursor.requiredString()
                case .status: status = try cursor.requiredString()
                case .summary: summary = try cursor.validatedString()
                case .date: date = try cursor.validatedString()
                }
            }
            return Involvement(
                party: try cursor.require(party, "party"),
                status: try cursor.require(status, "status"),
                summary: summary,
                date: date
            )
        }
    }

    /// A list of strings in which each element is required, as in `[String]` decoded by `JSONDecoder`.
    private static func strings(_ cursor: inout JSONCursor) throws -> [String] {
        try cursor.list { try $0.requiredString() }
    }
}
