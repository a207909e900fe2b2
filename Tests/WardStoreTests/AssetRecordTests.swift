import Foundation
import Testing
import WardCore
import WardStore
import WardTesting

/// Looking up many assets at once: by merge key for imports, by identifier for names.
@Suite("Asset lookups, on every engine")
struct AssetRecordTests {
    static func asset(
        _ organization: UUID,
        _ name: String,
        addresses: [String] = [],
        macs: [String] = [],
        hostnames: [String] = []
    ) -> Asset {
        let seen = Date(timeIntervalSince1970: 1_800_000_000)
        return Asset(
            organizationID: organization,
            name: name,
            addresses: addresses,
            macs: macs,
            hostnames: hostnames,
            firstSeen: seen,
            lastSeen: seen
        )
    }

    @Test(arguments: TestDatabase.engines)
    func matchesByKindAndValueAndNamesByIdentifier(engine: DatabaseEngine) async throws {
        try await TestDatabase.with(engine) { database in
            let store = database.store
            let (clinic, other) = try await TestDatabase.twoClinics(store)
            // 450 assets: more than one chunk of 400 values of a kind.
            let assets = (0..<450).map { index in
                Self.asset(
                    clinic.id,
                    "device-\(index)",
                    addresses: ["10.1.\(index / 200).\(index % 200 + 1)"],
                    macs: [String(format: "00:11:22:33:%02X:%02X", index / 256, index % 256)],
                    hostnames: ["device-\(index).clinic.example"]
                )
            }
            try await database.transaction { store in
                try await store.assets.insertNew(assets) { AssetChange(at: $0.firstSeen, source: "test", changes: [:]) }
            }
            // The same address in another organization belongs to that organization only.
            let stranger = Self.asset(other.id, "stranger", addresses: ["10.1.0.1"])
            try await store.assets.save(stranger, isNew: true, change: nil)

            let observations =
                [
                    // Found by MAC (the strongest key), though its address is new.
                    Self.asset(clinic.id, "seen", addresses: ["10.9.9.9"], macs: ["00:11:22:33:00:05"]),
                    // Found by address.
                    Self.asset(clinic.id, "seen", addresses: ["10.1.2.50"]),
                    // A host name that is some asset's address is not that asset: keys match within their kind.
                    Self.asset(clinic.id, "seen", hostnames: ["10.1.0.7"]),
                    // Found by host name, in any case.
                    Self.asset(clinic.id, "seen", hostnames: ["DEVICE-449.clinic.example"]),
                ]
                + (0..<420).map { Self.asset(clinic.id, "seen", addresses: [assets[$0].addresses[0]]) }
            let matched = try await store.assets.matches(observations)
            #expect(matched.count == observations.count)
            #expect(matched[0]?.name == "device-5")
            #expect(matched[1]?.name == "device-\(2 * 200 + 49)")
            #expect(matched[2] == nil)
            #expect(matched[3]?.name == "device-449")
            #expect(matched[4...].map { $0?.name } == (0..<420).map { "device-\($0)" })

            let wanted = Set(assets.indices.filter { $0 % 2 == 0 }.map { assets[$0].id } + [stranger.id, UUID()])
            let names = try await store.assets.names(of: wanted, organizationID: clinic.id)
            #expect(names.count == 225, "the other organization's asset and an unknown id are left out")
            #expect(names[assets[448].id] == "device-448" && names[assets[1].id] == nil)
            #expect(try await store.assets.names(of: [], organizationID: clinic.id).isEmpty)
        }
    }
}
