import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import NIOSSL
import WardCore
import WardScanner

/// The `ward agent` loop: pulls the jobs of its segment from a Ward server over HTTPS, scans each target with the
/// connect scanner in the job's safety profile, and pushes the results back. The server never connects to the agent.
public struct AgentRunner: Sendable {
    public struct Configuration: Sendable {
        /// The server's base address, `https://ward.example:8443`.
        public var serverURL: String
        /// The agent's token (`wagent_…`).
        public var token: String
        /// A PEM file of certificate authorities to trust instead of the system's (for a private CA).
        public var trustedCertificatesFile: String?
        /// Plain HTTP is refused unless this is set (labs on loopback only).
        public var allowPlainHTTP: Bool = false
        /// How many jobs to take at once.
        public var batch: Int = 4
        /// How long to wait between polls when there is nothing to do.
        public var pollInterval: Duration = .seconds(30)

        public init(serverURL: String, token: String, trustedCertificatesFile: String? = nil) {
            self.serverURL = serverURL.hasSuffix("/") ? String(serverURL.dropLast()) : serverURL
            self.token = token
            self.trustedCertificatesFile = trustedCertificatesFile
        }
    }

    public let configuration: Configuration
    let logger: Logger

    public init(configuration: Configuration, logger: Logger) throws {
        guard
            configuration.serverURL.lowercased().hasPrefix("https://")
                || (configuration.allowPlainHTTP && configuration.serverURL.lowercased().hasPrefix("http://"))
        else {
            throw WardError(
                .configuration,
                "the server address must start with https:// (an agent's token and results never travel in the clear)",
                location: "--server"
            )
        }
        guard configuration.token.hasPrefix(ScanningService.agentTokenPrefix) else {
            throw WardError(.configuration, "an agent token starts with wagent_", location: "--token")
        }
        self.configuration = configuration
        self.logger = logger
    }

    func makeClient() throws -> HTTPClient {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = configuration.trustedCertificatesFile {
            tls.trustRoots = .file(file)
        }
        var client = HTTPClient.Configuration(tlsConfiguration: tls)
        client.timeout = .init(connect: .seconds(10), read: .seconds(60))
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: client)
    }

    /// Polls until the task is cancelled.
    public func run() async throws {
        let client = try makeClient()
        do {
            while !Task.isCancelled {
                let done: Int
                do {
                    done = try await runOnce(client: client)
                } catch let error as WardError where error.code == .unauthenticated {
                    throw error
                } catch {
                    logger.warning("agent poll failed", metadata: ["error": "\(error)"])
                    done = 0
                }
                if done == 0 { try await Task.sleep(for: configuration.pollInterval) }
            }
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    /// One poll: takes the due jobs, scans, reports. Returns how many jobs it finished.
    public func runOnce() async throws -> Int {
        let client = try makeClient()
        do {
            let done = try await runOnce(client: client)
            try await client.shutdown()
            return done
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    struct JobList: Decodable {
        var items: [ScanJob]
    }

    func runOnce(client: HTTPClient) async throws -> Int {
        let jobs = try await call(client, .GET, "/api/v1/agent/jobs?limit=\(configuration.batch)", as: JobList.self)
            .items
        for job in jobs {
            let profile = try SafetyProfile.named(job.profile)
            let scan = await ConnectScanner(profile: profile).scan(
                try IPAddress(job.target),
                ports: try PortList(job.ports)
            )
            // The agent identifies services itself: the server cannot reach the segment.
            let facts = await ServiceIdentifier(profile: profile).identify([scan])[scan.address] ?? [:]
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            _ = try await call(
                client,
                .POST,
                "/api/v1/agent/jobs/\(job.id.uuidString.lowercased())/results",
                body: try encoder.encode(AgentReport(scan: scan, facts: facts)),
                as: ScanJob.self
            )
            logger.info("scanned", metadata: ["target": "\(job.target)", "open": "\(scan.openPorts.count)"])
        }
        return jobs.count
    }

    func call<T: Decodable>(
        _ client: HTTPClient,
        _ method: HTTPMethod,
        _ path: String,
        body: Data? = nil,
        as type: T.Type
    ) async throws -> T {
        var request = HTTPClientRequest(url: configuration.serverURL + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(configuration.token)")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(data: body))
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let payload = try await response.body.collect(upTo: 8 << 20)
        guard response.status == .ok || response.status == .created else {
            let message = String(buffer: payload)
            if response.status == .unauthorized {
                throw WardError(.unauthenticated, "the server refused the agent token: \(message)")
            }
            throw WardError(.unavailable, "the server answered \(response.status.code) to \(path): \(message)")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(buffer: payload))
    }
}

/// What an agent sends for one job: the host scan's fields, and `facts` by port for the services it identified.
/// Agents from before facts existed send the host scan alone, which the server still takes.
struct AgentReport: Codable, Sendable {
    var scan: HostScan
    var facts: [Int: [String: String]]

    enum Key: String, CodingKey { case facts }

    init(scan: HostScan, facts: [Int: [String: String]]) {
        self.scan = scan
        self.facts = facts
    }

    init(from decoder: any Decoder) throws {
        scan = try HostScan(from: decoder)
        facts =
            try decoder.container(keyedBy: Key.self).decodeIfPresent([Int: [String: String]].self, forKey: .facts)
            ?? [:]
    }

    func encode(to encoder: any Encoder) throws {
        try scan.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(facts, forKey: .facts)
    }
}
