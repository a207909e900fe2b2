import Foundation
import SQLKit
import WardCore

/// Counts failed sign-ins per key (an account, a client address) and locks a key out for a while after too many.
///
/// Kept in the database, not in memory, so that several server replicas share one count.
public struct LoginThrottleRecords: Sendable {
    let sql: any SQLDatabase
    let engine: DatabaseEngine

    /// The time until which `key` is locked out, or nil.
    public func lockedUntil(_ key: String, now: Date) async throws -> Date? {
        guard
            let row = try await sql.raw("SELECT locked_until FROM login_throttle WHERE throttle_key = \(bind: key)")
                .first(), let until = try row.optionalDate("locked_until"), until > now
        else { return nil }
        return until
    }

    /// Counts a failure for `key`; after `limit` failures inside `window`, locks the key for `lockout`.
    /// Returns the lock-out end when this failure triggered or extended one.
    @discardableResult
    public func recordFailure(
        _ key: String,
        now: Date,
        window: TimeInterval,
        limit: Int,
        lockout: TimeInterval
    ) async throws -> Date? {
        let nowMS = now.milliseconds
        let windowStart = nowMS - Int64(window * 1000)
        // One statement, so concurrent failures on several replicas all count.
        let row = try await sql.raw(
            """
            INSERT INTO login_throttle (throttle_key, failures, window_started_at, locked_until)
            VALUES (\(bind: key), 1, \(bind: nowMS), NULL)
            ON CONFLICT (throttle_key) DO UPDATE SET
                failures = CASE WHEN login_throttle.window_started_at < \(bind: windowStart) THEN 1
                                ELSE login_throttle.failures + 1 END,
                window_started_at = CASE WHEN login_throttle.window_started_at < \(bind: windowStart)
                                         THEN \(bind: nowMS) ELSE login_throttle.window_started_at END
            RETURNING failures
            """
        ).first()
        let failures = try row?.int("failures") ?? 1
        guard failures >= limit else { return nil }
        let until = now.addingTimeInterval(lockout)
        try await sql.raw(
            """
            UPDATE login_throttle SET locked_until = \(bind: until.milliseconds) WHERE throttle_key = \(bind: key)
            """
        ).run()
        return until
    }

    /// Clears the count for `key` after a successful sign-in.
    public func reset(_ key: String) async throws {
        try await sql.raw("DELETE FROM login_throttle WHERE throttle_key = \(bind: key)").run()
    }
}
