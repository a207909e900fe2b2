import Foundation
import NIOCore
import NIOPosix

/// Tells whether a TCP port is an HL7 version 2 listener speaking MLLP (the Minimal Lower Layer Protocol), without
/// sending any patient data.
///
/// The probe sends one MLLP frame (`0x0B`, the message, `0x1C 0x0D`) holding a message of a single MSH segment:
///
/// ```
/// MSH|^~\&|WARD-SCANNER|WARD|||20261130120000+0000||NMQ^N01^NMQ_N01|WARD4K7Q2M9XA1B3C5D7|T|2.5|||AL|NE
/// ```
///
/// and reads the answer until its closing `0x1C 0x0D`. Why this message:
/// - **NMQ^N01** is HL7's application-management query (chapter 14, network management): one system asking another
///   about its status. It has no patient segment at all, and the version 2.5 structure makes every segment after MSH
///   optional, so an MSH alone is a whole, valid message that asks for nothing. A listener that supports it answers
///   with an acknowledgment; one that does not answers as HL7 requires for an unsupported message type: an `ACK`
///   with MSA-1 `AR` (or `AE`) and error code 200. Either answer shows HL7 over MLLP, and neither carries patient
///   data. An `ACK` would be the other message without patient data, but receivers treat an unsolicited `ACK` as the
///   end of an exchange and often answer nothing.
/// - **MSH-11 `T`** (training) tells the receiver not to treat the message as production data.
/// - **MSH-15 `AL`, MSH-16 `NE`** ask, under enhanced acknowledgment, for the accept (commit) acknowledgment that the
///   receiving side gives on receipt and for no application acknowledgment; a receiver in original mode ignores them
///   and acknowledges as usual.
/// - **MSH-10** is `WARD` and sixteen random capitals or digits, so that an answer can be matched to this probe
///   (MSA-2) and a receiver's log names the scanner plainly, as MSH-3 `WARD-SCANNER` does.
///
/// ```swift
/// if let hl7 = await MLLPProbe().probe(host: "10.0.4.30", port: 2575) {
///     print(hl7.sendingApplication ?? "?", hl7.acknowledgmentCode ?? "?")
/// }
/// ```
///
/// - Important: It is a clinical message, even an empty one: an interface engine may log or route it. Run it only
///   outside the gentle profile (``isAllowed(in:)``). The probe connects only to the host it is given; the caller
///   decides scope first. It sends the one frame and nothing else, takes at most ``timeout`` to connect and answer,
///   and keeps at most ``maximumBytes``; of the answer it keeps only the header fields named in ``MLLPIdentity``.
public struct MLLPProbe: Sendable {
    /// The byte that starts an MLLP frame.
    public static let startBlock: UInt8 = 0x0B
    /// The bytes that end an MLLP frame: end block and carriage return.
    public static let endBlock: [UInt8] = [0x1C, 0x0D]
    /// The most bytes of an answer kept: 16 KiB, far more than an acknowledgment needs.
    public static let maximumBytes = 16 * 1024
    /// MSH-3 of the probe's message.
    public static let sendingApplication = "WARD-SCANNER"
    /// MSH-4 of the probe's message.
    public static let sendingFacility = "WARD"
    /// MSH-12 of the probe's message.
    public static let version = "2.5"
    /// MSH-9 of the probe's message.
    public static let messageType = "NMQ^N01^NMQ_N01"
    /// The service name in facts.
    public static let service = "hl7-mllp"

    /// How long the probe may take to connect and read the answer.
    public let timeout: Duration

    let group: any EventLoopGroup

    /// Creates a probe.
    ///
    /// - Parameters:
    ///   - timeout: How long connecting and reading the answer may take together.
    ///   - group: The event loops that run the connection.
    public init(timeout: Duration = .seconds(3), group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.timeout = timeout
        self.group = group
    }

    /// Whether the probe may run in a profile: not in the gentle one, as it sends a clinical message.
    public static func isAllowed(in profile: SafetyProfile) -> Bool { profile.name != "gentle" }

    /// Sends the one frame and reads the answer.
    ///
    /// - Parameters:
    ///   - host: An IP address, or a host name that the system resolves.
    ///   - port: The TCP port.
    /// - Returns: What the listener answered, or `nil` when the port is unreachable, silent, not MLLP, or did not
    ///   close its frame within the timeout and the byte limit.
    public func probe(host: String, port: Int) async -> MLLPIdentity? {
        var generator = SystemRandomNumberGenerator()
        let controlID = Self.randomControlID(using: &generator)
        let exchange = ProbeExchange(timeout: timeout, maximumBytes: Self.maximumBytes, group: group)
        let outcome = await exchange.run(
            host: host,
            port: port,
            request: Self.frame(controlID: controlID, date: Date()),
            isComplete: Self.isComplete
        )
        guard case .answered(let bytes, _) = outcome else { return nil }
        return MLLPIdentity(answer: bytes, controlID: controlID)
    }

    /// The framed message for a control ID and a date (MSH-7, in UTC).
    static func frame(controlID: String, date: Date) -> [UInt8] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        let fields = [
            "MSH", "^~\\&", sendingApplication, sendingFacility, "", "", formatter.string(from: date) + "+0000", "",
            messageType, controlID, "T", version, "", "", "AL", "NE",
        ]
        let segment = "MSH|" + fields.dropFirst().joined(separator: "|") + "\r"
        return [startBlock] + Array(segment.utf8) + endBlock
    }

    /// A control ID: `WARD` and sixteen random capital letters or digits, twenty characters as MSH-10 allows.
    static func randomControlID(using generator: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return "WARD" + String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Whether to stop reading: the answer does not start a frame (so it is no MLLP), or its frame has ended.
    static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let start = frameStart(bytes) else {
            return bytes.contains { !isLeadingSpace($0) }
        }
        return HTTPResponse.find(endBlock, in: bytes, from: start + 1) != nil
    }

    /// Where the frame starts: the first byte, after at most a few carriage returns, line feeds or spaces.
    static func frameStart(_ bytes: [UInt8]) -> Int? {
        guard let index = bytes.prefix(5).firstIndex(where: { !isLeadingSpace($0) }), bytes[index] == startBlock
        else { return nil }
        return index
    }

    static func isLeadingSpace(_ byte: UInt8) -> Bool { byte == 0x0D || byte == 0x0A || byte == 0x20 }
}

/// What ``MLLPProbe`` learned from a listener's answer: header fields only, never a patient segment.
public struct MLLPIdentity: Hashable, Sendable, Codable {
    /// MSH-12 of the answer: the HL7 version, such as `2.5`.
    public var version: String?
    /// MSA-1 of the answer: `AA`, `AE`, `AR` (original mode) or `CA`, `CE`, `CR` (enhanced mode).
    public var acknowledgmentCode: String?
    /// MSH-3 of the answer: the listener's application.
    public var sendingApplication: String?
    /// MSH-4 of the answer: the listener's facility.
    public var sendingFacility: String?
    /// MSH-9 of the answer, such as `ACK^N01^ACK`.
    public var messageType: String?
    /// Whether MSA-2 names the probe's control ID: the answer is to this probe's message.
    public var answersProbe: Bool

    /// The acknowledgment codes HL7 defines (table 0008).
    public static let acknowledgmentCodes: Set<String> = ["AA", "AE", "AR", "CA", "CE", "CR"]

    /// Creates an identity.
    public init(
        version: String? = nil,
        acknowledgmentCode: String? = nil,
        sendingApplication: String? = nil,
        sendingFacility: String? = nil,
        messageType: String? = nil,
        answersProbe: Bool = false
    ) {
        self.version = version
        self.acknowledgmentCode = acknowledgmentCode
        self.sendingApplication = sendingApplication
        self.sendingFacility = sendingFacility
        self.messageType = messageType
        self.answersProbe = answersProbe
    }

    /// Reads an answer: the pure part of ``MLLPProbe/probe(host:port:)``.
    ///
    /// - Parameters:
    ///   - answer: The bytes the listener sent, at most ``MLLPProbe/maximumBytes``.
    ///   - controlID: The control ID the probe sent, matched against MSA-2.
    /// - Returns: `nil` unless the bytes hold a whole MLLP frame whose message starts with an MSH segment.
    public init?(answer: [UInt8], controlID: String) {
        guard let start = MLLPProbe.frameStart(answer),
            let end = HTTPResponse.find(MLLPProbe.endBlock, in: answer, from: start + 1)
        else { return nil }
        let message = String(decoding: answer[(start + 1)..<end], as: UTF8.self)
        let segments = message.split(whereSeparator: { $0 == "\r" || $0 == "\n" }).map(String.init)
        guard let header = segments.first, header.hasPrefix("MSH"), header.count >= 8 else { return nil }
        let separator = header[header.index(header.startIndex, offsetBy: 3)]
        guard !separator.isLetter, !separator.isNumber, !separator.isWhitespace else { return nil }
        // Index n of the split is MSH-(n+1): MSH-1 is the separator itself.
        let fields = header.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        func field(_ number: Int) -> String? {
            number - 1 < fields.count ? ClinicalJSON.clean(fields[number - 1]).map { String($0.prefix(100)) } : nil
        }
        var acknowledgment: [String] = []
        if let msa = segments.dropFirst().first(where: { $0.hasPrefix("MSA") }) {
            acknowledgment = msa.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
        let code = acknowledgment.count > 1 ? acknowledgment[1].trimmingCharacters(in: .whitespaces) : nil
        let echoed = acknowledgment.count > 2 ? acknowledgment[2].trimmingCharacters(in: .whitespaces) : nil
        // MSH-12 is a composite; its first component is the version ID.
        let component = fields.count > 1 ? fields[1].first : nil
        let version = field(12).map { value in
            component.flatMap { value.split(separator: $0).first.map(String.init) } ?? value
        }
        self.init(
            version: version,
            acknowledgmentCode: code.flatMap { Self.acknowledgmentCodes.contains($0) ? $0 : nil },
            sendingApplication: field(3),
            sendingFacility: field(4),
            messageType: field(9),
            answersProbe: echoed == controlID
        )
    }

    /// The facts: `service` `hl7-mllp`, `hl7.mllp` `true`, `hl7.version`, `hl7.ack_code`,
    /// `hl7.sending_application`, `hl7.sending_facility`, `hl7.message_type`, `hl7.answers_probe`.
    public var facts: [String: String] {
        var found = [
            "service": MLLPProbe.service, "hl7.mllp": "true", "hl7.answers_probe": answersProbe ? "true" : "false",
        ]
        found["hl7.version"] = version
        found["hl7.ack_code"] = acknowledgmentCode
        found["hl7.sending_application"] = sendingApplication
        found["hl7.sending_facility"] = sendingFacility
        found["hl7.message_type"] = messageType
        return found
    }
}
