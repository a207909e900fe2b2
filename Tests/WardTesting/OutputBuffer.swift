import Foundation

/// A child process's output, appended from a pipe's reader thread and read once the child is done; for tests that
/// run programs without blocking a thread of Swift's cooperative pool.
public final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    public init() {}

    public func append(_ chunk: Data) {
        lock.lock()
        data.append(chunk)
        lock.unlock()
    }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
