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
        let graph = PortableText.clean(graph)
        var out = Self.nodesHeader + "\n"
        for entity in graph.entities {
            let fields = [
                Self.field(entity.id), Self.field(Self.label(entity.type)), Self.field(entity.label),
                Self.field(entity.type.rawValue), Self.array(entity.aliases), String(entity.mentions),
                String(entity.documents), Self.field(entity.eventType), Self.field(entity.date), Self.array(entity.sameAs),
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return Array(out.utf8)
    }

    /// The bytes of `edges.csv`.
    public func edges(_ graph: Graph) -> [UInt8] {
        let graph = PortableText.clean(graph)
        var out = Self.edgesHeader + "\n"
        for edge in graph.edges {
            let fields = [
                Self.field(edge.source), Self.field(edge.target), Self.relationshipType, JSONText.number(edge.weight),
                String(edge.count), String(edge.documents), JSONText.number(edge.npmi),
                Self.field(EvidenceJSON.array(edge.evidence)),
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return Array(out.utf8)
    }

    /// A text field: empty stays empty (no property), anything else is quoted with `"`
    /// doubled.
    static func field(_ text: String) -> String {
        text.isEmpty ? "" : "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A `string[]` field: the elements joined with ``arrayDelimiter``.
    static func array(_ values: [String]) -> String {
        field(values.joined(separator: String(arrayDelimiter)))
    }
}
