import WardCore

/// How hard a scan may press on a network.
///
/// - Important: `gentle` is the default because medical devices can fail under load: it paces connection attempts,
///   keeps few connections open per host and waits long for slow devices. `fast` is for labs and benchmarks.
public struct SafetyProfile: Hashable, Sendable, Codable {
    public var name: String
    /// Connection attempts per second, at most.
    public var rate: Int
    /// Connections open at once, at most.
    public var maxConcurrency: Int
    /// How long to wait for a connection before calling the port filtered, in milliseconds.
    public var timeoutMilliseconds: Int
    /// Whether a silent port gets a second attempt.
    public var retrySilentPorts: Bool
    /// The least a timeout may shrink to once round trips are measured, in milliseconds.
    public var minimumTimeoutMilliseconds: Int = 250

    public static let gentle = SafetyProfile(
        name: "gentle",
        rate: 50,
        maxConcurrency: 4,
        timeoutMilliseconds: 3_000,
        retrySilentPorts: true
    )
    public static let standard = SafetyProfile(
        name: "standard",
        rate: 1_000,
        maxConcurrency: 64,
        timeoutMilliseconds: 1_500,
        retrySilentPorts: true
    )
    public static let fast = SafetyProfile(
        name: "fast",
        rate: 1_000_000,
        maxConcurrency: 16_000,
        timeoutMilliseconds: 1_000,
        retrySilentPorts: true,
        minimumTimeoutMilliseconds: 150
    )

    /// The profile with this name.
    ///
    /// - Throws: `invalidInput` for a name that is not gentle, standard or fast.
    public static func named(_ name: String) throws -> SafetyProfile {
        switch name.lowercased() {
        case "gentle": return .gentle
        case "standard": return .standard
        case "fast": return .fast
        default:
            throw WardError(
                .invalidInput,
                "unknown safety profile '\(name)'; use gentle, standard or fast",
                location: "profile"
            )
        }
    }
}
