/// A knowledge graph: entities and the weighted links between them.
///
/// Entities are sorted by ``Entity/id`` and edges by their ends, so that every export of
/// the same graph is byte-identical.
public struct Graph: Sendable {
    /// The nodes, sorted by identifier.
    public private(set) var entities: [Entity]
    /// The links, sorted by source then target; one per unordered pair.
    public private(set) var edges: [Edge]

    private var indexByID: [String: Int]

    /// Creates a graph, sorting its parts. Edges must name existing entities.
    public init(entities: [Entity], edges: [Edge]) {
        self.entities = entities.sorted { $0.id < $1.id }
        self.edges = edges.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        var index: [String: Int] = [:]
        for (position, entity) in self.entities.enumerated() { index[entity.id] = position }
        self.indexByID = index
    }

    /// Creates a graph from parts already in order: entities sorted by identifier, edges by
    /// source then target. Saves the sorting of large graphs built in that order.
    public init(sortedEntities entities: [Entity], sortedEdges edges: [Edge]) {
        assert(zip(entities, entities.dropFirst()).allSatisfy { $0.id < $1.id }, "entities out of order")
        assert(zip(edges, edges.dropFirst()).allSatisfy { ($0.source, $0.target) < ($1.source, $1.target) },
               "edges out of order")
        self.entities = entities
        self.edges = edges
        var index: [String: Int] = [:]
        index.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() { index[entity.id] = position }
        self.indexByID = index
    }

    /// The entity with identifier `id`, if any.
    public func entity(id: String) -> Entity? {
        indexByID[id].map { entities[$0] }
    }

    /// The number of entities of each type.
    public var countsByType: [EntityType: Int] {
        var counts: [EntityType: Int] = [:]
        for entity in entities { counts[entity.type, default: 0] += 1 }
        return counts
    }
}
