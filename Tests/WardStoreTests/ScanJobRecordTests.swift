import Foundation
import Testing
import WardCore
import WardStore
import WardTesting

/// Scan jobs and agents, on every engine: one pending job per target, each job claimed by exactly one runner.
@Suite("Scan jobs and agents, on every engine")
struct ScanJobRecordTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func job(_ organization: UUID, _ target: String, due: Date, agent: UUID? = nil) -> ScanJob {
        ScanJob(
            organizationID: organization,
            target: target,
            agentID: agent,
            ports: "22,443",
            reason: "never scanned",
            dueAt: due,
            createdAt: start
        )
    }

    @Test(arguments: TestDatabase.engines)
    func oneWaitingJobPerTargetAndTheLifeOfAJob(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            #expect(try await store.scanJobs.enqueue(job(clinic.id, "10.0.0.5", due: start)))
            #expect(try await !store.scanJobs.enqueue(job(clinic.id, "10.0.0.5", due: start)), "already waiting")
            #expect(try await store.scanJobs.enqueue(job(clinic.id, "10.0.0.6", due: start.addingTimeInterval(600))))

            // Only due jobs are claimed.
            let claimed = try await store.scanJobs.claim(runner: "replica-a", agentID: nil, limit: 10, at: start)
            #expect(claimed.map(\.target) == ["10.0.0.5"])
            #expect(claimed[0].state == .running && claimed[0].claimedBy == "replica-a" && claimed[0].attempts == 1)
            #expect(try await !store.scanJobs.enqueue(job(clinic.id, "10.0.0.5", due: start)), "still running")

            // Only the runner that holds a job finishes it.
            let stolen = await #expect(throws: WardError.self) {
                try await store.scanJobs.finish(
                    claimed[0].id,
                    runner: "replica-b",
                    state: .done,
                    hostUp: true,
                    result: "up",
                    at: start
                )
            }
            #expect(stolen?.code == .conflict)
            let silent = try await store.scanJobs.finish(
                claimed[0].id,
                runner: "replica-a",
                state: .done,
                hostUp: false,
                result: "no answer",
                at: start.addingTimeInterval(60)
            )
            #expect(silent.state == .done && silent.hostUp == false && silent.misses == 1)

            // The next job of the target counts the silences on.
            #expect(try await store.scanJobs.enqueue(job(clinic.id, "10.0.0.5", due: start.addingTimeInterval(120))))
            let again = try await store.scanJobs.claim(
                runner: "replica-a",
                agentID: nil,
                limit: 1,
                at: start.addingTimeInterval(130)
            )
            #expect(again.map(\.target) == ["10.0.0.5"])
            let secondMiss = try await store.scanJobs.finish(
                again[0].id,
                runner: "replica-a",
                state: .done,
                hostUp: false,
                result: "no answer",
                at: start.addingTimeInterval(140)
            )
            #expect(secondMiss.misses == 2)
            let latest = try await store.scanJobs.latest(organizationID: clinic.id)
            #expect(latest.finished["10.0.0.5"]?.id == again[0].id)
            #expect(latest.pending == ["10.0.0.6"])

            // A runner that went quiet loses its job after the lease.
            let held = try await store.scanJobs.claim(
                runner: "replica-b",
                agentID: nil,
                limit: 5,
                at: start.addingTimeInterval(700)
            )
            #expect(held.map(\.target) == ["10.0.0.6"])
            #expect(try await store.scanJobs.requeueStale(olderThan: 1_800, at: start.addingTimeInterval(1_000)) == 0)
            #expect(try await store.scanJobs.requeueStale(olderThan: 1_800, at: start.addingTimeInterval(2_600)) == 1)
            let retaken = try await store.scanJobs.claim(
                runner: "replica-a",
                agentID: nil,
                limit: 5,
                at: start.addingTimeInterval(2_600)
            )
            #expect(retaken.map(\.attempts) == [2])
        }
    }

    /// Eight runners claim from 240 due jobs at once, each on its own connection, until none are left: every job is
    /// claimed exactly once.
    @Test(arguments: TestDatabase.engines)
    func concurrentRunnersNeverTakeTheSameJob(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            for index in 0..<240 {
                try await store.scanJobs.enqueue(job(clinic.id, "10.1.\(index / 200).\(index % 200)", due: start))
            }
            let start = self.start
            let claims = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for runner in 0..<8 {
                    group.addTask {
                        var mine: [UUID] = []
                        // Bounded: 240 jobs, at least one per round while any are left.
                        for _ in 0..<240 {
                            let batch = try await database.store.scanJobs.claim(
                                runner: "replica-\(runner)",
                                agentID: nil,
                                limit: 7,
                                at: start
                            )
                            if batch.isEmpty { break }
                            #expect(batch.allSatisfy { $0.claimedBy == "replica-\(runner)" })
                            mine += batch.map(\.id)
                        }
                        return mine
                    }
                }
                var all: [[UUID]] = []
                for try await ids in group { all.append(ids) }
                return all
            }
            let flat = claims.flatMap { $0 }
            #expect(flat.count == 240, "every job claimed")
            #expect(Set(flat).count == 240, "no job claimed twice")
            #expect(claims.filter { !$0.isEmpty }.count > 1, "the work was shared")
            #expect(try await store.scanJobs.list(organizationID: clinic.id, state: .queued).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.engines)
    func agentsSeeOnlyTheirJobsAndRevokingCancelsThem(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            let other = try await store.organizations.create(
                Organization(name: "Other", kind: .clinic, sizeTier: .small)
            )
            let agent = ScanAgent(
                organizationID: clinic.id,
                name: "imaging segment",
                prefix: "wagent_abc123",
                segment: [try .parse("10.9.0.0/16", kind: .include)],
                createdBy: nil,
                createdAt: start
            )
            try await store.scanAgents.create(agent, hash: "hash-1")
            #expect(try await store.scanAgents.get(hash: "hash-1")?.segment == agent.segment)
            #expect(try await store.scanAgents.get(hash: "other") == nil)
            await #expect(throws: WardError.self) { try await store.scanAgents.get(agent.id, organizationID: other.id) }

            try await store.scanJobs.enqueue(job(clinic.id, "10.9.0.5", due: start, agent: agent.id))
            try await store.scanJobs.enqueue(job(clinic.id, "10.0.0.5", due: start))
            let serverJobs = try await store.scanJobs.claim(runner: "server", agentID: nil, limit: 10, at: start)
            #expect(serverJobs.map(\.target) == ["10.0.0.5"], "the server leaves the agent's job alone")

            let revoked = try await store.scanAgents.revoke(agent.id, organizationID: clinic.id, at: start)
            #expect(revoked.revokedAt == start)
            let cancelled = try await store.scanJobs.list(organizationID: clinic.id, state: .cancelled)
            #expect(cancelled.map(\.target) == ["10.9.0.5"])
            #expect(
                try await store.scanJobs.claim(runner: "agent", agentID: agent.id, limit: 10, at: start).isEmpty
            )
            await #expect(throws: WardError.self) {
                try await store.scanAgents.revoke(agent.id, organizationID: other.id, at: start)
            }
        }
    }

    @Test(arguments: TestDatabase.engines)
    func settingsAndWeeklySnapshots(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let clinic = try await store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            #expect(
                try await store.settings.get("remediation", as: RemediationPolicy.self, organizationID: clinic.id)
                    == nil
            )
            var policy = RemediationPolicy()
            policy.highDays = 14
            try await store.settings.put("remediation", policy, organizationID: clinic.id, at: start)
            policy.criticalDays = 7
            try await store.settings.put("remediation", policy, organizationID: clinic.id, at: start)
            #expect(
                try await store.settings.get("remediation", as: RemediationPolicy.self, organizationID: clinic.id)
                    == policy
            )

            let metrics = FindingMetrics(
                openBySeverity: [.high: 2],
                medianOpenAgeDays: 3,
                maximumOpenAgeDays: 5,
                medianDaysToMitigate: nil,
                overdue: 1
            )
            for week in ["2027-01-04", "2027-01-11"] {
                try await store.findingSnapshots.put(
                    .init(week: week, takenAt: start, metrics: metrics),
                    organizationID: clinic.id
                )
            }
            var later = metrics
            later.overdue = 0
            try await store.findingSnapshots.put(
                .init(week: "2027-01-11", takenAt: start.addingTimeInterval(86_400), metrics: later),
                organizationID: clinic.id
            )
            let weeks = try await store.findingSnapshots.list(organizationID: clinic.id)
            #expect(weeks.map(\.week) == ["2027-01-04", "2027-01-11"])
            #expect(weeks.map(\.metrics.overdue) == [1, 0], "the week keeps its last figures")
            #expect(weeks.first?.metrics.openBySeverity == [.high: 2])
        }
    }
}
