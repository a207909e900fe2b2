import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One bounded request and answer over TCP, shared by the HTTP and TLS probes.
///
/// The exchange connects, writes the request, and collects what the peer sends until the peer closes, the bytes
/// collected so far are a whole answer (`isComplete`), ``maximumBytes`` arrive, or ``timeout`` passes, whichever
/// comes first; then it closes the connection.
struct ProbeExchange: Sendable {
    /// How one exchange ended.
    enum Outcome: Hashable, Sendable {
        /// The peer answered; the bytes may be cut at the limit or by the deadline, as `ending` tells.
        case answered([UInt8], ending: Ending)
        /// No connection; the words follow "The service".
        case unreachable(String)
    }

    /// Why collecting stopped.
    enum Ending: Hashable, Sendable {
        case complete, closed, limit, timedOut, failed
    }

    /// How long connecting and answering may take together.
    var timeout: Duration
    /// The most bytes kept from the answer.
    var maximumBytes: Int
    var group: any EventLoopGroup
    /// Whether to speak through TLS (HTTPS): the certificate is not checked, since the probe names what answers and
    /// the TLS probe reports the certificate.
    var tls = false

    /// The client context for ``tls``, made once.
    static let tlsContext: NIOSSLContext? = {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        return try? NIOSSLContext(configuration: configuration)
    }()

    /// Runs one exchange.
    func run(
        host: String,
        port: Int,
        request: [UInt8],
        isComplete: @escaping @Sendable ([UInt8]) -> Bool
    ) async -> Outcome {
        let loop = group.next()
        let done = loop.makePromise(of: Collected.self)
        let limit = maximumBytes
        let bootstrap = ClientBootstrap(group: loop)
            .connectTimeout(TimeAmount(timeout))
            .channelInitializer { [tls] channel in
                channel.eventLoop.makeCompletedFuture {
                    if tls {
                        guard let context = Self.tlsContext else { throw ChannelError.inappropriateOperationForState }
                        // A name, not an address, goes in the SNI extension.
                        let name = (try? SocketAddress(ipAddress: host, port: port)) == nil ? host : nil
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: context, serverHostname: name)
                        )
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        ByteCollector(promise: done, limit: limit, isComplete: isComplete)
                    )
                }
            }
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        let channel: any Channel
        do {
            if let address = try? SocketAddress(ipAddress: host, port: port) {
                channel = try await bootstrap.connect(to: address).get()
            } else {
                channel = try await bootstrap.connect(host: host, port: port).get()
            }
        } catch {
            done.succeed(Collected(bytes: [], ending: .failed))
            return .unreachable(Self.connectionFailure(error, timeout: timeout))
        }
        // On loopback the kernel may connect a socket to itself when nothing listens; that is no service.
        if let local = channel.localAddress, local == channel.remoteAddress {
            try? await channel.close()
            return .unreachable("refused the connection: nothing listens on port \(port)")
        }
        let timer = loop.scheduleTask(deadline: deadline) {
            channel.pipeline.fireUserInboundEventTriggered(ByteCollector.Deadline())
        }
        channel.writeAndFlush(ByteBuffer(bytes: request), promise: nil)
        let collected = (try? await done.futureResult.get()) ?? Collected(bytes: [], ending: .failed)
        timer.cancel()
        try? await channel.close()
        return .answered(collected.bytes, ending: collected.ending)
    }

    static func connectionFailure(_ error: any Error, timeout: Duration) -> String {
        if let error = error as? IOError, error.errnoCode == ECONNREFUSED {
            return "refused the connection: nothing listens on the port"
        }
        if case ChannelError.connectTimeout = error {
            return "did not accept a connection within \(timeout): the port is filtered or the host is down"
        }
        return "could not be reached (\(error))"
    }
}

/// The bytes an exchange collected and why it stopped.
struct Collected: Hashable, Sendable {
    var bytes: [UInt8]
    var ending: ProbeExchange.Ending
}

/// Collects at most `limit` bytes and keeps its promise once, when the answer is complete, cut, closed or late.
final class ByteCollector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// Sent through the pipeline when the deadline passes.
    struct Deadline: Sendable {}

    private var promise: EventLoopPromise<Collected>?
    private var received: [UInt8] = []
    private let limit: Int
    private let isComplete: @Sendable ([UInt8]) -> Bool

    init(promise: EventLoopPromise<Collected>, limit: Int, isComplete: @escaping @Sendable ([UInt8]) -> Bool) {
        self.promise = promise
        self.limit = limit
        self.isComplete = isComplete
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard promise != nil else { return }
        let buffer = unwrapInboundIn(data)
        let room = limit - received.count
        received.append(contentsOf: buffer.readableBytesView.prefix(room))
        if received.count >= limit {
            finish(.limit)
            context.close(promise: nil)
        } else if isComplete(received) {
            finish(.complete)
            context.close(promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is Deadline {
            finish(.timedOut)
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(.closed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(received.isEmpty ? .failed : .closed)
        context.close(promise: nil)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        finish(.closed)
    }

    private func finish(_ ending: ProbeExchange.Ending) {
        promise?.succeed(Collected(bytes: received, ending: ending))
        promise = nil
        received = []
    }
}
