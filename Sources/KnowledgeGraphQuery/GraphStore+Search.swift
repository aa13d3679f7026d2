import Foundation
import GRDB

extension GraphStore {
    /// The most candidate names a search compares with the query, per source (exact and
    /// prefix matches, trigram matches).
    static let searchCandidateLimit = 10_000
    /// The most entries read from one trigram's posting list.
    static let searchPostingLimit = 100_000

    /// Whether a trigram holds a name's start or end mark.
    static func isBoundary(_ gram: Int64) -> Bool {
        gram >> 42 == 0x5E || gram & 0x1F_FFFF == 0x24
    }

    /// Entities whose name or alias matches `text`, whatever the case, accents and
    /// punctuation, best first: exact names, then names starting with the text, names
    /// containing it, names within a typo or two of it (one typo for 4 to 8 letters, two
    /// beyond), and names with a part within those typos; among equals, the most
    /// mentioned, then in identifier order. One entry per entity, with its best name.
    ///
    /// Candidates come from the store's trigram index: the rarest trigrams of the query
    /// (enough that a name within the allowed typos must share two of them) name the names
    /// to compare, so a search reads a few index ranges, not the whole name list.
    public func search(_ text: String, limit: Int = 10) throws(QueryError) -> [SearchMatch] {
        let folded = NameFolding.fold(text)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let query = folded.unicodeScalars.map(\.value)
        let typos = query.count <= 3 ? 0 : (query.count <= 8 ? 1 : 2)
        let grams = NameFolding.trigrams(folded)
        return try read { db in
            // Candidate names, by id: exact, then by prefix through the folded-name index.
            var candidates: [Int: Candidate] = [:]
            func collect(_ statement: Statement, _ arguments: StatementArguments) throws {
                let rows = try Row.fetchCursor(statement, arguments: arguments)
                while let row = try rows.next() {
                    let text: String = row[1]
                    candidates[row[0]] = Candidate(name: row[0], folded: text.unicodeScalars.map(\.value), node: row[2],
                                                   mentions: row[3])
                }
            }
            try collect(db.cachedStatement(sql: "SELECT id, folded, node, mentions FROM name WHERE folded = ?"), [folded])
            try collect(db.cachedStatement(sql: "SELECT id, folded, node, mentions FROM name WHERE folded > ? AND folded < ? LIMIT ?"),
                        [folded, folded + "\u{10FFFF}", Self.searchCandidateLimit])
            // Rarest trigrams. k typos (a swap of two letters counts as one) change at most 4k of the
            // query's trigrams, so a name within k typos has at least `shared` of its 4k + `shared`
            // rarest ones: only names found in that many of those postings are compared.
            let countStatement = try db.cachedStatement(sql: "SELECT count FROM gram WHERE gram = ?")
            var counted: [(gram: Int64, count: Int)] = []
            for gram in grams where typos > 0 || !Self.isBoundary(gram) {
                counted.append((gram, try Int.fetchOne(countStatement, arguments: [gram]) ?? 0))
            }
            counted.sort { ($0.count, $0.gram) < ($1.count, $1.gram) }
            let shared = typos == 0 ? 1 : max(1, min(2, counted.count - 4 * typos))
            let postings = try db.cachedStatement(sql: "SELECT names FROM gram WHERE gram = ?")
            var hits: [Int: Int] = [:]
            for entry in counted.prefix(4 * typos + shared) where entry.count > 0 {
                guard let list = try Data.fetchOne(postings, arguments: [entry.gram]) else { continue }
                PostingList.decode([UInt8](list), limit: Self.searchPostingLimit) { hits[$0, default: 0] += 1 }
            }
            let byID = try db.cachedStatement(sql: "SELECT id, folded, node, mentions FROM name WHERE id = ?")
            for name in hits.filter({ $0.value >= shared }).keys.sorted().prefix(Self.searchCandidateLimit)
            where candidates[name] == nil {
                try collect(byID, [name])
            }
            // Score every candidate; the best name of each entity counts, and only the entities
            // listed are read.
            var scored: [(kind: SearchMatch.Kind, distance: Int, candidate: Candidate)] = []
            for candidate in candidates.values {
                if let (kind, distance) = Self.match(query, candidate.folded, typos: typos) {
                    scored.append((kind, distance, candidate))
                }
            }
            scored.sort { lhs, rhs in
                if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
                if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
                if lhs.candidate.mentions != rhs.candidate.mentions { return lhs.candidate.mentions > rhs.candidate.mentions }
                if lhs.candidate.node != rhs.candidate.node { return lhs.candidate.node < rhs.candidate.node }
                return lhs.candidate.name < rhs.candidate.name
            }
            let details = try db.cachedStatement(sql: """
                SELECT n.text, e.id, e.label, e.type FROM name n JOIN entity e ON e.node = n.node WHERE n.id = ?
                """)
            var seen = Set<Int>()
            var matches: [SearchMatch] = []
            for entry in scored where matches.count < limit && seen.insert(entry.candidate.node).inserted {
                guard let row = try Row.fetchOne(details, arguments: [entry.candidate.name]) else { continue }
                matches.append(SearchMatch(entity: Self.summary(row, from: 1), name: row[0], match: entry.kind,
                                           distance: entry.distance, mentions: entry.candidate.mentions))
            }
            return matches
        }
    }

    /// A name that may match: its row, folded form, entity and the entity's mentions.
    struct Candidate {
        var name: Int
        var folded: [UInt32]
        var node: Int
        var mentions: Int
    }

    static func match(_ query: [UInt32], _ name: [UInt32], typos: Int) -> (SearchMatch.Kind, Int)? {
        if name == query { return (.exact, 0) }
        if name.count > query.count && name.starts(with: query) { return (.prefix, 0) }
        if query.count >= 3 && contains(name, query) { return (.contains, 0) }
        guard typos > 0 else { return nil }
        if let distance = EditDistance.whole(query, name, bound: typos) { return (.fuzzy, distance) }
        if query.count >= 5, let distance = EditDistance.within(query, name, bound: typos) { return (.partial, distance) }
        return nil
    }

    private static func contains(_ name: [UInt32], _ part: [UInt32]) -> Bool {
        guard name.count >= part.count, let first = part.first else { return part.isEmpty }
        var start = 0
        while start + part.count <= name.count {
            if name[start] == first {
                var index = 1
                while index < part.count && name[start + index] == part[index] { index += 1 }
                if index == part.count { return true }
            }
            start += 1
        }
        return false
    }
}
