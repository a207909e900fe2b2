import SQLKit

/// Ward's records, read and written through one `SQLDatabase` (the pool, or one transaction's connection).
///
/// Each group of records (``organizations``, ``users`` …) is a small value that holds the same connection, so the
/// same code runs inside and outside a transaction:
///
/// ```swift
/// try await database.transaction { store in
///     let organization = try await store.organizations.create(clinic)
///     try await store.audit.append(event)
/// }
/// ```
///
/// - Important: Every method that reads or changes an organization's data takes the organization's identifier and
///   filters by it. Callers pass the organization the caller is a member of, never one taken from the object itself.
public struct Store: Sendable {
    /// The connection or pool this store uses.
    public let sql: any SQLDatabase
    /// The engine, for the few statements that differ.
    public let engine: DatabaseEngine

    /// A store over a database's pool.
    public init(_ database: Database) {
        self.sql = database.sql
        self.engine = database.engine
    }

    init(sql: any SQLDatabase, engine: DatabaseEngine) {
        self.sql = sql
        self.engine = engine
    }

    public var organizations: OrganizationRecords { OrganizationRecords(sql: sql) }
    public var users: UserRecords { UserRecords(sql: sql) }
    public var memberships: MembershipRecords { MembershipRecords(sql: sql) }
    public var sessions: SessionRecords { SessionRecords(sql: sql) }
    public var tokens: TokenRecords { TokenRecords(sql: sql) }
    public var scope: ScopeRecords { ScopeRecords(sql: sql) }
    public var audit: AuditRecords { AuditRecords(sql: sql) }
    public var setupTokens: SetupTokenRecords { SetupTokenRecords(sql: sql) }
    public var loginThrottle: LoginThrottleRecords { LoginThrottleRecords(sql: sql, engine: engine) }
    public var assessments: AssessmentRecords { AssessmentRecords(sql: sql, engine: engine) }
    public var frameworkDocuments: FrameworkDocumentRecords { FrameworkDocumentRecords(sql: sql) }
    public var incidents: IncidentRecords { IncidentRecords(sql: sql) }
    public var training: TrainingStoreRecords { TrainingStoreRecords(sql: sql) }
    public var assets: AssetRecords { AssetRecords(sql: sql) }
    public var findings: FindingRecords { FindingRecords(sql: sql) }
    public var findingSnapshots: FindingSnapshotRecords { FindingSnapshotRecords(sql: sql) }
    public var settings: SettingRecords { SettingRecords(sql: sql) }
    public var scanAgents: ScanAgentRecords { ScanAgentRecords(sql: sql) }
    public var scanJobs: ScanJobRecords { ScanJobRecords(sql: sql, engine: engine) }
    public var scanRuns: ScanRunRecords { ScanRunRecords(sql: sql, engine: engine) }
}

extension Database {
    /// A store over this database's pool.
    public var store: Store { Store(self) }

    /// Runs `body` with a store bound to one transaction; see ``Database/transaction(_:)``.
    public func transaction<R: Sendable>(_ body: @Sendable (Store) async throws -> R) async throws -> R {
        let engine = self.engine
        return try await transaction { (sql: any SQLDatabase) in
            try await body(Store(sql: sql, engine: engine))
        }
    }

    /// Runs `body` in a read-only transaction that sees one snapshot of the data, so figures gathered by several
    /// statements agree with each other: REPEATABLE READ on PostgreSQL; on SQLite a deferred `BEGIN`, which takes no
    /// write lock (in WAL mode readers and the writer do not wait for each other).
    public func snapshot<R: Sendable>(_ body: @Sendable (Store) async throws -> R) async throws -> R {
        let engine = self.engine
        return try await transaction(begin: "BEGIN") { (sql: any SQLDatabase) in
            if engine == .postgres {
                try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            }
            return try await body(Store(sql: sql, engine: engine))
        }
    }
}
