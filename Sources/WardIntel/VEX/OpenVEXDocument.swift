/// The parts of an OpenVEX document that Ward reads.
///
/// Early OpenVEX (v0.0.1) wrote the vulnerability and the products as plain strings where later versions write
/// objects, so both spellings decode into the same fields.
struct OpenVEXDocument: Decodable {
    var context: String?
    var identifier: String?
    var statements: [Statement]?

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case identifier = "@id"
        case statements
    }

    struct Statement: Decodable {
        var vulnerability: Vulnerability?
        var products: [Product]?
        var status: String?
        var justification: String?
        var impactStatement: String?
        var actionStatement: String?
        var statusNotes: String?

        enum CodingKeys: String, CodingKey {
            case vulnerability, products, status, justification
            case impactStatement = "impact_statement"
            case actionStatement = "action_statement"
            case statusNotes = "status_notes"
        }
    }

    struct Vulnerability: Decodable {
        var name: String?
        var identifier: String?
        var aliases: [String]?

        enum CodingKeys: String, CodingKey {
            case name
            case identifier = "@id"
            case aliases
        }

        init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self.name = name
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            identifier = try container.decodeIfPresent(String.self, forKey: .identifier)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases)
        }
    }

    struct Product: Decodable {
        var identifier: String?
        var identifiers: Identifiers?

        enum CodingKeys: String, CodingKey {
            case identifier = "@id"
            case identifiers
        }

        init(from decoder: any Decoder) throws {
            if let identifier = try? decoder.singleValueContainer().decode(String.self) {
                self.identifier = identifier
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            identifier = try container.decodeIfPresent(String.self, forKey: .identifier)
            identifiers = try container.decodeIfPresent(Identifiers.self, forKey: .identifiers)
        }
    }

    struct Identifiers: Decodable {
        var purl: String?
        var cpe23: String?
        var cpe22: String?
    }
}
