import Foundation

/// An alert as an RFC 5424 syslog record: `<PRI>1 TIMESTAMP HOSTNAME ward - ALERT - MSG`, where PRI is the facility
/// times 8 plus the severity of the alert's decision, TIMESTAMP is RFC 3339 in UTC with milliseconds, APP-NAME is
/// `ward`, PROCID `-`, MSGID `ALERT`, there is no structured data (`-`), and MSG is
/// ``AlertNotification/syslogLine``. Pure, so it is tested without a collector.
struct SyslogRecord: Sendable {
    /// The largest record Ward sends over UDP: RFC 5426 asks receivers to accept 2048 octets, not more.
    static let maximumDatagramLength = 2048

    var facility: Int
    var severity: Int
    var timestamp: Date
    var hostname: String
    var message: String

    init(alert: AlertNotification, facility: Int, hostname: String, timestamp: Date = Date()) {
        self.facility = facility
        self.severity = alert.syslogSeverity
        self.timestamp = timestamp
        self.hostname = hostname
        self.message = alert.syslogLine
    }

    /// `facility * 8 + severity`.
    var priority: Int { facility * 8 + severity }

    /// The record, cut on a character boundary so that its UTF-8 form is at most `maximumLength` bytes.
    func text(maximumLength: Int? = nil) -> String {
        let time = timestamp.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        let header = "<\(priority)>1 \(time) \(Self.field(hostname)) ward - ALERT - "
        var record = header + message
        if let maximumLength {
            while record.utf8.count > maximumLength, !record.isEmpty { record.removeLast() }
        }
        return record
    }

    /// RFC 6587 octet counting: the record's length in bytes, a space, the record.
    static func octetCounted(_ record: String) -> String { "\(record.utf8.count) \(record)" }

    /// A header field is 1 to 255 printable ASCII characters, or `-` when there is nothing to say.
    static func field(_ text: String) -> String {
        let printable = String(String.UnicodeScalarView(text.unicodeScalars.filter { (33...126).contains($0.value) }))
        return printable.isEmpty ? "-" : String(printable.prefix(255))
    }

    /// The machine's host name, for the HOSTNAME field when the configuration gives none.
    static var localHostname: String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, 255) == 0 else { return "-" }
        return field(String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}
