import Foundation

/// The organization size used by the Health Industry Cybersecurity Practices (HICP) to scale its sub-practices.
public enum SizeTier: String, CaseIterable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    case small
    case medium
    case large

    public var description: String { rawValue }

    public static func < (lhs: SizeTier, rhs: SizeTier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses `small`, `medium` or `large` (any case).
    public init(parsing text: String, location: String = "sizeTier") throws {
        guard let tier = SizeTier(rawValue: text.lowercased().trimmingCharacters(in: .whitespaces)) else {
            throw WardError(
                .invalidInput,
                "unknown size tier '\(text)'; use small, medium or large",
                location: location
            )
        }
        self = tier
    }
}
