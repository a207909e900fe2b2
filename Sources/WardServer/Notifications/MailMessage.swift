import Foundation

/// The bytes of an alert e-mail as they go after `DATA`: headers, a quoted-printable plain-text body, CRLF line
/// endings, dot-stuffing and the terminating `.` line. Pure, so it is tested without a relay.
struct MailMessage: Sendable {
    var from: String
    var to: [String]
    var subject: String
    var body: String
    var date: Date
    var messageID: String

    init(alert: AlertNotification, from: String, to: [String], date: Date = Date(), messageID: String? = nil) {
        self.from = from
        self.to = to
        self.subject = alert.subject
        self.body = alert.plainText
        self.date = date
        let domain = from.split(separator: "@").last.map(String.init) ?? "ward.invalid"
        self.messageID = messageID ?? "<\(UUID().uuidString.lowercased())@\(domain)>"
    }

    /// The message in RFC 5322 form with CRLF line endings, before dot-stuffing.
    var rfc5322: String {
        let headers = [
            "Date: \(Self.rfc5322Date(date))",
            "From: \(from)",
            "To: \(to.joined(separator: ", "))",
            "Subject: \(Self.encodedWord(subject))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            // Quoted-printable keeps every line short and 7-bit, so any relay carries it unchanged.
            "Content-Transfer-Encoding: quoted-printable",
            "Auto-Submitted: auto-generated",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + Self.quotedPrintable(body) + "\r\n"
    }

    /// What follows the server's `354`: the message with every line that starts with `.` doubled (RFC 5321 4.5.2)
    /// and the terminating `CRLF.CRLF`.
    var dataPayload: String {
        let lines = rfc5322.components(separatedBy: "\r\n").dropLast()
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n.\r\n"
    }

    /// RFC 2045 quoted-printable of UTF-8 text whose lines are separated by `\n`; encoded lines stay within 76
    /// characters through soft line breaks.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var encoded: [UInt8] = []
            var width = 0
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                // Trailing spaces and tabs are encoded because transports may strip them.
                let literal =
                    (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 32 || byte == 9) && !isLast)
                let piece = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                if width + piece.count > 75 {
                    encoded += [UInt8(ascii: "="), 13, 10]
                    width = 0
                }
                encoded += piece
                width += piece.count
            }
            output.append(String(decoding: encoded, as: UTF8.self))
        }
        return output.joined(separator: "\r\n")
    }

    /// The header text itself when it is plain ASCII; otherwise RFC 2047 encoded words on folded lines.
    ///
    /// An encoded word may be at most 75 characters, so the text is cut, between characters, into pieces of at most
    /// 45 bytes (60 in base64); a reader joins adjacent encoded words without the folding space.
    static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII }) { return text }
        var pieces: [String] = []
        var piece = ""
        for character in text {
            if piece.utf8.count + character.utf8.count > 45 {
                pieces.append(piece)
                piece = ""
            }
            piece.append(character)
        }
        pieces.append(piece)
        return pieces.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
