import ArgumentParser
import Foundation
import WardCore
import WardServer

struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Create and list site administrators and accounts.",
        subcommands: [Create.self, List.self, Reset.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a site administrator who owns the default organization.",
            discussion:
                "With --password-stdin the password is read from standard input; otherwise a one-time link to set it is printed."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "E-mail address (the sign-in name).") var email: String
        @Option(help: "Name shown in the UI.") var name: String?
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false
        @Option(help: "Base address printed in the activation link (default http://127.0.0.1:8080).")
        var publicURL: String?

        func run() async throws {
            var password: String?
            if passwordStdin {
                password = readLine(strippingNewline: true)
                if password == nil {
                    throw CommandFailure.from(
                        WardError(.invalidInput, "no password on standard input", location: "--password-stdin")
                    )
                }
            }
            try await withDatabase(global) { _, operations, settings in
                let base = publicURL ?? settings.value("public_url", flag: nil) ?? "http://127.0.0.1:8080"
                let (user, link) = try await operations.createAdministrator(
                    email: email,
                    displayName: name,
                    password: password,
                    baseURL: base
                )
                print("Created site administrator \(user.email).")
                if let link { print("One-time link to set the password (valid 7 days):\n  \(link)") }
            }
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give someone who forgot their password a one-time link to choose a new one.",
            discussion: "Their sessions end at once. --remove-second-factor also turns off their authenticator app."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "The account's e-mail address.") var email: String
        @Flag(help: "Also turn off the authenticator app (for a lost phone).") var removeSecondFactor = false
        @Option(help: "Base address printed in the link (default http://127.0.0.1:8080).")
        var publicURL: String?

        func run() async throws {
            try await withDatabase(global) { _, operations, settings in
                let base = publicURL ?? settings.value("public_url", flag: nil) ?? "http://127.0.0.1:8080"
                let link = try await operations.resetAccount(
                    email: email,
                    removeSecondFactor: removeSecondFactor,
                    baseURL: base
                )
                print("One-time link for \(email.lowercased()) to choose a new password (valid 7 days):\n  \(link)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table or json") var format: OutputFormat = .table

        func run() async throws {
            try await withDatabase(global) { _, operations, _ in
                let users = try await operations.users()
                switch format {
                case .json: try printJSON(users)
                case .table:
                    printTable(
                        ["EMAIL", "NAME", "SITE ADMIN", "2FA", "DISABLED", "CREATED"],
                        users.map {
                            [
                                $0.email, $0.displayName, $0.isSiteAdministrator ? "yes" : "no",
                                $0.totpEnabled ? "on" : "off",
                                $0.isDisabled ? "yes" : "no", iso($0.createdAt),
                            ]
                        }
                    )
                }
            }
        }
    }
}
