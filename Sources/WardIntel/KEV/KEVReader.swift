import Foundation
import WardCore

/// Reads CISA's KEV catalog from its JSON or its CSV publication, and checks what a truncated or hand-edited copy
/// would get wrong: identifiers, dates, the entry count, duplicates.
public enum KEVReader {
    /// Reads the catalog, JSON or CSV by its first character.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: its name, for errors.
    ///   - catalogVersion: for CSV, which carries no version: the version to record (the file's date, say).
    /// - Throws: `invalidInput` naming the file and the entry (JSON path or CSV line) of the first problem.
    public static func read(_ data: Data, file: String, catalogVersion: String? = nil) throws -> KEVCatalog {
        let first = data.first {
            $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
        }
        let catalog: KEVCatalog
        if first == UInt8(ascii: "{") {
            catalog = try IntelDocument.decode(KEVCatalog.self, from: data, file: file)
            if let count = catalog.count, count != catalog.vulnerabilities.count {
                throw WardError(
                    .invalidInput,
                    "the catalog says it has \(count) entries but lists \(catalog.vulnerabilities.count); the file "
                        + "may be cut short",
                    location: "\(file) at $.count"
                )
            }
        } else {
            catalog = try readCSV(data, file: file, catalogVersion: catalogVersion ?? "csv")
        }
        var seen = Set<String>()
        for (index, entry) in catalog.vulnerabilities.enumerated() {
            let location = "\(file) at $.vulnerabilities[\(index)]"
            try check(entry, location: location)
            guard seen.insert(entry.cveID).inserted else {
                throw WardError(.invalidInput, "\(entry.cveID) is listed twice", location: location)
            }
        }
        return catalog
    }

    static let csvColumns = [
        "cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded", "shortDescription", "requiredAction",
        "dueDate", "knownRansomwareCampaignUse", "notes", "cwes",
    ]

    private static func readCSV(_ data: Data, file: String, catalogVersion: String) throws -> KEVCatalog {
        let text = String(decoding: data, as: UTF8.self)
        let rows = try CSVReader(maximumRows: 1_000_000).read(text, file: file)
        guard let header = rows.first else {
            throw WardError(.invalidInput, "the file is empty", location: file)
        }
        var column: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() { column[name.trimmingCharacters(in: .whitespaces)] = index }
        let required = csvColumns.filter { $0 != "notes" && $0 != "cwes" }
        if let missing = required.first(where: { column[$0] == nil }) {
            throw WardError(
                .invalidInput,
                "the header has no '\(missing)' column; a KEV CSV has \(csvColumns.joined(separator: ","))",
                location: "\(file), line \(header.line)"
            )
        }
        var entries: [KEVEntry] = []
        entries.reserveCapacity(rows.count)
        for row in rows.dropFirst() {
            func field(_ name: String) -> String {
                guard let index = column[name], index < row.fields.count else { return "" }
                return row.fields[index]
            }
            guard row.fields.count >= header.fields.count - 2 else {
                throw WardError(
                    .invalidInput,
                    "the row has \(row.fields.count) fields; the header has \(header.fields.count)",
                    location: "\(file), line \(row.line)"
                )
            }
            entries.append(
                KEVEntry(
                    cveID: field("cveID"),
                    vendorProject: field("vendorProject"),
                    product: field("product"),
                    vulnerabilityName: field("vulnerabilityName"),
                    dateAdded: field("dateAdded"),
                    shortDescription: field("shortDescription"),
                    requiredAction: field("requiredAction"),
                    dueDate: field("dueDate"),
                    knownRansomwareCampaignUse: field("knownRansomwareCampaignUse"),
                    notes: field("notes"),
                    cwes: field("cwes").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }
                )
            )
        }
        return KEVCatalog(catalogVersion: catalogVersion, count: entries.count, vulnerabilities: entries)
    }

    static func check(_ entry: KEVEntry, location: String) throws {
        guard CVEIdentifier.isValid(entry.cveID) else {
            throw WardError(
                .invalidInput,
                "'\(entry.cveID)' is not a CVE identifier (CVE-YYYY-NNNN)",
                location: location
            )
        }
        for (name, value) in [("dateAdded", entry.dateAdded), ("dueDate", entry.dueDate)]
        where !CalendarDay.isValid(value) {
            throw WardError(
                .invalidInput,
                "\(name) '\(value)' of \(entry.cveID) is not a date (YYYY-MM-DD)",
                location: location
            )
        }
    }
}

/// CVE identifiers: `CVE-` a four-digit year, `-`, and four or more digits.
public enum CVEIdentifier {
    /// Whether `text` is a well-formed CVE identifier.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 13, bytes[0] == UInt8(ascii: "C"), bytes[1] == UInt8(ascii: "V"),
            bytes[2] == UInt8(ascii: "E"), bytes[3] == UInt8(ascii: "-"), bytes[8] == UInt8(ascii: "-")
        else { return false }
        let digit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        return bytes[4..<8].allSatisfy(digit) && bytes[9...].allSatisfy(digit)
    }
}

/// Calendar days written `YYYY-MM-DD`.
enum CalendarDay {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return year >= 1990 && (1...12).contains(month) && (1...31).contains(day)
    }
}
