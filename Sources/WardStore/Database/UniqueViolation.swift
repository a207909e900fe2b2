import PostgresKit
import SQLiteKit

/// Whether an error from either engine is a violated primary key or unique constraint: two writers inserted the same
/// key at the same time, which callers report as a conflict.
func isUniqueViolation(_ error: any Error) -> Bool {
    if let error = error as? PSQLError { return error.serverInfo?[.sqlState] == "23505" }
    if let error = error as? SQLiteError {
        switch error.reason {
        case .constraintPrimaryKeyFailed, .constraintUniqueFailed: return true
        case .constraint: return error.message.contains("UNIQUE constraint failed")
        default: return false
        }
    }
    return false
}
