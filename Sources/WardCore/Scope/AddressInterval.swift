/// An inclusive interval of address values of one family, used for set arithmetic on scope entries.
struct AddressInterval: Hashable, Sendable {
    var family: IPAddress.Family
    var lower: UInt128
    var upper: UInt128

    init(family: IPAddress.Family, lower: UInt128, upper: UInt128) {
        precondition(lower <= upper, "an address interval needs lower <= upper")
        self.family = family
        self.lower = lower
        self.upper = upper
    }

    init(_ cidr: CIDR) {
        self.init(family: cidr.family, lower: cidr.first.numericValue, upper: cidr.last.numericValue)
    }

    init(_ range: AddressRange) {
        self.init(family: range.family, lower: range.first.numericValue, upper: range.last.numericValue)
    }

    /// The number of addresses minus one; unlike the count, it cannot overflow.
    var span: UInt128 { upper - lower }

    /// The addresses that are in both intervals, if any.
    func intersection(_ other: AddressInterval) -> AddressInterval? {
        guard family == other.family else { return nil }
        let lower = max(self.lower, other.lower)
        let upper = min(self.upper, other.upper)
        return lower <= upper ? AddressInterval(family: family, lower: lower, upper: upper) : nil
    }

    /// The parts of this interval that are not in `other`: none, one or two intervals.
    func subtracting(_ other: AddressInterval) -> [AddressInterval] {
        guard let overlap = intersection(other) else { return [self] }
        var result: [AddressInterval] = []
        if lower < overlap.lower {
            result.append(AddressInterval(family: family, lower: lower, upper: overlap.lower - 1))
        }
        if overlap.upper < upper {
            result.append(AddressInterval(family: family, lower: overlap.upper + 1, upper: upper))
        }
        return result
    }

    /// Sorts intervals and merges those that overlap or touch, giving disjoint intervals in ascending order.
    static func merged(_ intervals: [AddressInterval]) -> [AddressInterval] {
        let sorted = intervals.sorted { ($0.family == .v4 ? 0 : 1, $0.lower) < ($1.family == .v4 ? 0 : 1, $1.lower) }
        var result: [AddressInterval] = []
        for interval in sorted {
            if var previous = result.last, previous.family == interval.family,
                previous.upper == UInt128.max || interval.lower <= previous.upper + 1
            {
                previous.upper = max(previous.upper, interval.upper)
                result[result.count - 1] = previous
            } else {
                result.append(interval)
            }
        }
        return result
    }
}
