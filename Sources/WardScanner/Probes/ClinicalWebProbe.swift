import Foundation
import NIOCore
import NIOPosix

/// Recognises the clinical web services that a plain `GET /` and nmap's `-sV` miss: the Orthanc PACS by its REST
/// API, a FHIR server by its capability statement, and a DICOMweb archive by a QIDO-RS study search.
///
/// Each question is one `GET` through ``HTTPProbe/get(host:port:path:accept:maximumBytes:)``:
///
/// | what | request | when the walk stops |
/// | --- | --- | --- |
/// | Orthanc | `GET /system` (`Accept: application/json`) | after the one request |
/// | FHIR | `GET <base>/metadata` (`Accept: application/fhir+json`) at each of ``fhirBases`` | at the first statement, 401/403 or silence |
/// | DICOMweb | `GET <base>/studies?limit=1` (`Accept: application/dicom+json`) at each of ``dicomwebBases`` | at the first study list, 401/403 (then one control request) or silence |
///
/// ```swift
/// let found = await ClinicalWebProbe().identify(host: "10.0.4.20", port: 8042, profile: .standard)
/// print(found.facts["product"] ?? "?", found.facts["dicomweb.unauthenticated"] ?? "-")
/// ```
///
/// - Important: The probe connects only to the host it is given; the caller decides scope first. It sends no
///   credentials, no body and no method but `GET`. Orthanc's `/system` and FHIR's `/metadata` (public by the FHIR
///   specification) describe the server, not patients: both are safe in the gentle profile. The QIDO-RS search asks
///   for at most one study, and a study's attributes name a patient: it runs only outside the gentle profile
///   (``identify(host:port:profile:)``), and the probe keeps nothing of the answer but whether the list was empty
///   (``DICOMwebIdentity/studiesVisible``). It never retrieves (WADO-RS) or stores (STOW-RS) anything. Each request
///   takes at most ``timeout`` and keeps at most ``HTTPProbe/maximumBytes`` (a capability statement
///   ``maximumCapabilityBytes``); a port that does not answer one request is asked nothing more in that walk, so a
///   silent port costs at most three timeouts.
public struct ClinicalWebProbe: Sendable {
    /// Where DICOMweb services usually live: Orthanc's plugin, DCM4CHEE-style and vendor roots, and the server root.
    public static let dicomwebBases = ["/dicom-web", "/dicomweb", "/wado", "/qido", "/"]

    /// Where FHIR servers usually live: the root, HAPI's `/fhir` and `/baseR4`, and a versioned `/fhir/R4`.
    public static let fhirBases = ["/", "/fhir", "/baseR4", "/fhir/R4"]

    /// The most bytes kept of a capability statement: 1 MiB, as a full HAPI FHIR statement runs to hundreds of KiB.
    public static let maximumCapabilityBytes = 1 << 20

    /// How long each request may take.
    public let timeout: Duration

    let group: any EventLoopGroup

    /// Whether the questions go through TLS (HTTPS).
    public let tls: Bool

    /// Creates a probe.
    ///
    /// - Parameters:
    ///   - timeout: How long each request may take to connect and answer.
    ///   - tls: Whether to ask through TLS.
    ///   - group: The event loops that run the connections.
    public init(
        timeout: Duration = .seconds(3),
        tls: Bool = false,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.timeout = timeout
        self.tls = tls
        self.group = group
    }

    /// Whether the DICOMweb search may run in a profile: not in the gentle one, as it reads patient metadata.
    public static func dicomwebAllowed(in profile: SafetyProfile) -> Bool { profile.name != "gentle" }

    /// Asks the Orthanc, FHIR and, where the profile allows (``dicomwebAllowed(in:)``), DICOMweb questions of one
    /// port.
    ///
    /// - Returns: What was recognised; its ``ClinicalWebIdentity/facts`` are empty when nothing was.
    public func identify(host: String, port: Int, profile: SafetyProfile) async -> ClinicalWebIdentity {
        let orthanc = await orthanc(host: host, port: port)
        let fhir = await fhir(host: host, port: port)
        let dicomweb = Self.dicomwebAllowed(in: profile) ? await dicomweb(host: host, port: port) : nil
        return ClinicalWebIdentity(orthanc: orthanc, fhir: fhir, dicomweb: dicomweb)
    }

    /// Asks `GET /system` and recognises Orthanc's answer: its system description when authentication is off, its
    /// `401` with realm `Orthanc Secure Area` when it is on.
    ///
    /// - Returns: The identity, or `nil` when the port is not Orthanc's REST API.
    public func orthanc(host: String, port: Int) async -> OrthancIdentity? {
        let answer = await HTTPProbe(timeout: timeout, tls: tls, group: group)
            .get(host: host, port: port, path: "/system", accept: "application/json")
        return answer.response.flatMap(OrthancIdentity.init(response:))
    }

    /// Asks `GET <base>/metadata` at each of ``fhirBases`` until one answers with a FHIR capability statement.
    ///
    /// - Returns: The first statement found, or `nil` when none was; the walk stops early at a `401` or `403` (the
    ///   whole server asks for credentials: `/metadata` is public by the specification) or at a port that does not
    ///   answer.
    public func fhir(host: String, port: Int) async -> FHIRIdentity? {
        let probe = HTTPProbe(timeout: timeout, tls: tls, group: group)
        for base in Self.fhirBases {
            let answer = await probe.get(
                host: host,
                port: port,
                path: Self.join(base, "metadata"),
                accept: "application/fhir+json",
                maximumBytes: Self.maximumCapabilityBytes
            )
            guard let response = answer.response else { return nil }
            if response.statusCode == 401 || response.statusCode == 403 { return nil }
            if response.statusCode == 200,
                let identity = FHIRIdentity(body: response.decodedBody, base: base, isCut: answer.isCut)
            {
                return identity
            }
        }
        return nil
    }

    /// Asks `GET <base>/studies?limit=1` at each of ``dicomwebBases`` until one answers as QIDO-RS does.
    ///
    /// A `401` or `403` stops the walk; one control request for a path no service has (`/ward-…/studies`) then
    /// tells a DICOMweb path that alone asks for credentials from a server that asks on every path. The latter counts
    /// as DICOMweb only when its realm names a PACS (``DICOMwebIdentity/clinicalRealmWords``).
    ///
    /// - Returns: The service, or `nil` when none was found.
    ///
    /// - Important: Reads patient metadata when the service is open: keep it out of the gentle profile. Only the
    ///   count of studies (none, or at least one) survives the call.
    public func dicomweb(host: String, port: Int) async -> DICOMwebIdentity? {
        let probe = HTTPProbe(timeout: timeout, tls: tls, group: group)
        for base in Self.dicomwebBases {
            let answer = await probe.get(
                host: host,
                port: port,
                path: Self.join(base, "studies?limit=1"),
                accept: "application/dicom+json"
            )
            guard let response = answer.response else { return nil }
            switch DICOMwebIdentity.classify(response, base: base) {
            case .studies(let visible):
                return DICOMwebIdentity(base: base, unauthenticated: true, studiesVisible: visible, evidence: .answered)
            case .credentialsRequired(let scheme, let realm):
                var generator = SystemRandomNumberGenerator()
                let control = await probe.get(
                    host: host,
                    port: port,
                    path: "/" + Self.randomSegment(using: &generator) + "/studies?limit=1",
                    accept: "application/dicom+json"
                )
                let controlStatus = control.response?.statusCode
                if controlStatus != nil, controlStatus != 401, controlStatus != 403 {
                    return DICOMwebIdentity(
                        base: base,
                        unauthenticated: false,
                        authenticationScheme: scheme,
                        evidence: .pathRequiresCredentials
                    )
                }
                guard DICOMwebIdentity.isClinicalRealm(realm) else { return nil }
                return DICOMwebIdentity(
                    base: base,
                    unauthenticated: false,
                    authenticationScheme: scheme,
                    evidence: .serverRequiresCredentials
                )
            case .other:
                continue
            }
        }
        return nil
    }

    /// `base` and `tail` joined with one slash.
    static func join(_ base: String, _ tail: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + tail
    }

    /// A path segment no service has: `ward-` and twelve random lowercase letters or digits.
    static func randomSegment(using generator: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return "ward-" + String((0..<12).map { _ in alphabet.randomElement(using: &generator)! })
    }
}

/// What ``ClinicalWebProbe/identify(host:port:profile:)`` recognised on one port.
public struct ClinicalWebIdentity: Hashable, Sendable, Codable {
    /// Orthanc's REST API, when the port serves it.
    public var orthanc: OrthancIdentity?
    /// The FHIR server, when the port serves one.
    public var fhir: FHIRIdentity?
    /// The DICOMweb service, when the port serves one and the profile allowed the search.
    public var dicomweb: DICOMwebIdentity?

    /// Creates an identity.
    public init(orthanc: OrthancIdentity? = nil, fhir: FHIRIdentity? = nil, dicomweb: DICOMwebIdentity? = nil) {
        self.orthanc = orthanc
        self.fhir = fhir
        self.dicomweb = dicomweb
    }

    /// Whether anything was recognised.
    public var isEmpty: Bool { orthanc == nil && fhir == nil && dicomweb == nil }

    /// The facts for the scan: each part's facts merged. `product`, `version` and `cpe` name the application behind
    /// the web server (Orthanc first, then the FHIR server's software), and are meant to replace the web server's own.
    public var facts: [String: String] {
        var found: [String: String] = [:]
        for part in [dicomweb?.facts, fhir?.facts, orthanc?.facts] {
            found.merge(part ?? [:]) { _, later in later }
        }
        return found
    }
}

/// Orthanc, recognised by `GET /system`.
public struct OrthancIdentity: Hashable, Sendable, Codable {
    /// Whether `/system` answered without credentials.
    public var unauthenticated: Bool
    /// The version, such as `1.10.1`; `nil` when authentication hides it.
    public var version: String?
    /// The DICOM AE title Orthanc answers to (`DicomAet`).
    public var dicomAETitle: String?
    /// The DICOM port Orthanc listens on (`DicomPort`).
    public var dicomPort: Int?
    /// The REST API version (`ApiVersion`).
    public var apiVersion: Int?
    /// The name an administrator gave the server (`Name`).
    public var name: String?
    /// Whether plugins are enabled (`PluginsEnabled`).
    public var pluginsEnabled: Bool?
    /// The scheme of the `WWW-Authenticate` challenge, such as `Basic`, when credentials are required.
    public var authenticationScheme: String?

    /// Creates an identity.
    public init(
        unauthenticated: Bool,
        version: String? = nil,
        dicomAETitle: String? = nil,
        dicomPort: Int? = nil,
        apiVersion: Int? = nil,
        name: String? = nil,
        pluginsEnabled: Bool? = nil,
        authenticationScheme: String? = nil
    ) {
        self.unauthenticated = unauthenticated
        self.version = version
        self.dicomAETitle = dicomAETitle
        self.dicomPort = dicomPort
        self.apiVersion = apiVersion
        self.name = name
        self.pluginsEnabled = pluginsEnabled
        self.authenticationScheme = authenticationScheme
    }

    /// Reads an answer to `GET /system`: the pure part of ``ClinicalWebProbe/orthanc(host:port:)``.
    ///
    /// A `200` counts when its JSON object has Orthanc's `Version`, `DicomAet` and `ApiVersion`; a `401` when its
    /// `WWW-Authenticate` realm names Orthanc. Anything else is `nil`.
    public init?(response: HTTPResponse) {
        switch response.statusCode {
        case 200:
            guard let object = ClinicalJSON.object(response.decodedBody),
                let version = object["Version"] as? String,
                let aet = object["DicomAet"] as? String,
                let api = ClinicalJSON.integer(object["ApiVersion"])
            else { return nil }
            self.init(
                unauthenticated: true,
                version: ClinicalJSON.clean(version),
                dicomAETitle: ClinicalJSON.clean(aet),
                dicomPort: ClinicalJSON.integer(object["DicomPort"]),
                apiVersion: api,
                name: (object["Name"] as? String).flatMap(ClinicalJSON.clean),
                pluginsEnabled: object["PluginsEnabled"] as? Bool
            )
        case 401:
            guard let challenge = response.header("WWW-Authenticate"),
                Authentication.realm(challenge)?.lowercased().contains("orthanc") == true
            else { return nil }
            self.init(unauthenticated: false, authenticationScheme: Authentication.scheme(challenge))
        default:
            return nil
        }
    }

    /// The CPE 2.3 name, with NVD's vendor and product for Orthanc (`orthanc-server:orthanc`); `nil` without a
    /// numeric version (a development build answers `mainline`).
    public var cpe: String? {
        guard let version, version.first?.isNumber == true, version.allSatisfy({ $0.isNumber || $0 == "." })
        else { return nil }
        return "cpe:2.3:a:orthanc-server:orthanc:\(version):*:*:*:*:*:*:*"
    }

    /// The facts: `product` `Orthanc`, `version`, `cpe`, `orthanc.unauthenticated`, `orthanc.aet`,
    /// `orthanc.dicom_port`, `orthanc.api_version`, `orthanc.name`, `orthanc.plugins_enabled`, `orthanc.auth`.
    public var facts: [String: String] {
        var found = ["product": "Orthanc", "orthanc.unauthenticated": unauthenticated ? "true" : "false"]
        found["version"] = version
        found["cpe"] = cpe
        found["orthanc.aet"] = dicomAETitle
        found["orthanc.dicom_port"] = dicomPort.map(String.init)
        found["orthanc.api_version"] = apiVersion.map(String.init)
        found["orthanc.name"] = name
        found["orthanc.plugins_enabled"] = pluginsEnabled.map { $0 ? "true" : "false" }
        found["orthanc.auth"] = authenticationScheme
        return found
    }
}

/// A FHIR server, recognised by its capability statement (`CapabilityStatement`, or `Conformance` before R3).
public struct FHIRIdentity: Hashable, Sendable, Codable {
    /// The base the statement was found at, such as `/` or `/fhir`.
    public var base: String
    /// `CapabilityStatement` or `Conformance`.
    public var resourceType: String
    /// The FHIR version the server implements, such as `4.0.1`.
    public var fhirVersion: String?
    /// The software's name (`software.name`), such as `HAPI FHIR Server`.
    public var softwareName: String?
    /// The software's version (`software.version`).
    public var softwareVersion: String?
    /// The implementation's base URL as the server states it (`implementation.url`).
    public var implementationURL: String?
    /// Whether a `rest[].security` declares a service, CORS or an extension (SMART's `oauth-uris`); `nil` when the
    /// statement was cut before it could tell.
    public var securityDeclared: Bool?
    /// The codes or texts of the declared security services, such as `SMART-on-FHIR`.
    public var securityServices: [String]
    /// Whether the statement names OAuth endpoints (the `oauth-uris` extension).
    public var oauthURIs: Bool
    /// That the statement was cut at ``ClinicalWebProbe/maximumCapabilityBytes`` and read by pattern.
    public var note: String?

    /// Creates an identity.
    public init(
        base: String,
        resourceType: String,
        fhirVersion: String? = nil,
        softwareName: String? = nil,
        softwareVersion: String? = nil,
        implementationURL: String? = nil,
        securityDeclared: Bool? = nil,
        securityServices: [String] = [],
        oauthURIs: Bool = false,
        note: String? = nil
    ) {
        self.base = base
        self.resourceType = resourceType
        self.fhirVersion = fhirVersion
        self.softwareName = softwareName
        self.softwareVersion = softwareVersion
        self.implementationURL = implementationURL
        self.securityDeclared = securityDeclared
        self.securityServices = securityServices
        self.oauthURIs = oauthURIs
        self.note = note
    }

    /// The resource types that are a capability statement: `CapabilityStatement` (R3 on), `Conformance` (DSTU2).
    public static let statementTypes: Set<String> = ["CapabilityStatement", "Conformance"]

    /// Reads a capability statement: the pure part of ``ClinicalWebProbe/fhir(host:port:)``.
    ///
    /// - Parameters:
    ///   - body: The body, without its transfer coding.
    ///   - base: The base it was asked at.
    ///   - isCut: Whether the body was cut; a cut statement is not JSON, so its leading fields are read by pattern
    ///     (``init(cutStatement:base:)``).
    /// - Returns: `nil` when the body is not a capability statement.
    public init?(body: [UInt8], base: String, isCut: Bool = false) {
        guard let object = ClinicalJSON.object(body) else {
            guard isCut else { return nil }
            self.init(cutStatement: body, base: base)
            return
        }
        guard let type = object["resourceType"] as? String, Self.statementTypes.contains(type) else { return nil }
        let software = object["software"] as? [String: Any]
        let implementation = object["implementation"] as? [String: Any]
        var declared = false
        var services: [String] = []
        var oauth = false
        for rest in object["rest"] as? [Any] ?? [] {
            guard let security = (rest as? [String: Any])?["security"] as? [String: Any] else { continue }
            for service in security["service"] as? [Any] ?? [] {
                guard let service = service as? [String: Any] else { continue }
                declared = true
                let codes = (service["coding"] as? [Any] ?? []).compactMap {
                    ($0 as? [String: Any])?["code"] as? String
                }
                services += codes.isEmpty ? [service["text"] as? String].compactMap { $0 } : codes
            }
            if security["cors"] as? Bool == true { declared = true }
            for case let extensionObject as [String: Any] in security["extension"] as? [Any] ?? [] {
                declared = true
                if (extensionObject["url"] as? String)?.contains("oauth-uris") == true { oauth = true }
            }
        }
        self.init(
            base: base,
            resourceType: type,
            fhirVersion: (object["fhirVersion"] as? String).flatMap(ClinicalJSON.clean),
            softwareName: (software?["name"] as? String).flatMap(ClinicalJSON.clean),
            softwareVersion: (software?["version"] as? String).flatMap(ClinicalJSON.clean),
            implementationURL: (implementation?["url"] as? String).flatMap(ClinicalJSON.clean),
            securityDeclared: declared,
            securityServices: Array(Set(services.compactMap(ClinicalJSON.clean))).sorted(),
            oauthURIs: oauth
        )
    }

    /// Reads the leading fields of a statement cut before its end, by pattern: `resourceType`, `fhirVersion`,
    /// `software` and `implementation`, which servers write before the long `rest` list; `security` only when it
    /// appears in the bytes read.
    ///
    /// - Returns: `nil` when the bytes do not name a capability statement.
    public init?(cutStatement body: [UInt8], base: String) {
        let text = String(decoding: body.prefix(ClinicalWebProbe.maximumCapabilityBytes), as: UTF8.self)
        func first(_ pattern: String, in scope: String) -> String? {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                let match = expression.firstMatch(in: scope, range: NSRange(scope.startIndex..., in: scope)),
                match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: scope)
            else { return nil }
            return String(scope[range])
        }
        let string = #"\s*:\s*"([^"\\]{0,200})""#
        guard let type = first(#""resourceType""# + string, in: text), Self.statementTypes.contains(type) else {
            return nil
        }
        let software = first(#""software"\s*:\s*(\{[^{}]{0,2000}\})"#, in: text)
        let implementation = first(#""implementation"\s*:\s*(\{[^{}]{0,2000}\})"#, in: text)
        let security = first(#""security"\s*:\s*(\{[^\]]{0,4000})"#, in: text)
        self.init(
            base: base,
            resourceType: type,
            fhirVersion: first(#""fhirVersion""# + string, in: text).flatMap(ClinicalJSON.clean),
            softwareName: software.flatMap { first(#""name""# + string, in: $0) }.flatMap(ClinicalJSON.clean),
            softwareVersion: software.flatMap { first(#""version""# + string, in: $0) }.flatMap(ClinicalJSON.clean),
            implementationURL: implementation.flatMap { first(#""url""# + string, in: $0) }
                .flatMap(ClinicalJSON.clean),
            securityDeclared: security == nil ? nil : true,
            oauthURIs: security?.contains("oauth-uris") == true,
            note: "The capability statement was cut at \(ClinicalWebProbe.maximumCapabilityBytes) bytes; its leading "
                + "fields were read by pattern."
        )
    }

    /// The facts: `fhir.base`, `fhir.version`, `fhir.resource`, `fhir.software`, `fhir.implementation_url`,
    /// `fhir.security_declared`, `fhir.security_services`, `fhir.oauth_uris`, `fhir.note`, and
    /// `fhir.unauthenticated` = `true`: the statement was served without credentials, as the FHIR specification
    /// wants; it does not show that any resource is readable (read `fhir.security_declared` for that).
    /// `product` and `version` are the software's name and version.
    public var facts: [String: String] {
        var found = [
            "fhir.base": base, "fhir.resource": resourceType, "fhir.unauthenticated": "true",
            "fhir.oauth_uris": oauthURIs ? "true" : "false",
        ]
        found["fhir.version"] = fhirVersion
        found["fhir.software"] = [softwareName, softwareVersion].compactMap { $0 }.joined(separator: " ")
        if found["fhir.software"] == "" { found["fhir.software"] = nil }
        found["fhir.implementation_url"] = implementationURL
        found["fhir.security_declared"] = securityDeclared.map { $0 ? "true" : "false" }
        if !securityServices.isEmpty { found["fhir.security_services"] = securityServices.joined(separator: ",") }
        found["fhir.note"] = note
        found["product"] = softwareName
        found["version"] = softwareName == nil ? nil : softwareVersion
        return found
    }
}

/// A DICOMweb service, recognised by a QIDO-RS study search.
public struct DICOMwebIdentity: Hashable, Sendable, Codable {
    /// How the service was recognised.
    public enum Evidence: String, Hashable, Sendable, Codable {
        /// The search answered with a DICOM JSON list of studies.
        case answered = "qido"
        /// The search path asked for credentials while a path no service has did not.
        case pathRequiresCredentials = "path-auth"
        /// Every path asks for credentials and the realm names a PACS, so the service can only be presumed.
        case serverRequiresCredentials = "server-auth"
    }

    /// The base that answered, such as `/dicom-web`, or `/` for the server root.
    public var base: String
    /// Whether the search answered without credentials.
    public var unauthenticated: Bool
    /// `0` when the open search listed no study, `1+` when it listed at least one; `nil` when credentials were
    /// required. The only thing kept of the answer: no attribute of any study.
    public var studiesVisible: String?
    /// The scheme of the `WWW-Authenticate` challenge, such as `Basic` or `Bearer`.
    public var authenticationScheme: String?
    /// How the service was recognised.
    public var evidence: Evidence

    /// Creates an identity.
    public init(
        base: String,
        unauthenticated: Bool,
        studiesVisible: String? = nil,
        authenticationScheme: String? = nil,
        evidence: Evidence
    ) {
        self.base = base
        self.unauthenticated = unauthenticated
        self.studiesVisible = studiesVisible
        self.authenticationScheme = authenticationScheme
        self.evidence = evidence
    }

    /// Words in a `WWW-Authenticate` realm that name a picture archive.
    public static let clinicalRealmWords = ["orthanc", "pacs", "dicom", "dcm4chee", "imaging"]

    /// Whether a realm names a picture archive.
    static func isClinicalRealm(_ realm: String?) -> Bool {
        guard let realm = realm?.lowercased() else { return false }
        return clinicalRealmWords.contains { realm.contains($0) }
    }

    /// What one answer to a study search says.
    enum Classification: Hashable, Sendable {
        /// A DICOM JSON list: `0` or `1+` studies.
        case studies(String)
        /// `401` or `403`, with the challenge's scheme and realm.
        case credentialsRequired(scheme: String?, realm: String?)
        /// Anything else: not DICOMweb at this base.
        case other
    }

    /// Classifies an answer to `GET <base>/studies?limit=1`: the pure part of ``ClinicalWebProbe/dicomweb(host:port:)``.
    ///
    /// A `200` counts when its body is a JSON array of DICOM JSON objects (every key eight hexadecimal digits); an
    /// empty array when the type is `application/dicom+json`, or JSON at a base other than the root. A `204` counts
    /// at a base other than the root. The studies are counted and dropped.
    static func classify(_ response: HTTPResponse, base: String) -> Classification {
        let type = response.header("Content-Type")?.lowercased() ?? ""
        switch response.statusCode {
        case 200:
            guard let list = ClinicalJSON.array(response.decodedBody) else { return .other }
            if list.isEmpty {
                let typed = type.contains("application/dicom+json") || (base != "/" && type.contains("json"))
                return typed ? .studies("0") : .other
            }
            let isDICOMJSON = list.allSatisfy { element in
                guard let object = element as? [String: Any], !object.isEmpty else { return false }
                return object.keys.allSatisfy { key in key.count == 8 && key.allSatisfy(\.isHexDigit) }
            }
            return isDICOMJSON ? .studies("1+") : .other
        case 204:
            return base != "/" && response.decodedBody.isEmpty ? .studies("0") : .other
        case 401, 403:
            let challenge = response.header("WWW-Authenticate")
            return .credentialsRequired(
                scheme: challenge.flatMap(Authentication.scheme),
                realm: challenge.flatMap(Authentication.realm)
            )
        default:
            return .other
        }
    }

    /// The facts: `dicomweb.base`, `dicomweb.unauthenticated`, `dicomweb.studies_visible`, `dicomweb.auth`,
    /// `dicomweb.evidence`.
    public var facts: [String: String] {
        var found = [
            "dicomweb.base": base, "dicomweb.unauthenticated": unauthenticated ? "true" : "false",
            "dicomweb.evidence": evidence.rawValue,
        ]
        found["dicomweb.studies_visible"] = studiesVisible
        found["dicomweb.auth"] = authenticationScheme
        return found
    }
}

/// The parts of a `WWW-Authenticate` challenge the probes read.
enum Authentication {
    /// The scheme, such as `Basic` or `Bearer`.
    static func scheme(_ challenge: String) -> String? {
        let word = challenge.trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace && $0 != "," }
        return word.isEmpty ? nil : ClinicalJSON.clean(String(word.prefix(40)))
    }

    /// The `realm` parameter, quoted or not.
    static func realm(_ challenge: String) -> String? {
        guard let range = challenge.range(of: "realm=", options: .caseInsensitive) else { return nil }
        var rest = challenge[range.upperBound...]
        if rest.first == "\"" {
            rest = rest.dropFirst()
            return ClinicalJSON.clean(String(rest.prefix { $0 != "\"" }.prefix(200)))
        }
        return ClinicalJSON.clean(String(rest.prefix { $0 != "," && !$0.isWhitespace }.prefix(200)))
    }
}

/// Bounded JSON reading for the probes: the body is at most a probe's byte limit, and nesting deeper than
/// ``maximumDepth`` is refused before JSONSerialization sees it.
enum ClinicalJSON {
    /// The deepest nesting read; capability statements nest about ten deep.
    static let maximumDepth = 64

    /// The top-level object, or `nil` for anything else.
    static func object(_ bytes: [UInt8]) -> [String: Any]? { value(bytes) as? [String: Any] }

    /// The top-level array, or `nil` for anything else.
    static func array(_ bytes: [UInt8]) -> [Any]? { value(bytes) as? [Any] }

    static func value(_ bytes: [UInt8]) -> Any? {
        guard !bytes.isEmpty, depth(bytes) <= maximumDepth else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(bytes))
    }

    /// The deepest nesting of arrays and objects outside strings.
    static func depth(_ bytes: [UInt8]) -> Int {
        var deepest = 0
        var current = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                current += 1
                deepest = max(deepest, current)
                if deepest > maximumDepth { return deepest }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): current -= 1
            default: break
            }
        }
        return deepest
    }

    /// An integer from a JSON number.
    static func integer(_ value: Any?) -> Int? {
        if let number = value as? Int { return number }
        if let number = value as? Double, number.rounded() == number, abs(number) < 1e15 { return Int(number) }
        return nil
    }

    /// Printable text only, white space collapsed, at most 200 characters; `nil` when nothing is left.
    static func clean(_ text: String) -> String? {
        let printable = text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) }
        let words = String(printable).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? nil : String(words.prefix(200))
    }
}
