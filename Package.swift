// swift-tools-version:6.2
import Foundation
import PackageDescription

/// Strict settings for every Ward target, applied in one loop at the end of this file.
var wardSwiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]
// CI sets WARD_STRICT=1 so that a warning in Ward's own code fails the build; dependencies are not affected.
if ProcessInfo.processInfo.environment["WARD_STRICT"] == "1" {
    wardSwiftSettings.append(.treatAllWarnings(as: .error))
}

let package = Package(
    name: "Ward",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ward", targets: ["ward"]),
        .library(name: "WardCore", targets: ["WardCore"]),
        .library(name: "WardFrameworks", targets: ["WardFrameworks"]),
        .library(name: "WardAssessment", targets: ["WardAssessment"]),
        .library(name: "WardReports", targets: ["WardReports"]),
        .library(name: "WardResponse", targets: ["WardResponse"]),
        .library(name: "WardInterop", targets: ["WardInterop"]),
        .library(name: "WardIntel", targets: ["WardIntel"]),
        .library(name: "WardScanner", targets: ["WardScanner"]),
        .library(name: "WardStore", targets: ["WardStore"]),
        .library(name: "WardServer", targets: ["WardServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/async-kit.git", from: "1.22.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .target(name: "WardCore"),
        .target(name: "WardFrameworks", dependencies: ["WardCore"]),
        .target(name: "WardAssessment", dependencies: ["WardCore", "WardFrameworks"]),
        .target(name: "WardReports", dependencies: ["WardCore", "WardFrameworks", "WardAssessment"]),
        .target(name: "WardResponse", dependencies: ["WardCore", "WardFrameworks"]),
        .target(name: "WardInterop", dependencies: ["WardCore"]),
        .target(name: "WardIntel", dependencies: ["WardCore", .product(name: "Crypto", package: "swift-crypto")]),
        // Exports <sys/epoll.h>, which Swift's Glibc module leaves out, to the connect sweep.
        .target(name: "CWardEpoll"),
        .target(
            name: "WardScanner",
            dependencies: [
                "WardCore",
                "CWardEpoll",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "WardStore",
            dependencies: [
                "WardCore", "WardIntel",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "AsyncKit", package: "async-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "WardServer",
            dependencies: [
                "WardCore",
                "WardFrameworks",
                "WardAssessment",
                "WardReports",
                "WardResponse",
                "WardInterop",
                "WardIntel",
                "WardScanner",
                "WardStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ward",
            dependencies: [
                "WardCore",
                "WardFrameworks",
                "WardAssessment",
                "WardReports",
                "WardResponse",
                "WardInterop",
                "WardScanner",
                "WardStore", "WardIntel",
                "WardServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Shared test support (databases on both engines); lives under Tests/ because it ships in no product.
        .target(
            name: "WardTesting",
            dependencies: [
                "WardCore", "WardStore", .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "Tests/WardTesting"
        ),
        .testTarget(name: "WardCoreTests", dependencies: ["WardCore"]),
        .testTarget(name: "WardFrameworksTests", dependencies: ["WardCore", "WardFrameworks"]),
        .testTarget(name: "WardAssessmentTests", dependencies: ["WardCore", "WardFrameworks", "WardAssessment"]),
        .testTarget(name: "WardResponseTests", dependencies: ["WardCore", "WardFrameworks", "WardResponse"]),
        .testTarget(name: "WardInteropTests", dependencies: ["WardCore", "WardInterop"]),
        .testTarget(name: "WardIntelTests", dependencies: ["WardCore", "WardIntel", "WardTesting"]),
        .testTarget(
            name: "WardScannerTests",
            dependencies: ["WardCore", "WardScanner", .product(name: "NIOPosix", package: "swift-nio")]
        ),
        .testTarget(
            name: "WardStoreTests",
            dependencies: [
                "WardCore", "WardStore", "WardIntel", "WardTesting", .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "WardServerTests",
            dependencies: [
                "WardCore",
                "WardStore",
                "WardServer",
                "WardResponse",
                "WardIntel",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "wardTests",
            dependencies: [
                "ward", "WardTesting", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.name != "CWardEpoll" {
    target.swiftSettings = (target.swiftSettings ?? []) + wardSwiftSettings
}
