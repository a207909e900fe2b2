import Foundation
import Testing
import WardCore

@testable import WardInterop

#if canImport(Glibc)
    import Glibc
#endif

/// nmap's XML, read host by host: a fixture in nmap 7.93's format, then the real nmap scanning a loopback listener.
@Suite struct NmapXMLReaderTests {
    static let sample = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE nmaprun>
        <nmaprun scanner="nmap" args="nmap -sV -O -oX - 10.20.0.0/30" start="1796009505" version="7.93" xmloutputversion="1.05">
        <host><status state="up" reason="arp-response"/>
        <address addr="10.20.0.5" addrtype="ipv4"/><address addr="00:09:FB:12:34:56" addrtype="mac" vendor="Philips Medical Systems"/>
        <hostnames><hostname name="pacs.clinic.example" type="PTR"/></hostnames>
        <ports>
        <port protocol="tcp" portid="104"><state state="open" reason="syn-ack"/><service name="dicom" product="Orthanc" version="1.12.1"><cpe>cpe:/a:orthanc-server:orthanc:1.12.1</cpe></service></port>
        <port protocol="tcp" portid="3389"><state state="open" reason="syn-ack"/><service name="ms-wbt-server"/><script id="rdp-ntlm-info" output="Target_Name: CLINIC"/></port>
        <port protocol="tcp" portid="23"><state state="filtered" reason="no-response"/></port>
        </ports>
        <os><osmatch name="Linux 5.4" accuracy="96"/></os>
        </host>
        <host><status state="up" reason="echo-reply"/><address addr="fd12:3456:789a::10" addrtype="ipv6"/><ports/></host>
        <runstats><finished time="1796009532" exit="success"/><hosts up="2" down="0" total="2"/></runstats>
        </nmaprun>
        """

    @Test func readsHostsPortsServicesScriptsAndOS() throws {
        var hosts: [ScannedHost] = []
        let summary = try NmapXMLReader.read(Data(Self.sample.utf8), file: "scan.xml") { hosts.append($0) }
        #expect(summary.finished && summary.hostsRead == 2 && summary.scannerVersion == "7.93")
        let pacs = try #require(hosts.first)
        #expect(pacs.addresses == ["10.20.0.5"])
        #expect(pacs.mac == "00:09:FB:12:34:56" && pacs.macVendor == "Philips Medical Systems")
        #expect(pacs.hostnames == ["pacs.clinic.example"])
        #expect(pacs.ports.map(\.number) == [104, 3389, 23])
        #expect(pacs.ports[0].product == "Orthanc" && pacs.ports[0].cpes == ["cpe:/a:orthanc-server:orthanc:1.12.1"])
        #expect(pacs.ports[1].scripts == [ScriptOutput(id: "rdp-ntlm-info", output: "Target_Name: CLINIC")])
        #expect(pacs.ports[2].state == "filtered")
        #expect(pacs.osMatches.first?.name == "Linux 5.4")
        #expect(hosts[1].addresses == ["fd12:3456:789a::10"])
    }

    @Test func readsAFileAsAStream() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-nmap-\(UUID().uuidString).xml")
        try Data(Self.sample.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var count = 0
        let summary = try NmapXMLReader.read(contentsOf: url) { _ in count += 1 }
        #expect(count == 2 && summary.hostsRead == 2)
    }

    @Test func truncatedFilesSayHowFarTheyGotAndImportNothing() {
        let cut = String(
            Self.sample.prefix(
                upTo: Self.sample.range(of: "<host><status state=\"up\" reason=\"echo-reply\"")!.upperBound
            )
        )
        var seen = 0
        do {
            _ = try NmapXMLReader.read(Data(cut.utf8), file: "cut.xml") { _ in seen += 1 }
            Issue.record("a truncated file was accepted")
        } catch let error as WardError {
            #expect(error.location == "cut.xml")
            #expect(error.message.contains("1 hosts read before it; nothing imported"), "\(error.message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func entitiesAreRefused() {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE nmaprun [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <nmaprun><host><hostnames><hostname name="&secret;"/></hostnames></host></nmaprun>
            """
        #expect(throws: WardError.self) { try NmapXMLReader.read(Data(hostile.utf8), file: "x.xml") { _ in } }
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE nmaprun [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <nmaprun><host><hostnames><hostname name="&b;"/></hostnames></host></nmaprun>
            """
        #expect(throws: WardError.self) { try NmapXMLReader.read(Data(bomb.utf8), file: "bomb.xml") { _ in } }
        #expect(throws: WardError.self) {
            try NmapXMLReader.read(Data("<html><body/></html>".utf8), file: "page.html") { _ in }
        }
    }

    static var nmapPath: String? {
        ["/usr/bin/nmap", "/usr/local/bin/nmap"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The real nmap 7.93 (Debian) scans a listener this test opens on loopback, and the reader reads its XML.
    @Test(
        .enabled(
            if: nmapPath != nil || ProcessInfo.processInfo.environment["WARD_REQUIRE_NMAP"] == "1",
            "needs Debian's nmap"
        )
    )
    func readsRealNmapOutputFromALoopbackScan() throws {
        let nmap = try #require(Self.nmapPath, "WARD_REQUIRE_NMAP=1 but nmap is not installed")
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
        }
        #expect(bound == 0)
        #expect(listen(listener, 8) == 0)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        // Only loopback, only two ports: the open listener and port 1, which nothing here listens on.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nmap)
        process.arguments = [
            "-sT", "-Pn", "-n", "-p", "\(port),1", "--max-retries", "1", "--host-timeout", "30s", "-oX", "-",
            "127.0.0.1",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var hosts: [ScannedHost] = []
        let summary = try NmapXMLReader.read(data, file: "nmap.xml") { hosts.append($0) }
        #expect(summary.scannerVersion != nil && summary.finished)
        let host = try #require(hosts.first)
        #expect(host.addresses == ["127.0.0.1"] && host.state == "up")
        #expect(host.ports.first { $0.number == port }?.state == "open")
        #expect(host.ports.first { $0.number == 1 }?.state == "closed")
    }
}

@Suite struct InterfaceVendorTests {
    static let installed = InterfaceVendors.installed()

    @Test func prefixesAndMedicalMakers() {
        let registry = InterfaceVendors(prefixes: [
            "0009FB": "Philips Patient Monitoring", "70B3D5123": "Small Device Maker",
        ])
        #expect(registry.vendor(ofMAC: "00:09:fb:12:34:56") == "Philips Patient Monitoring")
        #expect(registry.vendor(ofMAC: "70-B3-D5-12-34-56") == "Small Device Maker")  // the longer prefix wins
        #expect(registry.vendor(ofMAC: "not a mac") == nil)
        #expect(MedicalManufacturers.matches("Philips Patient Monitoring"))
        #expect(MedicalManufacturers.matches("Baxter Healthcare"))
        #expect(!MedicalManufacturers.matches("Dell Inc."))
        #expect(!MedicalManufacturers.matches(nil))
    }

    /// Debian's ieee-data: the registry Ward reads on a real install.
    @Test(
        .enabled(
            if: installed != nil || ProcessInfo.processInfo.environment["WARD_REQUIRE_IEEE_DATA"] == "1",
            "needs Debian's ieee-data"
        )
    )
    func theInstalledRegistryKnowsMedicalMakers() throws {
        let registry = try #require(Self.installed, "WARD_REQUIRE_IEEE_DATA=1 but /usr/share/ieee-data is missing")
        #expect(registry.count > 30_000)
        #expect(registry.vendor(ofMAC: "00:09:FB:00:00:01") == "Philips Patient Monitoring")
    }
}
