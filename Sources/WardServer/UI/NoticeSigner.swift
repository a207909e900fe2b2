import Crypto
import Foundation
import Hummingbird
import WardCore

/// Carries a confirmation message ("Entry removed.") across the redirect that follows a form, signed so that a
/// crafted link cannot make Ward display words of someone else's choosing.
///
/// The key is random per process: after a restart, or on another replica, an old message is simply not shown.
struct NoticeSigner: Sendable {
    private let keyBytes: [UInt8] = {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }()

    /// The query string (`notice=…&sig=…`) for a message.
    func query(for notice: String) -> String {
        let text = String(notice.prefix(300))
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let encoded = text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "notice=\(encoded)&sig=\(signature(text))"
    }

    /// The message of a request whose signature checks out, or nil.
    func read(_ request: Request) -> String? {
        guard let text = request.uri.queryParameters.get("notice"), let sent = request.uri.queryParameters.get("sig"),
            Secrets.constantTimeEquals(sent, signature(text))
        else { return nil }
        return text
    }

    private func signature(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: keyBytes)).hexString
    }
}
