import Foundation
import WardCore
import WardFrameworks

/// The directory of free public services, training and reporting portals a healthcare organization can use, as
/// dated, sourced data; each entry says which HICP practices, HPH CPG goals and organization sizes it helps.
public struct DirectoryEntry: Sendable, Codable, Identifiable, Hashable {
    public var id: String
    public var title: String
    public var provider: String
    /// service, training, reporting-portal, guidance, community, tool.
    public var kind: String
    public var url: String
    public var summary: String
    public var cost: String
    /// HICP practice numbers ("7").
    public var hicp: [String]
    /// HPH CPG goal labels ("E1", "X4").
    public var cpg: [String]
    public var sizes: [SizeTier]
    /// When the entry was last checked.
    public var date: String
    /// Where its facts come from.
    public var source: String
}

public enum Directory {
    public static let entries: [DirectoryEntry] = {
        do {
            return try read(Array(BundledResponseData.directory.utf8), file: "directory.json")
        } catch {
            fatalError("the bundled directory is invalid: \(error)")
        }
    }()

    /// Entries that help with a HICP practice, or with any of these HPH CPG goals, for an organization of this size.
    public static func entries(hicpPractice: String?, goals: Set<String>, size: SizeTier? = nil) -> [DirectoryEntry] {
        entries.filter { entry in
            (size.map { entry.sizes.contains($0) } ?? true)
                && ((hicpPractice.map { entry.hicp.contains($0) } ?? false) || !goals.isDisjoint(with: entry.cpg))
        }
    }

    static let kinds: Set<String> = ["service", "training", "reporting-portal", "guidance", "community", "tool"]

    static func read(_ bytes: [UInt8], file: String) throws(CatalogValidationError) -> [DirectoryEntry] {
        let log = ProblemLog(file: file)
        guard var fields = FieldReader.document(bytes, log: log) else {
            throw CatalogValidationError(problems: log.problems)
        }
        _ = fields.string("format")
        _ = fields.string("version")
        var result: [DirectoryEntry] = []
        var ids: Set<String> = []
        for (node, path) in fields.objects("entries", required: true) ?? [] {
            guard var entry = FieldReader(node, path: path, problems: log) else { continue }
            let id = entry.string("id")
            let title = entry.string("title")
            let provider = entry.string("provider")
            let kind = entry.string("kind")
            let url = entry.string("url")
            let summary = entry.string("summary")
            let cost = entry.string("cost")
            let hicp = (entry.strings("hicp") ?? []).map(\.0)
            let cpg = (entry.strings("cpg") ?? []).map(\.0)
            let sizes = (entry.strings("sizes") ?? []).compactMap { SizeTier(rawValue: $0.0) }
            let date = entry.string("date")
            let source = entry.string("source")
            entry.rejectUnknownFields()
            if let kind, !kinds.contains(kind) {
                log.add(node.position, entry.fieldPath("kind"), "unknown kind '\(kind)'")
            }
            for (key, value) in [("url", url), ("source", source)]
            where value.map({ !$0.hasPrefix("https://") }) == true {
                log.add(node.position, entry.fieldPath(key), "'\(value ?? "")' is not an https:// address")
            }
            if let id, !ids.insert(id).inserted {
                log.add(node.position, entry.fieldPath("id"), "the id '\(id)' is used twice")
            }
            if let id, let title, let provider, let kind, let url, let summary, let cost, let date, let source {
                result.append(
                    DirectoryEntry(
                        id: id,
                        title: title,
                        provider: provider,
                        kind: kind,
                        url: url,
                        summary: summary,
                        cost: cost,
                        hicp: hicp,
                        cpg: cpg,
                        sizes: sizes.isEmpty ? SizeTier.allCases : sizes,
                        date: date,
                        source: source
                    )
                )
            }
        }
        fields.rejectUnknownFields()
        guard log.problems.isEmpty else { throw CatalogValidationError(problems: log.problems) }
        return result
    }
}
