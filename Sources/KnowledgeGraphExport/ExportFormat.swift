import Foundation

/// The file formats kgraph writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph).
    case graphml
    /// Graphviz DOT.
    case dot
    /// JSON-LD (rdflib, JSON-LD processors, SPARQL stores).
    case jsonld

    /// The file name written into the output folder.
    public var fileName: String {
        switch self {
        case .graphml: return "graph.graphml"
        case .dot: return "graph.dot"
        case .jsonld: return "graph.jsonld"
        }
    }

    /// The exporter for this format.
    public func exporter(baseIRI: String = JSONLDExporter.defaultBaseIRI) -> any GraphExporter {
        switch self {
        case .graphml: return GraphMLExporter()
        case .dot: return DOTExporter()
        case .jsonld: return JSONLDExporter(baseIRI: baseIRI)
        }
    }

    /// Parses a comma-separated list such as `graphml,dot` (`all` names every format).
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
