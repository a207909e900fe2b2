extension IPAddress {
    /// Parses an IPv4 or IPv6 address.
    ///
    /// IPv4 must be a strict dotted quad of four decimal numbers from 0 to 255. A number with a leading zero
    /// (`010.1.1.1`) is rejected because some tools read it as octal, so the address would be ambiguous.
    ///
    /// IPv6 may be written in full (`2001:db8:0:0:0:0:0:1`), compressed (`2001:db8::1`, `::`, `::1`), in either case,
    /// and with an IPv4 dotted quad in the last 32 bits (`::ffff:192.0.2.1`). A zone id (`fe80::1%eth0`) is rejected:
    /// it names an interface on one machine and has no meaning in a scope.
    ///
    /// Surrounding whitespace is ignored.
    ///
    /// - Parameter text: The address text.
    /// - Throws: ``WardError`` with code ``WardError/Code/invalidInput`` whose message says what is wrong.
    public init(_ text: String) throws {
        let trimmed = text.trimmingScopeWhitespace()
        guard !trimmed.isEmpty else {
            throw WardError(
                .invalidInput,
                "the IP address is empty; write an IPv4 address such as 10.0.0.1 or an IPv6 address such as fd00::1"
            )
        }
        if trimmed.contains(":") {
            self = .v6(try Self.parseIPv6(trimmed))
        } else {
            self = .v4(try Self.parseIPv4(trimmed, within: trimmed))
        }
    }

    /// Parses a strict dotted quad; `whole` is the full input, used in messages.
    static func parseIPv4(_ text: Substring, within whole: Substring) throws -> UInt32 {
        func failure(_ detail: String) -> WardError {
            WardError(.invalidInput, "\(whole) is not a valid IPv4 address: \(detail)")
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else {
            throw failure("it needs four numbers from 0 to 255 separated by dots, such as 10.0.0.1")
        }
        var value: UInt32 = 0
        var hasLeadingZero = false
        for part in parts {
            guard !part.isEmpty else {
                throw failure("one of the four numbers is missing")
            }
            guard part.allSatisfy(\.isASCIIDigit) else {
                throw failure("'\(part)' is not a decimal number from 0 to 255")
            }
            guard part.count <= 3, let number = UInt32(part), number <= 255 else {
                throw failure("\(part) is more than 255")
            }
            if part.count > 1 && part.first == "0" {
                hasLeadingZero = true
            }
            value = value << 8 | number
        }
        if hasLeadingZero {
            throw WardError(
                .invalidInput,
                "\(whole) has a number with a leading zero, which some tools read as octal; "
                    + "write \(formatIPv4(value)) if you mean decimal"
            )
        }
        return value
    }

    /// Parses any standard IPv6 text form.
    static func parseIPv6(_ text: Substring) throws -> UInt128 {
        func failure(_ detail: String) -> WardError {
            WardError(.invalidInput, "\(text) is not a valid IPv6 address: \(detail)")
        }
        if let percent = text.firstIndex(of: "%") {
            throw WardError(
                .invalidInput,
                "\(text) has a zone id (\(text[percent...])), which only has meaning on one machine; "
                    + "write the address without it (\(text[..<percent]))"
            )
        }

        // Split around the one "::" that may stand for a run of zero groups.
        let head: Substring
        let tail: Substring?
        if let gap = text.firstRange(of: "::") {
            head = text[..<gap.lowerBound]
            tail = text[gap.upperBound...]
            if tail!.contains("::") {
                throw failure("'::' may appear only once")
            }
        } else {
            head = text
            tail = nil
        }

        var headGroups = try groups(of: head, in: text, mayEndWithIPv4: tail == nil)
        let tailGroups = try tail.map { try groups(of: $0, in: text, mayEndWithIPv4: true) } ?? []
        let written = headGroups.count + tailGroups.count
        if tail == nil {
            guard written == 8 else {
                throw failure(
                    "it has \(written) groups of hex digits but needs 8; use '::' to stand for a run of zero groups"
                )
            }
        } else {
            guard written <= 7 else {
                throw failure(
                    "it has \(written) groups of hex digits as well as '::', which must stand for at least one"
                )
            }
            headGroups += Array(repeating: 0, count: 8 - written)
            headGroups += tailGroups
        }

        var value: UInt128 = 0
        for group in headGroups {
            value = value << 16 | UInt128(group)
        }
        return value
    }

    /// Splits colon-separated hex groups; a trailing dotted quad counts as two groups.
    private static func groups(of part: Substring, in whole: Substring, mayEndWithIPv4: Bool) throws -> [UInt16] {
        func failure(_ detail: String) -> WardError {
            WardError(.invalidInput, "\(whole) is not a valid IPv6 address: \(detail)")
        }
        if part.isEmpty { return [] }
        let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
        var result: [UInt16] = []
        for (index, piece) in pieces.enumerated() {
            if piece.contains(".") {
                guard mayEndWithIPv4, index == pieces.count - 1 else {
                    throw failure("an IPv4 dotted quad may appear only as the last 32 bits")
                }
                let ipv4 = try parseIPv4(piece, within: whole)
                result.append(UInt16(truncatingIfNeeded: ipv4 >> 16))
                result.append(UInt16(truncatingIfNeeded: ipv4))
                continue
            }
            guard !piece.isEmpty else {
                throw failure("a group of hex digits is missing between colons")
            }
            guard piece.count <= 4 else {
                throw failure("the group '\(piece)' has more than four hex digits")
            }
            guard piece.allSatisfy(\.isASCIIHexDigit), let group = UInt16(piece, radix: 16) else {
                throw failure("the group '\(piece)' is not hexadecimal")
            }
            result.append(group)
        }
        return result
    }

    /// Formats a dotted quad.
    static func formatIPv4(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
    }

    /// Formats IPv6 per RFC 5952, with the IPv4-mapped block written as `::ffff:a.b.c.d` (RFC 5952 section 5).
    static func formatIPv6(_ value: UInt128) -> String {
        if value >> 32 == 0xFFFF {
            return "::ffff:" + formatIPv4(UInt32(truncatingIfNeeded: value))
        }
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: value >> (16 * (7 - $0))) }

        // The longest run of two or more zero groups is compressed; on a tie, the first run wins.
        var bestStart = -1
        var bestLength = 1
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            let start = index
            while index < 8 && groups[index] == 0 { index += 1 }
            if index - start > bestLength {
                bestStart = start
                bestLength = index - start
            }
        }

        func hex(_ range: Range<Int>) -> String {
            groups[range].map { String($0, radix: 16) }.joined(separator: ":")
        }
        guard bestStart >= 0 else { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0 to 9; `Character.isNumber` also accepts other scripts' digits.
    var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return ascii >= 0x30 && ascii <= 0x39
    }

    /// Whether this is one of the ASCII hex digits 0 to 9, a to f or A to F.
    var isASCIIHexDigit: Bool {
        asciiValue != nil && isHexDigit
    }
}

extension Substring {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingScopeWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else {
            return Substring()
        }
        return self[start...end]
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingScopeWhitespace() -> Substring {
        self[...].trimmingScopeWhitespace()
    }
}
