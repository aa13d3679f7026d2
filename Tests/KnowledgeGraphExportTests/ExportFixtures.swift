import Foundation
import KnowledgeGraph

/// Graphs for export tests.
enum ExportFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let graphMLSchema = root.appendingPathComponent("../shared/schemas/graphml.xsd").standardized.path

    /// Labels that break naive writers: quotes, markup, backslashes, line breaks,
    /// control characters, non-Latin scripts, DOT keywords.
    static let hostile = Graph(
        entities: [
            Entity(id: "person_ada", label: "Ada \"The Countess\" <Lovelace> & co", type: .person, aliases: ["Ada", "A\\B"], mentions: 3),
            Entity(id: "organization_c-new", label: "C:\\new\\ trailing\\", type: .organization, mentions: 1),
            Entity(id: "place_x", label: "東京 — Zürich\nline two\u{07}", type: .place, mentions: 2),
            Entity(id: "token_strict", label: "Strict", type: .token, mentions: 1),
            Entity(id: "event_node", label: "node", type: .event, mentions: 1, eventType: "launch", date: "2021-07"),
        ],
        edges: [
            Edge(source: "person_ada", target: "place_x", count: 2, documents: 1, npmi: 0.5, weight: 2,
                 evidence: [Evidence(document: "a \"quoted\" doc.txt", range: ByteRange(start: 0, end: 10))]),
            Edge(source: "event_node", target: "token_strict", count: 1, documents: 1, npmi: -0.25, weight: 1, evidence: []),
        ])
}
