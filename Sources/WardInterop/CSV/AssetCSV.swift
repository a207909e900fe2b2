import Foundation
import WardCore

/// Reads an asset inventory from a spreadsheet's CSV and writes one back.
///
/// The first row names the columns. Each column feeds one ``Field``: by default the column whose header is the
/// field's name (`name`, `addresses`, `clinical_criticality` …, compared without case and with spaces and dashes read
/// as underscores, so `Clinical Criticality` works); a mapping such as `[.name: "Device Name", .addresses: "IP"]`
/// takes a field from a differently named column instead. Columns that feed no field are listed in
/// ``Report/ignoredColumns``.
///
/// Every row is checked and every problem reported with its line and column, so people can fix a file in one pass;
/// the assets of the good rows are returned as well, and ``Report/validated()`` turns any problem into one error for
/// importers that take all rows or none.
///
/// ```swift
/// let report = AssetCSV.read(text, file: "assets.csv", mapping: [.name: "Device Name"], organizationID: id, at: now)
/// let assets = try report.validated()
/// ```
///
/// ``export(_:)`` writes assets in the same columns, so an export can be edited and imported again.
public enum AssetCSV {
    /// A fact about an asset that a column can hold; the raw value is the default header.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        /// A name people use for it; the first host name, address or MAC when empty.
        case name
        /// IP addresses, IPv4 or IPv6.
        case addresses
        /// MAC addresses: six hex octets, with colons, dashes, dots or nothing between them.
        case macs
        /// Host names.
        case hostnames
        /// The operating system.
        case operatingSystem = "operating_system"
        /// The person or team responsible.
        case owner
        /// Free labels; several are separated by `;`.
        case tags
        /// The maker of a medical device.
        case manufacturer
        /// The model of a medical device.
        case model
        /// The serial number of a medical device.
        case serial
        /// The software or firmware version of a medical device.
        case firmware
        /// Infusion pump, patient monitor, CT scanner …
        case deviceType = "device_type"
        /// What the device does for patients.
        case clinicalFunction = "clinical_function"
        /// Where the device is.
        case location
        /// The department that uses the device.
        case department
        /// The network segment or VLAN the device is on.
        case networkSegment = "network_segment"
        /// `life-sustaining`, `life-supporting`, `diagnostic` or `other`.
        case clinicalCriticality = "clinical_criticality"
        /// Whether the device stores protected health information: yes or no.
        case storesPHI = "stores_phi"
        /// Whether the device sends protected health information: yes or no.
        case transmitsPHI = "transmits_phi"
        /// The day the manufacturer stops supporting the device, `YYYY-MM-DD`.
        case endOfSupport = "end_of_support"
        /// Whether the manufacturer can reach the device remotely: yes or no.
        case vendorRemoteAccess = "vendor_remote_access"

        /// Whether a value in this column makes the asset a medical device.
        var isMedical: Bool {
            switch self {
            case .name, .addresses, .macs, .hostnames, .operatingSystem, .owner, .tags: false
            default: true
            }
        }

        /// The fields that tell one asset from another; a row needs at least one.
        static let identifying: [Field] = [.name, .addresses, .macs, .hostnames]
    }

    /// Something wrong in a file: a bad value, a row of the wrong length, a missing column.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// What kind of problem it is: ``WardError/Code/invalidInput``, or ``WardError/Code/tooLarge`` for a file over
        /// the limits of ``CSVReader``.
        public var code: WardError.Code
        /// The 1-based physical line of the row (the header row for a column problem).
        public var line: Int
        /// The column's header as written in the file, or the header a mapping asked for; nil for the whole row.
        public var column: String?
        /// The offending value; one item of a list such as one bad address among several.
        public var value: String?
        /// What is wrong and what to write instead.
        public var message: String
        /// `FILE:LINE: COLUMN`, `FILE:LINE` or, for a CSV syntax error, `FILE:LINE:COLUMN`.
        public var location: String

        /// Creates a problem.
        public init(
            code: WardError.Code = .invalidInput,
            line: Int,
            column: String?,
            value: String?,
            message: String,
            location: String
        ) {
            self.code = code
            self.line = line
            self.column = column
            self.value = value
            self.message = message
            self.location = location
        }

        /// `FILE:LINE: COLUMN: message`.
        public var description: String { "\(location): \(message)" }
    }

    /// What a read found: the assets of the good rows and every problem.
    public struct Report: Hashable, Sendable {
        /// The file name the locations use.
        public var file: String
        /// One asset per valid row, in file order.
        public var assets: [Asset]
        /// Every problem in the file, in file order.
        public var problems: [Problem]
        /// Headers that feed no field, as written in the file; not an error.
        public var ignoredColumns: [String]

        /// Creates a report.
        public init(file: String, assets: [Asset] = [], problems: [Problem] = [], ignoredColumns: [String] = []) {
            self.file = file
            self.assets = assets
            self.problems = problems
            self.ignoredColumns = ignoredColumns
        }

        /// Whether the file has no problem, so that its assets are all its rows.
        public var isValid: Bool { problems.isEmpty }

        /// The assets, when the file has no problem.
        ///
        /// - Parameter listing: How many problems the error's message lists, with their locations.
        /// - Returns: ``assets``.
        /// - Throws: ``WardError`` whose message lists the first problems as `FILE:LINE: COLUMN: message` and how many
        ///   more there are; its code is ``WardError/Code/tooLarge`` when the file is over a limit and
        ///   ``WardError/Code/invalidInput`` otherwise.
        public func validated(listing: Int = 10) throws -> [Asset] {
            guard !problems.isEmpty else { return assets }
            let shown = problems.prefix(max(1, listing))
            var message =
                problems.count == 1
                ? "the file has a problem, so nothing was imported; fix it and import the file again:"
                : "the file has \(problems.count) problems, so nothing was imported; fix them and import the file again:"
            for problem in shown { message += "\n  \(problem.description)" }
            if problems.count > shown.count { message += "\n  … and \(problems.count - shown.count) more" }
            let code: WardError.Code = problems.contains { $0.code == .tooLarge } ? .tooLarge : .invalidInput
            throw WardError(code, message, location: file)
        }
    }

    // MARK: Reading

    /// Reads the assets of a CSV file and checks every row.
    ///
    /// Cells are trimmed of surrounding spaces, and a `'` that Ward's export put before a formula character is
    /// dropped. Lists (addresses, MACs, host names) are split on `;`, `,` and whitespace; tags only on `;`, so a tag
    /// may contain spaces. Addresses are stored in their canonical text (``IPAddress/description``), MACs in upper
    /// case with colons (`00:09:FB:12:34:56`), as the scanners store them. Rows whose cells are all empty are skipped.
    /// A row with any medical column filled becomes a medical device (``Asset/medical``); empty booleans read as no,
    /// an empty criticality as ``ClinicalCriticality/other``.
    ///
    /// - Parameters:
    ///   - text: The whole file; the first row names the columns.
    ///   - file: The file name, for problem locations.
    ///   - mapping: Columns for fields whose header is not the field's name; the other fields use their own name.
    ///   - separator: The character between fields.
    ///   - organizationID: The organization the assets belong to.
    ///   - at: When the assets were seen: their ``Asset/firstSeen`` and ``Asset/lastSeen``.
    /// - Returns: The assets of the valid rows and every problem found.
    public static func read(
        _ text: String,
        file: String,
        mapping: [Field: String] = [:],
        separator: CSVReader.Separator = .comma,
        organizationID: UUID,
        at: Date
    ) -> Report {
        var report = Report(file: file)
        let rows: [CSVReader.Row]
        do {
            rows = try CSVReader(separator: separator).read(text, file: file)
        } catch let error as WardError {
            report.problems.append(problem(from: error, file: file))
            return report
        } catch {
            report.problems.append(
                Problem(line: 1, column: nil, value: nil, message: "\(error)", location: file)
            )
            return report
        }
        guard let header = rows.first else {
            report.problems.append(
                Problem(
                    line: 1,
                    column: nil,
                    value: nil,
                    message: "the file is empty; its first row names the columns, such as name,addresses,macs",
                    location: "\(file):1"
                )
            )
            return report
        }

        let headers = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let keys = headers.map(headerKey)
        var columnOf: [Field: Int] = [:]
        for field in Field.allCases {
            let wanted = mapping[field] ?? field.rawValue
            let matches = keys.indices.filter { keys[$0] == headerKey(wanted) }
            if matches.count > 1 {
                report.problems.append(
                    Problem(
                        line: header.line,
                        column: headers[matches[0]],
                        value: nil,
                        message: "the header has \(matches.count) '\(wanted)' columns (columns "
                            + matches.map { String($0 + 1) }.joined(separator: ", ")
                            + "); rename or remove all but one",
                        location: "\(file):\(header.line): \(headers[matches[0]])"
                    )
                )
            } else if let match = matches.first {
                columnOf[field] = match
            } else if mapping[field] != nil {
                report.problems.append(
                    Problem(
                        line: header.line,
                        column: wanted,
                        value: nil,
                        message: "the mapping takes \(field.rawValue) from a column '\(wanted)', but the header has "
                            + "none; the columns are \(headers.map { "'\($0)'" }.joined(separator: ", "))",
                        location: "\(file):\(header.line): \(wanted)"
                    )
                )
            }
        }
        let used = Set(columnOf.values)
        report.ignoredColumns = headers.indices.filter { !used.contains($0) }.map {
            headers[$0].isEmpty ? "column \($0 + 1)" : headers[$0]
        }
        guard Field.identifying.contains(where: { columnOf[$0] != nil }) else {
            report.problems.append(
                Problem(
                    line: header.line,
                    column: nil,
                    value: nil,
                    message: "the header has no name, addresses, macs or hostnames column, so no row can say which "
                        + "asset it is; add one, or map one with a mapping such as name=Device Name",
                    location: "\(file):\(header.line)"
                )
            )
            return report
        }

        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.fields.count == headers.count else {
                report.problems.append(
                    Problem(
                        line: row.line,
                        column: nil,
                        value: nil,
                        message: "this row has \(row.fields.count) fields but the header has \(headers.count); "
                            + "check for a missing separator or a value with a separator in it that needs quotes",
                        location: "\(file):\(row.line)"
                    )
                )
                continue
            }
            var reader = RowReader(row: row, headers: headers, columnOf: columnOf, file: file)
            if let asset = reader.asset(organizationID: organizationID, at: at) {
                report.assets.append(asset)
            }
            report.problems += reader.problems
        }
        return report
    }

    /// Turns a ``CSVReader`` error into a problem; its location reads `FILE:LINE:COLUMN` or `FILE:LINE`.
    private static func problem(from error: WardError, file: String) -> Problem {
        let location = error.location ?? file
        let position = location.hasPrefix(file + ":") ? location.dropFirst(file.count + 1) : ""
        let line = position.split(separator: ":").first.flatMap { Int($0) } ?? 1
        return Problem(
            code: error.code,
            line: line,
            column: nil,
            value: nil,
            message: error.message,
            location: location
        )
    }

    /// A header or field name compared without case, surrounding spaces, or the difference between spaces, dashes
    /// and underscores.
    static func headerKey(_ text: String) -> String {
        String(text.trimmingCharacters(in: .whitespaces).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// Reads the fields of one row and collects its problems.
    private struct RowReader {
        let row: CSVReader.Row
        let headers: [String]
        let columnOf: [Field: Int]
        let file: String
        var problems: [Problem] = []

        init(row: CSVReader.Row, headers: [String], columnOf: [Field: Int], file: String) {
            self.row = row
            self.headers = headers
            self.columnOf = columnOf
            self.file = file
        }

        func value(_ field: Field) -> String {
            guard let index = columnOf[field] else { return "" }
            return CSVReader.removingFormulaGuard(from: row.fields[index]).trimmingCharacters(in: .whitespaces)
        }

        func optional(_ field: Field) -> String? {
            let text = value(field)
            return text.isEmpty ? nil : text
        }

        mutating func report(_ field: Field?, _ value: String?, _ message: String) {
            let column = field.flatMap { columnOf[$0] }.map { headers[$0] }
            problems.append(
                Problem(
                    line: row.line,
                    column: column,
                    value: value,
                    message: message,
                    location: column.map { "\(file):\(row.line): \($0)" } ?? "\(file):\(row.line)"
                )
            )
        }

        func columnIndex(_ problem: Problem) -> Int {
            problem.column.flatMap { headers.firstIndex(of: $0) } ?? headers.count
        }

        /// The items of a list cell, without repeats.
        func items(_ field: Field) -> [String] {
            let separators: (Character) -> Bool =
                field == .tags ? { $0 == ";" } : { $0 == ";" || $0 == "," || $0.isWhitespace }
            var seen: Set<String> = []
            return value(field).split(whereSeparator: separators)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && seen.insert($0).inserted }
        }

        mutating func addresses() -> [String] {
            var result: [String] = []
            for item in items(.addresses) {
                do {
                    let address = try IPAddress(item).description
                    if !result.contains(address) { result.append(address) }
                } catch let error as WardError {
                    report(.addresses, item, error.message)
                } catch {
                    report(.addresses, item, "\(item) is not an IP address")
                }
            }
            return result
        }

        mutating func macs() -> [String] {
            var result: [String] = []
            for item in items(.macs) {
                if let mac = AssetCSV.normalizedMAC(item) {
                    if !result.contains(mac) { result.append(mac) }
                } else {
                    report(
                        .macs,
                        item,
                        "'\(item)' is not a MAC address; write six pairs of hex digits, such as 00:09:FB:12:34:56"
                    )
                }
            }
            return result
        }

        mutating func flag(_ field: Field) -> Bool {
            let text = value(field)
            switch text.lowercased() {
            case "yes", "y", "true", "1": return true
            case "no", "n", "false", "0", "": return false
            default:
                report(field, text, "'\(text)' is not yes or no; write yes, no, true, false, 1 or 0")
                return false
            }
        }

        mutating func criticality() -> ClinicalCriticality {
            let text = value(.clinicalCriticality)
            let key = AssetCSV.headerKey(text).replacingOccurrences(of: "_", with: "")
            switch key {
            case "", "other": return .other
            case "lifesustaining": return .lifeSustaining
            case "lifesupporting": return .lifeSupporting
            case "diagnostic": return .diagnostic
            default:
                report(
                    .clinicalCriticality,
                    text,
                    "'\(text)' is not a clinical criticality; write life-sustaining, life-supporting, diagnostic "
                        + "or other"
                )
                return .other
            }
        }

        mutating func endOfSupport() -> CalendarDate? {
            guard let text = optional(.endOfSupport) else { return nil }
            do {
                return try CalendarDate(parsing: text)
            } catch {
                report(.endOfSupport, text, "'\(text)' is not a date; write it as YYYY-MM-DD, such as 2027-12-31")
                return nil
            }
        }

        mutating func medical() -> MedicalDevice? {
            guard Field.allCases.contains(where: { $0.isMedical && !value($0).isEmpty }) else { return nil }
            return MedicalDevice(
                manufacturer: value(.manufacturer),
                model: value(.model),
                serial: optional(.serial),
                softwareVersion: optional(.firmware),
                deviceType: optional(.deviceType),
                clinicalFunction: optional(.clinicalFunction),
                location: optional(.location),
                department: optional(.department),
                networkSegment: optional(.networkSegment),
                criticality: criticality(),
                storesPHI: flag(.storesPHI),
                sendsPHI: flag(.transmitsPHI),
                endOfSupport: endOfSupport(),
                vendorRemoteAccess: flag(.vendorRemoteAccess)
            )
        }

        /// The row's asset, or nil when the row has a problem.
        mutating func asset(organizationID: UUID, at date: Date) -> Asset? {
            let addresses = addresses()
            let macs = macs()
            let hostnames = items(.hostnames)
            let medical = medical()
            let name = optional(.name) ?? hostnames.first ?? addresses.first ?? macs.first
            if name == nil && items(.addresses).isEmpty && items(.macs).isEmpty {
                report(
                    nil,
                    nil,
                    "the row has no name, address, MAC or host name; give at least one so the asset can be told "
                        + "apart from the others"
                )
            }
            // Problems in the order of the columns, as people read the row.
            problems = problems.enumerated().sorted {
                (columnIndex($0.element), $0.offset) < (columnIndex($1.element), $1.offset)
            }.map(\.element)
            guard problems.isEmpty, let name else { return nil }
            return Asset(
                organizationID: organizationID,
                name: name,
                addresses: addresses,
                macs: macs,
                hostnames: hostnames,
                operatingSystem: optional(.operatingSystem),
                owner: optional(.owner),
                tags: items(.tags),
                firstSeen: date,
                lastSeen: date,
                medical: medical
            )
        }
    }

    /// A MAC address in upper case with colons, from six hex octets written with colons, dashes, Cisco's dots
    /// (`0009.fb12.3456`) or nothing between them; nil for anything else.
    static func normalizedMAC(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let hex = scalars.filter { $0.properties.isASCIIHexDigit }
        guard hex.count == 12 else { return nil }
        let separators = Set(scalars.filter { !$0.properties.isASCIIHexDigit })
        let layoutIsKnown: Bool
        switch separators {
        case []: layoutIsKnown = true
        case [":"], ["-"]:
            let groups = text.split(separator: Character(separators.first!), omittingEmptySubsequences: false)
            layoutIsKnown = groups.count == 6 && groups.allSatisfy { $0.count == 2 }
        case ["."]:
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            layoutIsKnown = groups.count == 3 && groups.allSatisfy { $0.count == 4 }
        default: layoutIsKnown = false
        }
        guard layoutIsKnown else { return nil }
        let digits = String(hex.map(Character.init)).uppercased()
        return stride(from: 0, to: 12, by: 2).map {
            let start = digits.index(digits.startIndex, offsetBy: $0)
            return String(digits[start..<digits.index(start, offsetBy: 2)])
        }.joined(separator: ":")
    }

    // MARK: Mapping

    /// Reads a column mapping written as `field=Header,field=Header`, as the CLI takes it.
    ///
    /// Field names are compared like headers (`Device-Type` is `device_type`); headers keep their spelling, without
    /// surrounding spaces, and may not contain a comma.
    ///
    /// ```swift
    /// try AssetCSV.mapping(parsing: "name=Device Name,addresses=IP")  // [.name: "Device Name", .addresses: "IP"]
    /// ```
    ///
    /// - Parameters:
    ///   - text: The mapping; empty for none.
    ///   - location: Where the text came from, for errors (`--map`).
    /// - Returns: Field → header.
    /// - Throws: ``WardError`` with code ``WardError/Code/invalidInput`` for a pair without `=`, an unknown field, an
    ///   empty header or a field mapped twice.
    public static func mapping(parsing text: String, location: String = "mapping") throws -> [Field: String] {
        var mapping: [Field: String] = [:]
        for pair in text.split(separator: ",") where !pair.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let equals = pair.firstIndex(of: "=") else {
                throw WardError(
                    .invalidInput,
                    "'\(pair)' has no '='; write each pair as field=Header, such as name=Device Name",
                    location: location
                )
            }
            let name = String(pair[..<equals])
            let header = pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let field = Field(rawValue: headerKey(name)) else {
                throw WardError(
                    .invalidInput,
                    "'\(name.trimmingCharacters(in: .whitespaces))' is not an asset field; use one of "
                        + Field.allCases.map(\.rawValue).joined(separator: ", "),
                    location: location
                )
            }
            guard !header.isEmpty else {
                throw WardError(
                    .invalidInput,
                    "\(field.rawValue) is mapped to an empty header; write the column's header after the '='",
                    location: location
                )
            }
            guard mapping[field] == nil else {
                throw WardError(
                    .invalidInput,
                    "\(field.rawValue) is mapped twice; keep one of '\(mapping[field]!)' and '\(header)'",
                    location: location
                )
            }
            mapping[field] = header
        }
        return mapping
    }

    // MARK: Writing

    /// Writes assets as CSV with a column for every ``Field``, in ``Field`` order, one row per asset.
    ///
    /// Lists are joined with `;`, booleans written `yes` or `no`, the criticality as its raw value
    /// (`life_sustaining`), dates as `YYYY-MM-DD`; the medical columns are empty for an asset that is not a medical
    /// device. ``read(_:file:mapping:separator:organizationID:at:)`` reads the result back to the same assets, apart
    /// from their ids, interface maker, services, ``Asset/likelyMedical`` and first and last seen, which the file
    /// does not carry.
    ///
    /// - Important: Fields go through ``CSVReader/encode(_:separator:)``, which puts a `'` before a value starting
    ///   with `=`, `+`, `-` or `@`, so that a spreadsheet does not run a value from a scanned device as a formula.
    ///
    /// - Parameter assets: The assets, in the order to write them.
    /// - Returns: The CSV text, lines ended by CRLF.
    public static func export(_ assets: [Asset]) -> String {
        func yesNo(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "" }
        var rows: [[String]] = [Field.allCases.map(\.rawValue)]
        for asset in assets {
            let medical = asset.medical
            rows.append(
                Field.allCases.map { field in
                    switch field {
                    case .name: asset.name
                    case .addresses: asset.addresses.joined(separator: ";")
                    case .macs: asset.macs.joined(separator: ";")
                    case .hostnames: asset.hostnames.joined(separator: ";")
                    case .operatingSystem: asset.operatingSystem ?? ""
                    case .owner: asset.owner ?? ""
                    case .tags: asset.tags.joined(separator: ";")
                    case .manufacturer: medical?.manufacturer ?? ""
                    case .model: medical?.model ?? ""
                    case .serial: medical?.serial ?? ""
                    case .firmware: medical?.softwareVersion ?? ""
                    case .deviceType: medical?.deviceType ?? ""
                    case .clinicalFunction: medical?.clinicalFunction ?? ""
                    case .location: medical?.location ?? ""
                    case .department: medical?.department ?? ""
                    case .networkSegment: medical?.networkSegment ?? ""
                    case .clinicalCriticality: medical?.criticality.rawValue ?? ""
                    case .storesPHI: yesNo(medical?.storesPHI)
                    case .transmitsPHI: yesNo(medical?.sendsPHI)
                    case .endOfSupport: medical?.endOfSupport?.description ?? ""
                    case .vendorRemoteAccess: yesNo(medical?.vendorRemoteAccess)
                    }
                }
            )
        }
        return CSVReader.encode(rows)
    }
}
