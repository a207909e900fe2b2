import Foundation
import NIOCore
import NIOPosix
import Testing
import WardCore

@testable import WardScanner

/// The clinical probes: Orthanc's REST API, FHIR capability statements and DICOMweb QIDO-RS (``ClinicalWebProbe``),
/// and HL7 v2 over MLLP (``MLLPProbe``). Their readers byte for byte first, then the probes against Orthanc, nginx
/// serving a capability statement, an hl7apy listener, and hostile listeners the tests open.
@Suite struct ClinicalProbeTests {
    static func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func response(_ text: String) throws -> HTTPResponse { try #require(HTTPResponse.parse(ascii(text))) }

    // MARK: - HTTP building blocks

    @Test func aGETCarriesItsPathAndAcceptAndNothingSmuggled() {
        let text = String(
            decoding: HTTPProbe.request(
                host: "127.0.0.1",
                port: 8042,
                path: "/dicom-web/studies?limit=1",
                accept: "application/dicom+json"
            ),
            as: UTF8.self
        )
        #expect(
            text
                == "GET /dicom-web/studies?limit=1 HTTP/1.1\r\nHost: 127.0.0.1:8042\r\nUser-Agent: Ward-Scanner\r\n"
                + "Accept: application/dicom+json\r\nConnection: close\r\n\r\n"
        )
        let smuggled = String(
            decoding: HTTPProbe.request(host: "h", port: 80, path: "system\r\nX-Evil: 1", accept: "a\r\nB: c"),
            as: UTF8.self
        )
        #expect(smuggled.hasPrefix("GET /systemX-Evil:1 HTTP/1.1\r\nHost: h\r\n"))
        #expect(smuggled.contains("\r\nAccept: aB: c\r\n"))
        #expect(smuggled.components(separatedBy: "\r\n").count == 7)
    }

    @Test func aChunkedBodyIsJoinedAndALengthCutsTheBody() throws {
        let chunked = try Self.response(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n[{\"a\r\n6;ext=1\r\n\":1}]\n\r\n0\r\n\r\n"
        )
        #expect(chunked.decodedBody == Self.ascii("[{\"a\":1}]\n"))
        let cut = try Self.response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc")
        #expect(cut.decodedBody == Self.ascii("abc"))
        let bad = try Self.response("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n")
        #expect(bad.decodedBody.isEmpty)
        let sized = try Self.response("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]garbage")
        #expect(sized.decodedBody == Self.ascii("[]"))
    }

    @Test func anAnswerIsWholeByItsLengthOrItsLastChunk() {
        #expect(!HTTPResponse.isComplete(Self.ascii("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n")))
        #expect(!HTTPResponse.isComplete(Self.ascii("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n[]")))
        #expect(HTTPResponse.isComplete(Self.ascii("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n[  ]")))
        #expect(HTTPResponse.isComplete(Self.ascii("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")))
        #expect(HTTPResponse.isComplete(Self.ascii("HTTP/1.1 204 No Content\r\n\r\n")))
        #expect(!HTTPResponse.isComplete(Self.ascii("HTTP/1.1 200 OK\r\n\r\n[]")), "no length: wait for the close")
        let chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(!HTTPResponse.isComplete(Self.ascii(chunked + "2\r\n[]\r\n")))
        #expect(HTTPResponse.isComplete(Self.ascii(chunked + "2\r\n[]\r\n0\r\n\r\n")))
        #expect(HTTPResponse.isComplete(Self.ascii(chunked + "0\r\n\r\n")))
        #expect(!HTTPResponse.isComplete(Self.ascii("SSH-2.0-OpenSSH_9.2\r\n\r\n")))
    }

    // MARK: - Orthanc

    static let orthancSystem = """
        {
           "ApiVersion" : 16,
           "CheckRevisions" : false,
           "DatabaseBackendPlugin" : null,
           "DatabaseVersion" : 6,
           "DicomAet" : "RADIOLOGY1",
           "DicomPort" : 4242,
           "HttpPort" : 8042,
           "IsHttpServerSecure" : true,
           "Name" : "Reading room",
           "PluginsEnabled" : true,
           "StorageAreaPlugin" : null,
           "Version" : "1.10.1"
        }
        """

    @Test func readsOrthancsSystemDescription() throws {
        let body = Self.orthancSystem
        let answer = try Self.response(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: \(body.utf8.count)"
                + "\r\n\r\n\(body)"
        )
        let orthanc = try #require(OrthancIdentity(response: answer))
        #expect(orthanc.unauthenticated && orthanc.version == "1.10.1" && orthanc.dicomAETitle == "RADIOLOGY1")
        #expect(orthanc.dicomPort == 4242 && orthanc.apiVersion == 16 && orthanc.pluginsEnabled == true)
        #expect(orthanc.cpe == "cpe:2.3:a:orthanc-server:orthanc:1.10.1:*:*:*:*:*:*:*")
        #expect(
            orthanc.facts == [
                "product": "Orthanc", "version": "1.10.1",
                "cpe": "cpe:2.3:a:orthanc-server:orthanc:1.10.1:*:*:*:*:*:*:*",
                "orthanc.unauthenticated": "true", "orthanc.aet": "RADIOLOGY1", "orthanc.dicom_port": "4242",
                "orthanc.api_version": "16", "orthanc.name": "Reading room", "orthanc.plugins_enabled": "true",
            ]
        )
    }

    @Test func anOrthancChallengeIsOrthancWithoutAVersion() throws {
        let answer = try Self.response(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"Orthanc Secure Area\"\r\n"
                + "Content-Length: 0\r\n\r\n"
        )
        let orthanc = try #require(OrthancIdentity(response: answer))
        #expect(!orthanc.unauthenticated && orthanc.version == nil && orthanc.cpe == nil)
        #expect(
            orthanc.facts == ["product": "Orthanc", "orthanc.unauthenticated": "false", "orthanc.auth": "Basic"]
        )
    }

    @Test(arguments: [
        "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"Router\"\r\n\r\n",
        "HTTP/1.1 401 Unauthorized\r\n\r\n",
        "HTTP/1.1 200 OK\r\n\r\n<html><title>Orthanc</title></html>",
        "HTTP/1.1 200 OK\r\n\r\n{\"Version\": \"1.0\", \"DicomAet\": \"X\"}",
        "HTTP/1.1 200 OK\r\n\r\n{\"Version\": 1, \"DicomAet\": \"X\", \"ApiVersion\": 3}",
        "HTTP/1.1 200 OK\r\n\r\n[\"Version\", \"DicomAet\", \"ApiVersion\"]",
        "HTTP/1.1 404 Not Found\r\nWWW-Authenticate: Basic realm=\"Orthanc Secure Area\"\r\n\r\n",
    ])
    func whatIsNotOrthanc(_ text: String) throws {
        #expect(OrthancIdentity(response: try Self.response(text)) == nil)
    }

    @Test func aDevelopmentBuildHasNoCPE() {
        #expect(OrthancIdentity(unauthenticated: true, version: "mainline").cpe == nil)
        #expect(OrthancIdentity(unauthenticated: true, version: "1.12.4").cpe?.contains(":1.12.4:") == true)
    }

    // MARK: - FHIR

    /// A capability statement written for these tests (our own values): R4, SMART on FHIR security.
    static func capabilityStatement(url: String = "http://127.0.0.1/fhir") -> String {
        """
        {
          "resourceType": "CapabilityStatement",
          "status": "active",
          "date": "2026-11-30",
          "publisher": "Ward test suite",
          "kind": "instance",
          "software": { "name": "Ward Test FHIR Peer", "version": "0.3.1" },
          "implementation": { "description": "A static statement for Ward's scanner tests", "url": "\(url)" },
          "fhirVersion": "4.0.1",
          "format": [ "json" ],
          "rest": [ {
            "mode": "server",
            "security": {
              "cors": true,
              "service": [ { "coding": [ {
                "system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                "code": "SMART-on-FHIR"
              } ] } ],
              "extension": [ {
                "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                "extension": [
                  { "url": "token", "valueUri": "https://auth.example.invalid/token" },
                  { "url": "authorize", "valueUri": "https://auth.example.invalid/authorize" }
                ]
              } ]
            },
            "resource": [ { "type": "Patient", "interaction": [ { "code": "read" } ] } ]
          } ]
        }

        """
    }

    @Test func readsAnR4CapabilityStatementWithSecurity() throws {
        let fhir = try #require(FHIRIdentity(body: Self.ascii(Self.capabilityStatement()), base: "/fhir"))
        #expect(fhir.resourceType == "CapabilityStatement" && fhir.fhirVersion == "4.0.1")
        #expect(fhir.softwareName == "Ward Test FHIR Peer" && fhir.softwareVersion == "0.3.1")
        #expect(fhir.implementationURL == "http://127.0.0.1/fhir")
        #expect(fhir.securityDeclared == true && fhir.securityServices == ["SMART-on-FHIR"] && fhir.oauthURIs)
        #expect(fhir.note == nil)
        #expect(
            fhir.facts == [
                "fhir.base": "/fhir", "fhir.resource": "CapabilityStatement", "fhir.version": "4.0.1",
                "fhir.software": "Ward Test FHIR Peer 0.3.1", "fhir.implementation_url": "http://127.0.0.1/fhir",
                "fhir.security_declared": "true", "fhir.security_services": "SMART-on-FHIR", "fhir.oauth_uris": "true",
                "fhir.unauthenticated": "true", "product": "Ward Test FHIR Peer", "version": "0.3.1",
            ]
        )
    }

    @Test func readsADSTU2ConformanceWithoutSecurity() throws {
        let body = """
            {"resourceType":"Conformance","fhirVersion":"1.0.2","software":{"name":"Old\\u0007 Server"},
             "rest":[{"mode":"server","security":{"description":"none"}},{"mode":"client"}]}
            """
        let fhir = try #require(FHIRIdentity(body: Self.ascii(body), base: "/"))
        #expect(fhir.resourceType == "Conformance" && fhir.fhirVersion == "1.0.2")
        #expect(fhir.softwareName == "Old Server" && fhir.softwareVersion == nil)
        #expect(fhir.securityDeclared == false && fhir.securityServices.isEmpty && !fhir.oauthURIs)
        #expect(fhir.facts["fhir.security_declared"] == "false" && fhir.facts["version"] == nil)
        #expect(fhir.facts["product"] == "Old Server" && fhir.facts["fhir.software"] == "Old Server")
    }

    @Test(arguments: [
        "{\"resourceType\":\"OperationOutcome\",\"issue\":[]}",
        "{\"resourceType\":\"Patient\",\"id\":\"1\"}",
        "{\"fhirVersion\":\"4.0.1\"}",
        "[{\"resourceType\":\"CapabilityStatement\"}]",
        "<CapabilityStatement xmlns=\"http://hl7.org/fhir\"/>",
        "{\"resourceType\":\"CapabilityStatement\",",
        "\u{FF}\u{FE}garbage",
        "",
    ])
    func whatIsNotACapabilityStatement(_ body: String) {
        #expect(FHIRIdentity(body: Self.ascii(body), base: "/") == nil)
    }

    @Test func deepNestingIsRefusedBeforeParsing() {
        let deep =
            [UInt8](repeating: UInt8(ascii: "["), count: 200_000)
            + [UInt8](repeating: UInt8(ascii: "]"), count: 200_000)
        #expect(ClinicalJSON.depth(deep) > ClinicalJSON.maximumDepth)
        #expect(ClinicalJSON.array(deep) == nil)
        #expect(FHIRIdentity(body: deep, base: "/", isCut: true) == nil)
        #expect(ClinicalJSON.depth(Self.ascii("[\"[[[[\", {\"a\": [1]}]")) == 3, "brackets in strings do not count")
    }

    @Test func aCutStatementIsReadByPattern() throws {
        let full = Self.capabilityStatement()
        let resources = try #require(full.range(of: "\"resource\": ["))
        let cut = Array(Self.ascii(String(full[..<resources.lowerBound])))
        #expect(FHIRIdentity(body: cut, base: "/fhir") == nil, "a cut body is not read unless said to be cut")
        let fhir = try #require(FHIRIdentity(body: cut, base: "/fhir", isCut: true))
        #expect(fhir.resourceType == "CapabilityStatement" && fhir.fhirVersion == "4.0.1")
        #expect(fhir.softwareName == "Ward Test FHIR Peer" && fhir.softwareVersion == "0.3.1")
        #expect(fhir.implementationURL == "http://127.0.0.1/fhir")
        #expect(fhir.securityDeclared == true && fhir.note?.contains("cut") == true)
        let early = Array(Self.ascii(full).prefix(60))
        #expect(try #require(FHIRIdentity(body: early, base: "/", isCut: true)).securityDeclared == nil)
    }

    // MARK: - DICOMweb

    /// One study as QIDO-RS returns it, with a made-up patient.
    static let oneStudy = """
        [{"00080020":{"vr":"DA","Value":["20261130"]},
          "00100010":{"vr":"PN","Value":[{"Alphabetic":"WARD^SYNTHETIC"}]},
          "00100020":{"vr":"LO","Value":["WARD-TEST-0001"]},
          "0020000D":{"vr":"UI","Value":["2.25.1234"]}}]
        """

    @Test func aStudyListIsCountedAndDropped() throws {
        let answer = try Self.response(
            "HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n\r\n\(Self.oneStudy)"
        )
        #expect(DICOMwebIdentity.classify(answer, base: "/dicom-web") == .studies("1+"))
        #expect(DICOMwebIdentity.classify(answer, base: "/") == .studies("1+"))
        let identity = DICOMwebIdentity(
            base: "/dicom-web",
            unauthenticated: true,
            studiesVisible: "1+",
            evidence: .answered
        )
        #expect(
            identity.facts == [
                "dicomweb.base": "/dicom-web", "dicomweb.unauthenticated": "true", "dicomweb.studies_visible": "1+",
                "dicomweb.evidence": "qido",
            ]
        )
        let text = String(data: try JSONEncoder().encode(identity), encoding: .utf8) ?? ""
        #expect(!text.contains("WARD^SYNTHETIC") && !text.contains("WARD-TEST-0001"))
    }

    @Test func anEmptyListCountsWhenTypedOrOffTheRoot() throws {
        let typed = try Self.response("HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n\r\n[]")
        #expect(DICOMwebIdentity.classify(typed, base: "/") == .studies("0"))
        let json = try Self.response("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[ ]")
        #expect(DICOMwebIdentity.classify(json, base: "/dicomweb") == .studies("0"))
        #expect(DICOMwebIdentity.classify(json, base: "/") == .other, "an empty JSON list at /studies proves little")
        let noContent = try Self.response("HTTP/1.1 204 No Content\r\n\r\n")
        #expect(DICOMwebIdentity.classify(noContent, base: "/wado") == .studies("0"))
        #expect(DICOMwebIdentity.classify(noContent, base: "/") == .other)
    }

    @Test func credentialsRequiredGivesTheSchemeAndRealm() throws {
        let basic = try Self.response(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"Orthanc Secure Area\"\r\n\r\n"
        )
        #expect(
            DICOMwebIdentity.classify(basic, base: "/dicom-web")
                == .credentialsRequired(scheme: "Basic", realm: "Orthanc Secure Area")
        )
        let bearer = try Self.response(
            "HTTP/1.1 403 Forbidden\r\nWWW-Authenticate: Bearer realm=pacs, error=\"invalid_token\"\r\n\r\n"
        )
        #expect(
            DICOMwebIdentity.classify(bearer, base: "/dicomweb")
                == .credentialsRequired(scheme: "Bearer", realm: "pacs")
        )
        #expect(DICOMwebIdentity.isClinicalRealm("Orthanc Secure Area") && DICOMwebIdentity.isClinicalRealm("PACS"))
        #expect(!DICOMwebIdentity.isClinicalRealm("Router admin") && !DICOMwebIdentity.isClinicalRealm(nil))
    }

    @Test(arguments: [
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[{\"PatientName\":\"X\"}]",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[{}]",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[1, 2]",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>App</title></html>",
        "HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n\r\n[{\"0020000D\":",
        "HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n\r\n{\"00100010\":{}}",
        "HTTP/1.1 404 Not Found\r\nContent-Type: application/dicom+json\r\n\r\n[]",
        "HTTP/1.1 204 No Content\r\n\r\nbody",
    ])
    func whatIsNotAStudyList(_ text: String) throws {
        #expect(DICOMwebIdentity.classify(try Self.response(text), base: "/dicom-web") == .other)
    }

    @Test func factsPutOrthancBeforeTheFHIRSoftware() {
        let fhir = FHIRIdentity(
            base: "/",
            resourceType: "CapabilityStatement",
            softwareName: "Bridge",
            softwareVersion: "2"
        )
        let orthanc = OrthancIdentity(unauthenticated: true, version: "1.10.1", dicomAETitle: "A")
        let both = ClinicalWebIdentity(orthanc: orthanc, fhir: fhir).facts
        #expect(both["product"] == "Orthanc" && both["version"] == "1.10.1" && both["fhir.software"] == "Bridge 2")
        #expect(ClinicalWebIdentity(fhir: fhir).facts["product"] == "Bridge")
        #expect(ClinicalWebIdentity().isEmpty && ClinicalWebIdentity().facts.isEmpty)
        #expect(!ClinicalWebProbe.dicomwebAllowed(in: .gentle) && ClinicalWebProbe.dicomwebAllowed(in: .standard))
        #expect(!MLLPProbe.isAllowed(in: .gentle) && MLLPProbe.isAllowed(in: .fast))
        #expect(ClinicalWebProbe.join("/", "metadata") == "/metadata")
        #expect(ClinicalWebProbe.join("/fhir/R4", "metadata") == "/fhir/R4/metadata")
        #expect(ClinicalWebProbe.dicomwebBases.count <= 5 && ClinicalWebProbe.fhirBases.count <= 5)
    }

    // MARK: - MLLP frame and answers

    @Test func theFrameHoldsOneHeaderSegmentAndNoPatientData() throws {
        var generator = SystemRandomNumberGenerator()
        let controlID = MLLPProbe.randomControlID(using: &generator)
        #expect(controlID.count == 20 && controlID.hasPrefix("WARD"))
        #expect(controlID.allSatisfy { $0.isUppercase || $0.isNumber })
        let frame = MLLPProbe.frame(controlID: controlID, date: Date(timeIntervalSince1970: 1_796_040_000))
        #expect(frame.first == 0x0B && Array(frame.suffix(2)) == [0x1C, 0x0D])
        let text = String(decoding: frame.dropFirst().dropLast(2), as: UTF8.self)
        #expect(text.hasSuffix("\r") && text.filter { $0 == "\r" }.count == 1, "one segment")
        let fields = text.dropLast().split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        #expect(fields[0] == "MSH" && fields[1] == "^~\\&")
        #expect(fields[2] == "WARD-SCANNER" && fields[3] == "WARD")
        #expect(fields[6] == "20261130120000+0000")
        #expect(fields[8] == "NMQ^N01^NMQ_N01")
        #expect(fields[9] == controlID && fields[10] == "T" && fields[11] == "2.5")
        #expect(fields[14] == "AL" && fields[15] == "NE" && fields.count == 16)
        for segment in ["PID", "PV1", "NK1", "OBX", "ORC", "QRD"] { #expect(!text.contains(segment)) }
    }

    static func framed(_ segments: [String]) -> [UInt8] {
        [0x0B] + Array(segments.joined(separator: "\r").utf8) + [0x0D, 0x1C, 0x0D]
    }

    @Test func readsAnAcknowledgment() throws {
        let answer = Self.framed([
            "MSH|^~\\&|LAB-ENGINE^1.2.3^ISO|CITY HOSPITAL|WARD-SCANNER|WARD|20261130120001||ACK^N01^ACK|A1|T|2.5.1^DEU",
            "MSA|AA|WARDABCDEFGHIJKLMNOP",
        ])
        #expect(MLLPProbe.isComplete(answer) && !MLLPProbe.isComplete(Array(answer.dropLast())))
        let identity = try #require(MLLPIdentity(answer: answer, controlID: "WARDABCDEFGHIJKLMNOP"))
        #expect(identity.version == "2.5.1" && identity.acknowledgmentCode == "AA" && identity.answersProbe)
        #expect(identity.sendingApplication == "LAB-ENGINE^1.2.3^ISO" && identity.sendingFacility == "CITY HOSPITAL")
        #expect(identity.messageType == "ACK^N01^ACK")
        #expect(
            identity.facts == [
                "service": "hl7-mllp", "hl7.mllp": "true", "hl7.version": "2.5.1", "hl7.ack_code": "AA",
                "hl7.sending_application": "LAB-ENGINE^1.2.3^ISO", "hl7.sending_facility": "CITY HOSPITAL",
                "hl7.message_type": "ACK^N01^ACK", "hl7.answers_probe": "true",
            ]
        )
    }

    @Test func readsARejectionWithAnotherSeparatorAndLineFeeds() throws {
        let answer =
            Array("\r\n".utf8) + [0x0B] + Array("MSH#^~\\&#ENGINE#SITE#####ACK#9#P#2.3\nMSA#CR#OTHER\n".utf8)
            + [0x1C, 0x0D]
        let identity = try #require(MLLPIdentity(answer: answer, controlID: "WARDX"))
        #expect(identity.acknowledgmentCode == "CR" && !identity.answersProbe && identity.version == "2.3")
        #expect(identity.sendingApplication == "ENGINE" && identity.sendingFacility == "SITE")
        let odd = Self.framed(["MSH|^~\\&|E|F|||||ACK|1|P|2.4", "MSA|XX|WARDX"])
        let oddIdentity = try #require(MLLPIdentity(answer: odd, controlID: "WARDX"))
        #expect(oddIdentity.acknowledgmentCode == nil && oddIdentity.answersProbe)
        #expect(oddIdentity.facts["hl7.ack_code"] == nil && oddIdentity.facts["hl7.mllp"] == "true")
    }

    static let notMLLP: [(String, [UInt8])] = [
        ("HTTP answer", ascii("HTTP/1.1 400 Bad Request\r\n\r\n")),
        ("SSH greeting", ascii("SSH-2.0-OpenSSH_9.2p1\r\n")),
        ("no end block", [0x0B] + ascii("MSH|^~\\&|E|F|||||ACK|1|P|2.5\rMSA|AA|WARDX\r")),
        ("end block without carriage return", [0x0B] + ascii("MSH|^~\\&|E|F\r") + [0x1C]),
        ("frame without MSH", [0x0B] + ascii("HELLO|WORLD\r") + [0x1C, 0x0D]),
        ("letter separator", [0x0B] + ascii("MSHA^~\\&AEAF\r") + [0x1C, 0x0D]),
        ("empty frame", [0x0B, 0x1C, 0x0D]),
        ("late start", ascii("         ") + [0x0B] + ascii("MSH|^~\\&|E|F\r") + [0x1C, 0x0D]),
        ("nothing", []),
    ]

    @Test(arguments: notMLLP)
    func whatIsNotAnMLLPAnswer(_ name: String, _ bytes: [UInt8]) {
        #expect(MLLPIdentity(answer: bytes, controlID: "WARDX") == nil, "\(name)")
    }

    @Test func readingStopsAtOnceForWhatIsNotAFrame() {
        #expect(MLLPProbe.isComplete(Array("HTTP/1.1".utf8)))
        #expect(!MLLPProbe.isComplete(Array("\r\n".utf8)), "leading line ends may precede a frame")
        #expect(!MLLPProbe.isComplete([]))
        #expect(!MLLPProbe.isComplete([0x0B] + Array("MSH|".utf8)))
    }

    // MARK: - Against Orthanc on loopback

    @Test(
        .enabled(if: OrthancPeer.available || WebPeers.required, "Orthanc is not installed (apt-get install orthanc)")
    )
    func orthancWithoutAuthenticationShowsItsVersionAndDICOMweb() async throws {
        let orthanc = try #require(OrthancPeer.orthanc, "WARD_REQUIRE_PEERS=1 but Orthanc is missing")
        let version = try await OrthancPeer.version(orthanc)
        try await OrthancPeer.run(orthanc, password: nil) { httpPort, dicomPort in
            let probe = ClinicalWebProbe(timeout: .seconds(10))
            let identity = try #require(await probe.orthanc(host: "127.0.0.1", port: httpPort))
            #expect(identity.unauthenticated && identity.version == version)
            #expect(identity.dicomAETitle == OrthancPeer.aeTitle && identity.dicomPort == dicomPort)
            #expect(identity.cpe == "cpe:2.3:a:orthanc-server:orthanc:\(version):*:*:*:*:*:*:*")

            let empty = try #require(await probe.dicomweb(host: "127.0.0.1", port: httpPort))
            #expect(empty.base == "/dicom-web" && empty.unauthenticated && empty.studiesVisible == "0")
            #expect(empty.evidence == .answered)
            #expect(await probe.fhir(host: "127.0.0.1", port: httpPort) == nil, "Orthanc serves no FHIR here")

            // One synthetic study, sent by DCMTK, so that the search has a patient to (not) report.
            try await OrthancPeer.storeSyntheticStudy(port: dicomPort)
            let found = await probe.identify(host: "127.0.0.1", port: httpPort, profile: .standard)
            let facts = found.facts
            #expect(facts["dicomweb.studies_visible"] == "1+" && facts["dicomweb.unauthenticated"] == "true")
            #expect(facts["product"] == "Orthanc" && facts["version"] == version)
            #expect(facts["orthanc.unauthenticated"] == "true" && facts["orthanc.aet"] == OrthancPeer.aeTitle)
            let everything = String(data: try JSONEncoder().encode(found), encoding: .utf8) ?? ""
            for value in Array(facts.values) + [everything] {
                #expect(!value.contains("SYNTHETIC") && !value.contains(OrthancPeer.patientID))
            }

            let gentle = await probe.identify(host: "127.0.0.1", port: httpPort, profile: .gentle)
            #expect(gentle.dicomweb == nil && gentle.orthanc?.version == version)
            #expect(!gentle.facts.keys.contains { $0.hasPrefix("dicomweb.") })

            let dicom = await DICOMProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: dicomPort)
            #expect(dicom.isDICOM && dicom.acceptsKnownTitle == true, "\(dicom.note ?? "no note")")
        }
    }

    @Test(
        .enabled(if: OrthancPeer.available || WebPeers.required, "Orthanc is not installed (apt-get install orthanc)")
    )
    func orthancWithAuthenticationIsProtected() async throws {
        let orthanc = try #require(OrthancPeer.orthanc, "WARD_REQUIRE_PEERS=1 but Orthanc is missing")
        var generator = SystemRandomNumberGenerator()
        let password = ClinicalWebProbe.randomSegment(using: &generator)
        try await OrthancPeer.run(orthanc, password: password) { httpPort, dicomPort in
            let probe = ClinicalWebProbe(timeout: .seconds(10))
            let found = await probe.identify(host: "127.0.0.1", port: httpPort, profile: .standard)
            let orthancIdentity = try #require(found.orthanc)
            #expect(!orthancIdentity.unauthenticated && orthancIdentity.version == nil)
            #expect(orthancIdentity.authenticationScheme == "Basic")
            let dicomweb = try #require(found.dicomweb)
            #expect(dicomweb.base == "/dicom-web" && !dicomweb.unauthenticated && dicomweb.studiesVisible == nil)
            #expect(dicomweb.authenticationScheme == "Basic" && dicomweb.evidence == .serverRequiresCredentials)
            #expect(found.fhir == nil)
            #expect(
                found.facts["orthanc.unauthenticated"] == "false" && found.facts["dicomweb.unauthenticated"] == "false"
            )
            #expect(found.facts["cpe"] == nil && found.facts["product"] == "Orthanc")

            let dicom = await DICOMProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: dicomPort)
            #expect(dicom.isDICOM, "\(dicom.note ?? "no note")")
        }
    }

    // MARK: - Against nginx serving a capability statement

    /// No FHIR server is packaged for Debian or PyPI that runs offline here (PyPI's `fhirsnake` serves its statement
    /// at `/`, not `/metadata`), so the FHIR peer is nginx serving a static capability statement written for these
    /// tests, with FHIR's media type.
    @Test(
        .enabled(
            if: (WebPeers.nginx != nil && WebPeers.openssl != nil) || WebPeers.required,
            "nginx or openssl is not installed (apt-get install nginx openssl)"
        )
    )
    func aCapabilityStatementBehindFHIR() async throws {
        let nginx = try #require(WebPeers.nginx, "WARD_REQUIRE_PEERS=1 but nginx is missing")
        let directory = try WebPeers.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (certificate, key) = try await WebPeers.makeCertificate(in: directory, key: "rsa:2048")
        let plainPort = try await WebPeers.freePort()
        let tlsPort = try await WebPeers.freePort()
        let statement = directory.appendingPathComponent("capability.json")
        try Self.capabilityStatement(url: "http://127.0.0.1:\(plainPort)/fhir")
            .write(to: statement, atomically: true, encoding: .utf8)
        let arguments = try WebPeers.nginxArguments(
            in: directory,
            plainPort: plainPort,
            tlsPort: tlsPort,
            certificate: certificate,
            key: key,
            site: """
                server_name ward-test.local;
                location = /fhir/metadata { default_type application/fhir+json; alias \(statement.path); }
                location / { return 404; }
                """
        )
        let (gentle, standard) = try await WebPeers.withServer(nginx, arguments: arguments, ports: [plainPort]) {
            let probe = ClinicalWebProbe(timeout: .seconds(10))
            let gentle = await probe.identify(host: "127.0.0.1", port: plainPort, profile: .gentle)
            let standard = await probe.identify(host: "127.0.0.1", port: plainPort, profile: .standard)
            return (gentle, standard)
        }
        let fhir = try #require(gentle.fhir)
        #expect(fhir.base == "/fhir" && fhir.fhirVersion == "4.0.1" && fhir.securityDeclared == true)
        #expect(fhir.implementationURL == "http://127.0.0.1:\(plainPort)/fhir")
        #expect(gentle.facts["fhir.base"] == "/fhir" && gentle.facts["fhir.security_declared"] == "true")
        #expect(gentle.facts["product"] == "Ward Test FHIR Peer" && gentle.facts["version"] == "0.3.1")
        #expect(gentle.facts["fhir.unauthenticated"] == "true" && gentle.facts["cpe"] == nil)
        #expect(gentle.orthanc == nil && gentle.dicomweb == nil)
        #expect(standard.fhir == fhir && standard.orthanc == nil && standard.dicomweb == nil)
    }

    // MARK: - Hostile web servers

    @Test func anEndlessBodyIsBoundedForEveryWalk() async throws {
        let log = RequestLog()
        let head = Self.ascii("HTTP/1.1 200 OK\r\nContent-Type: application/dicom+json\r\n\r\n")
        let (channel, port) = try await ClinicalPeers.listen {
            EndlessAnswer(head: head, filler: UInt8(ascii: "["), log: log)
        }
        defer { channel.close(promise: nil) }
        let start = ContinuousClock.now
        let found = await ClinicalWebProbe(timeout: .seconds(20)).identify(
            host: "127.0.0.1",
            port: port,
            profile: .fast
        )
        #expect(ContinuousClock.now - start < .seconds(120))
        #expect(found.isEmpty, "\(found)")
        #expect(log.requests.count == 1 + 4 + 5, "\(log.requests)")
    }

    @Test(arguments: [
        ("not JSON", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n\u{FF}\u{FE}\u{0}{{{{"),
        (
            "truncated JSON",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"Version\": \"1.0\", \"DicomAet\": ["
        ),
        ("JSON of the wrong shape", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[{\"resourceType\": 7}]"),
        ("a number", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n12345"),
        ("HTML", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>Login</title></html>"),
        ("a lying length", "HTTP/1.1 200 OK\r\nContent-Length: 999999\r\n\r\n[]"),
        ("not HTTP", "\u{0}\u{1}\u{2}garbage"),
    ])
    func garbageIsNothingClinical(_ name: String, _ answer: String) async throws {
        let log = RequestLog()
        let (channel, port) = try await ClinicalPeers.listen { CannedAnswer(answer: Array(answer.utf8), log: log) }
        defer { channel.close(promise: nil) }
        let start = ContinuousClock.now
        let found = await ClinicalWebProbe(timeout: .seconds(2)).identify(host: "127.0.0.1", port: port, profile: .fast)
        #expect(ContinuousClock.now - start < .seconds(60), "\(name)")
        #expect(found.isEmpty, "\(name): \(found)")
    }

    @Test func theWalksAskOnlyMetadataPathsWithGET() async throws {
        let log = RequestLog()
        let (channel, port) = try await ClinicalPeers.listen {
            CannedAnswer(answer: Array("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".utf8), log: log)
        }
        defer { channel.close(promise: nil) }
        let found = await ClinicalWebProbe(timeout: .seconds(10)).identify(
            host: "127.0.0.1",
            port: port,
            profile: .fast
        )
        #expect(found.isEmpty)
        let lines = log.requests
        #expect(
            lines == [
                "GET /system", "GET /metadata", "GET /fhir/metadata", "GET /baseR4/metadata", "GET /fhir/R4/metadata",
                "GET /dicom-web/studies?limit=1", "GET /dicomweb/studies?limit=1", "GET /wado/studies?limit=1",
                "GET /qido/studies?limit=1", "GET /studies?limit=1",
            ]
        )
        #expect(log.headers.allSatisfy { !$0.lowercased().contains("authorization") })
    }

    @Test func aPathThatAloneAsksForCredentialsIsDICOMweb() async throws {
        let log = RequestLog()
        let (channel, port) = try await ClinicalPeers.listen {
            CannedAnswer(log: log) { line in
                line.hasPrefix("GET /dicomweb/")
                    ? "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"api\"\r\nContent-Length: 0\r\n\r\n"
                    : "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
            }
        }
        defer { channel.close(promise: nil) }
        let found = try #require(await ClinicalWebProbe(timeout: .seconds(10)).dicomweb(host: "127.0.0.1", port: port))
        #expect(found.base == "/dicomweb" && !found.unauthenticated && found.authenticationScheme == "Bearer")
        #expect(found.evidence == .pathRequiresCredentials && found.facts["dicomweb.evidence"] == "path-auth")
        let lines = log.requests
        #expect(lines.count == 3 && lines[2].hasPrefix("GET /ward-") && lines[2].hasSuffix("/studies?limit=1"))
    }

    @Test func aServerThatAsksEverywhereWithAPlainRealmIsNotDICOMweb() async throws {
        let (channel, port) = try await ClinicalPeers.listen {
            CannedAnswer(
                answer: Array(
                    "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"Router\"\r\nContent-Length: 0\r\n\r\n"
                        .utf8
                ),
                log: RequestLog()
            )
        }
        defer { channel.close(promise: nil) }
        let found = await ClinicalWebProbe(timeout: .seconds(10)).identify(
            host: "127.0.0.1",
            port: port,
            profile: .fast
        )
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aSilentServerCostsOneTimeoutPerWalk() async throws {
        let (channel, port) = try await ClinicalPeers.listen(nil)
        defer { channel.close(promise: nil) }
        let start = ContinuousClock.now
        let found = await ClinicalWebProbe(timeout: .milliseconds(300)).identify(
            host: "127.0.0.1",
            port: port,
            profile: .fast
        )
        #expect(found.isEmpty)
        #expect(ContinuousClock.now - start < .seconds(15))
    }

    // MARK: - Against an hl7apy listener and hostile listeners

    @Test(.enabled(if: ClinicalPeers.python != nil || WebPeers.required, "python3 is not installed"))
    func anHL7apyListenerAcknowledges() async throws {
        let directory = try DCMTK.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("received.log")
        let identity = try await ClinicalPeers.withListener(mode: "accept", log: log) { port in
            await MLLPProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        }
        guard let identity else {
            Issue.record("the listener's answer was not read as MLLP")
            return
        }
        #expect(identity.acknowledgmentCode == "AA" && identity.version == "2.5" && identity.answersProbe)
        #expect(identity.sendingApplication == "WARD-TEST-LISTENER" && identity.sendingFacility == "WARD-TEST-LAB")
        #expect(identity.messageType == "ACK^N01^ACK")
        #expect(identity.facts["service"] == "hl7-mllp" && identity.facts["hl7.mllp"] == "true")
        #expect(identity.facts["hl7.ack_code"] == "AA" && identity.facts["hl7.version"] == "2.5")

        // What the listener received: one MSH segment, training, from Ward, with a WARD control ID.
        let received = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(received.count == 1)
        let fields = (received.first ?? "").split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        #expect(!(received.first ?? "").contains(" / "), "one segment only")
        #expect(fields.count == 16 && fields[2] == "WARD-SCANNER" && fields[8] == "NMQ^N01^NMQ_N01")
        #expect(fields[9].hasPrefix("WARD") && fields[10] == "T")
    }

    @Test(.enabled(if: ClinicalPeers.python != nil || WebPeers.required, "python3 is not installed"))
    func anHL7apyListenerThatSupportsNoQueryRejects() async throws {
        let directory = try DCMTK.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let identity = try await ClinicalPeers.withListener(
            mode: "reject",
            log: directory.appendingPathComponent("received.log")
        ) { port in
            await MLLPProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: port)
        }
        #expect(identity?.acknowledgmentCode == "AR" && identity?.answersProbe == true)
        #expect(identity?.facts["hl7.ack_code"] == "AR" && identity?.sendingApplication == "WARD-TEST-LISTENER")
    }

    @Test func anHTTPOrSSHListenerIsNotMLLP() async throws {
        let (http, httpPort) = try await ClinicalPeers.listen { BadRequestAnswerer() }
        defer { http.close(promise: nil) }
        #expect(await MLLPProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: httpPort) == nil)
        let (ssh, sshPort) = try await ClinicalPeers.listen {
            ScriptedServer(greeting: "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", answers: [:])
        }
        defer { ssh.close(promise: nil) }
        let start = ContinuousClock.now
        #expect(await MLLPProbe(timeout: .seconds(10)).probe(host: "127.0.0.1", port: sshPort) == nil)
        #expect(ContinuousClock.now - start < .seconds(9), "a greeting that is no frame ends the read at once")
        let closedPort = 1  // only root may bind it, and no test does; a freed port could be taken by another test
        #expect(await MLLPProbe(timeout: .seconds(2)).probe(host: "127.0.0.1", port: closedPort) == nil)
    }

    @Test func aFrameThatNeverEndsIsBoundedInTimeAndBytes() async throws {
        let start = Self.ascii("MSH|^~\\&|HOSTILE|LAB|||20261130||ACK|1|P|2.5\rMSA|AA|")
        let (stalling, stallingPort) = try await ClinicalPeers.listen {
            CannedAnswer(answer: [0x0B] + start, log: RequestLog(), close: false)
        }
        defer { stalling.close(promise: nil) }
        let begun = ContinuousClock.now
        #expect(await MLLPProbe(timeout: .milliseconds(500)).probe(host: "127.0.0.1", port: stallingPort) == nil)
        #expect(ContinuousClock.now - begun < .seconds(15))

        let (flooding, floodingPort) = try await ClinicalPeers.listen {
            EndlessAnswer(head: [0x0B] + start, filler: UInt8(ascii: "A"), log: RequestLog())
        }
        defer { flooding.close(promise: nil) }
        let flooded = ContinuousClock.now
        #expect(await MLLPProbe(timeout: .seconds(30)).probe(host: "127.0.0.1", port: floodingPort) == nil)
        #expect(ContinuousClock.now - flooded < .seconds(25), "the byte limit, not the timeout, ended the read")
    }
}

/// The request lines and headers a test listener received.
final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private var headerLines: [String] = []

    func record(_ head: String) {
        let all = head.components(separatedBy: "\r\n")
        let words = (all.first ?? "").split(separator: " ")
        lock.lock()
        defer { lock.unlock() }
        lines.append(words.prefix(2).joined(separator: " "))
        headerLines += all.dropFirst().filter { !$0.isEmpty }
    }

    /// Each request as its method and target, such as `GET /system`.
    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }

    /// Every header line received.
    var headers: [String] {
        lock.lock()
        defer { lock.unlock() }
        return headerLines
    }
}

/// Reads one request head, logs it, writes a canned answer chosen by the request line and, unless told not to,
/// closes.
final class CannedAnswer: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let log: RequestLog
    let close: Bool
    let answer: @Sendable (String) -> [UInt8]
    private var pending = ""
    private var answered = false

    init(answer: [UInt8], log: RequestLog, close: Bool = true) {
        self.answer = { _ in answer }
        self.log = log
        self.close = close
    }

    init(log: RequestLog, answer: @escaping @Sendable (String) -> String) {
        self.answer = { Array(answer($0).utf8) }
        self.log = log
        self.close = true
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        pending += String(buffer: unwrapInboundIn(data))
        // An HTTP head ends with a blank line; an MLLP frame with its end block.
        guard let end = pending.range(of: "\r\n\r\n") ?? pending.range(of: "\u{1C}\r") else { return }
        answered = true
        let head = String(pending[..<end.lowerBound])
        log.record(head)
        let channel = context.channel
        let close = self.close
        let bytes = answer(head.components(separatedBy: "\r\n").first ?? "")
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: bytes))).whenComplete { _ in
            if close { channel.close(promise: nil) }
        }
    }
}

/// Answers a request head with `head`, then `filler` without end, up to 64 MiB so that it stops by itself.
final class EndlessAnswer: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let head: [UInt8]
    let filler: UInt8
    let log: RequestLog
    private var pending = ""
    private var started = false

    init(head: [UInt8], filler: UInt8, log: RequestLog) {
        self.head = head
        self.filler = filler
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !started else { return }
        pending += String(buffer: unwrapInboundIn(data))
        guard let end = pending.range(of: "\r\n\r\n") ?? pending.range(of: "\u{1C}\r") else { return }
        started = true
        log.record(String(pending[..<end.lowerBound]))
        let channel = context.channel
        channel.writeAndFlush(ByteBuffer(bytes: head), promise: nil)
        Self.pump(channel, chunk: ByteBuffer(repeating: filler, count: 16_384), remaining: 64 << 20)
    }

    static func pump(_ channel: any Channel, chunk: ByteBuffer, remaining: Int) {
        guard remaining > 0, channel.isActive else { return }
        channel.writeAndFlush(chunk).whenSuccess {
            pump(channel, chunk: chunk, remaining: remaining - chunk.readableBytes)
        }
    }
}

/// Listeners and the hl7apy peer for these tests.
enum ClinicalPeers {
    static let python = WebPeers.path("python3")

    /// The hl7apy listener script, outside the Swift targets so that SwiftPM does not have to be told about it.
    static let listenerScript = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Peers/mllp_listener.py")

    /// Listens on a free loopback port, with a handler per connection when one is given.
    static func listen(_ makeHandler: (@Sendable () -> any ChannelHandler)?) async throws -> (any Channel, Int) {
        try await DICOMProbeTests.listen(makeHandler)
    }

    /// Starts the hl7apy listener in `mode` on a free port, waits (at most 30 s) until it accepts, runs `body` and
    /// kills it, whatever happens.
    static func withListener<T: Sendable>(
        mode: String,
        log: URL,
        body: (Int) async throws -> T
    ) async throws -> T {
        let python = try #require(python, "WARD_REQUIRE_PEERS=1 but python3 is missing")
        try await WebPeers.run(python, ["-c", "import hl7apy"], in: log.deletingLastPathComponent())
        let port = try await WebPeers.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [listenerScript.path, "\(port)", log.path, mode]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            let deadline = ContinuousClock.now + .seconds(30)
            while await !WebPeers.accepts(port) {
                guard process.isRunning, ContinuousClock.now < deadline else {
                    throw WardError(.unavailable, "the hl7apy listener did not listen on port \(port) within 30 s.")
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            let result = try await body(port)
            await DCMTK.stop(process)
            return result
        } catch {
            await DCMTK.stop(process)
            throw error
        }
    }
}

/// Orthanc with its DICOMweb plugin, started by the tests on free, non-standard loopback ports.
enum OrthancPeer {
    static let orthanc = WebPeers.path("Orthanc")
    static let available = orthanc != nil && FileManager.default.fileExists(atPath: plugin)
    static let plugin = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"
    static let aeTitle = "WARDPACS"
    static let patientID = "WARD-TEST-0001"

    /// The version `Orthanc --version` prints on its first line, such as `1.10.1`.
    static func version(_ orthanc: String) async throws -> String {
        let text = try await WebPeers.run(orthanc, ["--version"], in: FileManager.default.temporaryDirectory)
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        return try #require(first.split(separator: " ").last.map(String.init), "no version in \(text)")
    }

    /// Runs Orthanc with DICOMweb at `/dicom-web/`, with authentication when a password is given (user `ward`),
    /// waits (at most 60 s) for its HTTP and DICOM ports, runs `body` with them and kills Orthanc, whatever happens.
    static func run(
        _ orthanc: String,
        password: String?,
        body: (_ httpPort: Int, _ dicomPort: Int) async throws -> Void
    ) async throws {
        let directory = try DCMTK.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let httpPort = try await WebPeers.freePort()
        var dicomPort = try await WebPeers.freePort()
        while dicomPort == httpPort { dicomPort = try await WebPeers.freePort() }
        var configuration: [String: Any] = [
            "Name": "Ward test PACS",
            "StorageDirectory": directory.appendingPathComponent("storage").path,
            "IndexDirectory": directory.appendingPathComponent("storage").path,
            "HttpPort": httpPort,
            "DicomPort": dicomPort,
            "DicomAet": aeTitle,
            "RemoteAccessAllowed": false,
            "AuthenticationEnabled": password != nil,
            "Plugins": [plugin],
            "DicomWeb": ["Enable": true, "Root": "/dicom-web/"],
        ]
        if let password { configuration["RegisteredUsers"] = ["ward": password] }
        let file = directory.appendingPathComponent("orthanc.json")
        try JSONSerialization.data(withJSONObject: configuration, options: [.prettyPrinted]).write(to: file)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: orthanc)
        process.arguments = [file.path]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            let deadline = ContinuousClock.now + .seconds(60)
            for port in [httpPort, dicomPort] {
                while await !WebPeers.accepts(port) {
                    guard process.isRunning, ContinuousClock.now < deadline else {
                        throw WardError(.unavailable, "Orthanc did not listen on port \(port) within 60 s.")
                    }
                    try await Task.sleep(for: .milliseconds(100))
                }
            }
            try await body(httpPort, dicomPort)
            await DCMTK.stop(process)
        } catch {
            await DCMTK.stop(process)
            throw error
        }
    }

    /// Writes one secondary-capture instance of a made-up patient with DCMTK's `dump2dcm` and sends it to Orthanc's
    /// DICOM port with `storescu`.
    static func storeSyntheticStudy(port: Int) async throws {
        let dump2dcm = try #require(DCMTK.path("dump2dcm"), "dump2dcm is missing (apt-get install dcmtk)")
        let storescu = try #require(DCMTK.path("storescu"), "storescu is missing (apt-get install dcmtk)")
        let directory = try DCMTK.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = "2.25.\(UInt64.random(in: 1...UInt64.max))"
        let dump = """
            (0008,0016) UI =SecondaryCaptureImageStorage
            (0008,0018) UI [\(root).3]
            (0008,0020) DA [20261130]
            (0008,0060) CS [OT]
            (0010,0010) PN [WARD^SYNTHETIC]
            (0010,0020) LO [\(patientID)]
            (0020,000d) UI [\(root).1]
            (0020,000e) UI [\(root).2]

            """
        let text = directory.appendingPathComponent("instance.txt")
        let instance = directory.appendingPathComponent("instance.dcm")
        try dump.write(to: text, atomically: true, encoding: .utf8)
        try await WebPeers.run(dump2dcm, [text.path, instance.path], in: directory)
        try await WebPeers.run(
            storescu,
            ["-aet", "WARD-TEST", "-aec", aeTitle, "127.0.0.1", "\(port)", instance.path],
            in: directory
        )
    }
}
