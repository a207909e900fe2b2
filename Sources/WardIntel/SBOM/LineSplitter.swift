import Foundation

/// Splits bytes that arrive in chunks into numbered lines, for the line-oriented formats that are streamed.
///
/// A line may span two chunks, so the unfinished tail of one chunk is kept for the next. Line ends may be `\n` or
/// `\r\n`; lines are numbered from 1 as editors show them, so that errors point where a person will look.
struct LineSplitter {
    private var remainder = Data()
    private var number = 0

    mutating func feed(_ chunk: Data, _ body: (Substring, Int) throws -> Void) throws {
        var data = remainder.isEmpty ? chunk : remainder + chunk
        remainder = Data()
        var start = data.startIndex
        while let newline = data[start...].firstIndex(of: 0x0A) {
            try emit(data[start..<newline], body)
            start = newline + 1
        }
        if start < data.endIndex {
            data = data[start...]
            remainder = Data(data)
        }
    }

    mutating func finish(_ body: (Substring, Int) throws -> Void) throws {
        if !remainder.isEmpty {
            try emit(remainder[...], body)
            remainder = Data()
        }
    }

    private mutating func emit(_ bytes: Data.SubSequence, _ body: (Substring, Int) throws -> Void) throws {
        number += 1
        var line = bytes
        if line.last == 0x0D { line = line.dropLast() }
        try body(Substring(String(decoding: line, as: UTF8.self)), number)
    }
}
