import Foundation
import Testing
import WardCore

@testable import WardInterop

/// The Nessus v2 export in ../shared/data/nessus (ruby-nessus's example, MIT).
@Suite struct NessusReaderTests {
    static var sharedFile: URL? {
        let here = URL(fileURLWithPath: #filePath)
        let repository = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["WARD_SHARED_DATA"].map { URL(fileURLWithPath: $0) },
            repository.deletingLastPathComponent().appendingPathComponent("shared/data"),
            URL(fileURLWithPath: "/work/shared/data"),
        ].compactMap { $0 }.map { $0.appendingPathComponent("nessus/example_v2.nessus") }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The export as published is not well-formed XML: line 1488 has a stray `<` (`</description><<plugin_…`).
    /// Ward refuses it with that place and imports nothing.
    @Test(.enabled(if: sharedFile != nil, "needs ../shared/data/nessus/example_v2.nessus"))
    func refusesTheMalformedSharedExportWithItsLocation() throws {
        let data = try Data(contentsOf: try #require(Self.sharedFile))
        var seen = 0
        do {
            _ = try NessusReader.read(data, file: "example_v2.nessus") { _ in seen += 1 }
            Issue.record("a malformed file was accepted")
        } catch let error as WardError {
            #expect(error.location == "example_v2.nessus")
            #expect(error.message.contains("line 1488"), "\(error.message)")
            #expect(error.message.contains("nothing imported"))
        }
        #expect(seen == 0, "no host of a file that fails is handed on")
    }

    /// With that one stray character removed, the whole export reads.
    @Test(.enabled(if: sharedFile != nil, "needs ../shared/data/nessus/example_v2.nessus"))
    func readsTheSharedExportOnceRepaired() throws {
        let text = String(decoding: try Data(contentsOf: try #require(Self.sharedFile)), as: UTF8.self)
        let repaired = text.replacingOccurrences(
            of: "</description><<plugin_publication_date>",
            with: "</description><plugin_publication_date>"
        )
        #expect(repaired != text)
        let data = Data(repaired.utf8)
        var hosts: [NessusHost] = []
        let count = try NessusReader.read(data, file: "example_v2.nessus") { hosts.append($0) }
        #expect(count == 2)
        #expect(hosts.map(\.name) == ["snorby.org", "scanme.insecure.org"])
        #expect(hosts[0].address == "173.45.230.150" && hosts[0].operatingSystem == "NetBSD 3.0")
        #expect(hosts.map(\.items.count).reduce(0, +) == 69)
        let robots = try #require(hosts[0].items.first { $0.pluginID == "10302" })
        #expect(robots.port == 9090 && robots.transport == "tcp" && robots.severity == 1 && robots.wardSeverity == .low)
        #expect(robots.synopsis == "The remote web server contains a 'robots.txt' file.")
        #expect(robots.output?.contains("Disallow: /") == true)
    }

    @Test func readsCVEsAndScoresAndRefusesBadFiles() throws {
        let sample = """
            <?xml version="1.0" ?>
            <NessusClientData_v2><Report name="r">
            <ReportHost name="10.20.0.9"><HostProperties><tag name="host-ip">10.20.0.9</tag><tag name="mac-address">00:09:fb:aa:bb:cc</tag></HostProperties>
            <ReportItem port="445" svc_name="cifs" protocol="tcp" severity="4" pluginID="97833" pluginName="MS17-010" pluginFamily="Windows">
            <cve>CVE-2017-0143</cve><cve>CVE-2017-0144</cve><cvss3_base_score>8.1</cvss3_base_score><solution>Apply MS17-010.</solution>
            </ReportItem></ReportHost></Report></NessusClientData_v2>
            """
        var hosts: [NessusHost] = []
        _ = try NessusReader.read(Data(sample.utf8), file: "s.nessus") { hosts.append($0) }
        let item = try #require(hosts.first?.items.first)
        #expect(
            item.cves == ["CVE-2017-0143", "CVE-2017-0144"] && item.cvss3BaseScore == 8.1
                && item.wardSeverity == .critical
        )
        #expect(hosts.first?.mac == "00:09:FB:AA:BB:CC")
        #expect(throws: WardError.self) {
            try NessusReader.read(Data(sample.prefix(200).utf8), file: "cut.nessus") { _ in }
        }
        let hostile =
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><NessusClientData_v2/>"
        #expect(throws: WardError.self) { try NessusReader.read(Data(hostile.utf8), file: "x.nessus") { _ in } }
        #expect(throws: WardError.self) { try NessusReader.read(Data("<nmaprun/>".utf8), file: "wrong.xml") { _ in } }
    }
}
