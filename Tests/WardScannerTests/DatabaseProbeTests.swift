import Foundation
import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import WardScanner

/// The MySQL/MariaDB, Microsoft SQL Server and MongoDB probes: their parsers byte for byte, then the MySQL probe
/// against a MariaDB server the test starts, and the SQL Server and MongoDB probes against small listeners that
/// answer per the MS-TDS and MongoDB wire protocol specifications (no SQL Server or MongoDB runs offline here).
@Suite struct DatabaseProbeTests {
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    static func littleEndian(_ value: UInt32, _ count: Int) -> [UInt8] {
        (0..<count).map { UInt8((value >> (8 * UInt32($0))) & 0xFF) }
    }

    // MARK: - MySQL and MariaDB

    /// The greeting of mariadbd 10.11.19 (Debian 12) on loopback, captured byte for byte.
    static let mariaDBGreeting = hex(
        "640000000a352e352e352d31302e31312e31392d4d6172696144422d302b6465623132753100030000006a7a452b45596e3e00fef7"
            + "080200ff81150000000000001d0000002c5d71433a36402121232944006d7973716c5f6e61746976655f70617373776f726400"
    )

    /// The ERR packet the same server sends when no account matches the client's host, captured byte for byte.
    static let mariaDBHostRefused = hex(
        "44000000ff6a04486f737420276c6f63616c686f737427206973206e6f7420616c6c6f77656420746f20636f6e6e65637420746f"
            + "2074686973204d61726961444220736572766572"
    )

    /// A MySQL packet: 3-byte little-endian payload length, sequence number, payload.
    static func mySQLPacket(_ payload: [UInt8], sequence: UInt8 = 0) -> [UInt8] {
        littleEndian(UInt32(payload.count), 3) + [sequence] + payload
    }

    /// A protocol 10 handshake built field by field as the MySQL client/server protocol documents it.
    static func mySQLHandshake(version: String, capabilities: UInt32, plugin: String?) -> [UInt8] {
        var payload: [UInt8] = [10] + ascii(version) + [0]
        payload += littleEndian(42, 4)  // connection id
        payload += ascii("abcdefgh") + [0]  // auth-plugin-data-part-1, filler
        payload += littleEndian(capabilities & 0xFFFF, 2)
        payload += [0xFF] + littleEndian(0x0002, 2)  // character set utf8mb4_0900_ai_ci, SERVER_STATUS_AUTOCOMMIT
        payload += littleEndian(capabilities >> 16, 2)
        payload += [21] + [UInt8](repeating: 0, count: 10)  // auth-plugin-data length, reserved
        payload += ascii("ijklmnopqrst") + [0]  // auth-plugin-data-part-2: 13 bytes
        if let plugin { payload += ascii(plugin) + [0] }
        return mySQLPacket(payload)
    }

    @Test func readsTheMariaDBHandshake() throws {
        guard case .handshake(let handshake) = MySQLProbe.greeting(Self.mariaDBGreeting) else {
            Issue.record("not a handshake: \(String(describing: MySQLProbe.greeting(Self.mariaDBGreeting)))")
            return
        }
        #expect(handshake.serverVersion == "5.5.5-10.11.19-MariaDB-0+deb12u1")
        #expect(handshake.connectionID == 3 && handshake.characterSet == 8)
        #expect(handshake.capabilities == 0x81FF_F7FE)
        #expect(handshake.capabilities & 1 == 0, "MariaDB clears CLIENT_MYSQL")
        #expect(!handshake.offersTLS && handshake.authPluginName == "mysql_native_password")
        let identity = try #require(MySQLProbe.identity(.handshake(handshake)))
        #expect(identity.service == "mysql" && identity.product == "MariaDB" && identity.version == "10.11.19")
        #expect(identity.cpe == "cpe:2.3:a:mariadb:mariadb:10.11.19:*:*:*:*:*:*:*")
        #expect(identity.tls == false && identity.banner == "5.5.5-10.11.19-MariaDB-0+deb12u1")
        #expect(identity.details["connectionId"] == "3" && identity.details["authPlugin"] == "mysql_native_password")
        #expect(identity.details["capabilities"] == "0x81fff7fe" && identity.details["protocolVersion"] == "10")
        #expect(MySQLProbe.greeting(Array(Self.mariaDBGreeting.dropLast())) == nil, "one byte short: incomplete")
        #expect(MySQLProbe.greeting(Self.mariaDBGreeting + Self.ascii("more")) == .handshake(handshake))
    }

    @Test func readsAMySQLHandshakeWithTLS() throws {
        let bytes = Self.mySQLHandshake(
            version: "8.0.36-0ubuntu0.22.04.1",
            capabilities: 0xDFFF_FFFF,
            plugin: "caching_sha2_password"
        )
        let identity = try #require(MySQLProbe.greeting(bytes).flatMap(MySQLProbe.identity))
        #expect(identity.product == "MySQL" && identity.version == "8.0.36")
        #expect(identity.cpe == "cpe:2.3:a:oracle:mysql:8.0.36:*:*:*:*:*:*:*")
        #expect(identity.tls == true && identity.details["authPlugin"] == "caching_sha2_password")
        #expect(identity.details["connectionId"] == "42")

        // MySQL 5.5.7 to 5.5.9 sent the plugin name without its final zero byte.
        var unterminated = Self.mySQLHandshake(version: "5.5.8", capabilities: 0x000F_F7FF, plugin: nil)
        unterminated += Self.ascii("mysql_native_password")
        unterminated[0] = UInt8(unterminated.count - 4)
        guard case .handshake(let old) = MySQLProbe.greeting(unterminated) else {
            Issue.record("the 5.5.8 handshake was refused")
            return
        }
        #expect(old.authPluginName == "mysql_native_password" && !old.offersTLS)

        // A server from before 4.1 ends the handshake after the lower capability flags.
        let short = Self.mySQLPacket(
            [10] + Self.ascii("4.0.27") + [0, 1, 0, 0, 0] + Self.ascii("12345678") + [0, 0x2C, 0]
        )
        guard case .handshake(let ancient) = MySQLProbe.greeting(short) else {
            Issue.record("the 4.0 handshake was refused")
            return
        }
        #expect(ancient.capabilities == 0x2C && ancient.characterSet == nil && ancient.authPluginName == nil)
    }

    @Test func readsErrPacketsSentInsteadOfTheHandshake() throws {
        let refused = try #require(MySQLProbe.greeting(Self.mariaDBHostRefused).flatMap(MySQLProbe.identity))
        #expect(refused.service == "mysql" && refused.product == "MariaDB" && refused.version == nil)
        #expect(refused.details["errorCode"] == "1130" && refused.details["sqlState"] == nil)
        #expect(refused.details["errorMessage"] == "Host 'localhost' is not allowed to connect to this MariaDB server")
        #expect(refused.tls == nil && refused.cpe == nil)

        let busy = Self.mySQLPacket([0xFF] + Self.littleEndian(1040, 2) + Self.ascii("#08004Too many connections\u{7}"))
        guard case .error(let error) = MySQLProbe.greeting(busy) else {
            Issue.record("not an ERR packet")
            return
        }
        #expect(error.code == 1040 && error.sqlState == "08004" && error.message == "Too many connections")
        #expect(MySQLProbe.identity(.error(error))?.product == nil, "the message names no product")
    }

    @Test(
        arguments: [
            ("HTTP", Array("HTTP/1.1 400 Bad Request\r\n\r\n".utf8)),
            ("SSH banner", Array("SSH-2.0-OpenSSH_9.2p1\r\n".utf8)),
            ("TLS alert", [0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]),
            ("16 MiB length", [0xFF, 0xFF, 0xFF, 0x00, 0x0A, 0x38]),
            ("length over the byte limit", [0x01, 0x20, 0x00, 0x00, 0x0A]),
            ("zero length", [0x00, 0x00, 0x00, 0x00, 0x0A]),
            ("second packet of a sequence", [0x03, 0x00, 0x00, 0x01, 0x0A, 0x35, 0x00]),
            ("protocol 9", [0x03, 0x00, 0x00, 0x00, 0x09, 0x35, 0x00]),
            ("version without terminator", [0x05, 0x00, 0x00, 0x00, 0x0A, 0x38, 0x2E, 0x30, 0x2E]),
            ("version of letters", [0x0A, 0x00, 0x00, 0x00, 0x0A] + Array("hello\0abcd".utf8)),
            ("handshake cut after the version", [0x07, 0x00, 0x00, 0x00, 0x0A] + Array("8.0.1\0".utf8)),
            ("ERR without a code", [0x01, 0x00, 0x00, 0x00, 0xFF]),
            ("OK packet", [0x07, 0x00, 0x00, 0x00, 0x00, 0, 0, 2, 0, 0, 0]),
        ] as [(String, [UInt8])]
    )
    func refusesWhatIsNotAGreeting(_ name: String, _ bytes: [UInt8]) {
        #expect(MySQLProbe.greeting(bytes) == .other, "\(name)")
    }

    @Test func waitsForAWholeGreeting() {
        #expect(MySQLProbe.greeting([]) == nil)
        #expect(MySQLProbe.greeting([0x64, 0x00, 0x00]) == nil)
        #expect(MySQLProbe.greeting(Array(Self.mariaDBGreeting.prefix(50))) == nil)
    }

    @Test(
        arguments: [
            (
                "5.5.5-10.11.6-MariaDB-0+deb12u1", "MariaDB", "10.11.6",
                "cpe:2.3:a:mariadb:mariadb:10.11.6:*:*:*:*:*:*:*"
            ),
            ("11.4.2-MariaDB-log", "MariaDB", "11.4.2", "cpe:2.3:a:mariadb:mariadb:11.4.2:*:*:*:*:*:*:*"),
            ("5.5.5-10.5.23-mariadb", "MariaDB", "10.5.23", "cpe:2.3:a:mariadb:mariadb:10.5.23:*:*:*:*:*:*:*"),
            ("8.0.36", "MySQL", "8.0.36", "cpe:2.3:a:oracle:mysql:8.0.36:*:*:*:*:*:*:*"),
            ("5.7.44-log", "MySQL", "5.7.44", "cpe:2.3:a:oracle:mysql:5.7.44:*:*:*:*:*:*:*"),
            ("8.4.0-commercial", "MySQL", "8.4.0", "cpe:2.3:a:oracle:mysql:8.4.0:*:*:*:*:*:*:*"),
            ("9", "MySQL", nil, nil),
            ("5..1", "MySQL", nil, nil),
        ] as [(String, String, String?, String?)]
    )
    func namesProductAndCPE(_ serverVersion: String, _ product: String, _ version: String?, _ cpe: String?) {
        let found = MySQLProbe.product(serverVersion: serverVersion)
        #expect(found.product == product && found.version == version && found.cpe == cpe, "\(serverVersion)")
    }

    // MARK: - Microsoft SQL Server

    /// A PRELOGIN response built byte by byte from [MS-TDS] 2.2.6.5 and 2.2.3.1, independently of ``MSSQLProbe``:
    /// an 8-byte header of type 0x04 (tabular result), status 0x01 (EOM), big-endian length, SPID 0, packet 1,
    /// window 0; an option table of VERSION (6 bytes: major, minor, big-endian build, sub-build), ENCRYPTION
    /// (1 byte), INSTOPT (1 byte, 0 = the instance matches), THREADID (empty from a server) and MARS (1 byte),
    /// each token, big-endian offset from the start of the payload and big-endian length, then 0xFF and the data.
    static func preloginResponse(
        major: UInt8,
        minor: UInt8,
        build: UInt16,
        subBuild: UInt16 = 0,
        encryption: UInt8,
        mars: UInt8 = 0
    ) -> [UInt8] {
        let table: [UInt8] = [
            0x00, 0x00, 0x1A, 0x00, 0x06,  // VERSION at 26, 6 bytes (5 options * 5 + terminator = 26)
            0x01, 0x00, 0x20, 0x00, 0x01,  // ENCRYPTION at 32, 1 byte
            0x02, 0x00, 0x21, 0x00, 0x01,  // INSTOPT at 33, 1 byte
            0x03, 0x00, 0x22, 0x00, 0x00,  // THREADID at 34, empty
            0x04, 0x00, 0x22, 0x00, 0x01,  // MARS at 34, 1 byte
            0xFF,
        ]
        let data: [UInt8] =
            [major, minor, UInt8(build >> 8), UInt8(build & 0xFF), UInt8(subBuild >> 8), UInt8(subBuild & 0xFF)]
            + [encryption, 0x00, mars]
        let length = 8 + table.count + data.count
        return [0x04, 0x01, UInt8(length >> 8), UInt8(length & 0xFF), 0x00, 0x00, 0x01, 0x00] + table + data
    }

    /// Checks a PRELOGIN request the way a server would, without ``MSSQLProbe``: header type 0x12 and status EOM, a
    /// length equal to the bytes, an option table ended by 0xFF whose entries point inside the payload after the
    /// table; returns the options by token, or a description of what is wrong.
    static func checkPrelogin(_ bytes: [UInt8]) -> Result<[UInt8: [UInt8]], PreloginDefect> {
        guard bytes.count >= 8 else { return .failure(.init("shorter than a header")) }
        guard bytes[0] == 0x12 else { return .failure(.init("type \(bytes[0]), not 0x12")) }
        guard bytes[1] == 0x01 else { return .failure(.init("status \(bytes[1]), not EOM")) }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        guard length == bytes.count else { return .failure(.init("length \(length) for \(bytes.count) bytes")) }
        let payload = Array(bytes[8...])
        var entries: [(UInt8, Int, Int)] = []
        var index = 0
        while true {
            guard index < payload.count else { return .failure(.init("option table without 0xFF")) }
            if payload[index] == 0xFF { break }
            guard index + 5 <= payload.count else { return .failure(.init("option entry cut short")) }
            let offset = Int(payload[index + 1]) << 8 | Int(payload[index + 2])
            let size = Int(payload[index + 3]) << 8 | Int(payload[index + 4])
            entries.append((payload[index], offset, size))
            index += 5
        }
        var options: [UInt8: [UInt8]] = [:]
        for (token, offset, size) in entries {
            guard offset > index, offset + size <= payload.count else {
                return .failure(.init("option \(token) at \(offset)+\(size) outside the data"))
            }
            options[token] = Array(payload[offset..<(offset + size)])
        }
        return .success(options)
    }

    struct PreloginDefect: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    @Test func buildsAWellFormedPrelogin() throws {
        let options = try Self.checkPrelogin(MSSQLProbe.prelogin).get()
        #expect(Set(options.keys) == [0x00, 0x01, 0x02, 0x03, 0x04])
        #expect(options[0x00]?.count == 6, "VERSION")
        #expect(options[0x01] == [0x00], "ENCRYPTION: ENCRYPT_OFF")
        #expect(options[0x02] == [0x00], "INSTOPT: the default instance")
        #expect(options[0x03]?.count == 4, "THREADID")
        #expect(options[0x04] == [0x00], "MARS off")
    }

    @Test func readsPreloginResponses() throws {
        let sql2019 = Self.preloginResponse(major: 15, minor: 0, build: 2000, encryption: 0x00)
        let response = try #require(MSSQLProbe.preloginResponse(sql2019))
        #expect(response.version == "15.0.2000" && response.encryption == .off && response.mars == false)
        let identity = MSSQLProbe.identity(response)
        #expect(identity.service == "mssql" && identity.product == "Microsoft SQL Server")
        #expect(identity.version == "15.0.2000" && identity.details["release"] == "SQL Server 2019")
        #expect(identity.cpe == "cpe:2.3:a:microsoft:sql_server:2019:*:*:*:*:*:*:*")
        #expect(identity.details["buildCPE"] == "cpe:2.3:a:microsoft:sql_server_2019:15.0.2000:*:*:*:*:*:*:*")
        #expect(identity.tls == true && identity.details["encryption"] == "off" && identity.details["mars"] == "false")

        let r2 = Self.preloginResponse(major: 10, minor: 50, build: 6000, subBuild: 34, encryption: 0x02)
        let old = MSSQLProbe.identity(try #require(MSSQLProbe.preloginResponse(r2)))
        #expect(old.version == "10.50.6000.34" && old.details["release"] == "SQL Server 2008 R2")
        #expect(old.cpe == "cpe:2.3:a:microsoft:sql_server:2008:r2:*:*:*:*:*:*" && old.details["buildCPE"] == nil)
        #expect(old.tls == false && old.details["encryption"] == "not-supported")

        let strict = Self.preloginResponse(major: 16, minor: 0, build: 1000, encryption: 0x83, mars: 1)
        let required = MSSQLProbe.identity(try #require(MSSQLProbe.preloginResponse(strict)))
        #expect(required.details["encryption"] == "required" && required.tls == true)
        #expect(required.details["clientCertificate"] == "true" && required.details["mars"] == "true")
        #expect(required.details["release"] == "SQL Server 2022")

        let on = Self.preloginResponse(major: 14, minor: 0, build: 1000, encryption: 0x01)
        #expect(MSSQLProbe.identity(try #require(MSSQLProbe.preloginResponse(on))).details["encryption"] == "on")
        let future = Self.preloginResponse(major: 40, minor: 0, build: 1, encryption: 0x00)
        let unknown = MSSQLProbe.identity(try #require(MSSQLProbe.preloginResponse(future)))
        #expect(unknown.version == "40.0.1" && unknown.cpe == nil && unknown.details["release"] == nil)
    }

    @Test func namesReleases() {
        let expected: [(Int, Int, String)] = [
            (8, 0, "2000"), (9, 0, "2005"), (10, 0, "2008"), (10, 50, "2008 R2"), (11, 0, "2012"), (12, 0, "2014"),
            (13, 0, "2016"), (14, 0, "2017"), (15, 0, "2019"), (16, 0, "2022"), (17, 0, "2025"),
        ]
        for (major, minor, year) in expected {
            #expect(MSSQLProbe.releaseName(major: major, minor: minor) == "SQL Server \(year)")
        }
        #expect(MSSQLProbe.cpe(major: 7, minor: 0) == "cpe:2.3:a:microsoft:sql_server:7.0:*:*:*:*:*:*:*")
        #expect(MSSQLProbe.cpe(major: 16, minor: 0) == "cpe:2.3:a:microsoft:sql_server:2022:*:*:*:*:*:*:*")
        #expect(MSSQLProbe.releaseName(major: 5, minor: 0) == nil)
    }

    @Test func refusesWhatIsNotAPreloginResponse() {
        let good = Self.preloginResponse(major: 15, minor: 0, build: 2000, encryption: 0)
        var wrongType = good
        wrongType[0] = 0x12
        var notLast = good
        notLast[1] = 0x00
        var shortLength = good
        shortLength[3] = 0x07
        var outside = good
        outside[8 + 2] = 0xF0  // VERSION offset far past the payload
        var noVersion = good
        noVersion[8] = 0x05
        var shortVersion = good
        shortVersion[8 + 4] = 0x02
        let noTerminator = MSSQLProbe.packet(type: 0x04, payload: [0x00, 0x00, 0x05, 0x00, 0x00])
        let cases: [(String, [UInt8])] = [
            ("the request type", wrongType), ("no EOM", notLast), ("length under a header", shortLength),
            ("option outside the payload", outside), ("no VERSION", noVersion), ("VERSION too short", shortVersion),
            ("no terminator", noTerminator), ("truncated", Array(good.dropLast())), ("empty", []),
            ("HTTP", Self.ascii("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")),
            ("MariaDB greeting", Self.mariaDBGreeting), ("absurd length", [0x04, 0x01, 0xFF, 0xFF, 0, 0, 1, 0, 0xFF]),
        ]
        for (name, bytes) in cases {
            #expect(MSSQLProbe.preloginResponse(bytes) == nil, "\(name)")
        }
        #expect(MSSQLProbe.responseComplete([0x04, 0x01, 0xFF, 0xFF]), "an absurd length ends the read at once")
        #expect(MSSQLProbe.responseComplete(Self.ascii("HTTP")), "another first byte ends the read at once")
        #expect(!MSSQLProbe.responseComplete(Array(good.prefix(20))))
        #expect(MSSQLProbe.responseComplete(good))
    }

    // MARK: - BSON

    @Test func encodesTheExamplesOfTheBSONSpecification() throws {
        // bsonspec.org: {"hello": "world"} and {"BSON": ["awesome", 5.05, 1986]}.
        let hello: MongoDBProbe.BSONDocument = ["hello": .string("world")]
        let helloBytes = Self.hex("160000000268656c6c6f0006000000776f726c640000")
        #expect(MongoDBProbe.encode(hello) == helloBytes)
        #expect(MongoDBProbe.decodeDocument(helloBytes[...]) == hello)
        let array: MongoDBProbe.BSONDocument = [
            "BSON": .array([.string("awesome"), .double(5.05), .int32(1986)])
        ]
        let arrayBytes = Self.hex(
            "310000000442534f4e002600000002300008000000617765736f6d65000131003333333333331440103200c20700000000"
        )
        #expect(MongoDBProbe.encode(array) == arrayBytes)
        #expect(MongoDBProbe.decodeDocument(arrayBytes[...]) == array)
    }

    @Test func roundTripsEveryKeptType() throws {
        let document: MongoDBProbe.BSONDocument = [
            "double": .double(-0.5), "string": .string("grüße"), "empty": .string(""),
            "document": .document(["nested": .document(["deep": .bool(false)])]),
            "array": .array([.int32(1), .array([]), .null]), "binary": .binary(subtype: 4, [1, 2, 3]),
            "objectID": .objectID(Array(0..<12)), "true": .bool(true), "dateTime": .dateTime(1_790_000_000_000),
            "null": .null, "int32": .int32(-7), "timestamp": .timestamp(0x0000_0001_0000_0002),
            "int64": .int64(Int64.min), "decimal128": .decimal128(Array(repeating: 9, count: 16)),
            "minKey": .other(type: 0xFF), "maxKey": .other(type: 0x7F),
        ]
        let bytes = MongoDBProbe.encode(document)
        #expect(MongoDBProbe.decodeDocument(bytes[...]) == document)
        #expect(MongoDBProbe.decodeDocument((bytes + [1, 2, 3])[...]) == document, "trailing bytes are ignored")
    }

    @Test func readsPastTypesItDoesNotKeep() throws {
        // A regular expression (0x0B), JavaScript code (0x0D), a symbol (0x0E), code with scope (0x0F), a
        // DBPointer (0x0C) and undefined (0x06), then an int32 that must still be found.
        var body: [UInt8] = [0x0B] + Self.ascii("re\0^a.*\0i\0")
        body += [0x0D] + Self.ascii("code\0") + Self.littleEndian(4, 4) + Self.ascii("f()\0")
        body += [0x0E] + Self.ascii("sym\0") + Self.littleEndian(2, 4) + Self.ascii("s\0")
        let scope = MongoDBProbe.encode(["x": .int32(1)])
        let code = Self.littleEndian(2, 4) + Self.ascii("g\0")
        body += [0x0F] + Self.ascii("scoped\0") + Self.littleEndian(UInt32(4 + code.count + scope.count), 4) + code
        body += scope
        body += [0x0C] + Self.ascii("pointer\0") + Self.littleEndian(2, 4) + Self.ascii("c\0") + Array(0..<12)
        body += [0x06] + Self.ascii("undefined\0")
        body += [0x10] + Self.ascii("after\0") + Self.littleEndian(77, 4)
        let bytes = Self.littleEndian(UInt32(body.count + 5), 4) + body + [0]
        let document = try #require(MongoDBProbe.decodeDocument(bytes[...]))
        #expect(document.elements.map(\.key) == ["re", "code", "sym", "scoped", "pointer", "undefined", "after"])
        #expect(document["re"] == .other(type: 0x0B) && document["scoped"] == .other(type: 0x0F))
        #expect(document["after"] == .int32(77))
    }

    @Test func refusesBrokenBSON() {
        let good = MongoDBProbe.encode(["a": .string("bc"), "d": .document(["e": .int32(1)])])
        var lengthPastTheEnd = good
        lengthPastTheEnd[0] += 1
        var noTerminator = good
        noTerminator[noTerminator.count - 1] = 1
        var stringTooLong = good
        stringTooLong[7] = 0x40  // the length of "bc" claims 64 bytes
        var stringNegative = good
        stringNegative[10] = 0x80  // the length of "bc" becomes negative
        var nestedPastParent = good
        nestedPastParent[17] = 0x30  // the nested document claims more than its parent holds
        var unknownType = good
        unknownType[4] = 0x42
        let badBool = MongoDBProbe.encode(["b": .bool(true)]).enumerated().map { $0.offset == 7 ? 2 : $0.element }
        var bomb: [UInt8] = [5, 0, 0, 0, 0]
        for _ in 0...(MongoDBProbe.maximumDepth + 1) {
            let body: [UInt8] = [0x03, 0x61, 0x00] + bomb + [0]
            bomb = Self.littleEndian(UInt32(body.count + 4), 4) + body
        }
        let cases: [(String, [UInt8])] = [
            ("empty", []), ("four bytes", [5, 0, 0, 0]), ("length 4", [4, 0, 0, 0, 0]),
            ("length past the end", lengthPastTheEnd), ("no terminator", noTerminator),
            ("string past the document", stringTooLong), ("negative string length", stringNegative),
            ("nested document past its parent", nestedPastParent), ("unknown type", unknownType),
            ("bool of 2", Array(badBool)), ("nested too deep", bomb),
            ("absurd length", [0xFF, 0xFF, 0xFF, 0x7F, 0]),
            (
                "longer than the byte limit",
                Self.littleEndian(UInt32(BannerProbes.maximumBytes + 1), 4)
                    + [UInt8](repeating: 0, count: BannerProbes.maximumBytes - 3)
            ),
            ("key without its zero byte", [8, 0, 0, 0, 0x0A, 0x61, 0x62, 0]),
        ]
        for (name, bytes) in cases {
            #expect(MongoDBProbe.decodeDocument(bytes[...]) == nil, "\(name)")
        }
        #expect(MongoDBProbe.decodeDocument(good[...]) != nil)
    }

    // MARK: - MongoDB messages

    /// An OP_MSG reply: flag bits 0, one kind 0 section.
    static func opMsgReply(_ document: MongoDBProbe.BSONDocument, to requestID: Int32) -> [UInt8] {
        MongoDBProbe.message(
            opCode: 2013,
            requestID: 900,
            responseTo: requestID,
            body: [0, 0, 0, 0, 0] + MongoDBProbe.encode(document)
        )
    }

    /// An OP_REPLY: response flags, cursor id 0, starting from 0, one document.
    static func opReply(_ document: MongoDBProbe.BSONDocument, to requestID: Int32) -> [UInt8] {
        let body = [UInt8](repeating: 0, count: 16) + littleEndian(1, 4) + MongoDBProbe.encode(document)
        return MongoDBProbe.message(opCode: 1, requestID: 901, responseTo: requestID, body: body)
    }

    /// A `hello` reply with the fields a MongoDB 7.0 primary sends, typed as it types them.
    static let helloReply: MongoDBProbe.BSONDocument = [
        "isWritablePrimary": .bool(true),
        "topologyVersion": .document(["processId": .objectID(Array(1...12)), "counter": .int64(0)]),
        "maxBsonObjectSize": .int32(16_777_216), "maxMessageSizeBytes": .int32(48_000_000),
        "maxWriteBatchSize": .int32(100_000), "localTime": .dateTime(1_790_000_000_000),
        "logicalSessionTimeoutMinutes": .int32(30), "connectionId": .int32(12), "minWireVersion": .int32(0),
        "maxWireVersion": .int32(21), "readOnly": .bool(false), "ok": .double(1),
    ]

    @Test func buildsOpMsgAndOpQueryRequests() throws {
        let request = MongoDBProbe.opMsg(["hello": .int32(1), "$db": .string("admin")], requestID: 7)
        #expect(Array(request[0..<4]) == Self.littleEndian(UInt32(request.count), 4))
        #expect(Array(request[4..<16]) == [7, 0, 0, 0, 0, 0, 0, 0, 0xDD, 0x07, 0, 0], "request 7, opcode 2013")
        #expect(Array(request[16..<21]) == [0, 0, 0, 0, 0], "no flags, section kind 0")
        let message = try #require(MongoDBProbe.message(request))
        #expect(MongoDBProbe.document(in: message) == ["hello": .int32(1), "$db": .string("admin")])

        let query = MongoDBProbe.opQuery(["isMaster": .int32(1)], requestID: 8)
        #expect(Array(query[12..<16]) == [0xD4, 0x07, 0, 0], "opcode 2004")
        #expect(Array(query[20..<31]) == Self.ascii("admin.$cmd\0"))
        #expect(Array(query[31..<39]) == [0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF], "skip 0, return -1")
        let legacy = try #require(MongoDBProbe.message(query))
        #expect(MongoDBProbe.document(in: legacy) == ["isMaster": .int32(1)])
    }

    @Test func readsHelloReplies() throws {
        let reply = try #require(MongoDBProbe.reply(Self.opMsgReply(Self.helloReply, to: 1), to: 1))
        let hello = try #require(MongoDBProbe.hello(reply))
        #expect(hello.maxWireVersion == 21 && hello.minWireVersion == 0 && hello.isWritablePrimary == true)
        let identity = MongoDBProbe.identity(hello, legacy: false)
        #expect(identity.service == "mongodb" && identity.product == "MongoDB" && identity.version == nil)
        #expect(identity.details["versionRange"] == "7.0.x" && identity.details["maxWireVersion"] == "21")
        #expect(identity.details["isWritablePrimary"] == "true" && identity.details["wireProtocol"] == "OP_MSG")
        #expect(identity.unauthenticatedAccess == nil && identity.cpe == nil)

        let member: MongoDBProbe.BSONDocument = [
            "ismaster": .bool(false), "secondary": .bool(true), "setName": .string("rs0"),
            "maxWireVersion": .int32(6), "ok": .double(1),
        ]
        let old = try #require(MongoDBProbe.reply(Self.opReply(member, to: 2), to: 2).flatMap(MongoDBProbe.hello))
        let oldIdentity = MongoDBProbe.identity(old, legacy: true)
        #expect(oldIdentity.details["versionRange"] == "3.6.x" && oldIdentity.details["setName"] == "rs0")
        #expect(oldIdentity.details["isWritablePrimary"] == "false" && oldIdentity.details["secondary"] == "true")
        #expect(oldIdentity.details["wireProtocol"] == "OP_QUERY")

        let router = try #require(
            MongoDBProbe.hello(["ismaster": .bool(true), "msg": .string("isdbgrid"), "ok": .int32(1)])
        )
        #expect(
            router.isRouter && MongoDBProbe.identity(router, legacy: true).details["versionRange"] == "2.4 or earlier"
        )

        // With checksumPresent the last 4 bytes are a CRC-32C; a kind 1 section may come before the body.
        let kindOne: [UInt8] = [1] + Self.littleEndian(9, 4) + Self.ascii("docs\0")
        let body = [1, 0, 0, 0] + kindOne + [0] + MongoDBProbe.encode(Self.helloReply) + [0xAA, 0xBB, 0xCC, 0xDD]
        let checksummed = MongoDBProbe.message(opCode: 2013, requestID: 5, responseTo: 3, body: body)
        #expect(MongoDBProbe.reply(checksummed, to: 3) == Self.helloReply)

        #expect(MongoDBProbe.reply(Self.opMsgReply(Self.helloReply, to: 1), to: 2) == nil, "answers another request")
        let failed: MongoDBProbe.BSONDocument = [
            "ok": .double(0), "errmsg": .string("no such cmd: hello"), "code": .int32(59),
            "codeName": .string("CommandNotFound"),
        ]
        #expect(MongoDBProbe.hello(failed) == nil)
        #expect(
            MongoDBProbe.commandResult(failed)
                == .failed(code: 59, codeName: "CommandNotFound", message: "no such cmd: hello")
        )
        #expect(MongoDBProbe.hello(["ok": .double(1)]) == nil, "ok, but not a hello reply")
    }

    @Test func mapsWireVersionsToReleases() {
        let expected: [(Int?, String)] = [
            (nil, "2.4 or earlier"), (2, "2.6.x"), (3, "3.0.x"), (4, "3.2.x"), (5, "3.4.x"), (6, "3.6.x"),
            (7, "4.0.x"), (8, "4.2.x"), (9, "4.4.x"), (13, "5.0.x"), (17, "6.0.x"), (21, "7.0.x"), (25, "8.0.x"),
            (26, "later than 8.0"),
        ]
        for (wire, release) in expected {
            #expect(MongoDBProbe.releaseSeries(maxWireVersion: wire) == release, "\(String(describing: wire))")
        }
    }

    @Test func readsBuildInfoAndListDatabases() {
        var identity = ServiceIdentity(service: "mongodb", product: "MongoDB")
        MongoDBProbe.addBuildInfo(
            ["version": .string("7.0.14"), "modules": .array([.string("enterprise")]), "ok": .double(1)],
            to: &identity
        )
        #expect(identity.version == "7.0.14" && identity.cpe == "cpe:2.3:a:mongodb:mongodb:7.0.14:*:*:*:*:*:*:*")
        #expect(identity.details["modules"] == "enterprise")
        #expect(MongoDBProbe.cpe(version: "8.0.0-rc3") == "cpe:2.3:a:mongodb:mongodb:8.0.0:rc3:*:*:*:*:*:*")
        #expect(MongoDBProbe.buildVersion(["version": .string("7.0; rm -rf /"), "ok": .double(1)]) == nil)
        #expect(MongoDBProbe.buildVersion(["version": .string("7.0.14"), "ok": .double(0)]) == nil)

        var open = identity
        MongoDBProbe.addListDatabases(
            [
                "databases": .array([.document(["name": .string("admin")]), .document(["name": .string("pacs")])]),
                "ok": .double(1),
            ],
            to: &open
        )
        #expect(open.unauthenticatedAccess == true && open.details["databases"] == "2")
        var locked = identity
        MongoDBProbe.addListDatabases(Self.unauthorized("listDatabases"), to: &locked)
        #expect(locked.unauthenticatedAccess == false && locked.details["listDatabasesError"] == "Unauthorized")
        var other = identity
        MongoDBProbe.addListDatabases(["ok": .double(0), "code": .int32(8000)], to: &other)
        #expect(other.unauthenticatedAccess == nil && other.details["listDatabasesError"] == "code 8000")
    }

    static func unauthorized(_ command: String) -> MongoDBProbe.BSONDocument {
        [
            "ok": .double(0), "errmsg": .string("Command \(command) requires authentication"), "code": .int32(13),
            "codeName": .string("Unauthorized"),
        ]
    }

    @Test func refusesWhatIsNotAMongoDBMessage() {
        let good = Self.opMsgReply(Self.helloReply, to: 1)
        #expect(MongoDBProbe.message(Array(good.dropLast())) == nil, "incomplete")
        #expect(!MongoDBProbe.messageComplete(Array(good.dropLast())))
        #expect(MongoDBProbe.messageComplete([0xFF, 0xFF, 0xFF, 0x7F]), "an absurd length ends the read at once")
        #expect(MongoDBProbe.messageComplete([8, 0, 0, 0]), "a length under a header ends the read at once")
        #expect(MongoDBProbe.message([0xFF, 0xFF, 0xFF, 0x7F] + [UInt8](repeating: 0, count: 100)) == nil)
        #expect(MongoDBProbe.reply(Self.ascii("HTTP/1.1 400 Bad Request\r\n\r\n"), to: 1) == nil)
        #expect(MongoDBProbe.reply(Self.mariaDBGreeting, to: 1) == nil)
        var wrongKind = good
        wrongKind[20] = 7
        #expect(MongoDBProbe.reply(wrongKind, to: 1) == nil, "an unknown section kind")
        let compressed = MongoDBProbe.message(opCode: 2012, requestID: 1, responseTo: 1, body: [0, 0, 0, 0])
        #expect(MongoDBProbe.reply(compressed, to: 1) == nil, "OP_COMPRESSED was never offered")
    }

    // MARK: - Against MariaDB on loopback

    @Test(
        .enabled(if: MariaDBPeer.available || BannerPeers.required, "mariadb-server is not installed"),
        .timeLimit(.minutes(5))
    )
    func identifiesMariaDB() async throws {
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = try await MariaDBPeer.initialize(in: directory)
        let expected = try await MariaDBPeer.version()

        let plain = try await MariaDBPeer.withServer(copying: template, in: directory, name: "plain") { port in
            let mysql = await BannerProbes.mySQL(host: "127.0.0.1", port: port, timeout: .seconds(10))
            // The other database probes must not take a MariaDB greeting for their own protocol.
            let others = [
                await BannerProbes.msSQL(host: "127.0.0.1", port: port, timeout: .seconds(5)),
                await BannerProbes.mongoDB(host: "127.0.0.1", port: port, timeout: .seconds(5), gentle: false),
                await BannerProbes.mqtt(host: "127.0.0.1", port: port, timeout: .seconds(5)),
            ]
            return (mysql, others)
        }
        let identity = try #require(plain.0)
        #expect(identity.service == "mysql" && identity.product == "MariaDB" && identity.version == expected)
        #expect(identity.cpe == "cpe:2.3:a:mariadb:mariadb:\(expected):*:*:*:*:*:*:*")
        #expect(identity.tls == false, "no --ssl-cert: no CLIENT_SSL")
        #expect(identity.banner?.contains("\(expected)-MariaDB") == true, "\(identity.banner ?? "no banner")")
        #expect(identity.details["authPlugin"]?.isEmpty == false && identity.details["connectionId"] != nil)
        #expect(plain.1.allSatisfy { $0 == nil }, "\(plain.1)")

        if let openssl = BannerPeers.path("openssl") {
            let key = directory.appendingPathComponent("key.pem").path
            let certificate = directory.appendingPathComponent("cert.pem").path
            try await MariaDBPeer.run(
                openssl,
                [
                    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                    key, "-out", certificate, "-days", "2", "-subj", "/CN=127.0.0.1",
                ],
                limit: .seconds(30)
            )
            let tls = try await MariaDBPeer.withServer(
                copying: template,
                in: directory,
                name: "tls",
                extra: ["--ssl-cert=\(certificate)", "--ssl-key=\(key)"]
            ) { port in
                await BannerProbes.mySQL(host: "127.0.0.1", port: port, timeout: .seconds(10))
            }
            #expect(try #require(tls).tls == true, "--ssl-cert and --ssl-key: CLIENT_SSL")
        } else if BannerPeers.required {
            Issue.record("WARD_REQUIRE_PEERS=1 but openssl is missing")
        }

        // With every account removed but one for another address, the server refuses 127.0.0.1 with ERR 1130.
        let lockdown = directory.appendingPathComponent("lockdown.sql")
        try """
        DELETE FROM mysql.global_priv WHERE NOT (user = 'ward' AND host = '192.0.2.1');
        INSERT INTO mysql.global_priv (host, user, priv) VALUES ('192.0.2.1', 'ward', '{}');
        FLUSH PRIVILEGES;

        """.write(to: lockdown, atomically: true, encoding: .utf8)
        let refused = try await MariaDBPeer.withServer(
            copying: template,
            in: directory,
            name: "refusing",
            extra: ["--init-file=\(lockdown.path)"]
        ) { port in
            // The init file runs once the server listens: ask until the refusal comes (at most 20 s).
            let deadline = ContinuousClock.now + .seconds(20)
            var identity = await BannerProbes.mySQL(host: "127.0.0.1", port: port, timeout: .seconds(10))
            while identity?.details["errorCode"] == nil, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(200))
                identity = await BannerProbes.mySQL(host: "127.0.0.1", port: port, timeout: .seconds(10))
            }
            return identity
        }
        let error = try #require(refused)
        #expect(error.service == "mysql" && error.product == "MariaDB" && error.version == nil)
        #expect(error.details["errorCode"] == "1130", "\(error.details)")
        #expect(error.details["errorMessage"]?.contains("is not allowed to connect") == true)
    }

    // MARK: - SQL Server against a listener

    @Test func identifiesSQLServerFromAListener() async throws {
        let recorder = ByteScriptRecorder()
        let response = Self.preloginResponse(major: 15, minor: 0, build: 2000, encryption: 0x00)
        let (server, port) = try await BannerProbeTests.listen {
            ScriptedBytesPeer(recorder: recorder) { received in
                guard received.count >= 8 else { return .wait }
                let length = Int(received[2]) << 8 | Int(received[3])
                guard received.count >= length else { return .wait }
                // Answer only a well-formed PRELOGIN, as a server would.
                guard case .success = DatabaseProbeTests.checkPrelogin(received) else { return .close }
                return .reply(response)
            }
        }
        defer { server.close(promise: nil) }
        let identity = try #require(await BannerProbes.msSQL(host: "127.0.0.1", port: port, timeout: .seconds(30)))
        #expect(identity.service == "mssql" && identity.version == "15.0.2000")
        #expect(identity.details["release"] == "SQL Server 2019" && identity.details["encryption"] == "off")
        #expect(identity.tls == true && identity.cpe == "cpe:2.3:a:microsoft:sql_server:2019:*:*:*:*:*:*:*")
        let requests = recorder.requests
        #expect(requests.count == 1, "one PRELOGIN, and no LOGIN7 after it")
        let options = try Self.checkPrelogin(try #require(requests.first)).get()
        #expect(options[0x01] == [0x00], "ENCRYPT_OFF")
    }

    @Test func sqlServerProbeDoesNotMistakeAnHTTPServer() async throws {
        let (server, port) = try await BannerProbeTests.listen {
            ScriptedBytesPeer { _ in
                .replyAndClose(Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            }
        }
        defer { server.close(promise: nil) }
        #expect(await BannerProbes.msSQL(host: "127.0.0.1", port: port, timeout: .seconds(5)) == nil)
        #expect(await BannerProbes.mongoDB(host: "127.0.0.1", port: port, timeout: .seconds(5)) == nil)
        #expect(await BannerProbes.mySQL(host: "127.0.0.1", port: port, timeout: .milliseconds(500)) == nil)
    }

    // MARK: - MongoDB against listeners

    /// How a listener in the tests behaves as a MongoDB server.
    struct MongoBehaviour: Sendable {
        /// Whether `listDatabases` needs authentication (error 13 Unauthorized), as with `--auth`.
        var requiresAuthentication = false
        /// Whether the server knows OP_MSG; one that does not closes the connection, as servers before 3.6 do.
        var knowsOpMsg = true
        /// Whether the server knows `hello`; one that does not answers error 59, as servers before 4.4.2 do.
        var knowsHello = true
        var maxWireVersion: Int32 = 21
        var version = "7.0.14"
    }

    /// Decodes the request the probe sent (OP_MSG or OP_QUERY) and answers it per the MongoDB wire protocol.
    static func mongoAnswer(_ received: [UInt8], _ behaviour: MongoBehaviour) -> ByteScriptAction {
        guard received.count >= 4 else { return .wait }
        let length = Int(MongoDBProbe.int32(received[...], at: 0) ?? 0)
        guard length >= 16, length <= 48_000_000 else { return .close }
        guard received.count >= length else { return .wait }
        guard let message = MongoDBProbe.message(received), let command = MongoDBProbe.document(in: message),
            let name = command.elements.first?.key
        else { return .close }
        if message.opCode == 2013 {
            // Per the OP_MSG specification every command names its database in $db.
            guard behaviour.knowsOpMsg, command["$db"] == .string("admin") else { return .close }
        } else {
            guard message.opCode == 2004, message.body.dropFirst(4).starts(with: Array("admin.$cmd\0".utf8))
            else { return .close }
        }
        var reply: MongoDBProbe.BSONDocument
        switch name {
        case "hello" where behaviour.knowsHello, "isMaster", "ismaster":
            reply = helloReply
            reply.elements.removeAll { $0.key == "maxWireVersion" }
            reply.elements.append(.init(key: "maxWireVersion", value: .int32(behaviour.maxWireVersion)))
            if name != "hello" {
                reply.elements.removeAll { $0.key == "isWritablePrimary" }
                reply.elements.insert(.init(key: "ismaster", value: .bool(true)), at: 0)
            }
        case "buildInfo":
            reply = [
                "version": .string(behaviour.version), "gitVersion": .string("0123456789abcdef"),
                "modules": .array([]), "allocator": .string("tcmalloc"), "bits": .int32(64),
                "versionArray": .array([.int32(7), .int32(0), .int32(14), .int32(0)]), "ok": .double(1),
            ]
        case "listDatabases" where behaviour.requiresAuthentication:
            reply = unauthorized("listDatabases")
        case "listDatabases":
            reply = [
                "databases": .array([
                    .document(["name": .string("admin")]), .document(["name": .string("config")]),
                    .document(["name": .string("local")]),
                ]),
                "ok": .double(1),
            ]
        default:
            reply = [
                "ok": .double(0), "errmsg": .string("no such command: '\(name)'"), "code": .int32(59),
                "codeName": .string("CommandNotFound"),
            ]
        }
        return .reply(
            message.opCode == 2013
                ? opMsgReply(reply, to: message.requestID) : opReply(reply, to: message.requestID)
        )
    }

    /// The command names a listener received, in order.
    static func commandNames(_ recorder: ByteScriptRecorder) -> [String] {
        recorder.requests.compactMap { bytes in
            MongoDBProbe.message(bytes).flatMap(MongoDBProbe.document(in:))?.elements.first?.key
        }
    }

    static func mongoListener(
        _ behaviour: MongoBehaviour,
        _ recorder: ByteScriptRecorder
    ) async throws -> (any Channel, Int) {
        try await BannerProbeTests.listen {
            ScriptedBytesPeer(recorder: recorder) { DatabaseProbeTests.mongoAnswer($0, behaviour) }
        }
    }

    @Test func mongoDBWithAndWithoutAuthentication() async throws {
        let openRecorder = ByteScriptRecorder()
        let (open, openPort) = try await Self.mongoListener(MongoBehaviour(), openRecorder)
        defer { open.close(promise: nil) }
        let gentle = try #require(await BannerProbes.mongoDB(host: "127.0.0.1", port: openPort, timeout: .seconds(30)))
        #expect(gentle.service == "mongodb" && gentle.details["versionRange"] == "7.0.x")
        #expect(gentle.version == nil && gentle.cpe == nil && gentle.unauthenticatedAccess == nil)
        #expect(Self.commandNames(openRecorder) == ["hello"], "the gentle profile asks hello only")

        let standard = try #require(
            await BannerProbes.mongoDB(host: "127.0.0.1", port: openPort, timeout: .seconds(30), gentle: false)
        )
        #expect(standard.version == "7.0.14" && standard.cpe == "cpe:2.3:a:mongodb:mongodb:7.0.14:*:*:*:*:*:*:*")
        #expect(standard.unauthenticatedAccess == true && standard.details["databases"] == "3")
        #expect(Self.commandNames(openRecorder) == ["hello", "hello", "buildInfo", "listDatabases"])

        let lockedRecorder = ByteScriptRecorder()
        let (locked, lockedPort) = try await Self.mongoListener(
            MongoBehaviour(requiresAuthentication: true),
            lockedRecorder
        )
        defer { locked.close(promise: nil) }
        let closed = try #require(
            await BannerProbes.mongoDB(host: "127.0.0.1", port: lockedPort, timeout: .seconds(30), gentle: false)
        )
        #expect(closed.version == "7.0.14" && closed.unauthenticatedAccess == false)
        #expect(closed.details["listDatabasesError"] == "Unauthorized")
    }

    @Test func mongoDBFallsBackToOpQuery() async throws {
        // A 3.4 server: OP_MSG unknown, so it closes the connection; OP_QUERY isMaster works.
        let oldRecorder = ByteScriptRecorder()
        let old = MongoBehaviour(knowsOpMsg: false, maxWireVersion: 5, version: "3.4.24")
        let (legacy, legacyPort) = try await Self.mongoListener(old, oldRecorder)
        defer { legacy.close(promise: nil) }
        let identity = try #require(
            await BannerProbes.mongoDB(host: "127.0.0.1", port: legacyPort, timeout: .seconds(30), gentle: false)
        )
        #expect(identity.details["wireProtocol"] == "OP_QUERY" && identity.details["versionRange"] == "3.4.x")
        #expect(identity.version == "3.4.24" && identity.unauthenticatedAccess == true)
        #expect(Self.commandNames(oldRecorder) == ["hello", "isMaster", "buildInfo", "listDatabases"])

        // A 4.2 server: OP_MSG known, hello not (error 59).
        let helloRecorder = ByteScriptRecorder()
        let noHello = MongoBehaviour(knowsHello: false, maxWireVersion: 8, version: "4.2.25")
        let (server, port) = try await Self.mongoListener(noHello, helloRecorder)
        defer { server.close(promise: nil) }
        let fallback = try #require(await BannerProbes.mongoDB(host: "127.0.0.1", port: port, timeout: .seconds(30)))
        #expect(fallback.details["wireProtocol"] == "OP_QUERY" && fallback.details["versionRange"] == "4.2.x")
        #expect(Self.commandNames(helloRecorder) == ["hello", "isMaster"])
    }

    // MARK: - Hostile peers

    /// Listeners that send garbage, an endless stream, nothing, or an absurd length field for each probe.
    @Test(.timeLimit(.minutes(2)))
    func hostilePeersAreBoundedInTimeAndBytes() async throws {
        let absurd: [(String, [UInt8], @Sendable (Int) async -> ServiceIdentity?)] = [
            ("MySQL 16 MiB packet", [0xFF, 0xFF, 0xFF, 0x00, 0x0A] + Array("8.0.1".utf8), Self.mySQL),
            ("TDS 64 KiB packet", [0x04, 0x01, 0xFF, 0xFF, 0, 0, 1, 0, 0, 0, 0x1A], Self.msSQL),
            (
                "MongoDB 2 GiB message", [0xFF, 0xFF, 0xFF, 0x7F, 1, 0, 0, 0, 1, 0, 0, 0, 0xDD, 0x07, 0, 0],
                Self.mongoDB
            ),
            ("BSON 2 GiB document", Self.opMsgHeaderAround([0xFF, 0xFF, 0xFF, 0x7F, 0x10, 0x61, 0]), Self.mongoDB),
            ("garbage", (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }, Self.mySQL),
            ("garbage", (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }, Self.msSQL),
            ("garbage", (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }, Self.mongoDB),
        ]
        for (name, bytes, probe) in absurd {
            let (server, port) = try await BannerProbeTests.listen {
                ScriptedBytesPeer(greeting: bytes) { _ in .wait }
            }
            let start = ContinuousClock.now
            #expect(await probe(port) == nil, "\(name)")
            #expect(ContinuousClock.now - start < .seconds(15), "\(name): refused at once, not at the deadline")
            try await server.close()
        }

        let (endless, endlessPort) = try await BannerProbeTests.listen { EndlessWriter() }
        defer { endless.close(promise: nil) }
        let flood = ContinuousClock.now
        #expect(await Self.mySQL(endlessPort) == nil)
        #expect(await Self.msSQL(endlessPort) == nil)
        #expect(await Self.mongoDB(endlessPort) == nil)
        #expect(ContinuousClock.now - flood < .seconds(25), "an endless stream ends each probe at once")

        let (silent, silentPort) = try await BannerProbeTests.listen(nil)
        defer { silent.close(promise: nil) }
        let quiet = ContinuousClock.now
        let short = Duration.milliseconds(400)
        #expect(await BannerProbes.mySQL(host: "127.0.0.1", port: silentPort, timeout: short) == nil)
        #expect(await BannerProbes.msSQL(host: "127.0.0.1", port: silentPort, timeout: short) == nil)
        #expect(await BannerProbes.mongoDB(host: "127.0.0.1", port: silentPort, timeout: short, gentle: false) == nil)
        #expect(ContinuousClock.now - quiet < .seconds(10), "silence costs each probe its timeout, no more")

        let closedPort = 1  // only root may bind it, and no test does; a freed port could be taken by another test
        #expect(await Self.mySQL(closedPort) == nil)
        #expect(await Self.msSQL(closedPort) == nil)
        #expect(await Self.mongoDB(closedPort) == nil)
    }

    /// An OP_MSG reply header and kind 0 section around `document` bytes, the length computed from the bytes given.
    static func opMsgHeaderAround(_ document: [UInt8]) -> [UInt8] {
        MongoDBProbe.message(opCode: 2013, requestID: 1, responseTo: 1, body: [0, 0, 0, 0, 0] + document)
    }

    static func mySQL(_ port: Int) async -> ServiceIdentity? {
        await BannerProbes.mySQL(host: "127.0.0.1", port: port, timeout: .seconds(30))
    }

    static func msSQL(_ port: Int) async -> ServiceIdentity? {
        await BannerProbes.msSQL(host: "127.0.0.1", port: port, timeout: .seconds(30))
    }

    static func mongoDB(_ port: Int) async -> ServiceIdentity? {
        await BannerProbes.mongoDB(host: "127.0.0.1", port: port, timeout: .seconds(30), gentle: false)
    }
}

/// What a scripted listener does with the bytes it has received since its last answer.
enum ByteScriptAction: Sendable {
    /// Not a whole request yet.
    case wait
    /// Answers and waits for the next request.
    case reply([UInt8])
    /// Answers and closes the connection.
    case replyAndClose([UInt8])
    /// Closes without answering.
    case close
}

/// The whole requests a scripted listener received, across its connections.
final class ByteScriptRecorder: Sendable {
    private let received = Mutex<[[UInt8]]>([])

    var requests: [[UInt8]] { received.withLock { $0 } }

    func record(_ request: [UInt8]) {
        received.withLock { $0.append(request) }
    }
}

/// Sends an optional greeting, then answers each whole request as its script says.
final class ScriptedBytesPeer: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let greeting: [UInt8]
    private let recorder: ByteScriptRecorder?
    private let script: @Sendable ([UInt8]) -> ByteScriptAction
    private var pending: [UInt8] = []

    init(
        greeting: [UInt8] = [],
        recorder: ByteScriptRecorder? = nil,
        script: @escaping @Sendable ([UInt8]) -> ByteScriptAction
    ) {
        self.greeting = greeting
        self.recorder = recorder
        self.script = script
    }

    func channelActive(context: ChannelHandlerContext) {
        if !greeting.isEmpty { context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: greeting)), promise: nil) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        pending += unwrapInboundIn(data).readableBytesView
        let action = script(pending)
        if case .wait = action { return }
        recorder?.record(pending)
        pending = []
        let channel = context.channel
        switch action {
        case .wait:
            break
        case .reply(let bytes):
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: bytes)), promise: nil)
        case .replyAndClose(let bytes):
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: bytes))).whenComplete { _ in
                channel.close(promise: nil)
            }
        case .close:
            context.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}

/// A MariaDB server started by the tests in a temporary directory, on a free loopback port.
enum MariaDBPeer {
    static let server = BannerPeers.path("mariadbd", in: ["/usr/sbin"])
    static let installer = BannerPeers.path("mariadb-install-db") ?? BannerPeers.path("mysql_install_db")
    static let available = server != nil && installer != nil

    /// Whether the tests run as root, where mariadbd needs `--user=root`.
    static let runningAsRoot = getuid() == 0

    /// Initialises a data directory (at most 120 s a try) and returns it, to be copied for each server.
    ///
    /// Every installation and server has a temporary directory of its own: with the default, /tmp, shared by the
    /// tests that install at the same time, a CI run saw the bootstrap lose one of its temporary tables ("Could not
    /// remove temporary table '/tmp/#sql-temptable-…'", then "Unknown table 'mysql.tmp_user_sys'"). For the same
    /// reason a failed installation is tried once more, in a fresh directory, before the test fails: what fails
    /// there is the peer's setup, not what the test checks.
    static func initialize(in directory: URL) async throws -> URL {
        let installer = try #require(installer, "WARD_REQUIRE_PEERS=1 but mariadb-install-db is missing")
        var failure: (any Error)?
        for attempt in 1...2 {
            let data = directory.appendingPathComponent("template-\(attempt)")
            let temporary = directory.appendingPathComponent("template-\(attempt)-tmp")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            var arguments = [
                "--no-defaults", "--datadir=\(data.path)", "--tmpdir=\(temporary.path)",
                "--auth-root-authentication-method=normal", "--skip-test-db",
            ]
            if runningAsRoot { arguments.append("--user=root") }
            do {
                try await run(installer, arguments, limit: .seconds(120))
                return data
            } catch {
                failure = error
            }
        }
        throw failure!
    }

    /// The version `mariadbd --version` reports, such as `10.11.19`.
    static func version() async throws -> String {
        let output = try await run(try #require(server), ["--version"], limit: .seconds(30))
        // "mariadbd  Ver 10.11.19-MariaDB-0+deb12u1 for debian-linux-gnu on x86_64 (Debian 12)"
        let words = output.split(separator: " ")
        let ver = try #require(words.firstIndex(of: "Ver"), "unexpected mariadbd --version: \(output)")
        return String(try #require(words.dropFirst(ver + 1).first?.split(separator: "-").first))
    }

    /// Runs a program to its end within `limit`, polling instead of blocking a thread; returns what it printed.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], limit: Duration) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ward-run-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = ContinuousClock.now + limit
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        if process.isRunning {
            await DCMTK.stop(process)
            throw DatabasePeerFailure("\(program) did not finish within \(limit): \(text.suffix(2_000))")
        }
        guard process.terminationStatus == 0 else {
            throw DatabasePeerFailure(
                "\(program) failed with status \(process.terminationStatus): \(text.suffix(2_000))"
            )
        }
        return text
    }

    /// Copies the template data directory, starts mariadbd on it, waits (at most 60 s) until it listens, runs
    /// `body` with the port and kills the server, whatever happens.
    static func withServer<T: Sendable>(
        copying template: URL,
        in directory: URL,
        name: String,
        extra: [String] = [],
        body: (Int) async throws -> T
    ) async throws -> T {
        let server = try #require(server, "WARD_REQUIRE_PEERS=1 but mariadbd is missing")
        let data = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: template, to: data)
        let port = try await DCMTK.freePort()
        let log = directory.appendingPathComponent("\(name).log")
        let temporary = directory.appendingPathComponent("\(name)-tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        var arguments = [
            "--no-defaults", "--datadir=\(data.path)", "--port=\(port)", "--bind-address=127.0.0.1",
            "--socket=\(directory.appendingPathComponent("\(name).sock").path)", "--skip-networking=0",
            "--pid-file=\(directory.appendingPathComponent("\(name).pid").path)", "--log-error=\(log.path)",
            "--innodb-buffer-pool-size=32M", "--tmpdir=\(temporary.path)",
        ]
        if runningAsRoot { arguments.append("--user=root") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: server)
        process.arguments = arguments + extra
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            let deadline = ContinuousClock.now + .seconds(60)
            var listening = false
            while !listening, process.isRunning, ContinuousClock.now < deadline {
                listening = await DCMTK.accepts(port)
                if !listening { try await Task.sleep(for: .milliseconds(100)) }
            }
            guard listening else {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? "no log"
                throw DatabasePeerFailure("mariadbd did not listen on port \(port) within 60 s: \(text.suffix(2_000))")
            }
            let result = try await body(port)
            await DCMTK.stop(process)
            return result
        } catch {
            await DCMTK.stop(process)
            throw error
        }
    }
}

/// A peer the tests start did not start or finish as expected.
struct DatabasePeerFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
