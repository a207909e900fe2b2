import Foundation
import SQLKit
import WardCore

/// An organization's declared scan scope: included and excluded address blocks, ranges and host names, and the
/// windows in which scanning is allowed.
public struct ScopeRecords: Sendable {
    let sql: any SQLDatabase

    /// A stored scope entry. The target is kept in its canonical text form, validated when it was added; listing
    /// entries does not parse them again, ``parsed()`` does when a decision needs it.
    public struct Entry: Sendable, Hashable, Codable, Identifiable {
        public var id: UUID
        public var kind: ScopeEntry.Kind
        public var target: String
        public var note: String?
        public var createdAt: Date

        public init(id: UUID, kind: ScopeEntry.Kind, target: String, note: String?, createdAt: Date) {
            self.id = id
            self.kind = kind
            self.target = target
            self.note = note
            self.createdAt = createdAt
        }

        /// The entry as a value that ``Scope`` can decide with.
        public func parsed() throws -> ScopeEntry {
            ScopeEntry(kind: kind, target: try ScopeEntry.Target(target), note: note)
        }
    }

    /// A stored scan window.
    public struct Window: Sendable, Hashable, Codable, Identifiable {
        public var id: UUID
        public var window: ScanWindow
        public var createdAt: Date

        public init(id: UUID, window: ScanWindow, createdAt: Date) {
            self.id = id
            self.window = window
            self.createdAt = createdAt
        }
    }

    /// Adds an entry. Fails with `conflict` when the same entry (kind and target) exists.
    @discardableResult
    public func add(_ entry: ScopeEntry, organizationID: UUID, now: Date = Date()) async throws -> Entry {
        let stored = Entry(
            id: UUID(),
            kind: entry.kind,
            target: entry.target.text,
            note: entry.note,
            createdAt: Date(milliseconds: now.milliseconds)
        )
        let existing = try await sql.raw(
            """
            SELECT id FROM scope_entries WHERE organization_id = \(bind: organizationID.stored)
              AND kind = \(bind: entry.kind.rawValue) AND target = \(bind: entry.target.text)
            """
        ).first()
        if existing != nil {
            throw WardError(.conflict, "\(entry.target.text) is already \(entry.kind)d", location: "target")
        }
        try await sql.raw(
            """
            INSERT INTO scope_entries (id, organization_id, kind, target, note, created_at)
            VALUES (\(bind: stored.id.stored), \(bind: organizationID.stored), \(bind: entry.kind.rawValue),
                    \(bind: entry.target.text), \(bind: entry.note), \(bind: now.milliseconds))
            """
        ).run()
        return stored
    }

    /// The organization's entries: inclusions first, then by target.
    public func entries(organizationID: UUID) async throws -> [Entry] {
        try await sql.raw(
            """
            SELECT * FROM scope_entries WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY kind DESC, target, id
            """
        ).all().map(Self.decodeEntry)
    }

    static func decodeEntry(_ row: any SQLRow) throws -> Entry {
        Entry(
            id: try row.uuid("id"),
            kind: try row.enumeration("kind", as: ScopeEntry.Kind.self),
            target: try row.string("target"),
            note: try row.optionalString("note"),
            createdAt: try row.date("created_at")
        )
    }

    /// Removes an entry of the organization; `notFound` for another organization's entry.
    @discardableResult
    public func remove(entryID: UUID, organizationID: UUID) async throws -> ScopeEntry {
        guard
            let row = try await sql.raw(
                """
                DELETE FROM scope_entries
                WHERE id = \(bind: entryID.stored) AND organization_id = \(bind: organizationID.stored)
                RETURNING kind, target, note
                """
            ).all().first
        else { throw WardError(.notFound, "scope entry \(entryID) does not exist") }
        return ScopeEntry(
            kind: try row.enumeration("kind", as: ScopeEntry.Kind.self),
            target: try ScopeEntry.Target(try row.string("target")),
            note: try row.optionalString("note")
        )
    }

    /// Adds a scan window. Fails with `conflict` when the same window exists.
    @discardableResult
    public func add(_ window: ScanWindow, organizationID: UUID, now: Date = Date()) async throws -> Window {
        let stored = Window(id: UUID(), window: window, createdAt: now)
        let spec = window.description
        if try await sql.raw(
            """
            SELECT id FROM scan_windows WHERE organization_id = \(bind: organizationID.stored) AND spec = \(bind: spec)
            """
        ).first() != nil {
            throw WardError(.conflict, "the scan window \(spec) already exists", location: "window")
        }
        try await sql.raw(
            """
            INSERT INTO scan_windows (id, organization_id, spec, created_at)
            VALUES (\(bind: stored.id.stored), \(bind: organizationID.stored), \(bind: spec), \(bind: now.milliseconds))
            """
        ).run()
        return stored
    }

    public func windows(organizationID: UUID) async throws -> [Window] {
        try await sql.raw(
            "SELECT * FROM scan_windows WHERE organization_id = \(bind: organizationID.stored) ORDER BY spec, id"
        ).all().map {
            Window(
                id: try $0.uuid("id"),
                window: try ScanWindow(try $0.string("spec")),
                createdAt: try $0.date("created_at")
            )
        }
    }

    @discardableResult
    public func remove(windowID: UUID, organizationID: UUID) async throws -> ScanWindow {
        guard
            let row = try await sql.raw(
                """
                DELETE FROM scan_windows
                WHERE id = \(bind: windowID.stored) AND organization_id = \(bind: organizationID.stored)
                RETURNING spec
                """
            ).all().first
        else { throw WardError(.notFound, "scan window \(windowID) does not exist") }
        return try ScanWindow(try row.string("spec"))
    }

    /// Entries and windows together, read in one query, for listings.
    public func listing(organizationID: UUID) async throws -> (entries: [Entry], windows: [Window]) {
        let rows = try await sql.raw(
            """
            SELECT 'entry' AS item, id, kind, target, note, created_at FROM scope_entries
            WHERE organization_id = \(bind: organizationID.stored)
            UNION ALL
            SELECT 'window' AS item, id, NULL AS kind, spec AS target, NULL AS note, created_at FROM scan_windows
            WHERE organization_id = \(bind: organizationID.stored)
            ORDER BY item, kind DESC, target, id
            """
        ).all()
        var entries: [Entry] = []
        var windows: [Window] = []
        entries.reserveCapacity(rows.count)
        for row in rows {
            if try row.string("item") == "entry" {
                entries.append(try Self.decodeEntry(row))
            } else {
                windows.append(
                    Window(
                        id: try row.uuid("id"),
                        window: try ScanWindow(try row.string("target")),
                        createdAt: try row.date("created_at")
                    )
                )
            }
        }
        return (entries, windows)
    }

    /// The organization's whole scope, ready for ``Scope/decide(_:at:)``.
    public func scope(organizationID: UUID) async throws -> Scope {
        Scope(
            entries: try await entries(organizationID: organizationID).map { try $0.parsed() },
            windows: try await windows(organizationID: organizationID).map(\.window)
        )
    }
}
