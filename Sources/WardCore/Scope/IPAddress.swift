/// An IPv4 or IPv6 address, stored as its numeric value.
///
/// Create one from text with ``init(_:)``, which accepts a strict dotted quad (`10.0.0.1`) or any standard IPv6 form
/// (`fd00::1`, `2001:db8:0:0:0:0:0:1`, `::ffff:192.0.2.1`). ``description`` writes the canonical form: a dotted quad
/// for IPv4 and the RFC 5952 form for IPv6 (lowercase, the longest run of zero groups compressed to `::`).
///
/// Addresses order numerically within a family, and every IPv4 address sorts before every IPv6 address.
///
/// ```swift
/// let address = try IPAddress("2001:DB8:0:0:1:0:0:1")
/// address.description  // "2001:db8::1:0:0:1"
/// ```
///
/// - Important: An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is a different value from the IPv4 address it maps
///   (`10.0.0.1`). ``Scope`` compares ``ipv4Unmapped`` so that the mapped form cannot slip past an IPv4 exclusion.
public enum IPAddress: Hashable, Sendable {
    /// An IPv4 address; `0x0A000001` is `10.0.0.1`.
    case v4(UInt32)
    /// An IPv6 address; the most significant bits are the first group.
    case v6(UInt128)

    /// The address family of an ``IPAddress``.
    public enum Family: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// IPv4, 32-bit addresses.
        case v4 = "ipv4"
        /// IPv6, 128-bit addresses.
        case v6 = "ipv6"

        /// The number of bits in an address of this family: 32 or 128.
        public var bitWidth: Int {
            switch self {
            case .v4: 32
            case .v6: 128
            }
        }

        /// The family as people write it: `IPv4` or `IPv6`.
        public var description: String {
            switch self {
            case .v4: "IPv4"
            case .v6: "IPv6"
            }
        }
    }

    /// Whether this is an IPv4 or an IPv6 address.
    public var family: Family {
        switch self {
        case .v4: .v4
        case .v6: .v6
        }
    }

    /// Whether the address is a loopback address: `127.0.0.0/8` or `::1`.
    public var isLoopback: Bool {
        switch self {
        case .v4(let value): value >> 24 == 127
        case .v6(let value): value == 1
        }
    }

    /// Whether the address is in a private-use block: `10.0.0.0/8`, `172.16.0.0/12` and `192.168.0.0/16` (RFC 1918),
    /// or the IPv6 unique local block `fc00::/7` (RFC 4193).
    public var isPrivate: Bool {
        switch self {
        case .v4(let value):
            value >> 24 == 10 || value >> 20 == 0xAC1 || value >> 16 == 0xC0A8
        case .v6(let value):
            value >> 121 == 0x7E
        }
    }

    /// Whether the address is link-local: `169.254.0.0/16` or `fe80::/10`.
    public var isLinkLocal: Bool {
        switch self {
        case .v4(let value): value >> 16 == 0xA9FE
        case .v6(let value): value >> 118 == 0x3FA
        }
    }

    /// Whether the address is a multicast address: `224.0.0.0/4` or `ff00::/8`.
    public var isMulticast: Bool {
        switch self {
        case .v4(let value): value >> 28 == 0xE
        case .v6(let value): value >> 120 == 0xFF
        }
    }

    /// Whether the address is the unspecified address: `0.0.0.0` or `::`.
    public var isUnspecified: Bool {
        switch self {
        case .v4(let value): value == 0
        case .v6(let value): value == 0
        }
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:10.0.0.1` gives `10.0.0.1`); any other address
    /// is returned unchanged.
    public var ipv4Unmapped: IPAddress {
        if case .v6(let value) = self, value >> 32 == 0xFFFF {
            return .v4(UInt32(truncatingIfNeeded: value))
        }
        return self
    }
}

extension IPAddress {
    /// The address as an unsigned number, zero-extended to 128 bits for IPv4.
    var numericValue: UInt128 {
        switch self {
        case .v4(let value): UInt128(value)
        case .v6(let value): value
        }
    }

    /// Builds an address of `family` from a number that must fit in the family's bit width.
    init(family: Family, numericValue: UInt128) {
        switch family {
        case .v4:
            precondition(numericValue <= UInt128(UInt32.max), "an IPv4 value must fit in 32 bits")
            self = .v4(UInt32(numericValue))
        case .v6:
            self = .v6(numericValue)
        }
    }
}

extension IPAddress: Comparable {
    /// Orders all IPv4 addresses before all IPv6 addresses, and numerically within a family.
    public static func < (lhs: IPAddress, rhs: IPAddress) -> Bool {
        switch (lhs, rhs) {
        case (.v4(let left), .v4(let right)): left < right
        case (.v6(let left), .v6(let right)): left < right
        case (.v4, .v6): true
        case (.v6, .v4): false
        }
    }
}

extension IPAddress: CustomStringConvertible {
    /// The canonical text: a dotted quad for IPv4, the RFC 5952 form for IPv6.
    public var description: String {
        switch self {
        case .v4(let value): Self.formatIPv4(value)
        case .v6(let value): Self.formatIPv6(value)
        }
    }
}

extension IPAddress: TextCodable {}
