// swift-tools-version:6.2
// The inventory benchmarks: streaming nmap import and a findings page out of 1,000,000, each against its limit.
// Run with `bash bench/inventory.sh`.
import PackageDescription

let package = Package(
    name: "InventoryBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Ward", path: "../..")],
    targets: [
        .executableTarget(
            name: "InventoryBench",
            dependencies: [
                .product(name: "WardCore", package: "Ward"),
                .product(name: "WardInterop", package: "Ward"),
                .product(name: "WardStore", package: "Ward"),
                .product(name: "WardServer", package: "Ward"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
