import Foundation
import NIOCore
import NIOPosix
import WardCore

/// Identifies the web server on a TCP port from one plain `GET /`: server software, page title, redirect, security
/// headers and well-known administration consoles.
///
/// The probe sends one request,
///
/// ```
/// GET / HTTP/1.1
/// Host: HOST[:PORT]
/// User-Agent: Ward-Scanner
/// Accept: */*
/// Connection: close
/// ```
///
/// reads the answer until the server closes the connection, and reads it with ``HTTPResponse/parse(_:)``.
///
/// ```swift
/// let identity = await HTTPProbe().probe(host: "10.0.4.20", port: 8042)
/// print(identity.server ?? "?", identity.title ?? "", identity.consoles)
/// ```
///
/// - Important: The probe connects only to the host it is given; the caller decides scope first
///   (``Scope/decide(_:at:)``). It sends one `GET /` and nothing else: no login, no other path, no body. It takes at
///   most ``timeout`` to connect and answer and keeps at most ``maximumBytes`` (64 KiB) of the answer.
public struct HTTPProbe: Sendable {
    /// The `User-Agent` Ward sends, so that a web server's log names the scanner plainly.
    public static let userAgent = "Ward-Scanner"

    /// The most bytes of an answer the probe keeps: 64 KiB.
    public static let maximumBytes = 64 * 1024

    /// How long the probe may take to connect and read the answer.
    public let timeout: Duration

    let group: any EventLoopGroup

    /// Whether the probe speaks HTTPS: HTTP through TLS, without checking the certificate.
    public let tls: Bool

    /// Creates a probe.
    ///
    /// - Parameters:
    ///   - timeout: How long connecting and reading the answer may take together.
    ///   - tls: Whether to speak HTTP through TLS.
    ///   - group: The event loops that run the connection.
    public init(
        timeout: Duration = .seconds(3),
        tls: Bool = false,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.timeout = timeout
        self.tls = tls
        self.group = group
    }

    /// Sends `GET /` to one port and describes the answer.
    ///
    /// - Parameters:
    ///   - host: An IP address, or a host name that the system resolves; it is also the `Host` header.
    ///   - port: The TCP port.
    /// - Returns: What the server answered; never throws: an unreachable or silent port, or one that does not
    ///   speak HTTP, is a result whose ``HTTPIdentity/isHTTP`` is `false` and whose ``HTTPIdentity/note`` says why.
    public func probe(host: String, port: Int) async -> HTTPIdentity {
        let exchange = ProbeExchange(timeout: timeout, maximumBytes: Self.maximumBytes, group: group, tls: tls)
        let outcome = await exchange.run(host: host, port: port, request: Self.request(host: host, port: port)) { _ in
            false
        }
        switch outcome {
        case .unreachable(let words):
            return HTTPIdentity(isHTTP: false, note: "The service \(words).")
        case .answered(let bytes, let ending):
            guard let response = HTTPResponse.parse(bytes) else {
                let words =
                    bytes.isEmpty
                    ? (ending == .timedOut ? "sent no answer within \(timeout)" : "closed without answering")
                    : "answered with something other than HTTP"
                return HTTPIdentity(isHTTP: false, note: "The service \(words).")
            }
            var identity = HTTPIdentity(response: response)
            if ending == .limit || ending == .timedOut {
                let cut = ending == .limit ? "at \(Self.maximumBytes) bytes" : "after \(timeout)"
                identity.note = [identity.note, "The answer was cut \(cut)."].compactMap { $0 }.joined(separator: " ")
            }
            return identity
        }
    }

    /// The request bytes: `GET /` with `Host`, `User-Agent` and `Connection: close`.
    static func request(host: String, port: Int) -> [UInt8] {
        request(host: host, port: port, path: "/", accept: "*/*")
    }

    /// The request bytes for `GET path` with `Host`, `User-Agent`, `Accept` and `Connection: close`.
    ///
    /// Characters that would end the request line or a header (control characters, spaces) are dropped from `path`
    /// and `accept`, and a path that does not start with `/` gets one, so that no caller can smuggle a second
    /// header or request.
    static func request(host: String, port: Int, path: String, accept: String) -> [UInt8] {
        let hostName = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let hostHeader = port == 80 ? hostName : "\(hostName):\(port)"
        let cleanPath = String(path.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F }.map(Character.init))
        let target = cleanPath.hasPrefix("/") ? cleanPath : "/" + cleanPath
        let cleanAccept = String(
            accept.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }.map(Character.init)
        )
        let text =
            "GET \(target) HTTP/1.1\r\nHost: \(hostHeader)\r\nUser-Agent: \(userAgent)\r\nAccept: \(cleanAccept)\r\n"
            + "Connection: close\r\n\r\n"
        return Array(text.utf8)
    }

    /// Sends one `GET` for `path` with an `Accept` header, and returns the answer for a caller to read: the building
    /// block of the probes that ask a known path, such as ``ClinicalWebProbe``.
    ///
    /// The exchange is the one ``probe(host:port:)`` makes, with the same `User-Agent` and `Connection: close`, but it
    /// also stops as soon as the answer is whole by its `Content-Length` or its last chunk
    /// (``HTTPResponse/isComplete(_:)``), so a server that keeps the connection open costs no timeout.
    ///
    /// - Parameters:
    ///   - host: An IP address, or a host name that the system resolves; it is also the `Host` header.
    ///   - port: The TCP port.
    ///   - path: The path and query, such as `/system` or `/dicom-web/studies?limit=1`.
    ///   - accept: The `Accept` header, such as `application/fhir+json`.
    ///   - maximumBytes: The most bytes of the answer kept; ``maximumBytes`` unless told.
    /// - Returns: The answer; never throws.
    ///
    /// - Important: One request, no body, no credentials; the caller decides scope and which paths are safe to ask.
    public func get(
        host: String,
        port: Int,
        path: String,
        accept: String,
        maximumBytes: Int = HTTPProbe.maximumBytes
    ) async -> HTTPAnswer {
        let exchange = ProbeExchange(timeout: timeout, maximumBytes: max(1, maximumBytes), group: group, tls: tls)
        let request = Self.request(host: host, port: port, path: path, accept: accept)
        let outcome = await exchange.run(host: host, port: port, request: request, isComplete: HTTPResponse.isComplete)
        switch outcome {
        case .unreachable(let words):
            return HTTPAnswer(response: nil, isCut: false, note: "The service \(words).")
        case .answered(let bytes, let ending):
            let cut = ending == .limit || (ending == .timedOut && !HTTPResponse.isComplete(bytes))
            guard let response = HTTPResponse.parse(bytes) else {
                let words =
                    bytes.isEmpty
                    ? (ending == .timedOut ? "sent no answer within \(timeout)" : "closed without answering")
                    : "answered with something other than HTTP"
                return HTTPAnswer(response: nil, isCut: cut, note: "The service \(words).")
            }
            let note =
                cut ? "The answer was cut \(ending == .limit ? "at \(maximumBytes) bytes" : "after \(timeout)")." : nil
            return HTTPAnswer(response: response, isCut: cut, note: note)
        }
    }
}

/// What one ``HTTPProbe/get(host:port:path:accept:maximumBytes:)`` brought back.
public struct HTTPAnswer: Hashable, Sendable {
    /// The answer, or `nil` when the port was unreachable, silent or not HTTP.
    public var response: HTTPResponse?
    /// Whether the answer was cut at the byte limit or by the deadline before it was whole.
    public var isCut: Bool
    /// Why there is no answer, or that it was cut.
    public var note: String?

    /// Creates an answer.
    public init(response: HTTPResponse?, isCut: Bool, note: String? = nil) {
        self.response = response
        self.isCut = isCut
        self.note = note
    }
}

/// What ``HTTPProbe`` found on one port.
public struct HTTPIdentity: Hashable, Sendable, Codable {
    /// Whether the port answered with an HTTP status line.
    public var isHTTP: Bool
    /// The status code, such as 200 or 302.
    public var statusCode: Int?
    /// The `Server` header, such as `nginx/1.22.1`.
    public var server: String?
    /// The `<title>` of an HTML page, with white space collapsed.
    public var title: String?
    /// The `Location` header of a redirect.
    public var location: String?
    /// The security headers the answer carries, by their canonical names (see ``HTTPIdentity/securityHeaders``).
    public var securityHeadersPresent: [String]
    /// The security headers the answer lacks.
    public var securityHeadersMissing: [String]
    /// Known products recognised from the title, headers or redirect, such as "Orthanc Explorer".
    public var consoles: [String]
    /// CPE 2.3 names of the server software, from the `Server` header, such as
    /// `cpe:2.3:a:f5:nginx:1.22.1:*:*:*:*:*:*:*`.
    public var cpes: [String]
    /// Anything else worth telling: why the port is not HTTP, that the answer was cut.
    public var note: String?

    /// The security headers the probe looks for.
    public static let securityHeaders = [
        "Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
    ]

    /// Creates an identity.
    public init(
        isHTTP: Bool,
        statusCode: Int? = nil,
        server: String? = nil,
        title: String? = nil,
        location: String? = nil,
        securityHeadersPresent: [String] = [],
        securityHeadersMissing: [String] = [],
        consoles: [String] = [],
        cpes: [String] = [],
        note: String? = nil
    ) {
        self.isHTTP = isHTTP
        self.statusCode = statusCode
        self.server = server
        self.title = title
        self.location = location
        self.securityHeadersPresent = securityHeadersPresent
        self.securityHeadersMissing = securityHeadersMissing
        self.consoles = consoles
        self.cpes = cpes
        self.note = note
    }

    /// Describes a parsed answer: the pure part of ``HTTPProbe/probe(host:port:)``.
    public init(response: HTTPResponse) {
        let title = response.title
        self.init(
            isHTTP: true,
            statusCode: response.statusCode,
            server: response.header("Server"),
            title: title,
            location: response.header("Location"),
            securityHeadersPresent: Self.securityHeaders.filter { response.header($0) != nil },
            securityHeadersMissing: Self.securityHeaders.filter { response.header($0) == nil },
            consoles: HTTPConsole.known.filter { $0.matches(response, title: title) }.map(\.name),
            cpes: response.header("Server").map(Self.cpes(server:)) ?? []
        )
        if response.headersTruncated {
            note = "The header section did not end within the bytes read."
        }
    }

    /// CPE 2.3 names for the products and versions a `Server` header names: nginx (vendor `f5`, as NVD names
    /// recent nginx) and Apache httpd.
    ///
    /// - Parameter server: A `Server` header such as `nginx/1.22.1` or `Apache/2.4.57 (Debian)`.
    /// - Returns: The CPE names, empty when no known product with a version is named.
    public static func cpes(server: String) -> [String] {
        let products: [(token: String, vendorProduct: String)] = [
            ("nginx", "f5:nginx"), ("apache", "apache:http_server"),
        ]
        var names: [String] = []
        for word in server.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let parts = word.split(separator: "/", maxSplits: 1)
            guard parts.count == 2, let product = products.first(where: { $0.token == parts[0].lowercased() })
            else { continue }
            let version = parts[1].prefix { $0.isNumber || $0 == "." }
            guard !version.isEmpty, version.first!.isNumber else { continue }
            names.append("cpe:2.3:a:\(product.vendorProduct):\(version):*:*:*:*:*:*:*")
        }
        return names
    }
}

/// A well-known web product recognised by its title, a header or where it redirects.
public struct HTTPConsole: Hashable, Sendable {
    /// The product's name, as reported in ``HTTPIdentity/consoles``.
    public var name: String
    /// Text the page title contains (compared without case).
    public var titleContains: [String]
    /// Header names and text their value contains (both compared without case); an empty text matches any value.
    public var headerContains: [String: String]
    /// Text a redirect's `Location` contains, a path the product is known to use.
    public var locationContains: [String]

    /// The products Ward recognises.
    public static let known: [HTTPConsole] = [
        HTTPConsole(
            name: "Orthanc Explorer",
            titleContains: ["Orthanc Explorer"],
            headerContains: ["Server": "orthanc"],
            // Orthanc 1.10 answers `/` with a relative `Location: app/explorer.html`.
            locationContains: ["app/explorer.html", "/ui/app/"]
        ),
        HTTPConsole(
            name: "Apache Tomcat default page",
            titleContains: ["Apache Tomcat"],
            headerContains: [:],
            locationContains: []
        ),
        HTTPConsole(
            name: "nginx default page",
            titleContains: ["Welcome to nginx!"],
            headerContains: [:],
            locationContains: []
        ),
        HTTPConsole(
            name: "Jenkins",
            titleContains: ["[Jenkins]", "Sign in - Jenkins"],
            headerContains: ["X-Jenkins": ""],
            locationContains: ["/login?from="]
        ),
        HTTPConsole(
            name: "phpMyAdmin",
            titleContains: ["phpMyAdmin"],
            headerContains: [:],
            locationContains: ["/phpmyadmin"]
        ),
    ]

    /// Whether an answer shows this product.
    func matches(_ response: HTTPResponse, title: String?) -> Bool {
        if let title = title?.lowercased(), titleContains.contains(where: { title.contains($0.lowercased()) }) {
            return true
        }
        for (name, text) in headerContains {
            if let value = response.header(name)?.lowercased(), text.isEmpty || value.contains(text.lowercased()) {
                return true
            }
        }
        if let location = response.header("Location")?.lowercased(),
            locationContains.contains(where: { location.contains($0.lowercased()) })
        {
            return true
        }
        return false
    }
}

/// An HTTP/1.x answer read from raw bytes, bounded and forgiving: a pure type with no I/O.
public struct HTTPResponse: Hashable, Sendable {
    /// The most bytes of the header section read: 32 KiB.
    public static let maximumHeaderBytes = 32 * 1024
    /// The most bytes of the body searched for a `<title>`: 64 KiB.
    public static let maximumTitleSearchBytes = 64 * 1024

    /// The version in the status line, such as `HTTP/1.1`.
    public var version: String
    /// The status code.
    public var statusCode: Int
    /// The reason phrase, possibly empty.
    public var reason: String
    /// The header fields in order, names as sent.
    public var headers: [(name: String, value: String)]
    /// The body bytes read (not de-chunked).
    public var body: [UInt8]
    /// Whether the header section did not end within the bytes read or within ``maximumHeaderBytes``.
    public var headersTruncated: Bool

    /// The value of the first header with this name, compared without case.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The text of the first `<title>` in the first ``maximumTitleSearchBytes`` of the body, with entities for `&`,
    /// `<`, `>`, quotes decoded and white space collapsed; `nil` when there is none.
    public var title: String? {
        let window = body.prefix(Self.maximumTitleSearchBytes)
        let lowered = window.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        guard let open = Self.find(Array("<title".utf8), in: lowered, from: 0),
            let openEnd = lowered[open...].firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        let start = openEnd + 1
        let end = Self.find(Array("</title".utf8), in: lowered, from: start) ?? min(lowered.count, start + 512)
        let raw = String(decoding: window[start..<end].prefix(1024), as: UTF8.self)
        let decoded =
            raw
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        let words = decoded.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The body without its transfer coding: the chunks joined when the answer is chunked, the bytes cut to
    /// `Content-Length` when it names one. A malformed or cut chunked body gives the chunks read up to the fault.
    public var decodedBody: [UInt8] {
        if header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            return Self.dechunk(body)
        }
        if let length = header("Content-Length").flatMap({ Int($0) }), length >= 0, length < body.count {
            return Array(body.prefix(length))
        }
        return body
    }

    /// Joins the chunks of a chunked body, stopping at the last chunk or at the first fault.
    static func dechunk(_ body: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < body.count {
            guard let lineEnd = find([13, 10], in: body[index...].prefix(1_024), from: 0) else { break }
            let line = String(decoding: body[index..<(index + lineEnd)], as: UTF8.self)
            let sizeText = line.split(separator: ";", maxSplits: 1).first.map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let sizeText, !sizeText.isEmpty, sizeText.count <= 8, let size = Int(sizeText, radix: 16) else {
                break
            }
            if size == 0 { break }
            let start = index + lineEnd + 2
            let end = min(body.count, start + size)
            guard start <= end else { break }
            output.append(contentsOf: body[start..<end])
            index = end + 2
        }
        return output
    }

    /// Whether `bytes` hold a whole answer: the header section has ended and the body is as long as its
    /// `Content-Length`, ends with the last chunk of a chunked body, or has none (a 1xx, 204 or 304 status). An
    /// answer with neither length nor chunking ends only when the server closes.
    public static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let headerEnd = find([13, 10, 13, 10], in: bytes.prefix(maximumHeaderBytes), from: 0),
            let response = parse(Array(bytes[..<(headerEnd + 4)]))
        else { return false }
        let bodyCount = bytes.count - headerEnd - 4
        if response.statusCode < 200 || response.statusCode == 204 || response.statusCode == 304 { return true }
        if response.header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            let ending: [UInt8] = [13, 10, 48, 13, 10, 13, 10]
            return (bodyCount == 5 && bytes.suffix(5).elementsEqual(ending.suffix(5)))
                || (bodyCount > 5 && bytes.suffix(7).elementsEqual(ending))
        }
        if let length = response.header("Content-Length").flatMap({ Int($0) }), length >= 0 {
            return bodyCount >= length
        }
        return false
    }

    /// Reads an answer.
    ///
    /// - Parameter bytes: The bytes the server sent, possibly cut anywhere.
    /// - Returns: The answer, or `nil` when the bytes do not start with an `HTTP/` status line.
    public static func parse(_ bytes: [UInt8]) -> HTTPResponse? {
        let headerLimit = min(bytes.count, maximumHeaderBytes)
        let headerEnd = find([13, 10, 13, 10], in: bytes.prefix(headerLimit), from: 0)
        let head = bytes[..<(headerEnd ?? headerLimit)]
        let lines = head.split(separator: 10, omittingEmptySubsequences: false).map {
            String(decoding: $0.last == 13 ? $0.dropLast() : $0, as: UTF8.self)
        }
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/") else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[1].count == 3, let code = Int(parts[1]) else { return nil }
        // Without the end of the header section, the last line may be cut in the middle.
        let complete = headerEnd == nil ? lines.dropFirst().dropLast() : lines.dropFirst()
        var headers: [(name: String, value: String)] = []
        for line in complete {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            headers.append((name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return HTTPResponse(
            version: String(parts[0]),
            statusCode: code,
            reason: parts.count > 2 ? String(parts[2]) : "",
            headers: headers,
            body: headerEnd.map { Array(bytes[($0 + 4)...]) } ?? [],
            headersTruncated: headerEnd == nil
        )
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: some Collection<UInt8>, from: Int) -> Int? {
        let bytes = Array(haystack)
        guard needle.count <= bytes.count, from <= bytes.count - needle.count else { return nil }
        var index = from
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    public static func == (lhs: HTTPResponse, rhs: HTTPResponse) -> Bool {
        lhs.version == rhs.version && lhs.statusCode == rhs.statusCode && lhs.reason == rhs.reason
            && lhs.headers.map { [$0.name, $0.value] } == rhs.headers.map { [$0.name, $0.value] }
            && lhs.body == rhs.body && lhs.headersTruncated == rhs.headersTruncated
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(statusCode)
        hasher.combine(body)
    }
}
