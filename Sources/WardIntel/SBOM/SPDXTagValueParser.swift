import Foundation
import WardCore

/// Builds an ``SPDXDocument`` from SPDX tag-value lines, one line at a time.
///
/// Tag-value is a sequence of `Tag: value` lines in which a `PackageName` opens a package and the tags after it
/// describe that package until the next `PackageName`, `FileName` or `SnippetSPDXID`. A value may span lines between
/// `<text>` and `</text>`. Every error names the line, because a person fixes tag-value files in an editor.
struct SPDXTagValueParser {
    private enum Section {
        case document
        case package
        /// A file, a snippet or an extracted license: read past, since Ward matches packages.
        case other
    }

    let file: String
    private var document = SPDXDocument()
    private var packages: [SPDXDocument.Package] = []
    private var relationships: [SPDXDocument.Relationship] = []
    private var described: [String] = []
    private var section = Section.document
    private var package: SPDXDocument.Package?
    private var packageLine = 0
    private var pendingText: (tag: String, value: String, line: Int)?

    init(file: String) {
        self.file = file
    }

    mutating func consume(_ line: Substring, number: Int) throws {
        if var pending = pendingText {
            if let end = line.range(of: "</text>") {
                pending.value += "\n" + line[..<end.lowerBound]
                pendingText = nil
                try apply(pending.tag, pending.value, line: pending.line)
            } else {
                pending.value += "\n" + line
                pendingText = pending
            }
            return
        }
        let trimmed = Self.trimmed(line)
        if trimmed.isEmpty || trimmed.utf8.first == UInt8(ascii: "#") { return }
        guard let colon = trimmed.utf8.firstIndex(of: UInt8(ascii: ":")) else {
            throw error("expected 'Tag: value', found no colon", line: number)
        }
        let tag = trimmed[..<colon]
        guard !tag.isEmpty, tag.utf8.allSatisfy(Self.isTagByte) else {
            throw error("expected 'Tag: value', and '\(tag)' is not a tag name", line: number)
        }
        var value = String(Self.trimmed(trimmed[trimmed.index(after: colon)...]))
        if value.hasPrefix("<text>") {
            value.removeFirst("<text>".count)
            if let end = value.range(of: "</text>") {
                value = String(value[..<end.lowerBound])
            } else {
                pendingText = (String(tag), value, number)
                return
            }
        }
        try apply(String(tag), value, line: number)
    }

    mutating func finish() throws -> SPDXDocument {
        if let pending = pendingText {
            throw error("the <text> value of \(pending.tag) is never closed with </text>", line: pending.line)
        }
        try closePackage()
        var result = document
        result.packages = packages
        result.relationships = relationships
        result.documentDescribes = described
        return result
    }

    /// Tag-value files are ASCII where it matters, so white space and tag names are judged on bytes, which is
    /// many times faster than asking each `Character` for its Unicode properties.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    private static func isTagByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    /// `text` without leading and trailing spaces and tabs; the cut falls next to ASCII bytes, so on characters.
    private static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.utf8.firstIndex(where: { !isSpace($0) }),
            let last = text.utf8.lastIndex(where: { !isSpace($0) })
        else { return text[text.endIndex...] }
        return text[first..<text.utf8.index(after: last)]
    }

    /// The fields of a value separated by spaces or tabs.
    private static func fields(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            if isSpace(text.utf8[index]) {
                if let fieldStart = start { result.append(text[fieldStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = text.utf8.index(after: index)
        }
        if let fieldStart = start { result.append(text[fieldStart...]) }
        return result
    }

    private mutating func apply(_ tag: String, _ value: String, line: Int) throws {
        switch tag {
        case "SPDXVersion": document.spdxVersion = value
        case "DocumentName": document.name = value
        case "DocumentNamespace": document.documentNamespace = value
        case "Created": document.creationInfo = SPDXDocument.CreationInfo(created: value)
        case "SPDXID":
            switch section {
            case .document: document.spdxIdentifier = value
            case .package: package?.spdxIdentifier = value
            case .other: break
            }
        case "PackageName":
            try closePackage()
            section = .package
            package = SPDXDocument.Package(spdxIdentifier: "", name: value)
            packageLine = line
        case "FileName", "SnippetSPDXID", "LicenseID":
            try closePackage()
            section = .other
        case "Relationship":
            let parts = Self.fields(value)
            guard parts.count == 3 else {
                throw error("a Relationship is 'element TYPE related-element', found '\(value)'", line: line)
            }
            relationships.append(
                SPDXDocument.Relationship(
                    spdxElementId: String(parts[0]),
                    relatedSpdxElement: String(parts[2]),
                    relationshipType: String(parts[1])
                )
            )
        default:
            if section == .package { try applyToPackage(tag, value, line: line) }
        }
    }

    private mutating func applyToPackage(_ tag: String, _ value: String, line: Int) throws {
        switch tag {
        case "PackageVersion": package?.versionInfo = value
        case "PackageSupplier": package?.supplier = value
        case "PackageOriginator": package?.originator = value
        case "PackageLicenseDeclared": package?.licenseDeclared = value
        case "PackageLicenseConcluded": package?.licenseConcluded = value
        case "PrimaryPackagePurpose": package?.primaryPackagePurpose = value
        case "PackageChecksum":
            guard let colon = value.firstIndex(of: ":") else {
                throw error("a PackageChecksum is 'ALGORITHM: value', found '\(value)'", line: line)
            }
            let checksum = SPDXDocument.Checksum(
                algorithm: String(value[..<colon]),
                checksumValue: String(Self.trimmed(value[value.index(after: colon)...]))
            )
            let checksums = package?.checksums ?? []
            package?.checksums = checksums + [checksum]
        case "ExternalRef":
            let parts = Self.fields(value)
            guard parts.count == 3 else {
                throw error("an ExternalRef is 'CATEGORY type locator', found '\(value)'", line: line)
            }
            let reference = SPDXDocument.ExternalReference(
                referenceCategory: String(parts[0]),
                referenceType: String(parts[1]),
                referenceLocator: String(parts[2])
            )
            let references = package?.externalRefs ?? []
            package?.externalRefs = references + [reference]
        default: break
        }
    }

    private mutating func closePackage() throws {
        guard let finished = package else { return }
        package = nil
        guard !finished.spdxIdentifier.isEmpty else {
            throw error("the package '\(finished.name)' has no SPDXID", line: packageLine)
        }
        packages.append(finished)
    }

    private func error(_ message: String, line: Int) -> WardError {
        WardError(.invalidInput, message, location: "\(file) at line \(line)")
    }
}
