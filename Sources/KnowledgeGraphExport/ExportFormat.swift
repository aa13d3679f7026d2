public import KnowledgeGraph
import Foundation

/// The file formats kgraph writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph).
    case graphml
    /// GEXF 1.3, Gephi's own format: colours, sizes and typed attributes.
    case gexf
    /// Graphviz DOT.
    case dot
    /// JSON-LD (rdflib, JSON-LD processors, SPARQL stores).
    case jsonld
    /// Neo4j bulk-import files: `nodes.csv` and `edges.csv` for `neo4j-admin database import`.
    case csv
    /// A Cypher script that merges the graph into a running Neo4j database.
    case cypher

    /// The formats `kgraph build` writes when none are named.
    public static let defaults: [ExportFormat] = [.graphml, .dot, .jsonld]

    /// The names of the files written into the output folder.
    public var fileNames: [String] {
        switch self {
        case .graphml: return ["graph.graphml"]
        case .gexf: return ["graph.gexf"]
        case .dot: return ["graph.dot"]
        case .jsonld: return ["graph.jsonld"]
        case .csv: return [Neo4jCSVExporter.nodesFileName, Neo4jCSVExporter.edgesFileName]
        case .cypher: return ["graph.cypher"]
        }
    }

    /// The files of `graph` in this format; the same graph always gives the same bytes.
    /// - Parameter baseIRI: the base of the JSON-LD IRIs.
    public func files(of graph: Graph, baseIRI: String = JSONLDExporter.defaultBaseIRI) throws(ExportError) -> [ExportFile] {
        switch self {
        case .graphml: return [ExportFile(name: fileNames[0], bytes: try GraphMLExporter().export(graph))]
        case .gexf: return [ExportFile(name: fileNames[0], bytes: try GEXFExporter().export(graph))]
        case .dot: return [ExportFile(name: fileNames[0], bytes: try DOTExporter().export(graph))]
        case .jsonld: return [ExportFile(name: fileNames[0], bytes: try JSONLDExporter(baseIRI: baseIRI).export(graph))]
        case .csv:
            let exporter = Neo4jCSVExporter()
            return [ExportFile(name: Neo4jCSVExporter.nodesFileName, bytes: exporter.nodes(graph)),
                    ExportFile(name: Neo4jCSVExporter.edgesFileName, bytes: exporter.edges(graph))]
        case .cypher: return [ExportFile(name: fileNames[0], bytes: try CypherExporter().export(graph))]
        }
    }

    /// Parses a comma-separated list such as `graphml,dot` (`all` names every format).
    /// Writes the files of `graph` in this format into `folder`, each atomically and
    /// streamed: no file is ever whole in memory.
    /// `threads` bounds the threads one export may use (GraphML writes edges on several;
    /// 0: all cores).
    public func write(_ graph: Graph, baseIRI: String = JSONLDExporter.defaultBaseIRI, toFolder folder: String,
                      threads: Int = 0) throws(ExportError)
    {
        let path = (folder as NSString).appendingPathComponent(fileNames[0])
        switch self {
        case .graphml: try GraphMLExporter(threads: threads).write(graph, toFile: path)
        case .gexf: try GEXFExporter(threads: threads).write(graph, toFile: path)
        case .dot: try DOTExporter().write(graph, toFile: path)
        case .jsonld: try JSONLDExporter(baseIRI: baseIRI).write(graph, toFile: path)
        case .cypher: try CypherExporter().write(graph, toFile: path)
        case .csv: try Neo4jCSVExporter().write(graph, toFolder: folder)
        }
    }

    public static func parseList(_ text: String) throws(ExportError) -> [ExportFormat] {
        var formats: [ExportFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            if name == "all" { return ExportFormat.allCases }
            guard let format = ExportFormat(rawValue: name) else { throw .unknownFormat(String(part)) }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}
