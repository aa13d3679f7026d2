public import KnowledgeGraph

extension CommunityDetector {
    /// `graph` with every entity's ``KnowledgeGraph/Entity/community`` set, so that the
    /// exports carry it.
    public func annotate(_ graph: Graph) -> Graph {
        graph.settingCommunities(detect(WeightedAdjacency(graph)).community)
    }
}
