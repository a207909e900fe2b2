import Foundation
import WardCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A host of an OpenVAS / Greenbone (GVM) report, with everything the report says about it.
///
/// A GVM report spreads one host over three places: the results that name it, the list of ports and a block of host
/// details. ``OpenVASReader`` merges the three by address, so each host arrives once, complete.
public struct OpenVASHost: Sendable, Hashable {
    /// The IP address the scanner tested; IPv6 addresses are in lower case so that spellings of one address merge.
    public var address: String
    /// Names of the host, from the results and the host details, without duplicates, in the order the report gives.
    public var hostnames: [String] = []
    /// The hardware address from the host details, in upper case, when the scanner learnt it.
    public var mac: String?
    /// The scanner's best guess at the operating system, in words (the `best_os_txt` host detail).
    public var operatingSystem: String?
    /// The scanner's best guess at the operating system as a CPE name (the `best_os_cpe` host detail).
    public var osCPE: String?
    /// Ports that the report shows answering: those in its port list, in its `tcp_ports` / `udp_ports` host details
    /// and those that results were reported on. Ordered by number, then transport.
    public var openPorts: [OpenVASPort] = []
    /// What the scanner found on this host, in the order of the report.
    public var results: [OpenVASResult] = []
}

/// A numbered port of a host that a GVM report shows answering.
public struct OpenVASPort: Sendable, Hashable {
    /// The port number, 1 to 65535.
    public var number: Int
    /// `tcp`, `udp` or `sctp`, in lower case.
    public var transport: String
}

/// One `<result>` of a GVM report: what one vulnerability test (an NVT) concluded about one host and port.
public struct OpenVASResult: Sendable, Hashable {
    /// The result's own identifier in the scanner's database, when the report carries it.
    public var id: String?
    /// The OID of the test that produced the result, such as `1.3.6.1.4.1.25623.1.0.10330`; the stable rule key.
    public var oid: String
    /// The test's title.
    public var name: String
    /// The test's family (`Web Servers`, `Denial of Service` …).
    public var family: String?
    /// The port number, or `nil` for results about the host as a whole (`general/tcp`, `general/icmp`, `package`).
    public var port: Int?
    /// `tcp`, `udp`, `sctp` or `icmp`, or `nil` when the report names a pseudo-port such as `general/CPE-T`.
    public var transport: String?
    /// The scanner's rating in words, as the report writes it: `Critical`, `High`, `Medium`, `Low`, `Log`, `Debug`
    /// or `False Positive`; empty when the report has none.
    public var threat: String
    /// The scanner's score, 0.0 to 10.0 on the CVSS scale; GVM writes -1.0 for a result overridden as a false positive.
    public var severityScore: Double?
    /// The quality of detection, 0 to 100: how sure the scanner is that the result is real.
    public var qod: Int?
    /// The CVE identifiers the test names, without duplicates, in upper case.
    public var cves: [String] = []
    /// How to fix the problem, from the test's `<solution>` or, failing that, its `solution` tag.
    public var solution: String?
    /// What the problem is, from the test's `summary` tag.
    public var summary: String?
    /// What the test saw on the host (the result's `<description>`), cut to 64 KiB.
    public var output: String?

    /// Whether someone overrode this result as a false positive in the scanner (threat `False Positive`, or score -1).
    public var isFalsePositiveOverride: Bool {
        threat.caseInsensitiveCompare("False Positive") == .orderedSame || severityScore == -1
    }

    /// Ward's severity for the result.
    ///
    /// Log, debug and error results and false-positive overrides are ``Severity/info``. Otherwise the score decides,
    /// as CVSS bands it: 9.0 and above critical, 7.0 high, 4.0 medium, above zero low, zero info. A result without a
    /// score falls back on the threat word.
    public var wardSeverity: Severity {
        let word = threat.lowercased()
        if ["log", "debug", "error"].contains(word) || isFalsePositiveOverride { return .info }
        if let score = severityScore {
            switch score {
            case 9...: return .critical
            case 7..<9: return .high
            case 4..<7: return .medium
            case _ where score > 0: return .low
            default: return .info
            }
        }
        switch word {
        case "critical": return .critical
        case "high": return .high
        case "medium": return .medium
        case "low": return .low
        default: return .info
        }
    }
}

/// What a GVM report says about the scan as a whole, and how much of it Ward read.
public struct OpenVASRunSummary: Sendable, Hashable {
    /// The scan's state as the report gives it (`Done`, `Stopped`, `Interrupted` …), when it does.
    public var scanStatus: String?
    /// Whether the scan ran to the end: its status is `Done`, or, in a report without a status, it has an end time.
    /// A report of a stopped or interrupted scan is complete XML but covers only part of the targets.
    public var finished: Bool
    /// When the scan began (`<scan_start>`, or the report's `<timestamp>` when there is no start).
    public var startedAt: Date?
    /// How many hosts were handed to the callback.
    public var hostsRead: Int
    /// How many results those hosts carry.
    public var resultsRead: Int
}

/// Reads an OpenVAS / Greenbone (GVM) XML report, as gvmd's `get_reports` or the web interface's XML export writes it.
///
/// Both shapes are read: a `<report>` document, and the `<get_reports_response>` that wraps the report in an outer
/// `<report>` holding the task and owner. Results, the port list and the host details are merged per host address.
///
/// ```swift
/// let summary = try OpenVASReader.read(data, file: "weekly.xml") { host in
///     for result in host.results where !result.isFalsePositiveOverride {
///         print(host.address, result.oid, result.wardSeverity)
///     }
/// }
/// ```
///
/// - Important: Entity declarations are refused (no XML external entities, no entity expansion), as
///   ``NmapXMLReader`` does; the file came off a scanner on the network and is treated as hostile. Each text Ward keeps
///   is cut to 64 KiB and the XML may nest at most 64 elements deep.
public enum OpenVASReader {
    /// The most UTF-8 bytes kept from one element's text; scanner output can quote whole web pages.
    static let maximumTextBytes = 64 * 1024
    /// Deeper than any GVM report nests; more is a sign of a hostile or broken file.
    static let maximumDepth = 64

    /// Reads a report held in memory and hands on its hosts once the whole file has parsed.
    ///
    /// A host's results are spread through the file, so hosts are collected first and handed on only after the XML
    /// has been read to its end; a file that fails hands on no host at all.
    ///
    /// - Parameters:
    ///   - data: The report's XML.
    ///   - file: The name to show in errors.
    ///   - onHost: Called once for each host, in the order the report first mentions them. An error it throws stops
    ///     the reading and is rethrown as it is.
    /// - Returns: The scan's status and start, and how many hosts and results were handed on.
    /// - Throws: ``WardError`` `invalidInput`, naming the line and column, for malformed or truncated XML, for entity
    ///   declarations and for XML that is not a GVM report. Nothing is imported in that case.
    public static func read(
        _ data: Data,
        file: String,
        onHost: (OpenVASHost) throws -> Void
    ) throws -> OpenVASRunSummary {
        try NmapXMLReader.refuseDeclarations(in: data.prefix(64 * 1024), file: file, root: "<report")
        let parser = XMLParser(data: data)
        let delegate = Delegate()
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let parsed = parser.parse()
        let place = "line \(parser.lineNumber), column \(parser.columnNumber)"
        if let failure = delegate.failure {
            throw WardError(.invalidInput, "\(failure) (\(place); nothing imported)", location: file)
        }
        guard let root = delegate.rootName, delegate.sawReport else {
            throw WardError(.invalidInput, notAReport(delegate), location: file)
        }
        guard parsed, delegate.closedRoot else {
            throw WardError(
                .invalidInput,
                "the <\(root)> document ends early or is malformed at \(place) (is the file complete?); "
                    + "\(delegate.resultsRead) results read before it; nothing imported",
                location: file
            )
        }
        var hostsRead = 0
        var resultsRead = 0
        for host in delegate.hosts {
            try onHost(host)
            hostsRead += 1
            resultsRead += host.results.count
        }
        let status = delegate.scanStatus
        return OpenVASRunSummary(
            scanStatus: status,
            finished: status.map { $0.caseInsensitiveCompare("Done") == .orderedSame } ?? (delegate.scanEnd != nil),
            startedAt: delegate.scanStart ?? delegate.timestamp,
            hostsRead: hostsRead,
            resultsRead: resultsRead
        )
    }

    private static func notAReport(_ delegate: Delegate) -> String {
        var message = "this is not an OpenVAS/GVM report (no <report> element"
        if let rootName = delegate.rootName, rootName != "report", rootName != "get_reports_response" {
            message += "; the document is <\(rootName)>"
        }
        message += ")"
        if let status = delegate.responseStatus {
            message += "; the scanner answered \(status)"
        }
        return message + "; export the report in GVM's XML format and try again; nothing imported"
    }

    // MARK: - Parsing helpers

    /// Splits a GVM port such as `443/tcp`, `general/icmp`, `package` or the older `https (443/tcp)`.
    static func port(_ text: String) -> (number: Int?, transport: String?) {
        var spec = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let open = spec.lastIndex(of: "("), let close = spec.lastIndex(of: ")"), open < close {
            spec = spec[spec.index(after: open)..<close]
        }
        let parts = spec.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return (nil, nil) }
        let transport = parts[1].lowercased()
        guard ["tcp", "udp", "sctp", "icmp"].contains(transport) else { return (nil, nil) }
        guard let number = Int(parts[0]), (1...65535).contains(number) else { return (nil, transport) }
        return (number, transport)
    }

    /// Reads the `key=value|key=value` tags of a test. A piece without a key of its own belongs to the value before
    /// it, which had a `|` in its text.
    static func tags(_ text: String) -> [String: String] {
        var tags: [String: String] = [:]
        var lastKey: String?
        for piece in text.split(separator: "|", omittingEmptySubsequences: false) {
            if let equals = piece.firstIndex(of: "="), isTagKey(piece[..<equals]) {
                let key = String(piece[..<equals]).trimmingCharacters(in: .whitespaces)
                lastKey = key
                if tags[key] == nil {
                    tags[key] = String(piece[piece.index(after: equals)...])
                } else {
                    // A repeated key is ignored, with any text that follows it.
                    lastKey = nil
                }
            } else if let lastKey {
                tags[lastKey, default: ""] += "|" + piece
            }
        }
        return tags.mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    private static func isTagKey(_ key: Substring) -> Bool {
        let key = key.trimmingCharacters(in: .whitespaces)
        return !key.isEmpty && key.unicodeScalars.allSatisfy { $0 == "_" || CharacterSet.alphanumerics.contains($0) }
    }

    /// The CVE names in text such as `CVE-2014-0160, CVE-2014-0346` or `NOCVE`.
    static func cves(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map { $0.uppercased() }
            .filter { $0.hasPrefix("CVE-") && $0.count > 4 }
    }

    /// One spelling per address: IPv6 in lower case, whitespace trimmed.
    static func address(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.contains(":") ? trimmed.lowercased() : trimmed
    }

    /// GVM writes ISO 8601 times; OpenVAS 8 and older wrote `ctime` ones (`Tue Aug 25 21:48:25 2009`, in UTC).
    static func date(_ text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: text) { return date }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = iso.date(from: text) { return date }
        let legacy = DateFormatter()
        legacy.locale = Locale(identifier: "en_US_POSIX")
        legacy.timeZone = TimeZone(identifier: "UTC")
        legacy.dateFormat = "EEE MMM d HH:mm:ss yyyy"
        return legacy.date(from: text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    // MARK: - The delegate

    /// A result while its elements are being read.
    struct ResultDraft {
        var id: String?
        var name = ""
        var address = ""
        var hostnames: [String] = []
        var portText = ""
        var oid = ""
        var nvtName = ""
        var family: String?
        var cvssBase: Double?
        var severitiesScore: Double?
        var tags: [String: String] = [:]
        var solution: String?
        var summary: String?
        var cves: [String] = []
        var threat = ""
        var severity: Double?
        var qod: Int?
        var output: String?

        var result: OpenVASResult {
            let (number, transport) = OpenVASReader.port(portText)
            var unique: [String] = []
            for cve in cves where !unique.contains(cve) { unique.append(cve) }
            return OpenVASResult(
                id: id,
                oid: oid,
                name: name.isEmpty ? nvtName : name,
                family: family,
                port: number,
                transport: transport,
                threat: threat,
                severityScore: severity ?? severitiesScore ?? cvssBase,
                qod: qod,
                cves: unique,
                solution: solution ?? tags["solution"].flatMap { $0.isEmpty ? nil : $0 },
                summary: summary ?? tags["summary"].flatMap { $0.isEmpty ? nil : $0 },
                output: output.flatMap { $0.isEmpty ? nil : $0 }
            )
        }
    }

    /// An open element: its name, its path below the report that holds the data, and the text kept from it.
    struct Frame {
        var name: String
        var path: String?
        var collecting: Bool
        var text = ""
        var truncated = false

        var value: String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return truncated ? trimmed + "\n[… cut by Ward: longer than 64 KiB]" : trimmed
        }
    }

    final class Delegate: NSObject, XMLParserDelegate {
        /// Paths, below the report, of the elements whose text Ward keeps. Other elements with the same names (a
        /// `<result>` inside a result's `<detection>`, an `<nvt>` inside an override) are deliberately not among them.
        static let collected: Set<String> = [
            "results/result/name", "results/result/host", "results/result/host/hostname", "results/result/port",
            "results/result/nvt/name", "results/result/nvt/family", "results/result/nvt/cvss_base",
            "results/result/nvt/tags", "results/result/nvt/solution", "results/result/nvt/summary",
            "results/result/nvt/cve", "results/result/threat", "results/result/severity",
            "results/result/description", "results/result/qod/value",
            "host/ip", "host/detail/name", "host/detail/value",
            "ports/port", "ports/port/host",
            "scan_run_status", "scan_start", "scan_end", "timestamp",
        ]

        var failure: String?
        var rootName: String?
        var responseStatus: String?
        var sawReport = false
        var closedRoot = false
        var resultsRead = 0
        var scanStatus: String?
        var scanStart: Date?
        var scanEnd: Date?
        var timestamp: Date?
        private(set) var hosts: [OpenVASHost] = []
        private var hostIndex: [String: Int] = [:]
        private var frames: [Frame] = []
        /// How many frames are open, the data report's included, for each report being read; the last is the innermost.
        private var reportLevels: [Int] = []
        private var result: ResultDraft?
        private var detailHost: OpenVASHost?
        private var detailName = ""
        private var detailValue = ""
        private var portHost = ""

        private func stop(_ parser: XMLParser, _ message: String) {
            if failure == nil { failure = message }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            stop(parser, "the file declares an XML entity ('\(name)'); GVM reports have none, and Ward refuses them")
        }

        func parser(
            _ parser: XMLParser,
            foundExternalEntityDeclarationWithName name: String,
            publicID: String?,
            systemID: String?
        ) {
            stop(parser, "the file declares an external XML entity ('\(name)'); Ward refuses them")
        }

        func parser(
            _ parser: XMLParser,
            foundUnparsedEntityDeclarationWithName name: String,
            publicID: String?,
            systemID: String?,
            notationName: String?
        ) {
            stop(parser, "the file declares an XML entity ('\(name)'); Ward refuses them")
        }

        func parser(
            _ parser: XMLParser,
            didStartElement element: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard frames.count < OpenVASReader.maximumDepth else {
                return stop(
                    parser,
                    "the XML nests deeper than \(OpenVASReader.maximumDepth) elements; no GVM report does"
                )
            }
            if frames.isEmpty {
                rootName = element
                guard element == "report" || element == "get_reports_response" else { return parser.abortParsing() }
                if element == "get_reports_response" {
                    let status = [attributes["status"], attributes["status_text"]].compactMap { $0 }
                    responseStatus = status.isEmpty ? nil : status.joined(separator: " ")
                }
            }
            if element == "report", opensDataReport() {
                frames.append(Frame(name: element, path: nil, collecting: false))
                reportLevels.append(frames.count)
                sawReport = true
                return
            }
            let path = reportLevels.last.flatMap { level in
                level <= frames.count ? (frames[level...].map(\.name) + [element]).joined(separator: "/") : nil
            }
            frames.append(Frame(name: element, path: path, collecting: path.map(Self.collected.contains) ?? false))
            switch path {
            case "results/result":
                result = ResultDraft(id: attributes["id"].flatMap { $0.isEmpty ? nil : $0 })
            case "results/result/nvt":
                result?.oid = attributes["oid"] ?? ""
            case "results/result/nvt/refs/ref":
                if attributes["type"]?.lowercased() == "cve", let id = attributes["id"] {
                    result?.cves += OpenVASReader.cves(in: id)
                }
            case "results/result/nvt/severities":
                result?.severitiesScore = attributes["score"].flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil }
            case "host":
                detailHost = OpenVASHost(address: "")
            case "host/detail":
                detailName = ""
                detailValue = ""
            case "ports/port":
                portHost = ""
            default:
                break
            }
        }

        /// A `<report>` holds the data when it is the document, sits in a `<get_reports_response>`, or sits directly
        /// in such a report (the export's outer report carries the task and owner, the inner one the results).
        private func opensDataReport() -> Bool {
            switch frames.count {
            case 0: return true
            case 1: return frames[0].name == "get_reports_response" || reportLevels == [1]
            case 2: return frames[0].name == "get_reports_response" && reportLevels == [2]
            default: return false
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            append(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            append(String(decoding: CDATABlock, as: UTF8.self))
        }

        private func append(_ string: String) {
            guard var frame = frames.last, frame.collecting, !frame.truncated else { return }
            frames[frames.count - 1].text = ""  // keeps the string uniquely referenced while it grows
            frame.text += string
            if frame.text.utf8.count > OpenVASReader.maximumTextBytes {
                var end = frame.text.utf8.index(frame.text.startIndex, offsetBy: OpenVASReader.maximumTextBytes)
                while end.samePosition(in: frame.text.unicodeScalars) == nil {
                    end = frame.text.utf8.index(before: end)
                }
                frame.text = String(frame.text.unicodeScalars[..<end])
                frame.truncated = true
            }
            frames[frames.count - 1] = frame
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            guard let frame = frames.popLast() else { return }
            if frames.isEmpty { closedRoot = true }
            if let level = reportLevels.last, level == frames.count + 1, frame.path == nil {
                reportLevels.removeLast()
                return
            }
            guard let path = frame.path else { return }
            let value = frame.value
            switch path {
            case "results/result/name": result?.name = value
            case "results/result/host": result?.address = OpenVASReader.address(value)
            case "results/result/host/hostname": if !value.isEmpty { result?.hostnames.append(value) }
            case "results/result/port": result?.portText = value
            case "results/result/nvt/name": result?.nvtName = value
            case "results/result/nvt/family": result?.family = value.isEmpty ? nil : value
            case "results/result/nvt/cvss_base": result?.cvssBase = Self.score(value)
            case "results/result/nvt/tags": result?.tags = OpenVASReader.tags(value)
            case "results/result/nvt/solution": result?.solution = value.isEmpty ? nil : value
            case "results/result/nvt/summary": result?.summary = value.isEmpty ? nil : value
            case "results/result/nvt/cve": result?.cves += OpenVASReader.cves(in: value)
            case "results/result/threat": result?.threat = value
            case "results/result/severity": result?.severity = Self.score(value)
            case "results/result/qod/value": result?.qod = Int(value)
            case "results/result/description": result?.output = value
            case "results/result": finishResult()
            case "host/ip": detailHost?.address = OpenVASReader.address(value)
            case "host/detail/name": detailName = value
            case "host/detail/value": detailValue = value
            case "host/detail": applyDetail()
            case "host": finishHostDetails()
            case "ports/port/host": portHost = OpenVASReader.address(value)
            case "ports/port": finishPort(value)
            case "scan_run_status": scanStatus = value.isEmpty ? nil : value
            case "scan_start": scanStart = OpenVASReader.date(value)
            case "scan_end": scanEnd = OpenVASReader.date(value)
            case "timestamp": timestamp = OpenVASReader.date(value)
            default: break
            }
        }

        private static func score(_ text: String) -> Double? {
            Double(text).flatMap { $0.isFinite ? $0 : nil }
        }

        /// The index of the host with this address, added at the end when the report has not named it before.
        private func hostPosition(_ address: String) -> Int {
            if let index = hostIndex[address] { return index }
            hosts.append(OpenVASHost(address: address))
            hostIndex[address] = hosts.count - 1
            return hosts.count - 1
        }

        private func addHostname(_ name: String, at index: Int) {
            if !name.isEmpty, !hosts[index].hostnames.contains(name) { hosts[index].hostnames.append(name) }
        }

        private func addPort(_ number: Int, _ transport: String, at index: Int) {
            let port = OpenVASPort(number: number, transport: transport)
            guard !hosts[index].openPorts.contains(port) else { return }
            hosts[index].openPorts.append(port)
            hosts[index].openPorts.sort { ($0.number, $0.transport) < ($1.number, $1.transport) }
        }

        private func finishResult() {
            defer { result = nil }
            // A result names its host; one that does not cannot be placed and is left out.
            guard let draft = result, !draft.address.isEmpty else { return }
            let finished = draft.result
            let index = hostPosition(draft.address)
            for name in draft.hostnames { addHostname(name, at: index) }
            if let number = finished.port, let transport = finished.transport, transport != "icmp" {
                addPort(number, transport, at: index)
            }
            hosts[index].results.append(finished)
            resultsRead += 1
        }

        private func applyDetail() {
            guard var host = detailHost, !detailValue.isEmpty else { return }
            let value = detailValue
            switch detailName {
            case "hostname", "DNS-via-TargetDefinition":
                if !host.hostnames.contains(value) { host.hostnames.append(value) }
            case "best_os_txt": host.operatingSystem = host.operatingSystem ?? value
            case "best_os_cpe": host.osCPE = host.osCPE ?? value
            case "MAC": host.mac = host.mac ?? value.uppercased()
            case "tcp_ports", "udp_ports":
                let transport = detailName == "tcp_ports" ? "tcp" : "udp"
                for piece in value.split(separator: ",") {
                    if let number = Int(piece.trimmingCharacters(in: .whitespaces)), (1...65535).contains(number) {
                        host.openPorts.append(OpenVASPort(number: number, transport: transport))
                    }
                }
            default:
                break
            }
            detailHost = host
        }

        private func finishHostDetails() {
            defer { detailHost = nil }
            guard let details = detailHost, !details.address.isEmpty else { return }
            let index = hostPosition(details.address)
            for name in details.hostnames { addHostname(name, at: index) }
            hosts[index].mac = hosts[index].mac ?? details.mac
            hosts[index].operatingSystem = hosts[index].operatingSystem ?? details.operatingSystem
            hosts[index].osCPE = hosts[index].osCPE ?? details.osCPE
            for port in details.openPorts { addPort(port.number, port.transport, at: index) }
        }

        private func finishPort(_ text: String) {
            guard !portHost.isEmpty else { return }
            let index = hostPosition(portHost)
            let (number, transport) = OpenVASReader.port(text)
            if let number, let transport, transport != "icmp" { addPort(number, transport, at: index) }
        }
    }
}
