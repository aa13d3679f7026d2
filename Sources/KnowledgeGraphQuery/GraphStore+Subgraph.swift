import GRDB
public import KnowledgeGraph
import KnowledgeGraphLinking

extension GraphStore {
    /// The neighbourhood of `center`: the entities at most `depth` links away (nearest
    /// first, and among equals the most strongly linked, at most `maxNodes`) and every
    /// link between them, as a graph ready for the exporters, with the same attributes
    /// and evidence windows as the full exports.
    ///
    /// - Returns: the graph, and whether `maxNodes` cut the neighbourhood short.
    public func subgraph(around center: StoredEntity, depth: Int = 1, maxNodes: Int = 500) throws(QueryError) -> (Graph, truncated: Bool) {
        let evidenceLimit = GraphBuilder().evidenceLimit
        return try read { db in
            let linkStatement = try db.cachedStatement(sql: "SELECT b FROM link WHERE a = ? ORDER BY weight DESC, b")
            var chosen: [Int] = [center.node]
            var seen: Set<Int> = [center.node]
            var frontier = [center.node]
            var truncated = false
            var level = 0
            while level < depth && !frontier.isEmpty && !truncated {
                var next: [Int] = []
                for node in frontier {
                    for neighbor in try Int.fetchAll(linkStatement, arguments: [node]) where !seen.contains(neighbor) {
                        guard chosen.count < max(1, maxNodes) else {
                            truncated = true
                            break
                        }
                        seen.insert(neighbor)
                        chosen.append(neighbor)
                        next.append(neighbor)
                    }
                    if truncated { break }
                }
                frontier = next
                level += 1
            }
            var entities: [Int: Entity] = [:]
            for node in chosen {
                let stored = try entity(node: node, db)
                entities[node] = Entity(id: stored.id, label: stored.label, type: stored.type, aliases: stored.aliases,
                                        mentions: stored.mentions, documents: stored.documents, eventType: stored.eventType,
                                        date: stored.date, community: stored.community)
            }
            let edgeStatement = try db.cachedStatement(sql: "SELECT b, weight, count, documents, npmi FROM link WHERE a = ? AND b > ?")
            let windowStatement = try db.cachedStatement(sql: """
                SELECT d.name, v.window_start, v.window_end FROM evidence v JOIN excerpt x ON x.id = v.first
                JOIN document d ON d.id = x.document WHERE v.a = ? AND v.b = ? ORDER BY v.rank LIMIT ?
                """)
            var edges: [Edge] = []
            for node in chosen.sorted() {
                for row in try Row.fetchAll(edgeStatement, arguments: [node, node]) {
                    let other: Int = row[0]
                    guard let source = entities[node], let target = entities[other] else { continue }
                    let evidence = try Row.fetchAll(windowStatement, arguments: [node, other, evidenceLimit]).map { window in
                        Evidence(document: window[0], range: ByteRange(start: window[1], end: window[2]))
                    }
                    let (first, second) = source.id < target.id ? (source.id, target.id) : (target.id, source.id)
                    edges.append(Edge(source: first, target: second, count: row[2], documents: row[3], npmi: row[4],
                                      weight: row[1], evidence: evidence.sorted()))
                }
            }
            return (Graph(entities: Array(entities.values), edges: edges), truncated)
        }
    }
}
