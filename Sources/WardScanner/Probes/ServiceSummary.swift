/// One line about an identified service for tables and pages: `ssh OpenSSH 9.2p1`, `tls TLS 1.3 (self-signed)`,
/// `dicom (accepts any caller)`.
public enum ServiceSummary {
    /// The line for a port's facts; empty when nothing identified the service.
    public static func line(_ facts: [String: String]) -> String {
        guard let service = facts["service"] else { return "" }
        var words = [service]
        if let product = facts["product"] { words.append(product) }
        if let version = facts["version"] { words.append(version) }
        if service == "http" || service == "https", let server = facts["http.server"] { words.append(server) }
        if service == "tls" || service == "https", let version = facts["tls.version"] { words.append(version) }
        var notes: [String] = []
        if facts["dicom.accepts_any_caller"] == "true" { notes.append("accepts any caller") }
        if facts.contains(where: { $0.key.hasSuffix(".unauthenticated") && $0.value == "true" }) {
            notes.append("no authentication")
        }
        if facts["tls.self_signed"] == "true" { notes.append("self-signed") }
        if facts["tls.certificate_expired"] == "true" { notes.append("certificate expired") }
        if facts["tls.legacy_versions"] == "true" { notes.append("TLS 1.0/1.1") }
        if let title = facts["http.title"] { notes.append("\"\(title.prefix(40))\"") }
        return words.joined(separator: " ") + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")")
    }
}
