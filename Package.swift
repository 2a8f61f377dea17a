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
        .library(name: "ClimateText", targets: ["ClimateText"]),
        .library(name: "ClimateIndices", targets: ["ClimateIndices"]),
        .library(name: "ClimateExtract", targets: ["ClimateExtract"]),
        .library(name: "ClimatePipeline", targets: ["ClimatePipeline"]),
        .library(name: "ClimateLanguage", targets: ["ClimateLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
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
        .target(
            name: "ClimateText",
            dependencies: ["ClimateCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .target(name: "ClimateFraming", dependencies: ["ClimateCore", "ClimateText"]),
        .target(name: "ClimateIndices", dependencies: ["ClimateCore"]),
        .target(
            name: "ClimateExtract",
            dependencies: ["ClimateCore", "ClimateIngest", "CLibXML2", "CZlib"]
        ),
        .target(
            name: "ClimatePipeline",
            dependencies: ["ClimateCore", "ClimateIngest", "ClimateExtract", "ClimateText", "ClimateFraming", "ClimateLanguage"]
        ),
        .target(
            name: "ClimateLanguage",
            dependencies: ["ClimateCore"],
            resources: [.copy("Resources/langid-model.tsv")]
        ),
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
                "ClimateText",
                "ClimateFraming",
                "ClimateIndices",
                "ClimateExtract",
                "ClimatePipeline",
                "ClimateLanguage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ClimateCoreTests", dependencies: ["ClimateCore"]),
        .testTarget(name: "ClimateTextTests", dependencies: ["ClimateText"], exclude: ["Golden"]),
        .testTarget(name: "ClimateFramingTests", dependencies: ["ClimateFraming", "ClimateText"]),
        .testTarget(name: "ClimateIndicesTests", dependencies: ["ClimateIndices", "ClimateCore"]),
        .testTarget(name: "ClimateDedupTests", dependencies: ["ClimateDedup", "ClimateCore"]),
        .testTarget(
            name: "ClimateStoreTests",
            dependencies: ["ClimateStore", "ClimateCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ClimateIngestTests",
            dependencies: ["ClimateIngest", "ClimateCore", "CLibXML2", "CZlib"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ClimateExtractTests", dependencies: ["ClimateExtract", "ClimateCore", "ClimateIngest"]),
        .testTarget(name: "ClimateLanguageTests", dependencies: ["ClimateLanguage"]),
    ],
    swiftLanguageModes: [.v6]
)
