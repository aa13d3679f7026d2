public import KnowledgeGraph
import Foundation

/// Writes the two files `neo4j-admin database import full` reads: `nodes.csv` and
/// `edges.csv`, with typed headers in Neo4j's import header format.
///
///     nodes.csv  id:ID(Entity),:LABEL,name:string,type:string,aliases:string[],mentions:int,
///                documents:int,eventType:string,date:string,sameAs:string[]
///     edges.csv  :START_ID(Entity),:END_ID(Entity),:TYPE,weight:double,count:int,
///                documents:int,npmi:double,evidence:string
///
/// `:LABEL` is the type's label (`Person`, `Organization`, `CryptoToken`, `Event`,
/// `Product`, `Place`); the import command adds `Entity` to every node
/// (`--nodes=Entity=nodes.csv`). Each pair is one `CO_OCCURS_WITH` relationship from the
/// smaller id to the larger: query it without a direction. Text fields are always
/// quoted (`"` doubled) and may hold line breaks, hence `--multiline-fields=true`. Array
/// elements are separated by ``arrayDelimiter`` (U+001F, a control character that
/// ``PortableText`` removes from all text, so it can never occur in an alias); pass it
/// with `--array-delimiter=U+001F`. An empty value is an empty field: Neo4j then sets no
/// property.
public struct Neo4jCSVExporter: Sendable {
    /// The nodes file name.
    public static let nodesFileName = "nodes.csv"
    /// The relationships file name.
    public static let edgesFileName = "edges.csv"
    /// The separator of array elements inside a field (U+001F, INFORMATION SEPARATOR ONE).
    public static let arrayDelimiter: Character = "\u{1F}"
    /// The relationship type of every link.
    public static let relationshipType = "CO_OCCURS_WITH"

    /// The header line of `nodes.csv`.
    public static let nodesHeader = "id:ID(Entity),:LABEL,name:string,type:string,aliases:string[],mentions:int,"
        + "documentCount:int,eventType:string,date:string,sameAs:string[]"
    /// The header line of `edges.csv`.
    public static let edgesHeader = ":START_ID(Entity),:END_ID(Entity),:TYPE,weight:double,count:int,documents:int,"
        + "npmi:double,evidence:string"

    public init() {}

    /// The Neo4j label of an entity type.
    public static func label(_ type: EntityType) -> String {
        switch type {
        case .person: return "Person"
        case .organization: return "Organization"
        case .token: return "CryptoToken"
        case .event: return "Event"
        case .product: return "Product"
        case .place: return "Place"
        }
    }

    /// The bytes of `nodes.csv`.
    public func nodes(_ graph: Graph) -> [UInt8] {
        var out = OutputBuffer()
        writeNodes(PortableText.clean(graph), to: &out)
        return out.bytes
    }

    /// The bytes of `edges.csv`.
    public func edges(_ graph: Graph) -> [UInt8] {
        var out = OutputBuffer()
        writeEdges(PortableText.clean(graph), to: &out)
        return out.bytes
    }

    /// Writes `nodes.csv` and `edges.csv` into `folder`, each atomically and streamed: no
    /// file is ever whole in memory.
    public func write(_ graph: Graph, toFolder folder: String) throws(ExportError) {
        let graph = PortableText.clean(graph)
        for (name, write) in [(Self.nodesFileName, writeNodes), (Self.edgesFileName, writeEdges)] {
            let file = try AtomicFile.Pending(path: (folder as NSString).appendingPathComponent(name), appendOnly: true)
            var output = OutputBuffer(file: file)
            write(graph, &output)
            try output.flush()
            try file.commit()
        }
    }

    /// Writes the lines of `nodes.csv` for a graph already cleaned by ``PortableText``.
    private func writeNodes(_ graph: Graph, to out: inout OutputBuffer) {
        out.append(Self.nodesHeader + "\n")
        for entity in graph.entities {
            let fields = [
                Self.field(entity.id), Self.field(Self.label(entity.type)), Self.field(entity.label),
                Self.field(entity.type.rawValue), Self.array(entity.aliases), String(entity.mentions),
                String(entity.documents), Self.field(entity.eventType), Self.field(entity.date), Self.array(entity.sameAs),
            ]
            out.append(fields.joined(separator: ",") + "\n")
            out.spillIfFull()
        }
    }

    /// Writes the lines of `edges.csv` for a graph already cleaned by ``PortableText``,
    /// reading the edges' columns: each identifier and document name is quoted once, and
    /// the evidence JSON is written quoted as it goes.
    private func writeEdges(_ graph: Graph, to out: inout OutputBuffer) {
        let edges = graph.edges
        let ids = graph.entities.map { Self.field($0.id) }
        let evidence = EscapedEvidenceArray(quote: "\"\"", documents: edges.documentIDs.map { Self.quoted(JSONText.string($0)) })
        out.append(Self.edgesHeader + "\n")
        for (index, ends) in edges.ends.enumerated() {
            out.append(ids[Int(ends.source)])
            out.append(",")
            out.append(ids[Int(ends.target)])
            out.append("," + Self.relationshipType + ",")
            out.appendNumber(edges.weight(at: index))
            out.append(",")
            out.append(edges.windowCount(at: index))
            out.append(",")
            out.append(edges.documentCount(at: index))
            out.append(",")
            out.appendNumber(edges.npmi(at: index))
            out.append(",\"")
            evidence.append(edges.evidenceWindows(at: index), to: &out)
            out.append("\"\n")
            out.spillIfFull()
        }
    }

    /// A text field: empty stays empty (no property), anything else is quoted with `"`
    /// doubled.
    static func field(_ text: String) -> String {
        text.isEmpty ? "" : "\"" + quoted(text) + "\""
    }

    /// `text` with every `"` doubled.
    static func quoted(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "\"")) ? text.replacingOccurrences(of: "\"", with: "\"\"") : text
    }

    /// A `string[]` field: the elements joined with ``arrayDelimiter``.
    static func array(_ values: [String]) -> String {
        field(values.joined(separator: String(arrayDelimiter)))
    }
}
