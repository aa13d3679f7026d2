import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing
import XMLSupport

struct GraphMLExporterTests {
    @Test func hostileLabelsStayValidGraphML() throws {
        let bytes = try GraphMLExporter().export(ExportFixtures.hostile)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-\(UUID().uuidString).graphml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let errors = try XMLSchemaValidator(schemaPath: ExportFixtures.graphMLSchema).validate(fileAt: path)
        #expect(errors.isEmpty, "\(errors)")
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(xml.contains("<data key=\"label\">Ada &quot;The Countess&quot; &lt;Lovelace&gt; &amp; co's</data>"))
        #expect(!xml.contains("\u{07}") && !xml.contains("\u{1F}") && !xml.contains("\r"))
        #expect(xml.contains("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"))
        #expect(xml.contains("<key id=\"sameAs\" for=\"node\" attr.name=\"sameAs\" attr.type=\"string\"/>"))
        #expect(xml.contains("<data key=\"sameAs\">[&quot;https://example.org/ids/1inch?a=1&amp;b=%22q%22&quot;,&quot;urn:example:1inch&quot;]</data>"))
        #expect(xml.contains("<data key=\"weight\">1e-06</data>"))
        #expect(xml.contains("<data key=\"weight\">1e+20</data>"))
    }

    @Test func sameGraphSameBytes() throws {
        #expect(try GraphMLExporter().export(ExportFixtures.hostile) == GraphMLExporter().export(ExportFixtures.hostile))
    }
}
