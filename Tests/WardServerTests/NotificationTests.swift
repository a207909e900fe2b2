import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOFoundationCompat
import NIOPosix
import Testing
import WardCore

@testable import WardServer

/// Alert delivery: the formats as pure values, then each channel against a real receiver on loopback (a Hummingbird
/// webhook receiver, aiosmtpd, and UDP and TCP syslog listeners).
@Suite(.timeLimit(.minutes(2))) struct NotificationTests {
    static let logger = Logger(label: "ward.tests.notifications") { _ in SwiftLogNoOpLogHandler() }

    static let alert = AlertNotification(
        organization: "Riverside Clinic",
        alertID: "alert-0042",
        vulnerabilityID: "CVE-2024-12345",
        title: "Infusion pump firmware accepts unauthenticated updates",
        decision: "Act",
        severity: "critical",
        assets: ["Infusion pump 7 (10.20.0.7)", "Infusion pump 8 (10.20.0.8)"],
        sources: [
            .init(kind: "CSAF", reference: "ICSMA-24-123-01", reason: "product and version 2.1 in range"),
            .init(kind: "KEV", reference: "CVE-2024-12345", reason: "known to be exploited"),
        ],
        due: Date(timeIntervalSince1970: 1_796_601_600),
        link: "https://ward.example/alerts/alert-0042"
    )

    /// Short timeouts and pauses, so that the failure tests stay quick.
    static let quick = Notifier.Configuration(attempts: 3, timeout: .seconds(2), backoff: .milliseconds(50))
    /// Short pauses but a long timeout, for the tests where delivery must succeed: on a loaded machine a receiver may
    /// take more than 2 s to answer (and a retry would be counted as a second delivery), and even a UDP send or a
    /// loopback connect can wait that long for a thread.
    static let patient = Notifier.Configuration(attempts: 3, timeout: .seconds(30), backoff: .milliseconds(50))

    // MARK: Formats

    @Test func jsonIsStableAndRoundTrips() throws {
        let json = String(decoding: try Self.alert.jsonBody(), as: UTF8.self)
        #expect(
            json
                == #"{"alertID":"alert-0042","assets":["Infusion pump 7 (10.20.0.7)","Infusion pump 8 (10.20.0.8)"],"#
                + #""decision":"Act","due":"2026-12-07T00:00:00Z","link":"https://ward.example/alerts/alert-0042","#
                + #""organization":"Riverside Clinic","severity":"critical","sources":[{"kind":"CSAF","#
                + #""reason":"product and version 2.1 in range","reference":"ICSMA-24-123-01"},{"kind":"KEV","#
                + #""reason":"known to be exploited","reference":"CVE-2024-12345"}],"#
                + #""title":"Infusion pump firmware accepts unauthenticated updates","version":1,"#
                + #""vulnerabilityID":"CVE-2024-12345"}"#
        )
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(AlertNotification.self, from: try Self.alert.jsonBody()) == Self.alert)

        var minimal = Self.alert
        minimal.severity = nil
        minimal.due = nil
        minimal.link = nil
        let sparse = String(decoding: try minimal.jsonBody(), as: UTF8.self)
        #expect(!sparse.contains("severity") && !sparse.contains("due") && !sparse.contains("link"))

        let later = Data(json.replacingOccurrences(of: #""version":1"#, with: #""version":2"#).utf8)
        #expect(throws: DecodingError.self) { try decoder.decode(AlertNotification.self, from: later) }
    }

    @Test func textRenderingsAreReadableAndOneLineStaysOneLine() {
        let text = Self.alert.plainText
        #expect(text.hasPrefix("Ward found a vulnerability that affects Riverside Clinic.\n"))
        #expect(text.contains("Vulnerability: CVE-2024-12345\n") && text.contains("Due:           2026-12-07\n"))
        #expect(text.contains("  - Infusion pump 8 (10.20.0.8)\n"))
        #expect(text.contains("  - CSAF ICSMA-24-123-01\n    product and version 2.1 in range\n"))
        #expect(text.contains("Details: https://ward.example/alerts/alert-0042"))
        #expect(
            Self.alert.subject
                == "[Ward] Act: CVE-2024-12345 – Infusion pump firmware accepts unauthenticated updates "
                + "(Riverside Clinic)"
        )

        var hostile = Self.alert
        hostile.title = "line one\r\n<13>1 forged record \"quoted\""
        let line = hostile.syslogLine
        #expect(!line.contains("\n") && !line.contains("\r"))
        #expect(line.contains(#"title="line one  <13>1 forged record \"quoted\"""#))
        #expect(!hostile.subject.contains("\n"))
        #expect(
            Self.alert.syslogLine
                == #"Act CVE-2024-12345 org="Riverside Clinic" assets=2 sources=2 severity="critical" due=2026-12-07 "#
                + #"title="Infusion pump firmware accepts unauthenticated updates" alert="alert-0042" "#
                + #"link="https://ward.example/alerts/alert-0042""#
        )
        let severities = ["Act", "Attend", "Track*", "Track"].map { decision in
            var alert = Self.alert
            alert.decision = decision
            return alert.syslogSeverity
        }
        #expect(severities == [2, 3, 4, 5])
    }

    @Test func mailIsQuotedPrintableWithCRLFAndDotStuffing() throws {
        var message = MailMessage(
            alert: Self.alert,
            from: "ward@clinic.example",
            to: ["a@clinic.example", "b@clinic.example"],
            date: Date(timeIntervalSince1970: 1_796_601_600),
            messageID: "<fixed@clinic.example>"
        )
        message.body = "first\n.leading dot\n..two dots\ntrailing space \nnaïve = " + String(repeating: "x", count: 100)
        let data = message.dataPayload
        #expect(data.hasPrefix("Date: Mon, 07 Dec 2026 00:00:00 +0000\r\nFrom: ward@clinic.example\r\n"))
        #expect(data.contains("\r\nTo: a@clinic.example, b@clinic.example\r\n"))
        #expect(data.contains("\r\nSubject: =?UTF-8?B?"), "the en dash makes the subject an encoded word")
        #expect(data.contains("\r\n\r\nfirst\r\n..leading dot\r\n...two dots\r\ntrailing space=20\r\nna=C3=AFve =3D "))
        #expect(data.hasSuffix("\r\n.\r\n"))
        let subject = try #require(
            data.components(separatedBy: "\r\nMessage-ID:").first?.components(separatedBy: "Subject: ").last
        )
        let words = subject.components(separatedBy: "\r\n ")
        #expect(
            words.count > 1 && words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") }
        )
        let decoded = words.map { word in
            String(decoding: Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data(), as: UTF8.self)
        }
        #expect(decoded.joined() == Self.alert.subject)
        let body = data.components(separatedBy: "\r\n\r\n")[1]
        #expect(body.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(!data.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare line feeds")
    }

    @Test func smtpRepliesAreParsedAndBounded() throws {
        var reader = SMTPReplyReader()
        reader.append(Array("250-mx.test greets you\r\n250-PIPEL".utf8))
        #expect(try reader.next() == nil)
        reader.append(Array("INING\r\n250 SIZE 1000\r\n354 go on\n".utf8))
        #expect(try reader.next() == SMTPReply(code: 250, lines: ["mx.test greets you", "PIPELINING", "SIZE 1000"]))
        #expect(try reader.next() == SMTPReply(code: 354, lines: ["go on"]))
        #expect(try reader.next() == nil)

        var garbage = SMTPReplyReader()
        garbage.append(Array("HTTP/1.1 400 Bad Request\r\n".utf8))
        #expect(throws: SMTPReplyReader.Malformed.self) { try garbage.next() }

        var endless = SMTPReplyReader()
        endless.append(Array(repeating: UInt8(ascii: "2"), count: SMTPReplyReader.maximumLineLength + 1))
        #expect(throws: SMTPReplyReader.Malformed.self) { try endless.next() }

        var chatty = SMTPReplyReader()
        let line = "250-" + String(repeating: "x", count: 1000) + "\r\n"
        chatty.append(Array(String(repeating: line, count: 70).utf8))
        #expect(throws: SMTPReplyReader.Malformed.self) { try chatty.next() }
    }

    @Test func syslogRecordsFollowRFC5424() {
        let record = SyslogRecord(
            alert: Self.alert,
            facility: 20,
            hostname: "ward host\n",
            timestamp: Date(timeIntervalSince1970: 1_796_601_600.25)
        )
        #expect(record.priority == 162, "local4 (20) * 8 + critical (2)")
        let text = record.text()
        #expect(text == "<162>1 2026-12-07T00:00:00.250Z wardhost ward - ALERT - " + Self.alert.syslogLine)
        #expect(SyslogRecord.octetCounted("<13>1 é") == "8 <13>1 é", "the count is in bytes, not characters")
        var long = Self.alert
        long.title = String(repeating: "é", count: 3000)
        let cut = SyslogRecord(alert: long, facility: 1, hostname: "h").text(maximumLength: 2048)
        #expect(cut.utf8.count <= 2048 && cut.utf8.count >= 2046 && cut.hasPrefix("<10>1 "))
    }

    @Test func invalidConfigurationsNameTheField() throws {
        let cases: [(NotificationChannel, String)] = [
            (.webhook(.init(url: "not a url")), "url"),
            (.webhook(.init(url: "http://hooks.example/ward")), "url"),
            (.webhook(.init(url: "ftp://hooks.example/ward")), "url"),
            (.webhook(.init(url: "https://hooks.example:70000/ward")), "port"),
            (.webhook(.init(url: "https://hooks.example/ward", secret: "")), "secret"),
            (.smtp(.init(host: "", from: "w@x.example", to: ["a@x.example"])), "host"),
            (.smtp(.init(host: "relay", port: 0, from: "w@x.example", to: ["a@x.example"])), "port"),
            (.smtp(.init(host: "relay", from: "ward", to: ["a@x.example"])), "from"),
            (.smtp(.init(host: "relay", from: "w@x.example", to: [])), "to"),
            (.smtp(.init(host: "relay", from: "w@x.example", to: ["a@x.example", "b@x>\r\nRCPT TO:<c@y"])), "to[1]"),
            (.smtp(.init(host: "relay", from: "w@x.example", to: ["a@x.example"], clientName: "a b")), "clientName"),
            (.syslog(.init(host: "collector", port: 65536)), "port"),
            (.syslog(.init(host: "collector", facility: 24)), "facility"),
            (.syslog(.init(host: "collector", hostname: "two words")), "hostname"),
        ]
        for (channel, field) in cases {
            let error = #expect(throws: WardError.self) { try channel.validate() }
            #expect(
                error?.code == .invalidInput && error?.location == field,
                "\(channel): \(String(describing: error))"
            )
        }
        #expect(throws: Never.self) {
            try NotificationChannel.webhook(.init(url: "http://127.0.0.1:8080/hook", allowPlainHTTP: true)).validate()
            try NotificationChannel.smtp(.init(host: "localhost", from: "w@x.example", to: ["a@x.example"])).validate()
            try NotificationChannel.syslog(.init(host: "::1", transport: .tcp, facility: 0)).validate()
        }
        let channel = NotificationChannel.syslog(.init(host: "collector", transport: .tcp, hostname: "ward-1"))
        let stored = try JSONEncoder().encode(channel)
        let object = try #require(try JSONSerialization.jsonObject(with: stored) as? [String: Any])
        #expect(object["type"] as? String == "syslog" && object["settings"] is [String: Any])
        #expect(try JSONDecoder().decode(NotificationChannel.self, from: stored) == channel)

        let withToken = NotificationChannel.webhook(.init(url: "https://h.example/x?token=secret"))
        #expect(withToken.name == "webhook https://h.example/x")
    }

    // MARK: Webhook

    /// What the test receiver saw.
    actor Inbox {
        struct Request: Sendable {
            var path: String
            var headers: [String: String]
            var body: Data
        }

        var requests: [Request] = []
        var failuresLeft: Int

        init(failures: Int = 0) { failuresLeft = failures }

        func record(_ request: Request) -> Bool {
            requests.append(request)
            if failuresLeft > 0 {
                failuresLeft -= 1
                return false
            }
            return true
        }
    }

    /// Runs `body` with the port of a live Hummingbird receiver: `/hook` answers 200, `/flaky` 500 until the inbox has
    /// no failures left, `/refuse` 400, `/slow` after 3 s.
    static func withReceiver(
        _ inbox: Inbox,
        _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        let router = Router()
        router.post("hook") { request, _ -> Response in
            _ = await inbox.record(try await Self.received(request, path: "hook"))
            return Response(status: .ok)
        }
        router.post("flaky") { request, _ -> Response in
            await inbox.record(try await Self.received(request, path: "flaky"))
                ? Response(status: .ok) : Response(status: .internalServerError)
        }
        router.post("refuse") { request, _ -> Response in
            _ = await inbox.record(try await Self.received(request, path: "refuse"))
            return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: "unknown alert format")))
        }
        router.post("slow") { _, _ -> Response in
            try await Task.sleep(for: .seconds(3))
            return Response(status: .ok)
        }
        let application = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            logger: Self.logger
        )
        try await application.test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    static func received(_ request: Request, path: String) async throws -> Inbox.Request {
        let body = try await request.body.collect(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        return Inbox.Request(path: path, headers: headers, body: Data(buffer: body))
    }

    @Test func webhookPostsSignedJSON() async throws {
        let inbox = Inbox()
        let notifier = Notifier(configuration: Self.patient, logger: Self.logger)
        do {
            try await Self.withReceiver(inbox) { port in
                let secret = "a shared secret"
                try await notifier.send(
                    Self.alert,
                    to: .webhook(.init(url: "http://127.0.0.1:\(port)/hook", secret: secret, allowPlainHTTP: true))
                )
                try await notifier.send(
                    Self.alert,
                    to: .webhook(.init(url: "http://127.0.0.1:\(port)/hook", allowPlainHTTP: true))
                )
                let requests = await inbox.requests
                #expect(requests.count == 2)
                let signed = try #require(requests.first)
                #expect(signed.headers["content-type"] == "application/json")
                #expect(signed.headers["x-ward-alert-id"] == "alert-0042")
                let object = try #require(try JSONSerialization.jsonObject(with: signed.body) as? [String: Any])
                #expect(object["vulnerabilityID"] as? String == "CVE-2024-12345")
                #expect(object["organization"] as? String == "Riverside Clinic")
                #expect(object["decision"] as? String == "Act" && object["version"] as? Int == 1)
                #expect(object["due"] as? String == "2026-12-07T00:00:00Z")
                #expect((object["assets"] as? [String])?.count == 2)
                let sources = try #require(object["sources"] as? [[String: String]])
                #expect(
                    sources.first
                        == [
                            "kind": "CSAF", "reference": "ICSMA-24-123-01",
                            "reason": "product and version 2.1 in range",
                        ]
                )

                // The receiver's check, done here with swift-crypto directly rather than with Ward's helper.
                let key = SymmetricKey(data: Data(secret.utf8))
                let code = HMAC<SHA256>.authenticationCode(for: signed.body, using: key)
                let hex = code.map { String(format: "%02x", $0) }.joined()
                #expect(signed.headers["x-ward-signature"] == "sha256=\(hex)")
                #expect(WebhookSignature.isValid("sha256=\(hex)", body: signed.body, secret: secret))
                #expect(!WebhookSignature.isValid("sha256=\(hex)", body: signed.body + Data(" ".utf8), secret: secret))
                #expect(requests.last?.headers["x-ward-signature"] == nil, "no secret, no signature")
            }
        } catch {
            try await notifier.shutdown()
            throw error
        }
        try await notifier.shutdown()
    }

    @Test func webhookRetriesServerErrorsButNotRefusals() async throws {
        let inbox = Inbox(failures: 2)
        let notifier = Notifier(configuration: Self.patient, logger: Self.logger)
        do {
            try await Self.withReceiver(inbox) { port in
                try await notifier.send(
                    Self.alert,
                    to: .webhook(.init(url: "http://127.0.0.1:\(port)/flaky", allowPlainHTTP: true))
                )
                #expect(await inbox.requests.count == 3, "500, 500, then 200")

                let refused = await #expect(throws: WardError.self) {
                    try await notifier.send(
                        Self.alert,
                        to: .webhook(.init(url: "http://127.0.0.1:\(port)/refuse", allowPlainHTTP: true))
                    )
                }
                #expect(refused?.code == .unavailable)
                #expect(
                    refused?.message
                        == "webhook http://127.0.0.1:\(port)/refuse failed after 1 attempt: "
                        + "the receiver answered 400 Bad Request: unknown alert format"
                )
                #expect(await inbox.requests.count == 4, "a 400 is not repeated")

                let start = ContinuousClock.now
                let slow = await #expect(throws: WardError.self) {
                    try await Notifier(
                        configuration: .init(attempts: 2, timeout: .milliseconds(500), backoff: .milliseconds(50)),
                        logger: Self.logger
                    ).sendAndShutDown(
                        Self.alert,
                        to: .webhook(.init(url: "http://127.0.0.1:\(port)/slow", allowPlainHTTP: true))
                    )
                }
                #expect(slow?.message.contains("failed after 2 attempts") == true, "\(String(describing: slow))")
                // Two attempts of 0.5 s; loose for a loaded machine, tight enough to catch a send that never ends.
                #expect(ContinuousClock.now - start < .seconds(20))
            }
        } catch {
            try await notifier.shutdown()
            throw error
        }
        try await notifier.shutdown()
    }

    @Test func unreachableWebhookFailsClearlyWithinTheTimeout() async throws {
        // Port 1 only root may bind, and no test does: a freed port could be taken by a test running alongside.
        let port = 1
        let notifier = Notifier(configuration: Self.quick, logger: Self.logger)
        let start = ContinuousClock.now
        let error = await #expect(throws: WardError.self) {
            try await notifier.sendAndShutDown(
                Self.alert,
                to: .webhook(.init(url: "http://127.0.0.1:\(port)/hook", allowPlainHTTP: true))
            )
        }
        // 3 attempts of at most 2 s and two short pauses; the bound is loose because a loaded CI machine stretches
        // every step, and what it guards against is a send that never ends.
        #expect(ContinuousClock.now - start < .seconds(40), "bounded by the attempts and their timeouts")
        #expect(error?.code == .unavailable)
        let message = error?.message ?? ""
        #expect(message.hasPrefix("webhook http://127.0.0.1:\(port)/hook failed after 3 attempts: "), "\(message)")
        #expect(message.lowercased().contains("refused"), "\(message)")
    }

    // MARK: SMTP

    @Test(
        .enabled(
            if: NotificationPeers.aiosmtpd || NotificationPeers.required,
            "python3 -m aiosmtpd is not importable (pip install aiosmtpd)"
        )
    )
    func smtpDeliversToEveryRecipient() async throws {
        try #require(NotificationPeers.aiosmtpd, "WARD_REQUIRE_PEERS=1 but aiosmtpd is missing")
        let directory = try NotificationPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try await NotificationPeers.withSMTPServer(in: directory) { port in
            let notifier = Notifier(configuration: Self.patient, logger: Self.logger)
            do {
                try await Self.exerciseSMTP(notifier, port: port, directory: directory)
            } catch {
                try await notifier.shutdown()
                throw error
            }
            try await notifier.shutdown()
        }
    }

    static func exerciseSMTP(_ notifier: Notifier, port: Int, directory: URL) async throws {
        do {
            let smtp = NotificationChannel.SMTP(
                host: "127.0.0.1",
                port: port,
                from: "ward@clinic.example",
                to: ["security@clinic.example", "biomed@clinic.example"],
                clientName: "ward.test"
            )
            try await notifier.send(Self.alert, to: .smtp(smtp))
            let delivered = try await NotificationPeers.messages(in: directory, count: 1)
            let mail = try #require(delivered.first)
            #expect(mail["from"] as? String == "ward@clinic.example")
            #expect(mail["to"] as? [String] == ["security@clinic.example", "biomed@clinic.example"])
            #expect(mail["helo"] as? String == "ward.test")
            #expect(mail["subject"] as? String == Self.alert.subject)
            #expect((mail["body"] as? String)?.trimmingCharacters(in: .newlines) == Self.alert.plainText)

            // A line that starts with "." arrives whole: the client doubles it and the server undoes that.
            var dotted = MailMessage(alert: Self.alert, from: smtp.from, to: ["security@clinic.example"])
            dotted.body = "before\n.\n.hidden line\n..two\nafter"
            try await SMTPClient.send(dotted, via: smtp, connectTimeout: .seconds(30), logger: Self.logger)
            let both = try await NotificationPeers.messages(in: directory, count: 2)
            #expect((both.last?["body"] as? String)?.trimmingCharacters(in: .newlines) == dotted.body)

            // A refused recipient stops the message before DATA, quoting the relay, without retrying a 5xx.
            var refusing = smtp
            refusing.to = ["security@clinic.example", "reject@clinic.example"]
            let error = await #expect(throws: WardError.self) {
                try await notifier.send(Self.alert, to: .smtp(refusing))
            }
            #expect(
                error?.message
                    == "smtp 127.0.0.1:\(port) failed after 1 attempt: the relay answered RCPT with "
                    + "\"550 5.1.1 no such mailbox here\""
            )
            try await Task.sleep(for: .milliseconds(200))
            #expect(try NotificationPeers.messageFiles(in: directory).count == 2, "nothing was delivered")

            // A 4xx says "later": the second attempt goes through.
            var busy = smtp
            busy.to = ["busy@clinic.example"]
            try await notifier.send(Self.alert, to: .smtp(busy))
            let three = try await NotificationPeers.messages(in: directory, count: 3)
            #expect(three.last?["to"] as? [String] == ["busy@clinic.example"])
        }
    }

    @Test func silentOrAbsentPeersFailWithinTheTimeout() async throws {
        // A listener that accepts connections and never says anything: an SMTP relay that hangs.
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let silentPort = try #require(silent.localAddress?.port)
        let closedPort = 1  // only root may bind it, and no test does; a freed port could be taken by another test
        let configuration = Notifier.Configuration(attempts: 2, timeout: .milliseconds(300), backoff: .milliseconds(50))
        let notifier = Notifier(configuration: configuration, logger: Self.logger)
        let start = ContinuousClock.now
        let hung = await #expect(throws: WardError.self) {
            try await notifier.send(
                Self.alert,
                to: .smtp(.init(host: "127.0.0.1", port: silentPort, from: "w@x.example", to: ["a@x.example"]))
            )
        }
        #expect(hung?.message == "smtp 127.0.0.1:\(silentPort) failed after 2 attempts: no answer within 0.3 seconds")
        // A refusal comes at once; a generous timeout keeps a loaded machine from turning it into "no answer".
        let patient = Notifier(
            configuration: .init(attempts: 2, timeout: .seconds(10), backoff: .milliseconds(50)),
            logger: Self.logger
        )
        let absent = await #expect(throws: WardError.self) {
            try await patient.send(
                Self.alert,
                to: .syslog(.init(host: "127.0.0.1", port: closedPort, transport: .tcp))
            )
        }
        // Two attempts of 0.3 s for the silent relay and two refusals; a hang on either would pass 20 s.
        #expect(ContinuousClock.now - start < .seconds(20))
        try await notifier.shutdown()
        try await patient.shutdown()
        try await silent.close()
        let message = absent?.message ?? ""
        #expect(message.hasPrefix("syslog tcp 127.0.0.1:\(closedPort) failed after 2 attempts: could not connect"))
        #expect(message.lowercased().contains("refused"), "\(message)")
    }

    // MARK: Syslog

    @Test func syslogOverUDPCarriesTheRecord() async throws {
        let listener = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(
                        wrappingChannelSynchronously: channel
                    )
                }
            }
        let port = try #require(listener.channel.localAddress?.port)
        async let datagram = Self.within(.seconds(90)) {
            try await listener.executeThenClose { inbound, _ in
                for try await envelope in inbound { return String(buffer: envelope.data) }
                return ""
            }
        }
        try await Notifier(configuration: Self.patient, logger: Self.logger).sendAndShutDown(
            Self.alert,
            to: .syslog(.init(host: "127.0.0.1", port: port, transport: .udp, facility: 16, hostname: "ward-1"))
        )
        let record = try await datagram
        try Self.expectRecord(record, priority: 16 * 8 + 2, hostname: "ward-1")
    }

    @Test func syslogOverTCPIsOctetCounted() async throws {
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: child)
                }
            }
        let port = try #require(listener.channel.localAddress?.port)
        async let stream = Self.within(.seconds(90)) {
            try await listener.executeThenClose { connections in
                for try await connection in connections {
                    return try await connection.executeThenClose { inbound, _ in
                        var bytes = ByteBuffer()
                        for try await chunk in inbound {
                            bytes.writeImmutableBuffer(chunk)
                            if bytes.readableBytes > 64 * 1024 { break }
                        }
                        return String(buffer: bytes)
                    }
                }
                return ""
            }
        }
        var tagged = Self.alert
        tagged.decision = "Attend"
        try await Notifier(configuration: Self.patient, logger: Self.logger).sendAndShutDown(
            tagged,
            to: .syslog(.init(host: "127.0.0.1", port: port, transport: .tcp, facility: 4))
        )
        let frame = try await stream
        let space = try #require(frame.firstIndex(of: " "))
        let length = try #require(Int(frame[..<space]))
        let record = String(frame[frame.index(after: space)...])
        #expect(length == record.utf8.count, "the frame is exactly one record, counted in bytes")
        try Self.expectRecord(
            record,
            priority: 4 * 8 + 3,
            hostname: SyslogRecord.localHostname,
            line: tagged.syslogLine
        )
    }

    static func expectRecord(
        _ record: String,
        priority: Int,
        hostname: String,
        line: String = NotificationTests.alert.syslogLine
    ) throws {
        let fields = record.split(separator: " ", maxSplits: 7, omittingEmptySubsequences: false).map(String.init)
        try #require(fields.count == 8, "\(record)")
        #expect(fields[0] == "<\(priority)>1")
        let time = try #require(try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(fields[1]))
        #expect(abs(time.timeIntervalSinceNow) < 60 && fields[1].hasSuffix("Z"))
        #expect(Array(fields[2...6]) == [hostname, "ward", "-", "ALERT", "-"])
        #expect(fields[7] == line)
    }

    // MARK: Helpers

    /// Runs `body`, or throws when it takes longer than `limit` (cancelling it, which ends the listeners' loops).
    static func within<T: Sendable>(
        _ limit: Duration,
        _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw WardError(.unavailable, "nothing arrived within \(limit)")
            }
            return value
        }
    }

    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        try await channel.close()
        return port
    }
}

extension Notifier {
    /// Sends, then shuts the notifier down whatever happened.
    func sendAndShutDown(_ alert: AlertNotification, to channel: NotificationChannel) async throws {
        do {
            try await send(alert, to: channel)
        } catch {
            try await shutdown()
            throw error
        }
        try await shutdown()
    }
}

/// aiosmtpd, started by the tests on a free loopback port with a handler that writes each message to a JSON file.
enum NotificationPeers {
    /// Whether CI demands the peers (`WARD_REQUIRE_PEERS=1`): then a missing one fails instead of skipping.
    static let required = ProcessInfo.processInfo.environment["WARD_REQUIRE_PEERS"] == "1"

    /// The first `python3` on the PATH (where CI's pip installs aiosmtpd), else the system's.
    static let python: String? = {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = searchPath.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin"]
        return directories.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether `python3 -c "import aiosmtpd"` succeeds (checked once, at most 10 s, polling rather than blocking).
    static let aiosmtpd: Bool = {
        guard let python else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import aiosmtpd.controller"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            return false
        }
        return process.terminationStatus == 0
    }()

    static let script = """
        import email, email.policy, json, os, sys, time
        from aiosmtpd.controller import Controller

        port, folder = int(sys.argv[1]), sys.argv[2]
        busy = []

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.startswith("reject@"):
                    return "550 5.1.1 no such mailbox here"
                if address.startswith("busy@") and not busy:
                    busy.append(address)
                    return "451 4.3.0 try again later"
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                message = email.message_from_bytes(envelope.content, policy=email.policy.default)
                record = {
                    "from": envelope.mail_from, "to": envelope.rcpt_tos, "helo": session.host_name,
                    "subject": str(message["subject"]), "body": message.get_content().replace("\\r\\n", "\\n"),
                    "raw": envelope.content.decode("utf-8", "replace"),
                }
                name = os.path.join(folder, "%020d.json" % time.time_ns())
                with open(name + ".part", "w") as output:
                    json.dump(record, output)
                os.rename(name + ".part", name)
                return "250 2.0.0 accepted"

        controller = Controller(Handler(), hostname="127.0.0.1", port=port)
        controller.start()
        while True:
            time.sleep(1)

        """

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts the SMTP server, waits (at most 15 s) until it accepts, runs `body` and kills the server with SIGKILL,
    /// polling (at most 5 s) until it is gone.
    static func withSMTPServer(in directory: URL, body: (Int) async throws -> Void) async throws {
        let python = try #require(python)
        let scriptFile = directory.appendingPathComponent("smtp_server.py")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let mail = directory.appendingPathComponent("mail")
        try FileManager.default.createDirectory(at: mail, withIntermediateDirectories: true)
        let port = try await NotificationTests.freePort()
        let log = directory.appendingPathComponent("server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scriptFile.path, "\(port)", mail.path]
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        do {
            let deadline = ContinuousClock.now + .seconds(15)
            var listening = false
            while !listening, ContinuousClock.now < deadline, process.isRunning {
                listening = await accepts(port)
                if !listening { try await Task.sleep(for: .milliseconds(100)) }
            }
            guard listening else {
                let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw WardError(.unavailable, "aiosmtpd did not listen on port \(port) within 15 s: \(output)")
            }
            try await body(port)
        } catch {
            await stop(process)
            throw error
        }
        await stop(process)
    }

    /// The messages received so far, oldest first, once there are `count` of them (waiting at most 30 s: a loaded
    /// machine can delay the receiver's writing them out).
    static func messages(in directory: URL, count: Int) async throws -> [[String: Any]] {
        let deadline = ContinuousClock.now + .seconds(30)
        while try messageFiles(in: directory).count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        let files = try messageFiles(in: directory)
        try #require(files.count >= count, "only \(files.count) of \(count) messages arrived within 30 s")
        return try files.map { file in
            try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        }
    }

    static func messageFiles(in directory: URL) throws -> [URL] {
        let mail = directory.appendingPathComponent("mail")
        return try FileManager.default.contentsOfDirectory(at: mail, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Kills the server and waits (at most 5 s, without blocking a thread) until it is gone. SIGKILL, because a child
    /// started from a concurrency thread inherits its blocked signal mask; `waitUntilExit()` would spin a thread.
    static func stop(_ process: Process) async {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let deadline = ContinuousClock.now + .seconds(5)
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    static func accepts(_ port: Int) async -> Bool {
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.milliseconds(200))
                .connect(host: "127.0.0.1", port: port).get()
            let selfConnected = channel.localAddress == channel.remoteAddress
            try? await channel.close()
            return !selfConnected
        } catch {
            return false
        }
    }
}
