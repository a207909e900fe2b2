import Foundation
import Testing
import WardCore
import WardIntel

/// CycloneDX features the public examples do not exercise: nested components, embedded VEX in both encodings,
/// and the refusals.
@Suite struct CycloneDXReaderTests {
    static let json = """
        {
          "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
          "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
          "metadata": {
            "timestamp": "2024-05-01T10:00:00Z",
            "tools": {"components": [{"type": "application", "name": "not-a-component"}]},
            "component": {"type": "device", "bom-ref": "pump", "name": "Infusion pump", "version": "3.1"}
          },
          "components": [
            {
              "type": "firmware", "bom-ref": "fw", "name": "pump-firmware", "version": "3.1.0",
              "supplier": {"name": "Acme Medical"},
              "components": [
                {
                  "type": "library", "bom-ref": "openssl", "name": "openssl", "version": "1.1.1k",
                  "purl": "pkg:generic/openssl@1.1.1k",
                  "cpe": "cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*",
                  "licenses": [{"license": {"id": "OpenSSL"}}],
                  "pedigree": {"ancestors": [{"type": "library", "name": "openssl-upstream", "version": "1.1.1k"}]},
                  "hashes": [{"alg": "SHA-256", "content": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],
                  "properties": [
                    {"name": "acme:cpe", "value": "cpe:2.3:a:openssl_project:openssl:1.1.1k:*:*:*:*:*:*:*"},
                    {"name": "acme:note", "value": "bundled"}
                  ]
                },
                {"type": "library", "name": "zlib", "version": "1.2.11", "publisher": "Jean-loup Gailly"}
              ]
            }
          ],
          "dependencies": [
            {"ref": "pump", "dependsOn": ["fw"]},
            {"ref": "fw", "dependsOn": ["openssl"]}
          ],
          "vulnerabilities": [
            {
              "id": "CVE-2021-3711",
              "analysis": {"state": "not_affected", "justification": "code_not_reachable", "detail": "SM2 is not used"},
              "affects": [{"ref": "openssl"}]
            },
            {
              "id": "CVE-2022-0778",
              "analysis": {"state": "resolved_with_pedigree"},
              "affects": [{"ref": "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#openssl"}]
            },
            {
              "id": "CVE-2023-0286",
              "analysis": {"state": "exploitable", "response": ["update"]},
              "affects": [{"ref": "pump"}]
            },
            {"id": "CVE-2023-0464", "affects": [{"ref": "openssl"}]}
          ]
        }
        """

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.5" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="1">
          <metadata>
            <timestamp>2024-05-01T10:00:00Z</timestamp>
            <tools><components><component type="application"><name>not-a-component</name></component></components></tools>
            <component type="device" bom-ref="pump"><name>Infusion pump</name><version>3.1</version></component>
          </metadata>
          <components>
            <component type="firmware" bom-ref="fw">
              <supplier><name>Acme Medical</name></supplier>
              <name>pump-firmware</name>
              <version>3.1.0</version>
              <components>
                <component type="library" bom-ref="openssl">
                  <name>openssl</name>
                  <version>1.1.1k</version>
                  <hashes><hash alg="SHA-256">9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</hash></hashes>
                  <licenses><license><id>OpenSSL</id></license></licenses>
                  <pedigree><ancestors><component type="library"><name>openssl-upstream</name><version>1.1.1k</version></component></ancestors></pedigree>
                  <cpe>cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*</cpe>
                  <purl><![CDATA[pkg:generic/openssl@1.1.1k]]></purl>
                  <properties>
                    <property name="acme:cpe">cpe:2.3:a:openssl_project:openssl:1.1.1k:*:*:*:*:*:*:*</property>
                    <property name="acme:note">bundled</property>
                  </properties>
                </component>
                <component type="library">
                  <publisher>Jean-loup Gailly</publisher>
                  <name>zlib</name>
                  <version>1.2.11</version>
                </component>
              </components>
            </component>
          </components>
          <dependencies>
            <dependency ref="pump"><dependency ref="fw"/></dependency>
            <dependency ref="fw"><dependency ref="openssl"/></dependency>
          </dependencies>
          <vulnerabilities>
            <vulnerability>
              <id>CVE-2021-3711</id>
              <analysis><state>not_affected</state><justification>code_not_reachable</justification><detail>SM2 is not used</detail></analysis>
              <affects><target><ref>openssl</ref></target></affects>
            </vulnerability>
            <vulnerability>
              <id>CVE-2022-0778</id>
              <analysis><state>resolved_with_pedigree</state></analysis>
              <affects><target><ref>urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#openssl</ref></target></affects>
            </vulnerability>
            <vulnerability>
              <id>CVE-2023-0286</id>
              <analysis><state>exploitable</state><response><response>update</response></response></analysis>
              <affects><target><ref>pump</ref></target></affects>
            </vulnerability>
            <vulnerability>
              <id>CVE-2023-0464</id>
              <affects><target><ref>openssl</ref></target></affects>
            </vulnerability>
          </vulnerabilities>
        </bom>
        """

    static func bill(_ encoding: String) throws -> SoftwareBillOfMaterials {
        encoding == "json"
            ? try CycloneDXReader.read(Data(json.utf8), file: "pump.cdx.json")
            : try CycloneDXReader.read(Data(xml.utf8), file: "pump.cdx.xml")
    }

    @Test(arguments: ["json", "xml"])
    func nestedComponentsAreFlattenedWithTheirParent(encoding: String) throws {
        let bom = try Self.bill(encoding)
        #expect(bom.specVersion == "1.5")
        #expect(bom.serialNumber == "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79")
        #expect(bom.created == "2024-05-01T10:00:00Z")
        #expect(bom.name == "Infusion pump")
        #expect(bom.subject?.reference == "pump")
        #expect(bom.subject?.dependencies == ["fw"])
        #expect(bom.components.map(\.name) == ["pump-firmware", "openssl", "zlib"])
        let firmware = bom.components[0]
        let openssl = bom.components[1]
        let zlib = bom.components[2]
        #expect(firmware.parent == nil)
        #expect(firmware.supplier == "Acme Medical")
        #expect(firmware.kind == .firmware)
        #expect(firmware.children == ["openssl", zlib.reference])
        #expect(firmware.dependencies == ["openssl"])
        #expect(openssl.parent == "fw")
        #expect(
            openssl.cpes == [
                "cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*",
                "cpe:2.3:a:openssl_project:openssl:1.1.1k:*:*:*:*:*:*:*",
            ]
        )
        #expect(openssl.purl == "pkg:generic/openssl@1.1.1k")
        #expect(openssl.licenses == ["OpenSSL"])
        #expect(openssl.hashes.map(\.algorithm) == ["SHA-256"])
        #expect(zlib.parent == "fw")
        #expect(zlib.supplier == "Jean-loup Gailly")
        #expect(zlib.reference == "$.components[0].components[1]")
    }

    @Test(arguments: ["json", "xml"])
    func embeddedVulnerabilitiesBecomeVEXStatements(encoding: String) throws {
        let statements = try Self.bill(encoding).vexStatements
        #expect(statements.map(\.vulnerability) == ["CVE-2021-3711", "CVE-2022-0778", "CVE-2023-0286"])
        #expect(statements[0].status == .notAffected)
        #expect(statements[0].justification == "code_not_reachable")
        #expect(statements[0].impactStatement == "SM2 is not used")
        #expect(statements[0].products == ["pkg:generic/openssl@1.1.1k"])
        // A BOM-link into this same document resolves to the component.
        #expect(statements[1].status == .fixed)
        #expect(statements[1].products == ["pkg:generic/openssl@1.1.1k"])
        // The subject has no purl, so its bom-ref names it.
        #expect(statements[2].status == .affected)
        #expect(statements[2].products == ["pump"])
        #expect(statements[2].actionStatement == "update")
    }

    @Test func jsonAndXMLGiveTheSameBill() throws {
        let fromJSON = try Self.bill("json")
        let fromXML = try Self.bill("xml")
        #expect(fromJSON.components == fromXML.components)
        #expect(fromJSON.subject == fromXML.subject)
        #expect(fromJSON.dependencies == fromXML.dependencies)
    }

    static func expectInvalid(
        _ body: () throws -> Void,
        location: String,
        message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            try body()
            Issue.record("expected an error", sourceLocation: sourceLocation)
        } catch let error as WardError {
            #expect(error.code == .invalidInput, sourceLocation: sourceLocation)
            #expect(error.location?.contains(location) == true, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(message), "\(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func truncatedJSONIsRefused() {
        let truncated = Data(Self.json.utf8.prefix(700))
        Self.expectInvalid(
            { _ = try CycloneDXReader.read(truncated, file: "cut.json") },
            location: "cut.json",
            message: "not valid JSON"
        )
    }

    @Test(arguments: [
        #"""
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "metadata": {"component": {"type": "device", "bom-ref": "monitor",
          "name": "Patient monitor", "components": [{"type": "firmware", "bom-ref": "fw", "name": "monitor-fw",
          "manufacturer": {"name": "Acme Medical"}, "components": [{"type": "library", "name": "lwip",
          "authors": [{"name": "Adam Dunkels"}]}]}]}},
          "components": [{"type": "application", "bom-ref": "app", "name": "viewer"}]}
        """#,
        """
        <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
          <metadata><component type="device" bom-ref="monitor"><name>Patient monitor</name><components>
            <component type="firmware" bom-ref="fw"><manufacturer><name>Acme Medical</name></manufacturer>
              <name>monitor-fw</name><components><component type="library">
                <authors><author><name>Adam Dunkels</name></author></authors><name>lwip</name>
              </component></components></component>
          </components></component></metadata>
          <components><component type="application" bom-ref="app"><name>viewer</name></component></components>
        </bom>
        """,
    ])
    func componentsNestedInTheSubjectAreListed(document: String) throws {
        let bom = try CycloneDXReader.read(Data(document.utf8), file: "monitor")
        #expect(bom.subject?.name == "Patient monitor")
        #expect(bom.components.map(\.name) == ["monitor-fw", "lwip", "viewer"])
        #expect(bom.subject?.children == ["fw"])
        #expect(bom.components[0].parent == "monitor")
        #expect(bom.components[0].supplier == "Acme Medical")
        #expect(bom.components[1].parent == "fw")
        #expect(bom.components[1].reference == "$.metadata.component.components[0].components[0]")
        #expect(bom.components[1].supplier == "Adam Dunkels")
        #expect(bom.components[2].parent == nil)
    }

    @Test func jsonEscapesAreDecoded() throws {
        let data = Data(
            #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"name": "caf\u00e9 \"quoted\" \ud83d\ude00 a\\b\/c", "version": "1\u003a2"}]}"#
                .utf8
        )
        let bom = try CycloneDXReader.readJSON(data, file: "escapes.json")
        #expect(bom.components.first?.name == "café \"quoted\" 😀 a\\b/c")
        #expect(bom.components.first?.version == "1:2")
    }

    @Test func aNumberWhereAStringBelongsNamesThePath() {
        let data = Data(
            #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"name": "a", "version": 2}]}"#.utf8
        )
        Self.expectInvalid(
            { _ = try CycloneDXReader.readJSON(data, file: "types.json") },
            location: "types.json at $.components[0].version",
            message: "expected a string"
        )
    }

    @Test func deeplyNestedJSONIsRefusedWithoutExhaustingTheStack() {
        let depth = 100_000
        let text =
            #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "x": "# + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "}"
        Self.expectInvalid(
            { _ = try CycloneDXReader.readJSON(Data(text.utf8), file: "deep.json") },
            location: "deep.json at $.x[0][0]",
            message: "nest too deeply"
        )
    }

    @Test func textAfterTheDocumentIsRefused() {
        let data = Data(#"{"bomFormat": "CycloneDX", "specVersion": "1.6"} {"#.utf8)
        Self.expectInvalid(
            { _ = try CycloneDXReader.readJSON(data, file: "twice.json") },
            location: "twice.json",
            message: "after the end of the document"
        )
    }

    @Test func wrongBomFormatIsRefused() {
        let data = Data(#"{"bomFormat": "SPDX", "specVersion": "1.4", "components": []}"#.utf8)
        Self.expectInvalid(
            { _ = try CycloneDXReader.readJSON(data, file: "other.json") },
            location: "other.json at $.bomFormat",
            message: "'SPDX'"
        )
    }

    @Test(arguments: ["1.1", "2.0"])
    func unsupportedJSONVersionIsRefused(version: String) {
        let data = Data(#"{"bomFormat": "CycloneDX", "specVersion": "\#(version)", "components": []}"#.utf8)
        Self.expectInvalid(
            { _ = try CycloneDXReader.readJSON(data, file: "old.json") },
            location: "old.json at $.specVersion",
            message: "'\(version)'"
        )
    }

    @Test func unsupportedXMLNamespaceIsRefused() {
        let data = Data(#"<bom xmlns="http://cyclonedx.org/schema/bom/1.0" version="1"><components/></bom>"#.utf8)
        Self.expectInvalid(
            { _ = try CycloneDXReader.read(data, file: "old.xml") },
            location: "old.xml",
            message: "'1.0' is not supported"
        )
    }

    @Test func componentWithoutNameIsRefusedWithItsPath() {
        let data = Data(
            #"{"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [{"name": "a"}, {"components": [{"type": "library"}], "name": "b"}]}"#
                .utf8
        )
        Self.expectInvalid(
            { _ = try CycloneDXReader.readJSON(data, file: "unnamed.json") },
            location: "unnamed.json at $.components[1].components[0].name",
            message: "no name"
        )
    }

    @Test func unknownAnalysisStateIsRefused() {
        let data = Data(
            #"{"bomFormat": "CycloneDX", "specVersion": "1.4", "vulnerabilities": [{"id": "CVE-2021-44228", "analysis": {"state": "maybe"}}]}"#
                .utf8
        )
        Self.expectInvalid(
            { _ = try CycloneDXReader.readJSON(data, file: "vex.json") },
            location: "vex.json at $.vulnerabilities[0].analysis.state",
            message: "'maybe'"
        )
    }

    @Test(arguments: [
        // An external entity that would read a local file.
        """
        <?xml version="1.0"?>
        <!DOCTYPE bom [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
          <components><component type="library"><name>&secret;</name></component></components>
        </bom>
        """,
        // Nested internal entities (the "billion laughs"), behind a comment.
        """
        <?xml version="1.0"?>
        <!-- a comment first -->
        <!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
          <components><component type="library"><name>&b;</name></component></components>
        </bom>
        """,
        // A document type without an internal subset is refused too: CycloneDX has none.
        """
        <!DOCTYPE bom SYSTEM "http://attacker.example/bom.dtd">
        <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"/>
        """,
    ])
    func xmlWithDeclarationsIsRefusedBeforeParsing(xml: String) {
        Self.expectInvalid(
            { _ = try CycloneDXReader.read(Data(xml.utf8), file: "hostile.xml") },
            location: "hostile.xml",
            message: "declares a document type or entities"
        )
    }

    @Test func doctypeTextInsideCDATAIsNotADeclaration() throws {
        let xml = """
            <?xml version="1.0"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">
              <components><component type="library"><name>page</name>
                <licenses><license><name>Custom</name><text><![CDATA[<!DOCTYPE html><p>terms</p>]]></text></license></licenses>
              </component></components>
            </bom>
            """
        let bom = try CycloneDXReader.read(Data(xml.utf8), file: "cdata.xml")
        #expect(bom.components.map(\.name) == ["page"])
        #expect(bom.components.first?.licenses == ["Custom"])
    }

    @Test func truncatedXMLNamesTheLine() {
        let truncated = Data(Self.xml.utf8.prefix(900))
        Self.expectInvalid(
            { _ = try CycloneDXReader.read(truncated, file: "cut.xml") },
            location: "cut.xml at line",
            message: "malformed or truncated"
        )
    }

    @Test func xmlThatIsNotCycloneDXIsRefused() {
        let data = Data(#"<nmaprun scanner="nmap"></nmaprun>"#.utf8)
        Self.expectInvalid(
            { _ = try CycloneDXReader.read(data, file: "scan.xml") },
            location: "scan.xml",
            message: "not CycloneDX XML"
        )
    }
}
