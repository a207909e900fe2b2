import Foundation
import SQLKit
import Testing
import WardCore
import WardStore
import WardTesting

/// The store's behaviour, identical on SQLite and PostgreSQL.
@Suite("Store records, on every engine")
struct RecordTests {
    @Test(arguments: TestDatabase.engines)
    func organizationsAndHierarchy(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let system = try await store.organizations.create(
                Organization(name: "  Prairie Health System ", kind: .healthSystem, sizeTier: .large)
            )
            #expect(system.name == "Prairie Health System", "names are trimmed")
            let hospital = try await store.organizations.create(
                Organization(name: "Prairie General", kind: .hospital, sizeTier: .medium, parentID: system.id)
            )
            #expect(try await store.organizations.get(hospital.id) == hospital)
            #expect(try await store.organizations.children(of: system.id).map(\.id) == [hospital.id])
            #expect(try await store.organizations.find("prairie general")?.id == hospital.id)

            // A parent that does not exist, an empty name, and a cycle are refused.
            await #expect(throws: WardError.self) {
                try await store.organizations.create(
                    Organization(
                        name: "Orphan",
                        kind: .clinic,
                        sizeTier: .small,
                        parentID: UUID()
                    )
                )
            }
            await #expect(throws: WardError.self) {
                try await store.organizations.create(Organization(name: "   ", kind: .clinic, sizeTier: .small))
            }
            var looped = system
            looped.parentID = hospital.id
            let cycle = await #expect(throws: WardError.self) { try await store.organizations.update(looped) }
            #expect(cycle?.location == "parentID")

            var renamed = hospital
            renamed.sizeTier = .large
            try await store.organizations.update(renamed)
            #expect(try await store.organizations.get(hospital.id)?.sizeTier == .large)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func usersAndMemberships(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            let user = try await store.users.create(
                User(email: "Nurse@Clinic.Example", displayName: "Nurse"),
                passwordHash: "$2b$12$abc"
            )
            #expect(user.email == "nurse@clinic.example")
            let duplicate = await #expect(throws: WardError.self) {
                try await store.users.create(
                    User(email: "nurse@clinic.example", displayName: "Again"),
                    passwordHash: nil
                )
            }
            #expect(duplicate?.code == .conflict)
            #expect(try await store.users.credentials(email: "NURSE@clinic.example")?.passwordHash == "$2b$12$abc")

            try await store.memberships.add(Membership(organizationID: clinic.id, userID: user.id, role: .viewer))
            #expect(try await store.memberships.role(of: user.id, in: clinic.id) == .viewer)
            let membership = try #require(try await store.memberships.membership(of: user.id, in: clinic.id))
            #expect(membership.organization == clinic && membership.role == .viewer)
            #expect(try await store.memberships.membership(of: user.id, in: UUID()) == nil)
            await #expect(throws: WardError.self) {
                try await store.memberships.add(Membership(organizationID: clinic.id, userID: user.id, role: .admin))
            }
            try await store.memberships.changeRole(of: user.id, in: clinic.id, to: .owner)
            #expect(try await store.memberships.ownerCount(of: clinic.id) == 1)
            #expect(try await store.memberships.organizations(of: user.id).map(\.role) == [.owner])
            try await store.memberships.remove(user.id, from: clinic.id)
            #expect(try await store.memberships.role(of: user.id, in: clinic.id) == nil)
            await #expect(throws: WardError.self) { try await store.memberships.remove(user.id, from: clinic.id) }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func organizationScopedRecordsStayInTheirOrganization(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let a = try await store.organizations.create(Organization(name: "A", kind: .clinic, sizeTier: .small))
            let b = try await store.organizations.create(Organization(name: "B", kind: .hospital, sizeTier: .medium))
            let entry = try await store.scope.add(ScopeEntry.parse("10.0.0.0/8", kind: .include), organizationID: a.id)
            let window = try await store.scope.add(try ScanWindow("mon-fri 22:00-05:00 UTC"), organizationID: a.id)
            let token = TokenRecords.Token(
                organizationID: a.id,
                name: "t",
                role: .viewer,
                prefix: "ward_ab",
                createdBy: nil
            )
            try await store.tokens.create(token, hash: "hash-a")

            // Through organization B, A's objects do not exist.
            #expect(try await store.scope.entries(organizationID: b.id).isEmpty)
            let removeEntry = await #expect(throws: WardError.self) {
                try await store.scope.remove(entryID: entry.id, organizationID: b.id)
            }
            #expect(removeEntry?.code == .notFound)
            await #expect(throws: WardError.self) {
                try await store.scope.remove(windowID: window.id, organizationID: b.id)
            }
            await #expect(throws: WardError.self) {
                try await store.tokens.revoke(id: token.id, organizationID: b.id, at: Date())
            }
            #expect(try await store.tokens.list(organizationID: b.id).isEmpty)
            // And still exist through A.
            #expect(try await store.scope.entries(organizationID: a.id).map(\.id) == [entry.id])
            #expect(try await store.tokens.get(hash: "hash-a")?.revokedAt == nil)

            // Duplicate entries are refused; the whole scope comes back as a decidable Scope.
            await #expect(throws: WardError.self) {
                try await store.scope.add(ScopeEntry.parse("10.0.0.0/8", kind: .include), organizationID: a.id)
            }
            let scope = try await store.scope.scope(organizationID: a.id)
            #expect(scope.entries.count == 1 && scope.windows.count == 1)
            // The one-query listing returns exactly what the two separate reads return.
            try await store.scope.add(
                ScopeEntry.parse("10.9.0.0/16", kind: .exclude, note: "lab"),
                organizationID: a.id
            )
            let listing = try await store.scope.listing(organizationID: a.id)
            #expect(listing.entries == (try await store.scope.entries(organizationID: a.id)))
            #expect(listing.windows == (try await store.scope.windows(organizationID: a.id)))
            #expect(listing.entries.map(\.kind) == [.include, .exclude])
            #expect(try await store.scope.listing(organizationID: b.id).entries.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func tokensResolveWithTheirCreator(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            let admin = try await store.users.create(
                User(email: "admin@clinic.example", displayName: "Admin"),
                passwordHash: nil
            )
            try await store.memberships.add(Membership(organizationID: clinic.id, userID: admin.id, role: .admin))
            let token = TokenRecords.Token(
                organizationID: clinic.id,
                name: "siem",
                role: .analyst,
                prefix: "ward_xy",
                createdBy: admin.id,
                expiresAt: Date().addingTimeInterval(3600)
            )
            try await store.tokens.create(token, hash: "h1")

            let resolved = try #require(try await store.tokens.resolve(hash: "h1"))
            #expect(resolved.token.id == token.id)
            #expect(resolved.owner?.email == "admin@clinic.example")
            #expect(resolved.ownerRole == .admin)
            #expect(try await store.tokens.resolve(hash: "unknown") == nil)

            try await store.memberships.remove(admin.id, from: clinic.id)
            #expect(try await store.tokens.resolve(hash: "h1")?.ownerRole == nil)

            let revoked = try await store.tokens.revoke(id: token.id, organizationID: clinic.id, at: Date())
            #expect(revoked.revokedAt != nil)
            #expect(revoked.isActive(at: Date()) == false)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func sessionsExpire(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let user = try await store.users.create(
                User(email: "u@clinic.example", displayName: "U"),
                passwordHash: nil
            )
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let session = SessionRecords.Session(
                idHash: "s1",
                userID: user.id,
                csrfToken: "c",
                secondFactorPending: false,
                createdAt: now,
                lastSeenAt: now,
                expiresAt: now.addingTimeInterval(60),
                sourceAddress: "127.0.0.1"
            )
            try await store.sessions.create(session)
            #expect(try await store.sessions.get(idHash: "s1", now: now.addingTimeInterval(59)) == session)
            #expect(try await store.sessions.get(idHash: "s1", now: now.addingTimeInterval(60)) == nil)
            try await store.sessions.touch(
                idHash: "s1",
                now: now.addingTimeInterval(30),
                expiresAt: now.addingTimeInterval(120)
            )
            #expect(try await store.sessions.get(idHash: "s1", now: now.addingTimeInterval(90)) != nil)
            #expect(try await store.sessions.purgeExpired(now: now.addingTimeInterval(121)) == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func loginThrottleLocksAfterTheLimitAndResets(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let throttle = database.store.loginThrottle
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            for attempt in 0..<4 {
                let locked = try await throttle.recordFailure(
                    "account:a",
                    now: start.addingTimeInterval(Double(attempt)),
                    window: 900,
                    limit: 5,
                    lockout: 600
                )
                #expect(locked == nil)
            }
            #expect(try await throttle.lockedUntil("account:a", now: start) == nil)
            let until = try await throttle.recordFailure(
                "account:a",
                now: start.addingTimeInterval(5),
                window: 900,
                limit: 5,
                lockout: 600
            )
            #expect(until == start.addingTimeInterval(605))
            #expect(try await throttle.lockedUntil("account:a", now: start.addingTimeInterval(600)) != nil)
            #expect(try await throttle.lockedUntil("account:a", now: start.addingTimeInterval(606)) == nil)
            // Failures outside the window start a new count.
            #expect(
                try await throttle.recordFailure(
                    "account:a",
                    now: start.addingTimeInterval(2000),
                    window: 900,
                    limit: 5,
                    lockout: 600
                ) == nil
            )
            try await throttle.reset("account:a")
            #expect(try await throttle.lockedUntil("account:a", now: start) == nil)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func setupLinksWorkOnce(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let links = database.store.setupTokens
            let now = Date()
            try await links.create(hash: "first", purpose: .setup, now: now, expiresAt: now.addingTimeInterval(60))
            try await links.create(hash: "second", purpose: .setup, now: now, expiresAt: now.addingTimeInterval(60))
            #expect(try await links.purpose(hash: "first", now: now) == nil, "a newer setup link replaces the older")
            #expect(try await links.purpose(hash: "second", now: now.addingTimeInterval(61)) == nil, "expired")
            // Two redeemers at once: exactly one wins.
            async let one = links.consume(hash: "second", now: now)
            async let two = links.consume(hash: "second", now: now)
            let results = try await [one, two]
            #expect(results.compactMap { $0 }.count == 1)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func auditTrailShowsAnOrganizationItsOwnEventsAndItsMembersSignIns(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let a = try await store.organizations.create(Organization(name: "A", kind: .clinic, sizeTier: .small))
            let b = try await store.organizations.create(Organization(name: "B", kind: .clinic, sizeTier: .small))
            let member = try await store.users.create(User(email: "m@a.example", displayName: "M"), passwordHash: nil)
            let outsider = try await store.users.create(User(email: "o@b.example", displayName: "O"), passwordHash: nil)
            try await store.memberships.add(Membership(organizationID: a.id, userID: member.id, role: .auditor))
            let base = Date(timeIntervalSince1970: 1_800_000_000)
            let events = [
                AuditEvent(
                    occurredAt: base,
                    organizationID: nil,
                    actorUserID: member.id,
                    actor: "m@a.example",
                    action: .login
                ),
                AuditEvent(
                    occurredAt: base.addingTimeInterval(1),
                    organizationID: nil,
                    actorUserID: outsider.id,
                    actor: "o@b.example",
                    action: .loginFailed,
                    outcome: .failure
                ),
                AuditEvent(
                    occurredAt: base.addingTimeInterval(2),
                    organizationID: a.id,
                    actorUserID: member.id,
                    actor: "m@a.example",
                    action: .tokenCreated,
                    target: "token:1",
                    details: ["role": "viewer"]
                ),
                AuditEvent(
                    occurredAt: base.addingTimeInterval(3),
                    organizationID: b.id,
                    actorUserID: outsider.id,
                    actor: "o@b.example",
                    action: .scopeChanged
                ),
            ]
            for event in events { try await store.audit.append(event) }
            let trail = try await store.audit.list(organizationID: a.id)
            #expect(
                trail.map(\.action) == [.tokenCreated, .login],
                "newest first; B's events and outsiders' sign-ins excluded"
            )
            #expect(trail.first?.details == ["role": "viewer"])
            #expect(
                try await store.audit.list(organizationID: a.id, before: base.addingTimeInterval(2)).map(\.action) == [
                    .login
                ]
            )
        }
    }

    @Test(arguments: TestDatabase.engines)
    func backupIsAConsistentCopy(engine: DatabaseEngine) async throws {
        if engine == .postgres {
            // pg_dump must exist where the PostgreSQL suite runs; CI installs it with the server.
            try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/pg_dump"), "pg_dump is not installed")
        }
        try await TestDatabase.with(engine) { database in
            let store = database.store
            try await store.organizations.create(Organization(name: "Backed up", kind: .clinic, sizeTier: .small))
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "ward-backup-\(UUID().uuidString)"
            )
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("copy").path
            try await database.backup(to: path)
            #expect(FileManager.default.fileExists(atPath: path))
            let again = await #expect(throws: WardError.self) { try await database.backup(to: path) }
            #expect(again?.code == .conflict)
            if engine == .sqlite {
                let copy = try await Database.open(.sqlite(path: path), logger: TestDatabase.logger)
                let names = try await copy.store.organizations.all().map(\.name)
                await copy.close()
                #expect(names == ["Backed up"])
            } else {
                let header = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 5)
                #expect(header == Data("PGDMP".utf8), "a pg_dump custom-format archive")
            }
        }
    }
}
