// swift-tools-version: 6.0
// libFuzzer targets for kgraph's parsers, kept out of the main build and CI.
// Build and run them with scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "kgraph-fuzz",
    dependencies: [.package(name: "kgraph", path: "..")],
    targets: [
        // libFuzzer's driver, started by each target's entry point.
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzTSVReader", dependencies: [
            "FuzzDriver",
            .product(name: "KnowledgeGraphIngestion", package: "kgraph"),
        ]),
        .executableTarget(name: "FuzzHTMLReader", dependencies: [
            "FuzzDriver",
            .product(name: "KnowledgeGraphIngestion", package: "kgraph"),
        ]),
        .executableTarget(name: "FuzzSentenceSplitter", dependencies: [
            "FuzzDriver",
            .product(name: "KnowledgeGraphIngestion", package: "kgraph"),
            .product(name: "KnowledgeGraph", package: "kgraph"),
        ]),
        .executableTarget(name: "FuzzGazetteerMatcher", dependencies: [
            "FuzzDriver",
            .product(name: "KnowledgeGraphExtraction", package: "kgraph"),
            .product(name: "KnowledgeGraphIngestion", package: "kgraph"),
        ]),
    ]
)
