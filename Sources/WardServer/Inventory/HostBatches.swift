import Foundation

/// Runs a streaming parser on its own thread and hands what it reads to async code in batches, with at most a few
/// batches in flight, so an import of any size holds a bounded number of hosts in memory.
///
/// The parser thread blocks when the consumer falls behind; when the consumer stops early (a database error), the
/// parser is told to stop when it next hands over a batch. The count of batches in flight is kept under an `NSCondition`, not a
/// `DispatchSemaphore`: libdispatch crashes the process when a semaphore is released below its starting value, which
/// is what an early stop leaves behind.
final class HostBatches<Item: Sendable, Summary: Sendable>: @unchecked Sendable {
    enum Event: Sendable {
        case items([Item])
        case finished(Summary)
        case failed(any Error)
    }

    private let condition = NSCondition()
    private let batchesInFlight: Int
    /// Batches handed to the consumer and not yet consumed; guarded by `condition`.
    private var inFlight = 0
    private var stopped = false
    let events: AsyncStream<Event>
    private let continuation: AsyncStream<Event>.Continuation
    let batchSize: Int

    /// - Parameters:
    ///   - batchSize: items per batch.
    ///   - batchesInFlight: batches read ahead of the consumer, at most.
    init(batchSize: Int = 250, batchesInFlight: Int = 4) {
        self.batchSize = batchSize
        self.batchesInFlight = max(1, batchesInFlight)
        (events, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .unbounded)
    }

    /// Starts `parse` on a new thread; it calls its argument for each item and returns the summary.
    func start(_ parse: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Summary) {
        let thread = Thread { [self] in
            // Leave signals to the threads that wait for them (see ConnectSweep).
            var all = sigset_t()
            sigfillset(&all)
            pthread_sigmask(SIG_BLOCK, &all, nil)
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            do {
                let summary = try parse { item in
                    batch.append(item)
                    if batch.count >= self.batchSize {
                        try self.send(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try send(batch) }
                continuation.yield(.finished(summary))
            } catch {
                continuation.yield(.failed(error))
            }
            continuation.finish()
        }
        thread.name = "ward-import-parser"
        thread.start()
    }

    private func send(_ batch: [Item]) throws {
        condition.lock()
        while inFlight >= batchesInFlight && !stopped { condition.wait() }
        let stop = stopped
        if !stop { inFlight += 1 }
        condition.unlock()
        if stop { throw CancellationError() }
        continuation.yield(.items(batch))
    }

    /// The consumer took a batch: the parser may read one more.
    func consumed() {
        condition.lock()
        inFlight = max(0, inFlight - 1)
        condition.signal()
        condition.unlock()
    }

    /// The consumer gave up: the parser stops when it next hands over a batch.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
