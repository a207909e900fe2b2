import Foundation
import NIOCore
import NIOPosix

/// The pure part of the MongoDB probe: a small BSON codec, the OP_MSG and legacy OP_QUERY requests, and the replies
/// to `hello`, `buildInfo` and `listDatabases`. ``BannerProbes/mongoDB(host:port:timeout:gentle:group:)`` does the
/// network part.
///
/// Every MongoDB message starts with a 16-byte header of little-endian 32-bit integers: the message length (header
/// included), a request id, the id of the request it answers, and the opcode (2013 OP_MSG, 2004 OP_QUERY, 1
/// OP_REPLY). An OP_MSG body is a 32-bit flag word and sections; a kind 0 section is one BSON document, the command
/// or its reply.
///
/// The decoder is bounded: a document longer than ``BannerProbes/maximumBytes``, deeper than ``maximumDepth``, or
/// whose length fields disagree with the bytes is refused, never allocated.
///
/// - Note: Tested against the BSON and OP_MSG specifications and a listener in the tests that answers per those
///   specifications; no real MongoDB server is tested, because none runs offline on the test machines.
public enum MongoDBProbe {
    /// The OP_MSG opcode (MongoDB 3.6 and later).
    public static let opMsg: Int32 = 2013
    /// The legacy OP_QUERY opcode, which every server accepts for `isMaster`.
    public static let opQuery: Int32 = 2004
    /// The legacy OP_REPLY opcode, the answer to OP_QUERY.
    public static let opReply: Int32 = 1
    /// The deepest nesting of documents and arrays the decoder follows.
    public static let maximumDepth = 16
    /// The MongoDB error code for a command that needs authentication.
    public static let unauthorizedCode = 13

    /// A BSON value.
    public indirect enum BSONValue: Hashable, Sendable {
        case double(Double)
        case string(String)
        case document(BSONDocument)
        case array([BSONValue])
        case binary(subtype: UInt8, [UInt8])
        case objectID([UInt8])
        case bool(Bool)
        /// UTC milliseconds since 1970.
        case dateTime(Int64)
        case null
        case int32(Int32)
        case timestamp(UInt64)
        case int64(Int64)
        case decimal128([UInt8])
        /// A value Ward reads past without keeping (undefined, regular expression, DBPointer, JavaScript code, symbol,
        /// code with scope, min key, max key): only its type byte. It encodes as null unless it needs no payload.
        case other(type: UInt8)

        /// The value as an integer: an `int32`, an `int64`, or a `double` without a fraction.
        public var intValue: Int? {
            switch self {
            case .int32(let value): Int(value)
            case .int64(let value): Int(value)
            case .double(let value) where value.rounded() == value && abs(value) < 1e15: Int(value)
            default: nil
            }
        }

        /// The value as a boolean: a `bool`, or a number that is not zero.
        public var boolValue: Bool? {
            if case .bool(let value) = self { return value }
            return intValue.map { $0 != 0 }
        }

        /// The text of a `string`.
        public var stringValue: String? {
            if case .string(let value) = self { return value }
            return nil
        }
    }

    /// A BSON document: its elements in order.
    public struct BSONDocument: Hashable, Sendable, ExpressibleByDictionaryLiteral {
        /// One key and its value.
        public struct Element: Hashable, Sendable {
            public var key: String
            public var value: BSONValue
        }

        public var elements: [Element]

        public init(_ elements: [Element] = []) {
            self.elements = elements
        }

        /// A document with these keys and values, in this order.
        public init(dictionaryLiteral elements: (String, BSONValue)...) {
            self.elements = elements.map { Element(key: $0.0, value: $0.1) }
        }

        /// The value of the first element with this key.
        public subscript(key: String) -> BSONValue? {
            elements.first { $0.key == key }?.value
        }
    }

    // MARK: - BSON

    /// The BSON bytes of a document.
    public static func encode(_ document: BSONDocument) -> [UInt8] {
        var body: [UInt8] = []
        for element in document.elements { appendElement(element.key, element.value, to: &body) }
        body.append(0)
        return littleEndian(Int32(body.count + 4)) + body
    }

    private static func appendElement(_ key: String, _ value: BSONValue, to bytes: inout [UInt8]) {
        func start(_ type: UInt8) {
            bytes.append(type)
            bytes += key.utf8.filter { $0 != 0 }
            bytes.append(0)
        }
        func appendString(_ text: String) {
            let utf8 = Array(text.utf8)
            bytes += littleEndian(Int32(utf8.count + 1)) + utf8 + [0]
        }
        switch value {
        case .double(let number):
            start(0x01)
            bytes += littleEndian(number.bitPattern)
        case .string(let text):
            start(0x02)
            appendString(text)
        case .document(let document):
            start(0x03)
            bytes += encode(document)
        case .array(let values):
            start(0x04)
            bytes += encode(BSONDocument(values.enumerated().map { BSONDocument.Element(key: "\($0)", value: $1) }))
        case .binary(let subtype, let data):
            start(0x05)
            bytes += littleEndian(Int32(data.count)) + [subtype] + data
        case .objectID(let id):
            start(0x07)
            bytes += (id + [UInt8](repeating: 0, count: 12)).prefix(12)
        case .bool(let flag):
            start(0x08)
            bytes.append(flag ? 1 : 0)
        case .dateTime(let milliseconds):
            start(0x09)
            bytes += littleEndian(UInt64(bitPattern: milliseconds))
        case .null:
            start(0x0A)
        case .int32(let number):
            start(0x10)
            bytes += littleEndian(number)
        case .timestamp(let stamp):
            start(0x11)
            bytes += littleEndian(stamp)
        case .int64(let number):
            start(0x12)
            bytes += littleEndian(UInt64(bitPattern: number))
        case .decimal128(let raw):
            start(0x13)
            bytes += (raw + [UInt8](repeating: 0, count: 16)).prefix(16)
        case .other(let type):
            // Undefined, min key and max key have no payload; the others cannot be rebuilt from the type alone.
            start([0x06, 0x7F, 0xFF].contains(type) ? type : 0x0A)
        }
    }

    /// Decodes the BSON document at the start of `bytes`; `nil` when it is not a well-formed document.
    ///
    /// Refused: a length under 5, over ``BannerProbes/maximumBytes`` or past the end of `bytes`; a document not
    /// ended by a zero byte; an element, string or nested document whose length points outside its parent; an
    /// unknown type; nesting deeper than ``maximumDepth``. Bytes after the document are ignored.
    public static func decodeDocument(_ bytes: ArraySlice<UInt8>) -> BSONDocument? {
        document(bytes, depth: 0)?.document
    }

    private static func document(_ bytes: ArraySlice<UInt8>, depth: Int) -> (document: BSONDocument, length: Int)? {
        guard depth <= maximumDepth, let length = int32(bytes, at: bytes.startIndex).map(Int.init),
            length >= 5, length <= BannerProbes.maximumBytes, length <= bytes.count,
            bytes[bytes.startIndex + length - 1] == 0
        else { return nil }
        let end = bytes.startIndex + length - 1
        var index = bytes.startIndex + 4
        var elements: [BSONDocument.Element] = []
        while index < end {
            let type = bytes[index]
            guard let keyEnd = bytes[(index + 1)..<end].firstIndex(of: 0) else { return nil }
            let key = String(decoding: bytes[(index + 1)..<keyEnd], as: UTF8.self)
            guard let (element, size) = value(type: type, bytes[(keyEnd + 1)..<end], depth: depth) else { return nil }
            elements.append(BSONDocument.Element(key: key, value: element))
            index = keyEnd + 1 + size
        }
        return (BSONDocument(elements), length)
    }

    /// One value of `type` at the start of `bytes` and the bytes it took.
    private static func value(type: UInt8, _ bytes: ArraySlice<UInt8>, depth: Int) -> (BSONValue, Int)? {
        let start = bytes.startIndex
        func fixed(_ count: Int) -> ArraySlice<UInt8>? {
            bytes.count >= count ? bytes[start..<(start + count)] : nil
        }
        switch type {
        case 0x01:
            return uint64(bytes, at: start).map { (.double(Double(bitPattern: $0)), 8) }
        case 0x02, 0x0D, 0x0E:
            guard let (text, size) = string(bytes) else { return nil }
            return (type == 0x02 ? .string(text) : .other(type: type), size)
        case 0x03, 0x04:
            guard let (nested, size) = document(bytes, depth: depth + 1) else { return nil }
            return (type == 0x03 ? .document(nested) : .array(nested.elements.map(\.value)), size)
        case 0x05:
            guard let length = int32(bytes, at: start).map(Int.init), length >= 0, bytes.count >= 5 + length
            else { return nil }
            return (.binary(subtype: bytes[start + 4], Array(bytes[(start + 5)..<(start + 5 + length)])), 5 + length)
        case 0x06, 0x0A, 0x7F, 0xFF:
            return (type == 0x0A ? .null : .other(type: type), 0)
        case 0x07:
            return fixed(12).map { (.objectID(Array($0)), 12) }
        case 0x08:
            guard let flag = fixed(1)?.first, flag <= 1 else { return nil }
            return (.bool(flag == 1), 1)
        case 0x09:
            return uint64(bytes, at: start).map { (.dateTime(Int64(bitPattern: $0)), 8) }
        case 0x0B:
            guard let patternEnd = bytes.firstIndex(of: 0),
                let optionsEnd = bytes[(patternEnd + 1)...].firstIndex(of: 0)
            else { return nil }
            return (.other(type: type), optionsEnd + 1 - start)
        case 0x0C:
            guard let (_, size) = string(bytes), bytes.count >= size + 12 else { return nil }
            return (.other(type: type), size + 12)
        case 0x0F:
            // Code with scope: a total length, the code string, the scope document, all inside the total.
            guard let total = int32(bytes, at: start).map(Int.init), total >= 14, total <= bytes.count,
                let (_, codeSize) = string(bytes[(start + 4)..<(start + total)]),
                let (_, scopeSize) = document(bytes[(start + 4 + codeSize)..<(start + total)], depth: depth + 1),
                4 + codeSize + scopeSize == total
            else { return nil }
            return (.other(type: type), total)
        case 0x10:
            return int32(bytes, at: start).map { (.int32($0), 4) }
        case 0x11:
            return uint64(bytes, at: start).map { (.timestamp($0), 8) }
        case 0x12:
            return uint64(bytes, at: start).map { (.int64(Int64(bitPattern: $0)), 8) }
        case 0x13:
            return fixed(16).map { (.decimal128(Array($0)), 16) }
        default:
            return nil
        }
    }

    /// A BSON string (length with its zero byte, the UTF-8 bytes, a zero byte) and the bytes it took.
    private static func string(_ bytes: ArraySlice<UInt8>) -> (String, Int)? {
        guard let length = int32(bytes, at: bytes.startIndex).map(Int.init), length >= 1, bytes.count >= 4 + length,
            bytes[bytes.startIndex + 3 + length] == 0
        else { return nil }
        let text = bytes[(bytes.startIndex + 4)..<(bytes.startIndex + 3 + length)]
        return (String(decoding: text, as: UTF8.self), 4 + length)
    }

    // MARK: - Messages

    /// One wire protocol message: its header and body.
    public struct Message: Hashable, Sendable {
        public var requestID: Int32
        public var responseTo: Int32
        public var opCode: Int32
        /// The bytes after the 16-byte header.
        public var body: [UInt8]
    }

    /// An OP_MSG carrying `command` in one kind 0 section, with no flags.
    public static func opMsg(_ command: BSONDocument, requestID: Int32) -> [UInt8] {
        message(opCode: opMsg, requestID: requestID, body: littleEndian(UInt32(0)) + [0] + encode(command))
    }

    /// An OP_QUERY for `command` on `admin.$cmd`, asking for one document back.
    public static func opQuery(_ command: BSONDocument, requestID: Int32) -> [UInt8] {
        let body =
            littleEndian(Int32(0)) + Array("admin.$cmd".utf8) + [0] + littleEndian(Int32(0))
            + littleEndian(Int32(-1)) + encode(command)
        return message(opCode: opQuery, requestID: requestID, body: body)
    }

    /// A whole message with its header; the tests use it to answer as a server would.
    public static func message(opCode: Int32, requestID: Int32, responseTo: Int32 = 0, body: [UInt8]) -> [UInt8] {
        littleEndian(Int32(16 + body.count)) + littleEndian(requestID) + littleEndian(responseTo)
            + littleEndian(opCode) + body
    }

    /// Whether the bytes hold a whole message, or a header whose length no answer can have.
    static func messageComplete(_ bytes: [UInt8]) -> Bool {
        guard let length = int32(bytes[...], at: 0).map(Int.init) else { return false }
        return length < 16 || length > BannerProbes.maximumBytes || bytes.count >= length
    }

    /// The first message in the bytes; `nil` while it is incomplete or when its length is under 16 or over
    /// ``BannerProbes/maximumBytes``.
    public static func message(_ bytes: [UInt8]) -> Message? {
        guard let length = int32(bytes[...], at: 0).map(Int.init), length >= 16, length <= BannerProbes.maximumBytes,
            bytes.count >= length, let requestID = int32(bytes[...], at: 4),
            let responseTo = int32(bytes[...], at: 8), let opCode = int32(bytes[...], at: 12)
        else { return nil }
        return Message(requestID: requestID, responseTo: responseTo, opCode: opCode, body: Array(bytes[16..<length]))
    }

    /// The command document a message carries: the kind 0 section of an OP_MSG, the query of an OP_QUERY, the
    /// first document of an OP_REPLY; `nil` for other opcodes or a malformed body.
    public static func document(in message: Message) -> BSONDocument? {
        let body = message.body[...]
        switch message.opCode {
        case opMsg:
            guard let flags = uint32(body, at: 0) else { return nil }
            // With checksumPresent (bit 0) the last 4 bytes are a CRC-32C, not a section.
            var sections = body.dropFirst(4)
            if flags & 1 != 0 { sections = sections.dropLast(4) }
            while let kind = sections.first {
                if kind == 0 { return decodeDocument(sections.dropFirst()) }
                // A kind 1 section: its size (which counts itself), an identifier and documents.
                guard kind == 1, let size = int32(sections, at: sections.startIndex + 1).map(Int.init), size >= 4,
                    sections.count >= 1 + size
                else { return nil }
                sections = sections.dropFirst(1 + size)
            }
            return nil
        case opQuery:
            guard let nameEnd = body.dropFirst(4).firstIndex(of: 0), body.count >= nameEnd + 9 else { return nil }
            return decodeDocument(body[(nameEnd + 9)...])
        case opReply:
            guard body.count > 20, let returned = int32(body, at: 16), returned >= 1 else { return nil }
            return decodeDocument(body.dropFirst(20))
        default:
            return nil
        }
    }

    /// The reply document in the bytes when they hold a reply to `requestID`; `nil` otherwise.
    public static func reply(_ bytes: [UInt8], to requestID: Int32) -> BSONDocument? {
        guard let whole = message(bytes), whole.responseTo == requestID,
            whole.opCode == opMsg || whole.opCode == opReply
        else { return nil }
        return document(in: whole)
    }

    // MARK: - Replies

    /// How a command ended.
    public enum CommandResult: Hashable, Sendable {
        /// `ok: 1`.
        case succeeded
        /// `ok: 0`, with the error code, its name and the message when the server sent them.
        case failed(code: Int?, codeName: String?, message: String?)
    }

    /// Whether a reply says `ok: 1`, and the error otherwise.
    public static func commandResult(_ reply: BSONDocument) -> CommandResult {
        if reply["ok"]?.boolValue == true { return .succeeded }
        return .failed(
            code: reply["code"]?.intValue,
            codeName: reply["codeName"]?.stringValue,
            message: reply["errmsg"]?.stringValue.map { String($0.prefix(TextBannerProbe.maximumBannerLength)) }
        )
    }

    /// What a `hello` (or `isMaster`) reply says about the server.
    public struct Hello: Hashable, Sendable {
        /// The newest wire protocol version the server speaks, which tells its release series.
        public var maxWireVersion: Int?
        public var minWireVersion: Int?
        /// Whether the server accepts writes: `isWritablePrimary` (hello) or `ismaster` (isMaster).
        public var isWritablePrimary: Bool?
        /// Whether the server is a replica set secondary.
        public var secondary: Bool?
        /// The replica set name, for a member of one.
        public var setName: String?
        /// Whether the server is a `mongos` router (`msg: "isdbgrid"`).
        public var isRouter: Bool
    }

    /// Reads a successful `hello` or `isMaster` reply; `nil` when it is not one.
    public static func hello(_ reply: BSONDocument) -> Hello? {
        guard commandResult(reply) == .succeeded,
            reply["maxWireVersion"] != nil || reply["isWritablePrimary"] != nil || reply["ismaster"] != nil
        else { return nil }
        return Hello(
            maxWireVersion: reply["maxWireVersion"]?.intValue,
            minWireVersion: reply["minWireVersion"]?.intValue,
            isWritablePrimary: (reply["isWritablePrimary"] ?? reply["ismaster"])?.boolValue,
            secondary: reply["secondary"]?.boolValue,
            setName: reply["setName"]?.stringValue.map { String($0.prefix(200)) },
            isRouter: reply["msg"]?.stringValue == "isdbgrid"
        )
    }

    /// The server release series a `maxWireVersion` belongs to, such as `7.0.x`.
    ///
    /// Wire versions 10 to 12 were development releases before 5.0; 14 to 16, 18 to 20 and 22 to 24 were the rapid
    /// releases between the major ones. A server without `maxWireVersion` is 2.4 or earlier.
    public static func releaseSeries(maxWireVersion: Int?) -> String {
        guard let wire = maxWireVersion, wire >= 1 else { return "2.4 or earlier" }
        let series: [Int: String] = [
            1: "2.6", 2: "2.6", 3: "3.0", 4: "3.2", 5: "3.4", 6: "3.6", 7: "4.0", 8: "4.2", 9: "4.4", 10: "4.7",
            11: "4.8", 12: "4.9", 13: "5.0", 14: "5.1", 15: "5.2", 16: "5.3", 17: "6.0", 18: "6.1", 19: "6.2",
            20: "6.3", 21: "7.0", 22: "7.1", 23: "7.2", 24: "7.3", 25: "8.0",
        ]
        return series[wire].map { "\($0).x" } ?? "later than 8.0"
    }

    /// The `version` of a `buildInfo` reply when it looks like one (`7.0.14`, `8.0.0-rc3`).
    public static func buildVersion(_ reply: BSONDocument) -> String? {
        guard commandResult(reply) == .succeeded, let version = reply["version"]?.stringValue, version.count <= 40,
            version.first?.isNumber == true,
            version.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-+".contains($0)) })
        else { return nil }
        return version
    }

    /// The CPE 2.3 name of a MongoDB version; a pre-release suffix (`-rc3`) goes in the update field.
    public static func cpe(version: String) -> String? {
        let parts = version.split(separator: "-", maxSplits: 1)
        guard let number = parts.first, number.contains("."), number.allSatisfy({ $0.isNumber || $0 == "." })
        else { return nil }
        let update = parts.count > 1 ? parts[1].lowercased() : "*"
        return "cpe:2.3:a:mongodb:mongodb:\(number):\(update):*:*:*:*:*:*"
    }

    /// The identity a `hello` reply gives: the pure part of ``BannerProbes/mongoDB(host:port:timeout:gentle:group:)``.
    static func identity(_ hello: Hello, legacy: Bool) -> ServiceIdentity {
        var identity = ServiceIdentity(service: "mongodb", product: "MongoDB")
        identity.details["wireProtocol"] = legacy ? "OP_QUERY" : "OP_MSG"
        identity.details["versionRange"] = releaseSeries(maxWireVersion: hello.maxWireVersion)
        identity.details["maxWireVersion"] = hello.maxWireVersion.map { "\($0)" }
        identity.details["minWireVersion"] = hello.minWireVersion.map { "\($0)" }
        identity.details["isWritablePrimary"] = hello.isWritablePrimary.map { $0 ? "true" : "false" }
        identity.details["secondary"] = hello.secondary.map { $0 ? "true" : "false" }
        identity.details["setName"] = hello.setName
        if hello.isRouter { identity.details["router"] = "true" }
        return identity
    }

    /// Adds what `buildInfo` says: the exact version, its CPE and the modules (`enterprise`).
    static func addBuildInfo(_ reply: BSONDocument, to identity: inout ServiceIdentity) {
        guard let version = buildVersion(reply) else { return }
        identity.version = version
        identity.cpe = cpe(version: version)
        if case .array(let modules) = reply["modules"] {
            let names = modules.compactMap(\.stringValue).map { String($0.prefix(40)) }
            if !names.isEmpty { identity.details["modules"] = names.joined(separator: ",") }
        }
    }

    /// Adds what `listDatabases` says: ``ServiceIdentity/unauthenticatedAccess`` `true` when it ran, `false` on
    /// error 13 (Unauthorized); the number of databases, or the error.
    static func addListDatabases(_ reply: BSONDocument, to identity: inout ServiceIdentity) {
        switch commandResult(reply) {
        case .succeeded:
            identity.unauthenticatedAccess = true
            if case .array(let databases) = reply["databases"] { identity.details["databases"] = "\(databases.count)" }
        case .failed(let code, let codeName, let message):
            if code == unauthorizedCode { identity.unauthenticatedAccess = false }
            identity.details["listDatabasesError"] = codeName ?? message ?? code.map { "code \($0)" } ?? "failed"
        }
    }

    // MARK: - Little-endian integers

    static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    static func int32(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int32? {
        uint32(bytes, at: index).map { Int32(bitPattern: $0) }
    }

    static func uint32(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt32? {
        guard index >= bytes.startIndex, index + 4 <= bytes.endIndex else { return nil }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[index + $1]) << (8 * $1) }
    }

    static func uint64(_ bytes: ArraySlice<UInt8>, at index: Int) -> UInt64? {
        guard index >= bytes.startIndex, index + 8 <= bytes.endIndex else { return nil }
        return (0..<8).reduce(0) { $0 | UInt64(bytes[index + $1]) << (8 * $1) }
    }
}

extension BannerProbes {
    /// Asks a MongoDB server `hello` and, outside the gentle profile, `buildInfo` and `listDatabases`.
    ///
    /// The probe sends `{hello: 1, $db: "admin"}` as OP_MSG. When the server closes the connection or answers with
    /// an error (servers before 3.6 do not know OP_MSG; before 4.4.2 they do not know `hello`), it asks again on a new
    /// connection with the legacy OP_QUERY `{isMaster: 1}` on `admin.$cmd`, which every version answers, and keeps
    /// that form for the later commands.
    ///
    /// - Parameters:
    ///   - host: An IP address or a host name.
    ///   - port: The TCP port.
    ///   - timeout: The time the whole probe may take, both connections included.
    ///   - gentle: Whether to stop after `hello`; `false` adds `buildInfo` (the exact version) and `listDatabases`
    ///     with `nameOnly` (whether commands run without authentication).
    ///   - group: The event loops to connect on.
    /// - Returns: The identity: service `mongodb`, product `MongoDB`, `details` `versionRange` (the release series
    ///   `maxWireVersion` belongs to, such as `7.0.x`), `maxWireVersion`, `minWireVersion`, `isWritablePrimary`,
    ///   `secondary`, `setName`, `router` and `wireProtocol`; without `gentle` also the version, CPE and `modules`
    ///   from `buildInfo`, and ``ServiceIdentity/unauthenticatedAccess`` with `databases` (a count) or
    ///   `listDatabasesError`. A server that answers `hello` and `isMaster` with errors gives `error` and
    ///   `errorCode`. `nil` when the port is unreachable or does not answer like MongoDB.
    ///
    /// - Important: `hello` is what every driver sends before authenticating: gentle-safe. `buildInfo` and
    ///   `listDatabases` are standard-only: `listDatabases` succeeds only on a server that runs commands for anyone,
    ///   and then reads its database names (Ward keeps only their number); neither changes anything. Not tested
    ///   against a real MongoDB server (see ``MongoDBProbe``).
    public static func mongoDB(
        host: String,
        port: Int = 27017,
        timeout: Duration = .seconds(3),
        gentle: Bool = true,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async -> ServiceIdentity? {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        guard let first = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return nil }
        first.send(MongoDBProbe.opMsg(["hello": .int32(1), "$db": .string("admin")], requestID: 1))
        let answer = await first.read(until: MongoDBProbe.messageComplete)
        var failure: MongoDBProbe.CommandResult?
        let reply = MongoDBProbe.reply(answer, to: 1)
        if let reply, let hello = MongoDBProbe.hello(reply) {
            let identity = MongoDBProbe.identity(hello, legacy: false)
            return await mongoDBFollowUp(identity, on: first, legacy: false, gentle: gentle)
        }
        await first.close()
        if let reply {
            failure = MongoDBProbe.commandResult(reply)
        } else if !answer.isEmpty {
            return nil
        }

        guard let second = await BannerConnection.open(host: host, port: port, deadline: deadline, group: group)
        else { return failure.map(mongoDBFailure) }
        second.send(MongoDBProbe.opQuery(["isMaster": .int32(1)], requestID: 2))
        let legacyAnswer = await second.read(until: MongoDBProbe.messageComplete)
        let legacyReply = MongoDBProbe.reply(legacyAnswer, to: 2)
        if let legacyReply, let hello = MongoDBProbe.hello(legacyReply) {
            let identity = MongoDBProbe.identity(hello, legacy: true)
            return await mongoDBFollowUp(identity, on: second, legacy: true, gentle: gentle)
        }
        await second.close()
        if let legacyReply { failure = MongoDBProbe.commandResult(legacyReply) }
        return failure.map(mongoDBFailure)
    }

    /// The standard-profile questions on the connection that answered `hello`, then the goodbye.
    private static func mongoDBFollowUp(
        _ identity: ServiceIdentity,
        on connection: BannerConnection,
        legacy: Bool,
        gentle: Bool
    ) async -> ServiceIdentity {
        var identity = identity
        if !gentle {
            func ask(_ command: MongoDBProbe.BSONDocument, id: Int32) async -> MongoDBProbe.BSONDocument? {
                var command = command
                if legacy {
                    connection.send(MongoDBProbe.opQuery(command, requestID: id))
                } else {
                    command.elements.append(.init(key: "$db", value: .string("admin")))
                    connection.send(MongoDBProbe.opMsg(command, requestID: id))
                }
                return MongoDBProbe.reply(await connection.read(until: MongoDBProbe.messageComplete), to: id)
            }
            if let reply = await ask(["buildInfo": .int32(1)], id: 3) {
                MongoDBProbe.addBuildInfo(reply, to: &identity)
            }
            if let reply = await ask(["listDatabases": .int32(1), "nameOnly": .bool(true)], id: 4) {
                MongoDBProbe.addListDatabases(reply, to: &identity)
            }
        }
        await connection.close()
        return identity
    }

    /// A server that answered like MongoDB but refused both `hello` and `isMaster`.
    private static func mongoDBFailure(_ result: MongoDBProbe.CommandResult) -> ServiceIdentity {
        var identity = ServiceIdentity(service: "mongodb", product: "MongoDB")
        if case .failed(let code, let codeName, let message) = result {
            identity.details["error"] = message ?? codeName ?? "failed"
            identity.details["errorCode"] = code.map { "\($0)" }
        }
        return identity
    }
}
