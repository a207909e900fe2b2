import Foundation
import Testing
import WardCore

@testable import WardInterop

/// Asset import from spreadsheets: column mapping, every problem with its row and column, medical devices, and an
/// export that reads back to the same assets.
@Suite struct AssetCSVTests {
    static let organization = UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8")!
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    func read(_ text: String, mapping: [AssetCSV.Field: String] = [:]) -> AssetCSV.Report {
        AssetCSV.read(text, file: "assets.csv", mapping: mapping, organizationID: Self.organization, at: Self.now)
    }

    @Test func readsAssetsWithDefaultHeadersAndNormalisesAddressesAndMACs() throws {
        let report = read(
            """
            \u{FEFF}name,addresses,MACs,hostnames,Operating System,owner,tags\r
            PACS,"10.20.0.5; 10.20.0.6 10.20.0.5",00-09-fb-12-34-56,pacs.clinic.example,Linux,Imaging,server;imaging\r
            ,FD12:3456:789A:0:0:0:0:10,0009.FB12.3457,,,,\r
            ,,,,,,\r

            """
        )
        #expect(report.isValid)
        #expect(report.ignoredColumns.isEmpty)
        #expect(report.assets.count == 2)
        let pacs = try #require(report.assets.first)
        #expect(pacs.organizationID == Self.organization)
        #expect(pacs.name == "PACS")
        #expect(pacs.addresses == ["10.20.0.5", "10.20.0.6"])
        #expect(pacs.macs == ["00:09:FB:12:34:56"])
        #expect(pacs.hostnames == ["pacs.clinic.example"])
        #expect(pacs.operatingSystem == "Linux" && pacs.owner == "Imaging")
        #expect(pacs.tags == ["server", "imaging"])
        #expect(pacs.firstSeen == Self.now && pacs.lastSeen == Self.now)
        #expect(pacs.medical == nil)
        let unnamed = report.assets[1]
        #expect(unnamed.name == "fd12:3456:789a::10", "an asset without a name is called by its first address")
        #expect(unnamed.addresses == ["fd12:3456:789a::10"])
        #expect(unnamed.macs == ["00:09:FB:12:34:57"])
        #expect(unnamed.operatingSystem == nil && unnamed.owner == nil && unnamed.tags == [])
        #expect(try report.validated() == report.assets)
    }

    @Test(arguments: [
        ("00:09:fb:12:34:56", "00:09:FB:12:34:56"),
        ("00-09-FB-12-34-56", "00:09:FB:12:34:56"),
        ("0009.fb12.3456", "00:09:FB:12:34:56"),
        ("0009FB123456", "00:09:FB:12:34:56"),
        ("00:09:fb:12:34", nil),
        ("00:09:fb:12:34:5g", nil),
        ("0:09:fb:12:34:56:7", nil),
        ("0009fb:123456", nil),
        ("00:09-fb:12:34:56", nil),
    ])
    func macForms(text: String, normalised: String?) {
        #expect(AssetCSV.normalizedMAC(text) == normalised)
    }

    @Test func mappingTakesFieldsFromOtherColumnsAndListsTheRest() throws {
        let report = read(
            "Device Name,IP,MAC Address,Responsible,Notes,name\nPump 4,10.0.0.7,00:09:fb:00:00:01,Biomed,spare,x\n",
            mapping: [.name: "device name", .addresses: "IP", .macs: "MAC Address", .owner: "Responsible"]
        )
        #expect(report.isValid)
        #expect(report.ignoredColumns == ["Notes", "name"])
        let asset = try #require(report.assets.first)
        #expect(asset.name == "Pump 4" && asset.addresses == ["10.0.0.7"] && asset.macs == ["00:09:FB:00:00:01"])
        #expect(asset.owner == "Biomed")
    }

    @Test func mappingToAMissingHeaderIsAProblem() {
        let report = read("Device Name,IP\nPump 4,10.0.0.7\n", mapping: [.name: "Device Name", .serial: "Serial No"])
        #expect(!report.isValid)
        #expect(report.problems.count == 1)
        let problem = report.problems.first
        #expect(problem?.line == 1 && problem?.column == "Serial No")
        #expect(problem?.location == "assets.csv:1: Serial No")
        #expect(problem?.message.contains("'Device Name', 'IP'") == true)
        #expect(report.ignoredColumns == ["IP"], "addresses was not mapped, so the IP column feeds nothing")
    }

    @Test func mappingFromText() throws {
        #expect(
            try AssetCSV.mapping(parsing: "name=Device Name, addresses = IP ,Device-Type=Kind=Class")
                == [.name: "Device Name", .addresses: "IP", .deviceType: "Kind=Class"]
        )
        #expect(try AssetCSV.mapping(parsing: "") == [:])
        #expect(try AssetCSV.mapping(parsing: "STORES PHI=PHI?") == [.storesPHI: "PHI?"])

        let noEquals = #expect(throws: WardError.self) { try AssetCSV.mapping(parsing: "name", location: "--map") }
        #expect(noEquals?.code == .invalidInput && noEquals?.location == "--map")
        #expect(noEquals?.message.contains("has no '='") == true)
        let unknown = #expect(throws: WardError.self) { try AssetCSV.mapping(parsing: "colour=Red") }
        #expect(unknown?.message.hasPrefix("'colour' is not an asset field; use one of name, addresses") == true)
        let twice = #expect(throws: WardError.self) { try AssetCSV.mapping(parsing: "name=A,name=B") }
        #expect(twice?.message.contains("mapped twice") == true)
        let empty = #expect(throws: WardError.self) { try AssetCSV.mapping(parsing: "name= ") }
        #expect(empty?.message.contains("empty header") == true)
    }

    static let badFile = """
        name,addresses,macs,clinical_criticality,end_of_support,stores_phi
        ok,10.0.0.1,,,,
        bad-ip,10.0.0.300,,,,
        bad-mac,,00:11:22:33:44,,,
        good,10.0.0.2,,,,
        bad-several,10.0.0.3;010.0.0.4,,critical,2027-02-30,maybe

        """

    @Test func everyBadRowIsReportedWithItsLineAndColumn() throws {
        let report = read(Self.badFile)
        #expect(!report.isValid)
        #expect(report.assets.map(\.name) == ["ok", "good"])
        #expect(Set(report.problems.map(\.line)) == [3, 4, 6])
        #expect(report.problems.map(\.line) == [3, 4, 6, 6, 6, 6])
        #expect(
            report.problems.map(\.column) == [
                "addresses", "macs", "addresses", "clinical_criticality", "end_of_support", "stores_phi",
            ]
        )
        #expect(
            report.problems.map(\.value) == [
                "10.0.0.300", "00:11:22:33:44", "010.0.0.4", "critical", "2027-02-30", "maybe",
            ]
        )
        #expect(report.problems[0].location == "assets.csv:3: addresses")
        #expect(report.problems[0].message.contains("300 is more than 255"))
        #expect(report.problems[1].message.hasPrefix("'00:11:22:33:44' is not a MAC address"))
        #expect(report.problems[3].message.contains("write life-sustaining, life-supporting, diagnostic or other"))
        #expect(report.problems[4].message.contains("YYYY-MM-DD"))
        #expect(
            report.problems[5].description == "assets.csv:6: stores_phi: 'maybe' is not yes or no; "
                + "write yes, no, true, false, 1 or 0"
        )
    }

    @Test func validatedThrowsOneErrorListingTheFirstProblems() throws {
        let report = read(Self.badFile)
        let error = #expect(throws: WardError.self) { try report.validated(listing: 2) }
        #expect(error?.code == .invalidInput)
        #expect(error?.location == "assets.csv")
        let lines = error?.message.split(separator: "\n").map(String.init) ?? []
        #expect(lines.first == "the file has 6 problems, so nothing was imported; fix them and import the file again:")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("  assets.csv:3: addresses: 10.0.0.300 is not a valid IPv4 address"))
        #expect(
            lines[2] == "  assets.csv:4: macs: '00:11:22:33:44' is not a MAC address; "
                + "write six pairs of hex digits, such as 00:09:FB:12:34:56"
        )
        #expect(lines[3] == "  … and 4 more")
    }

    @Test func rowsWithoutIdentityOrWithTheWrongNumberOfFields() {
        let report = read("name,addresses,owner\n,,Ward team\na,10.0.0.1\nb,10.0.0.2,x,extra\n , ,\nc,,\n")
        #expect(report.assets.map(\.name) == ["c"])
        #expect(report.problems.map(\.line) == [2, 3, 4])
        #expect(report.problems.allSatisfy { $0.column == nil && $0.value == nil })
        #expect(report.problems[0].location == "assets.csv:2")
        #expect(report.problems[0].message.hasPrefix("the row has no name, address, MAC or host name"))
        #expect(report.problems[1].message.hasPrefix("this row has 2 fields but the header has 3"))
        #expect(report.problems[2].message.hasPrefix("this row has 4 fields but the header has 3"))
    }

    @Test func fileLevelProblems() {
        let syntax = read("name,addresses\npump,10.0.0.1\n\"open,10.0.0.2\n")
        #expect(syntax.assets.isEmpty)
        #expect(syntax.problems.map(\.line) == [3])
        #expect(syntax.problems.first?.location == "assets.csv:3:1")
        #expect(syntax.problems.first?.message.contains("never closed") == true)

        let empty = read("\u{FEFF}\r\n")
        #expect(empty.problems.map(\.location) == ["assets.csv:1"])
        #expect(empty.problems.first?.message.hasPrefix("the file is empty") == true)

        let anonymous = read("owner,tags\nx,y\nz,w\n")
        #expect(anonymous.problems.count == 1, "one problem for the header, not one per row")
        #expect(anonymous.problems.first?.message.hasPrefix("the header has no name, addresses, macs") == true)
        #expect(anonymous.ignoredColumns == [], "owner and tags feed fields")

        let duplicate = read("name,Name\nx,y\n")
        #expect(duplicate.problems.first?.message.hasPrefix("the header has 2 'name' columns (columns 1, 2)") == true)
    }

    @Test func tooManyRowsFailsAsTooLarge() {
        let text = "name\n" + String(repeating: "x\n", count: CSVReader.defaultMaximumRows)
        let report = read(text)
        #expect(report.assets.isEmpty)
        #expect(report.problems.map(\.code) == [.tooLarge])
        #expect(report.problems.first?.line == CSVReader.defaultMaximumRows + 1)
        let error = #expect(throws: WardError.self) { try report.validated() }
        #expect(error?.code == .tooLarge)
    }

    @Test func medicalRowBecomesAMedicalDevice() throws {
        let report = read(
            """
            name,addresses,macs,manufacturer,model,serial,firmware,device type,clinical function,location,department,\
            network segment,Clinical Criticality,stores phi,transmits phi,end of support,vendor remote access
            Infusion pump 7,10.30.0.17,00:1a:2b:3c:4d:5e,Example Infusion Systems,EIS-500,SN-0042,4.2.1,infusion pump,\
            drug delivery,ICU bed 7,Intensive care,VLAN 30,Life-Sustaining,no,YES,2027-12-31,true
            Lab PC,10.30.0.18,,,,,,,,,,,,,,,
            """
        )
        #expect(report.isValid)
        let pump = try #require(report.assets.first)
        #expect(pump.macs == ["00:1A:2B:3C:4D:5E"])
        #expect(
            pump.medical
                == MedicalDevice(
                    manufacturer: "Example Infusion Systems",
                    model: "EIS-500",
                    serial: "SN-0042",
                    softwareVersion: "4.2.1",
                    deviceType: "infusion pump",
                    clinicalFunction: "drug delivery",
                    location: "ICU bed 7",
                    department: "Intensive care",
                    networkSegment: "VLAN 30",
                    criticality: .lifeSustaining,
                    storesPHI: false,
                    sendsPHI: true,
                    endOfSupport: CalendarDate(year: 2027, month: 12, day: 31),
                    vendorRemoteAccess: true
                )
        )
        #expect(report.assets[1].name == "Lab PC" && report.assets[1].medical == nil)
    }

    @Test(arguments: [
        ("life sustaining", ClinicalCriticality.lifeSustaining),
        ("LIFE_SUSTAINING", .lifeSustaining),
        ("Life-Supporting", .lifeSupporting),
        ("lifesupporting", .lifeSupporting),
        ("Diagnostic", .diagnostic),
        ("other", .other),
    ])
    func criticalitySpellings(text: String, criticality: ClinicalCriticality) throws {
        let report = read("name,clinical_criticality\npump,\(text)\n")
        #expect(report.isValid)
        #expect(try #require(report.assets.first?.medical).criticality == criticality)
    }

    @Test func exportReadsBackToTheSameAssets() throws {
        let assets = [
            Asset(
                organizationID: Self.organization,
                name: "Front desk PC, room 1",
                addresses: ["10.0.0.21", "fd00::21"],
                macs: ["00:09:FB:12:34:56", "00:09:FB:12:34:57"],
                hostnames: ["frontdesk.clinic.example"],
                operatingSystem: "Windows 11",
                owner: "=HYPERLINK(\"http://evil.example\",\"click\")",
                tags: ["-urgent", "front desk", "@reception"],
                firstSeen: Self.now,
                lastSeen: Self.now
            ),
            Asset(
                organizationID: Self.organization,
                name: "Infusion pump 7",
                addresses: ["10.30.0.17"],
                firstSeen: Self.now,
                lastSeen: Self.now,
                medical: MedicalDevice(
                    manufacturer: "Example Infusion Systems",
                    model: "EIS-500",
                    serial: "SN-0042",
                    softwareVersion: "4.2.1",
                    deviceType: "infusion pump",
                    clinicalFunction: "drug delivery",
                    location: "ICU \"east\"\nbed 7",
                    department: "Intensive care",
                    networkSegment: "VLAN 30",
                    criticality: .lifeSupporting,
                    storesPHI: true,
                    sendsPHI: true,
                    endOfSupport: CalendarDate(year: 2027, month: 2, day: 28),
                    vendorRemoteAccess: true
                )
            ),
            Asset(
                organizationID: Self.organization,
                name: "monitor-3.clinic.example",
                hostnames: ["monitor-3.clinic.example"],
                firstSeen: Self.now,
                lastSeen: Self.now,
                medical: MedicalDevice(manufacturer: "Example Monitoring", model: "M1")
            ),
        ]
        let text = AssetCSV.export(assets)
        let lines = text.components(separatedBy: "\r\n")
        #expect(
            lines.first
                == "name,addresses,macs,hostnames,operating_system,owner,tags,manufacturer,model,serial,firmware,"
                + "device_type,clinical_function,location,department,network_segment,clinical_criticality,stores_phi,"
                + "transmits_phi,end_of_support,vendor_remote_access"
        )
        #expect(
            lines[1] == "\"Front desk PC, room 1\",10.0.0.21;fd00::21,00:09:FB:12:34:56;00:09:FB:12:34:57,"
                + "frontdesk.clinic.example,Windows 11,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
                + "'-urgent;front desk;@reception,,,,,,,,,,,,,,"
        )
        #expect(lines[3].hasSuffix(",Example Monitoring,M1,,,,,,,,other,no,no,,no"))

        let report = read(text)
        #expect(report.isValid)
        #expect(report.ignoredColumns.isEmpty)
        #expect(report.assets.count == assets.count)
        let withOriginalIDs = zip(report.assets, assets).map { imported, original in
            var copy = imported
            copy.id = original.id
            return copy
        }
        #expect(withOriginalIDs == assets)
        #expect(AssetCSV.export(report.assets) == text)
    }
}
