// swift-tools-version:6.1
// libFuzzer targets for every reader of Thematic: one executable, the reader chosen by
// THEMATIC_FUZZ_TARGET (see README.md and run.sh). Built with `--sanitize=fuzzer --sanitize=address`.

import PackageDescription

let package = Package(
    name: "ThematicFuzz",
    dependencies: [.package(name: "Thematic", path: "..")],
    targets: [
        .executableTarget(
            name: "ThematicFuzz",
            dependencies: [.product(name: "Thematic", package: "Thematic")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
