import Foundation

/// The pure part of the text-banner probe: which protocol a greeting belongs to (FTP, SMTP, POP3, IMAP, Telnet,
/// SSH), which product it names, and what the capability answers of SMTP (`EHLO`), IMAP (`CAPABILITY`), POP3 (`CAPA`)
/// and FTP (`FEAT`) say. ``BannerProbes/banner(host:port:timeout:)`` does the network part.
public enum TextBannerProbe {
    /// The protocols the classifier recognises.
    public enum Service: String, Hashable, Sendable, Codable {
        case ftp, smtp, pop3, imap, telnet, ssh
        /// Bytes came, but no known greeting; the banner is still reported.
        case unknown
    }

    /// The longest banner text Ward keeps, in characters.
    public static let maximumBannerLength = 512

    /// The host name Ward greets an SMTP server with: `.invalid` is reserved (RFC 2606) and never resolves.
    public static let heloName = "ward-scanner.invalid"

    /// Tells which protocol the first bytes of a connection belong to.
    ///
    /// A `220` greeting is SMTP when it says `SMTP` and FTP when it says `FTP`; otherwise the port decides (21 and
    /// 990 FTP; 25, 465, 587 and 2525 SMTP), and without a known port the service is ``Service/unknown``.
    ///
    /// - Parameters:
    ///   - bytes: The first bytes the server sent, before Ward sent anything.
    ///   - port: The port, as a hint for a `220` greeting that names neither protocol.
    /// - Returns: The protocol, or `nil` for no bytes at all.
    public static func classify(_ bytes: [UInt8], port: Int? = nil) -> Service? {
        guard let first = bytes.first else { return nil }
        if first == 0xFF { return .telnet }
        let line = firstLine(bytes) ?? String(decoding: bytes.prefix(maximumBannerLength), as: UTF8.self)
        if line.hasPrefix("SSH-") { return .ssh }
        if line.hasPrefix("+OK") { return .pop3 }
        if line.hasPrefix("* OK") || line.hasPrefix("* PREAUTH") || line.hasPrefix("* BYE") { return .imap }
        // vsftpd greets with this instead of 220 when its configuration stops it from serving anyone.
        if line.hasPrefix("500 OOPS: ") { return .ftp }
        let code = line.prefix(3)
        if ["220", "421", "554"].contains(code), line.count == 3 || [" ", "-"].contains(line.dropFirst(3).first) {
            let upper = line.uppercased()
            if upper.contains("SMTP") || upper.contains("MAIL") { return .smtp }
            if upper.contains("FTP") { return .ftp }
            switch port {
            case 21, 990: return .ftp
            case 25, 465, 587, 2525: return .smtp
            default: return .unknown
            }
        }
        return .unknown
    }

    /// Whether the greeting is complete: a Telnet negotiation, a whole line, or the last line of a multi-line
    /// `220-` reply.
    static func greetingComplete(_ bytes: [UInt8]) -> Bool {
        if bytes.first == 0xFF { return true }
        guard let line = firstLine(bytes) else { return false }
        if line.count >= 4, line.prefix(3).allSatisfy(\.isNumber), line.dropFirst(3).first == "-" {
            return replyComplete(bytes)
        }
        return true
    }

    /// The first line of the bytes without its CR LF, cut to ``maximumBannerLength``; `nil` without a line feed.
    public static func firstLine(_ bytes: [UInt8]) -> String? {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
        var line = bytes[..<newline]
        if line.last == 0x0D { line = line.dropLast() }
        return String(decoding: line.prefix(maximumBannerLength), as: UTF8.self)
    }

    /// The complete lines of the bytes, without CR LF.
    public static func lines(_ bytes: [UInt8]) -> [String] {
        guard let last = bytes.lastIndex(of: 0x0A) else { return [] }
        return bytes[...last].split(separator: 0x0A).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }

    /// Whether an SMTP or FTP reply is complete: it has a line of three digits followed by a space (or nothing).
    public static func replyComplete(_ bytes: [UInt8]) -> Bool {
        lines(bytes).contains { line in
            line.count >= 3 && line.prefix(3).allSatisfy(\.isNumber)
                && (line.count == 3 || line.dropFirst(3).first == " ")
        }
    }

    /// The keywords of a multi-line SMTP `250` reply to `EHLO` or FTP `211` reply to `FEAT`, upper-cased, without
    /// the first line (the greeting or the header): `["PIPELINING", "SIZE 10240000", "STARTTLS", …]`.
    public static func extensions(_ bytes: [UInt8]) -> [String] {
        let all = lines(bytes)
        guard let first = all.first, first.hasPrefix("250") || first.hasPrefix("211") else { return [] }
        return all.dropFirst().compactMap { line in
            // SMTP: "250-STARTTLS" / "250 HELP"; FTP: " AUTH TLS" then "211 End".
            if line.hasPrefix(" ") { return line.trimmingCharacters(in: .whitespaces).uppercased() }
            guard line.hasPrefix("250"), line.count > 4 else { return nil }
            return String(line.dropFirst(4)).uppercased()
        }
    }

    /// The IMAP capabilities, from a `* CAPABILITY …` line or a `[CAPABILITY …]` response code in the greeting;
    /// upper-cased; `nil` when neither appears.
    public static func imapCapabilities(_ bytes: [UInt8]) -> [String]? {
        for line in lines(bytes) {
            let upper = line.uppercased()
            if upper.hasPrefix("* CAPABILITY ") {
                return upper.dropFirst(13).split(separator: " ").map(String.init)
            }
            if let open = upper.range(of: "[CAPABILITY "), let close = upper[open.upperBound...].firstIndex(of: "]") {
                return upper[open.upperBound..<close].split(separator: " ").map(String.init)
            }
        }
        return nil
    }

    /// Whether an IMAP exchange has reached the tagged answer of `tag`.
    static func taggedComplete(_ bytes: [UInt8], tag: String) -> Bool {
        lines(bytes).contains { $0.hasPrefix(tag + " ") }
    }

    /// The POP3 capabilities of a `+OK` reply to `CAPA` (the lines up to `.`), upper-cased; `nil` after `-ERR`.
    public static func pop3Capabilities(_ bytes: [UInt8]) -> [String]? {
        let all = lines(bytes)
        guard let first = all.first, first.hasPrefix("+OK") else { return nil }
        return all.dropFirst().prefix { $0 != "." }.map { $0.uppercased() }
    }

    /// Whether a POP3 reply to `CAPA` is complete: `-ERR`, or `+OK` and a line with a single dot.
    static func pop3CapabilitiesComplete(_ bytes: [UInt8]) -> Bool {
        let all = lines(bytes)
        guard let first = all.first else { return false }
        return first.hasPrefix("-ERR") || all.dropFirst().contains(".")
    }

    /// The printable text of Telnet bytes with the option negotiation (RFC 854: `IAC` 0xFF and a command, `IAC SB …
    /// IAC SE`) taken out, and the number of negotiation commands.
    public static func telnetText(_ bytes: [UInt8]) -> (text: String, commands: Int) {
        var text: [UInt8] = []
        var commands = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0xFF else {
                if byte >= 0x20 || byte == 0x0A || byte == 0x09 { text.append(byte) }
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let command = bytes[index + 1]
            switch command {
            case 0xFF:  // an escaped 0xFF data byte
                index += 2
            case 0xFB...0xFE:  // WILL, WONT, DO, DONT and an option
                commands += 1
                index += 3
            case 0xFA:  // SB … IAC SE
                commands += 1
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == 0xFF && bytes[end + 1] == 0xF0) { end += 1 }
                index = end + 2
            default:
                commands += 1
                index += 2
            }
        }
        let string = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return (String(string.prefix(maximumBannerLength)), commands)
    }

    /// A product named in a greeting, its version when it follows the name, and the CPE 2.3 name when Ward knows the
    /// product's vendor and the version is there.
    public static func product(in greeting: String) -> (product: String, version: String?, cpe: String?)? {
        let known: [(name: String, cpe: String?)] = [
            ("vsFTPd", "vsftpd_project:vsftpd"), ("ProFTPD", "proftpd:proftpd"), ("Pure-FTPd", "pureftpd:pure-ftpd"),
            ("FileZilla Server", "filezilla-project:filezilla_server"), ("Postfix", "postfix:postfix"),
            ("Exim", "exim:exim"), ("Sendmail", "sendmail:sendmail"), ("Dovecot", "dovecot:dovecot"),
            ("Courier", nil), ("Cyrus", "cmu:cyrus_imap_server"), ("Microsoft ESMTP MAIL Service", nil),
            ("Microsoft FTP Service", nil),
        ]
        for entry in known {
            guard let range = greeting.range(of: entry.name, options: .caseInsensitive) else { continue }
            let after = greeting[range.upperBound...].drop { $0 == " " || $0 == "/" || $0 == "_" }
            var version = String(after.prefix { $0.isNumber || $0 == "." || $0.isLetter && $0.isLowercase })
            while version.hasSuffix(".") { version.removeLast() }
            let hasVersion = version.first?.isNumber == true
            let cpe = hasVersion ? entry.cpe.map { "cpe:2.3:a:\($0):\(version):*:*:*:*:*:*:*" } : nil
            return (entry.name, hasVersion ? version : nil, cpe)
        }
        return nil
    }
}
