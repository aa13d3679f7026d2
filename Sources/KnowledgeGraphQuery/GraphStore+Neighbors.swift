import GRDB
public import KnowledgeGraph

extension GraphStore {
    /// The entities linked to `entity`, largest `order` first (ties: larger count, then
    /// identifier), only of `type` when given, at most `limit`.
    public func neighbors(of entity: StoredEntity, type: EntityType? = nil, order: NeighborOrder = .weight,
                          limit: Int = 20) throws(QueryError) -> [Neighbor] {
        let sort: String
        switch order {
        case .weight: sort = "l.weight DESC, l.count DESC, e.id"
        case .npmi: sort = "l.npmi DESC, l.count DESC, e.id"
        case .count: sort = "l.count DESC, l.weight DESC, e.id"
        }
        let filter = type == nil ? "" : "AND e.type = ?"
        var arguments: StatementArguments = [entity.node]
        if let type { arguments += [type.rawValue] }
        arguments += [max(0, limit)]
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.label, e.type, l.weight, l.count, l.documents, l.npmi
                FROM link l JOIN entity e ON e.node = l.b
                WHERE l.a = ? \(filter) ORDER BY \(sort) LIMIT ?
                """, arguments: arguments).map { row in
                Neighbor(entity: Self.summary(row, from: 0), weight: row[3], count: row[4], documents: row[5], npmi: row[6])
            }
        }
    }
}
