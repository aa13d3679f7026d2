import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing
import XMLSupport

/// The `community` node attribute: written by every format when the graph's communities
/// were computed, absent otherwise.
struct CommunityAttributeTests {
    private var withCommunities: Graph {
        let graph = ExportFixtures.hostile
        var entities = graph.entities
        for index in entities.indices { entities[index].community = index % 2 + 1 }
        return Graph(entities: entities, edges: Array(graph.edges))
    }

    @Test func graphMLDeclaresAnIntKeyAndGivesEveryNodeAValue() throws {
        let graph = withCommunities
        let bytes = try GraphMLExporter().export(graph)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-\(UUID().uuidString).graphml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try XMLSchemaValidator(schemaPath: ExportFixtures.graphMLSchema).validate(fileAt: path).isEmpty)
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(xml.contains("<key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>"))
        #expect(xml.components(separatedBy: "<data key=\"community\">").count - 1 == graph.entities.count)
        #expect(!String(decoding: try GraphMLExporter().export(ExportFixtures.hostile), as: UTF8.self).contains("community"))
    }

    @Test func dotAndJSONLDCarryIt() throws {
        let graph = withCommunities
        let dot = String(decoding: try DOTExporter().export(graph), as: UTF8.self)
        #expect(dot.contains("\"person_ada\" [") && dot.contains("community=\"2\""))
        let jsonld = try JSONSerialization.jsonObject(with: Data(try JSONLDExporter().export(graph))) as? [String: Any]
        let items = try #require(jsonld?["@graph"] as? [[String: Any]])
        let ada = try #require(items.first { $0["@id"] as? String == "entity:person_ada" })
        let expected = try #require(graph.entity(id: "person_ada")).community
        #expect(ada["community"] as? Int == expected)
        #expect(!String(decoding: try DOTExporter().export(ExportFixtures.hostile), as: UTF8.self).contains("community="))
    }
}
