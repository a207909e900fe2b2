import Crypto
import Foundation

/// The `X-Ward-Signature` header of a webhook request: `sha256=` and the lowercase hex HMAC-SHA256 of the exact body
/// bytes, keyed with the UTF-8 bytes of the shared secret.
///
/// A receiver recomputes the HMAC over the raw body it received (before parsing it) and compares the two in constant
/// time; a mismatch means the request did not come from a Ward that knows the secret, or was changed on the way.
public enum WebhookSignature {
    /// The header's name.
    public static let headerName = "X-Ward-Signature"

    /// The header's value for `body` signed with `secret`: `sha256=<64 hex digits>`.
    public static func value(body: Data, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `header` is the signature of `body` with `secret`, compared in constant time.
    public static func isValid(_ header: String, body: Data, secret: String) -> Bool {
        guard header.hasPrefix("sha256="), let expected = Self.bytes(hex: String(header.dropFirst(7))) else {
            return false
        }
        return HMAC<SHA256>.isValidAuthenticationCode(
            expected,
            authenticating: body,
            using: SymmetricKey(data: Data(secret.utf8))
        )
    }

    private static func bytes(hex: String) -> Data? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes = Data()
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) else {
                return nil
            }
            bytes.append(byte)
        }
        return bytes
    }
}
