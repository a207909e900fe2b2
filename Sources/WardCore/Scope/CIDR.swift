/// A block of IP addresses written in CIDR notation, such as `10.0.0.0/8` or `fd00::/8`.
///
/// A ``CIDR`` always names a whole block: its ``network`` has every host bit clear. `10.0.0.1/8` is rejected rather
/// than silently widened, because a typo in a scan scope should stop the scan, not grow it.
///
/// ```swift
/// let block = try CIDR("10.0.0.0/30")
/// block.contains(try IPAddress("10.0.0.3"))  // true
/// block.addresses.map(\.description)         // ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3"]
/// ```
public struct CIDR: Hashable, Sendable {
    /// The first address of the block; every host bit is clear.
    public let network: IPAddress
    /// The number of leading bits that every address in the block shares: 0 to 32 for IPv4, 0 to 128 for IPv6.
    public let prefixLength: Int

    /// Creates a block from its network address and prefix length.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when the prefix length is out of range for the
    ///   family or when `network` has host bits set; the message names the network that was probably meant.
    public init(network: IPAddress, prefixLength: Int) throws {
        let bitWidth = network.family.bitWidth
        guard (0...bitWidth).contains(prefixLength) else {
            throw WardError(
                .invalidInput,
                "\(network)/\(prefixLength) has a prefix length out of range; "
                    + "an \(network.family) prefix length is 0 to \(bitWidth)"
            )
        }
        let hostMask = Self.hostMask(bitWidth: bitWidth, prefixLength: prefixLength)
        guard network.numericValue & hostMask == 0 else {
            let masked = IPAddress(family: network.family, numericValue: network.numericValue & ~hostMask)
            throw WardError(
                .invalidInput,
                "\(network)/\(prefixLength) has host bits set; the network is \(masked)/\(prefixLength). "
                    + "Write \(masked)/\(prefixLength) for the whole block, or \(network) for the single address"
            )
        }
        self.network = network
        self.prefixLength = prefixLength
    }

    /// Creates the single-address block for `address`: `/32` for IPv4, `/128` for IPv6.
    public init(address: IPAddress) {
        self.network = address
        self.prefixLength = address.family.bitWidth
    }

    /// Creates a block whose network the caller has already aligned to `prefixLength`.
    init(alignedNetwork network: IPAddress, prefixLength: Int) {
        assert(network.numericValue & Self.hostMask(bitWidth: network.family.bitWidth, prefixLength: prefixLength) == 0)
        self.network = network
        self.prefixLength = prefixLength
    }

    /// Parses CIDR notation (`10.0.0.0/8`, `fd00::/8`) or a bare address, which becomes a `/32` or `/128` block.
    ///
    /// Surrounding whitespace is ignored.
    ///
    /// - Throws: ``WardError`` (``WardError/Code/invalidInput``) when the address or prefix length is malformed,
    ///   when the prefix length is out of range, or when host bits are set.
    public init(_ text: String) throws {
        let trimmed = text.trimmingScopeWhitespace()
        guard let slash = trimmed.firstIndex(of: "/") else {
            self.init(address: try IPAddress(String(trimmed)))
            return
        }
        let addressText = trimmed[..<slash]
        let prefixText = trimmed[trimmed.index(after: slash)...]
        guard !addressText.isEmpty else {
            throw WardError(.invalidInput, "\(trimmed) has no address before the '/'; write a block such as 10.0.0.0/8")
        }
        let address = try IPAddress(String(addressText))
        guard !prefixText.isEmpty, prefixText.count <= 3, prefixText.allSatisfy(\.isASCIIDigit),
            let prefixLength = Int(prefixText)
        else {
            throw WardError(
                .invalidInput,
                "\(trimmed) has no valid prefix length after the '/'; "
                    + "write a number from 0 to \(address.family.bitWidth), as in 10.0.0.0/8"
            )
        }
        try self.init(network: address, prefixLength: prefixLength)
    }

    /// The address family of the block.
    public var family: IPAddress.Family { network.family }

    /// The first address of the block, the same as ``network``.
    public var first: IPAddress { network }

    /// The last address of the block, with every host bit set.
    public var last: IPAddress {
        IPAddress(family: family, numericValue: network.numericValue | hostMask)
    }

    /// The number of addresses in the block, `2^(bitWidth - prefixLength)`.
    ///
    /// The count is a `Double` because `::/0` holds 2^128 addresses, one more than `UInt128` can hold. Every block
    /// size is a power of two, so the value is exact for every block.
    public var addressCount: Double {
        Double(sign: .plus, exponent: family.bitWidth - prefixLength, significand: 1)
    }

    /// Every address of the block in ascending order, produced lazily.
    ///
    /// The sequence never stores the addresses, so it is safe to create for a `/64`; bound the iteration yourself,
    /// for example with `prefix(_:)`.
    public var addresses: AddressSequence {
        AddressSequence(first: first, last: last)
    }

    /// Whether `address` lies inside the block. An address of the other family is never inside.
    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && address.numericValue & ~hostMask == network.numericValue
    }

    /// Whether every address of `other` lies inside this block. A block of the other family is never inside.
    public func contains(_ other: CIDR) -> Bool {
        other.family == family && other.prefixLength >= prefixLength && contains(other.network)
    }

    /// Whether the two blocks share at least one address. Blocks of different families never overlap.
    ///
    /// Two CIDR blocks either nest or are disjoint, so they overlap exactly when one contains the other.
    public func overlaps(_ other: CIDR) -> Bool {
        contains(other) || other.contains(self)
    }

    /// The mask of the host bits of this block.
    var hostMask: UInt128 {
        Self.hostMask(bitWidth: family.bitWidth, prefixLength: prefixLength)
    }

    /// The mask of the low `bitWidth - prefixLength` bits.
    static func hostMask(bitWidth: Int, prefixLength: Int) -> UInt128 {
        let hostBits = bitWidth - prefixLength
        return hostBits >= 128 ? UInt128.max : (UInt128(1) << hostBits) - 1
    }
}

extension CIDR: Comparable {
    /// Orders blocks by network address, then shorter prefixes (larger blocks) first.
    public static func < (lhs: CIDR, rhs: CIDR) -> Bool {
        if lhs.network != rhs.network { return lhs.network < rhs.network }
        return lhs.prefixLength < rhs.prefixLength
    }
}

extension CIDR: CustomStringConvertible {
    /// The block in CIDR notation, such as `10.0.0.0/8`; a single address keeps its `/32` or `/128`.
    public var description: String { "\(network)/\(prefixLength)" }
}

extension CIDR: TextCodable {}
