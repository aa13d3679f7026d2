public import KnowledgeGraph
import Foundation
import XMLSupport

/// Writes GEXF 1.3, Gephi's own format, valid against the GEXF 1.3 RELAX NG grammar.
///
/// Nodes carry their label, a colour by type (``NodeStyle``) and a size that grows with
/// the square root of their mentions; edges carry their weight. Every other value is a
/// declared attribute with its type, so that Gephi's Data Laboratory and NetworkX's
/// `read_gexf` get numbers as numbers:
///
/// - node attributes: `type`, `aliases` and `sameAs` (JSON arrays in strings, as in
///   GraphML), `mentions` and `documentCount` (integer), `eventType`, `date`;
/// - edge attributes: `count` and `documents` (integer), `npmi` (double), `evidence`
///   (JSON array of `{"document", "start", "end"}`).
public struct GEXFExporter: GraphExporter {
    /// The GEXF 1.3 namespace.
    public static let namespace = "http://gexf.net/1.3"
    /// The namespace of the visualisation elements (`viz:color`, `viz:size`).
    public static let vizNamespace = "http://gexf.net/1.3/viz"
    /// The size of a node with the fewest mentions.
    public static let minimumSize = 10.0
    /// The size of the node with the most mentions.
    public static let maximumSize = 50.0

    private static let nodeAttributes: [(String, String)] = [
        ("type", "string"), ("aliases", "string"), ("mentions", "integer"), ("documentCount", "integer"),
        ("eventType", "string"), ("date", "string"), ("sameAs", "string"),
    ]
    private static let edgeAttributes: [(String, String)] = [
        ("count", "integer"), ("documents", "integer"), ("npmi", "double"), ("evidence", "string"),
    ]

    /// The most threads that write edges at once.
    public var threads: Int

    /// An exporter that writes edges on up to `threads` threads (0, the default: all cores).
    public init(threads: Int = 0) {
        self.threads = threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount
    }

    /// The drawn size of a node with `mentions` mentions when the busiest node has
    /// `maximum`: from ``minimumSize`` to ``maximumSize`` by the square root (area grows
    /// with mentions), rounded to two decimals.
    public static func size(mentions: Int, maximum: Int) -> Double {
        guard maximum > 0 else { return minimumSize }
        let fraction = (Double(max(0, mentions)) / Double(maximum)).squareRoot()
        return ((minimumSize + (maximumSize - minimumSize) * fraction) * 100).rounded() / 100
    }

    public func write(_ graph: Graph, to output: inout OutputBuffer) throws(ExportError) {
        try ExportError.mappingXMLErrors { try writeDocument(PortableText.clean(graph), to: &output) }
    }

    private func writeDocument(_ graph: Graph, to output: inout OutputBuffer) throws {
        let writer = try XMLWriter(indent: true)
        try writer.startElement("gexf")
        try writer.attribute("xmlns", Self.namespace)
        try writer.attribute("xmlns:viz", Self.vizNamespace)
        try writer.attribute("version", "1.3")
        try writer.startElement("meta")
        try writer.element("creator", text: "kgraph")
        try writer.element("description", text: "Entities and their co-occurrence links")
        try writer.endElement()
        try writer.startElement("graph")
        try writer.attribute("defaultedgetype", "undirected")
        try writer.attribute("idtype", "string")
        for (domain, attributes) in [("node", Self.nodeAttributes), ("edge", Self.edgeAttributes)] {
            try writer.startElement("attributes")
            try writer.attribute("class", domain)
            for (name, type) in attributes {
                try writer.element("attribute", attributes: [("id", name), ("title", name), ("type", type)])
            }
            try writer.endElement()
        }
        let busiest = graph.entities.map(\.mentions).max() ?? 0
        try writer.startElement("nodes")
        try writer.attribute("count", String(graph.entities.count))
        for entity in graph.entities {
            try writer.startElement("node")
            try writer.attribute("id", entity.id)
            try writer.attribute("label", entity.label)
            try Self.attributeValues(writer, [
                ("type", entity.type.rawValue), ("aliases", JSONText.array(entity.aliases)),
                ("mentions", String(entity.mentions)), ("documentCount", String(entity.documents)),
                ("eventType", entity.eventType), ("date", entity.date), ("sameAs", JSONText.array(entity.sameAs)),
            ])
            let (red, green, blue) = NodeStyle.of(entity.type).rgb
            try writer.element("viz:color", attributes: [("r", String(red)), ("g", String(green)), ("b", String(blue))])
            try writer.element("viz:size", attributes: [("value", JSONText.number(Self.size(mentions: entity.mentions, maximum: busiest)))])
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("edges")
        try writer.attribute("count", String(graph.edges.count))
        // The edges, read from the graph's columns. The document's writer writes the first
        // (which completes the `<edges>` start tag); the rest are written in blocks on
        // several threads (``XMLBlocks``), as if by that writer.
        let edges = graph.edges
        let evidence = EscapedEvidenceArray(quote: "\"", documents: edges.documentIDs.map(JSONText.string))
        if !edges.isEmpty {
            try Self.writeEdges(0..<1, of: edges, evidence: evidence, with: writer)
            try GraphMLExporter.pass(writer, to: &output)
            try XMLBlocks(enclosing: ["gexf", "graph", "edges"], lanes: threads).write(1..<edges.count, to: &output) { writer, range in
                try Self.writeEdges(range, of: edges, evidence: evidence, with: writer)
            }
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        var bytes = try writer.finish()
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes.withUnsafeBytes { output.append(bytes: $0) }
    }

    /// Writes the `<edge>` elements of `range`.
    private static func writeEdges(_ range: Range<Int>, of edges: EdgeList, evidence: EscapedEvidenceArray,
                                   with writer: XMLWriter) throws {
        var json = OutputBuffer()
        for index in range {
            try writer.startElement("edge")
            try writer.attribute("id", "e" + String(index))
            try writer.attribute("source", edges.sourceID(at: index))
            try writer.attribute("target", edges.targetID(at: index))
            try writer.attribute("weight", JSONText.number(edges.weight(at: index)))
            json.removeAll()
            evidence.append(edges.evidenceWindows(at: index), to: &json)
            try attributeValues(writer, [
                ("count", String(edges.windowCount(at: index))), ("documents", String(edges.documentCount(at: index))),
                ("npmi", JSONText.number(edges.npmi(at: index))), ("evidence", String(decoding: json.bytes, as: UTF8.self)),
            ])
            try writer.endElement()
        }
    }

    private static func attributeValues(_ writer: XMLWriter, _ values: [(String, String)]) throws {
        try writer.startElement("attvalues")
        for (name, value) in values {
            try writer.element("attvalue", attributes: [("for", name), ("value", value)])
        }
        try writer.endElement()
    }
}
