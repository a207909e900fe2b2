/// A lazy, ascending sequence of the IP addresses from one address to another, both included.
///
/// ``CIDR/addresses`` and ``AddressRange/addresses`` return this sequence. It holds only its bounds, so a sequence
/// over a `/64` costs nothing until it is iterated; bound the iteration with `prefix(_:)` or a counter.
public struct AddressSequence: Sequence, Hashable, Sendable {
    /// The first address produced.
    public let first: IPAddress
    /// The last address produced; the same family as ``first`` and not below it.
    public let last: IPAddress

    /// Creates a sequence from `first` to `last`, which must be of the same family with `first <= last`.
    init(first: IPAddress, last: IPAddress) {
        precondition(first.family == last.family && first <= last, "an address sequence needs first <= last")
        self.first = first
        self.last = last
    }

    /// An iterator that produces the addresses in ascending order.
    public struct Iterator: IteratorProtocol, Sendable {
        private let family: IPAddress.Family
        private var nextValue: UInt128?
        private let last: UInt128

        init(first: IPAddress, last: IPAddress) {
            self.family = first.family
            self.nextValue = first.numericValue
            self.last = last.numericValue
        }

        /// The next address, or `nil` after ``AddressSequence/last``.
        public mutating func next() -> IPAddress? {
            guard let value = nextValue else { return nil }
            // Stop by comparing with the last value, so that `ffff:...:ffff` does not overflow.
            nextValue = value == last ? nil : value + 1
            return IPAddress(family: family, numericValue: value)
        }
    }

    /// Returns an iterator positioned at ``first``.
    public func makeIterator() -> Iterator {
        Iterator(first: first, last: last)
    }
}
