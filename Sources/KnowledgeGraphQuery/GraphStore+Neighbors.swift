import GRDB
public import KnowledgeGraph

extension GraphStore {
    /// The entities linked to `entity`, largest `order` first (ties: larger count, then
    /// identifier), only of `type` when given, at most `limit`.
    public func neighbors(of entity: StoredEntity, type: EntityType? = nil, order: NeighborOrder = .weight,
                          limit: Int = 20) throws(QueryError) -> [Neighbor] {
        try read { db in
            var links = try self.links(of: entity.node, db)
            // Nodes are numbered in identifier order: the last tie-break is by node.
            switch order {
            case .weight: links.sort { ($1.weight, $1.count, $0.neighbor) < ($0.weight, $0.count, $1.neighbor) }
            case .npmi: links.sort { ($1.npmi, $1.count, $0.neighbor) < ($0.npmi, $0.count, $1.neighbor) }
            case .count: links.sort { ($1.count, $1.weight, $0.neighbor) < ($0.count, $0.weight, $1.neighbor) }
            }
            var result: [Neighbor] = []
            for link in links {
                guard result.count < max(0, limit) else { break }
                let summary = try self.summary(node: link.neighbor, db)
                if let type, summary.type != type { continue }
                result.append(Neighbor(entity: summary, weight: link.weight, count: link.count, documents: link.documents,
                                       npmi: link.npmi))
            }
            return result
        }
    }
}
