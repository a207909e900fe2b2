import Foundation

/// Where an organization stands on one requirement.
public enum AnswerStatus: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    case implemented
    /// Implemented in part (some systems, some sites, some of what the requirement asks).
    case partial
    /// Decided and scheduled, not yet in place.
    case planned
    case notImplemented = "not_implemented"
    /// Does not apply to this organization; an answer with this status carries the reason.
    case notApplicable = "not_applicable"

    /// The share of the requirement in place, used by scoring (`docs/scoring.md`); `nil` for not applicable, which is
    /// left out of every score.
    public var value: Double? {
        switch self {
        case .implemented: 1
        case .partial: 0.5
        case .planned, .notImplemented: 0
        case .notApplicable: nil
        }
    }

    /// Words for people: "not implemented".
    public var label: String {
        switch self {
        case .implemented: "implemented"
        case .partial: "partially implemented"
        case .planned: "planned"
        case .notImplemented: "not implemented"
        case .notApplicable: "not applicable"
        }
    }

    public var description: String { rawValue }

    /// Parses a status from its raw value or its label, case and separators ignored (`not implemented`,
    /// `not-implemented`, `NOT_IMPLEMENTED`, `partially`).
    public init(parsing text: String, location: String = "status") throws {
        let normalized = text.lowercased().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        let aliases: [String: AnswerStatus] = [
            "partially": .partial, "partially_implemented": .partial, "n/a": .notApplicable, "na": .notApplicable,
        ]
        guard let status = AnswerStatus(rawValue: normalized) ?? aliases[normalized] else {
            throw WardError(
                .invalidInput,
                "unknown status '\(text)'; use implemented, partial, planned, not_implemented or not_applicable",
                location: location
            )
        }
        self = status
    }
}
