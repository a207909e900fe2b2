import ArgumentParser
import Foundation
import WardCore
import WardServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web UI and JSON API.",
        discussion: """
            Binds 127.0.0.1:8080 unless told otherwise. On the first start it prints a one-time link to create the
            first administrator; there is no default password.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Address to bind (env WARD_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to bind (env WARD_PORT; default 8080).")
    var port: Int?

    @Option(
        name: .customLong("tls-cert"),
        help: "PEM certificate chain; with --tls-key turns on HTTPS (env WARD_TLS_CERT)."
    )
    var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: "PEM private key (env WARD_TLS_KEY).")
    var tlsKey: String?

    @Option(
        name: .customLong("public-url"),
        help: "The address people use to reach Ward, e.g. behind a proxy (env WARD_PUBLIC_URL)."
    )
    var publicURL: String?

    @Flag(help: "Seed the fictional Cedar Valley Family Clinic so the UI shows something at once.")
    var demo = false

    func run() async throws {
        do {
            let settings = try global.settings()
            var configuration = ServerConfiguration()
            configuration.host = settings.value("host", flag: host) ?? "127.0.0.1"
            let portText = settings.value("port", flag: port.map(String.init)) ?? "8080"
            guard let port = Int(portText), (1...65535).contains(port) else {
                throw WardError(
                    .configuration,
                    "the port must be a number from 1 to 65535, not '\(portText)'",
                    location: "--port"
                )
            }
            configuration.port = port
            configuration.tlsCertificatePath = settings.value("tls_cert", flag: tlsCertificate)
            configuration.tlsKeyPath = settings.value("tls_key", flag: tlsKey)
            if (configuration.tlsCertificatePath == nil) != (configuration.tlsKeyPath == nil) {
                throw WardError(.configuration, "give both --tls-cert and --tls-key, or neither")
            }
            configuration.publicURL = settings.value("public_url", flag: publicURL)
            configuration.dataDirectory = settings.dataDirectory
            configuration.database = try settings.databaseConfiguration()
            configuration.demo = demo
            let logger = try settings.logger()
            try await WardServerRunner.run(configuration: configuration, logger: logger) { message in
                FileHandle.standardOutput.write(Data((message + "\n").utf8))
            }
        } catch {
            throw CommandFailure.from(error)
        }
    }
}

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Seed the fictional Cedar Valley Family Clinic into the database (then run ward serve)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await withDatabase(global) { _, operations, _ in
            let result = try await DemoSeed(operations: operations).seed()
            if let password = result.ownerPassword {
                print("Seeded \(result.organization.name).")
                print("Sign in as \(result.ownerEmail) with the one-time demo password: \(password)")
            } else {
                print("\(result.organization.name) is already there; its owner is \(result.ownerEmail).")
            }
        }
    }
}
