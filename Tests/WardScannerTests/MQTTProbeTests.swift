import Foundation
import NIOCore
import NIOPosix
import Testing

@testable import WardScanner

/// The MQTT probe: CONNECT and CONNACK byte for byte (MQTT 3.1.1 and 5), then the probe against Eclipse Mosquitto
/// with and without anonymous access, an MQTT 5-only listener and hostile listeners.
@Suite struct MQTTProbeTests {
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    // MARK: - CONNECT

    @Test func buildsAnMQTT311Connect() {
        let connect = MQTTProbe.connect(clientID: "ward-0123abcd", protocolLevel: 4)
        // MQTT 3.1.1 section 3.1: fixed header, protocol name "MQTT", level 4, flags (clean session only),
        // keep-alive 10 s, then the client identifier; no will, user name or password.
        let expected: [UInt8] =
            [0x10, 25] + [0x00, 0x04] + Self.ascii("MQTT") + [0x04, 0x02, 0x00, 0x0A] + [0x00, 0x0D]
            + Self.ascii("ward-0123abcd")
        #expect(connect == expected)
    }

    @Test func buildsAnMQTT5Connect() {
        let connect = MQTTProbe.connect(clientID: "ward-0123abcd", protocolLevel: 5)
        // MQTT 5 section 3.1.2.11: an empty property list (length 0) follows the keep-alive.
        let expected: [UInt8] =
            [0x10, 26] + [0x00, 0x04] + Self.ascii("MQTT") + [0x05, 0x02, 0x00, 0x0A, 0x00] + [0x00, 0x0D]
            + Self.ascii("ward-0123abcd")
        #expect(connect == expected)
    }

    @Test func makesShortRandomClientIDs() {
        let first = MQTTProbe.randomClientID()
        #expect(first.hasPrefix("ward-") && first.count == 13 && first.utf8.count <= 23)
        #expect(first.dropFirst(5).allSatisfy { $0.isHexDigit })
        #expect(Set((0..<20).map { _ in MQTTProbe.randomClientID() }).count > 1)
    }

    @Test func encodesAndReadsVariableLengths() {
        // MQTT 3.1.1 section 2.2.3: 0, 127, 128, 16 383, 16 384, 268 435 455.
        let cases: [(Int, [UInt8])] = [
            (0, [0x00]), (127, [0x7F]), (128, [0x80, 0x01]), (16_383, [0xFF, 0x7F]), (16_384, [0x80, 0x80, 0x01]),
            (268_435_455, [0xFF, 0xFF, 0xFF, 0x7F]),
        ]
        for (value, bytes) in cases {
            #expect(MQTTProbe.variableLength(value) == bytes, "\(value)")
            #expect(MQTTProbe.readVariableLength(bytes[...]) == .value(value, size: bytes.count), "\(value)")
        }
        #expect(MQTTProbe.readVariableLength([0x80, 0x80][...]) == nil, "incomplete")
        #expect(MQTTProbe.readVariableLength([0xFF, 0xFF, 0xFF, 0xFF, 0x01][...]) == .malformed)
    }

    // MARK: - CONNACK

    @Test func readsMQTT311Acknowledgements() throws {
        let expected: [(UInt8, String, Bool?)] = [
            (0, "accepted", true), (1, "unacceptable-protocol-version", nil), (2, "identifier-rejected", nil),
            (3, "server-unavailable", nil), (4, "bad-user-name-or-password", false), (5, "not-authorized", false),
        ]
        for (code, name, open) in expected {
            guard case .acknowledgement(let ack) = MQTTProbe.reply([0x20, 0x02, 0x00, code], protocolLevel: 4) else {
                Issue.record("return code \(code) was not read")
                continue
            }
            #expect(ack.protocolLevel == 4 && ack.code == code && ack.codeName == name && !ack.sessionPresent)
            #expect(ack.unsupportedProtocol == (code == 1))
            let identity = MQTTProbe.identity(ack)
            #expect(identity.service == "mqtt" && identity.unauthenticatedAccess == open, "\(code)")
            #expect(identity.product == nil && identity.version == nil && identity.cpe == nil)
            #expect(identity.details["protocolVersion"] == "3.1.1" && identity.details["returnCodeName"] == name)
        }
    }

    @Test func readsMQTT5Acknowledgements() throws {
        // Mosquitto 2.0's answer to an anonymous MQTT 5 CONNECT, captured: success with Receive Maximum 20 and
        // Topic Alias Maximum 10.
        let mosquitto: [UInt8] = [0x20, 0x09, 0x00, 0x00, 0x06, 0x22, 0x00, 0x0A, 0x21, 0x00, 0x14]
        guard case .acknowledgement(let accepted) = MQTTProbe.reply(mosquitto, protocolLevel: 5) else {
            Issue.record("the Mosquitto CONNACK was not read")
            return
        }
        #expect(accepted.protocolLevel == 5 && accepted.accepted && accepted.codeName == "success")
        #expect(MQTTProbe.identity(accepted).unauthenticatedAccess == true)
        #expect(MQTTProbe.identity(accepted).details["protocolVersion"] == "5")

        // Not authorized (0x87), captured from the same broker with allow_anonymous false.
        guard case .acknowledgement(let refused) = MQTTProbe.reply([0x20, 0x03, 0x00, 0x87, 0x00], protocolLevel: 5)
        else {
            Issue.record("0x87 was not read")
            return
        }
        #expect(refused.credentialsRequired && MQTTProbe.identity(refused).unauthenticatedAccess == false)

        // Bad user name or password (0x86) with a Reason String property (0x1F) and a user property (0x26).
        let reason = Self.ascii("anonymous clients are not allowed")
        var properties: [UInt8] = [0x1F, 0x00, UInt8(reason.count)] + reason
        properties += [0x26, 0x00, 0x01] + Self.ascii("k") + [0x00, 0x02] + Self.ascii("vv")
        let body: [UInt8] = [0x00, 0x86] + MQTTProbe.variableLength(properties.count) + properties
        let bad = [0x20] + MQTTProbe.variableLength(body.count) + body
        guard case .acknowledgement(let badPassword) = MQTTProbe.reply(bad, protocolLevel: 5) else {
            Issue.record("0x86 with properties was not read")
            return
        }
        #expect(badPassword.code == 0x86 && badPassword.reasonString == "anonymous clients are not allowed")
        let identity = MQTTProbe.identity(badPassword)
        #expect(
            identity.unauthenticatedAccess == false && identity.details["returnCodeName"] == "bad-user-name-or-password"
        )
        #expect(identity.details["reasonString"] == "anonymous clients are not allowed")

        // An MQTT 5-only broker may answer a 3.1.1 CONNECT with 0x84 in either form.
        guard
            case .acknowledgement(let unsupported) = MQTTProbe.reply([0x20, 0x03, 0x00, 0x84, 0x00], protocolLevel: 4)
        else {
            Issue.record("0x84 was not read")
            return
        }
        #expect(unsupported.unsupportedProtocol && unsupported.protocolLevel == 5)
        #expect(MQTTProbe.reply(Array(bad.dropLast()), protocolLevel: 5) == nil, "incomplete")
    }

    @Test(
        arguments: [
            ("empty", [UInt8]()),
            ("HTTP", Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8)),
            ("PUBLISH", [0x30, 0x02, 0x00, 0x00]),
            ("remaining length 1", [0x20, 0x01, 0x00]),
            ("absurd remaining length", [0x20, 0xFF, 0xFF, 0xFF, 0x7F]),
            ("five-byte remaining length", [0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]),
            ("reserved flag bits", [0x20, 0x02, 0x02, 0x00]),
            ("3.1.1 return code 6", [0x20, 0x02, 0x00, 0x06]),
            ("MQTT 5 reason code 0x42", [0x20, 0x03, 0x00, 0x42, 0x00]),
            ("property list past its end", [0x20, 0x04, 0x00, 0x00, 0x05, 0x22]),
            ("unknown property", [0x20, 0x05, 0x00, 0x00, 0x02, 0x7E, 0x00]),
            ("string property past its end", [0x20, 0x06, 0x00, 0x00, 0x03, 0x1F, 0x00, 0x09]),
        ] as [(String, [UInt8])]
    )
    func refusesWhatIsNotAConnectAcknowledgement(_ name: String, _ bytes: [UInt8]) {
        let reply = MQTTProbe.reply(bytes, protocolLevel: 5)
        #expect(reply == .other || (bytes.isEmpty && reply == nil), "\(name): \(String(describing: reply))")
    }

    // MARK: - Against Mosquitto on loopback

    @Test(
        .enabled(if: MosquittoPeer.available || BannerPeers.required, "mosquitto is not installed"),
        .timeLimit(.minutes(2))
    )
    func mosquittoWithAndWithoutAnonymousAccess() async throws {
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        let open = try await MosquittoPeer.withBroker(in: directory, name: "open", settings: ["allow_anonymous true"]) {
            port in await BannerProbes.mqtt(host: "127.0.0.1", port: port, timeout: .seconds(10))
        }
        let anonymous = try #require(open)
        #expect(anonymous.service == "mqtt" && anonymous.unauthenticatedAccess == true, "\(anonymous.details)")
        #expect(anonymous.details["protocolVersion"] == "3.1.1" && anonymous.details["returnCode"] == "0")
        #expect(anonymous.product == nil && anonymous.version == nil && anonymous.cpe == nil)

        let passwords = directory.appendingPathComponent("passwords").path
        let passwd = try #require(BannerPeers.path("mosquitto_passwd"), "mosquitto_passwd is missing")
        try await MariaDBPeer.run(passwd, ["-b", "-c", passwords, "alice", "correct horse"], limit: .seconds(30))
        let locked = try await MosquittoPeer.withBroker(
            in: directory,
            name: "locked",
            settings: ["allow_anonymous false", "password_file \(passwords)"]
        ) { port in
            await BannerProbes.mqtt(host: "127.0.0.1", port: port, timeout: .seconds(10))
        }
        let refused = try #require(locked)
        #expect(refused.service == "mqtt" && refused.unauthenticatedAccess == false, "\(refused.details)")
        #expect(refused.details["returnCode"] == "5" && refused.details["returnCodeName"] == "not-authorized")
    }

    // MARK: - Against listeners

    /// Answers a 3.1.1 CONNECT with return code 1 and an MQTT 5 CONNECT with `code`, as an MQTT 5-only broker.
    static func mqtt5OnlyAnswer(_ received: [UInt8], code: UInt8) -> ByteScriptAction {
        guard received.count >= 2 else { return .wait }
        if received[0] == 0xE0 { return .close }
        guard received[0] == 0x10, case .value(let remaining, let size) = MQTTProbe.readVariableLength(received[1...])
        else { return .close }
        guard received.count >= 1 + size + remaining else { return .wait }
        // The protocol level follows the fixed header and the protocol name (2 + 4 bytes).
        let level = received[1 + size + 6]
        if level == 4 { return .replyAndClose([0x20, 0x02, 0x00, 0x01]) }
        guard level == 5 else { return .close }
        return code == 0 ? .reply([0x20, 0x03, 0x00, 0x00, 0x00]) : .replyAndClose([0x20, 0x03, 0x00, code, 0x00])
    }

    @Test func anMQTT5OnlyBrokerIsAskedAgainInMQTT5() async throws {
        let refusing = ByteScriptRecorder()
        let (locked, lockedPort) = try await BannerProbeTests.listen {
            ScriptedBytesPeer(recorder: refusing) { MQTTProbeTests.mqtt5OnlyAnswer($0, code: 0x87) }
        }
        defer { locked.close(promise: nil) }
        let refused = try #require(await BannerProbes.mqtt(host: "127.0.0.1", port: lockedPort, timeout: .seconds(30)))
        #expect(refused.unauthenticatedAccess == false && refused.details["protocolVersion"] == "5")
        #expect(refused.details["returnCodeName"] == "not-authorized")
        #expect(refusing.requests.map { $0[8] } == [4, 5], "a 3.1.1 CONNECT, then an MQTT 5 one")

        let accepting = ByteScriptRecorder()
        let (open, openPort) = try await BannerProbeTests.listen {
            ScriptedBytesPeer(recorder: accepting) { MQTTProbeTests.mqtt5OnlyAnswer($0, code: 0x00) }
        }
        defer { open.close(promise: nil) }
        let accepted = try #require(await BannerProbes.mqtt(host: "127.0.0.1", port: openPort, timeout: .seconds(30)))
        #expect(accepted.unauthenticatedAccess == true && accepted.details["protocolVersion"] == "5")
        // The DISCONNECT may arrive after the probe returned.
        let deadline = ContinuousClock.now + .seconds(30)
        while accepting.requests.count < 3, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(accepting.requests.last == MQTTProbe.disconnect, "a DISCONNECT after the accepting CONNACK")
        #expect(accepting.requests.count == 3, "nothing but CONNECT, CONNECT and DISCONNECT")
    }

    @Test(.timeLimit(.minutes(2)))
    func hostilePeersAreBoundedInTimeAndBytes() async throws {
        let hostile: [(String, [UInt8])] = [
            ("absurd remaining length", [0x20, 0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x00]),
            ("remaining length that never ends", [0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]),
            ("garbage", (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }),
            ("CONNACK of another protocol level", [0x20, 0x02, 0x00, 0x09]),
        ]
        for (name, bytes) in hostile {
            let (server, port) = try await BannerProbeTests.listen {
                ScriptedBytesPeer { _ in .reply(bytes) }
            }
            let start = ContinuousClock.now
            #expect(await BannerProbes.mqtt(host: "127.0.0.1", port: port, timeout: .seconds(30)) == nil, "\(name)")
            #expect(ContinuousClock.now - start < .seconds(15), "\(name): refused at once, not at the deadline")
            try await server.close()
        }

        let (endless, endlessPort) = try await BannerProbeTests.listen { EndlessWriter() }
        defer { endless.close(promise: nil) }
        let flood = ContinuousClock.now
        #expect(await BannerProbes.mqtt(host: "127.0.0.1", port: endlessPort, timeout: .seconds(30)) == nil)
        #expect(ContinuousClock.now - flood < .seconds(15), "the byte limit, not the deadline, ended the read")

        let (silent, silentPort) = try await BannerProbeTests.listen(nil)
        defer { silent.close(promise: nil) }
        let quiet = ContinuousClock.now
        #expect(await BannerProbes.mqtt(host: "127.0.0.1", port: silentPort, timeout: .milliseconds(400)) == nil)
        #expect(ContinuousClock.now - quiet < .seconds(15), "silence costs the probe its timeout, no more")

        let closedPort = 1  // only root may bind it, and no test does; a freed port could be taken by another test
        #expect(await BannerProbes.mqtt(host: "127.0.0.1", port: closedPort, timeout: .seconds(1)) == nil)
    }
}

/// Eclipse Mosquitto started by the tests with a configuration file of their own, on a free loopback port.
enum MosquittoPeer {
    static let broker = BannerPeers.path("mosquitto", in: ["/usr/sbin"])
    static let available = broker != nil

    /// Writes `name.conf` (a loopback listener, no persistence, logging to stderr, and `settings`), starts the
    /// broker, waits until it listens, runs `body` with the port and kills the broker, whatever happens.
    static func withBroker<T: Sendable>(
        in directory: URL,
        name: String,
        settings: [String],
        body: (Int) async throws -> T
    ) async throws -> T {
        let broker = try #require(broker, "WARD_REQUIRE_PEERS=1 but mosquitto is missing")
        let configuration = directory.appendingPathComponent("\(name).conf")
        var written = true
        let result = try await DCMTK.withServer(broker, in: directory) { port in
            var lines = ["listener \(port) 127.0.0.1", "persistence false", "log_dest stderr"] + settings
            // Run as root, Mosquitto drops to the mosquitto user, which could not read the password file here.
            if getuid() == 0 { lines.append("user root") }
            let text = lines.joined(separator: "\n") + "\n"
            written = (try? text.write(to: configuration, atomically: true, encoding: .utf8)) != nil
            return ["-c", configuration.path]
        } body: { port in
            try await body(port)
        }
        #expect(written, "could not write \(configuration.path)")
        return result
    }
}
