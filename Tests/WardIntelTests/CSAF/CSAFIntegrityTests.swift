import Foundation
import Testing
import WardIntel
import WardTesting

@Suite struct CSAFIntegrityTests {
    /// CI sets WARD_REQUIRE_GPG=1, so that a missing gpg fails the tests instead of skipping them.
    static let gpgPresent =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/gpg")
        || ProcessInfo.processInfo.environment["WARD_REQUIRE_GPG"] == "1"
    static let gpgSkipMessage: Comment = "needs GnuPG at /usr/bin/gpg (apt-get install gnupg)"

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func everyICSMADocumentMatchesItsSHA512() throws {
        let files = try SharedData.files(in: "csaf/cisa-icsma", endingWith: ".json")
        #expect(files.count == 100)
        for file in files {
            #expect(CSAFIntegrity.checkSHA512(documentAt: file) == .verified, "\(file.lastPathComponent)")
        }
    }

    @Test(.enabled(if: SharedData.enabled, SharedData.skipMessage))
    func anAlteredCopyFailsItsSHA512() throws {
        let folder = try TemporaryFolder()
        let original = try SharedData.url("csaf/cisa-icsma/icsma-24-200-01.json")
        let copy = folder.url.appendingPathComponent("icsma-24-200-01.json")
        var data = try Data(contentsOf: original)
        data[data.count / 2] ^= 0x01
        try data.write(to: copy)
        try Data(contentsOf: URL(fileURLWithPath: original.path + ".sha512")).write(
            to: URL(fileURLWithPath: copy.path + ".sha512")
        )
        guard case .failed(let reason) = CSAFIntegrity.checkSHA512(documentAt: copy) else {
            Issue.record("an altered document passed its SHA-512 check")
            return
        }
        #expect(reason.contains("altered"))
    }

    @Test func sidecarWithoutADigestFailsAndAMissingOneIsAbsent() throws {
        let document = Data("{}".utf8)
        #expect(CSAFIntegrity.checkSHA512(document: document, sidecar: "not a digest  doc.json\n") != .verified)
        let digest =
            "27c74670adb75075fad058d5ceaf7b20c4e7786c83bae8a32f626f9782af34c9"
            + "a33c2046ef60fd2a7878d378e29fec851806bbd9a67878f3a9f1cda4830763fd"
        #expect(CSAFIntegrity.checkSHA512(document: document, sidecar: digest + "  doc.json\n") == .verified)
        #expect(CSAFIntegrity.checkSHA512(document: document, sidecar: digest.uppercased()) == .verified)

        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("doc.json")
        try document.write(to: url)
        guard case .absent = CSAFIntegrity.checkSHA512(documentAt: url) else {
            Issue.record("a document without a sidecar was not reported absent")
            return
        }
        guard case .unverified(let reason) = CSAFIntegrity.checkSignature(documentAt: url, publicKeys: []) else {
            Issue.record("a document without a signature was not reported unverified")
            return
        }
        #expect(reason.contains("no signature"))
    }

    @Test func withoutGPGTheSignatureIsUnverified() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("doc.json")
        try Data("{}".utf8).write(to: url)
        try Data("-----BEGIN PGP SIGNATURE-----\n".utf8).write(to: URL(fileURLWithPath: url.path + ".asc"))
        let result = CSAFIntegrity.checkSignature(
            documentAt: url,
            publicKeys: [],
            gpg: URL(fileURLWithPath: "/nonexistent/gpg")
        )
        guard case .unverified(let reason) = result else {
            Issue.record("expected unverified, got \(result)")
            return
        }
        #expect(reason.contains("gpg is not installed"))
    }

    @Test(
        .enabled(if: SharedData.enabled, SharedData.skipMessage),
        .enabled(if: gpgPresent, gpgSkipMessage)
    )
    func cisaSignatureIsUnverifiedWithoutCISAKey() throws {
        let url = try SharedData.url("csaf/cisa-icsma/icsma-23-117-01.json")
        let result = CSAFIntegrity.check(documentAt: url)
        #expect(result.sha512 == .verified)
        guard case .unverified(let reason) = result.signature else {
            Issue.record("expected unverified, got \(result.signature)")
            return
        }
        #expect(reason.contains("no public key"))
    }

    @Test(.enabled(if: gpgPresent, gpgSkipMessage))
    func verifiesAGoodSignatureAndRejectsATamperedDocument() throws {
        let signer = try TestSigner()
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("advisory.json")
        try Data(CSAFFixtures.advisory.utf8).write(to: url)
        try signer.sign(url)

        let good = CSAFIntegrity.checkSignature(documentAt: url, publicKeys: [signer.publicKey])
        guard case .verified(let reason) = good else {
            Issue.record("expected verified, got \(good)")
            return
        }
        #expect(reason.contains("Ward Test Signer"))

        let unknownKey = CSAFIntegrity.checkSignature(documentAt: url, publicKeys: [])
        guard case .unverified(let unknownReason) = unknownKey else {
            Issue.record("expected unverified without the key, got \(unknownKey)")
            return
        }
        #expect(unknownReason.contains("no public key"))

        try Data(CSAFFixtures.advisory.replacingOccurrences(of: "9.8", with: "1.2").utf8).write(to: url)
        let tampered = CSAFIntegrity.checkSignature(documentAt: url, publicKeys: [signer.publicKey])
        guard case .failed(let tamperedReason) = tampered else {
            Issue.record("expected failed for a tampered document, got \(tampered)")
            return
        }
        #expect(tamperedReason.contains("bad signature"))

        try Data("this is not a signature\n".utf8).write(to: URL(fileURLWithPath: url.path + ".asc"))
        let garbage = CSAFIntegrity.checkSignature(documentAt: url, publicKeys: [signer.publicKey])
        guard case .failed = garbage else {
            Issue.record("expected failed for an unreadable signature, got \(garbage)")
            return
        }

        let notAKey = folder.url.appendingPathComponent("not-a-key.asc")
        try Data("nothing here".utf8).write(to: notAKey)
        let badKey = CSAFIntegrity.checkSignature(documentAt: url, publicKeys: [notAKey])
        guard case .unverified = badKey else {
            Issue.record("expected unverified with an unusable key file, got \(badKey)")
            return
        }
    }
}

extension CSAFIntegrityTests {
    /// A folder under the system's temporary directory, removed when the value goes away.
    final class TemporaryFolder {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("ward-csaf-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// A throw-away OpenPGP key pair made with gpg in its own home folder, to sign test documents the way a CSAF
    /// provider does.
    final class TestSigner {
        let home: TemporaryFolder
        let publicKey: URL

        init() throws {
            home = try TemporaryFolder()
            publicKey = home.url.appendingPathComponent("public-key.asc")
            // gpg warns about a home folder that others can read.
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: home.url.path)
            try gpg([
                "--passphrase", "", "--quick-gen-key", "Ward Test Signer <signer@example.invalid>", "ed25519", "sign",
                "never",
            ])
            try gpg(["--armor", "--output", publicKey.path, "--export", "signer@example.invalid"])
        }

        func sign(_ document: URL) throws {
            try gpg([
                "--yes", "--pinentry-mode", "loopback", "--passphrase", "", "--detach-sign", "--armor", "--output",
                document.path + ".asc", document.path,
            ])
        }

        deinit {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/gpgconf")
            process.arguments = ["--kill", "all"]
            process.environment = ["GNUPGHOME": home.url.path]
            if (try? process.run()) != nil { Self.wait(process) }
        }

        /// Waits at most 60 s, polling (see GnuPG.run), and kills a gpg that is still running.
        static func wait(_ process: Process) {
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        private func gpg(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/gpg")
            process.arguments = ["--batch", "--no-tty", "--homedir", home.url.path] + arguments
            process.environment = ["GNUPGHOME": home.url.path, "PATH": "/usr/bin:/bin"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Self.wait(process)
            guard !process.isRunning, process.terminationStatus == 0 else {
                throw SignerFailed(arguments: arguments, status: process.terminationStatus)
            }
        }

        struct SignerFailed: Error {
            var arguments: [String]
            var status: Int32
        }
    }
}
