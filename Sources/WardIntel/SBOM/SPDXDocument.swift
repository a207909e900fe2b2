/// The parts of an SPDX 2.x document that Ward reads, as both the JSON reader (``parseJSON(_:file:)``) and the
/// tag-value parser produce them.
struct SPDXDocument {
    var spdxVersion: String?
    var spdxIdentifier: String?
    var name: String?
    var documentNamespace: String?
    var creationInfo: CreationInfo?
    var documentDescribes: [String]?
    var packages: [Package]?
    var relationships: [Relationship]?

    struct CreationInfo {
        var created: String?
    }

    struct Package {
        var spdxIdentifier: String
        var name: String
        var versionInfo: String?
        var supplier: String?
        var originator: String?
        var externalRefs: [ExternalReference]?
        var checksums: [Checksum]?
        var licenseDeclared: String?
        var licenseConcluded: String?
        var primaryPackagePurpose: String?
    }

    struct ExternalReference {
        var referenceCategory: String?
        var referenceType: String
        var referenceLocator: String
    }

    struct Checksum {
        var algorithm: String
        var checksumValue: String
    }

    struct Relationship {
        var spdxElementId: String
        var relatedSpdxElement: String
        var relationshipType: String
    }
}
