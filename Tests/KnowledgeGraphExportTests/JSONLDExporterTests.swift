import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing

struct JSONLDExporterTests {
    @Test func isJSONWithInlineContextAndTypedNodes() throws {
        let bytes = try JSONLDExporter().export(ExportFixtures.hostile)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let context = try #require(object["@context"] as? [String: Any])
        #expect(context["kg"] as? String == "https://kgraph.example/vocab#")
        let graph = try #require(object["@graph"] as? [[String: Any]])
        #expect(graph.count == 5 + 2)
        let ada = try #require(graph.first { $0["@id"] as? String == "https://kgraph.example/entity/person_ada" })
        #expect(ada["@type"] as? String == "schema:Person")
        #expect(ada["name"] as? String == "Ada \"The Countess\" <Lovelace> & co")
        let token = try #require(graph.first { $0["@id"] as? String == "https://kgraph.example/entity/token_strict" })
        #expect(token["@type"] as? String == "kg:CryptoToken")
        let link = try #require(graph.first { $0["@type"] as? String == "kg:CoOccurrence" && ($0["count"] as? Int) == 2 })
        #expect(link["source"] as? String == "https://kgraph.example/entity/person_ada")
        #expect(link["weight"] as? Double == 2)
    }

    @Test func baseIRIIsConfigurable() throws {
        let text = String(decoding: try JSONLDExporter(baseIRI: "http://example.org/kg").export(ExportFixtures.hostile), as: UTF8.self)
        #expect(text.contains("\"http://example.org/kg/entity/person_ada\""))
    }
}
