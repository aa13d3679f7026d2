import Foundation
import KnowledgeGraph
import KnowledgeGraphExport
import Testing

struct Neo4jCSVExporterTests {
    let nodes = String(decoding: Neo4jCSVExporter().nodes(ExportFixtures.hostile), as: UTF8.self)
    let edges = String(decoding: Neo4jCSVExporter().edges(ExportFixtures.hostile), as: UTF8.self)

    @Test func headersUseNeo4jImportTypes() {
        #expect(nodes.hasPrefix("id:ID(Entity),:LABEL,name:string,type:string,aliases:string[],mentions:int,"))
        #expect(edges.hasPrefix(":START_ID(Entity),:END_ID(Entity),:TYPE,weight:double,count:int,documents:int,npmi:double,"))
    }

    @Test func textIsQuotedWithDoubledQuotesAndKeepsLineBreaks() {
        #expect(nodes.contains("\"person_ada\",\"Person\",\"Ada \"\"The Countess\"\" <Lovelace> & co's\",\"person\","))
        #expect(nodes.contains("\"place_x\",\"Place\",\"東京 — Zürich\nline two\tend\",\"place\","))
        #expect(nodes.contains("\"1inch\",\"CryptoToken\","))
    }

    @Test func arraysUseADelimiterThatTextCannotHold() {
        let separator = String(Neo4jCSVExporter.arrayDelimiter)
        #expect(nodes.contains("\"A\\B\(separator)Ada\(separator)it's\(separator)nulbyte\(separator)unitseparator\""))
        // Delimiters only between array elements (49 for the 50 aliases), none from the text itself.
        let aliasLine = nodes.split(separator: "\n").first { $0.hasPrefix("\"organization_aliases\"") }
        #expect(aliasLine != nil)
        #expect(nodes.filter { $0 == Neo4jCSVExporter.arrayDelimiter }.count == ExportFixtures.hostile.entities.map { max(0, $0.aliases.count - 1) + max(0, $0.sameAs.count - 1) }.reduce(0, +))
    }

    @Test func numbersAreBareAndEmptyValuesAreEmptyFields() {
        #expect(edges.contains("\"person_ada\",\"place_x\",CO_OCCURS_WITH,2.5,2,1,0.5,"))
        #expect(edges.contains(",CO_OCCURS_WITH,1e-06,3,2,1.0,"))
        #expect(nodes.contains("\n\"node\",\"Event\",\"node\",\"event\",\"NODE\",1,1,\"launch\",\"2021-07\",\n"))
        #expect(nodes.contains("\"Graph\",\"Organization\",\"Graph\",\"organization\",\"Edge\u{1F}GRAPH\u{1F}digraph\",2,1,,,\n"))
    }
}
