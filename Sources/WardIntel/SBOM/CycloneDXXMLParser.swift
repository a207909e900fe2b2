import Foundation
import WardCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads CycloneDX XML into the same ``CycloneDXDocument`` the JSON decoder produces.
///
/// The parser follows the element path and reads a field only where the schema puts it, so that the `name` of a
/// tool, of a supplier or of a pedigree ancestor is never taken for a component's name. Components under `tools`
/// or `pedigree` are skipped with everything inside them.
enum CycloneDXXMLParser {
    static let namespacePrefix = "http://cyclonedx.org/schema/bom/"

    static func parse(_ data: Data, file: String) throws -> (CycloneDXDocument, String) {
        let parser = XMLParser(data: data)
        let delegate = Delegate()
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        let parsed = parser.parse()
        if let failure = delegate.failure {
            throw WardError(.invalidInput, failure, location: "\(file) at line \(parser.lineNumber)")
        }
        guard parsed, let version = delegate.version, delegate.closedRoot else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "the document ends early"
            throw WardError(
                .invalidInput,
                delegate.version == nil && parsed
                    ? "this is not CycloneDX XML: the root element is not <bom> in the namespace \(namespacePrefix)1.x"
                    : "the XML is malformed or truncated: \(reason)",
                location: "\(file) at line \(parser.lineNumber), column \(parser.columnNumber)"
            )
        }
        return (delegate.document, version)
    }

    /// The elements the parser acts on; every other element is `other`, so that the path is a list of small values
    /// compared without building strings or arrays (reading a 2 MB bill visits some 100,000 elements).
    private enum Tag: UInt8 {
        case other
        case bom, metadata, timestamp, components, component
        case name, version, group, publisher, author, purl, cpe
        case supplier, manufacturer, authors
        case licenses, license, id, expression
        case hashes, hash, properties, property, externalReferences, reference, url
        case dependencies, dependency
        case vulnerabilities, vulnerability, recommendation, analysis, state, justification, detail, response
        case affects, target, ref

        init(_ name: String) {
            self = Tag.byName[name] ?? .other
        }

        private static let byName: [String: Tag] = [
            "bom": .bom, "metadata": .metadata, "timestamp": .timestamp, "components": .components,
            "component": .component, "name": .name, "version": .version, "group": .group, "publisher": .publisher,
            "author": .author, "purl": .purl, "cpe": .cpe, "supplier": .supplier, "manufacturer": .manufacturer,
            "authors": .authors, "licenses": .licenses, "license": .license, "id": .id, "expression": .expression,
            "hashes": .hashes, "hash": .hash, "properties": .properties, "property": .property,
            "externalReferences": .externalReferences, "reference": .reference, "url": .url,
            "dependencies": .dependencies, "dependency": .dependency, "vulnerabilities": .vulnerabilities,
            "vulnerability": .vulnerability, "recommendation": .recommendation, "analysis": .analysis,
            "state": .state, "justification": .justification, "detail": .detail, "response": .response,
            "affects": .affects, "target": .target, "ref": .ref,
        ]

        /// Elements whose text Ward keeps; text elsewhere (descriptions, license texts) is not collected.
        var holdsValue: Bool {
            switch self {
            case .timestamp, .name, .version, .group, .publisher, .author, .purl, .cpe, .id, .expression, .hash,
                .property, .url, .recommendation, .state, .justification, .detail, .response, .ref:
                true
            default: false
            }
        }
    }

    /// A component being read, and where in the element path it started.
    private struct Frame {
        enum Role {
            case subject
            case topLevel
            case nested
            /// A component under tools, pedigree or another place Ward does not read.
            case ignored
        }

        var depth: Int
        var role: Role
        var component = CycloneDXDocument.Component()
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var document = CycloneDXDocument()
        var version: String?
        var namespace: String?
        var closedRoot = false
        var failure: String?

        /// The open elements; elements of other namespaces are `other`, so they match nothing.
        private var path: [Tag] = []
        private var text = ""
        private var collecting = false
        private var frames: [Frame] = []
        private var pendingAttribute: String?
        private var vulnerability: CycloneDXDocument.Vulnerability?
        private var dependency: CycloneDXDocument.Dependency?

        private func fail(_ message: String, _ parser: XMLParser) {
            if failure == nil { failure = message }
            parser.abortParsing()
        }

        /// Whether the open elements are exactly `tags`.
        private func at(_ tags: Tag...) -> Bool {
            guard path.count == tags.count else { return false }
            for (index, tag) in tags.enumerated() where path[index] != tag {
                return false
            }
            return true
        }

        func parser(
            _ parser: XMLParser,
            didStartElement elementName: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            text = ""
            if path.isEmpty {
                guard elementName == "bom", let uri = namespaceURI, uri.hasPrefix(namespacePrefix) else {
                    fail(
                        "this is not CycloneDX XML: the root element is not <bom> in the namespace \(namespacePrefix)1.x",
                        parser
                    )
                    return
                }
                let declared = String(uri.dropFirst(namespacePrefix.count))
                guard CycloneDXReader.xmlVersions.contains(declared) else {
                    fail(
                        "CycloneDX XML version '\(declared)' is not supported; Ward reads "
                            + CycloneDXReader.xmlVersions.sorted().joined(separator: ", "),
                        parser
                    )
                    return
                }
                version = declared
                namespace = uri
                document.bomFormat = "CycloneDX"
                document.specVersion = declared
                document.serialNumber = attributes["serialNumber"]
                path.append(.bom)
                return
            }
            let tag = namespaceURI == namespace ? Tag(elementName) : .other
            switch tag {
            case .component: startComponent(attributes)
            case .hash: pendingAttribute = attributes["alg"]
            case .property: pendingAttribute = attributes["name"]
            case .vulnerability where at(.bom, .vulnerabilities):
                vulnerability = CycloneDXDocument.Vulnerability()
            case .dependency where at(.bom, .dependencies):
                dependency = CycloneDXDocument.Dependency(ref: attributes["ref"], dependsOn: [])
            case .dependency where at(.bom, .dependencies, .dependency):
                if let reference = attributes["ref"] { dependency?.dependsOn?.append(reference) }
            default: break
            }
            collecting = tag.holdsValue
            path.append(tag)
        }

        private func startComponent(_ attributes: [String: String]) {
            let role: Frame.Role
            if let top = frames.last, top.role == .ignored {
                role = .ignored
            } else if at(.bom, .components) {
                role = .topLevel
            } else if at(.bom, .metadata) {
                role = .subject
            } else if let top = frames.last, path.count == top.depth + 2, path.last == .components {
                role = .nested
            } else {
                role = .ignored
            }
            var frame = Frame(depth: path.count, role: role)
            frame.component.type = attributes["type"]
            frame.component.bomRef = attributes["bom-ref"]
            frames.append(frame)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if collecting { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if collecting { text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(
            _ parser: XMLParser,
            didEndElement elementName: String,
            namespaceURI: String?,
            qualifiedName: String?
        ) {
            guard !path.isEmpty else { return }
            let value = collecting ? Self.normalized(text) : ""
            text = ""
            collecting = false
            defer { path.removeLast() }
            if path.count == 1 {
                closedRoot = true
                return
            }
            if let top = frames.last, top.depth == path.count - 1, path.last == .component {
                endComponent()
                return
            }
            if let top = frames.last, top.role != .ignored {
                componentField(depth: path.count - 1 - top.depth, value)
            } else if path.count >= 3, path[1] == .vulnerabilities {
                vulnerabilityField(depth: path.count - 3, value)
            } else if at(.bom, .metadata, .timestamp) {
                if document.metadata == nil { document.metadata = CycloneDXDocument.Metadata() }
                document.metadata?.timestamp = value
            } else if at(.bom, .dependencies, .dependency), let dependency {
                append(dependency, to: &document.dependencies)
                self.dependency = nil
            }
        }

        /// Trims the value and folds line breaks with their indentation into one space, as JSON writers do with
        /// the same text: a license name wrapped over two lines in XML is one line in JSON.
        /// Works on UTF-8 bytes: asking each `Character` whether it is white space costs more than the XML parsing.
        private static func normalized(_ text: String) -> String {
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
            guard text.utf8.contains(where: isSpace) else { return text }
            var folded: [UInt8] = []
            folded.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                if isSpace(byte) {
                    pendingSpace = !folded.isEmpty
                } else {
                    if pendingSpace { folded.append(0x20) }
                    pendingSpace = false
                    folded.append(byte)
                }
            }
            return String(decoding: folded, as: UTF8.self)
        }

        private func endComponent() {
            let frame = frames.removeLast()
            switch frame.role {
            case .ignored: break
            case .subject:
                if document.metadata == nil { document.metadata = CycloneDXDocument.Metadata() }
                document.metadata?.component = frame.component
            case .topLevel:
                append(frame.component, to: &document.components)
            case .nested:
                append(frame.component, to: &frames[frames.count - 1].component.components)
            }
        }

        /// A field of the current component, `depth` elements below it.
        private func componentField(depth: Int, _ value: String) {
            let index = frames.count - 1
            let count = path.count
            switch depth {
            case 1:
                switch path[count - 1] {
                case .name: frames[index].component.name = value
                case .version: frames[index].component.version = value
                case .group: frames[index].component.group = value
                case .publisher: frames[index].component.publisher = value
                case .author: frames[index].component.author = value
                case .purl: frames[index].component.purl = value
                case .cpe: frames[index].component.cpe = value
                default: break
                }
            case 2:
                switch (path[count - 2], path[count - 1]) {
                case (.supplier, .name): frames[index].component.supplier = CycloneDXDocument.Named(name: value)
                case (.manufacturer, .name):
                    frames[index].component.manufacturer = CycloneDXDocument.Named(name: value)
                case (.licenses, .expression):
                    append(CycloneDXDocument.LicenseChoice(expression: value), to: &frames[index].component.licenses)
                case (.hashes, .hash):
                    append(.init(alg: pendingAttribute, content: value), to: &frames[index].component.hashes)
                case (.properties, .property):
                    append(.init(name: pendingAttribute, value: value), to: &frames[index].component.properties)
                default: break
                }
            case 3:
                switch (path[count - 3], path[count - 2], path[count - 1]) {
                case (.authors, .author, .name):
                    append(CycloneDXDocument.Named(name: value), to: &frames[index].component.authors)
                case (.licenses, .license, .id):
                    append(
                        CycloneDXDocument.LicenseChoice(license: .init(id: value)),
                        to: &frames[index].component.licenses
                    )
                case (.licenses, .license, .name):
                    append(
                        CycloneDXDocument.LicenseChoice(license: .init(name: value)),
                        to: &frames[index].component.licenses
                    )
                case (.externalReferences, .reference, .url):
                    append(.init(url: value), to: &frames[index].component.externalReferences)
                default: break
                }
            default: break
            }
        }

        /// Appends in place: the documents hold thousands of components, and rebuilding an array per element
        /// would make reading quadratic.
        private func append<Element>(_ element: Element, to array: inout [Element]?) {
            if array == nil {
                array = [element]
            } else {
                array!.append(element)
            }
        }

        /// A field of the current vulnerability, `depth` elements below it (0 closes the vulnerability).
        private func vulnerabilityField(depth: Int, _ value: String) {
            let count = path.count
            switch depth {
            case 0:
                if let vulnerability {
                    append(vulnerability, to: &document.vulnerabilities)
                }
                vulnerability = nil
            case 1:
                switch path[count - 1] {
                case .id: vulnerability?.id = value
                case .recommendation: vulnerability?.recommendation = value
                default: break
                }
            case 2:
                switch (path[count - 2], path[count - 1]) {
                case (.analysis, .state): analysis { $0.state = value }
                case (.analysis, .justification): analysis { $0.justification = value }
                case (.analysis, .detail): analysis { $0.detail = value }
                default: break
                }
            case 3:
                switch (path[count - 3], path[count - 2], path[count - 1]) {
                case (.analysis, .response, .response): analysis { $0.response = ($0.response ?? []) + [value] }
                case (.affects, .target, .ref):
                    if vulnerability != nil { append(.init(ref: value), to: &vulnerability!.affects) }
                default: break
                }
            default: break
            }
        }

        private func analysis(_ change: (inout CycloneDXDocument.Analysis) -> Void) {
            var analysis = vulnerability?.analysis ?? CycloneDXDocument.Analysis()
            change(&analysis)
            vulnerability?.analysis = analysis
        }

        func parser(
            _ parser: XMLParser,
            foundInternalEntityDeclarationWithName name: String,
            value: String?
        ) {
            fail("the XML declares the entity '\(name)'; Ward refuses entity declarations", parser)
        }

        func parser(
            _ parser: XMLParser,
            foundExternalEntityDeclarationWithName name: String,
            publicID: String?,
            systemID: String?
        ) {
            fail("the XML declares the external entity '\(name)'; Ward refuses entity declarations", parser)
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            fail("the XML refers to the external entity '\(name)'; Ward never resolves entities", parser)
            return nil
        }
    }
}
