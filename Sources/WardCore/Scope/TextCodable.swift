/// A value whose canonical form is text: it parses with ``init(_:)`` and prints with `description`, and it is
/// `Codable` as that single string (`"10.0.0.0/8"`, `"mon-fri 22:00-05:00 UTC"`), so stored and exchanged forms are
/// the ones people read and write.
public protocol TextCodable: Codable, CustomStringConvertible {
    /// Parses the text form; throws a ``WardError`` that says what is wrong.
    init(_ text: String) throws
}

extension TextCodable {
    /// Decodes the value from its text form; a parse failure becomes a `DecodingError` carrying Ward's message.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch let error as WardError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes the value as its text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
