import Foundation
import WardCore

/// A framework or crosswalk read from a file, with its original text (kept so that export gives back what was
/// imported, byte for byte).
public enum CatalogDocument: Sendable {
    case framework(Framework, text: String)
    case crosswalk(Crosswalk, text: String)

    /// `framework hicp@2018` or `crosswalk hicp-2018--nist-csf-2.0`.
    public var summary: String {
        switch self {
        case .framework(let framework, _): "framework \(framework.key)"
        case .crosswalk(let crosswalk, _): "crosswalk \(crosswalk.id)"
        }
    }

    /// The file's text as read.
    public var text: String {
        switch self {
        case .framework(_, let text), .crosswalk(_, let text): text
        }
    }
}

/// Reads `ward-framework/1` and `ward-crosswalk/1` files (see `docs/frameworks.md`), checking everything that can be
/// checked inside one file. References from a crosswalk to the frameworks it joins are checked by
/// ``FrameworkLibrary/adding(_:)``, which knows the other catalogs.
public enum CatalogReader {
    /// The format names this reader understands.
    public static let frameworkFormat = "ward-framework/1"
    public static let crosswalkFormat = "ward-crosswalk/1"
    /// The largest catalog file accepted, in bytes.
    public static let maximumFileSize = 16 * 1024 * 1024

    /// Reads one document.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the name used in problem reports.
    /// - Throws: ``CatalogValidationError`` listing every problem found, each with line, column and field.
    public static func read(_ bytes: [UInt8], file: String) throws(CatalogValidationError) -> CatalogDocument {
        let log = ProblemLog(file: file)
        guard bytes.count <= maximumFileSize else {
            log.add(nil, "", "the file has \(bytes.count) bytes; the limit is \(maximumFileSize)")
            throw CatalogValidationError(problems: log.problems)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            log.add(nil, "", "the file is not UTF-8 text")
            throw CatalogValidationError(problems: log.problems)
        }
        let root: JSONNode
        do {
            root = try JSONNodeParser.parse(bytes)
        } catch {
            log.add(error.position, "", "not valid JSON: \(error.message)")
            throw CatalogValidationError(problems: log.problems)
        }
        guard var fields = FieldReader(root, path: "", problems: log) else {
            throw CatalogValidationError(problems: log.problems)
        }
        let format = fields.string("format")
        let document: CatalogDocument?
        switch format {
        case frameworkFormat:
            document = readFramework(&fields, log: log).map { .framework($0, text: text) }
        case crosswalkFormat:
            document = readCrosswalk(&fields, log: log).map { .crosswalk($0, text: text) }
        case .some(let other):
            log.add(
                fields.member("format", required: false)?.position,
                "format",
                "unknown format '\(other)'; use \(frameworkFormat) or \(crosswalkFormat)"
            )
            document = nil
        case .none:
            document = nil
        }
        if format == frameworkFormat || format == crosswalkFormat { fields.rejectUnknownFields() }
        guard log.problems.isEmpty, let document else {
            throw CatalogValidationError(problems: log.problems)
        }
        return document
    }

    /// Reads one document from text (used for the bundled catalogs).
    public static func read(text: String, file: String) throws(CatalogValidationError) -> CatalogDocument {
        try read(Array(text.utf8), file: file)
    }

    // MARK: - Frameworks

    private static func readFramework(_ fields: inout FieldReader, log: ProblemLog) -> Framework? {
        let id = identifier(&fields, "id", log: log)
        let edition = editionField(&fields, "edition", log: log)
        let title = fields.string("title")
        let publisher = fields.string("publisher")
        let source = address(&fields, "source", required: true, log: log)
        let date = date(&fields, "date", log: log)
        let description = fields.string("description")
        let confidence = fields.choice("confidence", Confidence.self)
        let levels = fields.strings("levels", required: true)
        if let levels, levels.isEmpty, let position = fields.member("levels", required: false)?.position {
            log.add(position, "levels", "name at least one level")
        }
        let tiered = fields.bool("tiered") ?? false
        let complete = fields.bool("complete") ?? true

        var threats: [Threat] = []
        var threatIDs: Set<String> = []
        for (node, path) in fields.objects("threats") ?? [] {
            guard var threat = FieldReader(node, path: path, problems: log) else { continue }
            let threatID = threat.string("id")
            let threatTitle = threat.string("title")
            let threatDescription = threat.string("description")
            threat.rejectUnknownFields()
            if let threatID, !threatIDs.insert(threatID).inserted {
                log.add(node.position, threat.fieldPath("id"), "the threat id '\(threatID)' is used twice")
            }
            if let threatID, let threatTitle, let threatDescription {
                threats.append(Threat(id: threatID, title: threatTitle, description: threatDescription))
            }
        }

        var context = RequirementContext(
            edition: edition ?? "",
            confidence: confidence ?? .unverified,
            threatIDs: Set(threats.map(\.id)),
            levelCount: levels?.count ?? 0,
            log: log
        )
        let requirementNodes = fields.objects("requirements", required: true) ?? []
        if requirementNodes.isEmpty, let position = fields.member("requirements", required: false)?.position {
            log.add(position, "requirements", "a framework needs at least one requirement")
        }
        let requirements = requirementNodes.compactMap { node, path in
            readRequirement(node, path: path, depth: 0, parent: nil, context: &context)
        }

        guard let id, let edition, let title, let publisher, let source, let date, let description, let confidence,
            let levels
        else { return nil }
        return Framework(
            key: FrameworkKey(id: id, edition: edition),
            title: title,
            publisher: publisher,
            source: source,
            date: date,
            description: description,
            confidence: confidence,
            levels: levels.map(\.0),
            tiered: tiered,
            complete: complete,
            threats: threats,
            requirements: requirements
        )
    }

    private struct RequirementContext {
        var edition: String
        var confidence: Confidence
        var threatIDs: Set<String>
        var levelCount: Int
        var log: ProblemLog
        var seenIDs: [String: SourcePosition] = [:]
    }

    private struct Inherited {
        var tiers: Set<SizeTier>
        var threats: [String]
        var confidence: Confidence
    }

    private static func readRequirement(
        _ node: JSONNode,
        path: String,
        depth: Int,
        parent: (id: String, inherited: Inherited)?,
        context: inout RequirementContext
    ) -> Requirement? {
        let log = context.log
        guard var fields = FieldReader(node, path: path, problems: log) else { return nil }
        let id = fields.string("id")
        let title = fields.string("title")
        let guidance = fields.string("guidance", required: false)

        var tiers = parent?.inherited.tiers ?? Set(SizeTier.allCases)
        if let listed = fields.strings("tiers") {
            var parsed: Set<SizeTier> = []
            for (offset, (text, position)) in listed.enumerated() {
                if let tier = SizeTier(rawValue: text) {
                    parsed.insert(tier)
                } else {
                    log.add(
                        position,
                        fields.fieldPath("tiers") + "[\(offset)]",
                        "unknown size tier '\(text)'; use small, medium or large"
                    )
                }
            }
            if listed.isEmpty, let position = fields.member("tiers", required: false)?.position {
                log.add(
                    position,
                    fields.fieldPath("tiers"),
                    "an empty list would apply to no organization; leave the field out to apply to all"
                )
            }
            tiers = parsed
        }

        var threats = parent?.inherited.threats ?? []
        if let listed = fields.strings("threats") {
            threats = []
            for (offset, (text, position)) in listed.enumerated() {
                if context.threatIDs.contains(text) {
                    threats.append(text)
                } else {
                    log.add(
                        position,
                        fields.fieldPath("threats") + "[\(offset)]",
                        "unknown threat '\(text)'; declare it in the file's 'threats' list"
                    )
                }
            }
        }

        let metrics = (fields.strings("metrics") ?? []).map(\.0)
        var references: [Reference] = []
        for (referenceNode, referencePath) in fields.objects("references") ?? [] {
            guard var reference = FieldReader(referenceNode, path: referencePath, problems: log) else { continue }
            let value = Reference(
                framework: reference.string("framework", required: false),
                id: reference.string("id", required: false),
                title: reference.string("title", required: false),
                url: address(&reference, "url", required: false, log: log)
            )
            reference.rejectUnknownFields()
            if value.id == nil && value.title == nil && value.url == nil {
                log.add(referenceNode.position, referencePath, "a reference needs an id, a title or a url")
            } else {
                references.append(value)
            }
        }

        var tags: Set<String> = []
        for (offset, (text, position)) in (fields.strings("tags") ?? []).enumerated() {
            if Requirement.Tag.all.contains(text) {
                tags.insert(text)
            } else {
                let known = Requirement.Tag.all.sorted().joined(separator: ", ")
                log.add(
                    position,
                    fields.fieldPath("tags") + "[\(offset)]",
                    "unknown tag '\(text)'; use one of: \(known)"
                )
            }
        }
        let effort = fields.choice("effort", Effort.self, required: false)
        let confidence =
            fields.choice("confidence", Confidence.self, required: false) ?? parent?.inherited.confidence
            ?? context.confidence
        if let edition = fields.string("edition", required: false), edition != context.edition {
            log.add(
                fields.member("edition", required: false)?.position,
                fields.fieldPath("edition"),
                "this row says edition '\(edition)' but the file is edition '\(context.edition)'; one file holds one edition"
            )
        }

        if let id {
            if !isWellFormedRequirementID(id) {
                log.add(
                    fields.member("id", required: false)?.position,
                    fields.fieldPath("id"),
                    "'\(id)' is not a usable id: use letters, digits and . - ( ) _ without spaces"
                )
            } else if let first = context.seenIDs[id] {
                log.add(
                    fields.member("id", required: false)?.position,
                    fields.fieldPath("id"),
                    "the id '\(id)' is already used at line \(first.line)"
                )
            } else {
                context.seenIDs[id] = node.position
            }
        }
        if context.levelCount > 0, depth >= context.levelCount {
            log.add(
                node.position,
                path,
                "this row is at level \(depth + 1) but the file names only \(context.levelCount) levels in 'levels'"
            )
        }

        let inherited = Inherited(tiers: tiers, threats: threats, confidence: confidence)
        var children: [Requirement] = []
        for (childNode, childPath) in fields.objects("children") ?? [] {
            if let child = readRequirement(
                childNode,
                path: childPath,
                depth: depth + 1,
                parent: (id ?? "", inherited),
                context: &context
            ) {
                children.append(child)
            }
        }
        if children.isEmpty, guidance == nil, fields.member("guidance", required: false) == nil {
            log.add(
                node.position,
                fields.fieldPath("guidance"),
                "a requirement without children is answered in assessments and needs guidance"
            )
        }
        fields.rejectUnknownFields()
        guard let id, let title else { return nil }
        return Requirement(
            id: id,
            title: title,
            guidance: guidance ?? "",
            tiers: tiers,
            threats: threats,
            metrics: metrics,
            references: references,
            tags: tags,
            effort: effort,
            confidence: confidence,
            edition: context.edition,
            depth: depth,
            parentID: parent?.id,
            children: children
        )
    }

    static func isWellFormedRequirementID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.unicodeScalars.allSatisfy { scalar in
                (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                    || ".-()_".unicodeScalars.contains(scalar)
            }
    }

    // MARK: - Crosswalks

    private static func readCrosswalk(_ fields: inout FieldReader, log: ProblemLog) -> Crosswalk? {
        let id = identifier(&fields, "id", log: log)
        let title = fields.string("title")
        let description = fields.string("description")
        let from = frameworkKey(&fields, "from", log: log)
        let to = frameworkKey(&fields, "to", log: log)
        let publisher = fields.string("publisher")
        let date = date(&fields, "date", log: log)
        let source = address(&fields, "source", required: false, log: log)
        var mappings: [Crosswalk.Mapping] = []
        var seen: [String: SourcePosition] = [:]
        let mappingNodes = fields.objects("mappings", required: true) ?? []
        for (node, path) in mappingNodes {
            guard var mapping = FieldReader(node, path: path, problems: log) else { continue }
            let source = mapping.string("from")
            let target = mapping.string("to")
            let relation = mapping.choice("relation", Relation.self)
            let provenance = mapping.choice("provenance", Provenance.self)
            let note = mapping.string("note", required: false)
            mapping.rejectUnknownFields()
            guard let source, let target, let relation, let provenance else { continue }
            let pair = "\(source)\u{0}\(target)"
            if let first = seen[pair] {
                log.add(
                    node.position,
                    path,
                    "'\(source)' → '\(target)' is already mapped at line \(first.line); one relation per pair"
                )
                continue
            }
            seen[pair] = node.position
            mappings.append(
                Crosswalk.Mapping(
                    from: source,
                    to: target,
                    relation: relation,
                    provenance: provenance,
                    note: note,
                    position: node.position
                )
            )
        }
        guard let id, let title, let description, let from, let to, let publisher, let date else { return nil }
        return Crosswalk(
            id: id,
            title: title,
            description: description,
            from: from,
            to: to,
            publisher: publisher,
            date: date,
            source: source,
            mappings: mappings
        )
    }

    // MARK: - Field helpers

    private static func identifier(_ fields: inout FieldReader, _ key: String, log: ProblemLog) -> String? {
        guard let text = fields.string(key) else { return nil }
        let valid =
            text.count <= 64 && text.first.map { $0.isASCII && ($0.isLowercase || $0.isNumber) } == true
            && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }
        guard valid else {
            log.add(
                fields.member(key, required: false)?.position,
                fields.fieldPath(key),
                "'\(text)' is not a usable id: use lowercase letters, digits, '.' and '-', starting with a letter or digit"
            )
            return nil
        }
        return text
    }

    /// An edition names files on export, so it is kept to letters, digits, '.', '-' and '_'.
    private static func editionField(_ fields: inout FieldReader, _ key: String, log: ProblemLog) -> String? {
        guard let text = fields.string(key) else { return nil }
        let valid =
            text.count <= 32 && text.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
        guard valid else {
            log.add(
                fields.member(key, required: false)?.position,
                fields.fieldPath(key),
                "'\(text)' is not a usable edition: use letters, digits, '.', '-' and '_' (at most 32)"
            )
            return nil
        }
        return text
    }

    private static func address(_ fields: inout FieldReader, _ key: String, required: Bool, log: ProblemLog) -> String?
    {
        guard let text = fields.string(key, required: required) else { return nil }
        guard text.hasPrefix("https://"), text.count > 8, !text.contains(where: \.isWhitespace) else {
            log.add(
                fields.member(key, required: false)?.position,
                fields.fieldPath(key),
                "'\(text)' is not an https:// address"
            )
            return nil
        }
        return text
    }

    private static func date(_ fields: inout FieldReader, _ key: String, log: ProblemLog) -> String? {
        guard let text = fields.string(key) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let shapeOK =
            (parts.count == 2 || parts.count == 3) && parts[0].count == 4
            && parts.dropFirst().allSatisfy { $0.count == 2 }
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        let month = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : 1
        guard shapeOK, (1...12).contains(month), (1...31).contains(day) else {
            log.add(
                fields.member(key, required: false)?.position,
                fields.fieldPath(key),
                "'\(text)' is not a date; write YYYY-MM-DD or YYYY-MM"
            )
            return nil
        }
        return text
    }

    private static func frameworkKey(_ fields: inout FieldReader, _ key: String, log: ProblemLog) -> FrameworkKey? {
        guard let node = fields.member(key, required: true) else { return nil }
        guard var reader = FieldReader(node, path: fields.fieldPath(key), problems: log) else { return nil }
        let framework = identifier(&reader, "framework", log: log)
        let edition = editionField(&reader, "edition", log: log)
        reader.rejectUnknownFields()
        guard let framework, let edition else { return nil }
        return FrameworkKey(id: framework, edition: edition)
    }
}
