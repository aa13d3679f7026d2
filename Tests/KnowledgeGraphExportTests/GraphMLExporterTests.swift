import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KnowledgeGraph
import KnowledgeGraphExport
import Testing
import XMLSupport

struct GraphMLExporterTests {
    /// Evidence is its JSON as character data: markup escaped as libxml2 escapes text, quotes
    /// left as they are (a parser reads back the same JSON, in fewer bytes).
    @Test func evidenceIsItsJSONWithMarkupEscapedAndQuotesAsTheyAre() throws {
        let graph = Graph(
            entities: [Entity(id: "a", label: "A", type: .person), Entity(id: "b", label: "B", type: .organization)],
            edges: [Edge(source: "a", target: "b", count: 2, documents: 2, npmi: 0.5, weight: 2, evidence: [
                Evidence(document: "a \"q\" <b> & c.txt", range: ByteRange(start: 0, end: 10)),
                Evidence(document: "tab\there/東京.txt", range: ByteRange(start: 12, end: 40)),
            ])])
        let json = #"[{"document":"a \"q\" <b> & c.txt","start":0,"end":10},{"document":"tab\there/東京.txt","start":12,"end":40}]"#
        let reference = try XMLWriter(indent: false)
        try reference.element("data", attribute: "key", value: "evidence", text: json)
        let written = String(decoding: try reference.finish(), as: UTF8.self).replacingOccurrences(of: "&quot;", with: "\"")
        let element = try #require(written.range(of: "<data").map { String(written[$0.lowerBound...]) })
        let bytes = try GraphMLExporter().export(graph)
        let graphML = String(decoding: bytes, as: UTF8.self)
        #expect(graphML.contains(element.trimmingCharacters(in: .whitespacesAndNewlines)), "\(graphML)")
        #expect(!graphML.contains("{&quot;document"))
        // An XML parser gives back the JSON itself.
        let document = try XMLDocument(data: Data(bytes))
        let evidence = try document.nodes(forXPath: "//*[local-name()='data'][@key='evidence']").first?.stringValue
        #expect(evidence == json)
    }

    /// Edges are written in one piece (whole edges when every identifier is plain, else
    /// each edge's `data` elements); the bytes are those libxml2 gives when it writes them
    /// element by element, at their depth, escaping identifiers that need it.
    @Test(arguments: [["a", "b", "c"], ["a", "b&<q>", "c\"d"]])
    func edgesWrittenInOnePieceAreWhatLibxml2WritesElementByElement(ids: [String]) throws {
        let graph = Graph(
            entities: [Entity(id: ids[0], label: "A", type: .person), Entity(id: ids[1], label: "B", type: .organization),
                       Entity(id: ids[2], label: "C", type: .token)],
            edges: [
                Edge(source: ids[0], target: ids[1], count: 3, documents: 2, npmi: -0.25, weight: 3, evidence: [
                    Evidence(document: "x & <y>.txt", range: ByteRange(start: 5, end: 90)),
                    Evidence(document: "z.txt", range: ByteRange(start: 0, end: 12)),
                ]),
                Edge(source: ids[0], target: ids[2], count: 1, documents: 1, npmi: 0.731, weight: 1, evidence: []),
                Edge(source: ids[1], target: ids[2], count: 12, documents: 10, npmi: 0, weight: -2, evidence: [
                    Evidence(document: "z.txt", range: ByteRange(start: 1_234_567, end: 1_234_600)),
                ]),
            ])
        let reference = try XMLWriter(indent: true)
        try reference.startElement("graphml")
        try reference.startElement("graph")
        for (index, edge) in graph.edges.enumerated() {
            try reference.startElement("edge")
            try reference.attribute("id", "e\(index)")
            try reference.attribute("source", edge.source)
            try reference.attribute("target", edge.target)
            try reference.element("data", attribute: "key", value: "weight", text: JSONText.number(edge.weight))
            try reference.element("data", attribute: "key", value: "count", text: String(edge.count))
            try reference.element("data", attribute: "key", value: "documents", text: String(edge.documents))
            try reference.element("data", attribute: "key", value: "npmi", text: JSONText.number(edge.npmi))
            let json = "[" + edge.evidence.map {
                "{\"document\":\(JSONText.string($0.document)),\"start\":\($0.range.start),\"end\":\($0.range.end)}"
            }.joined(separator: ",") + "]"
            let escaped = Array(XMLWriter.escapedText(json).replacingOccurrences(of: "&quot;", with: "\"").utf8)
            try escaped.withUnsafeBytes { try reference.element("data", attribute: "key", value: "evidence", escapedText: $0) }
            try reference.endElement()
        }
        let expected = String(decoding: try reference.finish(), as: UTF8.self)
        let written = String(decoding: try GraphMLExporter(threads: 1).export(graph), as: UTF8.self)
        func edges(_ text: String) -> String? {
            guard let start = text.range(of: "    <edge "), let end = text.range(of: "</edge>\n", options: .backwards) else { return nil }
            return String(text[start.lowerBound..<end.upperBound])
        }
        #expect(edges(written) != nil)
        #expect(edges(written) == edges(expected), "\(written)")
    }

    @Test func edgesWrittenInBlocksOnSeveralThreadsJoinSeamlessly() throws {
        let graph = StreamedExportTests.large
        #expect(graph.edges.count > 3 * GraphMLExporter.edgesPerBlock)
        let bytes = try GraphMLExporter(threads: 2).export(graph)
        #expect(bytes == (try GraphMLExporter(threads: 1).export(graph)))
        let text = String(decoding: bytes, as: UTF8.self)
        // One edge per line at its depth, in order, and no blank line where blocks meet.
        let edgeLines = text.split(separator: "\n").filter { $0.hasPrefix("    <edge id=") }
        #expect(edgeLines.count == graph.edges.count)
        #expect(edgeLines.enumerated().allSatisfy { $1.hasPrefix("    <edge id=\"e\($0)\" ") })
        #expect(!text.contains("\n\n") && !text.contains(">>"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-\(UUID().uuidString).graphml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let errors = try XMLSchemaValidator(schemaPath: ExportFixtures.graphMLSchema).validate(fileAt: path)
        #expect(errors.isEmpty, "\(errors.prefix(3))")
    }

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
