// swift-tools-version:6.2
// Ward's release-built benchmarks, in one package so they share one release build of Ward and its dependencies:
// InventoryBench (streaming nmap import, a findings page out of 1,000,000; `bash bench/inventory.sh`) and ScanBench
// (connect sweeps of loopback against nmap and the C limit probe; `bash bench/scanner.sh`) and IntelBench (typed feed
// parsing against Python's json.loads, SBOM matching; `bash bench/intel.sh`).
import PackageDescription

let package = Package(
    name: "InventoryBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Ward", path: "../..")],
    targets: [
        .executableTarget(
            name: "ScanBench",
            dependencies: [
                .product(name: "WardCore", package: "Ward"),
                .product(name: "WardScanner", package: "Ward"),
            ]
        ),
        .executableTarget(
            name: "IntelBench",
            dependencies: [
                .product(name: "WardCore", package: "Ward"),
                .product(name: "WardIntel", package: "Ward"),
            ]
        ),
        .executableTarget(
            name: "InventoryBench",
            dependencies: [
                .product(name: "WardCore", package: "Ward"),
                .product(name: "WardInterop", package: "Ward"),
                .product(name: "WardIntel", package: "Ward"),
                .product(name: "WardStore", package: "Ward"),
                .product(name: "WardServer", package: "Ward"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
