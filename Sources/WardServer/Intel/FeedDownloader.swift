import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import WardCore
import WardIntel

/// Where `ward feeds update` fetches feeds from.
public struct FeedSource: Sendable, Hashable, Codable {
    /// What the address serves.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// CISA's KEV catalog, JSON or CSV.
        case kev
        /// FIRST's daily EPSS CSV, plain or gzip-compressed.
        case epss
        /// A CSAF provider's `provider-metadata.json`, whose ROLIE feeds list the advisories.
        case csafProvider = "csaf-provider"
    }

    public var kind: Kind
    public var url: String

    public init(kind: Kind, url: String) {
        self.kind = kind
        self.url = url
    }

    /// The official locations: CISA's KEV catalog, the EPSS daily file, and CISA's CSAF provider metadata.
    public static let defaults: [FeedSource] = [
        FeedSource(
            kind: .kev,
            url: "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json"
        ),
        FeedSource(kind: .epss, url: "https://epss.empiricalsecurity.com/epss_scores-current.csv.gz"),
        FeedSource(kind: .csafProvider, url: "https://www.cisa.gov/.well-known/csaf/provider-metadata.json"),
    ]

    /// Checks that the address is an absolute http or https URL.
    public func validated() throws -> FeedSource {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
            ["http", "https"].contains(scheme),
            parsed.host != nil
        else {
            throw WardError(
                .invalidInput,
                "'\(url)' is not an http or https address",
                location: "feeds.\(kind.rawValue)"
            )
        }
        return self
    }
}

/// Fetches feeds into a folder, ready for ``FeedsImport`` (`ward feeds import FOLDER`), so that updating online and
/// importing offline are the same import.
///
/// Every download is bounded: a size limit (refused as soon as the body passes it, never held whole), a timeout, and
/// for CSAF a limit on the number of advisories per run. An EPSS file served gzip-compressed is unpacked with the
/// system's `gzip`. CSAF advisories come with their `.sha512` and `.asc` files when the ROLIE entry links them, so
/// the import can verify them; only entries updated after `csafSince` are fetched.
public struct FeedDownloader: Sendable {
    public var client: HTTPClient
    public var directory: URL
    public var maximumBytes: Int
    public var maximumAdvisories: Int
    public var timeout: TimeAmount
    public var logger: Logger

    public init(
        client: HTTPClient,
        directory: URL,
        maximumBytes: Int = 256 * 1024 * 1024,
        maximumAdvisories: Int = 5_000,
        timeout: TimeAmount = .seconds(120),
        logger: Logger
    ) {
        self.client = client
        self.directory = directory
        self.maximumBytes = maximumBytes
        self.maximumAdvisories = maximumAdvisories
        self.timeout = timeout
        self.logger = logger
    }

    /// Fetches `sources` into `directory` with a client of its own, shut down before returning.
    public static func download(
        _ sources: [FeedSource],
        into directory: URL,
        csafSince: String? = nil,
        maximumAdvisories: Int = 5_000,
        logger: Logger
    ) async throws -> Report {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let downloader = FeedDownloader(
                client: client,
                directory: directory,
                maximumAdvisories: maximumAdvisories,
                logger: logger
            )
            let report = try await downloader.download(sources, csafSince: csafSince)
            try await client.shutdown()
            return report
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// What a run fetched.
    public struct Report: Sendable {
        /// The files written, ready to import.
        public var files: [URL] = []
        /// Things worth telling (an advisory without a hash, entries left for the next run).
        public var notes: [String] = []
    }

    /// Fetches every source.
    ///
    /// - Parameter csafSince: an RFC 3339 time; CSAF entries updated at or before it are skipped.
    /// - Throws: `unavailable` naming the address that failed and why; files already fetched stay on disk, and
    ///   nothing is imported by this call.
    public func download(_ sources: [FeedSource], csafSince: String? = nil) async throws -> Report {
        var report = Report()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for source in sources {
            let source = try source.validated()
            switch source.kind {
            case .kev:
                let name =
                    source.url.lowercased().hasSuffix(".csv")
                    ? "known_exploited_vulnerabilities.csv"
                    : "known_exploited_vulnerabilities.json"
                report.files.append(try await fetch(source.url, to: directory.appendingPathComponent(name)))
            case .epss:
                let raw = try await fetch(source.url, to: directory.appendingPathComponent("epss-download"))
                report.files.append(try unpackIfCompressed(raw, to: directory.appendingPathComponent("epss.csv")))
            case .csafProvider:
                try await fetchCSAF(source.url, since: csafSince, into: &report)
            }
        }
        return report
    }

    private func fetchCSAF(_ address: String, since: String?, into report: inout Report) async throws {
        let folder = directory.appendingPathComponent("csaf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let metadataFile = try await fetch(address, to: folder.appendingPathComponent("provider-metadata.json"))
        let metadata = try CSAFProviderMetadata.read(contentsOf: metadataFile)
        try? FileManager.default.removeItem(at: metadataFile)
        var fetched = 0
        for (index, feedURL) in metadata.feedURLs.enumerated() {
            let feedFile = try await fetch(feedURL, to: folder.appendingPathComponent("rolie-\(index).json"))
            let feed = try CSAFFeed.read(contentsOf: feedFile)
            try? FileManager.default.removeItem(at: feedFile)
            let fresh = feed.entries.filter { entry in since.map { entry.updated > $0 } ?? true }
                .sorted { $0.updated > $1.updated }
            for entry in fresh {
                guard fetched < maximumAdvisories else {
                    report.notes.append(
                        "\(fresh.count - fetched) more advisories in \(feedURL) are left for the next update "
                            + "(at most \(maximumAdvisories) a run)"
                    )
                    break
                }
                let name = Self.fileName(entry.documentURL, fallback: "advisory-\(fetched).json")
                let document = folder.appendingPathComponent(name)
                report.files.append(try await fetch(entry.documentURL, to: document))
                if let hash = entry.hashURL {
                    _ = try await fetch(hash, to: folder.appendingPathComponent(name + ".sha512"))
                } else {
                    report.notes.append("\(name) has no SHA-512 link in the feed")
                }
                if let signature = entry.signatureURL {
                    _ = try await fetch(signature, to: folder.appendingPathComponent(name + ".asc"))
                }
                fetched += 1
            }
        }
    }

    static func fileName(_ address: String, fallback: String) -> String {
        let last = URL(string: address)?.lastPathComponent ?? ""
        let safe = last.filter { $0.isLetter || $0.isNumber || "-_.".contains($0) }
        return safe.isEmpty || safe.hasPrefix(".") ? fallback : safe
    }

    /// Downloads one address to a file, refusing a body over ``maximumBytes`` as it arrives.
    func fetch(_ address: String, to file: URL) async throws -> URL {
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "User-Agent", value: "Ward feeds")
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: timeout)
        } catch {
            throw WardError(.unavailable, "\(address) cannot be fetched: \(error)", location: address, cause: error)
        }
        guard response.status == .ok else {
            throw WardError(
                .unavailable,
                "\(address) answered \(response.status.code) \(response.status.reasonPhrase)",
                location: address
            )
        }
        if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > maximumBytes {
            throw WardError(
                .tooLarge,
                "\(address) is \(length) bytes, more than the \(maximumBytes) Ward downloads",
                location: address
            )
        }
        let partial = file.appendingPathExtension("part")
        _ = FileManager.default.createFile(atPath: partial.path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw WardError(.storage, "cannot write \(partial.path)", location: address)
        }
        var total = 0
        do {
            for try await chunk in response.body {
                total += chunk.readableBytes
                guard total <= maximumBytes else {
                    throw WardError(
                        .tooLarge,
                        "\(address) sent more than the \(maximumBytes) bytes Ward downloads",
                        location: address
                    )
                }
                try handle.write(contentsOf: Data(chunk.readableBytesView))
            }
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            if let error = error as? WardError { throw error }
            throw WardError(.unavailable, "\(address) broke off: \(error)", location: address, cause: error)
        }
        try? FileManager.default.removeItem(at: file)
        try FileManager.default.moveItem(at: partial, to: file)
        logger.info("feed downloaded", metadata: ["url": "\(address)", "bytes": "\(total)"])
        return file
    }

    /// Unpacks a gzip file (magic bytes 1f 8b) with the system's `gzip`; other files are renamed as they are.
    func unpackIfCompressed(_ file: URL, to target: URL) throws -> URL {
        let handle = try FileHandle(forReadingFrom: file)
        let magic = try handle.read(upToCount: 2) ?? Data()
        try handle.close()
        try? FileManager.default.removeItem(at: target)
        guard magic == Data([0x1F, 0x8B]) else {
            try FileManager.default.moveItem(at: file, to: target)
            return target
        }
        guard
            let gzip = ["/usr/bin/gzip", "/bin/gzip"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            throw WardError(
                .unavailable,
                "the EPSS file is gzip-compressed and gzip is not installed",
                location: file.path
            )
        }
        _ = FileManager.default.createFile(atPath: target.path, contents: nil)
        let output = try FileHandle(forWritingTo: target)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-dc", file.path]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Polled with a bound rather than waitUntilExit, which can miss a child's end in a busy process.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            try? output.close()
            throw WardError(
                .unavailable,
                "gzip did not finish unpacking the EPSS file within 120 s",
                location: file.path
            )
        }
        try output.close()
        try? FileManager.default.removeItem(at: file)
        guard process.terminationStatus == 0 else {
            try? FileManager.default.removeItem(at: target)
            throw WardError(.invalidInput, "the EPSS download is not a valid gzip file", location: file.path)
        }
        return target
    }
}
