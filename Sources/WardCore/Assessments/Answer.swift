import Foundation

/// An organization's answer on one requirement of an assessment.
public struct Answer: Hashable, Sendable, Codable {
    /// The requirement's id in the assessed framework (`1.S.A`).
    public var requirementID: String
    public var status: AnswerStatus
    /// Optional maturity, 0 (none) to 5 (optimized).
    public var maturity: Int?
    public var notes: String
    /// Why the requirement does not apply; required when ``status`` is ``AnswerStatus/notApplicable``.
    public var notApplicableReason: String?
    /// Who is responsible for closing the gap (a name or a role).
    public var owner: String?
    /// When the gap should be closed.
    public var dueDate: CalendarDate?
    /// Asks a reviewer to look at this answer.
    public var markedForReview: Bool
    /// Increases by one with every change; a change must name the version it replaces (optimistic locking).
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: UUID?
    /// Set when a reviewer signed the answer off; a signed answer is locked until it is reopened.
    public var signedBy: UUID?
    public var signedAt: Date?

    public init(
        requirementID: String,
        status: AnswerStatus,
        maturity: Int? = nil,
        notes: String = "",
        notApplicableReason: String? = nil,
        owner: String? = nil,
        dueDate: CalendarDate? = nil,
        markedForReview: Bool = false,
        version: Int = 1,
        updatedAt: Date = Date(),
        updatedBy: UUID? = nil,
        signedBy: UUID? = nil,
        signedAt: Date? = nil
    ) {
        self.requirementID = requirementID
        self.status = status
        self.maturity = maturity
        self.notes = notes
        self.notApplicableReason = notApplicableReason
        self.owner = owner
        self.dueDate = dueDate
        self.markedForReview = markedForReview
        self.version = version
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
        self.signedBy = signedBy
        self.signedAt = signedAt
    }

    /// Whether a reviewer signed the answer off.
    public var isSigned: Bool { signedAt != nil }

    /// The longest notes accepted, in characters.
    public static let maximumNotesLength = 20_000

    /// Checks the rules every answer obeys: maturity 0–5, a reason for not applicable, bounded text.
    public func validated() throws -> Answer {
        var copy = self
        // Browsers send line breaks in text areas as CR LF; store one form so that unchanged text compares equal.
        copy.notes = notes.replacingOccurrences(of: "\r\n", with: "\n")
        if let maturity, !(0...5).contains(maturity) {
            throw WardError(.invalidInput, "maturity is \(maturity); use 0 to 5", location: "maturity")
        }
        copy.notApplicableReason = notApplicableReason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if copy.notApplicableReason?.isEmpty == true { copy.notApplicableReason = nil }
        if status == .notApplicable, copy.notApplicableReason == nil {
            throw WardError(
                .invalidInput,
                "say why the requirement does not apply: an answer 'not applicable' needs a reason",
                location: "notApplicableReason"
            )
        }
        if status != .notApplicable { copy.notApplicableReason = nil }
        guard notes.count <= Self.maximumNotesLength else {
            throw WardError(
                .invalidInput,
                "notes are limited to \(Self.maximumNotesLength) characters",
                location: "notes"
            )
        }
        copy.owner = owner?.trimmingCharacters(in: .whitespacesAndNewlines)
        if copy.owner?.isEmpty == true { copy.owner = nil }
        if let owner = copy.owner, owner.count > 200 {
            throw WardError(.invalidInput, "the owner is limited to 200 characters", location: "owner")
        }
        return copy
    }
}

/// A day in the calendar without a time or zone (`2026-12-31`), for due dates.
public struct CalendarDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init(parsing text: String, location: String = "dueDate") throws {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
        else {
            throw WardError(.invalidInput, "'\(text)' is not a date; write YYYY-MM-DD", location: location)
        }
        self.init(year: year, month: month, day: day)
    }

    /// The day a moment falls on in UTC.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
