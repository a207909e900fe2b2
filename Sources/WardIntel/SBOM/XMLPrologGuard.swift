import Foundation
import WardCore

/// Refuses XML documents that declare a document type, before any parser sees them.
///
/// Bills of materials arrive from outside and are treated as hostile. A document type declaration is where entities
/// are declared, and entities are how XML reads local files (external entities) or exhausts memory (nested
/// expansion). No CycloneDX document needs one, so the whole prolog is checked and any `<!DOCTYPE` or `<!ENTITY`
/// before the root element fails the read. Only the prolog is scanned, so a license text in a CDATA section that
/// mentions `<!DOCTYPE html>` is not mistaken for a declaration.
enum XMLPrologGuard {
    static func refuseDeclarations(in data: Data, file: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var index = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    index += 1
                    continue
                }
                guard byte == UInt8(ascii: "<"), index + 1 < bytes.count else { return }
                if bytes[index + 1] == UInt8(ascii: "?") {
                    guard let end = find([UInt8(ascii: "?"), UInt8(ascii: ">")], in: bytes, from: index + 2) else {
                        return
                    }
                    index = end + 2
                } else if starts(with: Array("<!--".utf8), in: bytes, at: index) {
                    guard let end = find(Array("-->".utf8), in: bytes, from: index + 4) else { return }
                    index = end + 3
                } else if bytes[index + 1] == UInt8(ascii: "!") {
                    throw WardError(
                        .invalidInput,
                        "the XML declares a document type or entities before its root element; CycloneDX needs "
                            + "none and Ward refuses them so that no entity is ever expanded or fetched; remove the "
                            + "declaration and read the file again",
                        location: file
                    )
                } else {
                    return
                }
            }
        }
    }

    private static func starts(with prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] {
            return false
        }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if starts(with: needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}
