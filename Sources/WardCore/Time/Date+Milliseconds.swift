import Foundation

extension Date {
    /// Milliseconds since 1970-01-01 UTC, the form in which Ward stores times.
    public var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    /// Creates a date from milliseconds since 1970-01-01 UTC.
    public init(milliseconds: Int64) {
        self.init(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }
}
