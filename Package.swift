// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kgraph", targets: ["KnowledgeGraphCLI"]),
        .executable(name: "html-benchmark", targets: ["HTMLBenchmark"]),
        .library(name: "KnowledgeGraph", targets: ["KnowledgeGraph"]),
        .library(name: "KnowledgeGraphIngestion", targets: ["KnowledgeGraphIngestion"]),
        .library(name: "KnowledgeGraphExtraction", targets: ["KnowledgeGraphExtraction"]),
        .library(name: "KnowledgeGraphLinking", targets: ["KnowledgeGraphLinking"]),
        .library(name: "KnowledgeGraphExport", targets: ["KnowledgeGraphExport"]),
        .library(name: "KnowledgeGraphQuery", targets: ["KnowledgeGraphQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C interop only: nothing else names libxml2.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        // Safe Swift wrappers over libxml2: writer, HTML parser, schema validator.
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        // The core model: documents, entities, mentions, edges, the graph. No dependencies.
        .target(name: "KnowledgeGraph"),
        // Files in, documents with segments and sentences out.
        .target(name: "KnowledgeGraphIngestion", dependencies: ["KnowledgeGraph", "XMLSupport"]),
        // Documents in, typed and resolved entity mentions out.
        .target(
            name: "KnowledgeGraphExtraction",
            dependencies: ["KnowledgeGraph"],
            resources: [.copy("Resources")]
        ),
        // Mentions in, weighted co-occurrence graph out.
        .target(name: "KnowledgeGraphLinking", dependencies: ["KnowledgeGraph"]),
        // Graph in, GraphML / DOT / JSON-LD files out.
        .target(name: "KnowledgeGraphExport", dependencies: ["KnowledgeGraph", "XMLSupport"]),
        // A built graph on disk (SQLite, beside the exports), and the questions asked of it.
        .target(
            name: "KnowledgeGraphQuery",
            dependencies: [
                "KnowledgeGraph", "KnowledgeGraphLinking", "KnowledgeGraphExport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The thin command-line front end: `kgraph`.
        .executableTarget(
            name: "KnowledgeGraphCLI",
            dependencies: [
                "KnowledgeGraph", "KnowledgeGraphIngestion", "KnowledgeGraphExtraction",
                "KnowledgeGraphLinking", "KnowledgeGraphExport", "KnowledgeGraphQuery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times opening a built graph and answering queries (run by scripts/bench-query.sh).
        .executableTarget(name: "QueryBenchmark", dependencies: ["KnowledgeGraph", "KnowledgeGraphQuery"]),
        // Speed of HTML text extraction, built in release mode by scripts/bench-html.sh.
        .executableTarget(name: "HTMLBenchmark", dependencies: ["KnowledgeGraph", "KnowledgeGraphIngestion"]),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport", "CLibXML2"]),
        .testTarget(name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph"]),
        .testTarget(name: "KnowledgeGraphIngestionTests", dependencies: ["KnowledgeGraphIngestion", "CLibXML2"]),
        .testTarget(
            name: "KnowledgeGraphExtractionTests",
            dependencies: ["KnowledgeGraphExtraction", "KnowledgeGraphIngestion", "CLibXML2"]
        ),
        .testTarget(name: "KnowledgeGraphLinkingTests", dependencies: ["KnowledgeGraphLinking"]),
        .testTarget(
            name: "KnowledgeGraphExportTests",
            dependencies: ["KnowledgeGraphExport", "XMLSupport", "CLibXML2"]
        ),
        .testTarget(
            name: "KnowledgeGraphQueryTests",
            dependencies: [
                "KnowledgeGraphQuery", "KnowledgeGraphLinking", "KnowledgeGraphIngestion", "KnowledgeGraphExtraction", "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "KnowledgeGraphCLITests", dependencies: ["KnowledgeGraphCLI", "CLibXML2"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
