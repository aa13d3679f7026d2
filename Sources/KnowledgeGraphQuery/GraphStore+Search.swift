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
    /// compare, so a search reads a few index ranges, not the whole name list. At most
    /// ``searchCandidateLimit`` names are compared, the rarest trigrams' first.
    public func search(_ text: String, limit: Int = 10) throws(QueryError) -> [SearchMatch] {
        let folded = NameFolding.fold(text)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let query = folded.unicodeScalars.map(\.value)
        let typos = query.count <= 3 ? 0 : (query.count <= 8 ? 1 : 2)
        let grams = NameFolding.trigrams(folded)
        return try read { db in
            // Candidate names (id -> folded form): exact, then by prefix through the folded-name index.
            var candidates: [Int: String] = [:]
            func collect(_ statement: Statement, _ arguments: StatementArguments) throws {
                let rows = try Row.fetchCursor(statement, arguments: arguments)
                while let row = try rows.next() { candidates[row[0]] = row[1] }
            }
            try collect(db.cachedStatement(sql: "SELECT id, folded FROM name WHERE folded = ?"), [folded])
            try collect(db.cachedStatement(sql: "SELECT id, folded FROM name WHERE folded > ? AND folded < ? LIMIT ?"),
                        [folded, folded + "\u{10FFFF}", Self.searchCandidateLimit])
            // Rarest trigrams: k typos (a swap of two letters counts as one) change at most 4k of the
            // query's trigrams, so a name within k typos has one of any 4k + 1 of them.
            let countStatement = try db.cachedStatement(sql: "SELECT count FROM gram_count WHERE gram = ?")
            var counted: [(gram: Int64, count: Int)] = []
            for gram in grams {
                counted.append((gram, try Int.fetchOne(countStatement, arguments: [gram]) ?? 0))
            }
            counted.sort { ($0.count, $0.gram) < ($1.count, $1.gram) }
            let postings = try db.cachedStatement(sql: """
                SELECT n.id, n.folded FROM gram g JOIN name n ON n.id = g.name WHERE g.gram = ? LIMIT ?
                """)
            for entry in counted.prefix(4 * typos + 1) where entry.count > 0 {
                let budget = Self.searchCandidateLimit - candidates.count
                guard budget > 0 else { break }
                try collect(postings, [entry.gram, budget])
            }
            // Score every candidate name; keep each entity's best match.
            var scored: [(name: Int, kind: SearchMatch.Kind, distance: Int)] = []
            for (name, text) in candidates {
                if let (kind, distance) = Self.match(query: query, folded: folded, name: text, typos: typos) {
                    scored.append((name, kind, distance))
                }
            }
            let nameStatement = try db.cachedStatement(sql: """
                SELECT n.text, e.id, e.label, e.type, e.mentions, e.node
                FROM name n JOIN entity e ON e.node = n.node WHERE n.id = ?
                """)
            var best: [Int: SearchMatch] = [:]
            for entry in scored {
                guard let row = try Row.fetchOne(nameStatement, arguments: [entry.name]) else { continue }
                let match = SearchMatch(entity: Self.summary(row, from: 1), name: row[0], match: entry.kind,
                                        distance: entry.distance, mentions: row[4])
                let node: Int = row[5]
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
        if lhs.entity.id != rhs.entity.id { return lhs.entity.id < rhs.entity.id }
        return lhs.name < rhs.name
    }
}
