import Foundation
import NIOCore
import NIOPosix
import Testing
import WardCore

@testable import WardScanner

/// The DICOM association codec byte for byte, then the probe against DCMTK's servers and listeners the tests open.
@Suite struct DICOMProbeTests {
    // MARK: - Building PDUs by hand, independently of the codec

    static func item(_ type: UInt8, _ value: [UInt8]) -> [UInt8] {
        [type, 0, UInt8(value.count >> 8), UInt8(value.count & 0xFF)] + value
    }

    static func pdu(_ type: UInt8, _ body: [UInt8]) -> [UInt8] {
        let length = body.count
        return [type, 0, UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF)]
            + [UInt8(length & 0xFF)] + body
    }

    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// An A-ASSOCIATE-AC as a PACS would send it, with the given presentation context result.
    static func accept(result: UInt8 = 0, classUID: [UInt8]?, versionName: [UInt8]?) -> [UInt8] {
        var body: [UInt8] = [0x00, 0x01, 0x00, 0x00]
        body += ascii("ANY-SCP         ") + ascii("WARD-SCANNER    ") + [UInt8](repeating: 0, count: 32)
        body += item(0x10, ascii("1.2.840.10008.3.1.1.1"))
        body += item(0x21, [0x01, 0x00, result, 0x00] + item(0x40, ascii("1.2.840.10008.1.2")))
        var user = item(0x51, [0x00, 0x00, 0x40, 0x00])
        if let classUID { user += item(0x52, classUID) }
        user += item(0x54, [0x00, 0x01, 0x01, 0x00])  // an SCP/SCU role item the parser skips
        if let versionName { user += item(0x55, versionName) }
        body += item(0x50, user)
        return pdu(0x02, body)
    }

    // MARK: - Codec

    @Test func associationRequestHasTheLayoutOfPS38() throws {
        let bytes = DICOMAssociation.request(calledAE: "ANY-SCP", callingAE: "WARD-SCANNER")
        let uid = DICOMAssociation.implementationClassUID
        let version = DICOMAssociation.implementationVersionName
        #expect(uid.hasPrefix("2.25.") && uid.count <= 64 && uid.dropFirst(5).allSatisfy(\.isNumber))
        #expect(version.count <= 16)

        // Header: type 1, reserved, length of everything after the six header bytes.
        #expect(bytes[0] == 0x01 && bytes[1] == 0x00)
        let length = bytes[2..<6].reduce(0) { $0 << 8 | Int($1) }
        #expect(length == bytes.count - 6)
        // Fixed part: protocol version 1, two reserved bytes, called and calling titles padded to 16, 32 zeros.
        #expect(Array(bytes[6..<10]) == [0x00, 0x01, 0x00, 0x00])
        #expect(Array(bytes[10..<26]) == Self.ascii("ANY-SCP         "))
        #expect(Array(bytes[26..<42]) == Self.ascii("WARD-SCANNER    "))
        #expect(bytes[42..<74].allSatisfy { $0 == 0 })
        // Application context item at 74: 4 + 21 bytes.
        #expect(Array(bytes[74..<99]) == Self.item(0x10, Self.ascii("1.2.840.10008.3.1.1.1")))
        // Presentation context item at 99: ID 1, three reserved, abstract syntax (4 + 17), transfer syntax (4 + 17).
        #expect(Array(bytes[99..<103]) == [0x20, 0x00, 0x00, 46])
        #expect(Array(bytes[103..<107]) == [0x01, 0x00, 0x00, 0x00])
        #expect(Array(bytes[107..<128]) == Self.item(0x30, Self.ascii("1.2.840.10008.1.1")))
        #expect(Array(bytes[128..<149]) == Self.item(0x40, Self.ascii("1.2.840.10008.1.2")))
        // User information item at 149: maximum length 16384, implementation class UID, version name.
        let userLength = 8 + 4 + uid.utf8.count + 4 + version.utf8.count
        #expect(Array(bytes[149..<153]) == [0x50, 0x00, 0x00, UInt8(userLength)])
        #expect(Array(bytes[153..<161]) == [0x51, 0x00, 0x00, 0x04, 0x00, 0x00, 0x40, 0x00])
        let uidEnd = 165 + uid.utf8.count
        #expect(Array(bytes[161..<uidEnd]) == Self.item(0x52, Self.ascii(uid)))
        #expect(Array(bytes[uidEnd...]) == Self.item(0x55, Self.ascii(version)))
        #expect(bytes.count == 153 + userLength)
        #expect(try DICOMAssociation.pduLength(header: bytes) == bytes.count)
    }

    @Test func aeTitlesAreCutToSixteenCharactersOfTheirRepertoire() {
        let bytes = DICOMAssociation.request(calledAE: "A\\B\u{7}CDEFGHIJKLMNOPQRSTUVWXYZ", callingAE: "")
        #expect(Array(bytes[10..<26]) == Self.ascii("ABCDEFGHIJKLMNOP"))
        #expect(Array(bytes[26..<42]) == [UInt8](repeating: 0x20, count: 16))
        #expect(DICOMAssociation.releaseRequest == Self.pdu(0x05, [0, 0, 0, 0]))
    }

    @Test func readsAnAcceptWithImplementationClassAndVersion() throws {
        let bytes = Self.accept(
            classUID: Self.ascii("1.2.276.0.7230010.3.0.3.6.7\0"),
            versionName: Self.ascii("OFFIS_DCMTK_367 ")
        )
        let answer = try DICOMAssociation.parse(bytes)
        #expect(
            answer
                == .accepted(
                    implementationClassUID: "1.2.276.0.7230010.3.0.3.6.7",
                    implementationVersionName: "OFFIS_DCMTK_367",
                    contextAccepted: true,
                    maxPDULength: 16_384
                )
        )
        #expect(answer.description == "accepted the association and the Verification presentation context")

        let declined = try DICOMAssociation.parse(Self.accept(result: 3, classUID: nil, versionName: nil))
        #expect(
            declined
                == .accepted(
                    implementationClassUID: nil,
                    implementationVersionName: nil,
                    contextAccepted: false,
                    maxPDULength: 16_384
                )
        )
    }

    @Test func readsRejectionsAndAbortsInPlainWords() throws {
        let rejected = try DICOMAssociation.parse(Self.pdu(0x03, [0x00, 0x01, 0x01, 0x07]))
        #expect(rejected == .rejected(result: 1, source: 1, reason: 7))
        #expect(rejected.description == "rejected permanently by the service user: called AE title not recognized")
        let busy = try DICOMAssociation.parse(Self.pdu(0x03, [0x00, 0x02, 0x03, 0x01]))
        #expect(
            busy.description
                == "rejected for now (transient) by the service provider (presentation): temporary congestion"
        )

        let aborted = try DICOMAssociation.parse(Self.pdu(0x07, [0x00, 0x00, 0x02, 0x02]))
        #expect(aborted == .aborted(source: 2, reason: 2))
        #expect(aborted.description == "aborted by the service provider: unexpected PDU")
        #expect(DICOMAssociation.isReleaseResponse(Self.pdu(0x06, [0, 0, 0, 0])))
        #expect(!DICOMAssociation.isReleaseResponse(Self.pdu(0x05, [0, 0, 0, 0])))
    }

    @Test func tellsHowLongAPDUIsFromItsHeader() throws {
        #expect(try DICOMAssociation.pduLength(header: []) == nil)
        #expect(try DICOMAssociation.pduLength(header: [0x02, 0x00, 0x00]) == nil)
        #expect(try DICOMAssociation.pduLength(header: [0x03, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00]) == 10)
        #expect(try DICOMAssociation.pduLength(header: [0x02, 0x00, 0x00, 0x01, 0x00, 0x00]) == 65_542)
        #expect(throws: WardError.self) { try DICOMAssociation.pduLength(header: [0x48]) }
    }

    @Test(arguments: [
        ("truncated header", [UInt8]([0x02, 0x00, 0x00])),
        ("truncated body", [0x03, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01]),
        ("short reject", [0x03, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]),
        ("short accept", [0x02, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01, 0x00, 0x00]),
        ("HTTP", Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8)),
        ("our own request echoed", DICOMAssociation.request(calledAE: "X", callingAE: "Y")),
        ("empty", []),
    ])
    func refusesWhatIsNotAWholeAnswer(_ name: String, _ bytes: [UInt8]) {
        #expect(name.isEmpty == false)
        #expect {
            try DICOMAssociation.parse(bytes)
        } throws: { error in
            (error as? WardError)?.code == .invalidInput && (error as? WardError)?.location == "DICOM PDU"
        }
    }

    @Test func refusesItemsThatRunPastTheirPDU() {
        var bytes = Self.accept(classUID: Self.ascii("1.2.3"), versionName: nil)
        // The user information item (last) claims 200 more bytes than the PDU holds.
        let userStart = 6 + 68 + 25 + 29
        #expect(bytes[userStart] == 0x50)
        bytes[userStart + 3] &+= 200
        #expect(throws: WardError.self) { try DICOMAssociation.parse(bytes) }
    }

    @Test func refusesOversizeLengthsBeforeReadingThem() {
        let header: [UInt8] = [0x02, 0x00, 0x00, 0x01, 0x00, 0x01]
        #expect {
            try DICOMAssociation.parse(header + [UInt8](repeating: 0, count: 100))
        } throws: { error in
            (error as? WardError)?.code == .tooLarge
        }
        #expect(throws: WardError.self) {
            try DICOMAssociation.pduLength(header: [0x02, 0x00, 0xFF, 0xFF, 0xFF, 0xFF])
        }
    }

    // MARK: - Putting two answers together

    @Test func randomTitlesAreWardAndEightCapitalsOrDigits() {
        var generator = SystemRandomNumberGenerator()
        let titles = (0..<20).map { _ in DICOMProbe.randomCalledAETitle(using: &generator) }
        for title in titles {
            #expect(title.count == 12 && title.hasPrefix("WARD"))
            #expect(title.dropFirst(4).allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) })
        }
        #expect(Set(titles).count > 1)
    }

    @Test func combinesTheTwoAnswers() {
        let accepted = DICOMAnswer.accepted(
            implementationClassUID: "1.2.3",
            implementationVersionName: "PACS_1",
            contextAccepted: true,
            maxPDULength: 0
        )
        let calledUnknown = DICOMAnswer.rejected(result: 1, source: 1, reason: 7)

        let open = DICOMProbe.result(known: accepted, random: .answered(accepted), randomTitle: "WARDABCDEFGH")
        #expect(open.isDICOM && open.acceptsKnownTitle == true && open.acceptsAnyCaller == true)
        #expect(open.implementationClassUID == "1.2.3" && open.implementationVersionName == "PACS_1")
        #expect(open.rejection == nil)
        #expect(open.note?.contains("accepts any caller") == true)

        let closed = DICOMProbe.result(known: calledUnknown, random: .answered(calledUnknown), randomTitle: "WARDX")
        #expect(closed.isDICOM && closed.acceptsKnownTitle == false && closed.acceptsAnyCaller == false)
        #expect(closed.rejection?.contains("called AE title not recognized") == true)
        #expect(closed.implementationClassUID == nil && closed.note == nil)

        let flaky = DICOMProbe.result(known: accepted, random: .silent("closed the connection"), randomTitle: "WARDX")
        #expect(flaky.acceptsKnownTitle == true && flaky.acceptsAnyCaller == nil)
        #expect(flaky.note?.contains("WARDX") == true)

        let declined = DICOMAnswer.accepted(
            implementationClassUID: nil,
            implementationVersionName: nil,
            contextAccepted: false,
            maxPDULength: nil
        )
        let noEcho = DICOMProbe.result(
            known: declined,
            random: .answered(.aborted(source: 0, reason: 0)),
            randomTitle: "W"
        )
        #expect(noEcho.acceptsKnownTitle == true && noEcho.acceptsAnyCaller == false)
        #expect(noEcho.rejection == "The service aborted by the service user.")
        #expect(noEcho.note?.contains("declined Verification") == true)
    }

    // MARK: - Against real peers on loopback

    @Test(.enabled(if: DCMTK.available || DCMTK.required, "DCMTK is not installed (apt-get install dcmtk)"))
    func storescpAcceptsAnyCaller() async throws {
        let storescp = try #require(DCMTK.path("storescp"), "WARD_REQUIRE_DCMTK=1 but storescp is missing")
        let directory = try DCMTK.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try await DCMTK.withServer(storescp, in: directory) { port in
            ["--aetitle", "ANY-SCP", "--output-directory", directory.path, "\(port)"]
        } body: { port in
            await DICOMProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        }
        #expect(result.isDICOM)
        #expect(result.acceptsKnownTitle == true)
        #expect(result.acceptsAnyCaller == true)
        #expect(result.rejection == nil)
        #expect(result.implementationClassUID?.hasPrefix("1.2.276.0.7230010.3") == true, "DCMTK's UID root")
        #expect(result.implementationVersionName?.hasPrefix("OFFIS_DCMTK") == true)
        #expect(result.note?.contains("accepts any caller") == true)
    }

    /// DCMTK's storescp accepts every called AE title and has no option to refuse; its archive, dcmqrscp, refuses
    /// called AE titles missing from its AETable, as a well-configured PACS does.
    @Test(.enabled(if: DCMTK.available || DCMTK.required, "DCMTK is not installed (apt-get install dcmtk)"))
    func archiveWithAnAETableRefusesUnknownCalledTitles() async throws {
        let dcmqrscp = try #require(DCMTK.path("dcmqrscp"), "WARD_REQUIRE_DCMTK=1 but dcmqrscp is missing")
        let directory = try DCMTK.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let storage = directory.appendingPathComponent("PACS")
        try FileManager.default.createDirectory(at: storage, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("dcmqrscp.cfg")
        let result = try await DCMTK.withServer(dcmqrscp, in: directory) { port in
            let text = """
                NetworkTCPPort  = \(port)
                MaxPDUSize      = 16384
                MaxAssociations = 4
                HostTable BEGIN
                HostTable END
                VendorTable BEGIN
                VendorTable END
                AETable BEGIN
                PACS  \(storage.path)  R  (10, 10mb)  ANY
                AETable END

                """
            try? text.write(to: config, atomically: true, encoding: .utf8)
            return ["--single-process", "--config", config.path, "\(port)"]
        } body: { port in
            await DICOMProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        }
        #expect(result.isDICOM)
        #expect(result.acceptsKnownTitle == false)
        #expect(result.acceptsAnyCaller == false)
        #expect(
            result.rejection == "The service rejected permanently by the service user: called AE title not recognized."
        )
        #expect(result.implementationClassUID == nil)
    }

    @Test func anHTTPListenerIsNotDICOM() async throws {
        let (channel, port) = try await Self.listen { BadRequestAnswerer() }
        defer { channel.close(promise: nil) }
        let result = await DICOMProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        #expect(!result.isDICOM)
        #expect(result.acceptsKnownTitle == nil && result.acceptsAnyCaller == nil)
        #expect(result.note?.contains("does not speak DICOM") == true, "\(result.note ?? "no note")")
    }

    @Test func aSilentListenerIsBoundedByTheTimeout() async throws {
        let (channel, port) = try await Self.listen(nil)
        defer { channel.close(promise: nil) }
        let start = ContinuousClock.now
        let result = await DICOMProbe(timeout: .milliseconds(300)).probe(host: "127.0.0.1", port: port)
        let elapsed = ContinuousClock.now - start
        #expect(!result.isDICOM)
        #expect(result.note?.contains("no answer") == true, "\(result.note ?? "no note")")
        #expect(elapsed < .seconds(15), "took \(elapsed)")
    }

    @Test func aClosedPortIsNotDICOM() async throws {
        let port = 1  // only root may bind it, and no test does; a freed port could be taken by another test
        let result = await DICOMProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        #expect(!result.isDICOM)
        #expect(result.note?.contains("refused the connection") == true, "\(result.note ?? "no note")")
    }

    /// Listens on a free loopback port, with a handler per connection when one is given.
    static func listen(
        _ makeHandler: (@Sendable () -> any ChannelHandler)?
    ) async throws -> (any Channel, Int) {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let makeHandler { try child.pipeline.syncOperations.addHandler(makeHandler()) }
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return (channel, try #require(channel.localAddress?.port))
    }
}

/// Answers whatever arrives as a web server answers garbage, then closes.
final class BadRequestAnswerer: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let answer = ByteBuffer(string: "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(answer)).whenComplete { _ in channel.close(promise: nil) }
    }
}

/// DCMTK's servers, started by the tests on free loopback ports.
enum DCMTK {
    /// Whether DCMTK's `storescp` is installed.
    static let available = path("storescp") != nil

    /// Whether CI demands DCMTK (`WARD_REQUIRE_DCMTK=1`): then a missing installation fails instead of skipping.
    static let required = ProcessInfo.processInfo.environment["WARD_REQUIRE_DCMTK"] == "1"

    /// The full path of a DCMTK program found on the PATH or in the usual places.
    static func path(_ program: String) -> String? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            searchPath.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return directories.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-dicom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts `program` with the arguments for a free loopback port, waits (at most 10 s) until the port accepts,
    /// runs `body` with the port and stops the program, whatever happens.
    static func withServer<T: Sendable>(
        _ program: String,
        in directory: URL,
        arguments: (Int) -> [String],
        body: (Int) async throws -> T
    ) async throws -> T {
        let port = try await freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments(port)
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            try await waitUntilListening(process, port: port, program: program)
            let result = try await body(port)
            await stop(process)
            return result
        } catch {
            await stop(process)
            throw error
        }
    }

    /// Waits until the port accepts, at most 60 s (a loaded CI machine starts smbd or Xvnc slowly); fails at once when
    /// the program exits.
    static func waitUntilListening(_ process: Process, port: Int, program: String) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline, process.isRunning {
            if await accepts(port) { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WardError(.unavailable, "\(program) did not listen on port \(port) within 60 s (or exited).")
    }

    /// Kills the server and waits (at most 5 s, without blocking a thread) until it is gone.
    ///
    /// SIGKILL, not SIGTERM: a child started from a Swift concurrency thread inherits that thread's blocked signal
    /// mask, so DCMTK never sees a SIGTERM. `waitUntilExit()` is avoided too: it spins a concurrency thread.
    static func stop(_ process: Process) async {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let deadline = ContinuousClock.now + .seconds(5)
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    static func freePort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        try await channel.close()
        return port
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
