import Foundation
import Hummingbird
import WardCore

/// The fields of an `application/x-www-form-urlencoded` body.
struct FormData: Sendable {
    private(set) var fields: [String: String] = [:]

    init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if fields[name] == nil { fields[name] = value }
        }
    }

    private static func decode(_ part: Substring) -> String {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// A field that must be present and not blank.
    func required(_ name: String, label: String) throws -> String {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            throw WardError(.invalidInput, "\(label) is required", location: name)
        }
        return value
    }
}

extension Request {
    /// Reads a form body (up to the context's limit).
    func form(context: WardRequestContext) async throws -> FormData {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        return FormData(String(buffer: buffer))
    }
}
