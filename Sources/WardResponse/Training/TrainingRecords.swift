import Foundation
import WardCore

/// A training module the workforce takes: what it teaches and which HICP practice and HPH CPG goal it serves.
public struct TrainingModule: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var topic: String
    /// HICP practice number ("1").
    public var hicpPractice: String?
    /// HPH CPG goal label ("E4").
    public var cpgGoal: String?
    public var minutes: Int

    public init(id: String, title: String, topic: String, hicpPractice: String?, cpgGoal: String?, minutes: Int) {
        self.id = id
        self.title = title
        self.topic = topic
        self.hicpPractice = hicpPractice
        self.cpgGoal = cpgGoal
        self.minutes = minutes
    }

    public func validated() throws -> TrainingModule {
        var copy = self
        copy.id = id.trimmingCharacters(in: .whitespaces).lowercased()
        guard !copy.id.isEmpty, copy.id.count <= 64,
            copy.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else {
            throw WardError(.invalidInput, "a module id uses letters, digits and '-' (at most 64)", location: "id")
        }
        copy.title = title.trimmingCharacters(in: .whitespaces)
        guard !copy.title.isEmpty, copy.title.count <= 200 else {
            throw WardError(.invalidInput, "give the module a title of 1 to 200 characters", location: "title")
        }
        guard (1...1_440).contains(minutes) else {
            throw WardError(.invalidInput, "the duration is \(minutes) minutes; give 1 to 1440", location: "minutes")
        }
        if let practice = hicpPractice, !(1...10).map(String.init).contains(practice) {
            throw WardError(
                .invalidInput,
                "HICP practice '\(practice)' does not exist; use 1 to 10",
                location: "hicpPractice"
            )
        }
        return copy
    }
}

/// Completion and click rates per department and month.
public struct TrainingRates: Sendable, Codable {
    public struct Row: Sendable, Codable, Hashable {
        public var department: String
        /// `2026-11`.
        public var month: String
        public var assigned: Int
        public var completed: Int
        public var sent: Int
        public var clicked: Int
        public var reported: Int

        public var completionRate: Double? { assigned == 0 ? nil : Double(completed) / Double(assigned) }
        public var clickRate: Double? { sent == 0 ? nil : Double(clicked) / Double(sent) }
    }

    public var rows: [Row]
    /// Over everything: assignments completed, and simulation e-mails clicked.
    public var assigned: Int
    public var completed: Int
    public var sent: Int
    public var clicked: Int

    /// Groups records by department and by the month (UTC) they were assigned (or completed, when not assigned) and
    /// results by the month they were sent.
    public static func compute(records: [TrainingRecord], results: [PhishingResult]) -> TrainingRates {
        var table: [String: Row] = [:]
        func month(_ date: Date) -> String { String(CalendarDate(date).description.prefix(7)) }
        func row(_ department: String, _ month: String) -> Row {
            table["\(department)\u{0}\(month)"]
                ?? Row(
                    department: department,
                    month: month,
                    assigned: 0,
                    completed: 0,
                    sent: 0,
                    clicked: 0,
                    reported: 0
                )
        }
        for record in records {
            guard let date = record.assignedAt ?? record.completedAt else { continue }
            var entry = row(record.department, month(date))
            entry.assigned += 1
            if record.completedAt != nil { entry.completed += 1 }
            table["\(record.department)\u{0}\(month(date))"] = entry
        }
        for result in results {
            var entry = row(result.department, month(result.sentAt))
            entry.sent += 1
            if result.clicked { entry.clicked += 1 }
            if result.reported { entry.reported += 1 }
            table["\(result.department)\u{0}\(month(result.sentAt))"] = entry
        }
        let rows = table.values.sorted { ($0.month, $0.department) < ($1.month, $1.department) }
        return TrainingRates(
            rows: rows,
            assigned: rows.reduce(0) { $0 + $1.assigned },
            completed: rows.reduce(0) { $0 + $1.completed },
            sent: rows.reduce(0) { $0 + $1.sent },
            clicked: rows.reduce(0) { $0 + $1.clicked }
        )
    }
}

/// Reads the CSV exports of learning systems and phishing simulators. A bad row stops the whole import, with its line.
public enum TrainingCSV {
    /// `person,department,module,assigned_at,completed_at` (dates `YYYY-MM-DD`; completed_at empty when not done).
    public static func records(_ text: String, file: String) throws -> [TrainingRecord] {
        let rows = try table(
            text,
            file: file,
            required: ["person", "department", "module"],
            optional: ["assigned_at", "completed_at"]
        )
        return try rows.map { line, value in
            let assigned = try day(value["assigned_at"], "\(file):\(line): assigned_at")
            let completed = try day(value["completed_at"], "\(file):\(line): completed_at")
            guard assigned != nil || completed != nil else {
                throw WardError(.invalidInput, "give assigned_at, completed_at or both", location: "\(file):\(line)")
            }
            if let assigned, let completed, completed < assigned {
                throw WardError(
                    .invalidInput,
                    "completed before it was assigned",
                    location: "\(file):\(line): completed_at"
                )
            }
            return TrainingRecord(
                module: value["module"]!.lowercased(),
                person: value["person"]!,
                department: value["department"]!,
                assignedAt: assigned,
                completedAt: completed,
                source: file
            )
        }
    }

    /// `campaign,person,department,sent_at,clicked,reported` (booleans yes/no, true/false, 1/0).
    public static func phishing(_ text: String, file: String) throws -> [PhishingResult] {
        let rows = try table(
            text,
            file: file,
            required: ["campaign", "person", "department", "sent_at", "clicked"],
            optional: ["reported"]
        )
        return try rows.map { line, value in
            guard let sent = try day(value["sent_at"], "\(file):\(line): sent_at") else {
                throw WardError(.invalidInput, "sent_at is required", location: "\(file):\(line): sent_at")
            }
            return PhishingResult(
                campaign: value["campaign"]!,
                person: value["person"]!,
                department: value["department"]!,
                sentAt: sent,
                clicked: try flag(value["clicked"], "\(file):\(line): clicked"),
                reported: try flag(value["reported"] ?? "no", "\(file):\(line): reported")
            )
        }
    }

    static func day(_ text: String?, _ location: String) throws -> Date? {
        guard let text, !text.isEmpty else { return nil }
        let date = try CalendarDate(parsing: String(text.prefix(10)), location: location)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
    }

    static func flag(_ text: String?, _ location: String) throws -> Bool {
        switch text?.lowercased() {
        case "yes", "true", "1", "y": return true
        case "no", "false", "0", "n", "": return false
        default: throw WardError(.invalidInput, "'\(text ?? "")' is not yes or no", location: location)
        }
    }

    /// Rows of a CSV with a header, as (line, column → value), every required column present and non-empty.
    static func table(
        _ text: String,
        file: String,
        required: [String],
        optional: [String]
    ) throws -> [(Int, [String: String])] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n",
            omittingEmptySubsequences: false
        ).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard let header = lines.first, !header.isEmpty else {
            throw WardError(.invalidInput, "the file is empty; the first row names the columns", location: "\(file):1")
        }
        let columns = fields(header).map { $0.lowercased() }
        for (offset, column) in columns.enumerated() where !(required + optional).contains(column) {
            throw WardError(
                .invalidInput,
                "unknown column '\(column)'; use \((required + optional).joined(separator: ", "))",
                location: "\(file):1: column \(offset + 1)"
            )
        }
        for column in required where !columns.contains(column) {
            throw WardError(.invalidInput, "the header has no '\(column)' column", location: "\(file):1")
        }
        var rows: [(Int, [String: String])] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let values = fields(line)
            guard values.count == columns.count else {
                throw WardError(
                    .invalidInput,
                    "this row has \(values.count) fields but the header has \(columns.count)",
                    location: "\(file):\(index + 1)"
                )
            }
            var row: [String: String] = [:]
            for (column, value) in zip(columns, values) { row[column] = value }
            for column in required where row[column]?.isEmpty != false {
                throw WardError(.invalidInput, "\(column) is empty", location: "\(file):\(index + 1): \(column)")
            }
            rows.append((index + 1, row))
        }
        guard rows.count <= 100_000 else {
            throw WardError(
                .tooLarge,
                "the file has \(rows.count) rows; import at most 100,000 at once",
                location: file
            )
        }
        return rows
    }

    /// Splits one line; fields may be quoted with "" for a quote inside.
    static func fields(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var quoted = false
        var justClosed = false
        for character in line {
            if quoted {
                if character == "\"" {
                    quoted = false
                    justClosed = true
                } else {
                    current.append(character)
                }
                continue
            }
            if character == "\"" {
                // A doubled quote inside a quoted field stands for one quote.
                if justClosed { current.append("\"") }
                quoted = true
            } else if character == "," {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            justClosed = false
        }
        result.append(current.trimmingCharacters(in: .whitespaces))
        return result
    }
}
