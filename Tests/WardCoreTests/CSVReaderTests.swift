import Testing
import WardCore

/// RFC 4180 reading with line numbers, the errors with their locations, the limits, and formula-safe writing.
@Suite struct CSVReaderTests {
    func read(_ text: String, _ reader: CSVReader = CSVReader()) throws -> [CSVReader.Row] {
        try reader.read(text, file: "f.csv")
    }

    func failure(_ text: String, _ reader: CSVReader = CSVReader()) -> WardError? {
        #expect(throws: WardError.self) { try reader.read(text, file: "f.csv") }
    }

    @Test func plainRowsAndATrailingNewlineMakeNoEmptyRow() throws {
        let rows = try read("name,ip\npump,10.0.0.7\n")
        #expect(rows == [.init(line: 1, fields: ["name", "ip"]), .init(line: 2, fields: ["pump", "10.0.0.7"])])
        #expect(try read("") == [])
        #expect(try read("\n") == [])
    }

    @Test func emptyFieldsAreKept() throws {
        #expect(try read("a,,\n,\n").map(\.fields) == [["a", "", ""], ["", ""]])
        #expect(try read("a,").map(\.fields) == [["a", ""]])
        #expect(try read("\"\"\n").map(\.fields) == [[""]], "a quoted empty field is a row, not a blank line")
    }

    @Test func quotedFieldsHoldSeparatorsEscapedQuotesAndNewlines() throws {
        let rows = try read("a,\"Pump, bed 4\",\"5\"\" screen\"\nb,\"line one\nline two\",c\nd,e,f\n")
        #expect(
            rows.map(\.fields) == [
                ["a", "Pump, bed 4", "5\" screen"], ["b", "line one\nline two", "c"], ["d", "e", "f"],
            ]
        )
        #expect(rows.map(\.line) == [1, 2, 4], "the row after a two-line field starts on line 4")
        #expect(try read("\"\"\"\"").map(\.fields) == [["\""]])
    }

    @Test func lineEndsMayBeCRLFLFOrCR() throws {
        let crlf = try read("a,b\r\nc,d\r\n")
        #expect(crlf == [.init(line: 1, fields: ["a", "b"]), .init(line: 2, fields: ["c", "d"])])
        let cr = try read("a\rb\r\rc")
        #expect(cr == [.init(line: 1, fields: ["a"]), .init(line: 2, fields: ["b"]), .init(line: 4, fields: ["c"])])
        let mixed = try read("\"x\r\ny\",z\r\nw\n")
        #expect(mixed == [.init(line: 1, fields: ["x\r\ny", "z"]), .init(line: 3, fields: ["w"])])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let rows = try read("\u{FEFF}name,ip\r\nx,y\r\n")
        #expect(rows.first?.fields == ["name", "ip"])
        #expect(rows.first?.fields.first?.unicodeScalars.first == "n")
    }

    @Test func blankLinesAreSkippedAndLinesStillCounted() throws {
        let rows = try read("a\n\n   \n\t\nb\r\n\r\nc\n\n")
        #expect(rows == [.init(line: 1, fields: ["a"]), .init(line: 5, fields: ["b"]), .init(line: 7, fields: ["c"])])
    }

    @Test func otherSeparators() throws {
        #expect(try read("a;\"b;c\";d\n", CSVReader(separator: .semicolon)).map(\.fields) == [["a", "b;c", "d"]])
        #expect(try read("a\tb,c\t\n", CSVReader(separator: .tab)).map(\.fields) == [["a", "b,c", ""]])
        #expect(try read("a;b\n").map(\.fields) == [["a;b"]], "a comma reader leaves semicolons alone")
    }

    @Test func unterminatedQuoteIsReportedWhereItOpens() {
        let error = failure("a,b\nc,\"open\nmore\nstill more\n")
        #expect(error?.code == .invalidInput)
        #expect(error?.location == "f.csv:2:3")
        #expect(error?.message.contains("never closed") == true)
    }

    @Test func strayQuoteInAnUnquotedField() {
        let error = failure("a,b\nc,d\"e\n")
        #expect(error?.code == .invalidInput)
        #expect(error?.location == "f.csv:2:4")
        let spaced = failure("a, \"b\"\n")
        #expect(spaced?.location == "f.csv:1:4")
        #expect(spaced?.message.contains("remove the spaces") == true)
    }

    @Test func characterAfterAClosingQuote() {
        let error = failure("x\n\"a\"b,c\n")
        #expect(error?.code == .invalidInput)
        #expect(error?.location == "f.csv:2:4")
        #expect(error?.message.hasPrefix("'b' follows the closing quote") == true)
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(failure("é€,\"x\"y\n")?.location == "f.csv:1:7")
        #expect(failure("\u{FEFF}ab\"\n")?.location == "f.csv:1:3", "the byte order mark is not a column")
    }

    @Test func rowLimit() throws {
        let reader = CSVReader(maximumRows: 2)
        #expect(try read("a\nb\n\n", reader).count == 2)
        let error = failure("a\n\nb\nc\n", reader)
        #expect(error?.code == .tooLarge)
        #expect(error?.location == "f.csv:4")
        #expect(CSVReader().maximumRows == 100_000)
    }

    @Test func fieldLimit() throws {
        let reader = CSVReader(maximumFieldBytes: 4)
        #expect(try read("abcd,\"é\"\"\"\n", reader).map(\.fields) == [["abcd", "é\""]])
        let error = failure("ok\nab,\"abcde\"\n", reader)
        #expect(error?.code == .tooLarge)
        #expect(error?.location == "f.csv:2:4")
        #expect(failure("ééé\n", reader)?.code == .tooLarge, "the limit counts UTF-8 bytes")
        #expect(CSVReader().maximumFieldBytes == 65_536)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("Pump, bed 4", "\"Pump, bed 4\""),
        ("5\" screen", "\"5\"\" screen\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        (" padded", "\" padded\""),
        ("padded ", "\"padded \""),
        ("a;b", "a;b"),
    ])
    func fieldsAreQuotedOnlyWhenNeeded(field: String, written: String) {
        #expect(CSVReader.encode(field: field) == written)
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x.example\",\"open\")", "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"open\"\")\""),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\r=1", "\"'\r=1\""),
        ("a=b", "a=b"),
    ])
    func formulasAreNeutralised(field: String, written: String) throws {
        #expect(CSVReader.encode(field: field) == written)
        let cell = try #require(try read(written + "\r\n").first?.fields.first)
        let startsLikeAFormula = field.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
        #expect(cell == (startsLikeAFormula ? "'" + field : field))
        #expect(CSVReader.removingFormulaGuard(from: cell) == field)
    }

    @Test func removingFormulaGuardLeavesOtherApostrophesAlone() {
        #expect(CSVReader.removingFormulaGuard(from: "'=1") == "=1")
        #expect(CSVReader.removingFormulaGuard(from: "'quoted'") == "'quoted'")
        #expect(CSVReader.removingFormulaGuard(from: "'") == "'")
        #expect(CSVReader.removingFormulaGuard(from: "-1") == "-1")
    }

    @Test func encodedRowsReadBackUnchanged() throws {
        let rows = [
            ["name", "notes", "count"],
            ["Pump, bed 4", "said \"hi\"\r\nthen left", ""],
            [""],
            ["é", " x ", "a;b"],
        ]
        let text = CSVReader.encode(rows)
        #expect(text.hasPrefix("name,notes,count\r\n\"Pump, bed 4\",\"said \"\"hi\"\"\r\nthen left\",\r\n\"\"\r\n"))
        #expect(try read(text).map(\.fields) == rows)
        #expect(try read(text).map(\.line) == [1, 2, 4, 5])
        let semicolons = CSVReader.encode([["a;b", "c,d"]], separator: .semicolon)
        #expect(semicolons == "\"a;b\";c,d\r\n")
    }
}
