import Foundation
import NIOCore
import NIOPosix
import Synchronization
import WardCore

/// Finds out what listens on each open port, on any port and not only the usual one, by running the probes in an
/// order that costs the least and disturbs the least.
///
/// For each open port: a DICOM association first when the port is one of ``dicomPorts`` and the profile allows
/// clinical messages; then the probe the port number suggests (SSH on 22, TLS on 443, Redis on 6379 …); then, for
/// anything still unknown, the general sequence (``sequence``): wait for a greeting (SSH, FTP, SMTP, POP3, IMAP,
/// Telnet, VNC and MySQL speak first), offer TLS, ask HTTP, Redis `PING`, PostgreSQL (outside the gentle profile), SQL
/// Server's PRELOGIN, MongoDB's `hello`, an RDP and an SMB negotiation, and, outside the gentle profile, an anonymous
/// MQTT CONNECT and an MLLP-framed HL7 query.
///
/// In the gentle profile they go one at a time and the first that recognises the service wins. Outside it a DICOM
/// association goes first, alone (at most two seconds), then the greeting and the questions go out at once, each on
/// its own connection, and the first unmistakable recognition wins (``decisive``), so that a silent port costs one
/// timeout. A web server is asked further what runs behind it (``ClinicalWebProbe``: Orthanc, FHIR, and, outside the
/// gentle profile, DICOMweb), and so is HTTP spoken inside TLS. Every probe is bounded in time and bytes (see each
/// one), so a hostile port costs at most a few timeouts.
///
/// What the probes learn becomes *facts*: flat `name` → `value` pairs per address and port (`service` = `ssh`,
/// `cpe` = `cpe:2.3:a:openbsd:openssh:9.2:p1:…`, `tls.self_signed` = `true`), which the exposure rules read
/// (``ExposureRule``) and the inventory keeps with the service.
///
/// - Important: The gentle profile, meant for networks with medical devices, sends no clinical message (no DICOM
///   association, no DICOMweb query, no HL7) and no login (no PostgreSQL startup message, no MQTT CONNECT, no MongoDB
///   command beyond `hello`); it reads greetings, offers TLS, and asks pre-authentication questions (HTTP `GET`,
///   Redis `PING`, SQL Server PRELOGIN, MongoDB `hello`, RDP and SMB negotiation, VNC security types), none of which
///   changes anything on the server.
public struct ServiceIdentifier: Sendable {
    public var profile: SafetyProfile
    /// Ports to try a DICOM association on (outside the gentle profile).
    public var dicomPorts: Set<Int>
    /// The time each probe may take.
    public var timeout: Duration
    /// The clock for certificate expiry.
    public var now: Date

    public init(
        profile: SafetyProfile,
        dicomPorts: Set<Int> = [104, 4242, 11112],
        timeout: Duration? = nil,
        now: Date = Date()
    ) {
        self.profile = profile
        self.dicomPorts = dicomPorts
        self.timeout = timeout ?? .milliseconds(max(1_000, min(profile.timeoutMilliseconds * 3, 10_000)))
        self.now = now
    }

    enum Hint: Hashable, Sendable {
        case ssh, banner, tls, http, redis, postgreSQL, mllp, mySQL, msSQL, mongoDB, mqtt, rdp, smb, vnc, dicom
    }

    static let hints: [Int: Hint] = [
        22: .ssh, 2222: .ssh, 21: .banner, 23: .banner, 25: .banner, 110: .banner, 143: .banner, 587: .banner,
        443: .tls, 993: .tls, 995: .tls, 2762: .tls, 8443: .tls, 9443: .tls, 80: .http, 8000: .http, 8042: .http,
        8080: .http, 8081: .http, 6379: .redis, 5432: .postgreSQL, 2575: .mllp, 2576: .mllp,
        3306: .mySQL, 1433: .msSQL, 27017: .mongoDB, 1883: .mqtt, 3389: .rdp, 139: .smb, 445: .smb,
        5900: .vnc, 5901: .vnc, 5902: .vnc, 5903: .vnc,
    ]

    /// The general sequence for a port whose number says nothing, cheapest and least disturbing first.
    /// MySQL and VNC speak first: the greeting step hands them to their probes.
    static let sequence: [Hint] = [
        .banner, .tls, .http, .redis, .postgreSQL, .msSQL, .mongoDB, .rdp, .smb, .mqtt, .mllp,
    ]

    /// Identifies the services on every open port of `scans`, at most ``SafetyProfile/maxConcurrency`` ports at
    /// once; returns facts by address and port, for identified services only.
    public func identify(_ scans: [HostScan]) async -> [String: [Int: [String: String]]] {
        let work = scans.flatMap { scan in scan.openPorts.map { (scan.address, $0) } }
        var facts: [String: [Int: [String: String]]] = [:]
        await withTaskGroup(of: (String, Int, [String: String]).self) { group in
            var next = 0
            let width = max(1, min(profile.maxConcurrency, 16))
            while next < min(width, work.count) {
                let (address, port) = work[next]
                group.addTask { (address, port, await identify(host: address, port: port)) }
                next += 1
            }
            while let (address, port, found) = await group.next() {
                if !found.isEmpty { facts[address, default: [:]][port] = found }
                if next < work.count {
                    let (address, port) = work[next]
                    group.addTask { (address, port, await identify(host: address, port: port)) }
                    next += 1
                }
            }
        }
        return facts
    }

    /// Identifies the service on one open port; empty when nothing recognised it.
    public func identify(host: String, port: Int) async -> [String: String] {
        let gentle = profile.name == "gentle"
        if !gentle, dicomPorts.contains(port) {
            let result = await DICOMProbe(timeout: timeout).probe(host: host, port: port)
            if result.isDICOM { return Self.facts(result) }
        }
        var tried: Set<String> = []
        if let hint = Self.hints[port], let found = await run(hint, host: host, port: port, gentle: gentle) {
            return found
        } else if let hint = Self.hints[port] {
            tried.insert("\(hint)")
        }
        let rest = Self.sequence.filter { !tried.contains("\($0)") }
        if gentle {
            // One question at a time, the greeting first: a server that speaks first is heard before anything is
            // sent to it.
            for hint in rest {
                if let found = await run(hint, host: host, port: port, gentle: gentle) { return found }
            }
            return [:]
        }
        // Outside the gentle profile a DICOM association goes first, alone: PACS and modalities listen on any port
        // they are given, say nothing until asked, and answer at once; many of them serve one connection at a time,
        // so the other questions would keep them busy. Then everything else goes out at once.
        if !dicomPorts.contains(port) {
            let result = await DICOMProbe(timeout: min(timeout, .seconds(2))).probe(host: host, port: port)
            if result.isDICOM { return Self.facts(result) }
        }
        return await race(rest, host: host, port: port) ?? [:]
    }

    /// Probes whose recognition cannot be mistaken (a greeting, a TLS ServerHello, an HTTP status line, an
    /// A-ASSOCIATE answer, an MLLP frame …): the first of them to recognise the service wins at once. The others (a
    /// Redis error line, a PostgreSQL `N`, a two-byte MQTT CONNACK) win only when no decisive probe recognised
    /// anything, in ``sequence`` order. An MQTT CONNACK is short, but the probe takes only its exact shape.
    static let decisive: Set<Hint> = [
        .ssh, .banner, .tls, .http, .msSQL, .mongoDB, .rdp, .smb, .vnc, .mllp, .dicom, .mqtt,
    ]

    /// Whether what a probe recognised cannot be mistaken: always for the ``decisive`` probes; for Redis only `+PONG`
    /// or a `-NOAUTH` refusal, for PostgreSQL only an authentication request or an error with its SQLSTATE.
    static func isDecisive(_ hint: Hint, _ facts: [String: String]) -> Bool {
        switch hint {
        case .redis: facts["redis.unauthenticated"] == "true" || facts["redis.error"]?.hasPrefix("NOAUTH") == true
        case .postgreSQL: facts["postgresql.authMethod"] != nil || facts["postgresql.errorCode"] != nil
        default: decisive.contains(hint)
        }
    }

    /// A decisive probe that must let another finish before it may answer: a TLS port answers a plain HTTP request
    /// with an HTTP error page, so HTTP waits for the TLS probe, which sees the HTTPS behind it.
    static let waitsFor: [Hint: Hint] = [.http: .tls]

    /// Runs the probes at once and answers as soon as a decisive one recognises the service (and what it waits for
    /// has ended), or when all have ended; probes still running then end by their own timeouts. A port that answers
    /// none costs one timeout, not one per question.
    private func race(_ hints: [Hint], host: String, port: Int) async -> [String: String]? {
        let blockers = hints.map { hint in
            Self.waitsFor[hint].flatMap { hints.firstIndex(of: $0) }.map { [$0] } ?? []
        }
        let race = ProbeRace(blockers: blockers)
        return await withCheckedContinuation { continuation in
            race.start(continuation)
            for (index, hint) in hints.enumerated() {
                Task {
                    let found = await run(hint, host: host, port: port, gentle: false)
                    race.report(index, found, decisive: found.map { Self.isDecisive(hint, $0) } ?? false)
                }
            }
        }
    }

    private func run(_ hint: Hint, host: String, port: Int, gentle: Bool) async -> [String: String]? {
        switch hint {
        case .ssh:
            return await BannerProbes.ssh(host: host, port: port, timeout: timeout).map(Self.facts)
        case .banner:
            // A server that speaks first does so at once; waiting a whole timeout on every silent port would make
            // identification slow, so the greeting gets at most two seconds.
            let wait = min(timeout, .seconds(2))
            guard let identity = await BannerProbes.banner(host: host, port: port, timeout: wait) else { return nil }
            if identity.service == "unknown" {
                // Something spoke that no text protocol explains: a VNC server's RFB greeting, or MySQL's handshake.
                if identity.banner?.hasPrefix("RFB ") == true {
                    return await BannerProbes.vnc(host: host, port: port, timeout: timeout).map(Self.facts)
                }
                return await BannerProbes.mySQL(host: host, port: port, timeout: wait).map(Self.facts)
            }
            if identity.service == "ssh" {
                return await BannerProbes.ssh(host: host, port: port, timeout: timeout).map(Self.facts)
                    ?? Self.facts(identity)
            }
            return Self.facts(identity)
        case .tls:
            let identity = await TLSProbe(timeout: timeout).probe(host: host, port: port)
            guard identity.isTLS else { return nil }
            var found = Self.facts(identity, now: now)
            // What speaks inside the TLS: HTTP (and then Orthanc, FHIR, DICOMweb behind it) makes it HTTPS.
            let web = await HTTPProbe(timeout: timeout, tls: true).probe(host: host, port: port)
            if web.isHTTP {
                found.merge(Self.facts(web)) { _, http in http }
                let clinical = await ClinicalWebProbe(timeout: timeout, tls: true)
                    .identify(host: host, port: port, profile: profile)
                found.merge(clinical.facts) { _, clinical in clinical }
                found["service"] = "https"
            }
            return found
        case .http:
            let identity = await HTTPProbe(timeout: timeout).probe(host: host, port: port)
            guard identity.isHTTP else { return nil }
            // What runs behind the web server: Orthanc, a FHIR server, a DICOMweb service.
            let clinical = await ClinicalWebProbe(timeout: timeout).identify(host: host, port: port, profile: profile)
            return Self.facts(identity).merging(clinical.facts) { _, clinical in clinical }
        case .redis:
            return await BannerProbes.redis(host: host, port: port, timeout: timeout).map(Self.facts)
        case .postgreSQL:
            guard !gentle else { return nil }
            return await BannerProbes.postgreSQL(host: host, port: port, timeout: timeout).map(Self.facts)
        case .mySQL:
            // MySQL speaks first, like the greeting services: at most two seconds on a silent port.
            return await BannerProbes.mySQL(host: host, port: port, timeout: min(timeout, .seconds(2))).map(Self.facts)
        case .msSQL:
            return await BannerProbes.msSQL(host: host, port: port, timeout: timeout).map(Self.facts)
        case .mongoDB:
            // `hello` only in the gentle profile; buildInfo and listDatabases outside it.
            return await BannerProbes.mongoDB(host: host, port: port, timeout: timeout, gentle: gentle).map(Self.facts)
        case .rdp:
            return await BannerProbes.rdp(host: host, port: port, timeout: timeout).map(Self.facts)
        case .smb:
            return await BannerProbes.smb(host: host, port: port, timeout: timeout).map(Self.facts)
        case .vnc:
            return await BannerProbes.vnc(host: host, port: port, timeout: timeout).map(Self.facts)
        case .mqtt:
            // A CONNECT without credentials opens an anonymous session: not in the gentle profile.
            guard !gentle else { return nil }
            return await BannerProbes.mqtt(host: host, port: port, timeout: timeout).map(Self.facts)
        case .dicom:
            guard !gentle else { return nil }
            let result = await DICOMProbe(timeout: timeout).probe(host: host, port: port)
            return result.isDICOM ? Self.facts(result) : nil
        case .mllp:
            // An HL7 message, even one without patient data, is a clinical message: not in the gentle profile.
            guard MLLPProbe.isAllowed(in: profile) else { return nil }
            return await MLLPProbe(timeout: timeout).probe(host: host, port: port)?.facts
        }
    }

    static func facts(_ result: DICOMProbeResult) -> [String: String] {
        var found = ["service": "dicom", "dicom.service": "true"]
        if let any = result.acceptsAnyCaller { found["dicom.accepts_any_caller"] = any ? "true" : "false" }
        if let uid = result.implementationClassUID { found["dicom.implementation_class_uid"] = uid }
        if let name = result.implementationVersionName { found["dicom.implementation_version"] = name }
        return found
    }

    static func facts(_ identity: ServiceIdentity) -> [String: String] {
        var found = ["service": identity.service]
        if let product = identity.product { found["product"] = product }
        if let version = identity.version { found["version"] = version }
        if let cpe = identity.cpe { found["cpe"] = cpe }
        if let banner = identity.banner { found["banner"] = String(banner.prefix(200)) }
        if let tls = identity.tls { found["\(identity.service).tls"] = tls ? "true" : "false" }
        if let open = identity.unauthenticatedAccess {
            found["\(identity.service).unauthenticated"] = open ? "true" : "false"
        }
        if !identity.weakAlgorithms.isEmpty {
            found["\(identity.service).weak_algorithms"] = identity.weakAlgorithms.joined(separator: ",")
        }
        for (key, value) in identity.details { found["\(identity.service).\(key)"] = String(value.prefix(500)) }
        return found
    }

    static func facts(_ identity: TLSIdentity, now: Date) -> [String: String] {
        var found = ["service": "tls", "tls": "true"]
        if let version = identity.version { found["tls.version"] = version }
        if let cipher = identity.cipherSuite { found["tls.cipher"] = cipher }
        let legacy = identity.acceptsTLS10 == true || identity.acceptsTLS11 == true
        found["tls.legacy_versions"] = legacy ? "true" : "false"
        if !identity.weakCipherSuites.isEmpty {
            found["tls.weak_ciphers"] = identity.weakCipherSuites.joined(separator: ",")
        }
        if let certificate = identity.certificate {
            found["tls.self_signed"] = certificate.isSelfSigned ? "true" : "false"
            if let subject = certificate.subjectCommonName { found["tls.subject"] = subject }
            if let issuer = certificate.issuerCommonName { found["tls.issuer"] = issuer }
            if let notAfter = certificate.notAfter {
                found["tls.not_after"] = ISO8601DateFormatter().string(from: notAfter)
                found["tls.certificate_expired"] = notAfter < now ? "true" : "false"
            }
            let names = certificate.dnsNames + certificate.ipAddresses
            if !names.isEmpty { found["tls.names"] = names.joined(separator: ",") }
            if let bits = certificate.rsaKeyBits { found["tls.rsa_bits"] = "\(bits)" }
        }
        if let note = identity.note { found["tls.note"] = note }
        return found
    }

    static func facts(_ identity: HTTPIdentity) -> [String: String] {
        var found = ["service": "http"]
        if let status = identity.statusCode { found["http.status"] = "\(status)" }
        if let server = identity.server {
            found["http.server"] = server
            found["banner"] = server
        }
        if let title = identity.title { found["http.title"] = String(title.prefix(200)) }
        if let location = identity.location { found["http.location"] = location }
        if !identity.consoles.isEmpty { found["http.consoles"] = identity.consoles.joined(separator: ",") }
        // A product's default page means a server nobody configured; the others are administration consoles.
        if identity.consoles.contains(where: { $0.hasSuffix("default page") }) { found["http.default_page"] = "true" }
        if identity.consoles.contains(where: { !$0.hasSuffix("default page") }) { found["http.admin_console"] = "true" }
        if !identity.securityHeadersMissing.isEmpty {
            found["http.security_headers_missing"] = identity.securityHeadersMissing.joined(separator: ",")
        }
        if let cpe = identity.cpes.first { found["cpe"] = cpe }
        return found
    }
}

/// The answers of probes running at once, and the identification waiting for them.
final class ProbeRace: Sendable {
    typealias Waiting = CheckedContinuation<[String: String]?, Never>

    private struct State {
        var continuation: Waiting?
        var answers: [Int: [String: String]] = [:]
        var decisive: Set<Int> = []
        var finished: Set<Int> = []
    }

    /// Per probe, the probes that must have ended before its recognition may answer.
    private let blockers: [[Int]]
    private let state = Mutex(State())

    init(blockers: [[Int]]) {
        self.blockers = blockers
    }

    func start(_ continuation: Waiting) {
        let now = state.withLock { state -> Bool in
            if blockers.isEmpty { return true }
            state.continuation = continuation
            return false
        }
        if now { continuation.resume(returning: nil) }
    }

    /// One probe ended: a decisive recognition whose blockers have ended answers; when every probe has ended, the
    /// first recognition in order answers, if any.
    func report(_ index: Int, _ found: [String: String]?, decisive: Bool) {
        let (waiting, answer) = state.withLock { state -> (Waiting?, [String: String]?) in
            state.finished.insert(index)
            if let found { state.answers[index] = found }
            if decisive { state.decisive.insert(index) }
            guard let continuation = state.continuation else { return (nil, nil) }
            let ready = state.decisive.sorted().first { candidate in
                blockers[candidate].allSatisfy { state.finished.contains($0) }
            }
            if let ready {
                state.continuation = nil
                return (continuation, state.answers[ready])
            }
            if state.finished.count == blockers.count {
                state.continuation = nil
                return (continuation, state.answers.keys.min().flatMap { state.answers[$0] })
            }
            return (nil, nil)
        }
        waiting?.resume(returning: answer)
    }
}
