import Foundation
import SQLKit
import WardCore

/// Typed column readers for Ward's storage conventions (UUIDs as text, times as milliseconds).
extension SQLRow {
    func string(_ column: String) throws -> String {
        try decode(column: column, as: String.self)
    }

    func optionalString(_ column: String) throws -> String? {
        try decode(column: column, as: String?.self)
    }

    func uuid(_ column: String) throws -> UUID {
        let text = try string(column)
        guard let value = UUID(text: text) else {
            throw WardError(.storage, "column \(column) holds '\(text)', which is not a UUID")
        }
        return value
    }

    func optionalUUID(_ column: String) throws -> UUID? {
        guard let text = try optionalString(column) else { return nil }
        guard let value = UUID(text: text) else {
            throw WardError(.storage, "column \(column) holds '\(text)', which is not a UUID")
        }
        return value
    }

    func date(_ column: String) throws -> Date {
        Date(milliseconds: try decode(column: column, as: Int64.self))
    }

    func optionalDate(_ column: String) throws -> Date? {
        try decode(column: column, as: Int64?.self).map(Date.init(milliseconds:))
    }

    func bool(_ column: String) throws -> Bool {
        try decode(column: column, as: Bool.self)
    }

    func int(_ column: String) throws -> Int {
        try decode(column: column, as: Int.self)
    }

    func enumeration<T: RawRepresentable>(_ column: String, as type: T.Type) throws -> T where T.RawValue == String {
        let text = try string(column)
        guard let value = T(rawValue: text) else {
            throw WardError(.storage, "column \(column) holds '\(text)', which is not a known \(T.self)")
        }
        return value
    }
}

extension UUID {
    /// The form in which Ward stores identifiers: lowercase text.
    var stored: String { text(uppercase: false) }
}

extension SQLQueryString {
    /// `values` as comma-separated bound parameters for `IN (…)`, a list per `chunk` values, so no statement carries
    /// more parameters than the engines take.
    static func inLists<S: Sequence>(_ values: S, chunk: Int = 400) -> [SQLQueryString] where S.Element == String {
        let all = Array(values)
        return stride(from: 0, to: all.count, by: chunk).map { start in
            all[start..<min(start + chunk, all.count)].map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ")
        }
    }
}
