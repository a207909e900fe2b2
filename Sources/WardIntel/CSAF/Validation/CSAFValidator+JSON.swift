extension CSAFValidator {
    /// A JSON value exactly as written, so that the tests see the documents a typed model would reject or normalise.
    enum JSON: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSON])
        case object([String: JSON])

        subscript(key: String) -> JSON? {
            if case .object(let members) = self { members[key] } else { nil }
        }

        var string: String? {
            if case .string(let value) = self { value } else { nil }
        }

        var number: Double? {
            if case .number(let value) = self { value } else { nil }
        }

        var array: [JSON]? {
            if case .array(let items) = self { items } else { nil }
        }

        var object: [String: JSON]? {
            if case .object(let members) = self { members } else { nil }
        }

        /// The strings of an array value, each with its index; values of other kinds are the schema's concern.
        var strings: [(index: Int, value: String)] {
            (array ?? []).enumerated().compactMap { index, item in item.string.map { (index, $0) } }
        }
    }
}
