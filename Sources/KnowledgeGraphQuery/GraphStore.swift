import Foundation
import GRDB
import KnowledgeGraph

/// A built graph opened for questions: the `graph.sqlite` that `kgraph build` writes
/// beside the exports (see ``GraphStoreWriter``).
///
/// Opening reads nothing but the header; each question reads only the rows it needs
/// through the store's indexes, so answers come fast on large graphs.
public struct GraphStore: Sendable {
    /// The store's file name in a build's output folder.
    public static let fileName = "graph.sqlite"

    /// The store's path.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the store of the build written to `folder`.
    public init(folder: String) throws(QueryError) {
        try self.init(path: (folder as NSString).appendingPathComponent(Self.fileName))
    }

    /// Opens the store at `path`.
    public init(path: String) throws(QueryError) {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw .storeMissing(path: path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "kgraph query store"
        let opened: DatabaseQueue
        let version: Int
        let application: Int
        do {
            opened = try DatabaseQueue(path: path, configuration: configuration)
            (version, application) = try opened.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0)
            }
        } catch {
            throw .database(path: path, message: Self.message(error))
        }
        guard application == Int(StoreSchema.applicationID) else {
            throw .database(path: path, message: "not a kgraph query store")
        }
        guard version == StoreSchema.version else {
            throw .incompatibleStore(path: path, found: version, expected: StoreSchema.version)
        }
        queue = opened
    }

    /// Runs `body` in one read transaction, turning database errors into ``QueryError``.
    func read<Value>(_ body: (Database) throws -> Value) throws(QueryError) -> Value {
        do {
            return try queue.read(body)
        } catch let error as QueryError {
            throw error
        } catch {
            throw .database(path: path, message: Self.message(error))
        }
    }

    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return "\(error)"
    }

    /// The build's settings and totals: `entities`, `links`, `documents`, `window`,
    /// `communities`, `modularity`, …
    public func metadata() throws(QueryError) -> [String: String] {
        try read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { result[row[0]] = row[1] }
            return result
        }
    }

    // MARK: - Entities

    static let entityColumns = """
        node, id, label, type, aliases, mentions, documents, event_type, date, degree, strength, pagerank, \
        betweenness, community
        """

    static func storedEntity(_ row: Row) -> StoredEntity {
        StoredEntity(
            node: row[0], summary: EntitySummary(id: row[1], label: row[2], type: EntityType(rawValue: row[3]) ?? .organization),
            aliases: StoreJSON.strings(row[4]), mentions: row[5], documents: row[6], eventType: row[7], date: row[8],
            degree: row[9], strength: row[10], pageRank: row[11], betweenness: row[12], community: row[13])
    }

    static func summary(_ row: Row, from column: Int) -> EntitySummary {
        EntitySummary(id: row[column], label: row[column + 1], type: EntityType(rawValue: row[column + 2]) ?? .organization)
    }

    func entity(node: Int, _ db: Database) throws -> StoredEntity {
        let statement = try db.cachedStatement(sql: "SELECT \(Self.entityColumns) FROM entity WHERE node = ?")
        guard let row = try Row.fetchOne(statement, arguments: [node]) else {
            throw QueryError.database(path: path, message: "no node \(node)")
        }
        return Self.storedEntity(row)
    }

    /// The entity `name` designates: its identifier (`person_he-yi`), `TYPE:NAME`
    /// (`organization:Binance`), or any of its names or aliases, whatever the case, accents
    /// and punctuation (`binance's`, `CZ`, `BSC`). When several entities share a name and
    /// exactly one of them has it as its display name, that one is meant.
    ///
    /// - Throws: ``QueryError/unknownEntity(name:candidates:)`` with the closest names, or
    ///   ``QueryError/ambiguousEntity(name:candidates:)``.
    public func entity(named name: String) throws(QueryError) -> StoredEntity {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalidRequest("an entity name is empty") }
        var type: EntityType?
        var text = trimmed
        if let colon = trimmed.firstIndex(of: ":"), let prefix = EntityType(rawValue: trimmed[..<colon].lowercased()) {
            type = prefix
            text = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        let folded = NameFolding.fold(text)
        let found: [StoredEntity]? = try read { db in
            if type == nil, let row = try Row.fetchOne(db, sql: "SELECT \(Self.entityColumns) FROM entity WHERE id = ?",
                                                        arguments: [trimmed]) {
                return [Self.storedEntity(row)]
            }
            guard !folded.isEmpty else { return nil }
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.entityColumns.split(separator: ",").map { "e." + $0.trimmingCharacters(in: .whitespaces) }
                    .joined(separator: ", ")), max(n.is_label)
                FROM name n JOIN entity e ON e.node = n.node
                WHERE n.folded = ? GROUP BY e.node ORDER BY e.mentions DESC, e.id
                """, arguments: [folded])
            var matches = rows.map { (Self.storedEntity($0), ($0[14] as Int) == 1) }
            if let type { matches = matches.filter { $0.0.type == type } }
            if matches.count > 1 {
                let labelled = matches.filter(\.1)
                if labelled.count == 1 { return [labelled[0].0] }
            }
            return matches.map(\.0)
        }
        let matches = found ?? []
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            var candidates = (try? search(text, limit: 8)) ?? []
            if let type { candidates = candidates.filter { $0.entity.type == type } }
            throw .unknownEntity(name: name, candidates: Array(candidates.prefix(5).map(\.entity)))
        }
        throw .ambiguousEntity(name: name, candidates: matches.map(\.summary))
    }
}
