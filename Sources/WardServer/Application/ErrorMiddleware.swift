import Foundation
import HTTPTypes
import Hummingbird
import Logging
import WardCore

/// Turns every error into a response: JSON under `/api/`, an HTML page elsewhere. Never a stack trace.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WardRequestContext
    let pages: Pages

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problem(error)
            if problem.status.code >= 500 {
                context.logger.error(
                    "request failed",
                    metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"]
                )
            }
            if request.uri.path.hasPrefix("/api/") || request.headers[.accept]?.contains("application/json") == true {
                return problem.jsonResponse()
            }
            return pages.errorPage(problem, context: context)
        }
    }
}

/// An error as the client sees it: status, stable code, message and the field at fault.
struct Problem: Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var field: String?
    var headers: HTTPFields = [:]

    init(status: HTTPResponse.Status, code: String, message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    init(_ error: any Error) {
        switch error {
        case let error as WardError:
            self.init(
                status: Self.status(for: error.code),
                code: error.code.description,
                message: error.message,
                field: error.location
            )
            if error.code == .internal || error.code == .storage {
                message = "something went wrong inside Ward; the server log has the details"
            }
        case let error as HTTPError:
            let code: String
            let message: String
            switch error.status {
            case .notFound: (code, message) = ("not_found", "no such page or object")
            case .contentTooLarge: (code, message) = ("too_large", "the request body is larger than the server accepts")
            case .methodNotAllowed: (code, message) = ("method_not_allowed", "this method is not allowed here")
            default: (code, message) = ("http_\(error.status.code)", error.body ?? error.status.reasonPhrase)
            }
            self.init(status: error.status, code: code, message: message)
            headers = error.headers
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            self.init(
                status: .contentTooLarge,
                code: "too_large",
                message: "the request body is larger than the server accepts"
            )
        default:
            self.init(
                status: .internalServerError,
                code: "internal",
                message: "something went wrong inside Ward; the server log has the details"
            )
        }
    }

    static func status(for code: WardError.Code) -> HTTPResponse.Status {
        switch code {
        case .invalidInput, .outOfScope: .badRequest
        case .unprocessable: .unprocessableContent
        case .tooLarge: .contentTooLarge
        case .notFound: .notFound
        case .conflict: .conflict
        case .forbidden: .forbidden
        case .unauthenticated: .unauthorized
        case .tooManyRequests: .tooManyRequests
        case .unavailable: .serviceUnavailable
        default: .internalServerError
        }
    }

    func jsonResponse() -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                var code: String
                var message: String
                var field: String?
            }
            var error: Detail
        }
        let data =
            (try? JSONEncoder().encode(Body(error: .init(code: code, message: message, field: field))))
            ?? Data("{}".utf8)
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
