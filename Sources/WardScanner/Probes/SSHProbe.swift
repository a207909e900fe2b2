import Foundation

/// The pure part of the SSH probe: the identification string (RFC 4253 §4.2) and the server's SSH_MSG_KEXINIT
/// packet (RFC 4253 §7.1), read from bytes with no socket in sight. ``BannerProbes/ssh(host:port:timeout:)`` does the
/// network part.
///
/// ```swift
/// let line = SSHProbe.identification(in: Array("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n".utf8))
/// line?.cpe  // "cpe:2.3:a:openbsd:openssh:9.2:p1:*:*:*:*:*:*"
/// ```
public enum SSHProbe {
    /// The identification line Ward sends after reading the server's, so that the server logs the scanner plainly.
    public static let clientIdentification = "SSH-2.0-Ward_Scanner"

    /// The longest identification line RFC 4253 allows, carriage return and line feed included.
    public static let maximumLineLength = 255

    /// The SSH message number of SSH_MSG_KEXINIT.
    public static let kexinitMessage: UInt8 = 20

    /// The server's identification line, split into its parts.
    public struct Identification: Hashable, Sendable, Codable {
        /// The whole line without CR LF, such as `SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3`.
        public var line: String
        /// The protocol version: `2.0`, or `1.99` for a server that also speaks SSH 1.
        public var protocolVersion: String
        /// The software, such as `OpenSSH`; the whole software-version field when it has no underscore.
        public var software: String
        /// The software version, such as `9.2p1`.
        public var version: String?
        /// The comment after the first space, such as `Debian-2+deb12u3`.
        public var comment: String?

        /// A CPE 2.3 name for the software when Ward knows its vendor: OpenSSH (`9.2p1` becomes version `9.2`,
        /// update `p1`, as NVD writes it) and Dropbear.
        public var cpe: String? {
            guard let version else { return nil }
            switch software.lowercased() {
            case "openssh":
                var numeric = version.prefix { $0.isNumber || $0 == "." }
                while numeric.hasSuffix(".") { numeric = numeric.dropLast() }
                guard !numeric.isEmpty else { return nil }
                let rest = version.dropFirst(numeric.count)
                let update = rest.first == "p" && rest.dropFirst().allSatisfy(\.isNumber) && rest.count > 1 ? rest : "*"
                return "cpe:2.3:a:openbsd:openssh:\(numeric):\(update):*:*:*:*:*:*"
            case "dropbear":
                guard version.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
                return "cpe:2.3:a:dropbear_ssh_project:dropbear_ssh:\(version):*:*:*:*:*:*:*"
            default:
                return nil
            }
        }
    }

    /// The algorithms a server offers in its SSH_MSG_KEXINIT, each list in the server's order of preference.
    public struct AlgorithmOffer: Hashable, Sendable, Codable {
        public var keyExchange: [String]
        public var hostKey: [String]
        public var ciphersClientToServer: [String]
        public var ciphersServerToClient: [String]
        public var macsClientToServer: [String]
        public var macsServerToClient: [String]
        public var compressionClientToServer: [String]
        public var compressionServerToClient: [String]

        /// The offered algorithms that are broken or deprecated (RFC 9142, RFC 8758, RFC 8332): SHA-1 Diffie-Hellman
        /// groups, DSA host keys, CBC-mode ciphers (3DES, AES, Blowfish, CAST), RC4 (`arcfour*`), `none` and MD5 or
        /// 96-bit MACs; each once, in the order found.
        public var weakAlgorithms: [String] {
            let all =
                keyExchange + hostKey + ciphersClientToServer + ciphersServerToClient + macsClientToServer
                + macsServerToClient
            var seen = Set<String>()
            return all.filter { SSHProbe.isWeak($0) && seen.insert($0).inserted }
        }
    }

    /// Whether an algorithm name is weak; see ``AlgorithmOffer/weakAlgorithms``.
    public static func isWeak(_ name: String) -> Bool {
        let weakNames: Set<String> = [
            "diffie-hellman-group1-sha1", "diffie-hellman-group14-sha1", "diffie-hellman-group-exchange-sha1",
            "gss-group1-sha1-toWM5Slw5Ew8Mqkay+al2g==", "ssh-dss", "ssh-dss-cert-v01@openssh.com", "none",
            "hmac-md5", "hmac-md5-96", "hmac-sha1-96", "hmac-md5-etm@openssh.com", "hmac-md5-96-etm@openssh.com",
            "hmac-sha1-96-etm@openssh.com",
        ]
        return weakNames.contains(name) || name.hasPrefix("arcfour") || name.hasSuffix("-cbc")
            || name == "rijndael-cbc@lysator.liu.se"
    }

    /// Finds the identification line in the first bytes of a connection.
    ///
    /// A server may send other lines before it (RFC 4253 §4.2); they are skipped. The line must end in LF (CR LF by
    /// the RFC; a bare LF is tolerated) within ``maximumLineLength`` bytes.
    ///
    /// - Returns: The parsed line and the number of bytes up to and including its LF, after which the binary packet
    ///   protocol starts; `nil` when the bytes hold no complete, well-formed identification line.
    public static func identification(in bytes: [UInt8]) -> (Identification, end: Int)? {
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            let lineBytes = bytes[start..<newline]
            if lineBytes.starts(with: Array("SSH-".utf8)) {
                guard newline - start + 1 <= maximumLineLength else { return nil }
                var content = Array(lineBytes)
                if content.last == 0x0D { content.removeLast() }
                guard let parsed = parseLine(content) else { return nil }
                return (parsed, newline + 1)
            }
            start = newline + 1
        }
        return nil
    }

    /// Whether the bytes so far complete the identification line, or can never do so within the limit.
    static func identificationComplete(_ bytes: [UInt8]) -> Bool {
        identification(in: bytes) != nil || bytes.count >= 4 * maximumLineLength
            || (bytes.starts(with: Array("SSH-".utf8)) && !bytes.prefix(maximumLineLength).contains(0x0A)
                && bytes.count >= maximumLineLength)
    }

    private static func parseLine(_ content: [UInt8]) -> Identification? {
        // The line is printable US-ASCII; anything else means this is not an SSH server.
        guard content.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), let line = String(bytes: content, encoding: .ascii)
        else { return nil }
        let afterPrefix = line.dropFirst(4)
        guard let dash = afterPrefix.firstIndex(of: "-") else { return nil }
        let protocolVersion = String(afterPrefix[..<dash])
        let rest = afterPrefix[afterPrefix.index(after: dash)...]
        let softwareField: Substring
        var comment: String?
        if let space = rest.firstIndex(of: " ") {
            softwareField = rest[..<space]
            let text = rest[rest.index(after: space)...]
            comment = text.isEmpty ? nil : String(text)
        } else {
            softwareField = rest
        }
        guard !protocolVersion.isEmpty, !softwareField.isEmpty else { return nil }
        var software = String(softwareField)
        var version: String?
        if let underscore = softwareField.firstIndex(of: "_") {
            software = String(softwareField[..<underscore])
            let text = softwareField[softwareField.index(after: underscore)...]
            version = text.isEmpty ? nil : String(text)
        }
        return Identification(
            line: line,
            protocolVersion: protocolVersion,
            software: software,
            version: version,
            comment: comment
        )
    }

    /// The length of the first binary packet in `bytes` (4 length bytes plus the packet length), or `nil` while its
    /// length field is incomplete.
    static func packetLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= 4 else { return nil }
        let length = bytes.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        return 4 + length
    }

    /// Reads the server's SSH_MSG_KEXINIT from the bytes that follow its identification line.
    ///
    /// The packet is `uint32 packet_length`, `byte padding_length`, the payload and the padding (no MAC: no keys are
    /// agreed yet). The payload is message 20, a 16-byte cookie, ten name-lists (`uint32` length and comma-separated
    /// ASCII names), a boolean and a reserved `uint32`.
    ///
    /// - Returns: The offer, or `nil` when the bytes are not one whole, consistent KEXINIT packet.
    public static func keyExchangeInit(_ bytes: ArraySlice<UInt8>) -> AlgorithmOffer? {
        guard let total = packetLength(bytes), total <= 35_000, bytes.count >= total, total >= 6 else { return nil }
        let start = bytes.startIndex
        let padding = Int(bytes[start + 4])
        let payloadEnd = start + total - padding
        guard payloadEnd > start + 5 else { return nil }
        let payload = Array(bytes[(start + 5)..<payloadEnd])
        guard payload.first == kexinitMessage, payload.count >= 17 else { return nil }
        var offset = 17
        var lists: [[String]] = []
        for _ in 0..<10 {
            guard offset + 4 <= payload.count else { return nil }
            let length = payload[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            offset += 4
            guard length <= payload.count - offset else { return nil }
            let text = payload[offset..<(offset + length)]
            guard text.allSatisfy({ $0 > 0x20 && $0 < 0x7F }), let names = String(bytes: text, encoding: .ascii)
            else { return nil }
            lists.append(names.split(separator: ",").map(String.init))
            offset += length
        }
        // first_kex_packet_follows and the reserved uint32.
        guard offset + 5 <= payload.count else { return nil }
        return AlgorithmOffer(
            keyExchange: lists[0],
            hostKey: lists[1],
            ciphersClientToServer: lists[2],
            ciphersServerToClient: lists[3],
            macsClientToServer: lists[4],
            macsServerToClient: lists[5],
            compressionClientToServer: lists[6],
            compressionServerToClient: lists[7]
        )
    }
}
