import Foundation
import Testing
import WardCore
import WardStore
import WardTesting

@testable import WardServer

/// The streaming nmap import: more hosts than fit in the batches in flight, a file that breaks after several batches
/// were written (nothing stays), and a re-import that changes nothing.
@Suite struct StreamingImportTests {
    static func nmap(hosts: Int, truncated: Bool = false) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE nmaprun>
            <nmaprun scanner="nmap" args="nmap -sV 10.0.0.0/16" start="1800000000" version="7.93" xmloutputversion="1.05">

            """
        for index in 0..<hosts {
            text += """
                <host><status state="up" reason="syn-ack"/><address addr="10.0.\(index / 250).\(index % 250 + 1)" addrtype="ipv4"/>
                <hostnames><hostname name="pc\(index).clinic.example" type="PTR"/></hostnames>
                <ports><port protocol="tcp" portid="\(index % 2 == 0 ? 22 : 3389)"><state state="open" reason="syn-ack"/>
                <service name="\(index % 2 == 0 ? "ssh" : "ms-wbt-server")"/></port></ports></host>

                """
        }
        if truncated { return text + "<host><status state=\"up\"/><address addr=\"10.9.9.9\" addr" }
        return text + "<runstats><finished time=\"1800003600\"/></runstats>\n</nmaprun>\n"
    }

    @Test(arguments: TestDatabase.engines)
    func streamsManyHostsAtomicallyAndReimportsWithoutChange(engine: DatabaseEngine) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ward-nmap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = folder.appendingPathComponent("full.xml")
        let broken = folder.appendingPathComponent("broken.xml")
        // 1,100 hosts: more than the four batches of 250 the parser may read ahead.
        try Self.nmap(hosts: 1_100).write(to: full, atomically: true, encoding: .utf8)
        try Self.nmap(hosts: 1_100, truncated: true).write(to: broken, atomically: true, encoding: .utf8)
        try await TestDatabase.with(engine) { database in
            let clinic = try await database.store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .medium)
            )
            let inventory = InventoryService(database: database)
            let failure = await #expect(throws: WardError.self) {
                try await inventory.importNmap(
                    contentsOf: broken,
                    file: "broken.xml",
                    organizationID: clinic.id,
                    actor: .cli
                )
            }
            #expect(failure?.message.contains("1100 hosts read before it") == true, "\(failure?.message ?? "")")
            #expect(failure?.message.contains("nothing imported") == true)
            #expect(try await database.store.assets.list(organizationID: clinic.id).isEmpty, "nothing stays")

            let first = try await inventory.importNmap(
                contentsOf: full,
                file: "full.xml",
                organizationID: clinic.id,
                actor: .cli
            )
            #expect(first.hostsRead == 1_100 && first.created == 1_100 && first.scanFinished)
            let assets = try await database.store.assets.list(organizationID: clinic.id)
            #expect(assets.count == 1_100)
            let rdp = try #require(assets.first { $0.hostnames == ["pc1.clinic.example"] })
            #expect(rdp.addresses == ["10.0.0.2"] && rdp.services.map(\.port) == [3389])
            #expect(rdp.lastSeen == Date(timeIntervalSince1970: 1_800_000_000), "stamped with the scan's start")

            let again = try await inventory.importNmap(
                contentsOf: full,
                file: "full.xml",
                organizationID: clinic.id,
                actor: .cli
            )
            #expect(again.created == 0 && again.updated == 0 && again.unchanged == 1_100)
        }
    }

    /// One device seen three times in one file (by MAC, then by an address it gained) is one asset.
    @Test(arguments: TestDatabase.engines)
    func oneDeviceSeenThriceInAFileIsOneAsset(engine: DatabaseEngine) async throws {
        let xml = """
            <?xml version="1.0"?><nmaprun scanner="nmap" start="1800000000">
            <host><status state="up"/><address addr="10.0.0.1" addrtype="ipv4"/><address addr="00:09:FB:00:00:01" addrtype="mac"/></host>
            <host><status state="up"/><address addr="10.0.0.2" addrtype="ipv4"/><address addr="00:09:FB:00:00:01" addrtype="mac"/></host>
            <host><status state="up"/><address addr="10.0.0.2" addrtype="ipv4"/><hostnames><hostname name="monitor-3"/></hostnames></host>
            <runstats><finished time="1800000100"/></runstats></nmaprun>
            """
        try await TestDatabase.with(engine) { database in
            let clinic = try await database.store.organizations.create(
                Organization(name: "Clinic", kind: .clinic, sizeTier: .small)
            )
            let result = try await InventoryService(database: database).importNmap(
                Data(xml.utf8),
                file: "thrice.xml",
                organizationID: clinic.id,
                actor: .cli
            )
            #expect(result.created == 1)
            let assets = try await database.store.assets.list(organizationID: clinic.id)
            #expect(assets.count == 1)
            #expect(assets.first?.addresses == ["10.0.0.1", "10.0.0.2"] && assets.first?.hostnames == ["monitor-3"])
        }
    }
}

/// The hand-off between the parser thread and the importer.
@Suite struct HostBatchesTests {
    /// A consumer that gives up with several batches in flight stops the parser at its next item, and nothing is
    /// left waiting. (With a DispatchSemaphore in place of the condition this released the semaphore below its
    /// starting value, which libdispatch answers by crashing the process.)
    @Test func aConsumerThatStopsEarlyStopsTheParser() async throws {
        let batches = HostBatches<Int, Int>(batchSize: 10, batchesInFlight: 3)
        let emitted = Counter()
        batches.start { emit in
            for item in 0..<100_000 {
                try emit(item)
                emitted.add()
            }
            return 100_000
        }
        var received = 0
        var ending: String?
        for await event in batches.events {
            switch event {
            case .items(let items):
                received += items.count
                // Consume nothing; once the parser waits for room, stop.
                if received == 10 {
                    for _ in 0..<1_500 where emitted.value < 39 { try await Task.sleep(for: .milliseconds(20)) }
                    batches.stop()
                }
            case .finished: ending = "finished"
            case .failed(let error): ending = error is CancellationError ? "stopped" : "\(error)"
            }
        }
        #expect(ending == "stopped")
        // Nothing was consumed: the parser handed over three batches (its limit), read nine items of a fourth, and
        // was waiting with the tenth when it was told to stop.
        #expect(emitted.value == 39, "emitted \(emitted.value)")
        #expect(received == 30)
    }

    /// Every item reaches the consumer in order when it keeps up.
    @Test func everyItemArrivesInOrder() async throws {
        let batches = HostBatches<Int, Int>(batchSize: 7, batchesInFlight: 2)
        batches.start { emit in
            for item in 0..<1_000 { try emit(item) }
            return 1_000
        }
        var items: [Int] = []
        var summary: Int?
        for await event in batches.events {
            switch event {
            case .items(let batch):
                items += batch
                batches.consumed()
            case .finished(let result): summary = result
            case .failed(let error): Issue.record("failed: \(error)")
            }
        }
        #expect(items == Array(0..<1_000))
        #expect(summary == 1_000)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
