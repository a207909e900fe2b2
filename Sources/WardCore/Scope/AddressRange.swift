/// An inclusive range of IP addresses of one family, such as `10.0.0.1-10.0.0.50`.
///
/// Ranges are how many asset inventories and vendor contracts describe address space that does not fall on CIDR
/// boundaries. ``cidrs`` turns a range into the fewest CIDR blocks that cover exactly the same addresses.
///
/// ```swift
/// let range = try AddressRange("10.0.0.1-50")  // the short form replaces the last IPv4 number
/// range.addressCount                              // 50
/// range.cidrs.map(\.description)                  // ["10.0.0.1/32", "10.0.0.2/31", ..., "10.0.0.50/32"]
/// ```
public struct AddressRange: Hashable, Sendable {
    /// The lowest address in the range.
    public let first: IPAddress
    /// The highest address in the range; the same family as ``first`` and not below it.
    public let last: IPAddress

    /// Creates a range from `first` to `last`, both included.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when the addresses are of different families or
    ///   `last` is below `first`.
    public init(first: IPAddress, last: IPAddress) throws {
        guard first.family == last.family else {
            throw WardError(
                .invalidInput,
                "\(first)-\(last) mixes an \(first.family) and an \(last.family) address; "
                    + "a range needs two addresses of the same family"
            )
        }
        guard first <= last else {
            throw WardError(
                .invalidInput,
                "\(first)-\(last) ends before it starts; write the lower address first (\(last)-\(first))"
            )
        }
        self.first = first
        self.last = last
    }

    /// Creates the range that covers exactly the addresses of `cidr`.
    public init(_ cidr: CIDR) {
        self.first = cidr.first
        self.last = cidr.last
    }

    /// Parses `first-last`, such as `10.0.0.1-10.0.0.50` or `fd00::1-fd00::ff`, or the IPv4 short form
    /// `10.0.0.1-50`, in which the number after the dash replaces the last number of the first address.
    ///
    /// Whitespace around the addresses is ignored.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when the text is not two addresses separated by one
    ///   dash, when either address is malformed, or when the range is empty or mixes families.
    public init(_ text: String) throws {
        let trimmed = text.trimmingScopeWhitespace()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw WardError(
                .invalidInput,
                "\(trimmed) is not an address range; write two addresses separated by one dash, "
                    + "such as 10.0.0.1-10.0.0.50 or 10.0.0.1-50"
            )
        }
        let firstText = parts[0].trimmingScopeWhitespace()
        let lastText = parts[1].trimmingScopeWhitespace()
        guard !firstText.isEmpty, !lastText.isEmpty else {
            throw WardError(
                .invalidInput,
                "\(trimmed) is missing an address on one side of the dash; write it as 10.0.0.1-10.0.0.50"
            )
        }
        let first = try IPAddress(String(firstText))
        let last: IPAddress
        if case .v4(let firstValue) = first, lastText.allSatisfy(\.isASCIIDigit) {
            guard lastText.count <= 3, let number = UInt32(lastText), number <= 255 else {
                throw WardError(
                    .invalidInput,
                    "\(trimmed) ends in \(lastText), which is not a number from 0 to 255; "
                        + "the short form 10.0.0.1-50 replaces only the last number of the address"
                )
            }
            if lastText.count > 1 && lastText.first == "0" {
                throw WardError(
                    .invalidInput,
                    "\(trimmed) ends in \(lastText), which has a leading zero that some tools read as octal; "
                        + "write it without the leading zero"
                )
            }
            last = .v4(firstValue & 0xFFFF_FF00 | number)
        } else {
            last = try IPAddress(String(lastText))
        }
        try self.init(first: first, last: last)
    }

    /// The address family of the range.
    public var family: IPAddress.Family { first.family }

    /// The number of addresses in the range, both ends included.
    ///
    /// The count is a `Double` because the whole IPv6 space holds 2^128 addresses, one more than `UInt128` can hold.
    /// It is exact up to 2^53 addresses, far beyond any range that can be scanned.
    public var addressCount: Double {
        Double(last.numericValue - first.numericValue) + 1
    }

    /// Every address of the range in ascending order, produced lazily.
    public var addresses: AddressSequence {
        AddressSequence(first: first, last: last)
    }

    /// Whether `address` lies inside the range. An address of the other family is never inside.
    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && first <= address && address <= last
    }

    /// Whether every address of `cidr` lies inside the range.
    public func contains(_ cidr: CIDR) -> Bool {
        contains(cidr.first) && contains(cidr.last)
    }

    /// Whether the range and `cidr` share at least one address.
    public func overlaps(_ cidr: CIDR) -> Bool {
        cidr.family == family && cidr.first <= last && first <= cidr.last
    }

    /// The fewest CIDR blocks that together cover exactly this range, in ascending order.
    ///
    /// `10.0.0.1-10.0.0.50` becomes `10.0.0.1/32`, `10.0.0.2/31`, `10.0.0.4/30`, `10.0.0.8/29`, `10.0.0.16/28`,
    /// `10.0.0.32/28`, `10.0.0.48/31` and `10.0.0.50/32`. The list has at most `2 × bitWidth` blocks.
    public var cidrs: [CIDR] {
        let bitWidth = family.bitWidth
        let end = last.numericValue
        var current = first.numericValue
        var result: [CIDR] = []
        while true {
            // The largest block that starts at `current` is limited by its alignment and by the addresses left.
            let alignment = current == 0 ? bitWidth : min(current.trailingZeroBitCount, bitWidth)
            let remaining = end - current  // the number of addresses left, minus one
            let fits = remaining == UInt128.max ? 128 : 127 - (remaining + 1).leadingZeroBitCount
            let hostBits = min(alignment, fits)
            let network = IPAddress(family: family, numericValue: current)
            result.append(CIDR(alignedNetwork: network, prefixLength: bitWidth - hostBits))
            let blockSpan = CIDR.hostMask(bitWidth: 128, prefixLength: 128 - hostBits)
            if remaining == blockSpan { break }
            current += blockSpan + 1
        }
        return result
    }
}

extension AddressRange: CustomStringConvertible {
    /// The range as `first-last`, both addresses written in full.
    public var description: String { "\(first)-\(last)" }
}

extension AddressRange: TextCodable {}
