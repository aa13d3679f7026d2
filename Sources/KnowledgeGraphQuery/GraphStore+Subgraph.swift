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
            var chosen: [Int] = [center.node]
            var seen: Set<Int> = [center.node]
            var frontier = [center.node]
            var truncated = false
            var level = 0
            while level < depth && !frontier.isEmpty && !truncated {
                var next: [Int] = []
                for node in frontier {
                    let strongestFirst = try links(of: node, db).sorted { ($1.weight, $0.neighbor) < ($0.weight, $1.neighbor) }
                    for neighbor in strongestFirst.lazy.map(\.neighbor) where !seen.contains(neighbor) {
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
            var edges: [Edge] = []
            for node in chosen.sorted() {
                let nodeEvidence = try nodeEvidence(node, db)
                for link in try links(of: node, db) where link.neighbor > node {
                    guard let source = entities[node], let target = entities[link.neighbor] else { continue }
                    let evidence = try storedPassages(node, link.neighbor, in: nodeEvidence, limit: evidenceLimit).map { passage in
                        Evidence(document: try excerpt(passage.first, db).document,
                                 range: ByteRange(start: passage.windowStart, end: passage.windowEnd))
                    }
                    let (first, second) = source.id < target.id ? (source.id, target.id) : (target.id, source.id)
                    edges.append(Edge(source: first, target: second, count: link.count, documents: link.documents,
                                      npmi: link.npmi, weight: link.weight, evidence: evidence.sorted()))
                }
            }
            return (Graph(entities: Array(entities.values), edges: edges), truncated)
        }
    }
}
