import Foundation
import GRDB

extension GraphStore {
    /// The links of `node`, by neighbour (none for a node without links).
    func links(of node: Int, _ db: Database) throws -> [StoredLink] {
        let statement = try db.cachedStatement(sql: "SELECT links FROM adjacency WHERE node = ?")
        guard let bytes = try Data.fetchOne(statement, arguments: [node]) else { return [] }
        do {
            return try StoredLink.decode(Array(bytes))
        } catch {
            throw QueryError.database(path: path, message: "the links of node \(node) are damaged")
        }
    }

    /// The link between `first` and `second`, if they are linked.
    func link(_ first: Int, _ second: Int, _ db: Database) throws -> StoredLink? {
        let links = try links(of: first, db)
        var low = 0
        var high = links.count
        while low < high {
            let middle = (low + high) / 2
            if links[middle].neighbor < second { low = middle + 1 } else { high = middle }
        }
        return low < links.count && links[low].neighbor == second ? links[low] : nil
    }

    /// The evidence of the pairs whose lower end is `a`.
    func nodeEvidence(_ a: Int, _ db: Database) throws -> NodeEvidence {
        let statement = try db.cachedStatement(sql: "SELECT pairs FROM evidence WHERE a = ?")
        return NodeEvidence(try Data.fetchOne(statement, arguments: [a]).map { Array($0) } ?? [])
    }

    /// The first `limit` evidence passages of the pair `a < b` in `evidence` (``nodeEvidence(_:_:)``
    /// of `a`), in the order they were found.
    func storedPassages(_ a: Int, _ b: Int, in evidence: NodeEvidence, limit: Int) throws -> [StoredPassage] {
        guard limit > 0 else { return [] }
        do {
            return try evidence.passages(with: b, limit: limit)
        } catch {
            throw QueryError.database(path: path, message: "the evidence of nodes \(a) and \(b) is damaged")
        }
    }

    /// The first `limit` evidence passages of the pair `a < b`, in the order they were found.
    func storedPassages(_ a: Int, _ b: Int, limit: Int, _ db: Database) throws -> [StoredPassage] {
        guard limit > 0 else { return [] }
        return try storedPassages(a, b, in: nodeEvidence(a, db), limit: limit)
    }

    /// An excerpt's offsets, text and document name.
    func excerpt(_ id: Int, _ db: Database) throws -> (sentence: EvidencePassage.Sentence, document: String) {
        let statement = try db.cachedStatement(sql: """
            SELECT x.start, x.end, x.text, d.name FROM excerpt x JOIN document d ON d.id = x.document WHERE x.id = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [id]) else {
            throw QueryError.database(path: path, message: "no excerpt \(id)")
        }
        return (EvidencePassage.Sentence(start: row[0], end: row[1], text: row[2]), row[3])
    }

    /// The identifier, label and type of `node`.
    func summary(node: Int, _ db: Database) throws -> EntitySummary {
        let statement = try db.cachedStatement(sql: "SELECT id, label, type FROM entity WHERE node = ?")
        guard let row = try Row.fetchOne(statement, arguments: [node]) else {
            throw QueryError.database(path: path, message: "no node \(node)")
        }
        return Self.summary(row, from: 0)
    }
}
