import Foundation
import WardCore

/// Reads NVD CVE API 2.0 data: an API response page, or one bare CVE record per file as the NVD data-feed mirrors
/// store them.
public enum NVDReader {
    private struct Response: Decodable {
        struct Item: Decodable { var cve: NVDRecord }
        var format: String?
        var version: String?
        var vulnerabilities: [Item]
    }

    private struct Shape: Decodable {
        var vulnerabilities: AnyKey?
        var id: AnyKey?
        struct AnyKey: Decodable {
            init(from decoder: any Decoder) throws {}
        }
    }

    /// The records in `data`, which is either an API response or a single record.
    ///
    /// - Throws: `invalidInput` naming the file and the path of the first problem; an API response of another
    ///   format or version than `NVD_CVE` 2.0 is refused.
    public static func read(_ data: Data, file: String) throws -> [NVDRecord] {
        let shape = try IntelDocument.decode(Shape.self, from: data, file: file)
        if shape.vulnerabilities != nil {
            let response = try IntelDocument.decode(Response.self, from: data, file: file)
            if let format = response.format, format != "NVD_CVE" {
                throw WardError(
                    .invalidInput,
                    "the format is '\(format)', not NVD_CVE",
                    location: "\(file) at $.format"
                )
            }
            if let version = response.version, !version.hasPrefix("2.") {
                throw WardError(
                    .invalidInput,
                    "the NVD API version is '\(version)'; Ward reads version 2.0",
                    location: "\(file) at $.version"
                )
            }
            return response.vulnerabilities.map(\.cve)
        }
        if shape.id != nil {
            return [try IntelDocument.decode(NVDRecord.self, from: data, file: file)]
        }
        throw WardError(
            .invalidInput,
            "this is neither an NVD API 2.0 response (no 'vulnerabilities') nor an NVD CVE record (no 'id')",
            location: "\(file) at $"
        )
    }
}
