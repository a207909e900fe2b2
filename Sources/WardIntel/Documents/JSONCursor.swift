import Foundation
import WardCore

/// A forward-only reader over JSON bytes that decodes only the values asked for and skips the rest in place.
///
/// Bills of materials are large (a host inventory has hundreds of components with a dozen properties each) and Ward
/// reads few of their fields. Building every object as a dictionary, as `JSONDecoder` does, made reading three times
/// slower than Python's `json.load`; walking the bytes and allocating only the strings that are kept is faster than
/// that. Errors still say where: the cursor keeps the path it is at and reports it the way ``IntelDocument`` does
/// (`sbom.json at $.components[3].name`).
///
/// What it lets through follows `JSONDecoder`, which the readers replaced: skipped values are checked only for their
/// structure (a skipped number may be `1.`, a skipped string may hold a raw tab), a comma may trail the last member or
/// element, and of two members with the same name ``members(_:_:)`` keeps the first.
struct JSONCursor {
    /// A member name, as the bytes between its quotes; a name written with escapes is compared unescaped.
    struct Key {
        fileprivate let start: Int
        fileprivate let end: Int
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        /// The name with its escapes decoded, for the rare name that has any.
        fileprivate var unescaped: [UInt8]?

        static func == (key: Key, name: StaticString) -> Bool {
            let count = name.utf8CodeUnitCount
            return key.matches(UnsafeBufferPointer(start: name.utf8Start, count: count))
        }

        fileprivate func matches(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
            if let unescaped {
                return unescaped.elementsEqual(name)
            }
            guard end - start == name.count else { return false }
            for offset in 0..<name.count where bytes[start + offset] != name[offset] {
                return false
            }
            return true
        }
    }

    /// The members an object reader decodes, as their JSON spellings, built once per member type so that finding a
    /// member by name allocates nothing.
    struct Spellings<Member: RawRepresentable<String> & CaseIterable & Sendable>: Sendable {
        fileprivate let members: [Member]
        fileprivate let spellings: [[UInt8]]

        init(_: Member.Type) {
            members = Array(Member.allCases)
            spellings = members.map { Array($0.rawValue.utf8) }
            // ``members(_:_:)`` marks the members it has seen in the bits of one UInt64.
            precondition(members.count <= 64, "an object reader decodes at most 64 members")
        }

        fileprivate func position(of key: Key) -> Int? {
            for position in spellings.indices {
                let matched = spellings[position].withUnsafeBufferPointer { key.matches($0) }
                if matched { return position }
            }
            return nil
        }
    }

    private enum PathComponent {
        case key(Int, Int)
        case index(Int)
    }

    /// How deeply objects and lists may nest. Real documents stay under 20 levels; the limit keeps a hostile file of
    /// a million opening brackets from exhausting the stack of the recursive readers.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var index = 0
    private var path: [PathComponent] = []

    /// Runs `body` with a cursor over `data`, then checks that nothing but white space follows the value read.
    static func read<T>(_ data: Data, file: String, _ body: (inout JSONCursor) throws -> T) throws -> T {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> T in
            var cursor = JSONCursor(bytes: raw.bindMemory(to: UInt8.self), file: file)
            if cursor.bytes.count >= 3, cursor.bytes[0] == 0xEF, cursor.bytes[1] == 0xBB, cursor.bytes[2] == 0xBF {
                cursor.index = 3
            }
            let result = try body(&cursor)
            cursor.skipWhitespace()
            if cursor.index < cursor.bytes.count {
                throw cursor.malformed("unexpected text after the end of the document")
            }
            return result
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    // MARK: Structure

    /// Calls `body` for each member of an object; `body` must read or ``skip()`` the member's value.
    /// A `null` in place of the object counts as an empty object.
    mutating func object(_ body: (inout JSONCursor, Key) throws -> Void) throws {
        skipWhitespace()
        if try consumeNull() { return }
        guard peek() == UInt8(ascii: "{") else { throw mismatch("an object") }
        guard path.count < Self.maximumDepth else { throw error("objects and lists nest too deeply here") }
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw malformed("expected a member name in quotes") }
            let (start, end, escaped) = try scanString()
            var key = Key(start: start, end: end, bytes: bytes)
            if escaped {
                key.unescaped = Array(
                    try unescape(UnsafeBufferPointer(rebasing: bytes[start..<end]), strict: false).utf8
                )
            }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw malformed("expected ':' after a member name") }
            index += 1
            path.append(.key(start, end))
            try body(&self, key)
            path.removeLast()
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                // JSONDecoder accepts a comma after the last member, so the cursor does too.
                skipWhitespace()
                if peek() == UInt8(ascii: "}") {
                    index += 1
                    return
                }
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw malformed("expected ',' or '}' in an object")
            }
        }
    }

    /// Calls `body` for each element of an array; `body` must read or ``skip()`` the element.
    /// A `null` in place of the array counts as an empty array.
    mutating func array(_ body: (inout JSONCursor) throws -> Void) throws {
        skipWhitespace()
        if try consumeNull() { return }
        guard peek() == UInt8(ascii: "[") else { throw mismatch("a list") }
        guard path.count < Self.maximumDepth else { throw error("objects and lists nest too deeply here") }
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        var position = 0
        while true {
            path.append(.index(position))
            try body(&self)
            path.removeLast()
            position += 1
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    return
                }
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw malformed("expected ',' or ']' in a list")
            }
        }
    }

    /// Reads an array of values with `element`.
    mutating func list<T>(_ element: (inout JSONCursor) throws -> T) throws -> [T] {
        var result: [T] = []
        try array { result.append(try element(&$0)) }
        return result
    }

    /// Calls `body` for each member of an object that is one of `spellings`, the first time it appears; skips the
    /// others. Keeping the first of two members with the same name is what `JSONDecoder` does.
    /// A `null` in place of the object counts as an empty object; readers that must refuse it check ``null()`` first.
    mutating func members<Member>(
        _ spellings: Spellings<Member>,
        _ body: (inout JSONCursor, Member) throws -> Void
    ) throws {
        var seen: UInt64 = 0
        try object { cursor, key in
            guard let position = spellings.position(of: key), seen & (1 << position) == 0 else {
                return try cursor.skip()
            }
            seen |= 1 << position
            try body(&cursor, spellings.members[position])
        }
    }

    /// A value read with `read` that must not be `null`.
    mutating func required<T>(_ expected: String, _ read: (inout JSONCursor) throws -> T) throws -> T {
        if try null() { throw error("expected \(expected) here but found null") }
        return try read(&self)
    }

    /// A value read with `read`, or nil for `null`.
    mutating func optional<T>(_ read: (inout JSONCursor) throws -> T) throws -> T? {
        try null() ? nil : try read(&self)
    }

    /// Unwraps a required member after its object was read, or fails at the object's path as a missing member.
    func require<T>(_ value: T?, _ name: String) throws -> T {
        guard let value else { throw missing(name) }
        return value
    }

    // MARK: Values

    /// A string, or nil for `null`.
    mutating func string() throws -> String? {
        skipWhitespace()
        if try consumeNull() { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw mismatch("a string") }
        let (start, end, escaped) = try scanString()
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return escaped ? try unescape(raw, strict: false) : String(decoding: raw, as: UTF8.self)
    }

    /// A string that starts with `prefix`, or nil (without allocating) for any other string or `null`.
    mutating func string(prefixedBy prefix: StaticString) throws -> String? {
        skipWhitespace()
        if try consumeNull() { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw mismatch("a string") }
        let (start, end, escaped) = try scanString()
        let key = Key(start: start, end: min(end, start + prefix.utf8CodeUnitCount), bytes: bytes)
        guard key == prefix else { return nil }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return escaped ? try unescape(raw, strict: false) : String(decoding: raw, as: UTF8.self)
    }

    /// A string refused where `JSONDecoder` refuses it: with a raw control character, a lone surrogate escape or bytes
    /// that are not UTF-8; nil for `null`. ``string()`` lets those through, repaired, which bills of materials need.
    mutating func validatedString() throws -> String? {
        skipWhitespace()
        if try consumeNull() { return nil }
        guard peek() == UInt8(ascii: "\"") else { throw mismatch("a string") }
        let (start, end, escaped) = try scanString()
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // One pass without early exit, which the compiler vectorizes: the lowest byte finds a control character, the
        // union of all bytes whether any is not ASCII.
        var lowest: UInt8 = 0xFF
        var union: UInt8 = 0
        for byte in raw {
            lowest = min(lowest, byte)
            union |= byte
        }
        if lowest < 0x20 { throw malformed("a control character inside a string must be escaped") }
        if escaped { return try unescape(raw, strict: true) }
        if union < 0x80 { return String(decoding: raw, as: UTF8.self) }
        guard let text = String(validating: raw, as: UTF8.self) else { throw malformed("a string that is not UTF-8") }
        return text
    }

    /// A string that must be present: `null` fails at the member's path.
    mutating func requiredString() throws -> String {
        guard let value = try validatedString() else { throw error("expected a string here but found null") }
        return value
    }

    /// A number, or nil for `null`. The number must follow JSON's grammar and fit in a Double; a non-zero number so
    /// small that it reads as zero fails too, as with `JSONDecoder`.
    mutating func double() throws -> Double? {
        skipWhitespace()
        if try consumeNull() { return nil }
        let (text, integral) = try numberText()
        guard let value = Double(text), value.isFinite else { throw malformed("the number \(text) does not fit") }
        if value == 0, !integral, text.prefix(while: { $0 != "e" && $0 != "E" }).contains(where: \.isNonZeroDigit) {
            throw malformed("the number \(text) does not fit")
        }
        return value
    }

    /// A whole number, or nil for `null`; a fraction or a number beyond Int fails.
    mutating func int() throws -> Int? {
        skipWhitespace()
        if try consumeNull() { return nil }
        let (text, integral) = try numberText()
        if integral, let value = Int(text) { return value }
        if let value = Double(text).flatMap({ Int(exactly: $0) }) { return value }
        throw error("expected a whole number here, not \(text)")
    }

    /// `true` or `false`, or nil for `null`.
    mutating func bool() throws -> Bool? {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        case UInt8(ascii: "n"):
            try literal("null")
            return nil
        default: throw mismatch("true or false")
        }
    }

    /// Whether the next value is `null`, which is then consumed.
    mutating func null() throws -> Bool {
        skipWhitespace()
        return try consumeNull()
    }

    /// A list of strings (nulls left out).
    mutating func strings() throws -> [String] {
        var result: [String] = []
        try array { cursor in
            if let value = try cursor.string() { result.append(value) }
        }
        return result
    }

    /// Skips any value, checking its syntax.
    mutating func skip() throws {
        skipWhitespace()
        guard let byte = peek() else { throw malformed("the document ends early") }
        switch byte {
        case UInt8(ascii: "{"): try object { cursor, _ in try cursor.skip() }
        case UInt8(ascii: "["): try array { try $0.skip() }
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw malformed("expected a value")
        }
    }

    /// Checks that `data` is one JSON value as far as ``skip()`` checks it, and nothing after it.
    ///
    /// A reader that fails on a field can call this to report a syntax error further on instead, as `JSONDecoder`
    /// does by reading the whole text before any field.
    static func validate(_ data: Data, file: String) throws {
        try read(data, file: file) { try $0.skip() }
    }

    // MARK: Errors

    /// An error at the current path, in the words ``IntelDocument`` uses.
    private func error(_ message: String) -> WardError {
        WardError(.invalidInput, message, location: "\(file) at \(renderedPath())")
    }

    /// The error for a required member that is missing from the object just read, at the object's path.
    func missing(_ name: String) -> WardError {
        error("the required field '\(name)' is missing")
    }

    /// An error for a value that is well-formed JSON but not acceptable, at the current path.
    func invalid(_ reason: String) -> WardError {
        error("the value is not valid: \(reason)")
    }

    private func mismatch(_ expected: String) -> WardError {
        if index >= bytes.count { return malformed("the document ends early") }
        return error("expected \(expected) here")
    }

    private func malformed(_ reason: String) -> WardError {
        let consumed = UnsafeBufferPointer(rebasing: bytes[0..<min(index, bytes.count)])
        let line = consumed.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return WardError(
            .invalidInput,
            "the document is not valid JSON: \(reason) (line \(line), byte \(index + 1))",
            location: "\(file) at \(renderedPath())"
        )
    }

    private func renderedPath() -> String {
        var result = "$"
        for component in path {
            switch component {
            case .key(let start, let end):
                result += "." + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            case .index(let position):
                result += "[\(position)]"
            }
        }
        return result
    }

    // MARK: Bytes

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func consumeNull() throws -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw malformed("the document ends early") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw malformed("expected a value")
        }
        index += count
    }

    private mutating func skipNumber() throws {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                if index == start { throw malformed("expected a number") }
                return
            }
        }
    }

    /// Moves past a number that follows JSON's grammar (`-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`);
    /// returns its text and whether it has neither a fraction nor an exponent.
    private mutating func numberText() throws -> (String, Bool) {
        guard let first = peek(), first == UInt8(ascii: "-") || isDigit(first) else { throw mismatch("a number") }
        let start = index
        var integral = true
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else {
            guard try digits() else { throw malformed("expected a digit in a number") }
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            integral = false
            guard try digits() else { throw malformed("expected a digit after '.' in a number") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            integral = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard try digits() else { throw malformed("expected a digit in the exponent of a number") }
        }
        switch peek() ?? 0 {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            throw malformed("a malformed number")
        default:
            break
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self), integral)
    }

    /// Moves past a run of digits; whether there was at least one.
    private mutating func digits() throws -> Bool {
        let start = index
        while let byte = peek(), isDigit(byte) { index += 1 }
        return index > start
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Moves past a string whose opening quote is at `index`; returns the range of its content and whether it
    /// contains escapes. `memchr` finds the quotes, which is most of the time spent reading a bill of materials;
    /// control characters inside strings are let through rather than checked byte by byte.
    private mutating func scanString() throws -> (Int, Int, Bool) {
        index += 1
        let start = index
        guard let base = bytes.baseAddress else { throw malformed("the document ends inside a string") }
        while true {
            let remaining = bytes.count - index
            guard remaining > 0, let found = memchr(base + index, Int32(UInt8(ascii: "\"")), remaining) else {
                index = bytes.count
                throw malformed("the document ends inside a string")
            }
            let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var backslashes = 0
            while quote - backslashes - 1 >= start, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") {
                backslashes += 1
            }
            index = quote + 1
            // An even number of backslashes escape each other, not the quote.
            if backslashes % 2 == 0 {
                let escaped = quote > start && memchr(base + start, Int32(UInt8(ascii: "\\")), quote - start) != nil
                return (start, quote, escaped)
            }
        }
    }

    /// Decodes the escapes of a string's content. `strict` refuses what `JSONDecoder` refuses (a surrogate escape
    /// without its other half, bytes that are not UTF-8) instead of putting U+FFFD in its place.
    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, strict: Bool) throws -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var position = 0
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= raw.count else { throw malformed("a broken \\u escape") }
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = raw[at + offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw malformed("a broken \\u escape")
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while position < raw.count {
            // The text between escapes is copied a run at a time: in a long note, escapes are a few newlines.
            var next = position
            while next < raw.count, raw[next] != UInt8(ascii: "\\") { next += 1 }
            if next > position {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: raw[position..<next]))
                position = next
                continue
            }
            guard position + 1 < raw.count else {
                output.append(raw[position])
                position += 1
                continue
            }
            let escape = raw[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "u"):
                var scalar = try hex4(position)
                position += 4
                // A high surrogate followed by \uDC00-\uDFFF is one character outside the basic plane.
                if (0xD800..<0xDC00).contains(scalar), position + 6 <= raw.count, raw[position] == UInt8(ascii: "\\"),
                    raw[position + 1] == UInt8(ascii: "u")
                {
                    let low = try hex4(position + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        position += 6
                    }
                }
                if strict, Unicode.Scalar(scalar) == nil { throw malformed("a surrogate escape without its pair") }
                UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { output.append($0) }
            default: throw malformed("an unknown escape \\\(Character(Unicode.Scalar(escape)))")
            }
        }
        if strict {
            guard let text = String(validating: output, as: UTF8.self) else {
                throw malformed("a string that is not UTF-8")
            }
            return text
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension Character {
    /// 1 to 9: a digit that makes a number's mantissa non-zero.
    fileprivate var isNonZeroDigit: Bool { ("1"..."9").contains(self) }
}
