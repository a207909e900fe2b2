import Foundation

/// Runs a program for a test without blocking a thread of Swift's cooperative pool, and without pipes.
///
/// The child writes its output to temporary files that are read once it is done, and reads its input from one.
/// Pipes drained with `FileHandle.readabilityHandler` are avoided on purpose: on Linux each handler is a libdispatch
/// read source, and setting many up and tearing them down from parallel tests corrupts libdispatch's epoll
/// bookkeeping (swift-corelibs-libdispatch issue 949), which crashed a CI run with SIGSEGV in the dispatch manager
/// thread. Files also cannot fill up and stall the child the way an undrained pipe can.
public enum ChildProcess {
    public struct Result: Sendable {
        /// The exit status, or -1 when the child had to be killed after its time ran out.
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs `executable arguments…` and waits up to `seconds` for it to exit, then terminates it (and kills it if
    /// it ignores that).
    ///
    /// - Parameters:
    ///   - mergeErrors: when true, standard error goes to the same file as standard output, in order.
    public static func run(
        _ executable: URL,
        _ arguments: [String],
        input: String? = nil,
        environment: [String: String]? = nil,
        currentDirectory: URL? = nil,
        mergeErrors: Bool = false,
        seconds: Int = 60
    ) async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ward-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        let inputFile = folder.appendingPathComponent("stdin")
        try Data((input ?? "").utf8).write(to: inputFile)
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)

        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        let stdin = try FileHandle(forReadingFrom: inputFile)
        defer {
            try? output.close()
            try? errors.close()
            try? stdin.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        process.standardOutput = output
        process.standardError = mergeErrors ? output : errors
        process.standardInput = stdin
        try process.run()

        let polls = max(1, seconds * 50)
        do {
            for _ in 0..<polls where process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        } catch {
            // The test was cancelled: leave no child behind.
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            throw error
        }
        var killed = false
        if process.isRunning {
            killed = true
            process.terminate()
            for _ in 0..<250 where process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                for _ in 0..<250 where process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
            }
        }
        return Result(
            status: killed || process.isRunning ? -1 : process.terminationStatus,
            output: String(decoding: (try? Data(contentsOf: outputFile)) ?? Data(), as: UTF8.self),
            errors: String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
        )
    }
}
