import Foundation
import WardCore

/// Reads SPDX 2.2 and 2.3 bills of materials, JSON or tag-value, into a ``SoftwareBillOfMaterials``.
///
/// Packages become components: the `SPDXID` is the reference, the purl comes from a `PACKAGE-MANAGER purl` external
/// reference and the CPE names from `SECURITY cpe23Type`/`cpe22Type` ones, and the supplier (or else the originator)
/// loses its `Organization:`/`Person:` prefix. `DESCRIBES` names the subject, `DEPENDS_ON`/`DEPENDENCY_OF` fill the
/// dependencies and `CONTAINS`/`CONTAINED_BY` the parent and children. Files and snippets are not components: Ward
/// matches packages against vulnerability feeds.
public enum SPDXReader {
    /// The `spdxVersion` values Ward reads.
    public static let versions: Set<String> = ["SPDX-2.2", "SPDX-2.3"]

    /// Reads an SPDX JSON file.
    public static func readJSON(contentsOf url: URL) throws -> SoftwareBillOfMaterials {
        try readJSON(IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    /// Reads an SPDX JSON document in memory; `file` names it in errors.
    ///
    /// - Throws: ``WardError`` `invalidInput` naming the path in the document for malformed JSON, a package without
    ///   `SPDXID` or `name`, or an `spdxVersion` outside ``versions``.
    public static func readJSON(_ data: Data, file: String) throws -> SoftwareBillOfMaterials {
        let document = try SPDXDocument.parseJSON(data, file: file)
        return try assemble(document, file: file, versionLocation: "\(file) at $.spdxVersion")
    }

    /// Reads an SPDX tag-value file line by line, so memory does not grow with the file beyond the packages read.
    ///
    /// - Throws: ``WardError`` `invalidInput` naming the line for a line that is not `Tag: value`, a malformed
    ///   `ExternalRef` or `Relationship`, or a `<text>` value that is never closed.
    public static func readTagValue(contentsOf url: URL) throws -> SoftwareBillOfMaterials {
        let file = url.lastPathComponent
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw WardError(.notFound, "the file cannot be read", location: url.path)
        }
        defer { try? handle.close() }
        var parser = SPDXTagValueParser(file: file)
        var lines = LineSplitter()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 256 * 1024) ?? Data()
            } catch {
                throw WardError(.notFound, "the file cannot be read", location: url.path, cause: error)
            }
            if chunk.isEmpty { break }
            try lines.feed(chunk) { try parser.consume($0, number: $1) }
        }
        try lines.finish { try parser.consume($0, number: $1) }
        return try assemble(parser.finish(), file: file, versionLocation: "\(file) at the SPDXVersion line")
    }

    /// Reads SPDX tag-value text in memory; `file` names it in errors.
    public static func readTagValue(_ data: Data, file: String) throws -> SoftwareBillOfMaterials {
        var parser = SPDXTagValueParser(file: file)
        var lines = LineSplitter()
        try lines.feed(data) { try parser.consume($0, number: $1) }
        try lines.finish { try parser.consume($0, number: $1) }
        return try assemble(parser.finish(), file: file, versionLocation: "\(file) at the SPDXVersion line")
    }

    static func assemble(
        _ document: SPDXDocument,
        file: String,
        versionLocation: String
    ) throws -> SoftwareBillOfMaterials {
        guard let version = document.spdxVersion, versions.contains(version) else {
            throw WardError(
                .invalidInput,
                "spdxVersion \(document.spdxVersion.map { "'\($0)'" } ?? "is missing"); Ward reads "
                    + versions.sorted().joined(separator: ", "),
                location: versionLocation
            )
        }
        let packages = document.packages ?? []
        let documentIdentifier = document.spdxIdentifier ?? "SPDXRef-DOCUMENT"
        var known: Set<String> = []
        for package in packages { known.insert(package.spdxIdentifier) }

        var described = document.documentDescribes ?? []
        var dependencies: [String: [String]] = [:]
        var parents: [String: String] = [:]
        var children: [String: [String]] = [:]
        func contains(_ parent: String, _ child: String) {
            // Files and other elements are not components, so only packages are linked.
            guard known.contains(child), known.contains(parent) else { return }
            children[parent, default: []].append(child)
            if parents[child] == nil { parents[child] = parent }
        }
        for relationship in document.relationships ?? [] {
            let element = relationship.spdxElementId
            let related = relationship.relatedSpdxElement
            switch relationship.relationshipType {
            case "DESCRIBES" where element == documentIdentifier: described.append(related)
            case "DESCRIBED_BY" where related == documentIdentifier: described.append(element)
            case "DEPENDS_ON": dependencies[element, default: []].append(related)
            case "DEPENDENCY_OF": dependencies[related, default: []].append(element)
            case "CONTAINS": contains(element, related)
            case "CONTAINED_BY": contains(related, element)
            default: break
            }
        }

        let components = packages.map { package in
            component(
                package,
                parent: parents[package.spdxIdentifier],
                children: children[package.spdxIdentifier] ?? [],
                dependencies: dependencies[package.spdxIdentifier] ?? []
            )
        }
        let subjectReference = described.first { known.contains($0) }
        return SoftwareBillOfMaterials(
            format: .spdx,
            specVersion: String(version.dropFirst("SPDX-".count)),
            serialNumber: document.documentNamespace,
            name: document.name,
            created: document.creationInfo?.created,
            subject: subjectReference.flatMap { reference in components.first { $0.reference == reference } },
            components: components,
            dependencies: dependencies
        )
    }

    private static func component(
        _ package: SPDXDocument.Package,
        parent: String?,
        children: [String],
        dependencies: [String]
    ) -> SoftwareComponent {
        var purl: String?
        var cpes: [String] = []
        for reference in package.externalRefs ?? [] {
            switch reference.referenceType {
            case "purl" where purl == nil: purl = reference.referenceLocator
            case "cpe23Type", "cpe22Type":
                if !cpes.contains(reference.referenceLocator) { cpes.append(reference.referenceLocator) }
            default: break
            }
        }
        let license = [package.licenseDeclared, package.licenseConcluded].lazy.compactMap(asserted).first
        return SoftwareComponent(
            reference: package.spdxIdentifier,
            kind: package.primaryPackagePurpose.map {
                SoftwareComponent.Kind(rawValue: $0.lowercased().replacingOccurrences(of: "_", with: "-"))
            },
            supplier: party(package.supplier) ?? party(package.originator),
            name: package.name,
            version: package.versionInfo.flatMap(asserted),
            purl: purl,
            cpes: cpes,
            licenses: license.map { [$0] } ?? [],
            hashes: (package.checksums ?? []).map {
                SoftwareComponent.Hash(algorithm: $0.algorithm, value: $0.checksumValue)
            },
            parent: parent,
            children: children,
            dependencies: dependencies
        )
    }

    /// A value unless it is SPDX's way of saying there is none.
    private static func asserted(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value != "NOASSERTION", value != "NONE" else { return nil }
        return value
    }

    /// `Organization: Acme (contact@acme.example)` → `Acme (contact@acme.example)`.
    private static func party(_ value: String?) -> String? {
        guard let value = asserted(value) else { return nil }
        for prefix in ["Organization:", "Person:", "Tool:"] where value.hasPrefix(prefix) {
            // Spaces are cut on bytes: Foundation's trimming took a fifth of the time to read a host's SPDX.
            let name = value.utf8.dropFirst(prefix.utf8.count).drop { $0 == 0x20 || $0 == 0x09 }
            return asserted(String(Substring(name)))
        }
        return value
    }
}
