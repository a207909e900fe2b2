import Foundation
import WardCore

/// Reads FIRST's daily EPSS CSV line by line, so the whole table (some 300,000 rows) never has to be held as text.
///
/// The file begins with a comment line that carries the model version and the score date
/// (`#model_version:v2026.06.15,score_date:2026-09-29T12:00:22Z`), then the header `cve,epss,percentile`. Rows are
/// not in numeric CVE order and numbers carry a varying count of decimals; both are fine.
public enum EPSSReader {
    /// Reads a file in chunks of 64 KiB.
    ///
    /// - Throws: `invalidInput` naming the file and line of the first bad row; nothing is returned in that case.
    public static func read(contentsOf url: URL) throws -> EPSSScores {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw WardError(.notFound, "the file cannot be read", location: url.path)
        }
        defer { try? handle.close() }
        var parser = Parser(file: url.lastPathComponent)
        while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
            try parser.consume(chunk)
        }
        return try parser.finish()
    }

    /// Reads scores already in memory.
    public static func read(_ data: Data, file: String) throws -> EPSSScores {
        var parser = Parser(file: file)
        try parser.consume(data)
        return try parser.finish()
    }

    struct Parser {
        let file: String
        var line = 0
        var pending: [UInt8] = []
        var result = EPSSScores()
        var sawHeader = false
        var columns: (cve: Int, epss: Int, percentile: Int) = (0, 1, 2)

        init(file: String) { self.file = file }

        mutating func consume(_ data: Data) throws {
            var start = data.startIndex
            while let newline = data[start...].firstIndex(of: 0x0A) {
                if pending.isEmpty {
                    try handle(data[start..<newline])
                } else {
                    pending.append(contentsOf: data[start..<newline])
                    let bytes = pending
                    pending.removeAll(keepingCapacity: true)
                    try handle(bytes[...])
                }
                start = data.index(after: newline)
            }
            pending.append(contentsOf: data[start...])
            if pending.count > 4096 {
                throw WardError(
                    .invalidInput,
                    "line \(line + 1) is longer than 4096 bytes; this is not an EPSS file",
                    location: "\(file), line \(line + 1)"
                )
            }
        }

        mutating func finish() throws -> EPSSScores {
            if !pending.isEmpty {
                let bytes = pending
                pending.removeAll()
                try handle(bytes[...])
            }
            guard sawHeader else {
                throw WardError(.invalidInput, "there is no 'cve,epss,percentile' header", location: file)
            }
            return result
        }

        private mutating func handle<Bytes: Collection<UInt8>>(_ raw: Bytes) throws {
            line += 1
            var text = String(decoding: raw, as: UTF8.self)
            if text.hasSuffix("\r") { text.removeLast() }
            if line == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            if text.isEmpty { return }
            if text.hasPrefix("#") {
                for pair in text.dropFirst().split(separator: ",") {
                    let parts = pair.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2 else { continue }
                    switch parts[0] {
                    case "model_version": result.modelVersion = String(parts[1])
                    case "score_date": result.scoreDate = String(parts[1])
                    default: break
                    }
                }
                return
            }
            let fields = text.split(separator: ",", omittingEmptySubsequences: false)
            if !sawHeader {
                let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard let cve = names.firstIndex(of: "cve"), let epss = names.firstIndex(of: "epss"),
                    let percentile = names.firstIndex(of: "percentile")
                else {
                    throw WardError(
                        .invalidInput,
                        "expected the header 'cve,epss,percentile', found '\(text)'",
                        location: "\(file), line \(line)"
                    )
                }
                columns = (cve, epss, percentile)
                sawHeader = true
                return
            }
            let location = "\(file), line \(line)"
            guard fields.count > max(columns.cve, columns.epss, columns.percentile) else {
                throw WardError(.invalidInput, "the row has \(fields.count) fields, expected 3", location: location)
            }
            let cve = String(fields[columns.cve])
            guard CVEIdentifier.isValid(cve) else {
                throw WardError(.invalidInput, "'\(cve)' is not a CVE identifier", location: location)
            }
            guard let probability = Double(fields[columns.epss]), (0...1).contains(probability) else {
                throw WardError(
                    .invalidInput,
                    "the epss value '\(fields[columns.epss])' is not a number from 0 to 1",
                    location: location
                )
            }
            guard let percentile = Double(fields[columns.percentile]), (0...1).contains(percentile) else {
                throw WardError(
                    .invalidInput,
                    "the percentile '\(fields[columns.percentile])' is not a number from 0 to 1",
                    location: location
                )
            }
            result.scores[cve] = EPSSScores.Score(probability: probability, percentile: percentile)
        }
    }
}
