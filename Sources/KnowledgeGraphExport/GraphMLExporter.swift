public import KnowledgeGraph
import Foundation
import XMLSupport

/// Writes GraphML that validates against the GraphML 1.0 schema and loads in Gephi,
/// yEd, Cytoscape, NetworkX and igraph.
///
/// Every attribute is declared once with its type, its key id equal to its name; every
/// node and edge carries a value for every key (no reliance on defaults); the graph is
/// undirected with one edge per pair; aliases and evidence are JSON arrays in strings,
/// since GraphML has no list type.
///
/// Node keys: `label`, `type`, `aliases`, `mentions` (int), `documentCount` (int), `eventType`,
/// `date`, `sameAs` (JSON array of IRIs in public knowledge bases), and `community` (int) when
/// the graph's communities were computed.
/// Edge keys: `weight` (double), `count` (int), `documents` (int), `npmi` (double),
/// `evidence` (JSON array of `{"document", "start", "end"}`).
public struct GraphMLExporter: GraphExporter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    private static let nodeKeys: [(String, String)] = [
        ("label", "string"), ("type", "string"), ("aliases", "string"), ("mentions", "int"), ("documentCount", "int"),
        ("eventType", "string"), ("date", "string"), ("sameAs", "string"),
    ]
    private static let edgeKeys: [(String, String)] = [
        ("weight", "double"), ("count", "int"), ("documents", "int"), ("npmi", "double"), ("evidence", "string"),
    ]

    /// The most threads that write edges at once.
    public var threads: Int

    /// An exporter that writes edges on up to `threads` threads (0, the default: all cores).
    public init(threads: Int = 0) {
        self.threads = threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount
    }

    public func write(_ graph: Graph, to output: inout OutputBuffer) throws(ExportError) {
        try ExportError.mappingXMLErrors { try writeDocument(PortableText.clean(graph), to: &output) }
    }

    private func writeDocument(_ graph: Graph, to output: inout OutputBuffer) throws {
        let writer = try XMLWriter(indent: true)
        try writer.startElement("graphml")
        try writer.attribute("xmlns", Self.namespace)
        let communities = graph.entities.contains { $0.community > 0 }
        let nodeKeys = Self.nodeKeys + (communities ? [("community", "int")] : [])
        for (domain, keys) in [("node", nodeKeys), ("edge", Self.edgeKeys)] {
            for (name, type) in keys {
                try writer.element("key", attributes: [("id", name), ("for", domain), ("attr.name", name), ("attr.type", type)])
            }
        }
        try writer.startElement("graph")
        try writer.attribute("id", "kgraph")
        try writer.attribute("edgedefault", "undirected")
        for (position, entity) in graph.entities.enumerated() {
            try writer.startElement("node")
            try writer.attribute("id", entity.id)
            try Self.data(writer, "label", entity.label)
            try Self.data(writer, "type", entity.type.rawValue)
            try Self.data(writer, "aliases", JSONText.array(entity.aliases))
            try Self.data(writer, "mentions", String(entity.mentions))
            try Self.data(writer, "documentCount", String(entity.documents))
            try Self.data(writer, "eventType", entity.eventType)
            try Self.data(writer, "date", entity.date)
            try Self.data(writer, "sameAs", JSONText.array(entity.sameAs))
            if communities { try Self.data(writer, "community", String(entity.community)) }
            try writer.endElement()
            if position & 63 == 63 { try Self.pass(writer, to: &output) }
        }
        try Self.pass(writer, to: &output)
        try Self.writeEdges(of: graph, lanes: threads, to: &output)
        try writer.endElement()
        try writer.endElement()
        var bytes = try writer.finish()
        if bytes.last != 0x0A { bytes.append(0x0A) }
        bytes.withUnsafeBytes { output.append(bytes: $0) }
    }

    /// Moves what the writer holds into `output`, which passes it on once it is full.
    static func pass(_ writer: XMLWriter, to output: inout OutputBuffer) throws(XMLSupportError) {
        try writer.drain { output.append(bytes: $0) }
        output.spillIfFull()
    }

    private static func data(_ writer: XMLWriter, _ key: String, _ value: String) throws {
        try writer.element("data", attribute: "key", value: key, text: value)
    }

    /// Edges per block (``XMLBlocks/elementsPerBlock``).
    public static let edgesPerBlock = XMLBlocks.elementsPerBlock

    /// Writes the `<edge>` elements in blocks on as many threads as there are cores
    /// (``XMLBlocks``). The bytes are those one writer gives (a test compares them).
    private static func writeEdges(of graph: Graph, lanes: Int, to output: inout OutputBuffer) throws {
        // Each document's name as a JSON string escaped for XML, made once per export; quotes stay
        // quotes, which character data needs no reference for.
        let names = ByteStrings(graph.edges.documentIDs.map {
            XMLWriter.escapedText(JSONText.string($0)).replacingOccurrences(of: "&quot;", with: "\"")
        })
        let edges = graph.edges
        // The ends' identifiers as bytes, when every one is plain (as the builder makes them).
        let ids = ByteStrings(edges.entityIDs)
        let plainIDs = ids.allSatisfy(XMLWriter.isPlain)
        let blocks = XMLBlocks(enclosing: ["graphml", "graph"], lanes: lanes)
        if plainIDs {
            // Every edge's markup is assembled here as bytes: its identifiers are plain, its
            // values numbers, and its evidence escaped once per document name, so libxml2
            // would write the same bytes element by element (a test compares), in several
            // times the time. Each edge is written into room reserved for its longest
            // possible text.
            try blocks.write(0..<edges.count, to: &output) { range in
                var content = ReservedBytes(capacity: range.count * 448)
                for index in range {
                    let (source, target) = (Int(edges.ends[index].source), Int(edges.ends[index].target))
                    let windows = edges.evidenceWindows(at: index)
                    let bound = Self.edgeMarkupBound + ids.count(source) + ids.count(target)
                        + EvidenceJSON.xmlEscapedArrayBound(windows, names: names)
                    content.write(atMost: bound) { out in
                        out.append(Self.edgeOpen)
                        out.appendDecimal(UInt64(index))
                        out.append(Self.sourceOpen)
                        ids.append(source, to: &out)
                        out.append(Self.targetOpen)
                        ids.append(target, to: &out)
                        out.append(Self.tagClose)
                        appendData(of: edges, at: index, windows: windows, names: names, to: &out)
                        out.append(Self.edgeClose)
                    }
                }
                return content
            }
            return
        }
        try blocks.write(0..<edges.count, to: &output) { writer, range in
            var content = ReservedBytes()
            for index in range {
                try writer.startElement("edge")
                try writer.attribute("id", "e" + String(index))
                try writer.attribute("source", edges.sourceID(at: index))
                try writer.attribute("target", edges.targetID(at: index))
                content.removeAll()
                let windows = edges.evidenceWindows(at: index)
                let bound = Self.edgeMarkupBound + EvidenceJSON.xmlEscapedArrayBound(windows, names: names)
                content.write(atMost: bound) { appendData(of: edges, at: index, windows: windows, names: names, to: &$0) }
                try content.withUnsafeBytes { try writer.raw($0) }
                try writer.endElement()
            }
        }
    }

    /// Appends the `data` elements of edge `index` as libxml2 writes them one by one, in one
    /// piece: their values are numbers, which need no escaping, and the evidence, escaped once
    /// per document name. Each fixed run of markup between two values is one append.
    private static func appendData(of edges: EdgeList, at index: Int, windows: EdgeList.EvidenceWindows, names: ByteStrings,
                                   to out: inout ByteCursor) {
        out.append(Self.weightOpen)
        out.appendNumber(edges.weight(at: index))
        out.append(Self.countOpen)
        out.appendDecimal(UInt64(edges.windowCount(at: index)))
        out.append(Self.documentsOpen)
        out.appendDecimal(UInt64(edges.documentCount(at: index)))
        out.append(Self.npmiOpen)
        out.appendNumber(edges.npmi(at: index))
        out.append(Self.evidenceAfterData)
        EvidenceJSON.appendXMLEscapedArray(windows, names: names, to: &out)
        out.append(Self.lastDataClose)
    }

    /// The most bytes of an edge's markup but for its identifiers and its evidence array: its
    /// fixed text (about 230 bytes), its number, two integers and two doubles.
    private static let edgeMarkupBound = 512

    /// An edge's start tag, at its depth, around its identifier and ends; and its end tag.
    private static let edgeOpen: StaticString = "    <edge id=\"e"
    private static let sourceOpen: StaticString = "\" source=\""
    private static let targetOpen: StaticString = "\" target=\""
    private static let tagClose: StaticString = "\">"
    private static let edgeClose: StaticString = "</edge>\n"

    /// The markup before each of an edge's values, at its depth: what opens the first `data`
    /// element, and what closes each one and opens the next.
    private static let weightOpen: StaticString = "\n      <data key=\"weight\">"
    private static let countOpen: StaticString = "</data>\n      <data key=\"count\">"
    private static let documentsOpen: StaticString = "</data>\n      <data key=\"documents\">"
    private static let npmiOpen: StaticString = "</data>\n      <data key=\"npmi\">"
    private static let evidenceAfterData: StaticString = "</data>\n      <data key=\"evidence\">"
    /// What closes an edge's last `data` element and indents the edge's end tag.
    private static let lastDataClose: StaticString = "</data>\n    "
}

/// Evidence as JSON: `[{"document":"…","start":0,"end":10}]`.
enum EvidenceJSON {
    static func array(_ evidence: [Evidence]) -> String {
        var documents = DocumentNames()
        return array(evidence, names: &documents)
    }

    /// The same, escaping each document name once per export rather than once per edge.
    static func array(_ evidence: [Evidence], names: inout DocumentNames) -> String {
        var out = OutputBuffer(capacity: 64 * evidence.count + 2)
        out.append("[")
        for (index, item) in evidence.enumerated() {
            if index > 0 { out.append(",") }
            out.append("{\"document\":")
            out.append(names.json(item.document))
            out.append(",\"start\":")
            out.append(item.range.start)
            out.append(",\"end\":")
            out.append(item.range.end)
            out.append("}")
        }
        out.append("]")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

/// Evidence as XML character data.
extension EvidenceJSON {
    /// Appends the JSON of ``array(_:names:)`` for `windows` as XML character data:
    /// `names[d]` is document `d`'s name as a JSON string escaped as libxml2 escapes text,
    /// but for its quotes, and the JSON around it is fixed text with no markup character.
    /// Quotes are written as they are: in character data they need no reference, and
    /// `&quot;` would make each evidence entry 70 bytes longer (a sixth of a large GraphML file).
    static func appendXMLEscapedArray(_ windows: EdgeList.EvidenceWindows, names: ByteStrings, to out: inout ByteCursor) {
        out.append(UInt8(ascii: "["))
        for (position, window) in windows.enumerated() {
            out.append(position > 0 ? ",{\"document\":" : "{\"document\":")
            names.append(Int(window.document), to: &out)
            out.append(",\"start\":")
            out.appendDecimal(UInt64(window.start))
            out.append(",\"end\":")
            out.appendDecimal(UInt64(window.end))
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The most bytes ``appendXMLEscapedArray(_:names:to:)`` writes for `windows`: per window,
    /// its document's name, its fixed text (29 bytes, with the comma before it) and two 32-bit
    /// numbers, with room to spare; and the brackets.
    static func xmlEscapedArrayBound(_ windows: EdgeList.EvidenceWindows, names: ByteStrings) -> Int {
        var bound = 2
        for window in windows { bound += 64 + names.count(Int(window.document)) }
        return bound
    }
}

/// Document names as JSON string literals, each escaped once per export.
struct DocumentNames {
    private var cache: [String: String] = [:]

    mutating func json(_ name: String) -> String {
        if let known = cache[name] { return known }
        let escaped = JSONText.string(name)
        cache[name] = escaped
        return escaped
    }
}
