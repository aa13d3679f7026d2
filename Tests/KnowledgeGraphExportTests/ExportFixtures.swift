import Foundation
import KnowledgeGraph

/// Graphs for export tests.
enum ExportFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schemas = root.appendingPathComponent("../shared/schemas").standardized.path
    static let graphMLSchema = schemas + "/graphml.xsd"

    /// A 20 KB label that needs escaping in every format and crosses DOT's piece size
    /// in the middle of escape sequences.
    static let longLabel: String = {
        let unit = "Lorem \"ipsum\" C:\\dir\\ & <tag> ‘é’ 東京 🦄 — "
        var text = ""
        var index = 0
        while text.utf8.count < 20_480 {
            text += "\(index): " + unit
            index += 1
        }
        return text
    }()

    /// Fifty aliases, each with a character some format treats specially.
    static let fiftyAliases: [String] = (1...50).map { index in
        let specials = ["; semicolon", "| pipe", ", comma", "\" quote", "' apostrophe", "\\ backslash", "\t tab",
                        "\n newline", "& amp", "< lt", "[ bracket", "{ brace", "# hash", "% percent", "$ dollar"]
        return String(format: "Alias %02d ", index) + specials[index % specials.count]
    }

    /// Labels, ids and numbers that break naive writers: quotes, apostrophes, `&`, `<`,
    /// backslashes (`C:\new`, a trailing one), line breaks (LF, CRLF, U+2028, NEL), tabs,
    /// control characters (BEL, NUL, U+001F, U+FFFE), emoji (skin tone, ZWJ, flag),
    /// Chinese, right-to-left text, combining marks, DOT keywords in any case as labels
    /// and ids, a 20 KB label, an id that starts with a digit, an entity with 50
    /// aliases, an isolated node, and weights that are whole, fractional, tiny and huge.
    static let hostile = Graph(
        entities: [
            Entity(id: "1inch", label: "1inch 🦄", type: .token, aliases: ["1INCH", "$1INCH"], mentions: 4, documents: 2,
                   sameAs: ["https://example.org/ids/1inch?a=1&b=%22q%22", "urn:example:1inch"]),
            Entity(id: "Graph", label: "Graph", type: .organization, aliases: ["GRAPH", "digraph", "Edge"], mentions: 2, documents: 1),
            Entity(id: "node", label: "node", type: .event, aliases: ["NODE"], mentions: 1, documents: 1, eventType: "launch", date: "2021-07"),
            Entity(id: "organization_aliases", label: "Fifty Names & Co.", type: .organization, aliases: fiftyAliases, mentions: 50, documents: 3),
            Entity(id: "organization_c-new", label: "C:\\new\\ trailing\\", type: .organization, aliases: ["C:\\temp\\", "\\"], mentions: 1, documents: 1),
            Entity(id: "person_ada", label: "Ada \"The Countess\" <Lovelace> & co's", type: .person,
                   aliases: ["Ada", "A\\B", "it's", "unit\u{1F}separator", "nul\u{0}byte"], mentions: 3, documents: 2),
            Entity(id: "person_emoji", label: "👩🏽‍🚀 Ada 🇺🇦 ❤️", type: .person, aliases: ["🙂"], mentions: 5, documents: 1),
            Entity(id: "person_long", label: longLabel, type: .person, mentions: 1, documents: 1),
            Entity(id: "place_lonely", label: "line\u{2028}separator\u{85}next\u{7F}delete\u{FFFE}", type: .place, mentions: 1, documents: 1),
            Entity(id: "place_x", label: "東京 — Zürich\r\nline two\u{07}\tend", type: .place, aliases: ["Tōkyō", "Zurich\rCR"], mentions: 2, documents: 1),
            Entity(id: "product_combining", label: "Cafe\u{301} Noe\u{308}l Z\u{335}a\u{336}\u{337}lgo", type: .product, mentions: 2, documents: 1),
            Entity(id: "product_rtl", label: "\u{200F}שלום עולם مرحبا بالعالم\u{200E} (RTL)", type: .product, mentions: 3, documents: 1),
            Entity(id: "subgraph", label: "subgraph", type: .product, aliases: ["SubGraph", "strict"], mentions: 1, documents: 1),
            Entity(id: "token_strict", label: "Strict", type: .token, aliases: ["STRICT", "node"], mentions: 1, documents: 1),
        ],
        edges: [
            Edge(source: "1inch", target: "token_strict", count: 2, documents: 1, npmi: 0.5, weight: 2, evidence: []),
            Edge(source: "Graph", target: "node", count: 1, documents: 1, npmi: -0.25, weight: 0.25, evidence: []),
            Edge(source: "node", target: "token_strict", count: 1, documents: 1, npmi: -1, weight: 1, evidence: []),
            Edge(source: "organization_aliases", target: "person_ada", count: 3, documents: 2, npmi: 1, weight: 0.000001,
                 evidence: [Evidence(document: "C:\\docs\\a \"quoted\"\ndoc.txt", range: ByteRange(start: 0, end: 10))]),
            Edge(source: "organization_c-new", target: "person_long", count: 7, documents: 3, npmi: 0.123457, weight: 123_456.789, evidence: []),
            Edge(source: "person_ada", target: "place_x", count: 2, documents: 1, npmi: 0.5, weight: 2.5,
                 evidence: [Evidence(document: "a \"quoted\" doc.txt", range: ByteRange(start: 0, end: 10)),
                            Evidence(document: "東京.html", range: ByteRange(start: 12, end: 40))]),
            Edge(source: "person_emoji", target: "product_combining", count: 1, documents: 1, npmi: 0.9, weight: 1e20, evidence: []),
            Edge(source: "person_emoji", target: "product_rtl", count: 3, documents: 1, npmi: 0.333333, weight: 3, evidence: []),
            Edge(source: "product_combining", target: "subgraph", count: 1, documents: 1, npmi: 0.1, weight: 0.1, evidence: []),
        ])

    /// `graph` as plain JSON, with every text exactly as given (before the exporters'
    /// portable-text rule): what the consumer checks compare the exports against.
    static func expectation(_ graph: Graph) throws -> Data {
        let nodes: [[String: Any]] = graph.entities.map {
            ["id": $0.id, "label": $0.label, "type": $0.type.rawValue, "aliases": $0.aliases, "mentions": $0.mentions,
             "documents": $0.documents, "eventType": $0.eventType, "date": $0.date, "sameAs": $0.sameAs]
        }
        let edges: [[String: Any]] = graph.edges.map {
            ["source": $0.source, "target": $0.target, "weight": $0.weight, "count": $0.count, "documents": $0.documents,
             "npmi": $0.npmi]
        }
        return try JSONSerialization.data(withJSONObject: ["nodes": nodes, "edges": edges], options: [.sortedKeys])
    }
}
