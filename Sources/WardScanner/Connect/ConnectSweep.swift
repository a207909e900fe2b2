import Foundation
import Synchronization
import WardCore

#if canImport(Glibc)
    import CWardEpoll
    import Glibc
#endif

/// A TCP connect sweep on non-blocking sockets and one epoll set: thousands of connection attempts in flight from one
/// thread, each bounded by a timeout that follows the round-trip times the sweep measures.
///
/// A port is **open** when the connection completes, **closed** when the host answers with a reset, **filtered**
/// when nothing comes back in time or an error other than a refusal does (nmap's words). A silent port is tried
/// again once when the options say so, because one lost packet is not a firewall.
///
/// - Important: The sweep connects only to the pairs it is given; scope is decided before (``Scope/decide(_:at:)``).
///   No byte is sent: a connection is closed the moment it completes. On loopback, a connection the kernel made to
///   itself (source port chosen equal to the target port) is recognised and reported closed, not open.
public struct ConnectSweep: Sendable {
    /// How the sweep paces itself.
    public struct Options: Sendable, Hashable {
        /// Connection attempts in flight at once, at most (also bounded by the process's open-file limit).
        public var maxInFlight: Int
        /// Attempts started per second, at most; nil for no pacing.
        public var rate: Int?
        /// The timeout before any round trip was measured, and the most any timeout may grow to.
        public var initialTimeout: Duration
        /// The least a timeout may shrink to once round trips are measured.
        public var minimumTimeout: Duration
        /// Extra attempts for a silent port.
        public var retries: Int

        public init(
            maxInFlight: Int,
            rate: Int? = nil,
            initialTimeout: Duration = .seconds(1),
            minimumTimeout: Duration = .milliseconds(100),
            retries: Int = 1
        ) {
            self.maxInFlight = maxInFlight
            self.rate = rate
            self.initialTimeout = initialTimeout
            self.minimumTimeout = minimumTimeout
            self.retries = retries
        }
    }

    /// What happened to one port.
    public struct Outcome: Sendable, Hashable {
        public var address: IPAddress
        public var port: Int
        public var state: PortState
    }

    /// What a sweep found: the pairs that answered, listed, and the silent ones, counted.
    ///
    /// Most pairs of a sweep over many addresses are silent; listing each would make memory grow with the number of
    /// addresses times ports (a /16 with the 1,071 ports of `top1000` is 70 million pairs). Only a count per address
    /// is kept for them.
    public struct Report: Sendable, Hashable {
        /// Open and closed pairs, in the order their answers came.
        public var answered: [Outcome]
        /// Filtered pairs per address, in the order the addresses were given.
        public var filteredCounts: [Int]
        public var statistics: Statistics

        /// Pairs with an outcome: answered or filtered.
        public var pairsDone: Int { answered.count + filteredCounts.reduce(0, +) }
    }

    /// What a sweep did, for progress and benchmark reports.
    public struct Statistics: Sendable, Hashable {
        public var attempts = 0
        public var peakInFlight = 0
        /// The largest number of attempts started within any one second.
        public var peakAttemptsPerSecond = 0
        /// The timeout the sweep ended with, in milliseconds.
        public var finalTimeoutMilliseconds = 0
        /// Whether the sweep stopped early because it was cancelled; the outcomes then cover only the pairs done.
        public var cancelled = false
    }

    /// A window into a running sweep, shared between the sweep's thread and whoever watches it: how many pairs are
    /// done, and a switch that stops the sweep.
    public final class Progress: Sendable {
        private let finished = Atomic<Int>(0)
        private let open = Atomic<Int>(0)
        private let stop = Atomic<Bool>(false)

        public init() {}

        /// Address–port pairs with an outcome so far.
        public var pairsDone: Int { finished.load(ordering: .relaxed) }
        /// Open ports found so far.
        public var openFound: Int { open.load(ordering: .relaxed) }
        /// Whether ``cancel()`` was called.
        public var isCancelled: Bool { stop.load(ordering: .relaxed) }

        /// Stops the sweep: no new attempt starts, attempts in flight are closed, and the sweep returns what it has.
        public func cancel() { stop.store(true, ordering: .relaxed) }

        func update(_ done: Int, open found: Int) {
            finished.store(done, ordering: .relaxed)
            open.store(found, ordering: .relaxed)
        }
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Sweeps every port of every address, on a thread of its own; returns the open and closed pairs, the number of
    /// filtered pairs of each address, and statistics. Memory grows with the answers and the addresses, not with the
    /// pairs: the pairs are generated as the sweep goes.
    ///
    /// `progress` tells a watcher how far the sweep is and lets it stop the sweep; cancelling the calling task stops
    /// it too. A stopped sweep returns what it has, with ``Statistics/cancelled`` set; pairs not tried are neither
    /// listed nor counted.
    public func run(
        _ addresses: [IPAddress],
        ports: PortList,
        progress: Progress = Progress()
    ) async -> Report {
        let options = options
        return await progress.onOwnThread(named: "ward-connect-sweep") {
            SweepEngine(options: options, progress: progress).run(addresses, ports: ports.ports)
        }
    }
}

extension ConnectSweep.Progress {
    /// Runs `work` on a thread of its own and returns what it returns; cancelling the calling task cancels this
    /// progress, which the work watches.
    ///
    /// The thread blocks every signal: signals belong to the threads that wait for them (libdispatch watches SIGCHLD
    /// for `Process`), and a thread that left them unblocked would swallow them and leave finished child processes
    /// unreaped.
    func onOwnThread<T: Sendable>(named name: String, _ work: @escaping @Sendable () -> T) async -> T {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    var all = sigset_t()
                    sigfillset(&all)
                    pthread_sigmask(SIG_BLOCK, &all, nil)
                    continuation.resume(returning: work())
                }
                thread.name = name
                thread.start()
            }
        } onCancel: {
            cancel()
        }
    }
}

/// The monotonic clock in nanoseconds, as the socket loops (the connect sweep, ICMP echo) count time.
enum Monotonic {
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    static func nanoseconds(_ duration: Duration) -> UInt64 {
        let parts = duration.components
        return UInt64(max(0, parts.seconds)) * 1_000_000_000 + UInt64(max(0, parts.attoseconds) / 1_000_000_000)
    }
}

/// The single-threaded state of one sweep.
private final class SweepEngine {
    /// One address–port pair: the address by its index in the sweep's list, the port by its number.
    struct Pair {
        var address: Int
        var port: Int
        var tries: Int
    }

    struct Attempt {
        var fd: Int32
        var pair: Pair
        var started: UInt64
        var deadline: UInt64
    }

    let options: ConnectSweep.Options
    let progress: ConnectSweep.Progress
    var addresses: [IPAddress] = []
    var inFlight: [Int32: Attempt] = [:]
    var answered: [ConnectSweep.Outcome] = []
    var filteredCounts: [Int] = []
    var pairsDone = 0
    var openCount = 0
    var statistics = ConnectSweep.Statistics()
    // Round-trip estimate in nanoseconds (smoothed mean and variation, as TCP does).
    var smoothed: Double = 0
    var variation: Double = 0
    var measured = false
    var secondStart: UInt64 = 0
    var startedThisSecond = 0

    init(options: ConnectSweep.Options, progress: ConnectSweep.Progress) {
        self.options = options
        self.progress = progress
    }

    /// The current timeout: four variations above the smoothed round trip, within the options' bounds.
    var timeout: UInt64 {
        let ceiling = Monotonic.nanoseconds(options.initialTimeout)
        guard measured else { return ceiling }
        let floor = Monotonic.nanoseconds(options.minimumTimeout)
        let estimate = UInt64(smoothed + 4 * variation)
        return min(ceiling, max(floor, estimate))
    }

    func record(roundTrip: UInt64) {
        let sample = Double(roundTrip)
        if !measured {
            smoothed = sample
            variation = sample / 2
            measured = true
        } else {
            variation = 0.75 * variation + 0.25 * abs(smoothed - sample)
            smoothed = 0.875 * smoothed + 0.125 * sample
        }
    }

    /// How many attempts may be in flight, given the open-file limit (raised to its hard limit first).
    static func inFlightLimit(_ wanted: Int) -> Int {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        if limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = limit.rlim_max
            setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
            getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
        let available = Int(min(limit.rlim_cur, 1 << 20)) - 64
        return max(1, min(wanted, available))
    }

    func run(_ addresses: [IPAddress], ports: [Int]) -> ConnectSweep.Report {
        self.addresses = addresses
        filteredCounts = [Int](repeating: 0, count: addresses.count)
        let total = addresses.count * ports.count
        let epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epoll >= 0 else {
            filteredCounts = [Int](repeating: ports.count, count: addresses.count)
            pairsDone = total
            return report()
        }
        defer { close(epoll) }
        let maxInFlight = Self.inFlightLimit(options.maxInFlight)
        // Pairs are made as they are needed, never listed: pair n is address n mod A and port n div A, so ports vary
        // slowest and one host is not hit by a burst while others wait. Retries, and pairs taken but not started
        // (pacing, no free socket), wait on a stack that is tried first; it holds at most about what is in flight.
        var nextFresh = 0
        var waiting: [Pair] = []
        func take() -> Pair? {
            if let pair = waiting.popLast() { return pair }
            guard nextFresh < total else { return nil }
            defer { nextFresh += 1 }
            return Pair(address: nextFresh % addresses.count, port: ports[nextFresh / addresses.count], tries: 0)
        }
        let started = Monotonic.now()
        var events = [epoll_event](repeating: epoll_event(), count: 1_024)
        let interval: UInt64? = options.rate.map { 1_000_000_000 / UInt64(max(1, $0)) }
        var nextStart = started
        while nextFresh < total || !waiting.isEmpty || !inFlight.isEmpty {
            progress.update(pairsDone, open: openCount)
            if progress.isCancelled {
                for fd in Array(inFlight.keys) { finish(fd, epoll: epoll) }
                statistics.cancelled = true
                break
            }
            var now = Monotonic.now()
            // Start attempts while there is room and the pace allows.
            // At most 512 starts between two looks at completions, so answers are read before their deadlines.
            var burst = 0
            while inFlight.count < maxInFlight, burst < 512, let next = take() {
                burst += 1
                if let interval {
                    if nextStart > now {
                        waiting.append(next)
                        break
                    }
                    nextStart = max(nextStart, now - interval) + interval
                }
                if !start(next, epoll: epoll, now: now) {
                    // Out of sockets or local ports for now: put it back and let attempts in flight finish.
                    waiting.append(next)
                    break
                }
                now = Monotonic.now()
            }
            statistics.peakInFlight = max(statistics.peakInFlight, inFlight.count)
            // Wait for completions, at most until the earliest deadline or the next paced start.
            let earliest = inFlight.values.lazy.map(\.deadline).min() ?? now + 1_000_000
            var wake = earliest
            if let interval, nextFresh < total || !waiting.isEmpty { wake = min(wake, max(nextStart, now + interval)) }
            // Under a millisecond to wait: poll without sleeping, so pacing finer than epoll's clock costs nothing.
            let waitMilliseconds = Int32(clamping: wake > now + 1_000_000 ? (wake - now) / 1_000_000 : 0)
            var count = epoll_wait(epoll, &events, Int32(events.count), min(waitMilliseconds, 50))
            // Drain every completion that is ready before judging deadlines.
            while count > 0 {
                now = Monotonic.now()
                for index in 0..<Int(count) {
                    complete(Int32(events[index].data.fd), epoll: epoll, now: now)
                }
                count = count == Int32(events.count) ? epoll_wait(epoll, &events, Int32(events.count), 0) : 0
            }
            now = Monotonic.now()
            // Attempts past their deadline: silent.
            if earliest <= now {
                for (fd, attempt) in inFlight where attempt.deadline <= now {
                    finish(fd, epoll: epoll)
                    if attempt.pair.tries < options.retries {
                        var again = attempt.pair
                        again.tries += 1
                        waiting.append(again)
                    } else {
                        record(attempt.pair, .filtered)
                    }
                }
            }
        }
        statistics.finalTimeoutMilliseconds = Int(timeout / 1_000_000)
        progress.update(pairsDone, open: openCount)
        return report()
    }

    func report() -> ConnectSweep.Report {
        ConnectSweep.Report(answered: answered, filteredCounts: filteredCounts, statistics: statistics)
    }

    /// Keeps a pair's final outcome: open and closed ones listed, filtered ones counted for their address.
    func record(_ pair: Pair, _ state: PortState) {
        pairsDone += 1
        switch state {
        case .filtered:
            filteredCounts[pair.address] += 1
        case .open, .closed:
            if state == .open { openCount += 1 }
            answered.append(.init(address: addresses[pair.address], port: pair.port, state: state))
        }
    }

    func countStart(now: UInt64) {
        statistics.attempts += 1
        if now - secondStart >= 1_000_000_000 {
            secondStart = now
            startedThisSecond = 0
        }
        startedThisSecond += 1
        statistics.peakAttemptsPerSecond = max(statistics.peakAttemptsPerSecond, startedThisSecond)
    }

    /// Starts one attempt; false when the system is out of sockets or local ports for now (nothing was started).
    func start(_ pair: Pair, epoll: Int32, now: UInt64) -> Bool {
        let address = addresses[pair.address]
        let family: Int32
        switch address {
        case .v4: family = AF_INET
        case .v6: family = AF_INET6
        }
        let fd = socket(
            family,
            Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue),
            0
        )
        guard fd >= 0 else { return false }
        let result = ConnectSweep.connect(fd, address, pair.port)
        let code = result == 0 ? 0 : errno
        switch code {
        case EAGAIN, EADDRNOTAVAIL, ENOBUFS, EMFILE, ENFILE:
            close(fd)
            return false
        default:
            break
        }
        countStart(now: now)
        if code == EINPROGRESS {
            var event = epoll_event()
            event.events = EPOLLOUT.rawValue | EPOLLERR.rawValue | EPOLLHUP.rawValue
            event.data.fd = fd
            epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event)
            inFlight[fd] = Attempt(fd: fd, pair: pair, started: now, deadline: now + timeout)
            return true
        }
        let state: PortState =
            code == 0 ? (Self.isSelfConnected(fd) ? .closed : .open) : code == ECONNREFUSED ? .closed : .filtered
        if code == 0 || code == ECONNREFUSED { record(roundTrip: Monotonic.now() - now) }
        close(fd)
        record(pair, state)
        return true
    }

    func complete(_ fd: Int32, epoll: Int32, now: UInt64) {
        guard let attempt = inFlight[fd] else { return }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
        let state: PortState
        switch error {
        case 0: state = Self.isSelfConnected(fd) ? .closed : .open
        case ECONNREFUSED: state = .closed
        default: state = .filtered
        }
        if error == 0 || error == ECONNREFUSED { record(roundTrip: now - attempt.started) }
        finish(fd, epoll: epoll)
        record(attempt.pair, state)
    }

    func finish(_ fd: Int32, epoll: Int32) {
        epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nil)
        close(fd)
        inFlight[fd] = nil
    }

    /// A socket whose local and remote ends are the same address and port connected to itself.
    static func isSelfConnected(_ fd: Int32) -> Bool { ConnectSweep.isSelfConnected(fd) }
}

extension ConnectSweep {
    /// Whether a connected socket's local and remote ends are the same address and port: the kernel connected it to
    /// itself (TCP simultaneous open), which says nothing about a listening service.
    static func isSelfConnected(_ fd: Int32) -> Bool {
        var local = sockaddr_storage()
        var remote = sockaddr_storage()
        var localLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var remoteLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let gotLocal = withUnsafeMutablePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &localLength) }
        }
        let gotRemote = withUnsafeMutablePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &remoteLength) }
        }
        guard gotLocal == 0, gotRemote == 0, localLength == remoteLength else { return false }
        return withUnsafeBytes(of: &local) { a in
            withUnsafeBytes(of: &remote) { b in a.prefix(Int(localLength)).elementsEqual(b.prefix(Int(localLength))) }
        }
    }

    static func connect(_ fd: Int32, _ address: IPAddress, _ port: Int) -> Int32 {
        switch address {
        case .v4(let value):
            var target = sockaddr_in()
            target.sin_family = sa_family_t(AF_INET)
            target.sin_port = in_port_t(UInt16(port).bigEndian)
            target.sin_addr = in_addr(s_addr: value.bigEndian)
            return withUnsafePointer(to: &target) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        case .v6(let value):
            var target = sockaddr_in6()
            target.sin6_family = sa_family_t(AF_INET6)
            target.sin6_port = in_port_t(UInt16(port).bigEndian)
            withUnsafeMutableBytes(of: &target.sin6_addr) { bytes in
                for index in 0..<16 { bytes[index] = UInt8(truncatingIfNeeded: value >> (8 * (15 - index))) }
            }
            return withUnsafePointer(to: &target) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
    }
}
