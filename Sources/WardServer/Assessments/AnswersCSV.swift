import Foundation
import WardCore

/// Reads an answers file in CSV (RFC 4180): a header row naming the columns, then one answer per row.
///
/// Columns: `requirement` and `status` are required; `maturity`, `notes`, `not_applicable_reason`, `owner`,
/// `due_date` and `marked_for_review` are optional. Column order is free; unknown columns are an error, so a typo in a
/// header does not silently drop a column.
enum AnswersCSV {
    static let knownColumns = [
        "requirement", "status", "maturity", "notes", "not_applicable_reason", "owner", "due_date", "marked_for_review",
    ]

    static func parse(_ text: String, file: String) throws -> [AssessmentService.AnswerInput] {
        let rows = try records(text, file: file)
        guard let (headerLine, header) = rows.first else {
            throw WardError(.invalidInput, "the file is empty; the first row names the columns", location: "\(file):1")
        }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for (offset, column) in columns.enumerated() where !knownColumns.contains(column) {
            throw WardError(
                .invalidInput,
                "unknown column '\(column)'; use \(knownColumns.joined(separator: ", "))",
                location: "\(file):\(headerLine): column \(offset + 1)"
            )
        }
        for required in ["requirement", "status"] where !columns.contains(required) {
            throw WardError(.invalidInput, "the header has no '\(required)' column", location: "\(file):\(headerLine)")
        }
        var inputs: [AssessmentService.AnswerInput] = []
        for (line, fields) in rows.dropFirst() {
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard fields.count == columns.count else {
                throw WardError(
                    .invalidInput,
                    "this row has \(fields.count) fields but the header has \(columns.count)",
                    location: "\(file):\(line)"
                )
            }
            var value: [String: String] = [:]
            for (column, field) in zip(columns, fields) { value[column] = field.trimmingCharacters(in: .whitespaces) }
            func optional(_ key: String) -> String? { value[key].flatMap { $0.isEmpty ? nil : $0 } }
            var maturity: Int?
            if let text = optional("maturity") {
                guard let number = Int(text) else {
                    throw WardError(
                        .invalidInput,
                        "maturity '\(text)' is not a number from 0 to 5",
                        location: "\(file):\(line): maturity"
                    )
                }
                maturity = number
            }
            var review: Bool?
            if let text = optional("marked_for_review")?.lowercased() {
                guard let flag = ["yes": true, "true": true, "1": true, "no": false, "false": false, "0": false][text]
                else {
                    throw WardError(
                        .invalidInput,
                        "marked_for_review '\(text)' is not yes or no",
                        location: "\(file):\(line): marked_for_review"
                    )
                }
                review = flag
            }
            // Statuses and dates are checked by the service, which knows the framework; check the shape here so the
            // error carries the line.
            do {
                _ = try AnswerStatus(parsing: value["status"] ?? "", location: "status")
                if let due = optional("due_date") { _ = try CalendarDate(parsing: due, location: "due_date") }
            } catch var error as WardError {
                error.location = "\(file):\(line): \(error.location ?? "")"
                throw error
            }
            inputs.append(
                AssessmentService.AnswerInput(
                    requirementID: value["requirement"] ?? "",
                    status: value["status"] ?? "",
                    maturity: maturity,
                    notes: optional("notes"),
                    notApplicableReason: optional("not_applicable_reason"),
                    owner: optional("owner"),
                    dueDate: optional("due_date"),
                    markedForReview: review
                )
            )
        }
        return inputs
    }

    /// Splits CSV text into records with the line each starts on; quoted fields may hold commas, quotes and newlines.
    static func records(_ text: String, file: String) throws -> [(Int, [String])] {
        var result: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                continue
            case "\n":
                fields.append(field)
                result.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw WardError(.invalidInput, "a quoted field is not closed", location: "\(file):\(recordLine)")
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            result.append((recordLine, fields))
        }
        // A byte-order mark from a spreadsheet is not part of the first column's name.
        if var first = result.first, let name = first.1.first, name.hasPrefix("\u{FEFF}") {
            first.1[0] = String(name.dropFirst())
            result[0] = first
        }
        return result
    }
}
