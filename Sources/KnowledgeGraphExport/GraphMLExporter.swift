public import KnowledgeGraph
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

    public init() {}

    public func write(_ graph: Graph, to output: inout OutputBuffer) throws(ExportError) {
        do {
            try writeDocument(PortableText.clean(graph), to: &output)
        } catch let error as XMLSupportError {
            throw .xml(error.description)
        } catch {
            throw .xml("\(error)")
        }
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
        for entity in graph.entities {
            try writer.startElement("node")
            try writer.attribute("id", entity.id)
            try data(writer, "label", entity.label)
            try data(writer, "type", entity.type.rawValue)
            try data(writer, "aliases", JSONText.array(entity.aliases))
            try data(writer, "mentions", String(entity.mentions))
            try data(writer, "documentCount", String(entity.documents))
            try data(writer, "eventType", entity.eventType)
            try data(writer, "date", entity.date)
            try data(writer, "sameAs", JSONText.array(entity.sameAs))
            if communities { try data(writer, "community", String(entity.community)) }
            try writer.endElement()
            try Self.pass(writer, to: &output)
        }
        var documentNames = DocumentNames()
        var evidence: [UInt8] = []
        for (index, edge) in graph.edges.enumerated() {
            try writer.startElement("edge")
            try writer.attribute("id", "e\(index)")
            try writer.attribute("source", edge.source)
            try writer.attribute("target", edge.target)
            try data(writer, "weight", JSONText.number(edge.weight))
            try data(writer, "count", String(edge.count))
            try data(writer, "documents", String(edge.documents))
            try data(writer, "npmi", JSONText.number(edge.npmi))
            evidence.removeAll(keepingCapacity: true)
            EvidenceJSON.appendXMLEscapedArray(edge.evidence, names: &documentNames, to: &evidence)
            try evidence.withUnsafeBytes { try writer.element("data", attribute: "key", value: "evidence", escapedText: $0) }
            try writer.endElement()
            if index & 63 == 63 { try Self.pass(writer, to: &output) }
        }
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

    private func data(_ writer: XMLWriter, _ key: String, _ value: String) throws {
        try writer.element("data", attribute: "key", value: key, text: value)
    }
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

/// Document names as JSON string literals, escaped once.
extension EvidenceJSON {
    /// Appends the JSON of ``array(_:names:)`` as XML character data, escaped the way
    /// libxml2 escapes it: each document name is escaped once, by libxml2, and the JSON
    /// around it is fixed text whose only markup character, `"`, is written `&quot;`.
    static func appendXMLEscapedArray(_ evidence: [Evidence], names: inout DocumentNames, to out: inout [UInt8]) {
        func append(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        func append(_ value: Int) {
            if value < 0 { out.append(UInt8(ascii: "-")) }
            let start = out.count
            var rest = value.magnitude
            repeat {
                out.append(0x30 + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            out[start...].reverse()
        }
        append("[")
        for (index, item) in evidence.enumerated() {
            if index > 0 { append(",") }
            append("{&quot;document&quot;:")
            out.append(contentsOf: names.xmlEscapedJSON(item.document).utf8)
            append(",&quot;start&quot;:")
            append(item.range.start)
            append(",&quot;end&quot;:")
            append(item.range.end)
            append("}")
        }
        append("]")
    }
}

struct DocumentNames {
    private var cache: [String: String] = [:]
    private var xmlCache: [String: String] = [:]

    /// The JSON string of `name`, escaped as XML character data (computed once per name).
    mutating func xmlEscapedJSON(_ name: String) -> String {
        if let known = xmlCache[name] { return known }
        let escaped = XMLWriter.escapedText(json(name))
        xmlCache[name] = escaped
        return escaped
    }

    mutating func json(_ name: String) -> String {
        if let known = cache[name] { return known }
        let escaped = JSONText.string(name)
        cache[name] = escaped
        return escaped
    }
}
