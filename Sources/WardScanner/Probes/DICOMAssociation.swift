import WardCore

/// The part of the DICOM Upper Layer protocol (PS3.8 §9.3) that Ward speaks: an association request proposing the
/// Verification SOP Class, the answers a service may give to it, and the release request that ends an accepted
/// association.
///
/// Every function here is pure: it turns values into bytes or bytes into values, with no socket in sight, so that the
/// protocol can be tested byte for byte. ``DICOMProbe`` does the network part.
///
/// A protocol data unit (PDU) starts with a six-byte header: the PDU type, a reserved byte and the length of the rest
/// as a 32-bit big-endian number. Reading from a peer therefore takes two steps: collect bytes until
/// ``pduLength(header:)`` can say how long the PDU is, then collect that many and hand them to ``parse(_:)``.
///
/// ```swift
/// let request = DICOMAssociation.request(calledAE: "ANY-SCP", callingAE: "WARD-SCANNER")
/// // ... send `request`, then read `answer` until `pduLength(header:)` bytes have arrived ...
/// if case .accepted(let uid, _, _, _) = try DICOMAssociation.parse(answer) { print(uid ?? "no UID") }
/// ```
public enum DICOMAssociation {
    /// The largest PDU body Ward reads from a peer, in bytes (64 KiB); anything longer is refused without reading it.
    ///
    /// An answer to an association request is a few hundred bytes; the limit only keeps a hostile or confused peer
    /// from making Ward hold large buffers.
    public static let maximumPDUBodyLength = 65_536

    /// The length of a PDU header in bytes: type, reserved byte and a 32-bit length.
    public static let headerLength = 6

    /// The DICOM Application Context Name, the only one the standard defines.
    public static let applicationContextName = "1.2.840.10008.3.1.1.1"

    /// The Verification SOP Class, which every DICOM service should support and which carries no patient data.
    public static let verificationSOPClassUID = "1.2.840.10008.1.1"

    /// Implicit VR Little Endian, the transfer syntax every DICOM service must accept.
    public static let implicitVRLittleEndianUID = "1.2.840.10008.1.2"

    /// The implementation class UID that Ward announces in its association requests.
    ///
    /// A UID under the `2.25` arc is the decimal form of a UUID (ISO/IEC 9834-8, PS3.5 §B.2) and needs no
    /// registration; this one was derived once from the random UUID 6568f166-dcfb-42a8-9339-3a78899144aa and stays
    /// fixed so that a PACS log shows the same value for every Ward scan.
    public static let implementationClassUID = "2.25.134796922657941639071454926044314813610"

    /// The implementation version name that Ward announces (at most 16 characters).
    public static let implementationVersionName = "WARD_SCANNER_1"

    /// The largest PDU Ward offers to receive, announced in the Maximum Length sub-item.
    public static let maximumReceiveLength: UInt32 = 16_384

    /// The presentation context ID of the single context Ward proposes; context IDs are odd numbers.
    public static let presentationContextID: UInt8 = 1

    /// An A-RELEASE-RQ PDU: type 0x05, a reserved byte, length 4 and four reserved bytes.
    ///
    /// Send it after an accepted association to end it politely; the peer answers with an A-RELEASE-RP
    /// (see ``isReleaseResponse(_:)``).
    public static let releaseRequest: [UInt8] = [0x05, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00]

    /// Builds an A-ASSOCIATE-RQ PDU that proposes the Verification SOP Class with Implicit VR Little Endian.
    ///
    /// The request carries the DICOM application context, one presentation context (ID 1) and a user information
    /// item with the maximum length Ward accepts, Ward's ``implementationClassUID`` and ``implementationVersionName``.
    ///
    /// - Parameters:
    ///   - calledAE: The application entity title of the service being asked to associate. Characters outside the
    ///     AE title repertoire (printable ASCII without the backslash) are left out, and the title is cut to 16
    ///     characters and padded with spaces, as PS3.8 requires.
    ///   - callingAE: Ward's own application entity title, treated the same way.
    /// - Returns: The bytes of the PDU, ready to send.
    public static func request(calledAE: String, callingAE: String) -> [UInt8] {
        var body: [UInt8] = [0x00, 0x01, 0x00, 0x00]  // protocol version 1, two reserved bytes
        body += aeTitleField(calledAE)
        body += aeTitleField(callingAE)
        body += [UInt8](repeating: 0, count: 32)

        body += item(0x10, Array(applicationContextName.utf8))

        var context: [UInt8] = [presentationContextID, 0x00, 0x00, 0x00]
        context += item(0x30, Array(verificationSOPClassUID.utf8))
        context += item(0x40, Array(implicitVRLittleEndianUID.utf8))
        body += item(0x20, context)

        var userInformation = item(0x51, bigEndianBytes(maximumReceiveLength))
        userInformation += item(0x52, Array(implementationClassUID.utf8))
        userInformation += item(0x55, Array(implementationVersionName.utf8))
        body += item(0x50, userInformation)

        return [0x01, 0x00] + bigEndianBytes(UInt32(body.count)) + body
    }

    /// Tells how many bytes the PDU that starts with `header` takes in all, header included.
    ///
    /// Call it with the bytes received so far; once it returns a number, read until that many bytes have arrived and
    /// then stop: anything after them belongs to a later PDU.
    ///
    /// - Parameter header: The first bytes received from the peer; any number of them, more than six is fine.
    /// - Returns: The total length of the PDU in bytes, or `nil` when fewer than ``headerLength`` bytes have arrived.
    /// - Throws: A ``WardError`` with code `invalidInput` when the first byte is not a DICOM PDU type (the peer speaks
    ///   another protocol), or `tooLarge` when the PDU body is longer than ``maximumPDUBodyLength``.
    public static func pduLength(header: some Collection<UInt8>) throws -> Int? {
        guard let type = header.first else { return nil }
        guard (0x01...0x07).contains(type) else {
            throw WardError(
                .invalidInput,
                "The peer's first byte is 0x\(hex(type)), which starts no DICOM PDU: the service does not speak DICOM.",
                location: "DICOM PDU"
            )
        }
        guard header.count >= headerLength else { return nil }
        let length = header.dropFirst(2).prefix(4).reduce(0) { $0 << 8 | Int($1) }
        guard length <= maximumPDUBodyLength else {
            throw WardError(
                .tooLarge,
                "The peer announced a PDU of \(length) bytes; Ward reads at most \(maximumPDUBodyLength) bytes, "
                    + "far more than any answer to an association request needs.",
                location: "DICOM PDU"
            )
        }
        return headerLength + length
    }

    /// Reads the answer to an association request.
    ///
    /// - Parameter bytes: One whole PDU as received, starting with its header; bytes after the PDU are ignored.
    /// - Returns: What the service answered: ``DICOMAnswer/accepted(implementationClassUID:implementationVersionName:contextAccepted:maxPDULength:)``,
    ///   ``DICOMAnswer/rejected(result:source:reason:)`` or ``DICOMAnswer/aborted(source:reason:)``.
    /// - Throws: A ``WardError`` with code `invalidInput` when the bytes are not a DICOM PDU, end before the PDU does,
    ///   hold malformed items, or are a PDU that does not answer an association request (a peer that sends our own
    ///   request back is an echo service, not DICOM); `tooLarge` when the announced length is over the limit.
    public static func parse(_ bytes: [UInt8]) throws -> DICOMAnswer {
        guard let total = try pduLength(header: bytes), bytes.count >= total else {
            throw malformed("The PDU ends after \(bytes.count) bytes, before its announced length.")
        }
        let body = bytes[headerLength..<total]
        switch bytes[0] {
        case 0x02:
            return try parseAccept(body)
        case 0x03:
            guard body.count >= 4 else { throw malformed("An A-ASSOCIATE-RJ body has 4 bytes, not \(body.count).") }
            let start = body.startIndex
            return .rejected(result: Int(body[start + 1]), source: Int(body[start + 2]), reason: Int(body[start + 3]))
        case 0x07:
            guard body.count >= 4 else { throw malformed("An A-ABORT body has 4 bytes, not \(body.count).") }
            let start = body.startIndex
            return .aborted(source: Int(body[start + 2]), reason: Int(body[start + 3]))
        default:
            throw malformed(
                "The peer sent a PDU of type 0x\(hex(bytes[0])), which does not answer an association request."
            )
        }
    }

    /// Tells whether `bytes` are an A-RELEASE-RP PDU, the answer to ``releaseRequest``.
    public static func isReleaseResponse(_ bytes: [UInt8]) -> Bool {
        bytes.count >= headerLength + 4 && bytes[0] == 0x06
    }

    // MARK: - Reading an A-ASSOCIATE-AC

    private static func parseAccept(_ body: ArraySlice<UInt8>) throws -> DICOMAnswer {
        // Protocol version, reserved, called and calling AE titles (echoed, not checked) and 32 reserved bytes.
        let fixedLength = 68
        guard body.count >= fixedLength else {
            throw malformed("An A-ASSOCIATE-AC body has at least \(fixedLength) bytes, not \(body.count).")
        }
        var classUID: String?
        var versionName: String?
        var maxLength: Int?
        var contextAccepted = false
        for (type, value) in try items(body.dropFirst(fixedLength), name: "A-ASSOCIATE-AC") {
            switch type {
            case 0x21:
                guard value.count >= 4 else { throw malformed("A presentation context item is shorter than 4 bytes.") }
                if value[value.startIndex] == presentationContextID {
                    contextAccepted = value[value.startIndex + 2] == 0
                }
            case 0x50:
                for (subType, subValue) in try items(value, name: "user information item") {
                    switch subType {
                    case 0x51 where subValue.count == 4:
                        maxLength = subValue.reduce(0) { $0 << 8 | Int($1) }
                    case 0x52:
                        classUID = text(subValue)
                    case 0x55:
                        versionName = text(subValue)
                    default:
                        continue
                    }
                }
            default:
                continue
            }
        }
        return .accepted(
            implementationClassUID: classUID,
            implementationVersionName: versionName,
            contextAccepted: contextAccepted,
            maxPDULength: maxLength
        )
    }

    /// Splits a run of items (type, reserved byte, 16-bit big-endian length, value) into types and values.
    private static func items(_ bytes: ArraySlice<UInt8>, name: String) throws -> [(UInt8, ArraySlice<UInt8>)] {
        var result: [(UInt8, ArraySlice<UInt8>)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes.endIndex - index >= 4 else { throw malformed("An item of the \(name) is cut short.") }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            let valueStart = index + 4
            guard bytes.endIndex - valueStart >= length else {
                throw malformed("An item of type 0x\(hex(bytes[index])) in the \(name) runs past its end.")
            }
            result.append((bytes[index], bytes[valueStart..<(valueStart + length)]))
            index = valueStart + length
        }
        return result
    }

    /// A UID or name sent by the peer, as printable text: trailing NUL and space padding removed, anything that is not
    /// printable ASCII shown as `?`, and at most 64 characters (the longest UID) kept.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String? {
        var trimmed = bytes
        while let last = trimmed.last, last == 0 || last == 0x20 { trimmed = trimmed.dropLast() }
        guard !trimmed.isEmpty else { return nil }
        let printable = trimmed.prefix(64).map { (0x20...0x7E).contains($0) ? $0 : UInt8(ascii: "?") }
        return String(decoding: printable, as: UTF8.self)
    }

    // MARK: - Writing

    private static func item(_ type: UInt8, _ value: [UInt8]) -> [UInt8] {
        [type, 0x00, UInt8(truncatingIfNeeded: value.count >> 8), UInt8(truncatingIfNeeded: value.count)] + value
    }

    private static func aeTitleField(_ title: String) -> [UInt8] {
        let allowed = title.utf8.filter { (0x20...0x7E).contains($0) && $0 != UInt8(ascii: "\\") }.prefix(16)
        return Array(allowed) + [UInt8](repeating: 0x20, count: 16 - allowed.count)
    }

    private static func bigEndianBytes(_ value: UInt32) -> [UInt8] {
        [
            UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
            UInt8(truncatingIfNeeded: value),
        ]
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0" + digits : digits
    }

    private static func malformed(_ message: String) -> WardError {
        WardError(
            .invalidInput,
            message + " The service does not speak DICOM as PS3.8 describes.",
            location: "DICOM PDU"
        )
    }
}

/// What a DICOM service answered to an association request.
public enum DICOMAnswer: Hashable, Sendable {
    /// The service accepted the association (A-ASSOCIATE-AC).
    ///
    /// - `implementationClassUID` and `implementationVersionName` identify the peer's DICOM software, when it names
    ///   them; they often reveal the vendor and version.
    /// - `contextAccepted` is `true` when the service accepted the proposed presentation context (Verification with
    ///   Implicit VR Little Endian, result 0); an association can be accepted while every context is declined.
    /// - `maxPDULength` is the largest PDU the peer receives, from its Maximum Length sub-item (0 means no limit).
    case accepted(
        implementationClassUID: String?,
        implementationVersionName: String?,
        contextAccepted: Bool,
        maxPDULength: Int?
    )
    /// The service rejected the association (A-ASSOCIATE-RJ) with the standard's result, source and reason codes;
    /// ``description`` puts them in words.
    case rejected(result: Int, source: Int, reason: Int)
    /// The service aborted the association (A-ABORT) with the standard's source and reason codes.
    case aborted(source: Int, reason: Int)
}

extension DICOMAnswer: CustomStringConvertible {
    /// The answer in plain words, such as "rejected permanently by the service user: called AE title not recognized".
    public var description: String {
        switch self {
        case .accepted(_, _, let contextAccepted, _):
            return contextAccepted
                ? "accepted the association and the Verification presentation context"
                : "accepted the association but declined the Verification presentation context"
        case .rejected(let result, let source, let reason):
            let permanence =
                switch result {
                case 1: "permanently"
                case 2: "for now (transient)"
                default: "(result \(result))"
                }
            return "rejected \(permanence) by \(Self.rejectSource(source)): \(Self.rejectReason(source, reason))"
        case .aborted(let source, let reason):
            switch source {
            case 0:
                return "aborted by the service user"
            case 2:
                return "aborted by the service provider: \(Self.abortReason(reason))"
            default:
                return "aborted (source \(source), reason \(reason))"
            }
        }
    }

    private static func rejectSource(_ source: Int) -> String {
        switch source {
        case 1: "the service user"
        case 2: "the service provider (ACSE)"
        case 3: "the service provider (presentation)"
        default: "source \(source)"
        }
    }

    private static func rejectReason(_ source: Int, _ reason: Int) -> String {
        switch (source, reason) {
        case (1, 1), (2, 1): "no reason given"
        case (1, 2): "application context name not supported"
        case (1, 3): "calling AE title not recognized"
        case (1, 7): "called AE title not recognized"
        case (2, 2): "protocol version not supported"
        case (3, 1): "temporary congestion"
        case (3, 2): "local limit exceeded"
        default: "reason \(reason)"
        }
    }

    private static func abortReason(_ reason: Int) -> String {
        switch reason {
        case 0: "reason not specified"
        case 1: "unrecognized PDU"
        case 2: "unexpected PDU"
        case 4: "unrecognized PDU parameter"
        case 5: "unexpected PDU parameter"
        case 6: "invalid PDU parameter value"
        default: "reason \(reason)"
        }
    }
}
