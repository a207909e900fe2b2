import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt, off the event loops.
///
/// bcrypt at cost 12 takes a few hundred milliseconds on purpose; running it on the event loop would stall every
/// other request, so the work goes to NIO's blocking thread pool.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost (log2 of the rounds). Production never goes below ``minimumCost``.
    public let cost: UInt8

    /// The lowest cost Ward uses outside its own tests.
    public static let minimumCost: UInt8 = 12

    /// A hasher with the production cost.
    public init() { self.cost = Self.minimumCost }

    /// A hasher with a lower cost, for Ward's own tests only (bcrypt at cost 12 would make them slow).
    init(testingCost: UInt8) { self.cost = testingCost }

    /// Hashes a password.
    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks a password against a stored hash; false for a nil hash (an account without a password yet).
    public func verify(_ password: String, hash: String?) async throws -> Bool {
        guard let hash else {
            // Spend the same time as a real check so that response times do not reveal which accounts exist.
            _ = try await self.hash(password)
            return false
        }
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// The cost recorded in a bcrypt hash (`$2b$12$…` → 12), or nil when the text is not a bcrypt hash.
    public static func cost(of hash: String) -> Int? {
        let parts = hash.split(separator: "$")
        guard parts.count >= 3, parts[0].hasPrefix("2") else { return nil }
        return Int(parts[1])
    }
}
