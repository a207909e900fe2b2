import Foundation
import WardCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A host of a Nessus v2 report (`.nessus`).
public struct NessusHost: Sendable, Hashable {
    /// The `ReportHost` name: the address or name the scan targeted.
    public var name: String
    public var address: String?
    public var mac: String?
    public var fqdn: String?
    public var netbiosName: String?
    public var operatingSystem: String?
    public var items: [NessusItem] = []
}

/// One `ReportItem`: a plugin's result on a port.
public struct NessusItem: Sendable, Hashable {
    public var port: Int
    public var transport: String
    public var serviceName: String?
    /// 0 informational … 4 critical, as Nessus rates it.
    public var severity: Int
    public var pluginID: String
    public var pluginName: String
    public var pluginFamily: String?
    public var synopsis: String?
    public var solution: String?
    public var cves: [String] = []
    public var cvssBaseScore: Double?
    public var cvss3BaseScore: Double?
    public var output: String?

    /// Ward's severity for a Nessus rating.
    public var wardSeverity: Severity {
        switch severity {
        case 4: .critical
        case 3: .high
        case 2: .medium
        case 1: .low
        default: .info
        }
    }
}

/// Reads Nessus v2 exports host by host, refusing entity declarations as ``NmapXMLReader`` does.
public enum NessusReader {
    public static func read(_ data: Data, file: String, onHost: (NessusHost) throws -> Void) throws -> Int {
        try NmapXMLReader.refuseDeclarations(in: data.prefix(64 * 1024), file: file, root: "<NessusClientData_v2")
        return try withoutActuallyEscaping(onHost) { onHost in
            let parser = XMLParser(data: data)
            let delegate = Delegate(onHost: onHost)
            parser.delegate = delegate
            parser.shouldResolveExternalEntities = false
            let parsed = parser.parse()
            if let failure = delegate.failure {
                throw WardError(
                    failure.0,
                    "\(failure.1) (line \(parser.lineNumber); \(delegate.hostsRead) hosts read before it; nothing imported)",
                    location: file
                )
            }
            guard parsed, delegate.sawRoot, delegate.closedRoot else {
                let reason =
                    delegate.sawRoot
                    ? "the file ends early or is malformed at line \(parser.lineNumber), column \(parser.columnNumber)"
                    : "this is not a Nessus v2 file (no <NessusClientData_v2> element)"
                throw WardError(
                    .invalidInput,
                    "\(reason); \(delegate.hostsRead) hosts read before it; nothing imported",
                    location: file
                )
            }
            return delegate.hostsRead
        }
    }

    final class Delegate: NSObject, XMLParserDelegate {
        let onHost: (NessusHost) throws -> Void
        var failure: (WardError.Code, String)?
        var sawRoot = false
        var closedRoot = false
        var hostsRead = 0
        private var host: NessusHost?
        private var item: NessusItem?
        private var tagName: String?
        private var text = ""
        private var collecting = false

        init(onHost: @escaping (NessusHost) throws -> Void) {
            self.onHost = onHost
        }

        static let itemTexts: Set<String> = [
            "synopsis", "solution", "cve", "cvss_base_score", "cvss3_base_score", "plugin_output",
        ]

        func parser(
            _ parser: XMLParser,
            didStartElement element: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case "NessusClientData_v2":
                sawRoot = true
            case "ReportHost":
                host = NessusHost(name: attributes["name"] ?? "")
            case "tag":
                tagName = attributes["name"]
                text = ""
                collecting = true
            case "ReportItem":
                item = NessusItem(
                    port: Int(attributes["port"] ?? "") ?? 0,
                    transport: attributes["protocol"] ?? "tcp",
                    serviceName: attributes["svc_name"],
                    severity: Int(attributes["severity"] ?? "") ?? 0,
                    pluginID: attributes["pluginID"] ?? "",
                    pluginName: attributes["pluginName"] ?? "",
                    pluginFamily: attributes["pluginFamily"]
                )
            case _ where item != nil && Self.itemTexts.contains(element):
                text = ""
                collecting = true
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if collecting, text.utf8.count < 1_000_000 { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch element {
            case "tag":
                collecting = false
                switch tagName {
                case "host-ip": host?.address = value
                case "mac-address":
                    host?.mac = value.split(whereSeparator: \.isWhitespace).first.map { String($0).uppercased() }
                case "host-fqdn": host?.fqdn = value
                case "netbios-name": host?.netbiosName = value
                case "operating-system": host?.operatingSystem = value
                default: break
                }
            case "synopsis":
                item?.synopsis = value
                collecting = false
            case "solution":
                item?.solution = value
                collecting = false
            case "cve":
                if !value.isEmpty { item?.cves.append(value) }
                collecting = false
            case "cvss_base_score":
                item?.cvssBaseScore = Double(value)
                collecting = false
            case "cvss3_base_score":
                item?.cvss3BaseScore = Double(value)
                collecting = false
            case "plugin_output":
                item?.output = value
                collecting = false
            case "ReportItem":
                if let item { host?.items.append(item) }
                item = nil
            case "ReportHost":
                guard let finished = host else { return }
                host = nil
                hostsRead += 1
                do {
                    try onHost(finished)
                } catch let error as WardError {
                    failure = (error.code, error.message)
                    parser.abortParsing()
                } catch {
                    failure = (.internal, "\(error)")
                    parser.abortParsing()
                }
            case "NessusClientData_v2":
                closedRoot = true
            default:
                break
            }
        }
    }
}
