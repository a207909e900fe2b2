import Foundation
import WardCore

/// Reads the block-style YAML in which the PyPA advisory database publishes its OSV records.
///
/// Ward has no YAML dependency, and a general YAML reader would do the wrong thing with these files anyway: it types
/// plain scalars, so the affected version `- 1.10` would become the number 1.1. This reader supports what such
/// records use (block mappings and sequences, plain scalars folded over several lines, single- and double-quoted
/// scalars, literal and folded block scalars with chomping, comments, empty and one-line flow collections) and
/// keeps every scalar as text, except the plain words `true`, `false`, `null` and `~`. Anchors, aliases, tags and
/// multi-line flow collections are refused with the line they are on.
enum OSVYAML {
    /// Parses one YAML document into a JSON value.
    static func parse(_ data: Data, file: String) throws -> OSVValue {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw WardError(.invalidInput, "the YAML document is not UTF-8 text", location: file)
        }
        var parser = try Parser(text: text, file: file)
        return try parser.document()
    }

    struct Line {
        var number: Int
        var indent: Int
        /// The line after its indentation; empty for a blank line.
        var text: Substring
    }

    struct Parser {
        var lines: [Line] = []
        var index = 0
        let file: String

        init(text: String, file: String) throws {
            self.file = file
            for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var line = raw
                if line.last == "\r" { line = line.dropLast() }
                let content = line.drop { $0 == " " }
                let indent = line.count - content.count
                let isBlank = content.allSatisfy { $0 == " " || $0 == "\t" }
                if !isBlank, content.first == "\t" {
                    throw WardError(
                        .invalidInput,
                        "a tab is used for indentation; YAML indents with spaces only",
                        location: "\(file) line \(offset + 1)"
                    )
                }
                lines.append(Line(number: offset + 1, indent: indent, text: isBlank ? "" : content))
            }
        }

        mutating func document() throws -> OSVValue {
            skipBlank()
            while index < lines.count, lines[index].indent == 0,
                lines[index].text.hasPrefix("%") || lines[index].text == "---"
            {
                index += 1
                skipBlank()
            }
            guard index < lines.count else {
                throw WardError(.invalidInput, "the YAML document is empty", location: file)
            }
            let value = try node(parentIndent: -1)
            skipBlank()
            if index < lines.count, lines[index].text != "..." {
                throw error("this line is not part of the document's structure; check its indentation")
            }
            return value
        }

        /// Skips blank lines and comment lines.
        mutating func skipBlank() {
            while index < lines.count, lines[index].text.isEmpty || lines[index].text.hasPrefix("#") { index += 1 }
        }

        func error(_ message: String, line: Int? = nil) -> WardError {
            let number = line ?? (index < lines.count ? lines[index].number : lines.count)
            return WardError(.invalidInput, message, location: "\(file) line \(number)")
        }

        /// The node starting at the current line, which must be indented more than `parentIndent`.
        mutating func node(parentIndent: Int) throws -> OSVValue {
            skipBlank()
            guard index < lines.count, lines[index].indent > parentIndent else { return .null }
            let line = lines[index]
            if Self.isSequenceItem(line.text) { return try sequence(indent: line.indent) }
            if try key(in: line.text) != nil { return try mapping(indent: line.indent) }
            index += 1
            return try value(line.text, ownerIndent: parentIndent, line: line.number, inMapping: false)
        }

        mutating func mapping(indent: Int) throws -> OSVValue {
            var members: [String: OSVValue] = [:]
            while true {
                skipBlank()
                guard index < lines.count else { break }
                let line = lines[index]
                if line.indent > indent { throw error("this line is indented more than the keys around it") }
                guard line.indent == indent, !Self.isSequenceItem(line.text) else { break }
                guard let (name, rest) = try key(in: line.text) else {
                    throw error("expected 'key: value' here, as in the lines above")
                }
                guard members[name] == nil else { throw error("the key '\(name)' appears twice in this mapping") }
                index += 1
                members[name] = try value(rest, ownerIndent: indent, line: line.number, inMapping: true)
            }
            return .object(members)
        }

        mutating func sequence(indent: Int) throws -> OSVValue {
            var items: [OSVValue] = []
            while true {
                skipBlank()
                guard index < lines.count else { break }
                let line = lines[index]
                if line.indent > indent { throw error("this line is indented more than the list items around it") }
                guard line.indent == indent, Self.isSequenceItem(line.text) else { break }
                let afterDash = line.text.dropFirst()
                let content = afterDash.drop { $0 == " " }
                if content.isEmpty || content.hasPrefix("#") {
                    index += 1
                    items.append(try node(parentIndent: indent))
                } else if try Self.isSequenceItem(content) || key(in: content) != nil {
                    // A compact nested node ("- name: x"): read it as if it began on its own line at its column.
                    lines[index] = Line(
                        number: line.number,
                        indent: indent + 1 + (afterDash.count - content.count),
                        text: content
                    )
                    items.append(try node(parentIndent: indent))
                } else {
                    index += 1
                    items.append(try value(content, ownerIndent: indent, line: line.number, inMapping: false))
                }
            }
            return .array(items)
        }

        /// The value after a key or a dash, on the line already consumed, with whatever continues it below.
        mutating func value(_ text: Substring, ownerIndent: Int, line: Int, inMapping: Bool) throws -> OSVValue {
            let rest = text.drop { $0 == " " }
            if rest.isEmpty || rest.hasPrefix("#") {
                skipBlank()
                guard index < lines.count else { return .null }
                let next = lines[index]
                if next.indent > ownerIndent { return try node(parentIndent: ownerIndent) }
                // YAML lets a list under a key start at the key's own column.
                if inMapping, next.indent == ownerIndent, Self.isSequenceItem(next.text) {
                    return try sequence(indent: ownerIndent)
                }
                return .null
            }
            switch rest.first {
            case "|", ">":
                return .string(try blockScalar(header: rest, ownerIndent: ownerIndent, line: line))
            case "'", "\"":
                return .string(try quoted(rest, line: line))
            case "[", "{":
                return try flow(rest, line: line)
            case "&", "*", "!":
                throw error("anchors, aliases and tags are not supported in OSV records", line: line)
            default:
                return plain(rest, ownerIndent: ownerIndent)
            }
        }

        /// A plain scalar and its continuation lines, folded into one line per YAML's rules.
        mutating func plain(_ first: Substring, ownerIndent: Int) -> OSVValue {
            var text = String(Self.stripComment(first))
            var folded = false
            var pendingBreaks = 0
            var lookahead = index
            while lookahead < lines.count {
                let line = lines[lookahead]
                if line.text.isEmpty {
                    pendingBreaks += 1
                    lookahead += 1
                    continue
                }
                guard line.indent > ownerIndent, !line.text.hasPrefix("#") else { break }
                text += pendingBreaks == 0 ? " " : String(repeating: "\n", count: pendingBreaks)
                text += Self.stripComment(line.text)
                folded = true
                pendingBreaks = 0
                lookahead += 1
                index = lookahead
            }
            if !folded {
                switch text {
                case "true", "True", "TRUE": return .bool(true)
                case "false", "False", "FALSE": return .bool(false)
                case "null", "Null", "NULL", "~": return .null
                default: break
                }
            }
            return .string(text)
        }

        /// A single- or double-quoted scalar, reading further lines until its closing quote.
        mutating func quoted(_ first: Substring, line: Int) throws -> String {
            let quote = first.first!
            var source = String(first.dropFirst())
            var result = ""
            var position = source.startIndex
            while true {
                if position == source.endIndex {
                    guard index < lines.count else {
                        throw error("the quoted string that starts here has no closing \(quote)", line: line)
                    }
                    // Folding: a single line break becomes a space, blank lines become line breaks.
                    while result.last == " " || result.last == "\t" { result.removeLast() }
                    var breaks = 0
                    while index < lines.count, lines[index].text.isEmpty {
                        breaks += 1
                        index += 1
                    }
                    guard index < lines.count else {
                        throw error("the quoted string that starts here has no closing \(quote)", line: line)
                    }
                    result += breaks == 0 ? " " : String(repeating: "\n", count: breaks)
                    let offset = source.distance(from: source.startIndex, to: position)
                    source += String(lines[index].text)
                    position = source.index(source.startIndex, offsetBy: offset)
                    index += 1
                    continue
                }
                let character = source[position]
                position = source.index(after: position)
                if character == quote {
                    if quote == "'", position < source.endIndex, source[position] == "'" {
                        result.append("'")
                        position = source.index(after: position)
                        continue
                    }
                    let trailing = source[position...].drop { $0 == " " }
                    guard trailing.isEmpty || trailing.hasPrefix("#") else {
                        throw error("unexpected text after the closing \(quote)", line: line)
                    }
                    return result
                }
                if quote == "\"", character == "\\" {
                    guard position < source.endIndex else {
                        // An escaped line break joins the lines without a space.
                        guard index < lines.count else { throw error("the quoted string is not closed", line: line) }
                        let offset = source.distance(from: source.startIndex, to: position)
                        source += String(lines[index].text)
                        position = source.index(source.startIndex, offsetBy: offset)
                        index += 1
                        continue
                    }
                    let escape = source[position]
                    position = source.index(after: position)
                    switch escape {
                    case "n": result.append("\n")
                    case "t", "\t": result.append("\t")
                    case "r": result.append("\r")
                    case "0": result.append("\0")
                    case "e": result.append("\u{1B}")
                    case "b": result.append("\u{08}")
                    case " ", "\"", "/", "\\": result.append(escape)
                    case "N": result.append("\u{85}")
                    case "_": result.append("\u{A0}")
                    case "x", "u", "U":
                        let length = escape == "x" ? 2 : (escape == "u" ? 4 : 8)
                        let end = source.index(position, offsetBy: length, limitedBy: source.endIndex)
                        guard let end, let code = UInt32(source[position..<end], radix: 16),
                            let scalar = Unicode.Scalar(code)
                        else {
                            throw error("the escape \\\(escape) needs \(length) hexadecimal digits", line: line)
                        }
                        result.unicodeScalars.append(scalar)
                        position = end
                    default:
                        throw error("'\\\(escape)' is not a YAML escape", line: line)
                    }
                    continue
                }
                result.append(character)
            }
        }

        /// A literal (`|`) or folded (`>`) block scalar with its chomping and indentation indicators.
        mutating func blockScalar(header: Substring, ownerIndent: Int, line: Int) throws -> String {
            let literal = header.first == "|"
            var chomping: Character = " "
            var explicitIndent: Int?
            for character in Self.stripComment(header.dropFirst()) {
                if character == "-" || character == "+" {
                    chomping = character
                } else if let digit = character.wholeNumberValue, digit > 0 {
                    explicitIndent = digit
                } else if character != " " {
                    throw error("'\(character)' is not a block scalar indicator", line: line)
                }
            }
            var contentIndent = explicitIndent.map { max(ownerIndent, 0) + $0 }
            if contentIndent == nil {
                var lookahead = index
                while lookahead < lines.count, lines[lookahead].text.isEmpty { lookahead += 1 }
                if lookahead < lines.count, lines[lookahead].indent > ownerIndent {
                    contentIndent = lines[lookahead].indent
                }
            }
            var content: [String] = []
            if let contentIndent {
                while index < lines.count {
                    let next = lines[index]
                    if next.text.isEmpty {
                        content.append("")
                    } else if next.indent >= contentIndent {
                        content.append(String(repeating: " ", count: next.indent - contentIndent) + next.text)
                    } else {
                        break
                    }
                    index += 1
                }
            } else {
                while index < lines.count, lines[index].text.isEmpty { index += 1 }
            }
            var trailingBreaks = 0
            while content.last == "" {
                content.removeLast()
                trailingBreaks += 1
            }
            var body = literal ? content.joined(separator: "\n") : Self.fold(content)
            switch chomping {
            case "-": break
            case "+": body += String(repeating: "\n", count: content.isEmpty ? trailingBreaks : trailingBreaks + 1)
            default: if !content.isEmpty { body += "\n" }
            }
            return body
        }

        /// A one-line flow collection: `[]`, `{}` or a list of scalars such as `[a, "b c"]`.
        func flow(_ text: Substring, line: Int) throws -> OSVValue {
            let trimmed = Self.stripComment(text)
            if trimmed == "[]" { return .array([]) }
            if trimmed == "{}" { return .object([:]) }
            guard trimmed.first == "[", trimmed.last == "]" else {
                throw error("flow mappings and flow collections over several lines are not supported", line: line)
            }
            let inner = trimmed.dropFirst().dropLast()
            guard !inner.contains(where: { $0 == "[" || $0 == "{" || $0 == "]" || $0 == "}" }) else {
                throw error("nested flow collections are not supported", line: line)
            }
            var items: [OSVValue] = []
            for part in inner.split(separator: ",") {
                let item = part.trimmingCharacters(in: .whitespaces)
                if item.hasPrefix("\"") || item.hasPrefix("'") {
                    var single = Parser(file: file)
                    items.append(.string(try single.quoted(Substring(item), line: line)))
                } else if !item.isEmpty {
                    items.append(.string(item))
                }
            }
            return .array(items)
        }

        private init(file: String) {
            self.file = file
        }

        /// The key of a `key: value` line and the text after the colon; nil when the line is not one.
        func key(in text: Substring) throws -> (String, Substring)? {
            if let quote = text.first, quote == "\"" || quote == "'" {
                guard let close = text.dropFirst().firstIndex(of: quote) else { return nil }
                let after = text[text.index(after: close)...].drop { $0 == " " }
                guard after.first == ":" else { return nil }
                let rest = after.dropFirst()
                guard rest.isEmpty || rest.first == " " else { return nil }
                var single = Parser(file: file)
                return (try single.quoted(text[...close], line: 0), rest)
            }
            guard let first = text.first, !"[]{}#&*!|>%@`".contains(first) else { return nil }
            var position = text.startIndex
            while let colon = text[position...].firstIndex(of: ":") {
                let after = text.index(after: colon)
                if after == text.endIndex || text[after] == " " {
                    let name = text[..<colon]
                    if name.contains(" #") { return nil }
                    return (String(name.reversed().drop { $0 == " " }.reversed()), text[after...])
                }
                position = after
            }
            return nil
        }

        static func isSequenceItem(_ text: Substring) -> Bool {
            text == "-" || text.hasPrefix("- ")
        }

        static func stripComment(_ text: Substring) -> Substring {
            var result = text
            if let range = text.range(of: " #") { result = text[..<range.lowerBound] }
            if result.hasPrefix("#") { return "" }
            while result.last == " " || result.last == "\t" { result = result.dropLast() }
            return result
        }

        static func fold(_ lines: [String]) -> String {
            var result = ""
            var pendingBreaks = 0
            var started = false
            var previousMoreIndented = false
            for line in lines {
                if line.isEmpty {
                    pendingBreaks += 1
                    continue
                }
                let moreIndented = line.first == " "
                if started {
                    let keepBreaks = moreIndented || previousMoreIndented
                    if pendingBreaks == 0 {
                        result += keepBreaks ? "\n" : " "
                    } else {
                        result += String(repeating: "\n", count: keepBreaks ? pendingBreaks + 1 : pendingBreaks)
                    }
                } else {
                    result += String(repeating: "\n", count: pendingBreaks)
                }
                result += line
                started = true
                previousMoreIndented = moreIndented
                pendingBreaks = 0
            }
            return result
        }
    }
}
