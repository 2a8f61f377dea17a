// swift-tools-version:6.0
import PackageDescription

/// mediaclimate: measures the media climate around migration.
///
/// Dependency rule (docs/ARCHITECTURE.md): stage targets import `ClimateCore` (and the C system
/// libraries where they parse); only `ClimatePipeline` combines stages with the store; the
/// executable stays thin. One target per line below keeps merges simple.
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let releaseUnchecked: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let libraries = [
    "ClimateCore", "ClimateIngest", "ClimateExtract", "ClimateLanguage", "ClimateText", "ClimateFraming",
    "ClimateDedup", "ClimateStore", "ClimateIndices", "ClimatePipeline", "ClimateReport",
]

let package = Package(
    name: "mediaclimate",
    platforms: [.macOS(.v13)],
    products: [.executable(name: "mediaclimate", targets: ["mediaclimate"])]
        + libraries.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CClimateSupport"),

        .target(name: "ClimateCore"),
        .target(name: "ClimateIngest", dependencies: ["ClimateCore", "CLibXML2", "CZlib"]),
        .target(name: "ClimateExtract", dependencies: ["ClimateCore", "ClimateIngest", "CLibXML2", "CZlib"]),
        .target(name: "ClimateLanguage", dependencies: ["ClimateCore"], resources: [.copy("Resources/langid-model.tsv")]),
        .target(name: "ClimateText", dependencies: ["ClimateCore", "CClimateSupport", yams], swiftSettings: releaseUnchecked),
        .target(name: "ClimateFraming", dependencies: ["ClimateCore", "ClimateText"]),
        .target(name: "ClimateDedup", dependencies: ["ClimateCore"]),
        .target(name: "ClimateStore", dependencies: ["ClimateCore", "CZlib", grdb]),
        .target(name: "ClimateIndices", dependencies: ["ClimateCore"]),
        .target(name: "ClimatePipeline", dependencies: [
            "ClimateCore", "ClimateIngest", "ClimateExtract", "ClimateLanguage", "ClimateText", "ClimateFraming",
            "ClimateDedup", "ClimateStore", "ClimateIndices", "ClimateReport", grdb, yams,
        ]),
        .target(name: "ClimateReport", dependencies: ["ClimateCore", "ClimateIndices", "ClimateStore", grdb, yams]),
        .executableTarget(name: "mediaclimate", dependencies: libraries.map { .target(name: $0) } + [argumentParser]),

        .testTarget(name: "ClimateCoreTests", dependencies: ["ClimateCore"]),
        .testTarget(name: "ClimateIngestTests", dependencies: ["ClimateIngest", "ClimateCore", "CLibXML2", "CZlib"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "ClimateExtractTests", dependencies: ["ClimateExtract", "ClimateCore", "ClimateIngest"]),
        .testTarget(name: "ClimateLanguageTests", dependencies: ["ClimateLanguage"]),
        .testTarget(name: "ClimateTextTests", dependencies: ["ClimateText"], exclude: ["Golden"]),
        .testTarget(name: "ClimateFramingTests", dependencies: ["ClimateFraming", "ClimateText"]),
        .testTarget(name: "ClimateDedupTests", dependencies: ["ClimateDedup", "ClimateCore"]),
        .testTarget(name: "ClimateStoreTests", dependencies: ["ClimateStore", "ClimateCore", "CZlib", grdb]),
        .testTarget(name: "ClimateIndicesTests", dependencies: ["ClimateIndices", "ClimateCore"]),
        .testTarget(name: "ClimatePipelineTests", dependencies: ["ClimatePipeline", "ClimateIndices", "ClimateStore", "ClimateCore", grdb]),
        .testTarget(name: "ClimateReportTests", dependencies: ["ClimateReport", "ClimateStore", "ClimateIndices", "ClimateCore", grdb],
                    exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
