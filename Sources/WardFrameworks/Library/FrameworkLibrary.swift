import Foundation

/// The frameworks and crosswalks Ward knows: the bundled catalogs plus those an organization imported.
///
/// A library is a value; ``adding(_:)`` returns a new library or throws without changing anything, which is what
/// makes imports all or nothing.
public struct FrameworkLibrary: Sendable {
    /// Frameworks by key, with their original text.
    public private(set) var frameworks: [FrameworkKey: Framework] = [:]
    /// Crosswalks by id.
    public private(set) var crosswalks: [String: Crosswalk] = [:]
    /// Original file text per framework key or crosswalk id, for export.
    public private(set) var texts: [String: String] = [:]
    /// Keys and ids that came with Ward; an import may not replace them.
    public private(set) var bundledNames: Set<String> = []

    public init() {}

    /// The catalogs compiled into Ward.
    public static let bundled: FrameworkLibrary = {
        var library = FrameworkLibrary()
        do {
            let documents = try BundledCatalogs.files.map { file throws(CatalogValidationError) in
                try CatalogReader.read(text: file.text, file: file.name)
            }
            library = try library.adding(documents)
        } catch {
            // The bundled files are checked by the test suite; reaching this is a build of Ward that must not ship.
            fatalError("a bundled catalog is invalid: \(error)")
        }
        library.bundledNames = Set(library.texts.keys)
        return library
    }()

    /// Every framework, sorted by id and edition.
    public var sortedFrameworks: [Framework] { frameworks.values.sorted { $0.key < $1.key } }

    /// Every crosswalk, sorted by id.
    public var sortedCrosswalks: [Crosswalk] { crosswalks.values.sorted { $0.id < $1.id } }

    /// The framework with this key; with an empty edition, the newest complete edition (or the newest at all).
    public func framework(_ key: FrameworkKey) -> Framework? {
        if !key.edition.isEmpty { return frameworks[key] }
        let editions = frameworks.values.filter { $0.key.id == key.id }.sorted { $0.key < $1.key }
        return editions.last(where: \.complete) ?? editions.last
    }

    /// The crosswalks that touch a framework, in either direction.
    public func crosswalks(touching key: FrameworkKey) -> [Crosswalk] {
        sortedCrosswalks.filter { $0.from == key || $0.to == key }
    }

    /// The name under which a document is kept (`framework:hicp@2018`, `crosswalk:hicp-2018--nist-csf-2.0`).
    public static func storageName(of document: CatalogDocument) -> String { name(of: document) }

    static func name(of document: CatalogDocument) -> String {
        switch document {
        case .framework(let framework, _): "framework:\(framework.key)"
        case .crosswalk(let crosswalk, _): "crosswalk:\(crosswalk.id)"
        }
    }

    /// The library without the documents of these names (`framework:hicp@2018`), so that files can be checked as if
    /// they were new: `ward frameworks validate` on an exported bundled file checks it, not its presence.
    public func without(_ names: Set<String>) -> FrameworkLibrary {
        var result = self
        for name in names {
            result.texts[name] = nil
            result.bundledNames.remove(name)
            if name.hasPrefix("framework:") {
                result.frameworks = result.frameworks.filter { "framework:\($0.key)" != name }
            } else if name.hasPrefix("crosswalk:") {
                result.crosswalks[String(name.dropFirst("crosswalk:".count))] = nil
            }
        }
        return result
    }

    /// Returns the library with these documents added, after checking that they fit: no name taken twice, and every
    /// crosswalk pointing at known frameworks and existing requirement ids.
    ///
    /// - Throws: ``CatalogValidationError`` with every problem found; the library is unchanged.
    public func adding(
        _ documents: [CatalogDocument],
        files: [String]? = nil
    ) throws(CatalogValidationError) -> FrameworkLibrary {
        var result = self
        var problems: [CatalogProblem] = []
        let fileNames = files ?? documents.map(\.summary)
        for (offset, document) in documents.enumerated() {
            let file = offset < fileNames.count ? fileNames[offset] : document.summary
            let name = Self.name(of: document)
            if bundledNames.contains(name) {
                problems.append(
                    CatalogProblem(
                        file: file,
                        position: nil,
                        field: "id",
                        message:
                            "\(document.summary) comes with Ward and cannot be replaced; give a new edition or a new id"
                    )
                )
                continue
            }
            if result.texts[name] != nil {
                problems.append(
                    CatalogProblem(
                        file: file,
                        position: nil,
                        field: "id",
                        message: "\(document.summary) is already in the library; give the new file a new edition or id"
                    )
                )
                continue
            }
            result.texts[name] = document.text
            if case .framework(let framework, _) = document { result.frameworks[framework.key] = framework }
        }
        for (offset, document) in documents.enumerated() {
            guard case .crosswalk(let crosswalk, _) = document else { continue }
            let file = offset < fileNames.count ? fileNames[offset] : document.summary
            problems += result.check(crosswalk, file: file)
            result.crosswalks[crosswalk.id] = crosswalk
        }
        guard problems.isEmpty else { throw CatalogValidationError(problems: problems) }
        return result
    }

    private func check(_ crosswalk: Crosswalk, file: String) -> [CatalogProblem] {
        var problems: [CatalogProblem] = []
        let source = frameworks[crosswalk.from]
        let target = frameworks[crosswalk.to]
        for (side, key, framework) in [("from", crosswalk.from, source), ("to", crosswalk.to, target)]
        where framework == nil {
            problems.append(
                CatalogProblem(
                    file: file,
                    position: nil,
                    field: side,
                    message: "no framework \(key) is known; import it first or in the same import"
                )
            )
        }
        guard let source, let target else { return problems }
        for (offset, mapping) in crosswalk.mappings.enumerated() {
            if source.requirement(mapping.from) == nil {
                problems.append(
                    CatalogProblem(
                        file: file,
                        position: mapping.position,
                        field: "mappings[\(offset)].from",
                        message: "'\(mapping.from)' is not a requirement of \(source.key)"
                    )
                )
            }
            if target.requirement(mapping.to) == nil {
                problems.append(
                    CatalogProblem(
                        file: file,
                        position: mapping.position,
                        field: "mappings[\(offset)].to",
                        message: "'\(mapping.to)' is not a requirement of \(target.key)"
                    )
                )
            }
        }
        return problems
    }
}
