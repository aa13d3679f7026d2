import GRDB

extension GraphStore {
    /// The most candidate names a search examines.
    static let searchCandidateLimit = 20_000

    /// Entities whose name or alias matches `text`, whatever the case, accents and
    /// punctuation, best first: exact names, then names starting with the text, names
    /// containing it, names within a typo or two of it (one typo for 4 to 8 letters, two
    /// beyond), and names with a part within those typos; among equals, the most
    /// mentioned. One entry per entity.
    ///
    /// Candidates come from the store's trigram index: the rarest trigrams of the query
    /// (enough that a name within the allowed typos must share one) name the names to
    /// compare, so a search reads a few index ranges, not the whole name list.
    public func search(_ text: String, limit: Int = 10) throws(QueryError) -> [SearchMatch] {
        let folded = NameFolding.fold(text)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let query = folded.unicodeScalars.map(\.value)
        let typos = query.count <= 3 ? 0 : (query.count <= 8 ? 1 : 2)
        let grams = NameFolding.trigrams(folded)
        return try read { db in
            var candidates = Set<Int>()
            let exact = try Int.fetchAll(db, sql: "SELECT id FROM name WHERE folded = ?", arguments: [folded])
            candidates.formUnion(exact)
            // Names starting with the query, through the folded-name index.
            let prefix = try Int.fetchAll(db, sql: "SELECT id FROM name WHERE folded > ? AND folded < ? LIMIT ?",
                                          arguments: [folded, folded + "\u{10FFFF}", Self.searchCandidateLimit])
            candidates.formUnion(prefix)
            // Rarest trigrams: with k typos at most 3k trigrams are lost, so 3k + 1 of them suffice.
            let countStatement = try db.cachedStatement(sql: "SELECT count FROM gram_count WHERE gram = ?")
            var counted: [(gram: Int64, count: Int)] = []
            for gram in grams {
                let count = try Int.fetchOne(countStatement, arguments: [gram]) ?? 0
                counted.append((gram, count))
            }
            counted.sort { ($0.count, $0.gram) < ($1.count, $1.gram) }
            let postings = try db.cachedStatement(sql: "SELECT name FROM gram WHERE gram = ? LIMIT ?")
            for entry in counted.prefix(3 * typos + 1) where entry.count > 0 {
                let budget = Self.searchCandidateLimit - candidates.count
                guard budget > 0 else { break }
                candidates.formUnion(try Int.fetchAll(postings, arguments: [entry.gram, budget]))
            }
            // Score every candidate name, keep each entity's best.
            let nameStatement = try db.cachedStatement(sql: """
                SELECT n.folded, n.text, e.id, e.label, e.type, e.mentions, e.node
                FROM name n JOIN entity e ON e.node = n.node WHERE n.id = ?
                """)
            var best: [Int: SearchMatch] = [:]
            for candidate in candidates.sorted() {
                guard let row = try Row.fetchOne(nameStatement, arguments: [candidate]) else { continue }
                let name: String = row[0]
                guard let (kind, distance) = Self.match(query: query, folded: folded, name: name, typos: typos) else { continue }
                let match = SearchMatch(entity: Self.summary(row, from: 2), name: row[1], match: kind, distance: distance,
                                        mentions: row[5])
                let node: Int = row[6]
                if let known = best[node], !Self.ranksBefore(match, known) { continue }
                best[node] = match
            }
            return Array(best.values.sorted(by: Self.ranksBefore).prefix(limit))
        }
    }

    static func match(query: [UInt32], folded: String, name: String, typos: Int) -> (SearchMatch.Kind, Int)? {
        if name == folded { return (.exact, 0) }
        if name.hasPrefix(folded) { return (.prefix, 0) }
        if query.count >= 3 && name.contains(folded) { return (.contains, 0) }
        guard typos > 0 else { return nil }
        let scalars = name.unicodeScalars.map(\.value)
        if let distance = EditDistance.whole(query, scalars, bound: typos) { return (.fuzzy, distance) }
        if query.count >= 5, let distance = EditDistance.within(query, scalars, bound: typos) { return (.partial, distance) }
        return nil
    }

    static func ranksBefore(_ lhs: SearchMatch, _ rhs: SearchMatch) -> Bool {
        if lhs.match != rhs.match { return lhs.match < rhs.match }
        if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
        if lhs.mentions != rhs.mentions { return lhs.mentions > rhs.mentions }
        if lhs.entity.label != rhs.entity.label { return lhs.entity.label < rhs.entity.label }
        return lhs.entity.id < rhs.entity.id
    }
}
