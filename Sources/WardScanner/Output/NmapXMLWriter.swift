import Foundation

/// Writes Ward's scan results as nmap XML (`-oX`, format 1.05), so tools that read nmap output can take Ward's.
///
/// Hosts that answered are `up` with their open and closed ports; filtered ports are summarised in `extraports`, as
/// nmap does. Text is escaped for XML attributes.
public enum NmapXMLWriter {
    public static func write(
        _ scans: [HostScan],
        arguments: String,
        startedAt: Date,
        finishedAt: Date
    ) -> String {
        var document = ""
        write(scans, arguments: arguments, startedAt: startedAt, finishedAt: finishedAt) { document += $0 }
        return document
    }

    /// Writes the document in pieces, one host at a time, to `output`: a scan of a /16 is never held as one string.
    public static func write(
        _ scans: [HostScan],
        arguments: String,
        startedAt: Date,
        finishedAt: Date,
        to output: (String) -> Void
    ) {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE nmaprun>
            <nmaprun scanner="ward" args="\(escape(arguments))" start="\(Int(startedAt.timeIntervalSince1970))" \
            version="\(escape(version))" xmloutputversion="1.05">
            <scaninfo type="connect" protocol="tcp"/>

            """
        var up = 0
        for scan in scans {
            if scan.up { up += 1 }
            let family = scan.address.contains(":") ? "ipv6" : "ipv4"
            out += """
                <host starttime="\(Int(scan.startedAt.timeIntervalSince1970))" endtime="\(Int(scan.finishedAt.timeIntervalSince1970))">\
                <status state="\(scan.up ? "up" : "down")" reason="\(scan.up ? "conn-refused-or-syn-ack" : "no-response")"/>
                <address addr="\(escape(scan.address))" addrtype="\(family)"/>
                <ports>
                """
            if scan.filteredCount > 0 {
                out += "<extraports state=\"filtered\" count=\"\(scan.filteredCount)\"/>\n"
            }
            for port in scan.ports {
                let reason = port.state == .open ? "syn-ack" : "conn-refused"
                out += """
                    <port protocol="\(escape(port.transport))" portid="\(port.port)"><state state="\(port.state.rawValue)" reason="\(reason)"/></port>

                    """
            }
            out += "</ports>\n</host>\n"
            if out.utf8.count >= 64 * 1_024 {
                output(out)
                out = ""
            }
        }
        out += """
            <runstats><finished time="\(Int(finishedAt.timeIntervalSince1970))" \
            elapsed="\(String(format: "%.2f", finishedAt.timeIntervalSince(startedAt)))" exit="success"/>\
            <hosts up="\(up)" down="\(scans.count - up)" total="\(scans.count)"/></runstats>
            </nmaprun>

            """
        output(out)
    }

    static let version = "ward-0.1"

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
