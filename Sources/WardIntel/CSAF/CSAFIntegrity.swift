import Crypto
import Foundation

/// Whether a downloaded CSAF document is the one its provider published: its `.sha512` digest and its `.asc`
/// detached OpenPGP signature, checked side by side.
///
/// The digest only shows that the download is complete and unaltered relative to the sidecar next to it; the signature
/// is what ties the document to the provider, and only when the provider's public key is given (from
/// ``CSAFProviderMetadata/publicOpenPGPKeys``). A signature Ward could not check is reported as unverified with the
/// reason, never as verified, so that the caller decides whether to trust the document anyway.
public struct CSAFIntegrity: Sendable, Hashable {
    /// The outcome of comparing the document with its `.sha512` sidecar.
    public enum HashCheck: Sendable, Hashable {
        case verified
        /// The digest differs or the sidecar holds none; the document must not be trusted.
        case failed(reason: String)
        /// There is no sidecar to compare with.
        case absent(reason: String)
    }

    /// The outcome of checking the document's detached signature.
    public enum SignatureCheck: Sendable, Hashable {
        /// A good signature by one of the given keys.
        case verified(reason: String)
        /// The signature could not be checked: no `.asc`, no gpg, no public key for the signer, an expired key or an
        /// algorithm gpg does not support.
        case unverified(reason: String)
        /// The signature is bad (the document or the signature was altered), its key is revoked, or the `.asc` holds
        /// no signature at all.
        case failed(reason: String)
    }

    /// The outcome for the `.sha512` sidecar.
    public var sha512: HashCheck
    /// The outcome for the `.asc` signature.
    public var signature: SignatureCheck

    public init(sha512: HashCheck, signature: SignatureCheck) {
        self.sha512 = sha512
        self.signature = signature
    }

    /// Where Linux distributions install gpg; pass another path elsewhere (Homebrew: `/opt/homebrew/bin/gpg`).
    public static let defaultGPG = URL(fileURLWithPath: "/usr/bin/gpg")

    /// Checks the document at `url` against `url.sha512` and `url.asc` next to it.
    ///
    /// - Parameters:
    ///   - publicKeys: OpenPGP public key files (armored or binary) to check the signature against; none means any
    ///     signature is reported unverified for want of a key.
    ///   - gpg: the gpg executable; when it is absent the signature is reported unverified.
    /// - Important: runs gpg as a child process and waits for it; call it off latency-sensitive paths.
    public static func check(documentAt url: URL, publicKeys: [URL] = [], gpg: URL = defaultGPG) -> CSAFIntegrity {
        CSAFIntegrity(
            sha512: checkSHA512(documentAt: url),
            signature: checkSignature(documentAt: url, publicKeys: publicKeys, gpg: gpg)
        )
    }

    /// Compares the document at `url` with the digest in `url.sha512`.
    public static func checkSHA512(documentAt url: URL) -> HashCheck {
        let sidecarURL = URL(fileURLWithPath: url.path + ".sha512")
        guard FileManager.default.fileExists(atPath: sidecarURL.path) else {
            return .absent(reason: "there is no \(sidecarURL.lastPathComponent) next to the document")
        }
        guard let sidecar = try? String(contentsOf: sidecarURL, encoding: .utf8) else {
            return .failed(reason: "\(sidecarURL.lastPathComponent) cannot be read as text")
        }
        guard let document = try? IntelDocument.read(contentsOf: url) else {
            return .failed(reason: "the document \(url.lastPathComponent) cannot be read")
        }
        return checkSHA512(document: document, sidecar: sidecar)
    }

    /// Compares `document` with the digest in the text of a `.sha512` sidecar: the hexadecimal digest, optionally
    /// followed by the file name, as `sha512sum` writes it.
    public static func checkSHA512(document: Data, sidecar: String) -> HashCheck {
        let tokens: [Substring] = sidecar.split(whereSeparator: \.isWhitespace)
        let expected = tokens.first { token in
            token.count == 128 && token.allSatisfy(\.isHexDigit)
        }
        guard let expected else {
            return .failed(reason: "the sidecar holds no SHA-512 digest (128 hexadecimal digits)")
        }
        let actual = SHA512.hash(data: document).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        guard actual == expected.lowercased() else {
            return .failed(
                reason: "the document's SHA-512 digest is \(actual) but the sidecar says \(expected.lowercased()); "
                    + "the document was altered or the download is incomplete"
            )
        }
        return .verified
    }

    /// Checks the detached signature in `url.asc` over the document at `url` with gpg, in a keyring made for this
    /// call from `publicKeys` and removed afterwards, so the user's own keyring neither helps nor is touched.
    public static func checkSignature(documentAt url: URL, publicKeys: [URL], gpg: URL = defaultGPG) -> SignatureCheck {
        let signatureURL = URL(fileURLWithPath: url.path + ".asc")
        guard FileManager.default.fileExists(atPath: signatureURL.path) else {
            return .unverified(
                reason: "no signature: there is no \(signatureURL.lastPathComponent) next to the document"
            )
        }
        guard FileManager.default.isExecutableFile(atPath: gpg.path) else {
            return .unverified(reason: "gpg is not installed at \(gpg.path); install GnuPG to check signatures")
        }
        let home = FileManager.default.temporaryDirectory
            .appendingPathComponent("ward-gpg-\(UUID().uuidString.prefix(8))", isDirectory: true)
        do {
            try FileManager.default.createDirectory(
                at: home,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        } catch {
            return .unverified(reason: "gpg cannot run: a temporary keyring folder cannot be created (\(error))")
        }
        defer { try? FileManager.default.removeItem(at: home) }
        let gnuPG = GnuPG(executable: gpg, home: home)
        for key in publicKeys {
            let result = gnuPG.run(["--import", key.path])
            guard result.exitCode == 0, result.status.contains(where: { $0.hasPrefix("IMPORT_OK") }) else {
                return .unverified(
                    reason: "no public key: \(key.lastPathComponent) could not be imported (\(result.errorSummary))"
                )
            }
        }
        let result = gnuPG.run(["--verify", signatureURL.path, url.path])
        return interpret(result, signatureName: signatureURL.lastPathComponent)
    }

    /// Reads gpg's machine-readable status lines, whose keywords do not change with the locale or the version, rather
    /// than its messages.
    static func interpret(_ result: GnuPG.Result, signatureName: String) -> SignatureCheck {
        func line(_ keyword: String) -> [Substring]? {
            result.status.first { $0.hasPrefix(keyword + " ") || $0 == keyword }.map { $0.split(separator: " ") }
        }
        func signer(_ fields: [Substring]) -> String {
            fields.count > 2 ? fields[2...].joined(separator: " ") : "an unknown signer"
        }
        if let fields = line("BADSIG") {
            return .failed(
                reason: "bad signature by \(signer(fields)): the document or \(signatureName) was altered after signing"
            )
        }
        if let fields = line("REVKEYSIG") {
            return .failed(reason: "the signing key of \(signer(fields)) is revoked")
        }
        if let fields = line("GOODSIG"), result.exitCode == 0 {
            let fingerprint = line("VALIDSIG").map { $0.count > 1 ? " (key \($0[1]))" : "" } ?? ""
            return .verified(reason: "good signature by \(signer(fields))\(fingerprint)")
        }
        if let fields = line("EXPKEYSIG") ?? line("EXPSIG") {
            return .unverified(reason: "the signature by \(signer(fields)) is good but it or its key has expired")
        }
        if let fields = line("ERRSIG") {
            let keyID = fields.count > 1 ? String(fields[1]) : "unknown"
            if line("NO_PUBKEY") != nil || (fields.count > 6 && fields[6] == "9") {
                return .unverified(
                    reason: "no public key: the signature was made with key \(keyID), which was not given; add the "
                        + "provider's public key from its provider-metadata.json"
                )
            }
            return .unverified(reason: "the signature by key \(keyID) cannot be checked (\(result.errorSummary))")
        }
        if line("NODATA") != nil {
            return .failed(reason: "\(signatureName) holds no OpenPGP signature")
        }
        return .unverified(reason: "gpg could not check the signature (\(result.errorSummary))")
    }
}
