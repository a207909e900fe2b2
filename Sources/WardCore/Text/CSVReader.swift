/// Reads and writes comma-separated values by the rules of RFC 4180, as spreadsheets and inventory tools export them.
///
/// A field may be quoted with `"`; inside quotes a separator, a line break and a doubled quote (`""`, which stands for
/// one `"`) are part of the text, so one row may span several physical lines. Lines may end with CRLF, LF or a lone CR,
/// a UTF-8 byte order mark at the start is dropped, blank lines (empty or only spaces and tabs) are skipped, and a
/// trailing line break does not make an empty last row. Each ``Row`` remembers the physical line it starts on, so a
/// caller can point people at the line to fix.
///
/// The reader does not interpret a header or require rows of equal length: that is for the format built on top.
///
/// ```swift
/// let rows = try CSVReader().read("name,ip\r\n\"Pump, bed 4\",10.0.0.7\r\n", file: "assets.csv")
/// rows[1].fields  // ["Pump, bed 4", "10.0.0.7"]
/// rows[1].line    // 2
/// ```
///
/// ``encode(_:separator:)`` writes rows back, quoting where needed and guarding against spreadsheet formula injection.
///
/// - Important: The reader refuses more than ``maximumRows`` rows and fields longer than ``maximumFieldBytes``, so an
///   upload cannot make Ward hold an unbounded table in memory.
public struct CSVReader: Hashable, Sendable {
    /// The character between fields.
    public enum Separator: Character, Hashable, Sendable, CaseIterable {
        /// `,`, the RFC 4180 separator.
        case comma = ","
        /// `;`, which spreadsheets use where the comma is the decimal mark.
        case semicolon = ";"
        /// A tab, for tab-separated values.
        case tab = "\t"

        var byte: UInt8 { rawValue.asciiValue! }
    }

    /// One record of the file.
    public struct Row: Hashable, Sendable {
        /// The 1-based physical line the row starts on; a row with a quoted line break spans more than one.
        public var line: Int
        /// The fields, unquoted.
        public var fields: [String]

        /// Creates a row.
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// The row limit when none is given: 100,000.
    public static let defaultMaximumRows = 100_000
    /// The field length limit when none is given: 64 KiB.
    public static let defaultMaximumFieldBytes = 65_536

    /// The character between fields.
    public var separator: Separator
    /// The most rows a file may have, counting a header row; more fails with ``WardError/Code/tooLarge``.
    public var maximumRows: Int
    /// The longest a field may be, in UTF-8 bytes; longer fails with ``WardError/Code/tooLarge``.
    public var maximumFieldBytes: Int

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - separator: The character between fields; a comma unless told otherwise.
    ///   - maximumRows: The most rows a file may have, counting a header row.
    ///   - maximumFieldBytes: The longest a field may be, in UTF-8 bytes.
    public init(
        separator: Separator = .comma,
        maximumRows: Int = CSVReader.defaultMaximumRows,
        maximumFieldBytes: Int = CSVReader.defaultMaximumFieldBytes
    ) {
        self.separator = separator
        self.maximumRows = maximumRows
        self.maximumFieldBytes = maximumFieldBytes
    }

    private enum State {
        /// Nothing of the current field read yet.
        case fieldStart
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: the closing quote, or the first half of `""`.
        case quoteInQuoted
    }

    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// Reads every row of a text.
    ///
    /// - Parameters:
    ///   - text: The whole file.
    ///   - file: The file name, used in error locations.
    /// - Returns: The rows in file order, blank lines left out.
    /// - Throws: ``WardError`` with code ``WardError/Code/invalidInput`` for a quoted field that is never closed
    ///   (located at its opening quote), a quote inside an unquoted field, or a character other than a separator or a
    ///   line break after a closing quote; with code ``WardError/Code/tooLarge`` for more than ``maximumRows`` rows or
    ///   a field over ``maximumFieldBytes``. Locations read `FILE:LINE:COLUMN` (columns count characters from 1) or
    ///   `FILE:LINE`.
    public func read(_ text: String, file: String) throws -> [Row] {
        let bytes = Array(text.utf8)
        let separatorByte = separator.byte
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var rowHasQuotedField = false
        var previousWasCarriageReturn = false
        // Where the current byte, row and field are; the column counts Unicode scalars, not bytes.
        var line = 1
        var column = 0
        var rowLine = 1
        var fieldLine = 1
        var fieldColumn = 1

        func append(_ byte: UInt8) throws {
            guard field.count < maximumFieldBytes else {
                throw WardError(
                    .tooLarge,
                    "a field is longer than \(maximumFieldBytes) bytes, which Ward does not accept; "
                        + "check for a quote that is never closed, or shorten the field",
                    location: "\(file):\(fieldLine):\(fieldColumn)"
                )
            }
            field.append(byte)
        }

        func finishField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }

        func finishRow() throws {
            finishField()
            let isBlank =
                !rowHasQuotedField && fields.count == 1 && fields[0].allSatisfy { $0 == " " || $0 == "\t" }
            if !isBlank {
                guard rows.count < maximumRows else {
                    throw WardError(
                        .tooLarge,
                        "the file has more than \(maximumRows) rows; split it into files of at most \(maximumRows) "
                            + "rows and read them one by one",
                        location: "\(file):\(rowLine)"
                    )
                }
                rows.append(Row(line: rowLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            rowHasQuotedField = false
            state = .fieldStart
        }

        func endLine() {
            line += 1
            column = 0
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            let isSecondHalfOfCRLF = byte == Self.lineFeed && previousWasCarriageReturn
            previousWasCarriageReturn = byte == Self.carriageReturn
            if isSecondHalfOfCRLF {
                // The CR already ended the line (and the row, unless inside quotes).
                if state == .quoted { try append(byte) }
                continue
            }
            // Continuation bytes of a multi-byte character do not start a new column.
            if byte & 0xC0 != 0x80 { column += 1 }
            let isLineBreak = byte == Self.lineFeed || byte == Self.carriageReturn

            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart {
                    fieldLine = line
                    fieldColumn = column
                    if fields.isEmpty { rowLine = line }
                }
                if byte == separatorByte {
                    finishField()
                    state = .fieldStart
                } else if isLineBreak {
                    try finishRow()
                    endLine()
                } else if byte == Self.quote {
                    if state == .fieldStart {
                        state = .quoted
                        rowHasQuotedField = true
                    } else {
                        throw strayQuote(afterSpaces: field.allSatisfy { $0 == UInt8(ascii: " ") }, file, line, column)
                    }
                } else {
                    try append(byte)
                    state = .unquoted
                }
            case .quoted:
                if byte == Self.quote {
                    state = .quoteInQuoted
                } else {
                    try append(byte)
                    if isLineBreak { endLine() }
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    try append(byte)
                    state = .quoted
                } else if byte == separatorByte {
                    finishField()
                    state = .fieldStart
                } else if isLineBreak {
                    try finishRow()
                    endLine()
                } else {
                    throw WardError(
                        .invalidInput,
                        "'\(Self.character(in: bytes, at: index - 1))' follows the closing quote of a field; "
                            + "put a separator (\(separator.name)) after the closing quote, or write a quote that "
                            + "belongs to the text twice (\"\")",
                        location: "\(file):\(line):\(column)"
                    )
                }
            }
        }

        switch state {
        case .quoted:
            throw WardError(
                .invalidInput,
                "the quoted field that starts here is never closed; add the closing quote (\"), "
                    + "and write a quote that belongs to the text twice (\"\")",
                location: "\(file):\(fieldLine):\(fieldColumn)"
            )
        case .fieldStart where fields.isEmpty:
            // The text ended with a line break, or is empty.
            break
        default:
            try finishRow()
        }
        return rows
    }

    private func strayQuote(afterSpaces: Bool, _ file: String, _ line: Int, _ column: Int) -> WardError {
        let advice =
            afterSpaces
            ? "remove the spaces between the separator and the opening quote"
            : "put the whole field in quotes and write the quote inside twice, as in \"5\"\" screen\""
        return WardError(
            .invalidInput,
            "a quote (\") appears inside a field that does not start with one; \(advice)",
            location: "\(file):\(line):\(column)"
        )
    }

    /// The whole character that starts at a byte offset, for messages.
    private static func character(in bytes: [UInt8], at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[offset..<end], as: UTF8.self)
        return text.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
            ? text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined()
            : text
    }
}

extension CSVReader {
    /// The first characters that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Writes rows as CSV text, each row ended by CRLF.
    ///
    /// Every field goes through ``encode(field:separator:)``. A row with one empty field is written as `""` so that it
    /// is not read back as a blank line.
    ///
    /// - Important: A field that starts with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so that Excel and
    ///   other spreadsheets show it as text instead of running it as a formula (CSV injection). Undo it with
    ///   ``removingFormulaGuard(from:)`` when reading a file Ward wrote.
    ///
    /// - Parameters:
    ///   - rows: The rows, each a list of fields.
    ///   - separator: The character between fields.
    /// - Returns: The CSV text.
    public static func encode(_ rows: [[String]], separator: Separator = .comma) -> String {
        var text = ""
        for row in rows {
            if row == [""] {
                text += "\"\""
            } else {
                text += row.map { encode(field: $0, separator: separator) }.joined(
                    separator: String(separator.rawValue)
                )
            }
            text += "\r\n"
        }
        return text
    }

    /// Writes one field: formula-guarded, then quoted when it holds a quote, the separator, a CR or LF, or starts or
    /// ends with a space or tab.
    ///
    /// ```swift
    /// CSVReader.encode(field: "=HYPERLINK(\"http://x\")")  // "\"'=HYPERLINK(\"\"http://x\"\")\""
    /// CSVReader.encode(field: "Pump, bed 4")              // "\"Pump, bed 4\""
    /// ```
    ///
    /// - Parameters:
    ///   - field: The text of the field.
    ///   - separator: The character between fields.
    /// - Returns: The field as it goes in the file.
    public static func encode(field: String, separator: Separator = .comma) -> String {
        var text = field
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            text = "'" + text
        }
        let separatorScalar = separator.rawValue.unicodeScalars.first!
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == separatorScalar }
            || text.unicodeScalars.first.map { $0 == " " || $0 == "\t" } == true
            || text.unicodeScalars.last.map { $0 == " " || $0 == "\t" } == true
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// Undoes the formula guard of ``encode(field:separator:)``: drops a leading `'` that is followed by `=`, `+`,
    /// `-`, `@`, a tab or a CR, and returns any other text unchanged.
    ///
    /// - Parameter field: A field as read from a file.
    /// - Returns: The field without the guard.
    public static func removingFormulaGuard(from field: String) -> String {
        let scalars = field.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else {
            return field
        }
        return String(field.dropFirst())
    }
}

extension CSVReader.Separator {
    /// The separator as people name it in messages.
    var name: String {
        switch self {
        case .comma: "a comma"
        case .semicolon: "a semicolon"
        case .tab: "a tab"
        }
    }
}
