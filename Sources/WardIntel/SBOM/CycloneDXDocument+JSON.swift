import Foundation

/// CycloneDX JSON read with a ``JSONCursor``: only the fields in ``CycloneDXDocument`` are decoded.
extension CycloneDXDocument {
    static func parseJSON(_ data: Data, file: String) throws -> CycloneDXDocument {
        try JSONCursor.read(data, file: file) { cursor in
            var document = CycloneDXDocument()
            try cursor.object { cursor, key in
                if key == "bomFormat" {
                    document.bomFormat = try cursor.string()
                } else if key == "specVersion" {
                    document.specVersion = try cursor.string()
                } else if key == "serialNumber" {
                    document.serialNumber = try cursor.string()
                } else if key == "metadata" {
                    document.metadata = try metadata(&cursor)
                } else if key == "components" {
                    document.components = try cursor.list(component)
                } else if key == "dependencies" {
                    document.dependencies = try cursor.list(dependency)
                } else if key == "vulnerabilities" {
                    document.vulnerabilities = try cursor.list(vulnerability)
                } else {
                    try cursor.skip()
                }
            }
            return document
        }
    }

    private static func metadata(_ cursor: inout JSONCursor) throws -> Metadata {
        var metadata = Metadata()
        try cursor.object { cursor, key in
            if key == "timestamp" {
                metadata.timestamp = try cursor.string()
            } else if key == "component" {
                metadata.component = try component(&cursor)
            } else {
                try cursor.skip()
            }
        }
        return metadata
    }

    private static func named(_ cursor: inout JSONCursor) throws -> Named {
        var named = Named()
        try cursor.object { cursor, key in
            if key == "name" { named.name = try cursor.string() } else { try cursor.skip() }
        }
        return named
    }

    private static func component(_ cursor: inout JSONCursor) throws -> Component {
        var component = Component()
        try cursor.object { cursor, key in
            if key == "bom-ref" {
                component.bomRef = try cursor.string()
            } else if key == "type" {
                component.type = try cursor.string()
            } else if key == "name" {
                component.name = try cursor.string()
            } else if key == "version" {
                component.version = try cursor.string()
            } else if key == "group" {
                component.group = try cursor.string()
            } else if key == "purl" {
                component.purl = try cursor.string()
            } else if key == "cpe" {
                component.cpe = try cursor.string()
            } else if key == "publisher" {
                component.publisher = try cursor.string()
            } else if key == "author" {
                component.author = try cursor.string()
            } else if key == "supplier" {
                component.supplier = try named(&cursor)
            } else if key == "manufacturer" {
                component.manufacturer = try named(&cursor)
            } else if key == "authors" {
                component.authors = try cursor.list(named)
            } else if key == "licenses" {
                component.licenses = try cursor.list(licenseChoice)
            } else if key == "hashes" {
                component.hashes = try cursor.list(hash)
            } else if key == "properties" {
                component.properties = try cursor.list(property)
            } else if key == "externalReferences" {
                component.externalReferences = try cursor.list(externalReference)
            } else if key == "components" {
                component.components = try cursor.list(self.component)
            } else {
                try cursor.skip()
            }
        }
        return component
    }

    private static func licenseChoice(_ cursor: inout JSONCursor) throws -> LicenseChoice {
        var choice = LicenseChoice()
        try cursor.object { cursor, key in
            if key == "expression" {
                choice.expression = try cursor.string()
            } else if key == "license" {
                var license = License()
                try cursor.object { cursor, key in
                    if key == "id" {
                        license.id = try cursor.string()
                    } else if key == "name" {
                        license.name = try cursor.string()
                    } else {
                        try cursor.skip()
                    }
                }
                choice.license = license
            } else {
                try cursor.skip()
            }
        }
        return choice
    }

    private static func hash(_ cursor: inout JSONCursor) throws -> Hash {
        var hash = Hash()
        try cursor.object { cursor, key in
            if key == "alg" {
                hash.alg = try cursor.string()
            } else if key == "content" {
                hash.content = try cursor.string()
            } else {
                try cursor.skip()
            }
        }
        return hash
    }

    /// Only values that are CPE names are kept: they are all Ward reads from properties, and a host inventory has
    /// thousands of other properties whose strings need not be made.
    private static func property(_ cursor: inout JSONCursor) throws -> Property {
        var property = Property()
        try cursor.object { cursor, key in
            if key == "value" {
                property.value = try cursor.string(prefixedBy: "cpe:")
            } else {
                try cursor.skip()
            }
        }
        return property
    }

    /// Only URLs that are CPE names are kept, for the same reason as in ``property(_:)``.
    private static func externalReference(_ cursor: inout JSONCursor) throws -> ExternalReference {
        var reference = ExternalReference()
        try cursor.object { cursor, key in
            if key == "url" {
                reference.url = try cursor.string(prefixedBy: "cpe:")
            } else {
                try cursor.skip()
            }
        }
        return reference
    }

    private static func dependency(_ cursor: inout JSONCursor) throws -> Dependency {
        var dependency = Dependency()
        try cursor.object { cursor, key in
            if key == "ref" {
                dependency.ref = try cursor.string()
            } else if key == "dependsOn" {
                dependency.dependsOn = try cursor.strings()
            } else {
                try cursor.skip()
            }
        }
        return dependency
    }

    private static func vulnerability(_ cursor: inout JSONCursor) throws -> Vulnerability {
        var vulnerability = Vulnerability()
        try cursor.object { cursor, key in
            if key == "id" {
                vulnerability.id = try cursor.string()
            } else if key == "recommendation" {
                vulnerability.recommendation = try cursor.string()
            } else if key == "affects" {
                vulnerability.affects = try cursor.list { cursor in
                    var affect = Affect()
                    try cursor.object { cursor, key in
                        if key == "ref" { affect.ref = try cursor.string() } else { try cursor.skip() }
                    }
                    return affect
                }
            } else if key == "analysis" {
                var analysis = Analysis()
                try cursor.object { cursor, key in
                    if key == "state" {
                        analysis.state = try cursor.string()
                    } else if key == "justification" {
                        analysis.justification = try cursor.string()
                    } else if key == "detail" {
                        analysis.detail = try cursor.string()
                    } else if key == "response" {
                        analysis.response = try cursor.strings()
                    } else {
                        try cursor.skip()
                    }
                }
                vulnerability.analysis = analysis
            } else {
                try cursor.skip()
            }
        }
        return vulnerability
    }
}
