import KnowledgeGraph
import KnowledgeGraphExport
import Testing

struct DOTExporterTests {
    @Test func quotesAndEscapesEverything() throws {
        let dot = String(decoding: try DOTExporter().export(ExportFixtures.hostile), as: UTF8.self)
        #expect(dot.hasPrefix("strict graph \"kgraph\" {"))
        #expect(dot.contains("\"organization_c-new\" [label=\"C:\\\\new\\\\ trailing\\\\\""))
        #expect(dot.contains("label=\"Ada \\\"The Countess\\\" <Lovelace> & co\""))
        #expect(dot.contains("label=\"東京 — Zürich\\nline two\""))
        #expect(dot.contains("\"event_node\" -- \"token_strict\""))
        #expect(dot.contains("label=\"Strict\""))
    }

    @Test func layoutFollowsSize() {
        #expect(DOTExporter.layout(nodeCount: 50).engine == "neato")
        #expect(DOTExporter.layout(nodeCount: 5000) == ("sfdp", "prism"))
        #expect(DOTExporter.layout(nodeCount: 50000) == ("sfdp", "true"))
    }

    @Test func longLabelsAreCut() {
        let label = DOTExporter.label(String(repeating: "é", count: 20_000))
        #expect(label.utf8.count <= DOTExporter.maximumLabelBytes)
        #expect(label.hasSuffix("…"))
    }
}
