import Foundation

extension UUID {
    /// Parses the 36-character text form (`8-4-4-4-12` hex digits, either case) without going through a general
    /// scanner; nil for anything else.
    ///
    /// Listing a hundred stored rows parses a hundred identifiers, and Foundation's `UUID(uuidString:)` is several
    /// times slower than this on Linux.
    public init?(text: String) {
        let utf8 = text.utf8
        guard utf8.count == 36 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        var high: UInt8? = nil
        var index = 0
        var valid = true
        utf8.withContiguousStorageIfAvailable { buffer in
            for character in buffer {
                defer { index += 1 }
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    if character != UInt8(ascii: "-") { valid = false }
                    continue
                }
                let nibble: UInt8
                switch character {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = character - UInt8(ascii: "A") + 10
                default:
                    valid = false
                    nibble = 0
                }
                if let value = high {
                    bytes.append(value << 4 | nibble)
                    high = nil
                } else {
                    high = nibble
                }
            }
        }
        if index == 0 {
            // Not contiguous UTF-8 (a bridged string): take the general path.
            guard let parsed = UUID(uuidString: text) else { return nil }
            self = parsed
            return
        }
        guard valid, bytes.count == 16 else { return nil }
        self = UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            )
        )
    }
}

extension UUID {
    /// The 36-character text form, like `uuidString` (uppercase) or lowercase, formatted without `sprintf`.
    public func text(uppercase: Bool = true) -> String {
        let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        return withUnsafeBytes(of: uuid) { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(36)
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { output.append(UInt8(ascii: "-")) }
                output.append(digits[Int(byte >> 4)])
                output.append(digits[Int(byte & 0x0f)])
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension Sequence<UInt8> {
    /// The bytes as lowercase hexadecimal.
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
