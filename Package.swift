// swift-tools-version:6.1
// Thematic: qualitative interview coding — library and the `thematic` command line.
// The module table lives in README.md ("Architecture") and ../shared/design/ARCHITECTURE.md.

import PackageDescription

let package = Package(
    name: "Thematic",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Thematic", targets: ["Thematic"]),
        .executable(name: "thematic", targets: ["ThematicCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "ThematicModel"),
        .target(
            name: "ThematicParsers",
            dependencies: [
                "ThematicModel",
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "ThematicStore",
            dependencies: ["ThematicModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "ThematicCoding", dependencies: ["ThematicModel"]),
        .target(name: "ThematicAudit", dependencies: ["ThematicModel", "ThematicCoding"]),
        .target(name: "ThematicReport", dependencies: ["ThematicModel"]),
        .target(name: "ThematicAgreement", dependencies: ["ThematicModel"]),
        .target(
            name: "ThematicExchange",
            dependencies: [
                "ThematicModel",
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Thematic",
            dependencies: [
                "ThematicModel", "ThematicParsers", "ThematicStore",
                "ThematicCoding", "ThematicAudit", "ThematicExchange", "ThematicReport", "ThematicAgreement",
            ]
        ),
        .executableTarget(
            name: "ThematicCLI",
            dependencies: [
                "Thematic", "ThematicModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "ThematicTestSupport",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ThematicTestSupport"
        ),
        .testTarget(name: "ThematicModelTests", dependencies: ["ThematicModel", "ThematicTestSupport"]),
        .testTarget(
            name: "ThematicParsersTests",
            dependencies: ["ThematicParsers", "ThematicModel", "ThematicTestSupport"]
        ),
        .testTarget(
            name: "ThematicStoreTests",
            dependencies: [
                "ThematicStore", "ThematicModel", "ThematicTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "ThematicExchangeTests",
            dependencies: ["ThematicExchange", "ThematicModel", "ThematicParsers", "ThematicTestSupport"]
        ),
        .testTarget(name: "ThematicAuditTests", dependencies: ["ThematicAudit", "ThematicModel", "ThematicTestSupport"]),
        .testTarget(
            name: "ThematicCodingTests",
            dependencies: ["ThematicCoding", "ThematicModel", "ThematicTestSupport"]
        ),
        .testTarget(
            name: "ThematicTests",
            dependencies: [
                "Thematic", "ThematicModel", "ThematicStore", "ThematicTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "ThematicReportTests",
            dependencies: ["ThematicReport", "ThematicModel", "ThematicTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "ThematicAgreementTests",
            dependencies: ["ThematicAgreement", "ThematicModel", "ThematicTestSupport"]
        ),
        .testTarget(name: "ThematicCLITests", dependencies: ["ThematicCLI", "ThematicTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
