import ArgumentParser
import Foundation
import KnowledgeGraph
import KnowledgeGraphLinking
import KnowledgeGraphQuery

extension Build {
    /// Writes the query store (`graph.sqlite`) beside the exports, for `kgraph query`.
    func writeQueryStore(_ graph: Graph, entityIDs: [EntityKey: String], evidence: EvidenceCollector) throws {
        do {
            try GraphStoreWriter().write(graph, entityIDs: entityIDs, evidence: evidence, toFolder: output)
        } catch {
            FileHandle.standardError.write(Data("kgraph: error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
