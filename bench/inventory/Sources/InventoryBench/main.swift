import Foundation
import Logging
import SQLKit
import WardCore
import WardIntel
import WardInterop
import WardServer
import WardStore

// InventoryBench nmap FILE sqlite|postgres     import one nmap file into a new database; prints seconds and peak RSS
// InventoryBench parse FILE                    the limit: stream-parse the same file with Ward's reader, no database
// InventoryBench findings sqlite|postgres [N]  a page of 50 open high-and-up findings, oldest first, out of N (1M)

var logger = Logger(label: "bench")
logger.logLevel = .error

/// Peak resident memory of this process so far, in MiB (VmHWM).
func peakMiB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

func configuration(_ engine: String) throws -> (DatabaseConfiguration, () async throws -> Void) {
    if engine == "sqlite" {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ward-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (
            .sqlite(path: folder.appendingPathComponent("ward.sqlite").path),
            { try FileManager.default.removeItem(at: folder) }
        )
    }
    guard let url = ProcessInfo.processInfo.environment["WARD_BENCH_POSTGRES_URL"] else {
        throw WardError(.configuration, "set WARD_BENCH_POSTGRES_URL to a database the bench may fill")
    }
    return (.postgres(url: url), {})
}

func open(_ engine: String) async throws -> (Database, () async throws -> Void) {
    let (config, cleanup) = try configuration(engine)
    let database = try await Database.open(config, logger: logger)
    if engine == "postgres" {
        // A clean slate in the bench database.
        try await database.sql.raw("DROP SCHEMA public CASCADE").run()
        try await database.sql.raw("CREATE SCHEMA public").run()
    }
    try await Migrator(database: database, logger: logger).migrate()
    return (database, cleanup)
}

func organization(_ database: Database) async throws -> Organization {
    try await database.store.organizations.create(Organization(name: "Bench Health", kind: .hospital, sizeTier: .large))
}

let arguments = CommandLine.arguments
switch arguments.count > 1 ? arguments[1] : "" {
case "nmap":
    let (database, cleanup) = try await open(arguments[3])
    let clinic = try await organization(database)
    let start = ContinuousClock.now
    let result = try await InventoryService(database: database).importNmap(
        contentsOf: URL(fileURLWithPath: arguments[2]),
        file: "bench.xml",
        organizationID: clinic.id,
        actor: .cli
    )
    let seconds =
        Double((ContinuousClock.now - start).components.attoseconds) / 1e18
        + Double((ContinuousClock.now - start).components.seconds)
    print(
        String(
            format: "ward-import hosts=%d created=%d seconds=%.2f peak_mib=%.0f",
            result.hostsRead,
            result.created,
            seconds,
            peakMiB()
        )
    )
    await database.close()
    try await cleanup()

case "parse":
    let start = ContinuousClock.now
    var hosts = 0
    var ports = 0
    _ = try NmapXMLReader.read(contentsOf: URL(fileURLWithPath: arguments[2])) { host in
        hosts += 1
        ports += host.ports.count
    }
    let elapsed = ContinuousClock.now - start
    print(
        String(
            format: "ward-reader-only hosts=%d ports=%d seconds=%.2f peak_mib=%.0f",
            hosts,
            ports,
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            peakMiB()
        )
    )

case "findings":
    let engine = arguments[2]
    let total = arguments.count > 3 ? Int(arguments[3]) ?? 1_000_000 : 1_000_000
    let (database, cleanup) = try await open(engine)
    let clinic = try await organization(database)
    let org = clinic.id.uuidString.lowercased()
    // One asset per 10 findings; severities spread info 40 %, low 25 %, medium 20 %, high 10 %, critical 5 %;
    // 80 % open. Bodies are real Finding JSON so the page decodes what Ward decodes.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .millisecondsSince1970
    let base = Date(timeIntervalSince1970: 1_780_000_000)
    let seedStart = ContinuousClock.now
    var index = 0
    while index < total {
        let batch = min(1_000, total - index)
        var rows: [SQLQueryString] = []
        for offset in 0..<batch {
            let n = index + offset
            let rank = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4][n % 20]
            let severity = Severity.allCases[rank]
            var finding = Finding(
                assetID: UUID(),
                port: 443,
                transport: "tcp",
                source: "nessus",
                rule: "\(100_000 + n)",
                title: "Finding \(n)",
                severity: severity,
                firstSeen: base.addingTimeInterval(Double(n % 500_000) * 60)
            )
            if n % 5 == 4 {
                finding.status = .closed
                finding.closedAt = finding.firstSeen.addingTimeInterval(Double(n % 90 + 1) * 86_400)
            }
            // One in fifty is in the KEV catalog, due 21 days after it was first seen.
            if n % 50 == 7 { finding.kevDueDate = CalendarDate(finding.firstSeen.addingTimeInterval(21 * 86_400)) }
            let body = String(decoding: try encoder.encode(finding), as: UTF8.self)
            let kevDue = finding.kevDueDate.map { RemediationPolicy.kevDeadline($0).milliseconds }
            let mitigation = finding.closedAt.map { $0.milliseconds - finding.firstSeen.milliseconds }
            rows.append(
                "(\(bind: org), \(bind: finding.key), \(bind: finding.assetID.uuidString.lowercased()), \(bind: rank), \(bind: finding.status.rawValue), \(bind: finding.firstSeen.milliseconds), \(bind: finding.lastSeen.milliseconds), \(bind: kevDue), \(bind: mitigation), \(bind: body))"
            )
        }
        let insert: SQLQueryString = """
            INSERT INTO findings (organization_id, finding_key, asset_id, severity_rank, status, first_seen, last_seen,
                                  kev_due, mitigation_ms, body)
            VALUES \(rows.joined(separator: ", "))
            """
        let _: Void = try await database.sql.raw(insert).run()
        index += batch
    }
    // Fresh statistics, as a database that has lived with its data would have.
    let analyze: SQLQueryString = engine == "postgres" ? "ANALYZE findings" : "ANALYZE"
    let _: Void = try await database.sql.raw(analyze).run()
    let seeded = ContinuousClock.now - seedStart
    print("seeded \(total) findings in \(seeded.components.seconds) s")

    func percentiles(_ samples: [Duration]) -> (p50: Double, p99: Double) {
        let sorted = samples.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }
            .sorted()
        return (sorted[sorted.count / 2], sorted[min(sorted.count - 1, sorted.count * 99 / 100)])
    }
    let runs = 200
    for round in 1...3 {
        var ward: [Duration] = []
        var limit: [Duration] = []
        var pages = 0
        for _ in 0..<runs {
            let t0 = ContinuousClock.now
            let page = try await database.store.findings.list(
                organizationID: clinic.id,
                status: .open,
                minimumSeverity: .high,
                limit: 50
            )
            ward.append(ContinuousClock.now - t0)
            pages += page.count
            // The limit: the same rows by the same query through the bare driver, bodies returned undecoded.
            let t1 = ContinuousClock.now
            let raw: [any SQLRow] = try await database.sql.raw(
                """
                SELECT body FROM findings WHERE organization_id = \(bind: org) AND status = 'open'
                  AND severity_rank >= 3 ORDER BY first_seen, finding_key LIMIT 50
                """
            ).all()
            limit.append(ContinuousClock.now - t1)
            precondition(raw.count == 50 && page.count == 50)
        }
        let w = percentiles(ward)
        let l = percentiles(limit)
        print(
            String(
                format: "round %d %@: ward p50 %.2f ms p99 %.2f ms | limit p50 %.2f ms p99 %.2f ms | ratio p50 %.2f",
                round,
                engine,
                w.p50,
                w.p99,
                l.p50,
                l.p99,
                w.p50 / l.p50
            )
        )
    }

    // The remediation figures of the findings page and `GET …/findings/remediation`: counted by the database
    // (Ward), against the way Ward computed them before (every finding read and decoded, then counted in memory).
    let now = base.addingTimeInterval(400 * 86_400)
    let policy = RemediationPolicy()
    for round in 1...3 {
        var samples: [Duration] = []
        var counted: FindingMetrics?
        for _ in 0..<10 {
            let t0 = ContinuousClock.now
            counted = try await database.store.findings.metrics(organizationID: clinic.id, at: now, policy: policy)
            samples.append(ContinuousClock.now - t0)
        }
        let w = percentiles(samples)
        var line = String(format: "round %d %@: metrics in SQL p50 %.1f ms p99 %.1f ms", round, engine, w.p50, w.p99)
        if round == 1 {
            // Once: it reads every body.
            let t0 = ContinuousClock.now
            let all = try await database.store.findings.all(organizationID: clinic.id)
            let computed = FindingMetrics.compute(Array(all.values), at: now, policy: policy)
            let spent = ContinuousClock.now - t0
            let ms = Double(spent.components.seconds) * 1000 + Double(spent.components.attoseconds) / 1e15
            precondition(computed.openBySeverity == counted?.openBySeverity && computed.overdue == counted?.overdue)
            line += String(
                format: " | read all and compute %.0f ms | ratio %.0f, peak %.0f MiB",
                ms,
                ms / w.p50,
                peakMiB()
            )
        }
        print(line)
    }
    await database.close()
    try await cleanup()

case "kev":
    // The full KEV catalog imported into a new database, then the same catalog again (nothing to write), then a
    // catalog with one entry more; the limit is reading the file into typed entries.
    let file = URL(fileURLWithPath: arguments[2])
    let (database, cleanup) = try await open(arguments[3])
    let data = try Data(contentsOf: file)
    var parseStart = ContinuousClock.now
    var catalog = try KEVReader.read(data, file: file.lastPathComponent)
    let parse = ContinuousClock.now - parseStart
    let full = catalog
    for round in 0..<2 {
        let start = ContinuousClock.now
        let result = try await database.transaction { store in
            try await store.intelFeeds.importKEV(full, file: FeedFile(source: "kev.json", data: data), at: Date())
        }
        print("kev-import round=\(round + 1) seconds=\(ContinuousClock.now - start) new=\(result.added.count)")
    }
    catalog.catalogVersion += "-plus-one"
    catalog.vulnerabilities.append(
        KEVEntry(
            cveID: "CVE-2099-0001",
            vendorProject: "Bench",
            product: "Bench",
            vulnerabilityName: "Bench",
            dateAdded: "2099-01-01",
            shortDescription: "",
            requiredAction: "",
            dueDate: "2099-01-15",
            knownRansomwareCampaignUse: "Unknown"
        )
    )
    parseStart = ContinuousClock.now
    let plusOne = catalog
    let changed = try await database.transaction { store in
        try await store.intelFeeds.importKEV(
            plusOne,
            file: FeedFile(source: "kev-plus-one.json", data: data + Data("x".utf8)),
            at: Date()
        )
    }
    print("kev-import one-more seconds=\(ContinuousClock.now - parseStart) new=\(changed.added.count)")
    print("limit-parse seconds=\(parse) entries=\(catalog.vulnerabilities.count - 1)")
    await database.close()
    try await cleanup()

default:
    print("usage: InventoryBench nmap FILE ENGINE | parse FILE | findings ENGINE [N]")
}
