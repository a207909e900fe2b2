import Foundation
import NIOCore
import NIOPosix

/// What a service identification probe learned about one TCP port.
///
/// Every ``BannerProbes`` probe returns this type, so that a scan can store and compare findings from SSH, the mail
/// and file-transfer protocols, Telnet, Redis and PostgreSQL alike.
public struct ServiceIdentity: Hashable, Sendable, Codable {
    /// The protocol: `ssh`, `ftp`, `smtp`, `pop3`, `imap`, `telnet`, `redis`, `postgresql` or `unknown`.
    public var service: String
    /// The product the service names, such as `OpenSSH`, `vsFTPd` or `Redis`, when it names one.
    public var product: String?
    /// The product version, such as `9.2p1` or `7.0.15`.
    public var version: String?
    /// A CPE 2.3 name for product and version, for matching against vulnerability feeds.
    public var cpe: String?
    /// The first line the service sent, printable and cut to ``TextBannerProbe/maximumBannerLength`` characters.
    public var banner: String?
    /// Protocol-specific facts, such as `authMethod`, `extensions`, `keyExchange` or `error`.
    public var details: [String: String]
    /// Whether anyone can use the service without authenticating (Redis answering `PING`, PostgreSQL trust, IMAP
    /// PREAUTH); `nil` when the probe cannot tell.
    public var unauthenticatedAccess: Bool?
    /// Whether the service offers TLS on the same port (SMTP and IMAP `STARTTLS`, POP3 `STLS`, FTP `AUTH TLS`,
    /// PostgreSQL SSL); `nil` when the probe cannot tell.
    public var tls: Bool?
    /// Broken or deprecated algorithms the service offers (SSH), in the order found.
    public var weakAlgorithms: [String]

    /// Creates an identity.
    public init(
        service: String,
        product: String? = nil,
        version: String? = nil,
        cpe: String? = nil,
        banner: String? = nil,
        details: [String: String] = [:],
        unauthenticatedAccess: Bool? = nil,
        tls: Bool? = nil,
        weakAlgorithms: [String] = []
    ) {
        self.service = service
        self.product = product
        self.version = version
        self.cpe = cpe
        self.banner = banner
        self.details = details
        self.unauthenticatedAccess = unauthenticatedAccess
        self.tls = tls
        self.weakAlgorithms = weakAlgorithms
    }
}

/// Service identification probes: SSH, text banners (FTP, SMTP, POP3, IMAP, Telnet), Redis and PostgreSQL.
///
/// Each probe connects, reads what the service volunteers, asks at most the questions any client asks before
/// logging in, says goodbye and closes. The protocol logic lives in pure types tested without sockets
/// (``SSHProbe``, ``TextBannerProbe``, ``RedisProbe``, ``PostgreSQLProbe``); this type does the network part.
///
/// ```swift
/// if let ssh = await BannerProbes.ssh(host: "10.0.4.20") {
///     print(ssh.cpe ?? "?", ssh.weakAlgorithms)
/// }
/// ```
///
/// - Important: The probes connect only to the host they are given; the caller decides scope first. They send no
///   credentials and no command that changes anything: SSH gets Ward's identification line; SMTP `EHLO` and `QUIT`;
///   IMAP `CAPABILITY` and `LOGOUT`; POP3 `CAPA` and `QUIT`; FTP `FEAT` and `QUIT`; Redis `PING`, `INFO server`
///   (only after `+PONG`) and `QUIT`; PostgreSQL an SSLRequest, a StartupMessage for user `ward_scanner` and a
///   Terminate, never an answer to an authentication challenge. Each probe takes at most `timeout` in all (default
///   3 s; PostgreSQL's two connections share it) and keeps at most ``maximumBytes`` per connection, closing the
///   connection when a peer sends more.
public enum BannerProbes {
    /// The most bytes a probe reads from one connection: 8 KiB.
    public static let maximumBytes = 8_192

    /// Reads an SSH server's identification line and, when `algorithms` is true, its key exchange offer.
    ///
    /// - Parameters:
    ///   - host: An IP address or a host name.
    ///   - port: The TCP port.
    ///   - timeout: The time the whole probe may take.
    ///   - algorithms: Whether to send ``SSHProbe/clientIdentification`` and read the server's SSH_MSG_KEXINIT,
    ///     which lists its algorithms; the probe closes the connection right after it.
    /// - Returns: The identity, with `details` `protocolVersion`, `software`, `comment` and, with `algorithms`,
    ///   `keyExchange`, `hostKey`, `ciphers` and `macs` (comma-separated); `nil` when the port is unreachable or
    ///   does not speak SSH.
    public static func ssh(
        host: String,
        port: Int = 22,
        timeout: Duration = .seconds(3),
        algorithms: Bool = true,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        let first = await connection.read(until: SSHProbe.identificationComplete)
        guard let (line, end) = SSHProbe.identification(in: first) else {
            await connection.close()
            return nil
        }
        var identity = sshIdentity(line)
        if algorithms {
            connection.send(Array((SSHProbe.clientIdentification + "\r\n").utf8))
            let rest = Array(first[end...])
            let more = await connection.read { bytes in
                guard let length = SSHProbe.packetLength((rest + bytes)[...]) else { return false }
                return rest.count + bytes.count >= length
            }
            if let offer = SSHProbe.keyExchangeInit((rest + more)[...]) {
                identity.details["keyExchange"] = offer.keyExchange.joined(separator: ",")
                identity.details["hostKey"] = offer.hostKey.joined(separator: ",")
                identity.details["ciphers"] = offer.ciphersServerToClient.joined(separator: ",")
                identity.details["macs"] = offer.macsServerToClient.joined(separator: ",")
                identity.weakAlgorithms = offer.weakAlgorithms
            }
        }
        await connection.close()
        return identity
    }

    /// The identity an SSH identification line gives: the pure part of ``ssh(host:port:timeout:algorithms:group:)``.
    static func sshIdentity(_ line: SSHProbe.Identification) -> ServiceIdentity {
        var details = ["protocolVersion": line.protocolVersion, "software": line.software]
        details["comment"] = line.comment
        var identity = ServiceIdentity(
            service: "ssh",
            product: line.software,
            version: line.version,
            cpe: line.cpe,
            banner: line.line,
            details: details
        )
        // Protocol 1 is broken; "1.99" means a server that still accepts it.
        if line.protocolVersion.hasPrefix("1") { identity.weakAlgorithms.append("protocol-\(line.protocolVersion)") }
        return identity
    }

    /// Reads the greeting of a text protocol, tells FTP, SMTP, POP3, IMAP, Telnet and SSH apart, and asks a mail or
    /// file-transfer server whether it offers TLS.
    ///
    /// SMTP gets `EHLO ward-scanner.invalid`, IMAP `a1 CAPABILITY` (unless the greeting lists capabilities), POP3
    /// `CAPA`, FTP `FEAT`; then each gets its goodbye. Telnet and unknown services get nothing.
    ///
    /// - Returns: The identity, with `service` `unknown` for a greeting Ward does not recognise; `nil` when the port
    ///   is unreachable or sends nothing within the timeout.
    public static func banner(
        host: String,
        port: Int,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        let greeting = await connection.read(until: TextBannerProbe.greetingComplete)
        guard let service = TextBannerProbe.classify(greeting, port: port) else {
            await connection.close()
            return nil
        }
        var identity = greetingIdentity(greeting, service: service)
        switch service {
        case .smtp:
            connection.send(Array("EHLO \(TextBannerProbe.heloName)\r\n".utf8))
            let reply = await connection.read(until: TextBannerProbe.replyComplete)
            let extensions = TextBannerProbe.extensions(reply)
            if !extensions.isEmpty {
                identity.tls = extensions.contains("STARTTLS")
                identity.details["extensions"] = extensions.joined(separator: ",")
            }
            connection.send(Array("QUIT\r\n".utf8))
            _ = await connection.read(until: TextBannerProbe.replyComplete)
        case .ftp:
            connection.send(Array("FEAT\r\n".utf8))
            let reply = await connection.read(until: TextBannerProbe.replyComplete)
            if TextBannerProbe.lines(reply).first?.hasPrefix("211") == true {
                let features = TextBannerProbe.extensions(reply)
                identity.tls = features.contains { $0.hasPrefix("AUTH ") && $0.contains("TLS") }
                identity.details["features"] = features.joined(separator: ",")
            }
            connection.send(Array("QUIT\r\n".utf8))
            _ = await connection.read(until: TextBannerProbe.replyComplete)
        case .imap:
            var capabilities = TextBannerProbe.imapCapabilities(greeting)
            if capabilities == nil, !greeting.starts(with: Array("* BYE".utf8)) {
                connection.send(Array("a1 CAPABILITY\r\n".utf8))
                let reply = await connection.read { TextBannerProbe.taggedComplete($0, tag: "a1") }
                capabilities = TextBannerProbe.imapCapabilities(reply)
            }
            if let capabilities {
                identity.tls = capabilities.contains("STARTTLS")
                identity.details["capabilities"] = capabilities.joined(separator: ",")
            }
            connection.send(Array("a2 LOGOUT\r\n".utf8))
            _ = await connection.read { TextBannerProbe.taggedComplete($0, tag: "a2") }
        case .pop3:
            connection.send(Array("CAPA\r\n".utf8))
            let reply = await connection.read(until: TextBannerProbe.pop3CapabilitiesComplete)
            if let capabilities = TextBannerProbe.pop3Capabilities(reply) {
                identity.tls = capabilities.contains("STLS")
                identity.details["capabilities"] = capabilities.joined(separator: ",")
            }
            connection.send(Array("QUIT\r\n".utf8))
            _ = await connection.read { RedisProbe.firstLine($0) != nil }
        case .ssh:
            if let (line, _) = SSHProbe.identification(in: greeting) { identity = sshIdentity(line) }
        case .telnet, .unknown:
            break
        }
        await connection.close()
        return identity
    }

    /// The identity a greeting gives before any question: the pure part of ``banner(host:port:timeout:group:)``.
    static func greetingIdentity(_ greeting: [UInt8], service: TextBannerProbe.Service) -> ServiceIdentity {
        var identity = ServiceIdentity(service: service.rawValue)
        if service == .telnet {
            let (text, commands) = TextBannerProbe.telnetText(greeting)
            identity.banner = text.isEmpty ? nil : text
            identity.details["negotiationCommands"] = "\(commands)"
            return identity
        }
        let line =
            TextBannerProbe.firstLine(greeting)
            ?? String(decoding: greeting.prefix(TextBannerProbe.maximumBannerLength), as: UTF8.self)
        let printable = String(
            String.UnicodeScalarView(line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
        )
        identity.banner = printable
        if let (product, version, cpe) = TextBannerProbe.product(in: printable) {
            identity.product = product
            identity.version = version
            identity.cpe = cpe
        }
        if service == .imap, line.hasPrefix("* PREAUTH") { identity.unauthenticatedAccess = true }
        if service == .imap, line.hasPrefix("* OK") { identity.unauthenticatedAccess = false }
        return identity
    }

    /// Asks a Redis server `PING` and, when it answers without a password, `INFO server`.
    ///
    /// - Returns: The identity, with ``ServiceIdentity/unauthenticatedAccess`` `true` for `+PONG` and `false` for
    ///   `-NOAUTH` or another refusal (its text in `details["error"]`), and version and CPE from `redis_version`;
    ///   `nil` when the port is unreachable or does not answer like Redis.
    public static func redis(
        host: String,
        port: Int = 6379,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let connection = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        connection.send(RedisProbe.ping)
        let answer = await connection.read { RedisProbe.pingReply($0) != nil }
        var identity = ServiceIdentity(service: "redis", product: "Redis", banner: RedisProbe.firstLine(answer))
        switch RedisProbe.pingReply(answer) {
        case .pong:
            identity.unauthenticatedAccess = true
            connection.send(RedisProbe.infoServer)
            let info = await connection.read(until: RedisProbe.infoComplete)
            let fields = RedisProbe.bulkString(info).map(RedisProbe.infoFields) ?? [:]
            identity.version = fields["redis_version"]
            identity.cpe = identity.version.flatMap(RedisProbe.cpe(version:))
            for key in ["redis_mode", "os", "tcp_port"] { identity.details[key] = fields[key] }
        case .authenticationRequired(let text), .error(let text):
            identity.unauthenticatedAccess = false
            identity.details["error"] = text
        case .other, nil:
            await connection.close()
            return nil
        }
        connection.send(RedisProbe.quit)
        _ = await connection.read { RedisProbe.firstLine($0) != nil }
        await connection.close()
        return identity
    }

    /// Asks a PostgreSQL server whether it offers SSL, then which authentication method it demands of user
    /// `ward_scanner`, and closes without answering.
    ///
    /// - Returns: The identity, with ``ServiceIdentity/tls`` from the SSLRequest, `details["authMethod"]`
    ///   (`trust`, `cleartext-password`, `md5`, `sasl`, …) and `details["saslMechanisms"]`, or the ErrorResponse
    ///   fields as `errorSeverity`, `errorCode` and `errorMessage`; ``ServiceIdentity/unauthenticatedAccess`` is
    ///   `true` only for trust, when the version also comes from `server_version`. `nil` when the port is
    ///   unreachable or does not answer like PostgreSQL.
    public static func postgreSQL(
        host: String,
        port: Int = 5432,
        timeout: Duration = .seconds(3),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let first = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        first.send(PostgreSQLProbe.sslRequest)
        let sslAnswer = await first.read { !$0.isEmpty }
        await first.close()
        var identity = ServiceIdentity(service: "postgresql", product: "PostgreSQL")
        switch sslAnswer.first {
        case UInt8(ascii: "S"): identity.tls = true
        case UInt8(ascii: "N"): identity.tls = false
        default: return nil
        }
        guard let second = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return identity }
        second.send(PostgreSQLProbe.startupMessage)
        let answer = await second.read { PostgreSQLProbe.startupReply($0) != nil }
        switch PostgreSQLProbe.startupReply(answer) {
        case .authentication(let type, let mechanisms):
            identity.details["authMethod"] = PostgreSQLProbe.methodName(type)
            if !mechanisms.isEmpty { identity.details["saslMechanisms"] = mechanisms.joined(separator: ",") }
            identity.unauthenticatedAccess = type == 0
            if type == 0 {
                // After AuthenticationOk the server reports its parameters, server_version among them.
                let more = await second.read { bytes in
                    PostgreSQLProbe.messages(answer + bytes).contains { $0.type == UInt8(ascii: "Z") }
                }
                if let version = PostgreSQLProbe.serverVersion(answer + more) {
                    identity.version = version
                    identity.cpe = PostgreSQLProbe.cpe(serverVersion: version)
                }
            }
        case .error(let fields):
            identity.details["errorSeverity"] = fields["S"]
            identity.details["errorCode"] = fields["C"]
            identity.details["errorMessage"] = fields["M"]
        case .other, nil:
            break
        }
        second.send(PostgreSQLProbe.terminate)
        await second.close()
        return identity
    }
}

/// One TCP connection of a banner probe: bytes out, bytes in until a condition holds, all before one deadline and
/// within ``BannerProbes/maximumBytes``.
struct BannerConnection: Sendable {
    let channel: any Channel
    /// The collector, held here so a read still finds what it gathered after the connection closed (the pipeline
    /// drops its handlers on close, and a peer that floods the byte limit is closed before the first read).
    let collector: NIOLoopBoundBox<BannerCollector?>

    /// Connects, or returns `nil` when the port refuses, the deadline passes, or loopback connected to itself.
    static func open(
        host: String,
        port: Int,
        deadline: NIODeadline,
        group: any EventLoopGroup
    ) async -> BannerConnection? {
        let remaining = deadline - .now()
        guard remaining > .zero else { return nil }
        let loop = group.next()
        let box = NIOLoopBoundBox.makeEmptyBox(valueType: BannerCollector.self, eventLoop: loop)
        let bootstrap = ClientBootstrap(group: loop)
            .connectTimeout(remaining)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let collector = BannerCollector(limit: BannerProbes.maximumBytes)
                    box.value = collector
                    try channel.pipeline.syncOperations.addHandler(collector)
                }
            }
        let channel: any Channel
        do {
            if let address = try? SocketAddress(ipAddress: host, port: port) {
                channel = try await bootstrap.connect(to: address).get()
            } else {
                channel = try await bootstrap.connect(host: host, port: port).get()
            }
        } catch {
            return nil
        }
        // A closed channel has no addresses (a flooding peer is closed at the byte limit before this check).
        if let local = channel.localAddress, local == channel.remoteAddress {
            try? await channel.close()
            return nil
        }
        loop.scheduleTask(deadline: deadline) {
            channel.pipeline.fireUserInboundEventTriggered(BannerCollector.Deadline())
        }
        return BannerConnection(channel: channel, collector: box)
    }

    func send(_ bytes: [UInt8]) {
        channel.writeAndFlush(ByteBuffer(bytes: bytes), promise: nil)
    }

    /// The bytes that arrived since the last read, once `complete` says they suffice, the deadline passed, the peer
    /// closed, or the byte limit was reached.
    func read(until complete: @escaping @Sendable ([UInt8]) -> Bool) async -> [UInt8] {
        let channel = self.channel
        let box = self.collector
        let future = channel.eventLoop.flatSubmit {
            guard let collector = box.value else {
                return channel.eventLoop.makeSucceededFuture([UInt8]())
            }
            let promise = channel.eventLoop.makePromise(of: [UInt8].self)
            collector.expect(BannerCollector.Expect(isComplete: complete, promise: promise))
            return promise.futureResult
        }
        return (try? await future.get()) ?? []
    }

    func close() async {
        try? await channel.close()
    }
}

/// Collects the bytes of a banner connection for one waiting read at a time.
final class BannerCollector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// Sent through the pipeline when the probe's deadline passes.
    struct Deadline: Sendable {}

    /// A read waiting for bytes, from ``BannerConnection/read(until:)``.
    struct Expect: Sendable {
        let isComplete: @Sendable ([UInt8]) -> Bool
        let promise: EventLoopPromise<[UInt8]>
    }

    private let limit: Int
    private var received: [UInt8] = []
    private var total = 0
    private var finished = false
    private var waiter: Expect?

    init(limit: Int) {
        self.limit = limit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard total < limit else { return }
        let buffer = unwrapInboundIn(data)
        let bytes = buffer.readableBytesView.prefix(limit - total)
        received.append(contentsOf: bytes)
        total += bytes.count
        if total >= limit {
            finished = true
            context.close(promise: nil)
        }
        deliver()
    }

    /// Waits for bytes; called on the event loop.
    func expect(_ expect: Expect) {
        waiter?.promise.succeed([])
        waiter = expect
        deliver()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is Deadline {
            finished = true
            deliver()
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        finished = true
        deliver()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finished = true
        deliver()
        context.close(promise: nil)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        finished = true
        deliver()
    }

    private func deliver() {
        guard let waiter, finished || waiter.isComplete(received) else { return }
        self.waiter = nil
        waiter.promise.succeed(received)
        received = []
    }
}
