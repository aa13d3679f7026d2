/// A knowledge graph: entities and the weighted links between them.
///
/// Entities are sorted by ``Entity/id`` and edges by their ends, so that every export of
/// the same graph is byte-identical.
public struct Graph: Sendable {
    /// The nodes, sorted by identifier.
    public private(set) var entities: [Entity]
    /// The links, sorted by source then target; one per unordered pair.
    public private(set) var edges: EdgeList

    /// Where each edge's ends are in ``entities``, in edge order: for code that works on
    /// positions rather than identifiers (graph algorithms, the query store).
    public var ends: [Ends] { edges.ends }

    /// The positions in ``Graph/entities`` of an edge's source and target.
    public struct Ends: Sendable, Hashable {
        public var source: Int32
        public var target: Int32

        public init(source: Int32, target: Int32) {
            self.source = source
            self.target = target
        }
    }

    /// Creates a graph, sorting its parts. Edges must name existing entities.
    public init(entities: [Entity], edges: [Edge]) {
        self.init(sortedEntities: entities.sorted { $0.id < $1.id },
                  sortedEdges: edges.sorted { ($0.source, $0.target) < ($1.source, $1.target) })
    }

    /// Creates a graph from parts already in order: entities sorted by identifier, edges by
    /// source then target. Saves the sorting of large graphs built in that order.
    public init(sortedEntities entities: [Entity], sortedEdges edges: [Edge]) {
        let positions = Self.positions(of: entities)
        let ends = edges.map { Ends(source: Int32(positions[$0.source]!), target: Int32(positions[$0.target]!)) }
        self.init(sortedEntities: entities, edges: EdgeList(edges, ends: ends, entityIDs: entities.map(\.id)))
    }

    /// Entities and edges already in order, with the edges' ``ends`` known (a builder that
    /// made the edges from positions); checked in debug builds only.
    public init(sortedEntities entities: [Entity], sortedEdges edges: [Edge], ends: [Ends]) {
        precondition(edges.count == ends.count, "one Ends per edge")
        assert(zip(edges, ends).allSatisfy { entities[Int($1.source)].id == $0.source && entities[Int($1.target)].id == $0.target },
               "ends do not match the edges")
        self.init(sortedEntities: entities, edges: EdgeList(edges, ends: ends, entityIDs: entities.map(\.id)))
    }

    /// Entities sorted by identifier and their links, already in order by column; the
    /// list's ``EdgeList/entityIDs`` must be the entities' identifiers (checked in debug
    /// builds only).
    public init(sortedEntities entities: [Entity], edges: EdgeList) {
        precondition(edges.entityIDs.count == entities.count, "the links name other entities")
        assert(zip(entities, entities.dropFirst()).allSatisfy { $0.id < $1.id }, "entities out of order")
        assert(zip(entities, edges.entityIDs).allSatisfy { $0.id == $1 }, "the links name other entities")
        assert(zip(edges.ends, edges.ends.dropFirst()).allSatisfy {
            ($0.source, $0.target) < ($1.source, $1.target) }, "edges out of order")
        self.entities = entities
        self.edges = edges
    }

    /// The position of each entity by identifier.
    private static func positions(of entities: [Entity]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() { index[entity.id] = position }
        return index
    }

    /// This graph with `community[i]` as the ``Entity/community`` of `entities[i]`;
    /// nothing else changes, so nothing is sorted again.
    public consuming func settingCommunities(_ community: [Int]) -> Graph {
        precondition(community.count == entities.count, "one community per entity")
        // Consumed, a graph no one else holds is changed in place: its entities are not copied.
        for index in entities.indices { entities[index].community = community[index] }
        return self
    }

    /// The entity with identifier `id`, if any: a binary search of the sorted entities (a
    /// dictionary by identifier would cost a large graph a hundred megabytes for a lookup
    /// that tools make rarely).
    public func entity(id: String) -> Entity? {
        var (low, high) = (0, entities.count)
        while low < high {
            let middle = (low + high) / 2
            if entities[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < entities.count && entities[low].id == id ? entities[low] : nil
    }

    /// The number of entities of each type.
    public var countsByType: [EntityType: Int] {
        var counts: [EntityType: Int] = [:]
        for entity in entities { counts[entity.type, default: 0] += 1 }
        return counts
    }
}
