import Foundation
import WardCore

/// Reads OpenVEX documents into ``VEXStatement`` values.
///
/// Each statement keeps every identifier the document gives for a product (its `@id` and the purl and CPE names
/// under `identifiers`), because matching looks products up by purl or CPE and the `@id` may be either or neither.
/// The vulnerability is named by its `name`, or its `@id` when it has no name, or its first alias.
public enum OpenVEXReader {
    /// The prefix every OpenVEX `@context` starts with.
    public static let contextPrefix = "https://openvex.dev/ns"

    /// Reads an OpenVEX file.
    public static func read(contentsOf url: URL) throws -> [VEXStatement] {
        try read(IntelDocument.read(contentsOf: url), file: url.lastPathComponent)
    }

    /// Reads an OpenVEX document in memory; `file` names it in errors and is the statements' source when the
    /// document has no `@id`.
    ///
    /// - Throws: ``WardError`` `invalidInput` naming the path in the document when the JSON is malformed, the
    ///   `@context` is not OpenVEX's, or a statement lacks a vulnerability or has an unknown status.
    public static func read(_ data: Data, file: String) throws -> [VEXStatement] {
        let document = try IntelDocument.decode(OpenVEXDocument.self, from: data, file: file)
        guard let context = document.context, context.hasPrefix(contextPrefix) else {
            throw WardError(
                .invalidInput,
                "@context is \(document.context.map { "'\($0)'" } ?? "missing"), so this is not an OpenVEX "
                    + "document; OpenVEX's starts with \(contextPrefix)",
                location: "\(file) at $.@context"
            )
        }
        let source = document.identifier ?? file
        var statements: [VEXStatement] = []
        for (index, statement) in (document.statements ?? []).enumerated() {
            let path = "\(file) at $.statements[\(index)]"
            let vulnerability = statement.vulnerability
            guard
                let name = [vulnerability?.name, vulnerability?.identifier, vulnerability?.aliases?.first]
                    .lazy.compactMap({ $0 }).first(where: { !$0.isEmpty })
            else {
                throw WardError(
                    .invalidInput,
                    "the statement names no vulnerability",
                    location: "\(path).vulnerability"
                )
            }
            guard let rawStatus = statement.status, let status = VEXStatement.Status(rawValue: rawStatus) else {
                throw WardError(
                    .invalidInput,
                    "status \(statement.status.map { "'\($0)'" } ?? "is missing"); OpenVEX's are "
                        + VEXStatement.Status.allCases.map(\.rawValue).joined(separator: ", "),
                    location: "\(path).status"
                )
            }
            var products: [String] = []
            var seen: Set<String> = []
            for product in statement.products ?? [] {
                for identifier in [
                    product.identifier, product.identifiers?.purl, product.identifiers?.cpe23,
                    product.identifiers?.cpe22,
                ] {
                    if let identifier, !identifier.isEmpty, seen.insert(identifier).inserted {
                        products.append(identifier)
                    }
                }
            }
            statements.append(
                VEXStatement(
                    vulnerability: name,
                    products: products,
                    status: status,
                    justification: statement.justification,
                    // The common statement has one free text about the product; the notes stand in for it.
                    impactStatement: statement.impactStatement ?? statement.statusNotes,
                    actionStatement: statement.actionStatement,
                    source: source
                )
            )
        }
        return statements
    }
}
