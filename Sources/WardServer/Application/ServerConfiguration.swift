import Foundation
import WardStore

/// Everything `ward serve` can be told.
public struct ServerConfiguration: Sendable {
    /// Address to bind; loopback by default so a fresh install is not reachable from the network.
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// PEM certificate chain and private key; both set turns TLS on.
    public var tlsCertificatePath: String?
    public var tlsKeyPath: String?
    /// The address people use to reach Ward (e.g. behind a reverse proxy); used in printed links and to decide
    /// whether cookies are marked Secure. Defaults to the bound address.
    public var publicURL: String?
    /// Folder for the SQLite database, evidence files and feed caches.
    public var dataDirectory: String = "ward-data"
    public var database: DatabaseConfiguration = .sqlite(path: "ward-data/ward.sqlite")
    /// Seed the fictional demo clinic at start.
    public var demo: Bool = false
    /// How long a browser session lives without activity.
    public var sessionIdleTimeout: TimeInterval = 8 * 3600
    /// The longest a browser session lives however active.
    public var sessionAbsoluteTimeout: TimeInterval = 24 * 3600
    /// Largest accepted request body, in bytes.
    public var maximumBodyBytes: Int = 1 << 20
    /// Failed sign-ins per account or client address before a lock-out.
    public var loginFailureLimit: Int = 5
    public var loginFailureWindow: TimeInterval = 15 * 60
    public var loginLockout: TimeInterval = 15 * 60
    /// Password hashing; tests lower the cost, production keeps bcrypt 12.
    public var passwordHasher: PasswordHasher = PasswordHasher()

    public init() {}

    /// Whether TLS is configured.
    public var tlsEnabled: Bool { tlsCertificatePath != nil && tlsKeyPath != nil }

    /// The base address printed in links.
    public var baseURL: String {
        if let publicURL { return publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL }
        let scheme = tlsEnabled ? "https" : "http"
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(hostPart):\(port)"
    }

    /// Cookies carry the Secure attribute whenever people reach Ward over HTTPS (directly or through a proxy).
    /// Over plain HTTP on loopback, browsers would drop Secure cookies, so the attribute is left off there.
    public var secureCookies: Bool { baseURL.hasPrefix("https://") }
}
