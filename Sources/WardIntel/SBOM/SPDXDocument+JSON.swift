import Foundation

/// SPDX JSON read with a ``JSONCursor``: only the fields in ``SPDXDocument`` are decoded, and required ones that are
/// missing are reported with the path of the object that lacks them.
extension SPDXDocument {
    static func parseJSON(_ data: Data, file: String) throws -> SPDXDocument {
        try JSONCursor.read(data, file: file) { cursor in
            var document = SPDXDocument()
            try cursor.object { cursor, key in
                if key == "spdxVersion" {
                    document.spdxVersion = try cursor.string()
                } else if key == "SPDXID" {
                    document.spdxIdentifier = try cursor.string()
                } else if key == "name" {
                    document.name = try cursor.string()
                } else if key == "documentNamespace" {
                    document.documentNamespace = try cursor.string()
                } else if key == "creationInfo" {
                    var info = CreationInfo()
                    try cursor.object { cursor, key in
                        if key == "created" { info.created = try cursor.string() } else { try cursor.skip() }
                    }
                    document.creationInfo = info
                } else if key == "documentDescribes" {
                    document.documentDescribes = try cursor.strings()
                } else if key == "packages" {
                    document.packages = try cursor.list(package)
                } else if key == "relationships" {
                    document.relationships = try cursor.list(relationship)
                } else {
                    try cursor.skip()
                }
            }
            return document
        }
    }

    private static func package(_ cursor: inout JSONCursor) throws -> Package {
        var identifier: String?
        var name: String?
        var package = Package(spdxIdentifier: "", name: "")
        try cursor.object { cursor, key in
            if key == "SPDXID" {
                identifier = try cursor.string()
            } else if key == "name" {
                name = try cursor.string()
            } else if key == "versionInfo" {
                package.versionInfo = try cursor.string()
            } else if key == "supplier" {
                package.supplier = try cursor.string()
            } else if key == "originator" {
                package.originator = try cursor.string()
            } else if key == "licenseDeclared" {
                package.licenseDeclared = try cursor.string()
            } else if key == "licenseConcluded" {
                package.licenseConcluded = try cursor.string()
            } else if key == "primaryPackagePurpose" {
                package.primaryPackagePurpose = try cursor.string()
            } else if key == "externalRefs" {
                package.externalRefs = try cursor.list(externalReference)
            } else if key == "checksums" {
                package.checksums = try cursor.list(checksum)
            } else {
                try cursor.skip()
            }
        }
        guard let identifier else { throw cursor.missing("SPDXID") }
        guard let name else { throw cursor.missing("name") }
        package.spdxIdentifier = identifier
        package.name = name
        return package
    }

    private static func externalReference(_ cursor: inout JSONCursor) throws -> ExternalReference {
        var category: String?
        var type: String?
        var locator: String?
        try cursor.object { cursor, key in
            if key == "referenceCategory" {
                category = try cursor.string()
            } else if key == "referenceType" {
                type = try cursor.string()
            } else if key == "referenceLocator" {
                locator = try cursor.string()
            } else {
                try cursor.skip()
            }
        }
        guard let type else { throw cursor.missing("referenceType") }
        guard let locator else { throw cursor.missing("referenceLocator") }
        return ExternalReference(referenceCategory: category, referenceType: type, referenceLocator: locator)
    }

    private static func checksum(_ cursor: inout JSONCursor) throws -> Checksum {
        var algorithm: String?
        var value: String?
        try cursor.object { cursor, key in
            if key == "algorithm" {
                algorithm = try cursor.string()
            } else if key == "checksumValue" {
                value = try cursor.string()
            } else {
                try cursor.skip()
            }
        }
        guard let algorithm else { throw cursor.missing("algorithm") }
        guard let value else { throw cursor.missing("checksumValue") }
        return Checksum(algorithm: algorithm, checksumValue: value)
    }

    private static func relationship(_ cursor: inout JSONCursor) throws -> Relationship {
        var element: String?
        var related: String?
        var type: String?
        try cursor.object { cursor, key in
            if key == "spdxElementId" {
                element = try cursor.string()
            } else if key == "relatedSpdxElement" {
                related = try cursor.string()
            } else if key == "relationshipType" {
                type = try cursor.string()
            } else {
                try cursor.skip()
            }
        }
        guard let element else { throw cursor.missing("spdxElementId") }
        guard let related else { throw cursor.missing("relatedSpdxElement") }
        guard let type else { throw cursor.missing("relationshipType") }
        return Relationship(spdxElementId: element, relatedSpdxElement: related, relationshipType: type)
    }
}
