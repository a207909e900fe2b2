import Foundation
import WardCore

/// Reads CycloneDX bills of materials (JSON 1.2–1.6, XML 1.1–1.6) and the VEX statements they carry.
///
/// Nested components are flattened into one list with their parent kept, dependencies become a map from reference to
/// references, and each entry of `vulnerabilities` that has an `analysis` becomes a ``VEXStatement`` whose products
/// are the affected components' purls (or their `bom-ref` when they have none). A standalone CycloneDX VEX document,
/// a bill with vulnerabilities and no components, reads the same way; its `affects` refer to components of other
/// bills by BOM-link (`urn:cdx:serial/version#bom-ref`), which are kept as written.
///
/// - Important: XML with a document type or entity declaration is refused before parsing and external entities are
///   never resolved; a bill of materials is input from outside.
public enum CycloneDXReader {
    /// The JSON specification versions Ward reads (JSON appeared with 1.2).
    public static let jsonVersions: Set<String> = ["1.2", "1.3", "1.4", "1.5", "1.6"]
    /// The XML specification versions Ward reads, from the namespace `http://cyclonedx.org/schema/bom/1.x`.
    public static let xmlVersions: Set<String> = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]

    /// Reads a CycloneDX file, JSON or XML, telling them apart by the first character.
    ///
    /// - Throws: ``WardError`` `invalidInput` naming the file and the place in it, `tooLarge` or `notFound`.
    public static func read(contentsOf url: URL) throws -> SoftwareBillOfMaterials {
        try read(IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    /// Reads a CycloneDX document in memory, JSON or XML; `file` names it in errors and as the VEX source.
    public static func read(_ data: Data, file: String) throws -> SoftwareBillOfMaterials {
        if SBOMReader.firstSignificantByte(of: data) == UInt8(ascii: "<") {
            return try readXML(data, file: file)
        }
        return try readJSON(data, file: file)
    }

    /// Reads a CycloneDX JSON document.
    ///
    /// - Throws: `invalidInput` when the JSON is malformed, `bomFormat` is not `CycloneDX` or `specVersion` is not one
    ///   of ``jsonVersions``.
    public static func readJSON(_ data: Data, file: String) throws -> SoftwareBillOfMaterials {
        let document = try CycloneDXDocument.parseJSON(data, file: file)
        guard document.bomFormat == "CycloneDX" else {
            let found = document.bomFormat.map { "'\($0)'" } ?? "missing"
            throw WardError(
                .invalidInput,
                "bomFormat is \(found), so this is not a CycloneDX document; CycloneDX JSON says \"bomFormat\": "
                    + "\"CycloneDX\"",
                location: "\(file) at $.bomFormat"
            )
        }
        guard let version = document.specVersion, jsonVersions.contains(version) else {
            throw WardError(
                .invalidInput,
                "specVersion \(document.specVersion.map { "'\($0)'" } ?? "is missing"); Ward reads CycloneDX JSON "
                    + "\(jsonVersions.sorted().joined(separator: ", "))",
                location: "\(file) at $.specVersion"
            )
        }
        return try assemble(document, specVersion: version, file: file)
    }

    /// Reads a CycloneDX XML document.
    ///
    /// - Throws: `invalidInput` for a document type declaration, malformed XML (with the line), a root element that
    ///   is not a CycloneDX `bom`, or a namespace version outside ``xmlVersions``.
    public static func readXML(_ data: Data, file: String) throws -> SoftwareBillOfMaterials {
        try XMLPrologGuard.refuseDeclarations(in: data, file: file)
        let (document, version) = try CycloneDXXMLParser.parse(data, file: file)
        return try assemble(document, specVersion: version, file: file)
    }

    static func assemble(
        _ document: CycloneDXDocument,
        specVersion: String,
        file: String
    ) throws -> SoftwareBillOfMaterials {
        var dependencies: [String: [String]] = [:]
        for dependency in document.dependencies ?? [] {
            guard let reference = dependency.ref else { continue }
            dependencies[reference, default: []].append(contentsOf: dependency.dependsOn ?? [])
        }

        var flattener = Flattener(dependencies: dependencies, file: file)
        var subject: SoftwareComponent?
        if let raw = document.metadata?.component {
            subject = try flattener.component(
                from: raw,
                reference: raw.bomRef ?? "$.metadata.component",
                path: "$.metadata.component",
                parent: nil
            )
            // Components nested in the subject (the parts of a device) belong to the bill like any other.
            var children: [String] = []
            for (index, nested) in (raw.components ?? []).enumerated() {
                children.append(
                    try flattener.add(
                        nested,
                        path: "$.metadata.component.components[\(index)]",
                        parent: subject?.reference
                    )
                )
            }
            subject?.children = children
        }
        for (index, raw) in (document.components ?? []).enumerated() {
            try flattener.add(raw, path: "$.components[\(index)]", parent: nil)
        }

        let statements = try vexStatements(
            document.vulnerabilities ?? [],
            components: flattener.components,
            subject: subject,
            serialNumber: document.serialNumber,
            file: file
        )
        return SoftwareBillOfMaterials(
            format: .cycloneDX,
            specVersion: specVersion,
            serialNumber: document.serialNumber,
            name: subject?.name,
            created: document.metadata?.timestamp,
            subject: subject,
            components: flattener.components,
            dependencies: dependencies,
            vexStatements: statements
        )
    }

    /// Turns the nested component tree into the flat list, parents before their children.
    private struct Flattener {
        let dependencies: [String: [String]]
        let file: String
        var components: [SoftwareComponent] = []

        init(dependencies: [String: [String]], file: String) {
            self.dependencies = dependencies
            self.file = file
        }

        /// Adds `raw` and, after it, everything nested in it; returns its reference.
        @discardableResult
        mutating func add(_ raw: CycloneDXDocument.Component, path: String, parent: String?) throws -> String {
            // A component without bom-ref is named by its place in the document, which is unique and stable.
            let component = try component(from: raw, reference: raw.bomRef ?? path, path: path, parent: parent)
            let position = components.count
            components.append(component)
            var children: [String] = []
            for (index, nested) in (raw.components ?? []).enumerated() {
                children.append(try add(nested, path: "\(path).components[\(index)]", parent: component.reference))
            }
            components[position].children = children
            return component.reference
        }

        func component(
            from raw: CycloneDXDocument.Component,
            reference: String,
            path: String,
            parent: String?
        ) throws -> SoftwareComponent {
            guard let name = raw.name else {
                throw WardError(
                    .invalidInput,
                    "the component has no name, which CycloneDX requires",
                    location: "\(file) at \(path).name"
                )
            }
            // A component has a handful of CPE names, so a linear check for duplicates beats hashing them.
            var cpes: [String] = []
            func addCPE(_ value: String?) {
                guard let value, value.hasPrefix("cpe:"), !cpes.contains(value) else { return }
                cpes.append(value)
            }
            addCPE(raw.cpe)
            for property in raw.properties ?? [] { addCPE(property.value) }
            for reference in raw.externalReferences ?? [] { addCPE(reference.url) }

            let supplier = [
                raw.supplier?.name, raw.manufacturer?.name, raw.publisher, raw.author, raw.authors?.first?.name,
            ]
            .lazy.compactMap { $0 }.first { !$0.isEmpty }

            return SoftwareComponent(
                reference: reference,
                kind: raw.type.map(SoftwareComponent.Kind.init(rawValue:)),
                supplier: supplier ?? raw.group,
                group: raw.group,
                name: name,
                version: raw.version,
                purl: raw.purl,
                cpes: cpes,
                licenses: (raw.licenses ?? []).compactMap { $0.expression ?? $0.license?.id ?? $0.license?.name },
                hashes: (raw.hashes ?? []).compactMap { hash in
                    guard let algorithm = hash.alg, let value = hash.content else { return nil }
                    return SoftwareComponent.Hash(algorithm: algorithm, value: value)
                },
                parent: parent,
                dependencies: dependencies[reference] ?? []
            )
        }
    }

    private static func vexStatements(
        _ vulnerabilities: [CycloneDXDocument.Vulnerability],
        components: [SoftwareComponent],
        subject: SoftwareComponent?,
        serialNumber: String?,
        file: String
    ) throws -> [VEXStatement] {
        guard !vulnerabilities.isEmpty else { return [] }
        var byReference: [String: SoftwareComponent] = [:]
        for component in components { byReference[component.reference] = component }
        if let subject { byReference[subject.reference] = subject }
        // A BOM-link to this very document (urn:cdx:<serial>/<version>#<bom-ref>) resolves like a plain bom-ref.
        let ownLinkPrefix = serialNumber.map { "urn:cdx:" + $0.replacingOccurrences(of: "urn:uuid:", with: "") }

        func product(for reference: String) -> String {
            var local = reference
            if let ownLinkPrefix, reference.hasPrefix(ownLinkPrefix + "/"), let hash = reference.firstIndex(of: "#") {
                local = String(reference[reference.index(after: hash)...])
            }
            guard let component = byReference[local] else { return reference }
            return component.purl ?? component.reference
        }

        var statements: [VEXStatement] = []
        for (index, vulnerability) in vulnerabilities.enumerated() {
            let path = "$.vulnerabilities[\(index)]"
            // An entry without analysis lists a vulnerability without saying anything about exploitability.
            guard let analysis = vulnerability.analysis, let state = analysis.state else { continue }
            guard let identifier = vulnerability.id, !identifier.isEmpty else {
                throw WardError(.invalidInput, "the vulnerability has no id", location: "\(file) at \(path).id")
            }
            let status: VEXStatement.Status
            switch state {
            case "not_affected", "false_positive": status = .notAffected
            case "exploitable": status = .affected
            case "resolved", "resolved_with_pedigree": status = .fixed
            case "in_triage": status = .underInvestigation
            default:
                throw WardError(
                    .invalidInput,
                    "analysis state '\(state)' is not one of not_affected, exploitable, resolved, "
                        + "resolved_with_pedigree, in_triage, false_positive",
                    location: "\(file) at \(path).analysis.state"
                )
            }
            let responses = analysis.response ?? []
            statements.append(
                VEXStatement(
                    vulnerability: identifier,
                    products: (vulnerability.affects ?? []).compactMap(\.ref).map(product(for:)),
                    status: status,
                    // A false positive is a reason of its own, and CycloneDX gives it no justification code.
                    justification: analysis.justification ?? (state == "false_positive" ? "false_positive" : nil),
                    impactStatement: analysis.detail,
                    actionStatement: vulnerability.recommendation
                        ?? (responses.isEmpty ? nil : responses.joined(separator: ", ")),
                    source: file
                )
            )
        }
        return statements
    }
}
