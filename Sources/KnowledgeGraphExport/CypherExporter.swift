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

    public func write(_ graph: Graph, to out: inout OutputBuffer) throws(ExportError) {
        let graph = PortableText.clean(graph)
        out.append("""
            // kgraph: a knowledge graph of \(graph.entities.count) entities and \(graph.edges.count) co-occurrence links.
            // Load into a running Neo4j 5 database:  cypher-shell -u neo4j -p PASSWORD -f graph.cypher
            // Running it again updates the same nodes and relationships (MERGE on Entity.id).
            CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

            """)
        for type in EntityType.allCases {
            let members = graph.entities.filter { $0.type == type }
            let statement = "MERGE (n:Entity {id: row.id})\n"
                + "SET n:\(Neo4jCSVExporter.label(type)), n.name = row.name, n.type = row.type, n.aliases = row.aliases, "
                + "n.mentions = row.mentions, n.documentCount = row.documentCount, n.eventType = row.eventType, "
                + "n.date = row.date, n.sameAs = row.sameAs;\n"
            Self.writeStatements(rows: members.count, statement: statement, to: &out) { row, out in
                let entity = members[row]
                out.append(
                    "{id: \(Self.string(entity.id)), name: \(Self.string(entity.label)), type: \(Self.string(entity.type.rawValue)), "
                        + "aliases: \(Self.list(entity.aliases)), mentions: \(entity.mentions), documentCount: \(entity.documents), "
                        + "eventType: \(Self.optional(entity.eventType)), date: \(Self.optional(entity.date)), "
                        + "sameAs: \(Self.list(entity.sameAs))}")
            }
        }
        // The links, read from the edges' columns: each identifier and document name is
        // escaped once, and the evidence JSON is written escaped as it goes.
        let edges = graph.edges
        let ids = graph.entities.map { Self.string($0.id) }
        let evidence = EscapedEvidenceArray(
            quote: "\\\"", documents: edges.documentIDs.map { String(Self.string(Self.string($0)).dropFirst().dropLast()) })
        let statement = "MATCH (a:Entity {id: row.source})\nMATCH (b:Entity {id: row.target})\n"
            + "MERGE (a)-[r:\(Neo4jCSVExporter.relationshipType)]->(b)\n"
            + "SET r.weight = row.weight, r.count = row.count, r.documents = row.documents, r.npmi = row.npmi, "
            + "r.evidence = row.evidence;\n"
        Self.writeStatements(rows: edges.count, statement: statement, to: &out) { index, out in
            let ends = edges.ends[index]
            out.append("{source: ")
            out.append(ids[Int(ends.source)])
            out.append(", target: ")
            out.append(ids[Int(ends.target)])
            out.append(", weight: ")
            out.append(Self.float(edges.weight(at: index)))
            out.append(", count: ")
            out.append(edges.windowCount(at: index))
            out.append(", documents: ")
            out.append(edges.documentCount(at: index))
            out.append(", npmi: ")
            out.append(Self.float(edges.npmi(at: index)))
            out.append(", evidence: \"")
            evidence.append(edges.evidenceWindows(at: index), to: &out)
            out.append("\"}")
        }
    }

    /// Writes `rows` rows (`row(i, &out)` writes row `i`) as `UNWIND` lists of at most
    /// ``rowsPerStatement`` rows, each list followed by `statement`.
    private static func writeStatements(rows: Int, statement: String, to out: inout OutputBuffer,
                                        row: (Int, inout OutputBuffer) -> Void) {
        for first in stride(from: 0, to: rows, by: rowsPerStatement) {
            out.append("UNWIND [\n  ")
            for index in first..<min(first + rowsPerStatement, rows) {
                if index > first { out.append(",\n  ") }
                row(index, &out)
                out.spillIfFull()
            }
            out.append("\n] AS row\n")
            out.append(statement)
        }
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
        let text = JSONText.number(value)
        return text.utf8.contains(UInt8(ascii: "+")) ? text.replacingOccurrences(of: "e+", with: "e") : text
    }
}
