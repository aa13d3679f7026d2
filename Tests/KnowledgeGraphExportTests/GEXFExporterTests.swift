import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing
import XMLSupport

struct GEXFExporterTests {
    let xml: String
    let path: String

    init() throws {
        let bytes = try GEXFExporter().export(ExportFixtures.hostile)
        xml = String(decoding: bytes, as: UTF8.self)
        path = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-\(UUID().uuidString).gexf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func hostileGraphIsValidGEXF13() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let grammar = ExportFixtures.schemas + "/gexf-1.3/gexf.rng"
        let errors = try XMLRelaxNGValidator(grammarPath: grammar).validate(fileAt: path)
        #expect(errors.isEmpty, "\(errors)")
        #expect(xml.contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"))
        #expect(xml.contains("<nodes count=\"\(ExportFixtures.hostile.entities.count)\">"))
        #expect(xml.contains("<edges count=\"\(ExportFixtures.hostile.edges.count)\">"))
    }

    @Test func attributesAreDeclaredWithTheirTypes() {
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(xml.contains("<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>"))
        #expect(xml.contains("<attribute id=\"npmi\" title=\"npmi\" type=\"double\"/>"))
        #expect(xml.contains("<attvalue for=\"mentions\" value=\"50\"/>"))
        #expect(xml.contains("source=\"person_ada\" target=\"place_x\" weight=\"2.5\""))
        #expect(xml.contains("weight=\"1e-06\""))
    }

    @Test func nodesAreColouredByTypeAndSizedByMentions() {
        defer { try? FileManager.default.removeItem(atPath: path) }
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
