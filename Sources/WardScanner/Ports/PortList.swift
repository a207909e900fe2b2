import Foundation
import WardCore

/// A set of TCP ports to probe, read from text such as `22,80,443`, `1-1024` or `all`.
public struct PortList: Hashable, Sendable, CustomStringConvertible {
    /// The ports, ascending, without repeats.
    public let ports: [Int]

    /// Reads a port list: numbers and ranges separated by commas, or `all` for 1–65535.
    ///
    /// - Throws: `invalidInput` naming the part that is not a port or a range of ports.
    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "all" {
            ports = Array(1...65_535)
            return
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

    /// Ports a rescan of a clinical network checks by default: remote access, file sharing, web consoles, databases,
    /// and the clinical protocols (DICOM 104/11112, HL7 MLLP 2575, FHIR on common web ports).
    public static let clinicalDefault = PortList(
        ports: [
            21, 22, 23, 25, 80, 104, 110, 135, 139, 143, 443, 445, 1433, 1883, 2575, 3306, 3389, 4242, 5432, 5900,
            6379, 8000, 8042, 8080, 8443, 11112, 27017,
        ]
    )
}
