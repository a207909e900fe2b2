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
        let html = html(name, data)
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The HTML of template `name`.
    func html(_ name: String, _ data: [String: Any]) -> String {
        library.render(Self.escapable(data), withTemplate: name) ?? "template \(name) is missing"
    }

    /// Mustache escapes `< > & " '` Character by Character, and a quote followed by a combining mark is one Character
    /// that it lets through. Such clusters never occur in honest text; the marks after a special character are dropped
    /// so the character itself is escaped.
    static func escapable(_ value: Any) -> Any {
        switch value {
        case let text as String:
            guard text.unicodeScalars.contains(where: { specials.contains($0) }) else { return text }
            var result = ""
            for character in text {
                let scalars = character.unicodeScalars
                if scalars.count > 1, let special = scalars.first(where: { specials.contains($0) }) {
                    result.unicodeScalars.append(special)
                } else {
                    result.append(character)
                }
            }
            return result
        case let dictionary as [String: Any]: return dictionary.mapValues(escapable)
        case let array as [[String: Any]]: return array.map { $0.mapValues(escapable) }
        case let array as [Any]: return array.map(escapable)
        default: return value
        }
    }

    private static let specials: Set<Unicode.Scalar> = ["<", ">", "&", "\"", "'"]

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
