import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import WardCore

/// Delivers ``AlertNotification``s to ``NotificationChannel``s: webhooks, SMTP relays and syslog collectors.
///
/// Each attempt is bounded by ``Configuration/timeout``. A failure that may pass (a refused or dropped connection, a
/// timeout, an HTTP 5xx or 429, an SMTP 4xx) is tried again after a pause that doubles each time, up to
/// ``Configuration/attempts`` attempts in all; a failure that will not pass (an HTTP 4xx, an SMTP 5xx, an invalid
/// configuration) ends at once. UDP syslog is sent once: nothing tells Ward whether a datagram arrived.
///
/// The notifier owns one `HTTPClient` for all webhooks; call ``shutdown()`` when done with it.
///
/// ```swift
/// let notifier = Notifier(logger: logger)
/// defer { Task { try await notifier.shutdown() } }
/// try await notifier.send(alert, to: .webhook(.init(url: "https://hooks.example/ward", secret: secret)))
/// ```
public final class Notifier: Sendable {
    /// Timeouts and retries.
    public struct Configuration: Sendable {
        /// The most attempts per delivery, at least 1.
        public var attempts: Int = 3
        /// The longest one attempt may take, connection included.
        public var timeout: Duration = .seconds(10)
        /// The pause after the first failed attempt; it doubles after each further one.
        public var backoff: Duration = .seconds(1)

        /// Creates a configuration: 3 attempts of at most 10 s, 1 s then 2 s apart.
        public init(attempts: Int = 3, timeout: Duration = .seconds(10), backoff: Duration = .seconds(1)) {
            self.attempts = max(1, attempts)
            self.timeout = timeout
            self.backoff = backoff
        }
    }

    /// The largest webhook response body Ward reads, to quote it in an error.
    static let maximumResponseLength = 64 * 1024

    /// The timeouts and retries in use.
    public let configuration: Configuration
    let logger: Logger
    let httpClient: HTTPClient

    /// Creates a notifier and its HTTP client.
    ///
    /// - Parameters:
    ///   - configuration: Timeouts and retries.
    ///   - logger: Where deliveries and retries are logged; alerts' contents are not.
    public init(configuration: Configuration = Configuration(), logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        var client = HTTPClient.Configuration()
        // A redirect could carry a signed alert to another host, so the receiver's address is final.
        client.redirectConfiguration = .disallow
        client.timeout = .init(
            connect: Self.timeAmount(configuration.timeout),
            read: Self.timeAmount(configuration.timeout)
        )
        httpClient = HTTPClient(eventLoopGroupProvider: .singleton, configuration: client)
    }

    /// Shuts the HTTP client down; the notifier cannot send afterwards.
    public func shutdown() async throws {
        try await httpClient.shutdown()
    }

    /// Sends one alert to one channel, retrying as described in the type's discussion.
    ///
    /// - Throws: ``WardError`` with code `invalidInput` (and the field as `location`) when the channel's configuration
    ///   is invalid, or code `unavailable` naming the channel, the number of attempts and the last reason.
    public func send(_ alert: AlertNotification, to channel: NotificationChannel) async throws {
        try channel.validate()
        let attempts: Int
        if case .syslog(let syslog) = channel, syslog.transport == .udp {
            attempts = 1
        } else {
            attempts = configuration.attempts
        }
        var pause = configuration.backoff
        var attempt = 1
        while true {
            do {
                // AsyncHTTPClient enforces the timeout itself and then reports why it could not connect, which says
                // more than "no answer"; the outer deadline only catches what it misses.
                let grace: Duration = if case .webhook = channel { .seconds(1) } else { .zero }
                try await withDeadline(configuration.timeout + grace) { try await self.deliver(alert, to: channel) }
                logger.info(
                    "alert delivered",
                    metadata: ["channel": "\(channel.name)", "alert": "\(alert.alertID)", "attempt": "\(attempt)"]
                )
                return
            } catch let failure as DeliveryFailure {
                if !failure.transient || attempt >= attempts || Task.isCancelled {
                    throw WardError(
                        .unavailable,
                        "\(channel.name) failed after \(attempt) attempt\(attempt == 1 ? "" : "s"): \(failure.reason)",
                        cause: failure
                    )
                }
                logger.warning(
                    "alert delivery failed, retrying",
                    metadata: [
                        "channel": "\(channel.name)", "alert": "\(alert.alertID)", "attempt": "\(attempt)",
                        "reason": "\(failure.reason)",
                    ]
                )
            } catch let error as WardError {
                throw error
            } catch {
                throw WardError(.unavailable, "\(channel.name) failed: \(error)", cause: error)
            }
            try await Task.sleep(for: pause)
            pause *= 2
            attempt += 1
        }
    }

    func deliver(_ alert: AlertNotification, to channel: NotificationChannel) async throws {
        switch channel {
        case .webhook(let webhook): try await post(alert, to: webhook)
        case .smtp(let smtp):
            try await SMTPClient.send(
                MailMessage(alert: alert, from: smtp.from, to: smtp.to),
                via: smtp,
                connectTimeout: configuration.timeout,
                logger: logger
            )
        case .syslog(let syslog): try await SyslogSender.send(alert, to: syslog, connectTimeout: configuration.timeout)
        }
    }

    func post(_ alert: AlertNotification, to webhook: NotificationChannel.Webhook) async throws {
        let body = try alert.jsonBody()
        var request = HTTPClientRequest(url: webhook.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Ward")
        request.headers.add(name: "X-Ward-Alert-ID", value: AlertNotification.oneLine(alert.alertID))
        if let secret = webhook.secret {
            request.headers.add(
                name: WebhookSignature.headerName,
                value: WebhookSignature.value(body: body, secret: secret)
            )
        }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        let text: String
        do {
            response = try await httpClient.execute(request, timeout: Self.timeAmount(configuration.timeout))
            text = String(buffer: try await response.body.collect(upTo: Self.maximumResponseLength))
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw DeliveryFailure(reason: "no answer within \(configuration.timeout)", transient: true)
        } catch {
            throw DeliveryFailure(reason: "could not post: \(error)", transient: true)
        }
        guard (200...299).contains(response.status.code) else {
            let quoted = SMTPReplyReader.printable(Array(text.utf8))
            throw DeliveryFailure(
                reason: "the receiver answered \(response.status.code) \(response.status.reasonPhrase)"
                    + (quoted.isEmpty ? "" : ": \(quoted)"),
                transient: response.status.code >= 500 || response.status.code == 429
            )
        }
    }

    /// Runs `body`, or fails with a transient ``DeliveryFailure`` when it takes longer than `timeout`.
    func withDeadline(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await body()
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            guard try await group.next() == true else {
                throw DeliveryFailure(reason: "no answer within \(timeout)", transient: true)
            }
        }
    }

    /// A `Duration` as NIO's `TimeAmount`, to the nanosecond.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// Why one delivery attempt failed, and whether another attempt could succeed.
struct DeliveryFailure: Error, CustomStringConvertible {
    var reason: String
    var transient: Bool

    var description: String { reason }
}
