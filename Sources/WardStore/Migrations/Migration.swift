/// One versioned change to Ward's schema.
///
/// Migrations are applied in version order, each in its own transaction together with the row that records it, so a
/// migration that fails leaves the database exactly as it was. Statements are written in the SQL that SQLite and
/// PostgreSQL share (`TEXT`, `BIGINT`, `BOOLEAN`, `INTEGER`); where the engines differ a migration gives each its own.
public struct Migration: Sendable {
    /// Increasing, never reused.
    public var version: Int
    /// A short name such as `accounts and organizations`.
    public var name: String
    /// The statements to run, per engine.
    public var statements: @Sendable (DatabaseEngine) -> [String]

    /// Creates a migration whose statements are the same on both engines.
    public init(version: Int, name: String, statements: [String]) {
        self.version = version
        self.name = name
        self.statements = { _ in statements }
    }

    /// Creates a migration whose statements depend on the engine.
    public init(version: Int, name: String, statements: @escaping @Sendable (DatabaseEngine) -> [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}
