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
///
/// IRIs are written compact, through the context's prefixes `entity:` (`<base>entity/`)
/// and `link:` (`<base>cooccurrence/`), and each link on one line: a processor expands
/// them to the same triples, in about half the bytes.
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

    public func write(_ graph: Graph, to out: inout OutputBuffer) throws(ExportError) {
        let graph = PortableText.clean(graph)
        // Neighbours by position in the entity list, which is sorted by identifier. A link's
        // source is always its lower end (``Edge``) and the links are sorted by source, then
        // target: node n's higher neighbours are the targets of its own run of links, already
        // in order, and only its lower neighbours (the sources of the links whose target it
        // is) are gathered, a block of nodes at a time (``LowerNeighbours``).
        let count = graph.entities.count
        var firstOwn = [Int](repeating: 0, count: count + 1)
        for ends in graph.ends { firstOwn[Int(ends.source) + 1] += 1 }
        for node in 0..<count { firstOwn[node + 1] += firstOwn[node] }
        var lowerNeighbours = LowerNeighbours(ends: graph.ends, nodeCount: count)
        let links = graph.ends
        out.append("{\n  \"@context\": \(context()),\n  \"@graph\": [\n")
        var first = true
        func open() {
            if !first { out.append(",\n") }
            first = false
            out.append("    {")
        }
        func field(_ name: String) {
            out.append(",\n      \"")
            out.append(name)
            out.append("\": ")
        }
        // Each entity's IRI made once, not once per link or neighbour: compact, through the
        // context's `entity` prefix.
        let iris = ByteStrings(graph.entities.map(\.id), prefix: "\"entity:", suffix: "\"")
        for (index, entity) in graph.entities.enumerated() {
            open()
            out.append("\n      \"@id\": ")
            iris.append(index, to: &out)
            field("@type")
            out.appendJSONString(Self.rdfClass(entity.type))
            field("name")
            out.appendJSONString(entity.label)
            field("entityType")
            out.appendJSONString(entity.type.rawValue)
            field("mentions")
            out.append(entity.mentions)
            field("documentCount")
            out.append(entity.documents)
            if !entity.aliases.isEmpty {
                field("alternateName")
                out.append(JSONText.array(entity.aliases))
            }
            if !entity.eventType.isEmpty {
                field("eventType")
                out.appendJSONString(entity.eventType)
            }
            if !entity.date.isEmpty {
                field("startDate")
                out.appendJSONString(entity.date)
            }
            if !entity.sameAs.isEmpty {
                field("sameAs")
                out.append(JSONText.array(entity.sameAs))
            }
            if entity.community > 0 {
                field("community")
                out.append(entity.community)
            }
            let lower = lowerNeighbours.of(index)
            let ownLinks = firstOwn[index]..<firstOwn[index + 1]
            if !lower.isEmpty || !ownLinks.isEmpty {
                field("coOccursWith")
                out.append("[")
                var separator = false
                func list(_ neighbour: Int) {
                    out.write(atMost: 1 + iris.count(neighbour)) { out in
                        if separator { out.append(UInt8(ascii: ",")) }
                        iris.append(neighbour, to: &out)
                    }
                    separator = true
                }
                for neighbour in lower { list(Int(neighbour)) }
                for link in ownLinks { list(Int(links[link].target)) }
                out.append("]")
            }
            out.append("\n    }")
            out.spillIfFull()
        }
        // One line per link: there are many more links than entities. Identifiers and IRIs
        // come from one byte buffer each, not from strings retained at every use.
        let edges = graph.edges
        let ids = ByteStrings(graph.entities.map(\.id))
        for (index, ends) in edges.ends.enumerated() {
            let (source, target) = (Int(ends.source), Int(ends.target))
            let bound = Self.linkMarkupBound + ids.count(source) + ids.count(target) + iris.count(source) + iris.count(target)
            out.write(atMost: bound) { out in
                // Every entity comes before the first link: the link always follows a comma.
                out.append(",\n    {\"@id\": \"link:")
                ids.append(source, to: &out)
                out.append("--")
                ids.append(target, to: &out)
                out.append("\", \"@type\": \"kg:CoOccurrence\", \"source\": ")
                iris.append(source, to: &out)
                out.append(", \"target\": ")
                iris.append(target, to: &out)
                out.append(", \"weight\": ")
                out.appendNumber(edges.weight(at: index))
                out.append(", \"count\": ")
                out.appendDecimal(UInt64(edges.windowCount(at: index)))
                out.append(", \"documents\": ")
                out.appendDecimal(UInt64(edges.documentCount(at: index)))
                out.append(", \"npmi\": ")
                out.appendNumber(edges.npmi(at: index))
                out.append(UInt8(ascii: "}"))
            }
            out.spillIfFull()
        }
        out.append("\n  ]\n}\n")
    }

    /// The most bytes of a link's line but for its identifiers and IRIs: its fixed text
    /// (123 bytes), two doubles and two integers, with room to spare.
    private static let linkMarkupBound = 320

    private func context() -> String {
        let vocabulary = baseIRI + "vocab#"
        let entries: [(String, String)] = [
            ("@version", "1.1"),
            ("schema", JSONText.string("https://schema.org/")),
            ("kg", JSONText.string(vocabulary)),
            ("xsd", JSONText.string("http://www.w3.org/2001/XMLSchema#")),
            ("entity", JSONText.string(baseIRI + "entity/")),
            ("link", JSONText.string(baseIRI + "cooccurrence/")),
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
