import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import WardCore

/// Renders the web UI's templates into responses.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        for (name, text) in Templates.all {
            do {
                try library.register(text, named: name)
            } catch {
                // Templates are compiled into Ward; a broken one is a bug that the UI tests catch at once.
                preconditionFailure("template \(name) does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// An HTML response from template `name`.
    func render(
        _ name: String,
        _ data: [String: Any],
        status: HTTPResponse.Status = .ok,
        headers: HTTPFields = [:]
    )
        -> Response
    {
        let html = library.render(data, withTemplate: name) ?? "template \(name) is missing"
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The page for an error outside the API.
    func errorPage(_ problem: Problem, context: WardRequestContext) -> Response {
        if problem.status == .unauthorized {
            // A browser that lost its session goes back to the sign-in page.
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        let heading: String =
            switch problem.status.code {
            case 404: "Not found"
            case 403: "Not allowed"
            case 413: "Too large"
            case 429: "Too many attempts"
            case 400..<500: "That did not work"
            default: "Something went wrong"
            }
        var response = render(
            "error",
            ["title": heading, "heading": heading, "message": problem.message],
            status: problem.status
        )
        for field in problem.headers { response.headers.append(field) }
        return response
    }
}
