import Foundation
import Testing
import WardCore

@testable import WardScanner

/// The lab end to end: a sweep of a real Orthanc (DICOM and its REST/DICOMweb port, both on ports nmap does not
/// associate with them), an hl7apy MLLP listener, MariaDB and Mosquitto on free ports, identification of every open
/// port, and the exposure rules that the facts trigger.
@Suite struct ClinicalIdentificationTests {
    /// Sweeps and identifies the ports of 127.0.0.1 with `profile`; facts by port, and the rules they trigger.
    static func identify(
        ports: [Int],
        dicomPorts: Set<Int> = [],
        profile: SafetyProfile
    ) async throws -> (facts: [Int: [String: String]], rules: Set<String>) {
        let (scans, _) = await ConnectScanner(profile: .fast).scan(
            [try IPAddress("127.0.0.1")],
            ports: PortList(ports: ports)
        )
        let found = await ServiceIdentifier(profile: profile, dicomPorts: dicomPorts, timeout: .seconds(10))
            .identify(scans)
        let facts = found["127.0.0.1"] ?? [:]
        let services = scans.flatMap { scan in
            scan.ports.map { ObservedService(port: $0.port, state: $0.state, facts: facts[$0.port] ?? [:]) }
        }
        return (facts, Set(ExposureRule.evaluate(services).map { "\($0.rule.id)@\($0.port)" }))
    }

    @Test(
        .enabled(if: OrthancPeer.available || WebPeers.required, "Orthanc is not installed (apt-get install orthanc)"),
        .timeLimit(.minutes(3))
    )
    func anOpenOrthancIsRecognisedOnBothPortsAndBecomesFindings() async throws {
        let orthanc = try #require(OrthancPeer.orthanc, "WARD_REQUIRE_PEERS=1 but Orthanc is missing")
        let version = try await OrthancPeer.version(orthanc)
        try await OrthancPeer.run(orthanc, password: nil) { httpPort, dicomPort in
            // No hint that the DICOM port is one: the standard profile tries an association on what nothing else
            // recognised.
            let (standard, rules) = try await Self.identify(ports: [httpPort, dicomPort], profile: .standard)
            let web = try #require(standard[httpPort], "the REST port was identified")
            #expect(web["service"] == "http" && web["product"] == "Orthanc" && web["version"] == version, "\(web)")
            #expect(web["cpe"] == "cpe:2.3:a:orthanc-server:orthanc:\(version):*:*:*:*:*:*:*")
            #expect(web["dicomweb.unauthenticated"] == "true" && web["orthanc.unauthenticated"] == "true")
            let dicom = try #require(standard[dicomPort], "the DICOM port was identified")
            #expect(dicom["service"] == "dicom", "\(dicom)")
            #expect(rules.contains("exposure.pacs-api-open@\(httpPort)"), "\(rules)")
            #expect(rules.contains("exposure.dicomweb-open@\(httpPort)"), "\(rules)")
            #expect(rules.contains("exposure.admin-console@\(httpPort)"), "Orthanc Explorer: \(rules)")

            // The gentle profile sends no DICOM association and no DICOMweb query, but still knows Orthanc.
            let (gentle, gentleRules) = try await Self.identify(
                ports: [httpPort, dicomPort],
                dicomPorts: [dicomPort],
                profile: .gentle
            )
            #expect(gentle[httpPort]?["product"] == "Orthanc" && gentle[dicomPort]?["service"] != "dicom")
            #expect(gentle[httpPort]?.keys.contains { $0.hasPrefix("dicomweb.") } == false)
            #expect(gentleRules.contains("exposure.pacs-api-open@\(httpPort)"))
            #expect(!gentleRules.contains("exposure.dicomweb-open@\(httpPort)"))
        }
    }

    @Test(
        .enabled(if: ClinicalPeers.python != nil || WebPeers.required, "python3 is not installed"),
        .timeLimit(.minutes(2))
    )
    func anHL7ListenerOnAnyPortIsFoundOutsideTheGentleProfile() async throws {
        let directory = try DCMTK.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("received.log")
        let (standard, gentle) = try await ClinicalPeers.withListener(mode: "accept", log: log) { port in
            let standard = try await Self.identify(ports: [port], profile: .standard)
            let gentle = try await Self.identify(ports: [port], profile: .gentle)
            return (standard.facts[port] ?? [:], (gentle.facts[port] ?? [:], port, standard.rules))
        }
        let (gentleFacts, port, rules) = gentle
        #expect(standard["service"] == "hl7-mllp" && standard["hl7.ack_code"] == "AA", "\(standard)")
        #expect(rules.contains("exposure.hl7-mllp@\(port)"), "found on a port that is not 2575: \(rules)")
        #expect(gentleFacts["service"] == nil, "the gentle profile sends no HL7 message: \(gentleFacts)")
        let received = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(received.split(separator: "\n").count == 1, "one message, from the standard profile only")
    }

    @Test(
        .enabled(if: MariaDBPeer.available || BannerPeers.required, "mariadb-server is not installed"),
        .timeLimit(.minutes(5))
    )
    func mariaDBOnAnyPortIsADatabaseExposure() async throws {
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let template = try await MariaDBPeer.initialize(in: directory)
        let (facts, rules, port) = try await MariaDBPeer.withServer(copying: template, in: directory, name: "any") {
            port in
            // Ready means greeting, not only accepting (see RemoteAccessPeers.waitForGreeting).
            try await RemoteAccessPeers.waitForGreeting(port: port, prefix: "")
            let found = try await Self.identify(ports: [port], profile: .gentle)
            return (found.facts[port] ?? [:], found.rules, port)
        }
        #expect(facts["service"] == "mysql" && facts["product"] == "MariaDB", "\(facts)")
        #expect(facts["cpe"]?.hasPrefix("cpe:2.3:a:mariadb:mariadb:") == true)
        #expect(rules.contains("exposure.database@\(port)"), "a database found by its greeting: \(rules)")
    }

    @Test(
        .enabled(if: MosquittoPeer.available || BannerPeers.required, "mosquitto is not installed"),
        .timeLimit(.minutes(2))
    )
    func anAnonymousBrokerIsFoundOutsideTheGentleProfile() async throws {
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (standard, gentle, port) = try await MosquittoPeer.withBroker(
            in: directory,
            name: "open",
            settings: ["allow_anonymous true"]
        ) { port in
            (
                try await Self.identify(ports: [port], profile: .standard),
                try await Self.identify(ports: [port], profile: .gentle), port
            )
        }
        #expect(standard.facts[port]?["service"] == "mqtt", "\(standard.facts)")
        #expect(standard.rules.contains("exposure.mqtt-anonymous@\(port)"), "\(standard.rules)")
        #expect(gentle.facts[port]?["service"] != "mqtt", "the gentle profile sends no CONNECT")
    }

    @Test(
        .enabled(
            if: RemoteAccessPeers.xvnc != nil || BannerPeers.required,
            "tigervnc-standalone-server is not installed"
        ),
        .timeLimit(.minutes(2))
    )
    func vncWithoutAPasswordOnAnUnusualPortIsFoundByItsGreeting() async throws {
        let xvnc = try #require(RemoteAccessPeers.xvnc, "WARD_REQUIRE_PEERS=1 but Xvnc is missing")
        let directory = try BannerPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let display = try RemoteAccessPeers.freeDisplay()
        let (found, port) = try await RemoteAccessPeers.withServer(xvnc, in: directory) { port in
            [
                ":\(display)", "-rfbport", "\(port)", "-interface", "127.0.0.1", "-nolisten", "tcp", "-geometry",
                "640x480",
            ]
                + ["-SecurityTypes", "None"]
        } cleanup: { pid in
            RemoteAccessPeers.removeLeftovers(display: display, of: pid)
        } body: { port in
            try await RemoteAccessPeers.waitForGreeting(port: port, prefix: "RFB ")
            return (try await Self.identify(ports: [port], profile: .gentle), port)
        }
        let facts = found.facts[port] ?? [:]
        #expect(facts["service"] == "vnc" && facts["vnc.unauthenticated"] == "true", "\(facts)")
        #expect(found.rules.contains("exposure.vnc-no-auth@\(port)"), "\(found.rules)")
        #expect(found.rules.contains("exposure.vnc@\(port)"), "VNC found on a port that is not 5900-5903")
    }
}
