import Crypto
import Foundation
import WardCore

/// Random secrets and their hashes.
///
/// Session cookies, API tokens and setup links are 256-bit random values; Ward stores only their SHA-256 hashes, so
/// a copy of the database does not let anyone sign in. (Unlike passwords, such values are too long to guess, so a
/// fast hash is enough; passwords use bcrypt, see ``PasswordHasher``.)
enum Secrets {
    /// A new random secret as URL-safe base64 without padding (43 characters for 32 bytes).
    static func random(bytes count: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return base64URL(bytes)
    }

    /// The lowercase hex SHA-256 of `secret`, the form in which secrets are stored.
    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).hexString
    }

    /// Compares two strings in time that does not depend on where they differ.
    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
