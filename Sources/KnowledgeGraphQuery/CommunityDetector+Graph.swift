public import KnowledgeGraph

extension CommunityDetector {
    /// `graph` with every entity's ``KnowledgeGraph/Entity/community`` set, so that the
    /// exports carry it.
    public func annotate(_ graph: Graph) -> Graph {
        let result = detect(WeightedAdjacency(graph))
        var entities = graph.entities
        for index in entities.indices { entities[index].community = result.community[index] }
        return Graph(entities: entities, edges: graph.edges)
    }
}
