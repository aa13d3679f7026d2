public import KnowledgeGraph
import Foundation

/// Writes a Cypher script that merges the graph into a running Neo4j database
/// (`cypher-shell -f graph.cypher`, or pasted into Neo4j Browser).
///
/// The script creates a uniqueness constraint on `Entity.id`, then `MERGE`s the nodes and
/// relationships from lists of rows given as Cypher literals, a few hundred rows per
/// statement: `UNWIND [{…}, …] AS row MERGE (n:Entity {id: row.id}) SET …`. Running it
/// again updates the same nodes and relationships instead of duplicating them. Nodes get
/// the label `Entity` and their type's label (see ``Neo4jCSVExporter/label(_:)``) and the
/// properties of `nodes.csv`; each pair is one `CO_OCCURS_WITH` relationship with
/// `weight` and `npmi` as floats and `count` and `documents` as integers. Strings are
/// Cypher string literals (`\\`, `\"`, `\n`, `\t` escaped), so any text loads as written.
public struct CypherExporter: GraphExporter {
    /// The most rows in one `UNWIND` statement.
    public static let rowsPerStatement = 500

    public init() {}

    public func write(_ graph: Graph, to output: inout OutputBuffer) throws(ExportError) {
        let graph = PortableText.clean(graph)
        var out = """
            // kgraph: a knowledge graph of \(graph.entities.count) entities and \(graph.edges.count) co-occurrence links.
            // Load into a running Neo4j 5 database:  cypher-shell -u neo4j -p PASSWORD -f graph.cypher
            // Running it again updates the same nodes and relationships (MERGE on Entity.id).
            CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

            """
        for type in EntityType.allCases {
            let rows = graph.entities.filter { $0.type == type }.map { entity in
                "{id: \(Self.string(entity.id)), name: \(Self.string(entity.label)), type: \(Self.string(entity.type.rawValue)), "
                    + "aliases: \(Self.list(entity.aliases)), mentions: \(entity.mentions), documentCount: \(entity.documents), "
                    + "eventType: \(Self.optional(entity.eventType)), date: \(Self.optional(entity.date)), "
                    + "sameAs: \(Self.list(entity.sameAs))}"
            }
            for chunk in Self.chunks(rows) {
                out += "UNWIND [\n  " + chunk.joined(separator: ",\n  ") + "\n] AS row\n"
                out += "MERGE (n:Entity {id: row.id})\n"
                out += "SET n:\(Neo4jCSVExporter.label(type)), n.name = row.name, n.type = row.type, n.aliases = row.aliases, "
                out += "n.mentions = row.mentions, n.documentCount = row.documentCount, n.eventType = row.eventType, "
                out += "n.date = row.date, n.sameAs = row.sameAs;\n"
            }
        }
        let rows = graph.edges.map { edge in
            "{source: \(Self.string(edge.source)), target: \(Self.string(edge.target)), "
                + "weight: \(Self.float(edge.weight)), count: \(edge.count), documents: \(edge.documents), "
                + "npmi: \(Self.float(edge.npmi)), evidence: \(Self.string(EvidenceJSON.array(edge.evidence)))}"
        }
        for chunk in Self.chunks(rows) {
            out += "UNWIND [\n  " + chunk.joined(separator: ",\n  ") + "\n] AS row\n"
            out += "MATCH (a:Entity {id: row.source})\nMATCH (b:Entity {id: row.target})\n"
            out += "MERGE (a)-[r:\(Neo4jCSVExporter.relationshipType)]->(b)\n"
            out += "SET r.weight = row.weight, r.count = row.count, r.documents = row.documents, r.npmi = row.npmi, "
            out += "r.evidence = row.evidence;\n"
        }
        output.append(out)
    }

    private static func chunks(_ rows: [String]) -> [ArraySlice<String>] {
        stride(from: 0, to: rows.count, by: rowsPerStatement).map { rows[$0..<min($0 + rowsPerStatement, rows.count)] }
    }

    /// `text` as a Cypher string literal in double quotes. Cypher's string escapes (`\"`,
    /// `\\`, `\n`, `\t`, `\b`, `\f`, `\uXXXX`…) are JSON's, so JSON's escaping serves.
    static func string(_ text: String) -> String {
        JSONText.string(text)
    }

    /// A string, or `null` when empty (no property).
    static func optional(_ text: String) -> String {
        text.isEmpty ? "null" : string(text)
    }

    /// A list of strings.
    static func list(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

    /// A float literal: always with a decimal point or exponent, never NaN or infinity.
    static func float(_ value: Double) -> String {
        JSONText.number(value).replacingOccurrences(of: "e+", with: "e")
    }
}
