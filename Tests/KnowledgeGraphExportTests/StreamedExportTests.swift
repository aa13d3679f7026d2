import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing

/// Exports written to a file stream through a small buffer; the file must hold exactly the
/// bytes the same export gives in memory, for graphs far larger than the buffer.
struct StreamedExportTests {
    /// 3,000 entities and 30,000 links with evidence and awkward text: several megabytes
    /// in every format.
    static let large: Graph = {
        let types = EntityType.allCases
        let entities = (0..<3_000).map { index in
            Entity(id: String(format: "e%05d", index), label: index % 7 == 0 ? "Name & <\(index)> \"q\"" : "Name \(index)",
                   type: types[index % types.count], aliases: index % 5 == 0 ? ["Alias \(index)"] : [],
                   mentions: index % 13 + 1, documents: 1)
        }
        var edges: [Edge] = []
        for index in 0..<30_000 {
            let a = index % 3_000
            let b = (a + 1 + index / 3_000 * 7) % 3_000
            guard a != b else { continue }
            let (low, high) = (min(a, b), max(a, b))
            edges.append(Edge(source: entities[low].id, target: entities[high].id, count: index % 4 + 1, documents: 1,
                              npmi: Double(index % 100) / 100, weight: Double(index % 4 + 1),
                              evidence: [Evidence(document: "docs/a&b \(index % 50).txt", range: ByteRange(start: index, end: index + 40))]))
        }
        edges.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        var unique: [Edge] = []
        for edge in edges where unique.last.map({ ($0.source, $0.target) != (edge.source, edge.target) }) ?? true {
            unique.append(edge)
        }
        return Graph(entities: entities, edges: unique)
    }()

    @Test(arguments: [ExportFormat.graphml, .gexf, .dot, .jsonld, .cypher])
    func aStreamedFileHoldsTheBytesOfTheExportInMemory(format: ExportFormat) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inMemory = try format.files(of: Self.large)
        #expect(inMemory[0].bytes.count > 2 << 20, "the export should be several times the 1 MB buffer")
        try format.write(Self.large, toFolder: folder.path)
        let written = try Data(contentsOf: folder.appendingPathComponent(inMemory[0].name))
        #expect(Array(written) == inMemory[0].bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [inMemory[0].name])
    }

    @Test func streamedNeo4jFilesHoldTheBytesOfTheExportInMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inMemory = try ExportFormat.csv.files(of: Self.large)
        #expect(inMemory.map(\.name) == ["nodes.csv", "edges.csv"])
        #expect(inMemory[1].bytes.count > 2 << 20, "the edges should be several times the 1 MB buffer")
        try ExportFormat.csv.write(Self.large, toFolder: folder.path)
        for file in inMemory {
            #expect(Array(try Data(contentsOf: folder.appendingPathComponent(file.name))) == file.bytes)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["edges.csv", "nodes.csv"])
    }

    @Test func aPendingFileDroppedWithoutCommitLeavesTheTargetAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.graphml").path
        try AtomicFile.write(Array("old".utf8), to: path)
        do {
            let pending = try AtomicFile.Pending(path: path)
            try Array("half of a new file".utf8).withUnsafeBytes { try pending.write($0) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.graphml"])
    }
}
