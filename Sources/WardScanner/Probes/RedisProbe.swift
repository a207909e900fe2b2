import Foundation

/// The pure part of the Redis probe: the inline `PING` and `INFO server` commands and the RESP replies to them.
/// ``BannerProbes/redis(host:port:timeout:)`` does the network part.
public enum RedisProbe {
    /// The inline command that asks whether the server answers without authentication.
    public static let ping = Array("PING\r\n".utf8)
    /// The inline command that asks for the server section of INFO, sent only after `+PONG`.
    public static let infoServer = Array("INFO server\r\n".utf8)
    /// The inline command that ends the connection politely.
    public static let quit = Array("QUIT\r\n".utf8)

    /// What the server answered to `PING`.
    public enum PingReply: Hashable, Sendable {
        /// `+PONG`: the server runs commands for anyone who connects.
        case pong
        /// `-NOAUTH …`: a password is required.
        case authenticationRequired(String)
        /// Another `-` error, such as `-DENIED` from protected mode; the text without the dash.
        case error(String)
        /// Not a RESP reply to PING: not Redis.
        case other
    }

    /// Reads the first line of the reply to `PING`; `nil` while the line is incomplete.
    public static func pingReply(_ bytes: [UInt8]) -> PingReply? {
        guard let line = firstLine(bytes) else { return nil }
        if line == "+PONG" { return .pong }
        if line.hasPrefix("-NOAUTH") { return .authenticationRequired(String(line.dropFirst())) }
        if line.hasPrefix("-") { return .error(String(line.dropFirst())) }
        return .other
    }

    /// The text of a RESP bulk string reply (`$LENGTH\r\n…\r\n`, or a RESP3 verbatim string `=LENGTH\r\ntxt:…`);
    /// `nil` while incomplete or when the reply is something else.
    public static func bulkString(_ bytes: [UInt8]) -> String? {
        guard let first = bytes.first, first == UInt8(ascii: "$") || first == UInt8(ascii: "="),
            let lineEnd = bytes.firstIndex(of: 0x0A), lineEnd >= 2, bytes[lineEnd - 1] == 0x0D,
            let length = Int(String(decoding: bytes[1..<(lineEnd - 1)], as: UTF8.self)), length >= 0
        else { return nil }
        let start = lineEnd + 1
        guard bytes.count >= start + length else { return nil }
        var text = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
        if first == UInt8(ascii: "=") { text = String(text.dropFirst(4)) }
        return text
    }

    /// Whether the bytes hold a whole reply to `INFO server`, or an error line, or cannot become one.
    static func infoComplete(_ bytes: [UInt8]) -> Bool {
        bulkString(bytes) != nil || (bytes.first == UInt8(ascii: "-") && bytes.contains(0x0A))
            || (bytes.first.map { $0 != UInt8(ascii: "$") && $0 != UInt8(ascii: "=") } ?? false)
    }

    /// The `key:value` fields of an INFO reply; comment lines (`# Server`) and blank lines are skipped.
    public static func infoFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return fields
    }

    /// The CPE 2.3 name of a Redis version such as `7.0.15`.
    public static func cpe(version: String) -> String? {
        guard !version.isEmpty, version.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return "cpe:2.3:a:redis:redis:\(version):*:*:*:*:*:*:*"
    }

    static func firstLine(_ bytes: [UInt8]) -> String? {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
        var line = bytes[..<newline]
        if line.last == 0x0D { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
