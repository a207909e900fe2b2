import Logging
import NIOCore
import NIOPosix

/// A minimal SMTP client for alert e-mail: greeting, `EHLO` (or `HELO` when the relay refuses it), `MAIL FROM`,
/// one `RCPT TO` per recipient, `DATA` and `QUIT`, checking each reply code.
///
/// Every recipient must be accepted: when the relay refuses one, Ward gives up before `DATA`, so nobody receives the
/// message and a corrected configuration can send it again without duplicates.
enum SMTPClient {
    /// Sends one message; the caller bounds the time.
    ///
    /// - Throws: ``DeliveryFailure`` naming the command and the relay's reply.
    static func send(
        _ message: MailMessage,
        via smtp: NotificationChannel.SMTP,
        connectTimeout: Duration,
        logger: Logger
    ) async throws {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(Notifier.timeAmount(connectTimeout))
                .connect(host: smtp.host, port: smtp.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw DeliveryFailure(reason: "could not connect: \(error)", transient: true)
        }
        try await channel.executeThenClose { inbound, outbound in
            var conversation = Conversation(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            try await conversation.expect("the greeting", [220])
            let hello = try await conversation.command("EHLO \(smtp.clientName)")
            if hello.code != 250 {
                // An old relay that does not know EHLO answers 500 or 502; HELO is what it understands.
                try await conversation.command("HELO \(smtp.clientName)", expecting: [250])
            }
            try await conversation.command("MAIL FROM:<\(message.from)>", expecting: [250])
            for recipient in message.to {
                try await conversation.command("RCPT TO:<\(recipient)>", expecting: [250, 251])
            }
            try await conversation.command("DATA", expecting: [354])
            try await conversation.write(message.dataPayload)
            try await conversation.expect("the message", [250])
            // The message is accepted; a relay that drops the connection instead of answering QUIT changes nothing.
            _ = try? await conversation.command("QUIT")
            logger.debug("alert mail accepted", metadata: ["relay": "\(smtp.host):\(smtp.port)"])
        }
    }

    /// One SMTP exchange over an open connection.
    struct Conversation {
        var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
        var reader = SMTPReplyReader()

        init(
            inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator,
            outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
        ) {
            self.inbound = inbound
            self.outbound = outbound
        }

        mutating func write(_ text: String) async throws {
            do {
                try await outbound.write(ByteBuffer(string: text))
            } catch {
                throw DeliveryFailure(reason: "the connection failed while sending: \(error)", transient: true)
            }
        }

        @discardableResult
        mutating func command(_ line: String, expecting codes: Set<Int>? = nil) async throws -> SMTPReply {
            try await write(line + "\r\n")
            let verb = line.prefix { $0 != " " && $0 != ":" }
            if let codes { return try await expect(String(verb), codes) }
            return try await read(after: String(verb))
        }

        @discardableResult
        mutating func expect(_ step: String, _ codes: Set<Int>) async throws -> SMTPReply {
            let reply = try await read(after: step)
            guard codes.contains(reply.code) else {
                // 4xx says "try again later"; 5xx says the relay will refuse this again.
                throw DeliveryFailure(
                    reason: "the relay answered \(step) with \"\(reply.text)\"",
                    transient: !reply.isPermanentFailure
                )
            }
            return reply
        }

        mutating func read(after step: String) async throws -> SMTPReply {
            while true {
                do {
                    if let reply = try reader.next() { return reply }
                } catch {
                    throw DeliveryFailure(reason: "after \(step): \(error.description)", transient: false)
                }
                let chunk: ByteBuffer?
                do {
                    chunk = try await inbound.next()
                } catch {
                    throw DeliveryFailure(reason: "the connection failed after \(step): \(error)", transient: true)
                }
                guard let chunk else {
                    throw DeliveryFailure(reason: "the relay closed the connection after \(step)", transient: true)
                }
                reader.append(chunk.readableBytesView)
            }
        }
    }
}
