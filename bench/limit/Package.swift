// swift-tools-version:6.0
// The "limit" for Ward's load benchmark: a bare Hummingbird 2 server with no database, no middleware and no
// authentication. It answers the same two requests the benchmark sends to Ward, so the ratio Ward/limit shows how
// much of the budget Ward's own work (sessions, tokens, SQLite, audit, middleware) costs on this machine.
import PackageDescription

let package = Package(
    name: "WardBenchLimit",
    platforms: [.macOS(.v15)],
    products: [.executable(name: "limit", targets: ["Limit"])],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(name: "Limit", dependencies: [.product(name: "Hummingbird", package: "hummingbird")]),
    ]
)
