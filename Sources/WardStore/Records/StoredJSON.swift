import Foundation

/// How records kept as JSON documents (incidents, assets, answer snapshots) are written: sorted keys, dates as
/// milliseconds since 1970, the same convention as the `BIGINT` time columns.
enum StoredJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()
}
