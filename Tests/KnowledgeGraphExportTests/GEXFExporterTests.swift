import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing
import XMLSupport

struct GEXFExporterTests {
    let bytes: [UInt8]
    let xml: String

    init() throws {
        bytes = try GEXFExporter().export(ExportFixtures.hostile)
        xml = String(decoding: bytes, as: UTF8.self)
    }

    @Test func hostileGraphIsValidGEXF13() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-\(UUID().uuidString).gexf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let grammar = ExportFixtures.schemas + "/gexf-1.3/gexf.rng"
        let errors = try XMLRelaxNGValidator(grammarPath: grammar).validate(fileAt: path)
        #expect(errors.isEmpty, "\(errors)")
        #expect(xml.contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"))
        #expect(xml.contains("<nodes count=\"\(ExportFixtures.hostile.entities.count)\">"))
        #expect(xml.contains("<edges count=\"\(ExportFixtures.hostile.edges.count)\">"))
    }

    @Test func edgesWrittenInBlocksOnSeveralThreadsJoinSeamlessly() throws {
        let graph = StreamedExportTests.large
        #expect(graph.edges.count > 3 * GraphMLExporter.edgesPerBlock)
        let bytes = try GEXFExporter(threads: 2).export(graph)
        #expect(bytes == (try GEXFExporter(threads: 1).export(graph)))
        let text = String(decoding: bytes, as: UTF8.self)
        // One edge per line at its depth, in order, from the first (written by the document's
        // own writer) across every block boundary, and no blank line where blocks meet.
        let edgeLines = text.split(separator: "\n").filter { $0.hasPrefix("      <edge id=") }
        #expect(edgeLines.count == graph.edges.count)
        #expect(edgeLines.enumerated().allSatisfy { $1.hasPrefix("      <edge id=\"e\($0)\" ") })
        #expect(!text.contains("\n\n") && !text.contains(">>"))
        #expect(text.contains("<edges count=\"\(graph.edges.count)\">\n      <edge id=\"e0\" "))
        #expect(text.hasSuffix("    </edges>\n  </graph>\n</gexf>\n"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-\(UUID().uuidString).gexf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let errors = try XMLRelaxNGValidator(grammarPath: ExportFixtures.schemas + "/gexf-1.3/gexf.rng").validate(fileAt: path)
        #expect(errors.isEmpty, "\(errors.prefix(3))")
    }

    @Test func aGraphWithoutEdgesHasAnEmptyEdgeList() throws {
        let graph = Graph(entities: [Entity(id: "person_ada", label: "Ada", type: .person, mentions: 1)], edges: [])
        let text = String(decoding: try GEXFExporter().export(graph), as: UTF8.self)
        #expect(text.contains("<edges count=\"0\"/>"))
    }

    @Test func attributesAreDeclaredWithTheirTypes() {
        #expect(xml.contains("<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>"))
        #expect(xml.contains("<attribute id=\"npmi\" title=\"npmi\" type=\"double\"/>"))
        #expect(xml.contains("<attvalue for=\"mentions\" value=\"50\"/>"))
        #expect(xml.contains("source=\"person_ada\" target=\"place_x\" weight=\"2.5\""))
        #expect(xml.contains("weight=\"1e-06\""))
    }

    @Test func nodesAreColouredByTypeAndSizedByMentions() {
        let (red, green, blue) = NodeStyle.of(.person).rgb
        #expect(NodeStyle.of(.person).color == String(format: "#%02X%02X%02X", red, green, blue))
        #expect(xml.contains("label=\"Ada &quot;The Countess&quot; &lt;Lovelace&gt; &amp; co's\">"))
        #expect(xml.contains("<viz:color r=\"\(red)\" g=\"\(green)\" b=\"\(blue)\"/>"))
        // The busiest node (50 mentions) gets the largest size, a node with 1 mention nearly the smallest.
        #expect(xml.contains("<viz:size value=\"50.0\"/>"))
        #expect(GEXFExporter.size(mentions: 50, maximum: 50) == GEXFExporter.maximumSize)
        #expect(GEXFExporter.size(mentions: 0, maximum: 50) == GEXFExporter.minimumSize)
        #expect(GEXFExporter.size(mentions: 4, maximum: 50) < GEXFExporter.size(mentions: 5, maximum: 50))
    }
}
