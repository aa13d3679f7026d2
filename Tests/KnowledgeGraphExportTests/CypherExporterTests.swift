import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing

struct CypherExporterTests {
    let script: String

    init() throws {
        script = String(decoding: try CypherExporter().export(ExportFixtures.hostile), as: UTF8.self)
    }

    @Test func mergesNodesAndRelationshipsOnTheID() {
        #expect(script.contains("CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"))
        #expect(script.contains("MERGE (n:Entity {id: row.id})\nSET n:Person, n.name = row.name"))
        #expect(script.contains("MERGE (n:Entity {id: row.id})\nSET n:CryptoToken,"))
        #expect(script.contains("MERGE (a)-[r:CO_OCCURS_WITH]->(b)"))
        // One statement per type present, plus the edges, plus the constraint.
        #expect(script.components(separatedBy: ";\n").count - 1 == 1 + 6 + 1)
    }

    @Test func stringsAreEscapedCypherLiterals() {
        #expect(script.contains("name: \"Ada \\\"The Countess\\\" <Lovelace> & co's\""))
        #expect(script.contains("name: \"C:\\\\new\\\\ trailing\\\\\""))
        #expect(script.contains("name: \"東京 — Zürich\\nline two\\tend\""))
        #expect(!script.contains("\u{07}"))
    }

    @Test func numbersKeepTheirTypes() {
        #expect(script.contains("weight: 2.5, count: 2, documents: 1, npmi: 0.5"))
        #expect(script.contains("weight: 1e20,"))
        #expect(script.contains("weight: 2.0, count: 2,"))
        #expect(script.contains("mentions: 50, documentCount: 3, eventType: null, date: null"))
    }
}
