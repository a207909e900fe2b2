import Foundation
import WardCore

/// The short questionnaire that suggests an organization's HICP size tier.
///
/// HICP sizes organizations by judgement over several criteria rather than one threshold. Ward asks for the figures a
/// clinic's IT lead knows, scores each against the commonly cited bands (providers 1–10 / 11–50 / more than 50; beds
/// up to 50 / 51–299 / 300 and more — see `docs/scoring.md` for their confidence), and suggests the tier most criteria
/// point to, with the reasons. The user confirms or overrides the suggestion.
public struct SizeQuestionnaire: Hashable, Sendable, Codable {
    /// Physicians and other independent providers.
    public var providers: Int?
    /// Acute and post-acute beds (0 for an outpatient practice).
    public var beds: Int?
    /// Everyone on the payroll, clinical or not.
    public var workforce: Int?
    /// People whose job is IT, in full-time equivalents.
    public var itStaff: Int?
    /// People whose job is security, in full-time equivalents.
    public var securityStaff: Int?
    /// Computers, servers, network gear and connected devices.
    public var itAssets: Int?
    /// Whether IT is run mostly by an outside provider.
    public var outsourcedIT: Bool?

    public init(
        providers: Int? = nil,
        beds: Int? = nil,
        workforce: Int? = nil,
        itStaff: Int? = nil,
        securityStaff: Int? = nil,
        itAssets: Int? = nil,
        outsourcedIT: Bool? = nil
    ) {
        self.providers = providers
        self.beds = beds
        self.workforce = workforce
        self.itStaff = itStaff
        self.securityStaff = securityStaff
        self.itAssets = itAssets
        self.outsourcedIT = outsourcedIT
    }

    /// The questionnaire's suggestion.
    public struct Suggestion: Hashable, Sendable, Codable {
        public var tier: SizeTier
        /// One line per criterion that was answered, saying which tier it points to and why.
        public var reasons: [String]
    }

    /// Checks that every figure given is a count (not negative, below a billion).
    public func validated() throws -> SizeQuestionnaire {
        let figures: [(String, Int?)] = [
            ("providers", providers), ("beds", beds), ("workforce", workforce), ("itStaff", itStaff),
            ("securityStaff", securityStaff), ("itAssets", itAssets),
        ]
        for (name, value) in figures {
            if let value, value < 0 || value > 1_000_000_000 {
                throw WardError(.invalidInput, "\(name) is \(value); give a count of 0 or more", location: name)
            }
        }
        return self
    }

    /// Suggests a tier. Each answered criterion votes; the tier with most votes wins, and a tie goes to the larger
    /// tier (assessing more sub-practices is the safer mistake). With nothing answered the suggestion is small.
    public func suggest() -> Suggestion {
        var votes: [SizeTier: Int] = [:]
        var reasons: [String] = []
        func vote(_ tier: SizeTier, _ reason: String) {
            votes[tier, default: 0] += 1
            reasons.append("\(tier): \(reason)")
        }
        if let providers {
            switch providers {
            case ...10: vote(.small, "\(providers) providers (10 or fewer)")
            case 11...50: vote(.medium, "\(providers) providers (11 to 50)")
            default: vote(.large, "\(providers) providers (more than 50)")
            }
        }
        if let beds {
            switch beds {
            case ...50: vote(.small, beds == 0 ? "no inpatient beds" : "\(beds) beds (50 or fewer)")
            case 51...299: vote(.medium, "\(beds) beds (51 to 299)")
            default: vote(.large, "\(beds) beds (300 or more)")
            }
        }
        if let workforce {
            switch workforce {
            case ..<100: vote(.small, "a workforce of \(workforce) (under 100)")
            case 100..<1_000: vote(.medium, "a workforce of \(workforce) (hundreds)")
            default: vote(.large, "a workforce of \(workforce) (thousands)")
            }
        }
        if let itStaff {
            let security = securityStaff ?? 0
            switch (itStaff, security) {
            case (0...1, 0): vote(.small, "no dedicated IT or security team")
            case (_, 5...): vote(.large, "\(security) security staff: a security team of its own")
            case (20..., _): vote(.large, "\(itStaff) IT staff")
            default: vote(.medium, "\(itStaff) IT staff and \(security) security staff")
            }
        }
        if let itAssets {
            switch itAssets {
            case ..<200: vote(.small, "\(itAssets) IT assets (under 200)")
            case 200..<5_000: vote(.medium, "\(itAssets) IT assets (hundreds to a few thousand)")
            default: vote(.large, "\(itAssets) IT assets (tens of thousands and more)")
            }
        }
        if outsourcedIT == true {
            reasons.append(
                "note: IT is run mostly by an outside provider, typical of small organizations; ask it which practices it covers"
            )
        }
        guard !votes.isEmpty else {
            return Suggestion(
                tier: .small,
                reasons: ["no figures given: small is the starting point; confirm or change it"]
            )
        }
        let best = votes.values.max() ?? 0
        let tier = SizeTier.allCases.last { votes[$0] == best } ?? .small
        return Suggestion(tier: tier, reasons: reasons)
    }
}
