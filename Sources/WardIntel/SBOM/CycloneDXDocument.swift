/// The parts of a CycloneDX document that Ward reads, as both the JSON reader (``parseJSON(_:file:)``) and the XML
/// reader produce them.
///
/// Every field is optional because the specification versions 1.1 to 1.6 differ in what is required; the checks
/// that matter (the format, the version) are made once in ``CycloneDXReader`` instead of by the decoder.
struct CycloneDXDocument {
    var bomFormat: String?
    var specVersion: String?
    var serialNumber: String?
    var metadata: Metadata?
    var components: [Component]?
    var dependencies: [Dependency]?
    var vulnerabilities: [Vulnerability]?

    struct Metadata {
        var timestamp: String?
        var component: Component?
    }

    struct Named {
        var name: String?
    }

    struct Component {
        var bomRef: String?
        var type: String?
        var supplier: Named?
        var manufacturer: Named?
        var publisher: String?
        var author: String?
        var authors: [Named]?
        var group: String?
        var name: String?
        var version: String?
        var purl: String?
        var cpe: String?
        var licenses: [LicenseChoice]?
        var hashes: [Hash]?
        var properties: [Property]?
        var externalReferences: [ExternalReference]?
        var components: [Component]?

    }

    struct LicenseChoice {
        var license: License?
        var expression: String?
    }

    struct License {
        var id: String?
        var name: String?
    }

    struct Hash {
        var alg: String?
        var content: String?
    }

    struct Property {
        var name: String?
        var value: String?
    }

    struct ExternalReference {
        var url: String?
        var type: String?
    }

    struct Dependency {
        var ref: String?
        var dependsOn: [String]?
    }

    struct Vulnerability {
        var id: String?
        var analysis: Analysis?
        var affects: [Affect]?
        var recommendation: String?
    }

    struct Analysis {
        var state: String?
        var justification: String?
        var response: [String]?
        var detail: String?
    }

    struct Affect {
        var ref: String?
    }
}
