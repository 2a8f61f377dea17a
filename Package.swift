// swift-tools-version:6.0
import PackageDescription

/// mediaclimate: measures the media climate around migration.
///
/// Dependency rule (docs/ARCHITECTURE.md): stage targets import `ClimateCore` (and the C
/// system libraries where they parse); the executable stays thin.
let package = Package(
    name: "mediaclimate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mediaclimate", targets: ["mediaclimate"]),
        .library(name: "ClimateCore", targets: ["ClimateCore"]),
        .library(name: "ClimateIngest", targets: ["ClimateIngest"]),
        .library(name: "ClimateIndices", targets: ["ClimateIndices"]),
        .library(name: "ClimateDedup", targets: ["ClimateDedup"]),
        .library(name: "ClimateStore", targets: ["ClimateStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "ClimateCore"),
        .target(
            name: "ClimateIngest",
            dependencies: ["ClimateCore", "CLibXML2", "CZlib"]
        ),
        .target(name: "ClimateIndices", dependencies: ["ClimateCore"]),
        .target(name: "ClimateDedup", dependencies: ["ClimateCore"]),
        .target(
            name: "ClimateStore",
            dependencies: ["ClimateCore", "CZlib", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "mediaclimate",
            dependencies: [
                "ClimateCore",
                "ClimateIngest",
                "ClimateIndices",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ClimateCoreTests", dependencies: ["ClimateCore"]),
        .testTarget(name: "ClimateIndicesTests", dependencies: ["ClimateIndices", "ClimateCore"]),
        .testTarget(name: "ClimateDedupTests", dependencies: ["ClimateDedup", "ClimateCore"]),
        .testTarget(
            name: "ClimateStoreTests",
            dependencies: ["ClimateStore", "ClimateCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ClimateIngestTests",
            dependencies: ["ClimateIngest", "ClimateCore", "CLibXML2"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
