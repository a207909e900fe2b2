/// The one error type that Ward's libraries throw.
///
/// A ``WardError`` carries a stable ``Code`` that callers switch on, a message written for the person who will read it
/// (what happened and what to do next), an optional location in the input (a field, a line, a path in a document) and
/// an optional underlying cause. The HTTP layer maps codes to status codes and the CLI maps them to exit codes; nothing
/// below those edges knows about either.
public struct WardError: Error, Sendable, CustomStringConvertible {
    /// A stable, extensible classification of a ``WardError``.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidInput = "invalid_input"
            case unprocessable = "unprocessable"
            case tooLarge = "too_large"
            case notFound = "not_found"
            case conflict = "conflict"
            case forbidden = "forbidden"
            case unauthenticated = "unauthenticated"
            case tooManyRequests = "too_many_requests"
            case outOfScope = "out_of_scope"
            case storage = "storage"
            case configuration = "configuration"
            case unavailable = "unavailable"
            case `internal` = "internal"
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The input is malformed or violates a rule; the message names the field or location.
        public static let invalidInput = Code(.invalidInput)
        /// The input is well formed but does not fit the object it is about (an answer for a requirement outside the
        /// assessed framework or tier).
        public static let unprocessable = Code(.unprocessable)
        /// The input is larger than Ward accepts (an evidence file over the limit).
        public static let tooLarge = Code(.tooLarge)
        /// The object does not exist, or the caller may not know that it exists.
        public static let notFound = Code(.notFound)
        /// The change conflicts with existing data (a duplicate name, a stale version).
        public static let conflict = Code(.conflict)
        /// The caller is known but its role does not allow the action.
        public static let forbidden = Code(.forbidden)
        /// The caller is not signed in or its credentials are not valid.
        public static let unauthenticated = Code(.unauthenticated)
        /// The caller made too many attempts and must wait.
        public static let tooManyRequests = Code(.tooManyRequests)
        /// A scan target lies outside the organization's declared scope or scan window.
        public static let outOfScope = Code(.outOfScope)
        /// The database failed or is unreachable.
        public static let storage = Code(.storage)
        /// A setting is missing or wrong.
        public static let configuration = Code(.configuration)
        /// A dependency (database, peer) is not available right now.
        public static let unavailable = Code(.unavailable)
        /// A bug in Ward.
        public static let `internal` = Code(.internal)

        /// The code as a short machine-readable word, such as `invalid_input`.
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// What happened and, where possible, what to do next.
    public var message: String
    /// Where in the input the problem is: a field name (`scope[2].value`), a file and line, or a path in a document.
    public var location: String?
    /// The error that caused this one, if any.
    public var cause: (any Error)?
    /// The source file that raised the error, for diagnostics.
    public var file: String
    /// The source line that raised the error, for diagnostics.
    public var line: Int

    /// Creates an error.
    public init(
        _ code: Code,
        _ message: String,
        location: String? = nil,
        cause: (any Error)? = nil,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.cause = cause
        self.file = file
        self.line = line
    }

    /// The message, prefixed with the location when there is one.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
