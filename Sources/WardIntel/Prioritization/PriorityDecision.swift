/// What to do about a vulnerability on an asset, in the four outcomes of CISA's SSVC guidance.
///
/// Ordered from the most urgent: `act` before `attend` before `trackStar` before `track`.
public enum PriorityDecision: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Fix or mitigate now, with leadership aware; ahead of the normal schedule.
    case act
    /// Fix sooner than the normal schedule; supervisors aware.
    case attend
    /// Fix on the normal schedule, and watch closely for a change (an exploit, a wider use).
    case trackStar = "track*"
    /// Fix on the normal schedule.
    case track

    private var rank: Int {
        switch self {
        case .act: 0
        case .attend: 1
        case .trackStar: 2
        case .track: 3
        }
    }

    /// More urgent decisions sort first.
    public static func < (left: PriorityDecision, right: PriorityDecision) -> Bool { left.rank < right.rank }

    /// The decision as people read it: `Act`, `Attend`, `Track*`, `Track`.
    public var label: String {
        switch self {
        case .act: "Act"
        case .attend: "Attend"
        case .trackStar: "Track*"
        case .track: "Track"
        }
    }
}
