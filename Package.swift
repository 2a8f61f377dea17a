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
        .library(name: "ClimateLanguage", targets: ["ClimateLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
            name: "ClimateLanguage",
            dependencies: ["ClimateCore"],
            resources: [.copy("Resources/langid-model.tsv")]
        ),
        .executableTarget(
            name: "mediaclimate",
            dependencies: [
                "ClimateCore",
                "ClimateIngest",
                "ClimateLanguage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ClimateCoreTests", dependencies: ["ClimateCore"]),
        .testTarget(
            name: "ClimateIngestTests",
            dependencies: ["ClimateIngest", "ClimateCore", "CLibXML2"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ClimateLanguageTests", dependencies: ["ClimateLanguage"]),
    ],
    swiftLanguageModes: [.v6]
)
