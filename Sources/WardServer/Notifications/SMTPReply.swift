/// One reply of an SMTP server: a three-digit code and the text of its lines (RFC 5321 4.2).
struct SMTPReply: Sendable, Hashable {
    var code: Int
    var lines: [String]

    /// The reply as the server wrote it, lines joined by ` / `, for error messages.
    var text: String { lines.map { "\(code) \($0)" }.joined(separator: " / ") }

    var isPositive: Bool { (200...399).contains(code) }
    /// A 5xx reply: repeating the same command will not help.
    var isPermanentFailure: Bool { (500...599).contains(code) }
}

/// Cuts the bytes an SMTP server sends into replies, line by line, and refuses a server that talks too much: a line
/// over ``maximumLineLength`` or a reply over ``maximumReplyLength`` is an error, so a hostile relay cannot make Ward
/// buffer without end.
struct SMTPReplyReader: Sendable {
    static let maximumLineLength = 2048
    static let maximumReplyLength = 64 * 1024

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    private var buffer: [UInt8] = []
    private var code: Int?
    private var lines: [String] = []
    private var replyLength = 0

    mutating func append<Bytes: Sequence<UInt8>>(_ bytes: Bytes) { buffer.append(contentsOf: bytes) }

    /// The next complete reply, or nil when more bytes are needed.
    mutating func next() throws(Malformed) -> SMTPReply? {
        while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(buffer[..<newline])
            buffer.removeFirst(newline + 1)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            replyLength += line.count + 2
            guard line.count <= Self.maximumLineLength, replyLength <= Self.maximumReplyLength else {
                throw Malformed(description: "the server sent a reply longer than \(Self.maximumReplyLength) bytes")
            }
            guard line.count >= 3, line[0...2].allSatisfy({ (48...57).contains($0) }),
                line.count == 3 || line[3] == UInt8(ascii: " ") || line[3] == UInt8(ascii: "-")
            else {
                throw Malformed(description: "the server sent \"\(Self.printable(line))\", which is not an SMTP reply")
            }
            let lineCode = Int(String(decoding: line[0...2], as: UTF8.self)) ?? 0
            if let code, code != lineCode {
                throw Malformed(description: "the server mixed reply codes \(code) and \(lineCode) in one reply")
            }
            code = lineCode
            lines.append(line.count > 4 ? Self.printable(line[4...]) : "")
            if line.count == 3 || line[3] == UInt8(ascii: " ") {
                let reply = SMTPReply(code: lineCode, lines: lines)
                code = nil
                lines = []
                replyLength = 0
                return reply
            }
        }
        guard buffer.count <= Self.maximumLineLength else {
            throw Malformed(description: "the server sent a line longer than \(Self.maximumLineLength) bytes")
        }
        return nil
    }

    /// Text safe to put in a message: non-printable bytes become `?`.
    static func printable<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: bytes.prefix(300).map { (32...126).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }
}
