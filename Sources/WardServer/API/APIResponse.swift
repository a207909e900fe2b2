import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardFrameworks

/// JSON answers shared by the API's route groups.
enum APIResponse {
    /// A list under `items`, as every list endpoint answers.
    struct Items<T: Encodable>: Encodable { var items: [T] }

    /// A value as JSON with sorted keys and ISO 8601 dates.
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value)))
        )
    }

    /// Every problem of a data file (catalog, crosswalk, rule set) with file, line, column and field; nothing was
    /// stored.
    static func problems(
        _ error: CatalogValidationError,
        code: String,
        status: HTTPResponse.Status = .unprocessableContent
    ) throws -> Response {
        struct Problem: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var field: String
            var message: String
        }
        struct Body: Encodable {
            struct Detail: Encodable {
                var code: String
                var message: String
                var problems: [Problem]
            }
            var error: Detail
        }
        return try json(
            Body(
                error: .init(
                    code: code,
                    message: "\(error.problems.count) problem(s) found; nothing was imported",
                    problems: error.problems.map {
                        Problem(
                            file: $0.file,
                            line: $0.position?.line,
                            column: $0.position?.column,
                            field: $0.field,
                            message: $0.message
                        )
                    }
                )
            ),
            status: status
        )
    }
}
