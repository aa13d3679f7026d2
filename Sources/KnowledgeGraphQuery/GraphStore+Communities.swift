import Foundation
import GRDB

extension GraphStore {
    /// The `limit` largest communities, or only the community of `entity` when given,
    /// each with up to `members` of its most central entities.
    public func communities(limit: Int = 10, members: Int = 8, of entity: StoredEntity? = nil) throws(QueryError) -> CommunityReport {
        let meta = try metadata()
        return try read { db in
            let rows: [Row]
            if let entity {
                rows = try Row.fetchAll(db, sql: "SELECT id, size, internal_weight, members FROM community WHERE id = ?",
                                        arguments: [entity.community])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT id, size, internal_weight, members FROM community ORDER BY id LIMIT ?",
                                        arguments: [max(0, limit)])
            }
            let lookup = try db.cachedStatement(sql: "SELECT id, label, type FROM entity WHERE id = ?")
            let summaries = try rows.map { row in
                let ids = StoreJSON.strings(row[3]).prefix(max(0, members))
                let list = try ids.compactMap { id in try Row.fetchOne(lookup, arguments: [id]).map { Self.summary($0, from: 0) } }
                return CommunitySummary(id: row[0], size: row[1], internalWeight: row[2], members: list)
            }
            return CommunityReport(count: Int(meta["communities"] ?? "") ?? summaries.count,
                                   modularity: Double(meta["modularity"] ?? "") ?? 0, communities: summaries)
        }
    }
}
