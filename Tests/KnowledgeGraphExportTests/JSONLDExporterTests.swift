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
        // Entity and link IRIs are compact: a prefix of the context and the identifier.
        #expect(context["entity"] as? String == "https://kgraph.example/entity/")
        #expect(context["link"] as? String == "https://kgraph.example/cooccurrence/")
        func expanded(_ value: Any?) -> String? {
            guard let value = value as? String, let colon = value.firstIndex(of: ":"),
                  let prefix = context[String(value[..<colon])] as? String else { return value as? String }
            return prefix + value[value.index(after: colon)...]
        }
        let sameAs = try #require(context["sameAs"] as? [String: String])
        #expect(sameAs["@id"] == "schema:sameAs" && sameAs["@type"] == "@id")
        let graph = try #require(object["@graph"] as? [[String: Any]])
        #expect(graph.count == ExportFixtures.hostile.entities.count + ExportFixtures.hostile.edges.count)
        let ada = try #require(graph.first { expanded($0["@id"]) == "https://kgraph.example/entity/person_ada" })
        #expect(ada["@type"] as? String == "schema:Person")
        #expect(ada["name"] as? String == "Ada \"The Countess\" <Lovelace> & co's")
        #expect(ada["alternateName"] as? [String] == ["A\\B", "Ada", "it's", "nulbyte", "unitseparator"])
        let token = try #require(graph.first { expanded($0["@id"]) == "https://kgraph.example/entity/1inch" })
        #expect(token["@type"] as? String == "kg:CryptoToken")
        #expect(token["sameAs"] as? [String] == ["https://example.org/ids/1inch?a=1&b=%22q%22", "urn:example:1inch"])
        let place = try #require(graph.first { expanded($0["@id"]) == "https://kgraph.example/entity/place_x" })
        #expect(place["name"] as? String == "東京 — Zürich\nline two\tend")
        let link = try #require(graph.first { $0["@type"] as? String == "kg:CoOccurrence" && ($0["weight"] as? Double) == 2.5 })
        #expect(expanded(link["source"]) == "https://kgraph.example/entity/person_ada")
        #expect(expanded(link["@id"]) == "https://kgraph.example/cooccurrence/person_ada--place_x")
        #expect(link["count"] as? Int == 2)
    }

    /// Each entity lists every neighbour once, in identifier order, whichever end of its
    /// links it is.
    @Test func coOccursWithListsEveryNeighbourInOrder() throws {
        let ids = ["a", "b", "c", "d", "e"]
        let pairs = [("a", "c"), ("a", "e"), ("b", "c"), ("b", "d"), ("c", "d"), ("c", "e"), ("d", "e")]
        let graph = Graph(
            entities: ids.map { Entity(id: $0, label: $0.uppercased(), type: .organization) },
            edges: pairs.map { Edge(source: $0.0, target: $0.1, count: 1, documents: 1, npmi: 0.5, weight: 1, evidence: []) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try JSONLDExporter().export(graph))) as? [String: Any])
        let nodes = try #require(object["@graph"] as? [[String: Any]])
        for id in ids {
            let node = try #require(nodes.first { $0["@id"] as? String == "entity:" + id })
            let expected = pairs.compactMap { $0.0 == id ? $0.1 : $0.1 == id ? $0.0 : nil }.sorted().map { "entity:" + $0 }
            #expect(node["coOccursWith"] as? [String] == expected, "\(id)")
        }
    }

    @Test func baseIRIIsConfigurable() throws {
        let text = String(decoding: try JSONLDExporter(baseIRI: "http://example.org/kg").export(ExportFixtures.hostile), as: UTF8.self)
        #expect(text.contains("\"entity\": \"http://example.org/kg/entity/\""))
        #expect(text.contains("\"@id\": \"entity:person_ada\""))
        #expect(text.contains("\"kg\": \"http://example.org/kg/vocab#\""))
    }
}
