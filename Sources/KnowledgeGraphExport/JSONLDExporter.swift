public import KnowledgeGraph

/// Writes JSON-LD 1.1 with an inline context, so that rdflib, PyLD and SPARQL stores
/// read it offline.
///
/// Entities are `schema:Person`, `schema:Organization`, `schema:Event`, `schema:Place`,
/// `schema:Product`, and the project's own `kg:CryptoToken` (schema.org has no class for
/// crypto assets). Each weighted link is a node of its own, `kg:CoOccurrence`, with
/// `kg:source`, `kg:target`, `kg:weight` (`xsd:double`), `kg:count`, `kg:documents`
/// (`xsd:integer`) and `kg:npmi` (`xsd:double`): plain RDF, which every consumer keeps
/// (RDF-star annotations are silently dropped by rdflib and PyLD). A plain
/// `kg:coOccursWith` link in both directions serves simple queries. Entities known to
/// public knowledge bases link to them with `schema:sameAs` (Wikidata entity IRIs from
/// the gazetteer). An entity's community, when computed, is `kg:community` (`xsd:integer`).
public struct JSONLDExporter: GraphExporter {
    /// The base of every IRI unless the user gives another: entities are
    /// `<base>entity/<id>`, links `<base>cooccurrence/<a>--<b>`, and the vocabulary
    /// `<base>vocab#`. The `.example` domain is reserved, so these IRIs never collide with
    /// real ones.
    public static let defaultBaseIRI = "https://kgraph.example/"

    /// The IRI base in use (ends with `/` or `#`).
    public let baseIRI: String

    public init(baseIRI: String = JSONLDExporter.defaultBaseIRI) {
        self.baseIRI = baseIRI.hasSuffix("/") || baseIRI.hasSuffix("#") ? baseIRI : baseIRI + "/"
    }

    /// The class of an entity type.
    public static func rdfClass(_ type: EntityType) -> String {
        switch type {
        case .person: return "schema:Person"
        case .organization: return "schema:Organization"
        case .token: return "kg:CryptoToken"
        case .event: return "schema:Event"
        case .product: return "schema:Product"
        case .place: return "schema:Place"
        }
    }

    public func export(_ graph: Graph) throws(ExportError) -> [UInt8] {
        let graph = PortableText.clean(graph)
        var neighbours: [String: [String]] = [:]
        for edge in graph.edges {
            neighbours[edge.source, default: []].append(edge.target)
            neighbours[edge.target, default: []].append(edge.source)
        }
        var items: [String] = []
        items.reserveCapacity(graph.entities.count + graph.edges.count)
        for entity in graph.entities {
            var fields = [
                "\"@id\": \(JSONText.string(entityIRI(entity.id)))",
                "\"@type\": \(JSONText.string(Self.rdfClass(entity.type)))",
                "\"name\": \(JSONText.string(entity.label))",
                "\"entityType\": \(JSONText.string(entity.type.rawValue))",
                "\"mentions\": \(entity.mentions)",
                "\"documentCount\": \(entity.documents)",
            ]
            if !entity.aliases.isEmpty { fields.append("\"alternateName\": \(JSONText.array(entity.aliases))") }
            if !entity.eventType.isEmpty { fields.append("\"eventType\": \(JSONText.string(entity.eventType))") }
            if !entity.date.isEmpty { fields.append("\"startDate\": \(JSONText.string(entity.date))") }
            if !entity.sameAs.isEmpty { fields.append("\"sameAs\": \(JSONText.array(entity.sameAs))") }
            if entity.community > 0 { fields.append("\"community\": \(entity.community)") }
            if let linked = neighbours[entity.id] {
                fields.append("\"coOccursWith\": \(JSONText.array(linked.sorted().map(entityIRI)))")
            }
            items.append("    {\n      " + fields.joined(separator: ",\n      ") + "\n    }")
        }
        for edge in graph.edges {
            let fields = [
                "\"@id\": \(JSONText.string(baseIRI + "cooccurrence/" + edge.source + "--" + edge.target))",
                "\"@type\": \"kg:CoOccurrence\"",
                "\"source\": \(JSONText.string(entityIRI(edge.source)))",
                "\"target\": \(JSONText.string(entityIRI(edge.target)))",
                "\"weight\": \(JSONText.number(edge.weight))",
                "\"count\": \(edge.count)",
                "\"documents\": \(edge.documents)",
                "\"npmi\": \(JSONText.number(edge.npmi))",
            ]
            items.append("    {\n      " + fields.joined(separator: ",\n      ") + "\n    }")
        }
        var out = "{\n  \"@context\": \(context()),\n  \"@graph\": [\n"
        out += items.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return Array(out.utf8)
    }

    private func entityIRI(_ id: String) -> String {
        baseIRI + "entity/" + id
    }

    private func context() -> String {
        let vocabulary = baseIRI + "vocab#"
        let entries: [(String, String)] = [
            ("@version", "1.1"),
            ("schema", JSONText.string("https://schema.org/")),
            ("kg", JSONText.string(vocabulary)),
            ("xsd", JSONText.string("http://www.w3.org/2001/XMLSchema#")),
            ("sameAs", "{\"@id\": \"schema:sameAs\", \"@type\": \"@id\", \"@container\": \"@set\"}"),
            ("name", JSONText.string("schema:name")),
            ("alternateName", "{\"@id\": \"schema:alternateName\", \"@container\": \"@set\"}"),
            ("startDate", JSONText.string("schema:startDate")),
            ("entityType", JSONText.string("kg:entityType")),
            ("eventType", JSONText.string("kg:eventType")),
            ("mentions", "{\"@id\": \"kg:mentions\", \"@type\": \"xsd:integer\"}"),
            ("documentCount", "{\"@id\": \"kg:documentCount\", \"@type\": \"xsd:integer\"}"),
            ("community", "{\"@id\": \"kg:community\", \"@type\": \"xsd:integer\"}"),
            ("coOccursWith", "{\"@id\": \"kg:coOccursWith\", \"@type\": \"@id\", \"@container\": \"@set\"}"),
            ("source", "{\"@id\": \"kg:source\", \"@type\": \"@id\"}"),
            ("target", "{\"@id\": \"kg:target\", \"@type\": \"@id\"}"),
            ("weight", "{\"@id\": \"kg:weight\", \"@type\": \"xsd:double\"}"),
            ("count", "{\"@id\": \"kg:count\", \"@type\": \"xsd:integer\"}"),
            ("documents", "{\"@id\": \"kg:documents\", \"@type\": \"xsd:integer\"}"),
            ("npmi", "{\"@id\": \"kg:npmi\", \"@type\": \"xsd:double\"}"),
        ]
        return "{\n" + entries.map { "    \(JSONText.string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n  }"
    }
}
