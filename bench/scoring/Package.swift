// swift-tools-version:6.2
// The scoring benchmark: Ward's scorer and planner on a 500-requirement assessment with every crosswalk, against the
// limit (the same arithmetic on bare arrays). Run with `bash bench/scoring.sh`.
import PackageDescription

let package = Package(
    name: "ScoringBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Ward", path: "../..")],
    targets: [
        .executableTarget(
            name: "ScoringBench",
            dependencies: [
                .product(name: "WardAssessment", package: "Ward"),
                .product(name: "WardFrameworks", package: "Ward"),
                .product(name: "WardCore", package: "Ward"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
