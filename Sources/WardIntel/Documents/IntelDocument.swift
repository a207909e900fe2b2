import Foundation
import WardCore

/// Reads the documents that vulnerability feeds publish and decodes them into Ward's typed models.
///
/// Every parser in WardIntel goes through here so that a bad document fails the same way: a ``WardError`` with code
/// `invalidInput` whose location names the file and the path inside the document (`kev.json at
/// $.vulnerabilities[12].dueDate`) and whose message says what was wrong there. Files larger than a limit are refused
/// before a byte is read, so a 2 GB upload never lands in memory whole.
public enum IntelDocument {
    /// The largest single JSON or XML document read whole (256 MiB). Line-oriented inputs (EPSS, KEV CSV, SPDX
    /// tag-value) are streamed and have no such limit.
    public static let maximumDocumentBytes = 256 * 1024 * 1024

    /// Reads a whole file after checking its size against `limit`.
    ///
    /// - Throws: `tooLarge` when the file is larger than `limit`, `notFound` when it cannot be read.
    public static func read(contentsOf url: URL, limit: Int = maximumDocumentBytes) throws -> Data {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > limit {
            throw WardError(
                .tooLarge,
                "the file is \(size) bytes, more than the \(limit) bytes Ward reads as one document; split it or "
                    + "use a streamed format",
                location: url.lastPathComponent
            )
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw WardError(.notFound, "the file cannot be read", location: url.path, cause: error)
        }
    }

    /// Decodes `data` as JSON into `type`, naming `file` and the document path in any error.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch let error as WardError {
            throw error
        } catch {
            throw WardError(.invalidInput, "the document is not valid JSON", location: file, cause: error)
        }
    }

    /// A ``WardError`` that says where a decoding failure happened and why, in plain words.
    public static func describe(_ error: DecodingError, file: String) -> WardError {
        switch error {
        case .keyNotFound(let key, let context):
            return WardError(
                .invalidInput,
                "the required field '\(key.stringValue)' is missing",
                location: "\(file) at \(path(context.codingPath))",
                cause: error
            )
        case .typeMismatch(let type, let context):
            return WardError(
                .invalidInput,
                "expected \(describe(type)) here: \(context.debugDescription)",
                location: "\(file) at \(path(context.codingPath))",
                cause: error
            )
        case .valueNotFound(let type, let context):
            return WardError(
                .invalidInput,
                "expected \(describe(type)) here but found null",
                location: "\(file) at \(path(context.codingPath))",
                cause: error
            )
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let reason = [context.debugDescription, underlying].compactMap { $0 }.filter { !$0.isEmpty }
            return WardError(
                .invalidInput,
                context.codingPath.isEmpty
                    ? "the document is not valid JSON: \(reason.joined(separator: "; "))"
                    : "the value is not valid: \(reason.joined(separator: "; "))",
                location: "\(file) at \(path(context.codingPath))",
                cause: error
            )
        @unknown default:
            return WardError(.invalidInput, "the document cannot be read: \(error)", location: file, cause: error)
        }
    }

    /// A JSONPath-like rendering of a coding path: `$.vulnerabilities[3].product_status`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var result = "$"
        for key in codingPath {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += ".\(key.stringValue)"
            }
        }
        return result
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "a value of type \(type)"
        }
    }
}
