import Foundation
import WardCore

/// A set of TCP ports to probe, read from text such as `22,80,443`, `1-1024` or `all`.
public struct PortList: Hashable, Sendable, CustomStringConvertible {
    /// The ports, ascending, without repeats.
    public let ports: [Int]

    /// Reads a port list: numbers and ranges separated by commas, or a named set: `all` (1–65535), `top100`
    /// (``top100``), `top1000` (``top1000``) or `clinical` (``clinicalDefault``).
    ///
    /// - Throws: `invalidInput` naming the part that is not a port or a range of ports.
    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed.lowercased() {
        case "all":
            ports = Array(1...65_535)
            return
        case "top100":
            ports = Self.top100.ports
            return
        case "top1000":
            ports = Self.top1000.ports
            return
        case "clinical":
            ports = Self.clinicalDefault.ports
            return
        default:
            break
        }
        var set = Set<Int>()
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = part.trimmingCharacters(in: .whitespaces)
            let bounds = piece.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), let low = Int(bounds[0]), let high = Int(bounds.last!),
                (1...65_535).contains(low), (1...65_535).contains(high), low <= high
            else {
                throw WardError(
                    .invalidInput,
                    "'\(piece)' is not a port or a range of ports; write ports from 1 to 65535 such as 22,80,8000-8100",
                    location: "ports"
                )
            }
            set.formUnion(low...high)
        }
        ports = set.sorted()
    }

    /// Ports as given.
    public init(ports: [Int]) {
        self.ports = Array(Set(ports.filter { (1...65_535).contains($0) })).sorted()
    }

    /// The list in its shortest text form, with runs as ranges (`22,80,8000-8100`).
    public var description: String {
        var parts: [String] = []
        var index = 0
        while index < ports.count {
            var end = index
            while end + 1 < ports.count && ports[end + 1] == ports[end] + 1 { end += 1 }
            parts.append(end == index ? "\(ports[index])" : "\(ports[index])-\(ports[end])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }

    /// A healthcare-aware hundred: the clinical protocols and their usual integration ports (DICOM, DICOM over TLS,
    /// HL7 MLLP and interface-engine ports, PACS and FHIR web ports), remote access and remote support tools, file and
    /// print sharing, mail, web and application servers, databases and caches, directory services, building and
    /// device protocols (MQTT, Modbus, S7, DNP3, EtherNet/IP, OPC UA, AMQP), and container APIs. Ward's own choice for
    /// a hospital network, not a frequency ranking.
    public static let top100 = PortList(
        ports: [
            104, 2575, 2761, 2762, 4242, 8042, 11112, 6661, 6662, 6663, 6664, 6665, 3000, 5000, 5001, 8000, 8008, 8080,
            8081, 8443, 8888, 9000, 9090, 9443, 10000, 22, 23, 2222, 3389, 5900, 5901, 5902, 5903, 5800, 5985, 5986,
            5938,
            5631, 3283, 4899, 21, 111, 135, 139, 445, 2049, 873, 515, 631, 9100, 25, 110, 143, 465, 587, 993, 995, 80,
            81, 443, 591, 7001, 7002, 8001, 8088, 8181, 8880, 9080, 9200, 8009, 1433, 1521, 3306, 5432, 5984, 6379,
            7000, 9042, 11211, 27017, 50000, 53, 88, 389, 636, 3268, 3269, 179, 1883, 8883, 502, 102, 20000, 44818,
            4840, 5672, 61616, 1723, 2375, 6443,
        ]
    )

    /// The first thousand ports, where the classic services live, and the healthcare-aware hundred above them
    /// (``top100``): 1,071 ports.
    public static let top1000 = PortList(ports: Array(1...1_000) + top100.ports)

    /// Ports a rescan of a clinical network checks by default: remote access, file sharing, web consoles, databases,
    /// and the clinical protocols (DICOM 104/11112, HL7 MLLP 2575, FHIR on common web ports).
    public static let clinicalDefault = PortList(
        ports: [
            21, 22, 23, 25, 80, 104, 110, 135, 139, 143, 443, 445, 1433, 1883, 2575, 3306, 3389, 4242, 5432, 5900,
            6379, 8000, 8042, 8080, 8443, 11112, 27017,
        ]
    )
}
