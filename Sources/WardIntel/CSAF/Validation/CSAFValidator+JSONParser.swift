import Foundation

extension CSAFValidator {
    /// A strict JSON (RFC 8259) reader that builds ``JSON`` values straight from the bytes.
    ///
    /// `JSONDecoder` can only build an untyped tree by trying each kind in turn and discarding the errors, which
    /// costs about ten times as much; CSAF documents from large vendors run to tens of megabytes. Nesting is limited
    /// so that a hostile document cannot exhaust the stack.
    struct JSONParser {
        struct Failure: Error, CustomStringConvertible {
            var offset: Int
            var reason: String
            var description: String { "\(reason) at byte \(offset)" }
        }

        static let maximumDepth = 512

        private let bytes: [UInt8]
        private var index = 0
        private var depth = 0

        private init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// Parses one JSON text; white space may surround it, nothing else may follow it.
        static func parse(_ data: Data) throws -> JSON {
            var parser = JSONParser(bytes: Array(data))
            if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                parser.index = 3
            }
            let value = try parser.parseValue()
            parser.skipWhiteSpace()
            guard parser.index == parser.bytes.count else { throw parser.failure("unexpected data after the value") }
            return value
        }

        private func failure(_ reason: String) -> Failure {
            Failure(offset: index, reason: reason)
        }

        private mutating func skipWhiteSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) {
                index += 1
            }
        }

        private mutating func expect(_ literal: String) throws {
            let expected = literal.utf8
            guard bytes.count - index >= expected.count, bytes[index..<(index + expected.count)].elementsEqual(expected)
            else { throw failure("invalid literal") }
            index += expected.count
        }

        private mutating func parseValue() throws -> JSON {
            skipWhiteSpace()
            guard index < bytes.count else { throw failure("unexpected end of data") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try parseObject()
            case UInt8(ascii: "["): return try parseArray()
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"):
                try expect("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expect("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try expect("null")
                return .null
            default: return .number(try parseNumber())
            }
        }

        private mutating func enter() throws {
            depth += 1
            guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) levels deep") }
            index += 1
        }

        private mutating func parseObject() throws -> JSON {
            try enter()
            var members: [String: JSON] = [:]
            skipWhiteSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(members)
            }
            while true {
                skipWhiteSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = try parseString()
                skipWhiteSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':'") }
                index += 1
                members[key] = try parseValue()
                skipWhiteSpace()
                guard index < bytes.count else { throw failure("unexpected end of data in an object") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    depth -= 1
                    return .object(members)
                } else {
                    throw failure("expected ',' or '}'")
                }
            }
        }

        private mutating func parseArray() throws -> JSON {
            try enter()
            var items: [JSON] = []
            skipWhiteSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(items)
            }
            while true {
                items.append(try parseValue())
                skipWhiteSpace()
                guard index < bytes.count else { throw failure("unexpected end of data in an array") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    depth -= 1
                    return .array(items)
                } else {
                    throw failure("expected ',' or ']'")
                }
            }
        }

        private mutating func parseString() throws -> String {
            index += 1
            let start = index
            // The common case, no escapes: one validating conversion of the whole slice.
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                guard bytes[index] >= 0x20 else { throw failure("control character in a string") }
                index += 1
            }
            guard index < bytes.count else { throw failure("unterminated string") }
            if bytes[index] == UInt8(ascii: "\"") {
                defer { index += 1 }
                return try text(bytes[start..<index])
            }
            var unescaped = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return try text(unescaped[...])
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { throw failure("unterminated escape") }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(escape)
                    case UInt8(ascii: "b"): unescaped.append(0x08)
                    case UInt8(ascii: "f"): unescaped.append(0x0C)
                    case UInt8(ascii: "n"): unescaped.append(0x0A)
                    case UInt8(ascii: "r"): unescaped.append(0x0D)
                    case UInt8(ascii: "t"): unescaped.append(0x09)
                    case UInt8(ascii: "u"): unescaped += try parseUnicodeEscape()
                    default: throw failure("invalid escape")
                    }
                default:
                    guard byte >= 0x20 else { throw failure("control character in a string") }
                    unescaped.append(byte)
                    index += 1
                }
            }
            throw failure("unterminated string")
        }

        /// The UTF-8 bytes of a `\uXXXX` escape, joining a surrogate pair; a lone surrogate becomes U+FFFD.
        private mutating func parseUnicodeEscape() throws -> [UInt8] {
            var scalarValue = try parseHexQuad()
            if (0xD800...0xDBFF).contains(scalarValue), bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            {
                let save = index
                index += 2
                let low = try parseHexQuad()
                if (0xDC00...0xDFFF).contains(low) {
                    scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                }
            }
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            return Array(String(Character(scalar)).utf8)
        }

        private mutating func parseHexQuad() throws -> UInt32 {
            guard bytes.count - index >= 4 else { throw failure("truncated \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else {
                    throw failure("invalid \\u escape")
                }
                value = value * 16 + UInt32(digit)
                index += 1
            }
            return value
        }

        private func text(_ slice: ArraySlice<UInt8>) throws -> String {
            guard let string = String(validating: slice, as: UTF8.self) else { throw failure("invalid UTF-8") }
            return string
        }

        /// A number in JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        private mutating func parseNumber() throws -> Double {
            let start = index
            func digits() -> Int {
                let first = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                    index += 1
                }
                return index - first
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
            let integerDigits = digits()
            guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { throw failure("invalid number") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw failure("invalid number") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard digits() > 0 else { throw failure("invalid number") }
            }
            guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
                throw failure("number out of range")
            }
            return value
        }
    }
}
