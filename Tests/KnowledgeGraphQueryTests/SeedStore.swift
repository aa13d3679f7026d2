import Foundation
import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import KnowledgeGraphLinking
import KnowledgeGraphQuery

/// The seed document's graph, built in-process the way `kgraph build` builds it, with its
/// query store written to a temporary folder once for all tests.
struct SeedStore: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seedPath = root.appendingPathComponent("seeds/000_b9b23063de3ebd44.txt").path

    /// The built graph (what the exports hold).
    let graph: Graph
    /// The folder holding `graph.sqlite`.
    let folder: String
    /// The opened store.
    let store: GraphStore
    /// The seed document's bytes, to check offsets against.
    let seedBytes: [UInt8]

    static let shared: Result<SeedStore, any Error> = Result { try SeedStore.build() }

    static func get() throws -> SeedStore { try shared.get() }

    /// Builds the seed's graph and writes its store into a new temporary folder.
    static func build(into folder: String? = nil, writer: GraphStoreWriter = GraphStoreWriter()) throws -> SeedStore {
        let extractor = try EntityExtractor.standard()
        let document = try DocumentLoader().load(path: seedPath)
        let extraction = extractor.extract(document)
        var builder = GraphBuilder()
        var evidence = EvidenceCollector()
        var shared: [UInt32]? = []
        builder.add(extraction, windowsSharedBefore: &shared)
        evidence.add(document, extraction, after: builder, windowsShared: shared ?? [])
        let graph = CommunityDetector().annotate(builder.build())
        let target = folder ?? temporaryFolder()
        try writer.write(graph, entityPositions: builder.entityPositions(), evidence: evidence, toFolder: target)
        return SeedStore(graph: graph, folder: target, store: try GraphStore(folder: target), seedBytes: document.bytes)
    }

    /// A new folder path (not yet created) under ``temporaryParent``, which is removed with
    /// everything in it when the test process exits.
    static func temporaryFolder() -> String {
        temporaryParent.appendingPathComponent(UUID().uuidString).path
    }

    /// The folder of this test process's stores, removed when the process exits.
    static let temporaryParent: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-query-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: SeedStore.temporaryParent) }
        return parent
    }()

    /// The text of the seed at `start..<end`.
    func seedText(_ start: Int, _ end: Int) -> String {
        String(decoding: seedBytes[start..<end], as: UTF8.self)
    }

    /// Every name (label and aliases) of the entity `id`, folded.
    func foldedNames(_ id: String) -> Set<String> {
        guard let entity = graph.entity(id: id) else { return [] }
        return Set(([entity.label] + entity.aliases).map(NameFolding.fold))
    }
}
