import Foundation
import WardCore
import WardScanner
import WardStore

extension DemoSeed {
    /// Yesterday night's scan of the main campus's office, server and imaging segments, in the standard profile, as Ward's scanner would have recorded it:
    /// the front-desk PCs with file sharing and Remote Desktop, the imaging workstation whose DICOM service accepts
    /// any caller and whose VNC asks for no password, and the EHR gateway's SSH and self-signed TLS; the monitor on
    /// the pump segment was left out, as the scope says. Its exposures become `ward-scanner` findings beside the
    /// imported Nessus ones.
    func seedScan(_ clinic: Organization, now: Date) async throws {
        let database = operations.database
        let started = Date(milliseconds: now.addingTimeInterval(-20 * 3_600).milliseconds)
        let finished = started.addingTimeInterval(968)
        func host(_ address: String, open: [Int], closed: [Int] = []) -> HostScan {
            HostScan(
                address: address,
                up: true,
                ports: (open.map { PortResult(port: $0, state: .open) }
                    + closed.map { PortResult(port: $0, state: .closed) })
                    .sorted { $0.port < $1.port },
                filteredCount: 0,
                profile: "standard",
                startedAt: started,
                finishedAt: finished
            )
        }
        let hosts = [
            host("10.20.10.11", open: [135, 445, 3389], closed: [22, 80]),
            host("10.20.10.12", open: [135, 445], closed: [22, 80, 3389]),
            host("10.20.20.5", open: [22, 443], closed: [80]),
            host("10.20.30.7", open: [104, 445, 5900], closed: [22, 80]),
        ]
        let facts: [String: [Int: [String: String]]] = [
            "10.20.10.11": [
                445: ["service": "smb", "product": "Windows file sharing", "smb.dialect": "2.1", "smb.smb1": "true"],
                3389: ["service": "rdp", "rdp.nla_required": "false"],
            ],
            "10.20.10.12": [445: ["service": "smb", "smb.dialect": "3.1.1", "smb.smb1": "false"]],
            "10.20.20.5": [
                22: [
                    "service": "ssh", "product": "OpenSSH", "version": "8.4p1",
                    "cpe": "cpe:2.3:a:openbsd:openssh:8.4:p1:*:*:*:*:*:*",
                ],
                443: [
                    "service": "tls", "tls": "true", "tls.version": "TLS 1.2", "tls.self_signed": "true",
                    "tls.legacy_versions": "false", "tls.subject": "ehr-gateway.cedarvalley.example",
                ],
            ],
            "10.20.30.7": [
                104: [
                    "service": "dicom", "dicom.service": "true", "dicom.accepts_any_caller": "true",
                    "dicom.implementation_version": "VIEWSTATION_42",
                ],
                5900: ["service": "vnc", "vnc.unauthenticated": "true", "vnc.security_types": "None"],
            ],
        ]
        let recorded = try await InventoryService(database: database, clock: operations.clock).recordScan(
            hosts,
            facts: facts,
            profile: "standard",
            organizationID: clinic.id,
            actor: .init(userID: nil, name: "analyst@cedarvalley.example")
        )
        let ports = PortList.clinicalDefault
        var run = ScanRun(
            organizationID: clinic.id,
            targets: ["10.20.10.0/24", "10.20.20.0/24", "10.20.30.0/24", "10.20.40.22"],
            ports: "clinical",
            profile: "standard",
            identify: true,
            requestedBy: "analyst@cedarvalley.example",
            requestedByUserID: nil,
            createdAt: started.addingTimeInterval(-2),
            addressesTotal: 768,
            pairsTotal: 768 * ports.ports.count,
            refused: [
                "10.20.40.22: excluded from the scope (Infusion pumps — vendor-managed, scan only with biomed present)"
            ]
        )
        run.state = .completed
        run.runner = "demo"
        run.startedAt = started
        run.heartbeatAt = finished
        run.finishedAt = finished
        run.pairsDone = run.pairsTotal
        run.openPorts = hosts.reduce(0) { $0 + $1.openPorts.count }
        run.summary = ScanRun.Summary(
            hostsScanned: run.addressesTotal,
            hostsUp: hosts.count,
            openPorts: run.openPorts,
            servicesIdentified: facts.values.reduce(0) { $0 + $1.count },
            attempts: run.pairsTotal * 2 - 21,
            peakAttemptsPerSecond: 64
        )
        run.summary?.add(recorded)
        try await database.store.scanRuns.insert(
            run,
            result: try ScanRunService.Result(hosts: hosts, facts: facts).stored()
        )
    }
}
