import Foundation
import NIOCore
import NIOPosix
import WardCore

/// Tells whether a TCP port speaks DICOM and whether the service lets any caller associate with it.
///
/// A picture archive (PACS) or a modality that accepts an association from any application entity, whatever title
/// it is called by and whoever calls, lets anyone on the network query, send or retrieve images. The probe asks twice,
/// each time with an A-ASSOCIATE-RQ for the Verification SOP Class from the calling AE title ``callingAETitle``:
///
/// 1. called AE title ``knownCalledAETitle`` (`ANY-SCP`), a title many installations accept by convention;
/// 2. a random called AE title such as `WARDQ7K2M9XA`, which no correctly configured service knows.
///
/// A service that accepts the second request accepts any caller (``DICOMProbeResult/acceptsAnyCaller``). After an
/// accepted association the probe sends an A-RELEASE-RQ, waits for the A-RELEASE-RP and closes the connection.
///
/// ```swift
/// let result = await DICOMProbe().probe(host: "10.0.4.20", port: 104)
/// if result.acceptsAnyCaller == true { print("open to any caller:", result.implementationVersionName ?? "?") }
/// ```
///
/// - Important: The probe connects only to the host it is given; the caller decides scope first
///   (``Scope/decide(_:at:)``). It sends nothing but the two association requests, a release request after an
///   accepted association, and the closing of the connection: no DIMSE message, no C-ECHO, no data. Each association
///   takes at most ``timeout`` to connect and answer, plus ``timeout`` for the release; it reads at most one PDU of
///   64 KiB per answer and stops reading after it.
public struct DICOMProbe: Sendable {
    /// The calling AE title Ward presents, so that a PACS log names the scanner plainly.
    public static let callingAETitle = "WARD-SCANNER"

    /// The called AE title of the first request, a conventional title that many services accept.
    public static let knownCalledAETitle = "ANY-SCP"

    /// How long one association may take to connect and answer, and, separately, to answer the release request.
    public let timeout: Duration

    let group: any EventLoopGroup

    /// Creates a probe.
    ///
    /// - Parameters:
    ///   - timeout: How long one association may take to connect and answer; the release request gets as long again.
    ///   - group: The event loops that run the connections.
    public init(timeout: Duration = .seconds(3), group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.timeout = timeout
        self.group = group
    }

    /// Probes one port: first with the called AE title ``knownCalledAETitle``, then, when that brought a DICOM
    /// answer, with a random called AE title.
    ///
    /// - Parameters:
    ///   - host: An IP address, or a host name that the system resolves.
    ///   - port: The TCP port.
    /// - Returns: What the service answered; never throws: an unreachable or silent port is a result whose
    ///   ``DICOMProbeResult/isDICOM`` is `false` and whose ``DICOMProbeResult/note`` says what happened.
    public func probe(host: String, port: Int) async -> DICOMProbeResult {
        let first = await associate(host: host, port: port, calledAE: Self.knownCalledAETitle)
        guard case .answered(let known) = first else {
            return DICOMProbeResult(isDICOM: false, note: "The service \(first.words).")
        }
        var generator = SystemRandomNumberGenerator()
        let randomTitle = Self.randomCalledAETitle(using: &generator)
        let second = await associate(host: host, port: port, calledAE: randomTitle)
        return Self.result(known: known, random: second, randomTitle: randomTitle)
    }

    /// A random called AE title: `WARD` and eight random capital letters or digits.
    static func randomCalledAETitle(using generator: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return "WARD" + String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Puts the two answers together: the pure part of ``probe(host:port:)``.
    static func result(known: DICOMAnswer, random: DICOMAttempt, randomTitle: String) -> DICOMProbeResult {
        var result = DICOMProbeResult(isDICOM: true, acceptsKnownTitle: known.isAccepted)
        var notes: [String] = []
        var answers = [known]
        if case .answered(let answer) = random {
            result.acceptsAnyCaller = answer.isAccepted
            answers.append(answer)
            if answer.isAccepted {
                notes.append(
                    "The service accepted an association called \(randomTitle), a random title, from "
                        + "\(callingAETitle): it accepts any caller."
                )
            }
        } else {
            notes.append("The second request (called AE title \(randomTitle)) got no DICOM answer: it \(random.words).")
        }
        for case .accepted(let uid, let version, let contextAccepted, _) in answers {
            result.implementationClassUID = result.implementationClassUID ?? uid
            result.implementationVersionName = result.implementationVersionName ?? version
            if !contextAccepted {
                notes.append(
                    "The service accepted the association but declined Verification (Implicit VR Little Endian)."
                )
                break
            }
        }
        // The answer to the random title says more about access control, so its refusal is the one reported.
        if let refusal = answers.reversed().first(where: { !$0.isAccepted }) {
            result.rejection = "The service \(refusal)."
        }
        result.note = notes.isEmpty ? nil : notes.joined(separator: " ")
        return result
    }

    /// One association attempt: connect, send the request, read one PDU, release if accepted, close.
    func associate(host: String, port: Int, calledAE: String) async -> DICOMAttempt {
        let loop = group.next()
        let answerRead = loop.makePromise(of: PDURead.self)
        let releaseRead = loop.makePromise(of: PDURead.self)
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        let bootstrap = ClientBootstrap(group: loop)
            .connectTimeout(TimeAmount(timeout))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(PDUCollector(expecting: [answerRead, releaseRead]))
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
            // The handler may never have been added; a second completion of a promise is ignored.
            answerRead.succeed(.failed)
            releaseRead.succeed(.failed)
            return .unreachable(connectionFailure(error))
        }
        // On loopback the kernel may connect a socket to itself when nothing listens; that is no service.
        if let local = channel.localAddress, local == channel.remoteAddress {
            try? await channel.close()
            return .unreachable("refused the connection: nothing listens on port \(port)")
        }

        let answerTimer = loop.scheduleTask(deadline: deadline) {
            channel.pipeline.fireUserInboundEventTriggered(PDUCollector.Deadline())
        }
        let request = DICOMAssociation.request(calledAE: calledAE, callingAE: Self.callingAETitle)
        channel.writeAndFlush(ByteBuffer(bytes: request), promise: nil)
        let read = await answerRead.futureResult.get(orFallback: .failed)
        answerTimer.cancel()

        let attempt: DICOMAttempt
        switch read {
        case .pdu(let bytes):
            do {
                attempt = .answered(try DICOMAssociation.parse(bytes))
            } catch {
                attempt = .notDICOM("answered with something other than DICOM. \(Self.message(error))")
            }
        case .invalid(let message):
            attempt = .notDICOM("answered with something other than DICOM. \(message)")
        case .closed(let received):
            attempt = .silent(
                received == 0
                    ? "closed the connection without answering the association request"
                    : "closed the connection after \(received) bytes, in the middle of an answer"
            )
        case .timedOut(let received):
            attempt = .silent(
                received == 0
                    ? "sent no answer to the association request within \(timeout)"
                    : "sent \(received) bytes but no complete answer within \(timeout)"
            )
        case .failed:
            attempt = .silent("broke the connection before answering")
        }

        if case .answered(let answer) = attempt, answer.isAccepted {
            let releaseTimer = loop.scheduleTask(in: TimeAmount(timeout)) {
                channel.pipeline.fireUserInboundEventTriggered(PDUCollector.Deadline())
            }
            channel.writeAndFlush(ByteBuffer(bytes: DICOMAssociation.releaseRequest), promise: nil)
            // Whether an A-RELEASE-RP arrived changes nothing in the result; the wait only lets the peer finish.
            _ = await releaseRead.futureResult.get(orFallback: .failed)
            releaseTimer.cancel()
        }
        try? await channel.close()
        return attempt
    }

    /// The message of a ``WardError`` without its location, or any other error as it describes itself.
    static func message(_ error: any Error) -> String {
        (error as? WardError)?.message ?? "\(error)"
    }

    private func connectionFailure(_ error: any Error) -> String {
        if let error = error as? IOError, error.errnoCode == ECONNREFUSED {
            return "refused the connection: nothing listens on the port"
        }
        if case ChannelError.connectTimeout = error {
            return "did not accept a connection within \(timeout): the port is filtered or the host is down"
        }
        return "could not be reached (\(error))"
    }
}

/// What ``DICOMProbe`` found on one port.
public struct DICOMProbeResult: Hashable, Sendable, Codable {
    /// Whether the port answered the association request with a DICOM PDU (accept, reject or abort).
    public var isDICOM: Bool
    /// Whether the service accepted an association called `ANY-SCP` (``DICOMProbe/knownCalledAETitle``); `nil` when
    /// the port is not DICOM.
    public var acceptsKnownTitle: Bool?
    /// Whether the service accepted an association called by a random AE title from Ward's calling AE title, that is
    /// from any caller; `nil` when the port is not DICOM or the second request got no DICOM answer.
    public var acceptsAnyCaller: Bool?
    /// The implementation class UID the service announced in an accepted association, which often names the vendor.
    public var implementationClassUID: String?
    /// The implementation version name the service announced in an accepted association, often a product and version.
    public var implementationVersionName: String?
    /// How the service refused an association, in plain words, such as "The service rejected permanently by the
    /// service user: called AE title not recognized."; the refusal of the random title when there was one.
    public var rejection: String?
    /// Anything else worth telling: why the port is not DICOM, that any caller is accepted, a declined context.
    public var note: String?

    /// Creates a result.
    public init(
        isDICOM: Bool,
        acceptsKnownTitle: Bool? = nil,
        acceptsAnyCaller: Bool? = nil,
        implementationClassUID: String? = nil,
        implementationVersionName: String? = nil,
        rejection: String? = nil,
        note: String? = nil
    ) {
        self.isDICOM = isDICOM
        self.acceptsKnownTitle = acceptsKnownTitle
        self.acceptsAnyCaller = acceptsAnyCaller
        self.implementationClassUID = implementationClassUID
        self.implementationVersionName = implementationVersionName
        self.rejection = rejection
        self.note = note
    }
}

/// How one association attempt of ``DICOMProbe`` ended.
enum DICOMAttempt: Hashable, Sendable {
    /// The service answered with a DICOM PDU.
    case answered(DICOMAnswer)
    /// The service answered with bytes that are not a DICOM answer; the words say what was wrong.
    case notDICOM(String)
    /// The connection opened but no whole answer came back.
    case silent(String)
    /// No connection.
    case unreachable(String)

    /// What the service did, as a phrase that follows "The service".
    var words: String {
        switch self {
        case .answered(let answer): "\(answer)"
        case .notDICOM(let words), .silent(let words), .unreachable(let words): words
        }
    }
}

extension DICOMAnswer {
    var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }
}

/// How reading one PDU from the peer ended.
enum PDURead: Hashable, Sendable {
    /// One whole PDU, exactly its bytes.
    case pdu([UInt8])
    /// The first bytes are not a DICOM PDU header, or announce a PDU over the limit.
    case invalid(String)
    /// The peer closed the connection after sending this many bytes of the PDU.
    case closed(received: Int)
    /// The deadline passed after this many bytes of the PDU.
    case timedOut(received: Int)
    /// A network error.
    case failed
}

/// Collects bytes from the peer and hands out whole PDUs, one per promise, in order; it keeps at most one PDU of
/// ``DICOMAssociation/maximumPDUBodyLength`` (plus one read) and drops everything once every promise is kept.
final class PDUCollector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    /// Sent through the pipeline when the caller's deadline passes: the PDU being waited for counts as timed out.
    struct Deadline: Sendable {}

    private var pending: [EventLoopPromise<PDURead>]
    private var received: [UInt8] = []

    init(expecting promises: [EventLoopPromise<PDURead>]) {
        pending = promises
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !pending.isEmpty else { return }
        let buffer = unwrapInboundIn(data)
        received.append(contentsOf: buffer.readableBytesView)
        while !pending.isEmpty {
            let length: Int?
            do {
                length = try DICOMAssociation.pduLength(header: received)
            } catch {
                finishAll(with: .invalid(DICOMProbe.message(error)))
                context.close(promise: nil)
                return
            }
            guard let length, received.count >= length else { return }
            pending.removeFirst().succeed(.pdu(Array(received[..<length])))
            received.removeFirst(length)
        }
        received = []
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is Deadline, !pending.isEmpty {
            pending.removeFirst().succeed(.timedOut(received: received.count))
            received = []
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        finishAll(with: .closed(received: received.count))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finishAll(with: .failed)
        context.close(promise: nil)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        finishAll(with: .closed(received: received.count))
    }

    private func finishAll(with first: PDURead) {
        var outcome = first
        while !pending.isEmpty {
            pending.removeFirst().succeed(outcome)
            if case .closed = outcome { outcome = .closed(received: 0) }
        }
        received = []
    }
}

extension EventLoopFuture where Value: Sendable {
    /// The value, or `fallback` when the future fails.
    fileprivate func get(orFallback fallback: Value) async -> Value {
        (try? await get()) ?? fallback
    }
}
