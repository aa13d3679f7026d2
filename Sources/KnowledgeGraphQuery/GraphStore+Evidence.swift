import GRDB

extension GraphStore {
    /// The passages where `first` and `second` occur together, in document order, at most `limit`.
    public func evidence(between first: StoredEntity, and second: StoredEntity, limit: Int = 10) throws(QueryError) -> EvidenceReport {
        guard first.node != second.node else { throw .invalidRequest("\(first.summary) and itself: name two different entities") }
        return try read { db in
            let link = try self.link(first.node, second.node, db)
            let passages = try self.passages(first.node, second.node, ids: (first.id, second.id), limit: limit, db)
            return EvidenceReport(entities: [first.summary, second.summary], count: link?.count ?? 0,
                                  documents: link?.documents ?? 0, passages: passages)
        }
    }

    /// The stored passages of the pair, for entities with identifiers `ids`.
    func passages(_ first: Int, _ second: Int, ids: (String, String), limit: Int, _ db: Database) throws -> [EvidencePassage] {
        let (a, b) = first < second ? (first, second) : (second, first)
        let (aID, bID) = first < second ? ids : (ids.1, ids.0)
        return try storedPassages(a, b, limit: max(0, limit), db).map { passage in
            let (sentence, document) = try excerpt(passage.first, db)
            var sentences = [sentence]
            if let second = passage.second { sentences.append(try excerpt(second, db).sentence) }
            var marks = [EvidencePassage.Mark(entity: aID, start: passage.aStart, end: passage.aEnd),
                         EvidencePassage.Mark(entity: bID, start: passage.bStart, end: passage.bEnd)]
            marks.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            return EvidencePassage(document: document,
                                   window: EvidencePassage.Window(start: passage.windowStart, end: passage.windowEnd),
                                   sentences: sentences, mentions: marks)
        }
    }
}
