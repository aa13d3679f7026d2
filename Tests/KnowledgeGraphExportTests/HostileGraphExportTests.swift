import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing

/// Writes every export of the hostile graph, and the graph itself as plain JSON
/// (`expected.json`), for the consumer checks: `scripts/test.sh` sets
/// `KGRAPH_HOSTILE_EXPORTS` to a folder and then runs `check_exports.py --expect` on it.
/// Without the variable the files go to a temporary folder and are removed.
struct HostileGraphExportTests {
    static let variable = "KGRAPH_HOSTILE_EXPORTS"

    @Test func writesEveryFormatForTheConsumerChecks() throws {
        let given = ProcessInfo.processInfo.environment[Self.variable]
        let folder = given ?? FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-hostile-\(UUID().uuidString)").path
        defer { if given == nil { try? FileManager.default.removeItem(atPath: folder) } }
        var written: [String] = []
        for format in ExportFormat.allCases {
            let files = try format.files(of: ExportFixtures.hostile)
            #expect(files.map(\.name) == format.fileNames)
            #expect(try format.files(of: ExportFixtures.hostile) == files, "\(format) is not deterministic")
            for file in files {
                #expect(!file.bytes.isEmpty)
                try AtomicFile.write(file.bytes, to: folder + "/" + file.name)
                written.append(file.name)
            }
        }
        try AtomicFile.write(Array(try ExportFixtures.expectation(ExportFixtures.hostile)), to: folder + "/expected.json")
        let present = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(Set(present).isSuperset(of: written + ["expected.json"]))
        #expect(Set(written) == ["graph.graphml", "graph.gexf", "graph.dot", "graph.jsonld", "nodes.csv", "edges.csv", "graph.cypher"])
    }
}
