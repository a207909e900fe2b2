import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import WardCore

/// Writes JSON straight into bytes, for the API's large lists.
///
/// Foundation's `JSONEncoder` goes through `Codable`'s generic machinery for every field of every row; for a list of a
/// hundred objects that is most of the response time. Types on hot list endpoints conform to ``JSONWritable`` and
/// write themselves here. Their `Encodable` conformance stays the reference: a test checks that both produce the
/// same JSON.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma.removeLast()
    }

    mutating func beginArray(_ key: String) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma.removeLast()
    }

    /// A string member; nil values are left out, as `JSONEncoder` does for optionals.
    mutating func field(_ key: String, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    private mutating func separate() {
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func key(_ key: String) {
        separate()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        // The value that follows is part of this member, not a new one.
        needsComma[needsComma.count - 1] = true
    }

    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most values need no escaping at all: copy them in one go.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0f)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A value that writes itself as JSON with a ``JSONWriter``.
protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

extension JSONWritable {
    /// The JSON response for this value.
    func jsonResponse() -> Response {
        var writer = JSONWriter()
        write(to: &writer)
        return Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: writer.bytes))
        )
    }
}

extension APIModels.ScopeEntryBody: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id.text())
        writer.field("kind", kind.rawValue)
        writer.field("target", target)
        writer.field("note", note)
        writer.field("createdAt", createdAt.description)
        writer.endObject()
    }
}

extension APIModels.ScanWindowBody: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id.text())
        writer.field("window", window)
        writer.field("createdAt", createdAt.description)
        writer.endObject()
    }
}

extension APIModels.ScopeBody: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.beginArray("entries")
        for entry in entries { entry.write(to: &writer) }
        writer.endArray()
        writer.beginArray("windows")
        for window in windows { window.write(to: &writer) }
        writer.endArray()
        writer.endObject()
    }
}
