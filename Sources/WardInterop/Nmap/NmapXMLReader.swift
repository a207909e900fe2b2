import Foundation
import WardCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A host as an nmap scan reported it.
public struct ScannedHost: Sendable, Hashable {
    public var addresses: [String] = []
    public var mac: String?
    public var macVendor: String?
    public var hostnames: [String] = []
    /// `up`, `down` or `unknown`.
    public var state: String = "unknown"
    public var ports: [ScannedPort] = []
    public var osMatches: [OSMatch] = []
    public var scripts: [ScriptOutput] = []

    public struct OSMatch: Sendable, Hashable {
        public var name: String
        public var accuracy: Int
    }
}

/// One port of a scanned host, with the service nmap identified on it.
public struct ScannedPort: Sendable, Hashable {
    public var transport: String
    public var number: Int
    /// `open`, `closed`, `filtered`, `open|filtered` …
    public var state: String
    public var reason: String?
    public var service: String?
    public var product: String?
    public var version: String?
    public var extraInfo: String?
    public var tunnel: String?
    public var cpes: [String] = []
    public var scripts: [ScriptOutput] = []
}

/// The output of an NSE script.
public struct ScriptOutput: Sendable, Hashable {
    public var id: String
    public var output: String
}

/// What the run said about itself.
public struct NmapRunSummary: Sendable {
    public var scannerVersion: String?
    public var arguments: String?
    public var startedAt: Date?
    /// False when the file has no `runstats` (nmap stopped before it finished), although the XML is complete.
    public var finished: Bool
    public var hostsRead: Int
}

/// Reads nmap's XML output (`-oX`) host by host, so memory stays flat for any number of hosts.
///
/// - Important: Entity declarations are refused (no XML external entities, no entity expansion); the file is
///   data from a network and is treated as hostile.
public enum NmapXMLReader {
    /// Reads a file; `onHost` is called for each host as soon as it is complete.
    ///
    /// - Throws: `invalidInput` naming the line and column and how many hosts were read before the problem, for
    ///   malformed or truncated XML and for files that are not nmap output. Callers import nothing in that case.
    public static func read(
        contentsOf url: URL,
        file: String? = nil,
        onHost: (ScannedHost) throws -> Void
    ) throws -> NmapRunSummary {
        guard let handle = try? FileHandle(forReadingFrom: url), let stream = InputStream(url: url) else {
            throw WardError(.notFound, "cannot read \(url.path)", location: file ?? url.path)
        }
        let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        try? handle.close()
        try refuseDeclarations(in: head, file: file ?? url.lastPathComponent)
        return try read(XMLParser(stream: stream), file: file ?? url.lastPathComponent, onHost: onHost)
    }

    /// Reads XML already in memory.
    public static func read(_ data: Data, file: String, onHost: (ScannedHost) throws -> Void) throws -> NmapRunSummary {
        try refuseDeclarations(in: data.prefix(64 * 1024), file: file)
        return try read(XMLParser(data: data), file: file, onHost: onHost)
    }

    /// nmap writes `<!DOCTYPE nmaprun>` and nothing more; a document type with an internal subset (where entities are
    /// declared) is refused before any parsing, so no entity is ever expanded or fetched.
    static func refuseDeclarations(in head: Data, file: String, root: String = "<nmaprun") throws {
        let bytes = [UInt8](head)
        let prolog = bytes.firstRange(of: Array(root.utf8)).map { bytes[..<$0.lowerBound] } ?? bytes[...]
        let text = String(decoding: prolog, as: UTF8.self)
        if text.contains("<!ENTITY") || text.range(of: #"<!DOCTYPE[^>\[]*\["#, options: .regularExpression) != nil {
            throw WardError(
                .invalidInput,
                "the file declares XML entities in its document type; scanner output has none, and Ward refuses them; nothing imported",
                location: file
            )
        }
    }

    static func read(_ parser: XMLParser, file: String, onHost: (ScannedHost) throws -> Void) throws -> NmapRunSummary {
        // The delegate holds the callback only while `parse()` runs, so it does not outlive this call.
        return try withoutActuallyEscaping(onHost) { onHost in
            try parse(parser, file: file, delegate: Delegate(onHost: onHost))
        }
    }

    private static func parse(_ parser: XMLParser, file: String, delegate: Delegate) throws -> NmapRunSummary {
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let parsed = parser.parse()
        if let failure = delegate.failure {
            throw WardError(
                failure.code,
                "\(failure.message) (line \(parser.lineNumber); \(delegate.hostsRead) hosts read before it; nothing imported)",
                location: file
            )
        }
        guard parsed, delegate.sawRoot, delegate.closedRoot else {
            let reason =
                delegate.sawRoot
                ? "the file ends early or is malformed at line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unexpected end")"
                : "this is not nmap XML output (no <nmaprun> element)"
            throw WardError(
                .invalidInput,
                "\(reason); \(delegate.hostsRead) hosts read before it; nothing imported",
                location: file
            )
        }
        return NmapRunSummary(
            scannerVersion: delegate.version,
            arguments: delegate.arguments,
            startedAt: delegate.startedAt,
            finished: delegate.sawRunstats,
            hostsRead: delegate.hostsRead
        )
    }

    final class Delegate: NSObject, XMLParserDelegate {
        struct Failure {
            var code: WardError.Code
            var message: String
        }

        let onHost: (ScannedHost) throws -> Void
        var failure: Failure?
        var sawRoot = false
        var closedRoot = false
        var sawRunstats = false
        var hostsRead = 0
        var version: String?
        var arguments: String?
        var startedAt: Date?
        private var host: ScannedHost?
        private var port: ScannedPort?
        private var cpeText: String?
        private var depth = 0

        init(onHost: @escaping (ScannedHost) throws -> Void) {
            self.onHost = onHost
        }

        private func stop(_ parser: XMLParser, _ code: WardError.Code, _ message: String) {
            if failure == nil { failure = Failure(code: code, message: message) }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            stop(
                parser,
                .invalidInput,
                "the file declares an XML entity ('\(name)'); nmap output has none, and Ward refuses them"
            )
        }

        func parser(
            _ parser: XMLParser,
            foundExternalEntityDeclarationWithName name: String,
            publicID: String?,
            systemID: String?
        ) {
            stop(parser, .invalidInput, "the file declares an external XML entity ('\(name)'); Ward refuses them")
        }

        func parser(
            _ parser: XMLParser,
            foundUnparsedEntityDeclarationWithName name: String,
            publicID: String?,
            systemID: String?,
            notationName: String?
        ) {
            stop(parser, .invalidInput, "the file declares an XML entity ('\(name)'); Ward refuses them")
        }

        func parser(
            _ parser: XMLParser,
            didStartElement element: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            if depth > 32 { return stop(parser, .invalidInput, "the XML nests deeper than nmap output does") }
            switch element {
            case "nmaprun":
                guard depth == 1 else { return stop(parser, .invalidInput, "<nmaprun> inside another element") }
                sawRoot = true
                version = attributes["version"]
                arguments = attributes["args"]
                startedAt = attributes["start"].flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
            case "host":
                guard sawRoot else { return stop(parser, .invalidInput, "this is not nmap XML output") }
                host = ScannedHost()
            case "status":
                host?.state = attributes["state"] ?? "unknown"
            case "address":
                guard let address = attributes["addr"] else { return }
                switch attributes["addrtype"] {
                case "mac":
                    host?.mac = address.uppercased()
                    host?.macVendor = attributes["vendor"]
                default:
                    host?.addresses.append(address)
                }
            case "hostname":
                if let name = attributes["name"], host?.hostnames.contains(name) == false {
                    host?.hostnames.append(name)
                }
            case "port":
                port = ScannedPort(
                    transport: attributes["protocol"] ?? "tcp",
                    number: Int(attributes["portid"] ?? "") ?? 0,
                    state: "unknown"
                )
            case "state":
                port?.state = attributes["state"] ?? "unknown"
                port?.reason = attributes["reason"]
            case "service":
                port?.service = attributes["name"]
                port?.product = attributes["product"]
                port?.version = attributes["version"]
                port?.extraInfo = attributes["extrainfo"]
                port?.tunnel = attributes["tunnel"]
            case "cpe":
                cpeText = ""
            case "script":
                let output = ScriptOutput(id: attributes["id"] ?? "", output: attributes["output"] ?? "")
                if port != nil { port?.scripts.append(output) } else { host?.scripts.append(output) }
            case "osmatch":
                if let name = attributes["name"] {
                    host?.osMatches.append(.init(name: name, accuracy: Int(attributes["accuracy"] ?? "") ?? 0))
                }
            case "runstats":
                sawRunstats = true
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if cpeText != nil { cpeText! += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            switch element {
            case "cpe":
                if let text = cpeText?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                    port?.cpes.append(text)
                }
                cpeText = nil
            case "port":
                if let port { host?.ports.append(port) }
                port = nil
            case "host":
                guard let finished = host else { return }
                host = nil
                hostsRead += 1
                do {
                    try onHost(finished)
                } catch let error as WardError {
                    stop(parser, error.code, error.message)
                } catch {
                    stop(parser, .internal, "\(error)")
                }
            case "nmaprun":
                closedRoot = true
            default:
                break
            }
        }
    }
}
