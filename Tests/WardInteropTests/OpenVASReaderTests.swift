import Foundation
import Testing
import WardCore

@testable import WardInterop

/// GVM XML reports written for these tests: an imaging network with a PACS server, a modality workstation and an
/// IPv6-only DICOM router.
@Suite struct OpenVASReaderTests {
    /// The `get_reports_response` form: an outer report with the task, an inner report with the data.
    static let wrapped = """
        <?xml version="1.0" encoding="UTF-8"?>
        <get_reports_response status="200" status_text="OK">
          <report id="5f1c0d2e-0000-4000-8000-00000000a001" format_id="ward-test-format" extension="xml" content_type="text/xml">
            <owner><name>ward-tests</name></owner>
            <name>2024-05-02T08:00:05Z</name>
            <task id="5f1c0d2e-0000-4000-8000-00000000b001"><name>Imaging VLAN weekly</name></task>
            <report id="5f1c0d2e-0000-4000-8000-00000000a001">
              <gmp><version>22.4</version></gmp>
              <scan_run_status>Done</scan_run_status>
              <hosts><count>3</count></hosts>
              <ports start="1" max="-1">
                <count>6</count>
                <port><host>10.20.1.5</host>443/tcp<severity>5.0</severity><threat>Medium</threat></port>
                <port><host>10.20.1.5</host>general/tcp<severity>0.0</severity><threat>Log</threat></port>
                <port><host>10.20.1.7</host>22/tcp<severity>7.5</severity><threat>High</threat></port>
                <port><host>10.20.1.7</host>3389/tcp<severity>0.0</severity><threat>Log</threat></port>
                <port><host>10.20.1.7</host>general/icmp<severity>2.1</severity><threat>Low</threat></port>
                <port><host>2001:db8:0:7::15</host>104/tcp<severity>9.8</severity><threat>Critical</threat></port>
              </ports>
              <results start="1" max="-1">
                <result id="r-0001">
                  <name>TLS: Server Accepts Legacy Protocol Versions</name>
                  <owner><name>ward-tests</name></owner>
                  <host>10.20.1.5<asset asset_id="a-0005"/><hostname>pacs01.imaging.example</hostname></host>
                  <port>443/tcp</port>
                  <nvt oid="1.3.6.1.4.1.25623.1.0.990001">
                    <type>nvt</type>
                    <name>TLS: Server Accepts Legacy Protocol Versions</name>
                    <family>SSL and TLS</family>
                    <cvss_base>4.3</cvss_base>
                    <tags>cvss_base_vector=AV:N/AC:M/Au:N/C:P/I:N/A:N|summary=The server still negotiates TLS 1.0 and 1.1.|insight=Both versions use weak hashing.|solution=Turn off TLS 1.0 and 1.1 in the server settings.|solution_type=Mitigation</tags>
                    <solution type="Mitigation">Allow only TLS 1.2 and newer.</solution>
                    <refs>
                      <ref type="cve" id="CVE-2011-3389"/>
                      <ref type="url" id="https://example.org/advisories/legacy-tls"/>
                      <ref type="cve" id="CVE-2015-0204"/>
                      <ref type="cert-bund" id="WID-SEC-0000-0001"/>
                    </refs>
                  </nvt>
                  <threat>Medium</threat>
                  <severity>5.0</severity>
                  <qod><value>98</value><type>remote_active</type></qod>
                  <description>Accepted protocols: TLSv1.0, TLSv1.1 &amp; TLSv1.2</description>
                  <detection>
                    <result id="r-detect-1">
                      <details>
                        <detail><name>product</name><value>cpe:/a:example:pacs_web:3.1</value></detail>
                        <detail><name>source_name</name><value>Web server detection</value></detail>
                      </details>
                    </result>
                  </detection>
                  <notes/>
                  <overrides/>
                </result>
                <result id="r-0002">
                  <name>OS Detection Consolidation and Reporting</name>
                  <host>10.20.1.5<asset asset_id="a-0005"/><hostname>pacs01.imaging.example</hostname></host>
                  <port>general/tcp</port>
                  <nvt oid="1.3.6.1.4.1.25623.1.0.990002">
                    <type>nvt</type>
                    <name>OS Detection Consolidation and Reporting</name>
                    <family>Product detection</family>
                    <cvss_base>0.0</cvss_base>
                    <tags>cvss_base_vector=AV:N/AC:L/Au:N/C:N/I:N/A:N|summary=Collects what the other tests learnt about the operating system.|solution_type=</tags>
                    <refs/>
                  </nvt>
                  <threat>Log</threat>
                  <severity>0.0</severity>
                  <qod><value>80</value></qod>
                  <description>Best matching OS: Debian GNU/Linux 12</description>
                </result>
                <result id="r-0003">
                  <name>SSH: Prefix Truncation Weakness</name>
                  <host>10.20.1.7<asset asset_id="a-0007"/><hostname>ct-console-2</hostname></host>
                  <port>22/tcp</port>
                  <nvt oid="1.3.6.1.4.1.25623.1.0.990003">
                    <name>SSH: Prefix Truncation Weakness</name>
                    <family>General</family>
                    <cvss_base>7.5</cvss_base>
                    <cve>CVE-2023-48795, cve-2023-00001, NOCVE</cve>
                    <tags>summary=The SSH server offers ciphers open to prefix truncation.|solution=Update the SSH server | or turn off the chacha20-poly1305 cipher.|solution_type=VendorFix</tags>
                  </nvt>
                  <threat>High</threat>
                  <severity>7.5</severity>
                  <qod><value>70</value></qod>
                  <description>
        The remote server offers: chacha20-poly1305@openssh.com
        </description>
                  <overrides>
                    <override id="o-1">
                      <nvt oid="1.3.6.1.4.1.25623.1.0.999999"><name>Someone else's test</name></nvt>
                      <text>Accepted for the console until the vendor patch.</text>
                      <threat>High</threat>
                      <new_threat>Log</new_threat>
                      <severity>7.5</severity>
                    </override>
                  </overrides>
                </result>
                <result id="r-0004">
                  <name>ICMP Timestamp Reply Information Disclosure</name>
                  <host>10.20.1.7<asset asset_id="a-0007"/><hostname></hostname></host>
                  <port>general/icmp</port>
                  <nvt oid="1.3.6.1.4.1.25623.1.0.990004">
                    <name>ICMP Timestamp Reply Information Disclosure</name>
                    <family>General</family>
                    <tags>summary=The host answers ICMP timestamp requests.</tags>
                    <refs><ref type="cve" id="CVE-1999-0524"/></refs>
                  </nvt>
                  <threat>Low</threat>
                  <severity>2.1</severity>
                  <qod><value>80</value></qod>
                  <description/>
                </result>
                <result id="r-0005">
                  <name>DICOM: Association Accepted From Any Calling AE Title</name>
                  <host>2001:DB8:0:7::15<asset asset_id="a-0015"/><hostname>dicom-router.imaging.example</hostname></host>
                  <port>104/tcp</port>
                  <nvt oid="1.3.6.1.4.1.25623.1.0.990005">
                    <name>DICOM: Association Accepted From Any Calling AE Title</name>
                    <family>Medical devices</family>
                    <cvss_base>9.8</cvss_base>
                    <tags>summary=The DICOM service accepts associations from unknown AE titles.|solution_type=Workaround</tags>
                    <solution type="Workaround">Restrict the accepted calling AE titles and source addresses.</solution>
                    <refs><ref type="url" id="https://example.org/dicom-ae"/></refs>
                  </nvt>
                  <threat>Critical</threat>
                  <severity>9.8</severity>
                  <qod><value>95</value></qod>
                  <description>C-ECHO accepted from calling AE title WARD-PROBE</description>
                </result>
                <result id="r-0006">
                  <name>HTTP Server Banner Discloses Version</name>
                  <host>10.20.1.7<asset asset_id="a-0007"/></host>
                  <port>80/tcp</port>
                  <nvt oid="1.3.6.1.4.1.25623.1.0.990006">
                    <name>HTTP Server Banner Discloses Version</name>
                    <family>Web application abuses</family>
                    <cvss_base>5.3</cvss_base>
                  </nvt>
                  <threat>False Positive</threat>
                  <severity>-1.0</severity>
                  <qod><value>30</value></qod>
                  <description>Server: example-httpd</description>
                </result>
              </results>
              <result_count>6<full>6</full><filtered>6</filtered></result_count>
              <severity><full>9.8</full><filtered>9.8</filtered></severity>
              <host>
                <ip>10.20.1.5</ip>
                <asset asset_id="a-0005"/>
                <start>2024-05-02T08:00:09Z</start>
                <end>2024-05-02T08:21:40Z</end>
                <detail><name>hostname</name><value>pacs01.imaging.example</value></detail>
                <detail><name>best_os_cpe</name><value>cpe:/o:debian:debian_linux:12</value></detail>
                <detail><name>best_os_txt</name><value>Debian GNU/Linux 12</value></detail>
                <detail><name>MAC</name><value>00:1b:21:aa:10:05</value></detail>
                <detail><name>tcp_ports</name><value>443,8080</value></detail>
              </host>
              <host>
                <ip>10.20.1.7</ip>
                <start>2024-05-02T08:00:09Z</start>
                <end>2024-05-02T08:30:02Z</end>
                <detail><name>hostname</name><value>ct-console-2.imaging.example</value></detail>
              </host>
              <host>
                <ip>2001:DB8:0:7::15</ip>
                <detail><name>best_os_txt</name><value>Linux Kernel</value></detail>
              </host>
              <scan_start>2024-05-02T08:00:05Z</scan_start>
              <scan_end>2024-05-02T08:30:10Z</scan_end>
              <timestamp>2024-05-02T07:59:58Z</timestamp>
              <errors><count>0</count></errors>
            </report>
          </report>
        </get_reports_response>
        """

    /// A bare `<report>` document of a scan someone stopped, as an older OpenVAS wrote it (`service (port/transport)`).
    static let stopped = """
        <report id="5f1c0d2e-0000-4000-8000-00000000a002">
          <scan_run_status>Stopped</scan_run_status>
          <timestamp>2024-06-10T22:15:00Z</timestamp>
          <results>
            <result>
              <host>192.168.40.12</host>
              <port>https (8443/tcp)</port>
              <nvt oid="1.3.6.1.4.1.25623.1.0.990010">
                <name>Infusion Pump Gateway Default Credentials</name>
                <cvss_base>10.0</cvss_base>
              </nvt>
              <threat>High</threat>
              <description>Logged in as admin/admin</description>
            </result>
            <result>
              <host>192.168.40.12</host>
              <port>package</port>
              <nvt oid="1.3.6.1.4.1.25623.1.0.990011"><name>Missing Vendor Update</name></nvt>
              <threat>Medium</threat>
            </result>
          </results>
        </report>
        """

    static func readAll(_ text: String, file: String = "report.xml") throws -> ([OpenVASHost], OpenVASRunSummary) {
        var hosts: [OpenVASHost] = []
        let summary = try OpenVASReader.read(Data(text.utf8), file: file) { hosts.append($0) }
        return (hosts, summary)
    }

    @Test func readsTheWrappedReportIntoHostsInOrderOfFirstMention() throws {
        let (hosts, summary) = try Self.readAll(Self.wrapped)
        #expect(hosts.map(\.address) == ["10.20.1.5", "10.20.1.7", "2001:db8:0:7::15"])
        #expect(summary.hostsRead == 3 && summary.resultsRead == 6)
        #expect(summary.scanStatus == "Done" && summary.finished)
        #expect(summary.startedAt == Date(timeIntervalSince1970: 1_714_636_805))
        // The detection's inner <result> and the override's <nvt> are not results of their own.
        #expect(hosts.flatMap(\.results).map(\.id) == ["r-0001", "r-0002", "r-0003", "r-0004", "r-0006", "r-0005"])
        #expect(hosts.flatMap(\.results).allSatisfy { $0.oid != "1.3.6.1.4.1.25623.1.0.999999" })
    }

    @Test func mergesHostDetailsPortsAndResultsByAddress() throws {
        let (hosts, _) = try Self.readAll(Self.wrapped)
        let pacs = hosts[0]
        #expect(pacs.hostnames == ["pacs01.imaging.example"])
        #expect(pacs.mac == "00:1B:21:AA:10:05")
        #expect(pacs.operatingSystem == "Debian GNU/Linux 12")
        #expect(pacs.osCPE == "cpe:/o:debian:debian_linux:12")
        #expect(
            pacs.openPorts == [OpenVASPort(number: 443, transport: "tcp"), OpenVASPort(number: 8080, transport: "tcp")]
        )

        let console = hosts[1]
        #expect(console.hostnames == ["ct-console-2", "ct-console-2.imaging.example"])
        #expect(console.mac == nil && console.operatingSystem == nil)
        // 3389 only in the port list, 80 only from a result; general/icmp is no port.
        #expect(console.openPorts.map(\.number) == [22, 80, 3389])
        #expect(console.results.map(\.name).first == "SSH: Prefix Truncation Weakness")

        let router = hosts[2]
        #expect(router.hostnames == ["dicom-router.imaging.example"])
        #expect(router.operatingSystem == "Linux Kernel")
        #expect(router.openPorts == [OpenVASPort(number: 104, transport: "tcp")])
        #expect(router.results.count == 1)
    }

    @Test func readsEveryFieldOfAResult() throws {
        let (hosts, _) = try Self.readAll(Self.wrapped)
        let tls = try #require(hosts[0].results.first)
        #expect(tls.id == "r-0001")
        #expect(tls.oid == "1.3.6.1.4.1.25623.1.0.990001")
        #expect(tls.name == "TLS: Server Accepts Legacy Protocol Versions")
        #expect(tls.family == "SSL and TLS")
        #expect(tls.port == 443 && tls.transport == "tcp")
        #expect(tls.threat == "Medium" && tls.severityScore == 5.0 && tls.qod == 98)
        #expect(tls.cves == ["CVE-2011-3389", "CVE-2015-0204"])
        // The <solution> element wins over the solution tag; the summary comes from the tags.
        #expect(tls.solution == "Allow only TLS 1.2 and newer.")
        #expect(tls.summary == "The server still negotiates TLS 1.0 and 1.1.")
        #expect(tls.output == "Accepted protocols: TLSv1.0, TLSv1.1 & TLSv1.2")
        #expect(tls.wardSeverity == .medium && !tls.isFalsePositiveOverride)

        let os = hosts[0].results[1]
        #expect(os.port == nil && os.transport == "tcp")
        #expect(os.threat == "Log" && os.wardSeverity == .info && os.cves.isEmpty && os.qod == 80)
        #expect(os.solution == nil)
    }

    @Test func readsTheOlderCVEListAndTakesTheSolutionFromTheTags() throws {
        let (hosts, _) = try Self.readAll(Self.wrapped)
        let ssh = try #require(hosts[1].results.first { $0.id == "r-0003" })
        #expect(ssh.cves == ["CVE-2023-48795", "CVE-2023-00001"])
        #expect(ssh.solution == "Update the SSH server | or turn off the chacha20-poly1305 cipher.")
        #expect(ssh.summary == "The SSH server offers ciphers open to prefix truncation.")
        #expect(ssh.output == "The remote server offers: chacha20-poly1305@openssh.com")
        #expect(ssh.threat == "High" && ssh.wardSeverity == .high)

        let icmp = try #require(hosts[1].results.first { $0.id == "r-0004" })
        #expect(icmp.port == nil && icmp.transport == "icmp")
        #expect(icmp.cves == ["CVE-1999-0524"] && icmp.wardSeverity == .low)
        #expect(icmp.output == nil && icmp.severityScore == 2.1)
    }

    @Test func ratesCriticalAndFalsePositiveResults() throws {
        let (hosts, _) = try Self.readAll(Self.wrapped)
        let dicom = try #require(hosts[2].results.first)
        #expect(dicom.port == 104 && dicom.family == "Medical devices")
        #expect(dicom.severityScore == 9.8 && dicom.wardSeverity == .critical)
        #expect(dicom.cves.isEmpty)
        #expect(dicom.solution == "Restrict the accepted calling AE titles and source addresses.")

        let banner = try #require(hosts[1].results.first { $0.id == "r-0006" })
        #expect(banner.isFalsePositiveOverride)
        #expect(banner.severityScore == -1.0 && banner.wardSeverity == .info)
    }

    @Test func readsABareReportOfAStoppedScan() throws {
        let (hosts, summary) = try Self.readAll(Self.stopped)
        #expect(summary.scanStatus == "Stopped" && !summary.finished)
        #expect(summary.startedAt == Date(timeIntervalSince1970: 1_718_057_700))
        #expect(summary.hostsRead == 1 && summary.resultsRead == 2)
        let host = try #require(hosts.first)
        #expect(host.address == "192.168.40.12" && host.hostnames.isEmpty)
        #expect(host.openPorts == [OpenVASPort(number: 8443, transport: "tcp")])
        let credentials = host.results[0]
        #expect(credentials.id == nil && credentials.port == 8443 && credentials.transport == "tcp")
        // Without a result severity, the test's CVSS base score stands in.
        #expect(credentials.severityScore == 10.0 && credentials.wardSeverity == .critical)
        let update = host.results[1]
        #expect(update.port == nil && update.transport == nil)
        #expect(update.severityScore == nil && update.wardSeverity == .medium)
    }

    @Test(
        arguments: [
            ("443/tcp", 443, "tcp"),
            ("161/UDP", 161, "udp"),
            ("general/tcp", nil, "tcp"),
            ("general/icmp", nil, "icmp"),
            ("general/CPE-T", nil, nil),
            ("package", nil, nil),
            ("www (80/tcp)", 80, "tcp"),
            ("70000/tcp", nil, "tcp"),
        ] as [(String, Int?, String?)]
    )
    func splitsPorts(text: String, number: Int?, transport: String?) {
        let port = OpenVASReader.port(text)
        #expect(port.number == number && port.transport == transport)
    }

    @Test func cutsLongOutputAndKeepsTextWhole() throws {
        let long = String(repeating: "é", count: 40_000)  // 80,000 bytes of two-byte characters
        let text = """
            <report><results><result id="x"><host>10.0.0.1</host><port>80/tcp</port>
            <nvt oid="1.3.6.1.4.1.25623.1.0.990020"><name>Long</name></nvt><threat>Log</threat>
            <description>\(long)</description></result></results><scan_run_status>Done</scan_run_status></report>
            """
        let (hosts, _) = try Self.readAll(text)
        let output = try #require(hosts.first?.results.first?.output)
        #expect(output.hasPrefix(String(repeating: "é", count: 32_768)))
        #expect(!output.hasPrefix(String(repeating: "é", count: 32_769)))
        #expect(output.hasSuffix("longer than 64 KiB]"))
    }

    @Test func refusesATruncatedReportAndHandsOnNoHost() throws {
        let lines = Self.wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(60).joined(separator: "\n")
        var seen = 0
        do {
            _ = try OpenVASReader.read(Data(cut.utf8), file: "cut.xml") { _ in seen += 1 }
            Issue.record("a truncated report was accepted")
        } catch let error as WardError {
            #expect(error.code == .invalidInput)
            #expect(error.location == "cut.xml")
            #expect(error.message.contains("line 60"), "\(error.message)")
            #expect(error.message.contains("ends early or is malformed"))
            #expect(error.message.contains("nothing imported"))
        }
        #expect(seen == 0, "no host of a file that fails is handed on")
    }

    @Test func refusesEntityDeclarations() throws {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE report [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <report><results><result><host>10.0.0.1</host><description>&secret;</description></result></results></report>
            """
        var seen = 0
        do {
            _ = try OpenVASReader.read(Data(hostile.utf8), file: "hostile.xml") { _ in seen += 1 }
            Issue.record("a report with entity declarations was accepted")
        } catch let error as WardError {
            #expect(error.code == .invalidInput)
            #expect(error.message.contains("declares XML entities"), "\(error.message)")
            #expect(error.message.contains("nothing imported"))
        }
        #expect(seen == 0)
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<nmaprun scanner=\"nmap\"><host/></nmaprun>", "the document is <nmaprun>"),
        (
            "<get_reports_response status=\"404\" status_text=\"Failed to find report\"/>",
            "the scanner answered 404 Failed to find report"
        ),
    ])
    func refusesXMLThatIsNotAReport(text: String, detail: String) throws {
        var seen = 0
        do {
            _ = try OpenVASReader.read(Data(text.utf8), file: "other.xml") { _ in seen += 1 }
            Issue.record("XML that is not a GVM report was accepted")
        } catch let error as WardError {
            #expect(error.code == .invalidInput)
            #expect(error.message.contains("not an OpenVAS/GVM report"), "\(error.message)")
            #expect(error.message.contains(detail), "\(error.message)")
            #expect(error.message.contains("nothing imported"))
        }
        #expect(seen == 0)
    }

    @Test func readsTagsWithPipesInTheirValues() {
        let tags = OpenVASReader.tags("summary=a|b|insight=x = y|solution_type=VendorFix|summary=ignored")
        #expect(tags["summary"] == "a|b")
        #expect(tags["insight"] == "x = y")
        #expect(tags["solution_type"] == "VendorFix")
    }
}
