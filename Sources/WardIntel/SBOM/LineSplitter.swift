import Foundation

/// Splits bytes that arrive in chunks into numbered lines, for the line-oriented formats that are streamed.
///
/// A line may span two chunks, so the unfinished tail of one chunk is kept for the next. Line ends may be `\n` or
/// `\r\n`; lines are numbered from 1 as editors show them, so that errors point where a person will look.
struct LineSplitter {
    private var remainder: [UInt8] = []
    private var number = 0

    mutating func feed(_ chunk: Data, _ body: (Substring, Int) throws -> Void) throws {
        try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start < bytes.count,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let line = UnsafeBufferPointer(rebasing: bytes[start..<newline])
                if remainder.isEmpty {
                    try emit(line, body)
                } else {
                    remainder.append(contentsOf: line)
                    let joined = remainder
                    remainder.removeAll(keepingCapacity: true)
                    try joined.withUnsafeBufferPointer { try emit($0, body) }
                }
                start = newline + 1
            }
            remainder.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    mutating func finish(_ body: (Substring, Int) throws -> Void) throws {
        guard !remainder.isEmpty else { return }
        let last = remainder
        remainder = []
        try last.withUnsafeBufferPointer { try emit($0, body) }
    }

    private mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Substring, Int) throws -> Void) throws {
        number += 1
        var line = bytes
        if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        try body(Substring(String(decoding: line, as: UTF8.self)), number)
    }
}
