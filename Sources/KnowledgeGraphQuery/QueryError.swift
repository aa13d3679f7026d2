/// Why a question could not be answered from a built graph.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder holds no query store: the graph was not built there, or with an older kgraph.
    case storeMissing(path: String)
    /// The store was written by another version of the store format.
    case incompatibleStore(path: String, found: Int, expected: Int)
    /// SQLite failed to open, read or write the store.
    case database(path: String, message: String)
    /// No entity has this name, alias or identifier; `candidates` are the closest names.
    case unknownEntity(name: String, candidates: [EntitySummary])
    /// Several entities share this name; `candidates` lists them.
    case ambiguousEntity(name: String, candidates: [EntitySummary])
    /// A request that cannot be met, such as a path from an entity to itself.
    case invalidRequest(String)

    public var description: String {
        switch self {
        case .storeMissing(let path):
            return "\(path): no query store here; build the graph first (kgraph build … -o FOLDER writes FOLDER/\(GraphStore.fileName))"
        case .incompatibleStore(let path, let found, let expected):
            return "\(path): store format \(found), this kgraph reads format \(expected); rebuild the graph"
        case .database(let path, let message):
            return "\(path): \(message)"
        case .unknownEntity(let name, let candidates):
            let hint = candidates.isEmpty ? "" : "; closest: " + candidates.map(\.description).joined(separator: ", ")
            return "no entity named \"\(name)\"\(hint)"
        case .ambiguousEntity(let name, let candidates):
            return "\"\(name)\" names \(candidates.count) entities: "
                + candidates.map { "\($0.description) [\($0.id)]" }.joined(separator: ", ")
                + "; name one by its identifier or as TYPE:NAME"
        case .invalidRequest(let message):
            return message
        }
    }
}
