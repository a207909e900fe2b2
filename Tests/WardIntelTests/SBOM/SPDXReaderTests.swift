import Foundation
import Testing
import WardCore
import WardIntel

/// SPDX tag-value and JSON: the same document written both ways must give the same bill.
@Suite struct SPDXReaderTests {
    static let tagValue = """
        SPDXVersion: SPDX-2.3
        DataLicense: CC0-1.0
        SPDXID: SPDXRef-DOCUMENT
        DocumentName: monitor-firmware
        DocumentNamespace: https://acme.example/spdx/monitor-firmware-2.4
        Creator: Organization: Acme Medical
        Created: 2024-03-01T12:00:00Z
        DocumentComment: <text>Generated for the premarket file.
        PackageName: not-a-package
        The line above is part of the comment.</text>

        ## Packages
        PackageName: monitor-firmware
        SPDXID: SPDXRef-firmware
        PackageVersion: 2.4.0
        PackageSupplier: Organization: Acme Medical
        PackageDownloadLocation: NOASSERTION
        PrimaryPackagePurpose: FIRMWARE
        PackageLicenseDeclared: NOASSERTION
        PackageLicenseConcluded: LicenseRef-Acme

        PackageName: busybox
        SPDXID: SPDXRef-busybox
        PackageVersion: 1.36.1
        PackageOriginator: Person: Erik Andersen
        PackageDownloadLocation: https://busybox.net/downloads/busybox-1.36.1.tar.bz2
        PackageChecksum: SHA256: b8cc24c9574d809e7279c3be349795c5d5ceb6fdf19ca709f80cde50e47de314
        PackageLicenseDeclared: GPL-2.0-only
        PackageCopyrightText: <text>Copyright (C) 1998-2023
        Erik Andersen, Rob Landley, Denys Vlasenko</text>
        ExternalRef: SECURITY cpe23Type cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:*
        ExternalRef: PACKAGE-MANAGER purl pkg:generic/busybox@1.36.1

        PackageName: openssl
        SPDXID: SPDXRef-openssl
        PackageVersion: 3.0.13
        PackageSupplier: NOASSERTION
        PackageDownloadLocation: NOASSERTION
        ExternalRef: SECURITY cpe23Type cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*
        ExternalRef: SECURITY cpe22Type cpe:/a:openssl:openssl:3.0.13
        ExternalRef: PACKAGE-MANAGER purl pkg:generic/openssl@3.0.13

        FileName: ./etc/passwd
        SPDXID: SPDXRef-file-passwd
        FileChecksum: SHA1: 85ed0b2bd5a9c9d04ba2fbb0e3a0f3c7d0e1e0a1

        Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-firmware
        Relationship: SPDXRef-firmware CONTAINS SPDXRef-busybox
        Relationship: SPDXRef-openssl CONTAINED_BY SPDXRef-firmware
        Relationship: SPDXRef-firmware CONTAINS SPDXRef-file-passwd
        Relationship: SPDXRef-busybox DEPENDS_ON SPDXRef-openssl
        Relationship: SPDXRef-openssl DEPENDENCY_OF SPDXRef-firmware
        """

    static let json = """
        {
          "spdxVersion": "SPDX-2.3",
          "dataLicense": "CC0-1.0",
          "SPDXID": "SPDXRef-DOCUMENT",
          "name": "monitor-firmware",
          "documentNamespace": "https://acme.example/spdx/monitor-firmware-2.4",
          "creationInfo": {"creators": ["Organization: Acme Medical"], "created": "2024-03-01T12:00:00Z"},
          "documentDescribes": ["SPDXRef-firmware"],
          "packages": [
            {
              "SPDXID": "SPDXRef-firmware", "name": "monitor-firmware", "versionInfo": "2.4.0",
              "supplier": "Organization: Acme Medical", "downloadLocation": "NOASSERTION",
              "primaryPackagePurpose": "FIRMWARE",
              "licenseDeclared": "NOASSERTION", "licenseConcluded": "LicenseRef-Acme"
            },
            {
              "SPDXID": "SPDXRef-busybox", "name": "busybox", "versionInfo": "1.36.1",
              "originator": "Person: Erik Andersen",
              "downloadLocation": "https://busybox.net/downloads/busybox-1.36.1.tar.bz2",
              "checksums": [{"algorithm": "SHA256", "checksumValue": "b8cc24c9574d809e7279c3be349795c5d5ceb6fdf19ca709f80cde50e47de314"}],
              "licenseDeclared": "GPL-2.0-only",
              "externalRefs": [
                {"referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:*"},
                {"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:generic/busybox@1.36.1"}
              ]
            },
            {
              "SPDXID": "SPDXRef-openssl", "name": "openssl", "versionInfo": "3.0.13",
              "supplier": "NOASSERTION", "downloadLocation": "NOASSERTION",
              "externalRefs": [
                {"referenceCategory": "SECURITY", "referenceType": "cpe23Type", "referenceLocator": "cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*"},
                {"referenceCategory": "SECURITY", "referenceType": "cpe22Type", "referenceLocator": "cpe:/a:openssl:openssl:3.0.13"},
                {"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:generic/openssl@3.0.13"}
              ]
            }
          ],
          "files": [{"fileName": "./etc/passwd", "SPDXID": "SPDXRef-file-passwd", "checksums": []}],
          "relationships": [
            {"spdxElementId": "SPDXRef-firmware", "relationshipType": "CONTAINS", "relatedSpdxElement": "SPDXRef-busybox"},
            {"spdxElementId": "SPDXRef-openssl", "relationshipType": "CONTAINED_BY", "relatedSpdxElement": "SPDXRef-firmware"},
            {"spdxElementId": "SPDXRef-firmware", "relationshipType": "CONTAINS", "relatedSpdxElement": "SPDXRef-file-passwd"},
            {"spdxElementId": "SPDXRef-busybox", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-openssl"},
            {"spdxElementId": "SPDXRef-openssl", "relationshipType": "DEPENDENCY_OF", "relatedSpdxElement": "SPDXRef-firmware"}
          ]
        }
        """

    @Test func tagValueGivesTheSameBillAsItsJSONTwin() throws {
        let fromTagValue = try SPDXReader.readTagValue(Data(Self.tagValue.utf8), file: "monitor.spdx")
        let fromJSON = try SPDXReader.readJSON(Data(Self.json.utf8), file: "monitor.spdx.json")
        #expect(fromTagValue == fromJSON)
        #expect(fromTagValue.components.count == 3)
    }

    @Test func packagesBecomeComponents() throws {
        let bom = try SPDXReader.readTagValue(Data(Self.tagValue.utf8), file: "monitor.spdx")
        #expect(bom.format == .spdx)
        #expect(bom.specVersion == "2.3")
        #expect(bom.name == "monitor-firmware")
        #expect(bom.serialNumber == "https://acme.example/spdx/monitor-firmware-2.4")
        #expect(bom.created == "2024-03-01T12:00:00Z")
        #expect(bom.components.map(\.name) == ["monitor-firmware", "busybox", "openssl"])
        let firmware = try #require(bom.subject)
        #expect(firmware.reference == "SPDXRef-firmware")
        #expect(firmware.kind == .firmware)
        #expect(firmware.supplier == "Acme Medical")
        #expect(firmware.licenses == ["LicenseRef-Acme"])
        #expect(firmware.children == ["SPDXRef-busybox", "SPDXRef-openssl"])
        #expect(firmware.dependencies == ["SPDXRef-openssl"])
        let busybox = bom.components[1]
        #expect(busybox.supplier == "Erik Andersen")
        #expect(busybox.parent == "SPDXRef-firmware")
        #expect(busybox.purl == "pkg:generic/busybox@1.36.1")
        #expect(busybox.cpes == ["cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:*"])
        #expect(
            busybox.hashes == [
                .init(algorithm: "SHA256", value: "b8cc24c9574d809e7279c3be349795c5d5ceb6fdf19ca709f80cde50e47de314")
            ]
        )
        #expect(busybox.dependencies == ["SPDXRef-openssl"])
        let openssl = bom.components[2]
        #expect(openssl.supplier == nil)
        #expect(openssl.parent == "SPDXRef-firmware")
        #expect(openssl.cpes == ["cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*", "cpe:/a:openssl:openssl:3.0.13"])
    }

    @Test func tagValueIsStreamedFromAFileInSmallAndLargeLines() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-spdx-\(UUID().uuidString).spdx")
        defer { try? FileManager.default.removeItem(at: url) }
        // Windows line ends must read like Unix ones.
        try Data(Self.tagValue.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: url)
        let fromFile = try SBOMReader.read(contentsOf: url)
        let inMemory = try SPDXReader.readTagValue(Data(Self.tagValue.utf8), file: url.lastPathComponent)
        #expect(fromFile == inMemory)
    }

    static func expectError(
        _ text: String,
        line: Int,
        message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try SPDXReader.readTagValue(Data(text.utf8), file: "broken.spdx")
            Issue.record("expected an error", sourceLocation: sourceLocation)
        } catch let error as WardError {
            #expect(error.code == .invalidInput, sourceLocation: sourceLocation)
            #expect(error.location == "broken.spdx at line \(line)", "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(message), "\(error)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func brokenLineIsNamedByItsNumber() {
        let broken = Self.tagValue.replacingOccurrences(of: "PackageVersion: 1.36.1", with: "PackageVersion 1.36.1")
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0 == "PackageVersion 1.36.1" }.map { $0 + 1 }
        Self.expectError(broken, line: line ?? -1, message: "no colon")
    }

    @Test func malformedExternalRefIsNamedByItsLine() {
        Self.expectError(
            "SPDXVersion: SPDX-2.3\nSPDXID: SPDXRef-DOCUMENT\nPackageName: a\nSPDXID: SPDXRef-a\nExternalRef: SECURITY cpe23Type\n",
            line: 5,
            message: "ExternalRef"
        )
    }

    @Test func unclosedTextNamesTheLineWhereItStarts() {
        Self.expectError(
            "SPDXVersion: SPDX-2.3\nSPDXID: SPDXRef-DOCUMENT\nDocumentComment: <text>never\nclosed\n",
            line: 3,
            message: "never closed"
        )
    }

    @Test func packageWithoutIdentifierIsNamedByItsLine() {
        Self.expectError(
            "SPDXVersion: SPDX-2.3\n\nPackageName: orphan\nPackageVersion: 1\n",
            line: 3,
            message: "SPDXID"
        )
    }

    @Test func unsupportedVersionIsRefused() throws {
        let data = Data(#"{"spdxVersion": "SPDX-3.0", "packages": []}"#.utf8)
        let error = try #require(throws: WardError.self) { try SPDXReader.readJSON(data, file: "new.json") }
        #expect(error.location == "new.json at $.spdxVersion")
        #expect(error.message.contains("'SPDX-3.0'"))
    }

    @Test func jsonPackageWithoutIdentifierNamesItsPath() throws {
        let data = Data(
            #"{"spdxVersion": "SPDX-2.3", "packages": [{"SPDXID": "SPDXRef-a", "name": "a"}, {"name": "b"}]}"#.utf8
        )
        let error = try #require(throws: WardError.self) { try SPDXReader.readJSON(data, file: "pkg.json") }
        #expect(error.location == "pkg.json at $.packages[1]")
        #expect(error.message.contains("SPDXID"))
    }
}
