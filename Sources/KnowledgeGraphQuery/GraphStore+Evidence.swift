import GRDB

extension GraphStore {
    /// The passages where `first` and `second` occur together, in document order, at most `limit`.
    public func evidence(between first: StoredEntity, and second: StoredEntity, limit: Int = 10) throws(QueryError) -> EvidenceReport {
        guard first.node != second.node else { throw .invalidRequest("\(first.summary) and itself: name two different entities") }
        return try read { db in
            let link = try Row.fetchOne(db, sql: "SELECT count, documents FROM link WHERE a = ? AND b = ?",
                                        arguments: [first.node, second.node])
            let passages = try self.passages(first.node, second.node, ids: (first.id, second.id), limit: limit, db)
            return EvidenceReport(entities: [first.summary, second.summary], count: link?[0] ?? 0, documents: link?[1] ?? 0,
                                  passages: passages)
        }
    }

    /// The stored passages of the pair, for entities with identifiers `ids`.
    func passages(_ first: Int, _ second: Int, ids: (String, String), limit: Int, _ db: Database) throws -> [EvidencePassage] {
        let (a, b) = first < second ? (first, second) : (second, first)
        let (aID, bID) = first < second ? ids : (ids.1, ids.0)
        let statement = try db.cachedStatement(sql: """
            SELECT d.name, v.window_start, v.window_end, v.a_start, v.a_end, v.b_start, v.b_end,
                   x1.start, x1.end, x1.text, x2.start, x2.end, x2.text
            FROM evidence v JOIN excerpt x1 ON x1.id = v.first LEFT JOIN excerpt x2 ON x2.id = v.second
                 JOIN document d ON d.id = x1.document
            WHERE v.a = ? AND v.b = ? ORDER BY v.rank LIMIT ?
            """)
        return try Row.fetchAll(statement, arguments: [a, b, max(0, limit)]).map { row in
            var sentences = [EvidencePassage.Sentence(start: row[7], end: row[8], text: row[9])]
            if let start: Int = row[10] {
                sentences.append(EvidencePassage.Sentence(start: start, end: row[11], text: row[12]))
            }
            var marks = [EvidencePassage.Mark(entity: aID, start: row[3], end: row[4]),
                         EvidencePassage.Mark(entity: bID, start: row[5], end: row[6])]
            marks.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            return EvidencePassage(document: row[0], window: EvidencePassage.Window(start: row[1], end: row[2]),
                                   sentences: sentences, mentions: marks)
        }
    }
}
