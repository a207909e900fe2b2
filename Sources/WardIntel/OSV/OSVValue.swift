/// Any JSON value, for the free-form parts of an OSV record (`ecosystem_specific`, `database_specific`).
///
/// Those objects differ per database (the PyPA advisory database, GitHub, Go), so Ward keeps them whole rather than
/// guessing a shape; callers that know a database read the fields they need with ``subscript(_:)``.
public enum OSVValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([OSVValue])
    case object([String: OSVValue])

    /// The member named `key` of an object; nil for other values and missing members.
    public subscript(_ key: String) -> OSVValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text of a string value; nil for other values.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([OSVValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: OSVValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
