import Foundation

/// A person who signs in to Ward.
///
/// A user's access to data comes only from ``Membership``s; ``isSiteAdministrator`` adds the right to create
/// top-level organizations and user accounts, not to read other organizations' data.
public struct User: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    /// Sign-in name, stored lowercased.
    public var email: String
    /// Name shown in the interface.
    public var displayName: String
    /// May create top-level organizations and accounts.
    public var isSiteAdministrator: Bool
    /// Whether a time-based one-time password is required at sign-in.
    public var totpEnabled: Bool
    public var createdAt: Date
    /// Disabled users cannot sign in and their tokens stop working.
    public var isDisabled: Bool

    public init(
        id: UUID = UUID(),
        email: String,
        displayName: String,
        isSiteAdministrator: Bool = false,
        totpEnabled: Bool = false,
        createdAt: Date = Date(),
        isDisabled: Bool = false
    ) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.isSiteAdministrator = isSiteAdministrator
        self.totpEnabled = totpEnabled
        self.createdAt = createdAt
        self.isDisabled = isDisabled
    }

    /// Normalizes and checks an e-mail address used as a sign-in name.
    public static func validateEmail(_ email: String, location: String = "email") throws -> String {
        let normalized = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = normalized.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), normalized.count <= 254,
            !normalized.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else {
            throw WardError(
                .invalidInput,
                "'\(email)' is not an e-mail address like name@clinic.example",
                location: location
            )
        }
        return normalized
    }

    /// The shortest password Ward accepts.
    public static let minimumPasswordLength = 12

    /// Checks a proposed password: at least ``minimumPasswordLength`` characters, at most 72 bytes (bcrypt's limit),
    /// and not the e-mail address itself.
    public static func validatePassword(_ password: String, email: String? = nil, location: String = "password") throws
    {
        guard password.count >= minimumPasswordLength else {
            throw WardError(
                .invalidInput,
                "the password is too short: use at least \(minimumPasswordLength) characters (a passphrase works well)",
                location: location
            )
        }
        guard password.utf8.count <= 72 else {
            throw WardError(
                .invalidInput,
                "the password is longer than 72 bytes, which bcrypt cannot use",
                location: location
            )
        }
        if let email, password.lowercased() == email.lowercased() {
            throw WardError(.invalidInput, "the password must not be the e-mail address", location: location)
        }
    }
}
