import Foundation
import Hummingbird
import NIOFoundationCompat
import WardCore

extension Request {
    /// Decodes a JSON body, turning decoder failures into `invalid_input` errors that name the field.
    ///
    /// A body over the context's limit fails with 413 before any decoding.
    func decodeJSON<T: Decodable>(_ type: T.Type, context: WardRequestContext) async throws -> T {
        try Self.decodeJSONBuffer(type, try await body.collect(upTo: context.maxUploadSize))
    }

    /// Decodes a body already read, with the same error messages as ``decodeJSON(_:context:)``.
    static func decodeJSONBuffer<T: Decodable>(_ type: T.Type, _ buffer: ByteBuffer) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw WardError(.invalidInput, Self.describe(error).message, location: Self.describe(error).field)
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String? {
        guard !codingPath.isEmpty else { return nil }
        return codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ error: DecodingError) -> (message: String, field: String?) {
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return ("the field '\(field ?? key.stringValue)' is required", field)
        case .typeMismatch(let type, let context):
            return ("the field has the wrong type; expected \(describe(type))", path(context.codingPath))
        case .valueNotFound(let type, let context):
            return ("the field must not be null; expected \(describe(type))", path(context.codingPath))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return ("the request body is not valid JSON", nil)
            }
            return ("the value is not valid: \(context.debugDescription)", path(context.codingPath))
        @unknown default:
            return ("the request body could not be read", nil)
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is Date.Type: "an ISO 8601 date-time"
        case is UUID.Type: "a UUID"
        default: "\(type)"
        }
    }
}

extension Parameters {
    /// A path parameter that must be a UUID; anything else is a 404 (no such object).
    func uuid(_ name: String) throws -> UUID {
        guard let text = self.get(name), let id = UUID(uuidString: text) else {
            throw WardError(.notFound, "no object with that identifier")
        }
        return id
    }
}
