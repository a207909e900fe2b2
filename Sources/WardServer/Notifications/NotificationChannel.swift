import Foundation
import WardCore

/// Where an ``AlertNotification`` goes: a webhook, a mail relay or a syslog collector.
///
/// Call ``validate()`` when the configuration is saved, so that a typo is reported to the person who made it rather
/// than when the first alert fails; ``Notifier`` validates again before it sends.
public enum NotificationChannel: Sendable, Codable, Hashable {
    /// JSON over HTTP(S) `POST`.
    case webhook(Webhook)
    /// An e-mail through an SMTP relay.
    case smtp(SMTP)
    /// An RFC 5424 syslog record over UDP or TCP.
    case syslog(Syslog)

    /// A webhook: Ward posts ``AlertNotification/jsonBody()`` to ``url``.
    public struct Webhook: Sendable, Codable, Hashable {
        /// The receiver's address, `https://…`.
        public var url: String
        /// A secret shared with the receiver. When set, every request carries
        /// `X-Ward-Signature: sha256=<hex HMAC-SHA256 of the body keyed with the secret>`.
        public var secret: String?
        /// Plain `http://` is refused unless this is set: alerts describe a hospital's weaknesses.
        public var allowPlainHTTP: Bool

        /// Creates a webhook configuration.
        public init(url: String, secret: String? = nil, allowPlainHTTP: Bool = false) {
            self.url = url
            self.secret = secret
            self.allowPlainHTTP = allowPlainHTTP
        }
    }

    /// An SMTP relay that accepts mail from Ward without authentication.
    ///
    /// - Important: Ward speaks plain SMTP (no STARTTLS, no AUTH), so the relay should run on the same host
    ///   (`localhost`) or on a trusted segment, and forward the mail over TLS itself.
    public struct SMTP: Sendable, Codable, Hashable {
        /// The relay's host name or address.
        public var host: String
        /// The relay's port, usually 25 (or 587 for a submission relay that allows unauthenticated local senders).
        public var port: Int
        /// The envelope sender and `From:` address.
        public var from: String
        /// The recipients; each gets its own `RCPT TO`.
        public var to: [String]
        /// The name Ward gives in `EHLO`; a relay may check it.
        public var clientName: String

        /// Creates an SMTP configuration.
        public init(host: String, port: Int = 25, from: String, to: [String], clientName: String = "localhost") {
            self.host = host
            self.port = port
            self.from = from
            self.to = to
            self.clientName = clientName
        }
    }

    /// A syslog collector.
    public struct Syslog: Sendable, Codable, Hashable {
        /// How records travel.
        public enum Transport: String, Sendable, Codable, Hashable, CaseIterable {
            /// One datagram per record (RFC 5426); nothing tells Ward whether it arrived.
            case udp
            /// A TCP stream with octet-counting framing (RFC 6587): `LENGTH SP RECORD`.
            case tcp
        }

        /// The collector's host name or address.
        public var host: String
        /// The collector's port, usually 514.
        public var port: Int
        /// UDP or TCP.
        public var transport: Transport
        /// The syslog facility, 0 (kern) to 23 (local7); the default, 20, is local4.
        public var facility: Int
        /// The HOSTNAME field of the records; the machine's name when unset.
        public var hostname: String?

        /// Creates a syslog configuration.
        public init(
            host: String,
            port: Int = 514,
            transport: Transport = .udp,
            facility: Int = 20,
            hostname: String? = nil
        ) {
            self.host = host
            self.port = port
            self.transport = transport
            self.facility = facility
            self.hostname = hostname
        }
    }

    private enum CodingKeys: String, CodingKey {
        case type, settings
    }

    /// Decodes `{"type": "webhook" | "smtp" | "syslog", "settings": {…}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "webhook": self = .webhook(try container.decode(Webhook.self, forKey: .settings))
        case "smtp": self = .smtp(try container.decode(SMTP.self, forKey: .settings))
        case "syslog": self = .syslog(try container.decode(Syslog.self, forKey: .settings))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type,
                in: container,
                debugDescription: "unknown channel type \"\(other)\"; expected webhook, smtp or syslog"
            )
        }
    }

    /// Encodes the channel as `{"type": "webhook" | "smtp" | "syslog", "settings": {…}}`, a shape that stays readable
    /// in a database column.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .webhook(let webhook):
            try container.encode("webhook", forKey: .type)
            try container.encode(webhook, forKey: .settings)
        case .smtp(let smtp):
            try container.encode("smtp", forKey: .type)
            try container.encode(smtp, forKey: .settings)
        case .syslog(let syslog):
            try container.encode("syslog", forKey: .type)
            try container.encode(syslog, forKey: .settings)
        }
    }

    /// A short name for messages and logs: `webhook https://hooks.example/ward`, `smtp relay:25`, `syslog udp
    /// collector:514`. Never includes the secret.
    public var name: String {
        switch self {
        case .webhook(let webhook):
            // The query string may carry a token, so only the part before it is shown.
            "webhook \(webhook.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? webhook.url)"
        case .smtp(let smtp): "smtp \(smtp.host):\(smtp.port)"
        case .syslog(let syslog): "syslog \(syslog.transport.rawValue) \(syslog.host):\(syslog.port)"
        }
    }

    /// Checks the configuration.
    ///
    /// - Throws: ``WardError`` with code `invalidInput` whose `location` names the field (`url`, `to[1]`, `port` …).
    public func validate() throws {
        switch self {
        case .webhook(let webhook): try webhook.validate()
        case .smtp(let smtp): try smtp.validate()
        case .syslog(let syslog): try syslog.validate()
        }
    }
}

extension NotificationChannel.Webhook {
    func validate() throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else {
            throw WardError(
                .invalidInput,
                "\"\(url)\" is not an address such as https://hooks.example/ward",
                location: "url"
            )
        }
        guard scheme == "https" || (scheme == "http" && allowPlainHTTP) else {
            throw WardError(
                .invalidInput,
                scheme == "http"
                    ? "plain http:// is refused because alerts describe weaknesses; use https:// or allow plain HTTP"
                    : "the address must start with https://",
                location: "url"
            )
        }
        if let port = components.port { try NotificationChannel.check(port: port) }
        if let secret, secret.isEmpty {
            throw WardError(.invalidInput, "the shared secret is empty; leave it unset or give one", location: "secret")
        }
    }
}

extension NotificationChannel.SMTP {
    func validate() throws {
        try NotificationChannel.check(host: host)
        try NotificationChannel.check(port: port)
        try Self.check(address: from, location: "from")
        guard !to.isEmpty else {
            throw WardError(.invalidInput, "give at least one recipient", location: "to")
        }
        for (index, recipient) in to.enumerated() { try Self.check(address: recipient, location: "to[\(index)]") }
        guard !clientName.isEmpty, clientName.allSatisfy({ $0.isASCII && !$0.isWhitespace && !$0.isNewline }) else {
            throw WardError(.invalidInput, "the EHLO name must be a host name without spaces", location: "clientName")
        }
    }

    /// A deliberately plain check: one `@`, something on each side, no spaces, brackets or line breaks, because the
    /// address goes verbatim into `MAIL FROM:<…>`, `RCPT TO:<…>` and the headers.
    static func check(address: String, location: String) throws {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden = address.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0 == " " || $0 == "<" || $0 == ">" || $0 == ","
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !forbidden, address.utf8.count <= 254 else {
            throw WardError(
                .invalidInput,
                "\"\(address)\" is not an e-mail address such as security@clinic.example",
                location: location
            )
        }
    }
}

extension NotificationChannel.Syslog {
    func validate() throws {
        try NotificationChannel.check(host: host)
        try NotificationChannel.check(port: port)
        guard (0...23).contains(facility) else {
            throw WardError(
                .invalidInput,
                "the facility must be between 0 (kern) and 23 (local7)",
                location: "facility"
            )
        }
        if let hostname {
            guard !hostname.isEmpty, hostname.utf8.count <= 255, hostname.utf8.allSatisfy({ (33...126).contains($0) })
            else {
                throw WardError(
                    .invalidInput,
                    "the syslog host name must be 1 to 255 printable ASCII characters without spaces",
                    location: "hostname"
                )
            }
        }
    }
}

extension NotificationChannel {
    static func check(port: Int) throws {
        guard (1...65535).contains(port) else {
            throw WardError(.invalidInput, "the port must be between 1 and 65535, not \(port)", location: "port")
        }
    }

    static func check(host: String) throws {
        guard !host.isEmpty,
            host.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.generalCategory != .control }),
            !host.contains(" ")
        else {
            throw WardError(.invalidInput, "\"\(host)\" is not a host name or address", location: "host")
        }
    }
}

// Settings left out of a stored or posted channel take the same defaults as the initializers, so an API caller
// writes only what differs (`{"url": "https://…"}` is a complete webhook).
extension NotificationChannel.Webhook {
    private enum Keys: String, CodingKey { case url, secret, allowPlainHTTP }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            url: try container.decode(String.self, forKey: .url),
            secret: try container.decodeIfPresent(String.self, forKey: .secret),
            allowPlainHTTP: try container.decodeIfPresent(Bool.self, forKey: .allowPlainHTTP) ?? false
        )
    }
}

extension NotificationChannel.SMTP {
    private enum Keys: String, CodingKey { case host, port, from, to, clientName }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            host: try container.decode(String.self, forKey: .host),
            port: try container.decodeIfPresent(Int.self, forKey: .port) ?? 25,
            from: try container.decode(String.self, forKey: .from),
            to: try container.decode([String].self, forKey: .to),
            clientName: try container.decodeIfPresent(String.self, forKey: .clientName) ?? "localhost"
        )
    }
}

extension NotificationChannel.Syslog {
    private enum Keys: String, CodingKey { case host, port, transport, facility, hostname }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            host: try container.decode(String.self, forKey: .host),
            port: try container.decodeIfPresent(Int.self, forKey: .port) ?? 514,
            transport: try container.decodeIfPresent(Transport.self, forKey: .transport) ?? .udp,
            facility: try container.decodeIfPresent(Int.self, forKey: .facility) ?? 20,
            hostname: try container.decodeIfPresent(String.self, forKey: .hostname)
        )
    }
}
