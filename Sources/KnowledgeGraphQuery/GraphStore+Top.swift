import GRDB
public import KnowledgeGraph

extension GraphStore {
    /// The `limit` entities ranked highest by `measure` (ties: identifier order), only of
    /// `type` when given.
    public func top(by measure: RankingMeasure = .degree, type: EntityType? = nil, limit: Int = 20) throws(QueryError) -> [RankedEntity] {
        let filter = type == nil ? "" : "WHERE type = ?"
        var arguments: StatementArguments = []
        if let type { arguments += [type.rawValue] }
        arguments += [max(0, limit)]
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.entityColumns) FROM entity \(filter) ORDER BY \(measure.column) DESC, node LIMIT ?
                """, arguments: arguments).enumerated().map { index, row in
                let entity = Self.storedEntity(row)
                let value: Double
                switch measure {
                case .degree: value = Double(entity.degree)
                case .weight: value = entity.strength
                case .pagerank: value = entity.pageRank
                case .betweenness: value = entity.betweenness
                case .mentions: value = Double(entity.mentions)
                }
                return RankedEntity(rank: index + 1, entity: entity.summary, value: value, degree: entity.degree,
                                    weight: entity.strength, pagerank: entity.pageRank, betweenness: entity.betweenness,
                                    mentions: entity.mentions, community: entity.community)
            }
        }
    }
}
