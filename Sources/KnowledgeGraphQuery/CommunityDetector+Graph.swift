public import KnowledgeGraph

extension CommunityDetector {
    /// `graph` with every entity's ``KnowledgeGraph/Entity/community`` set, so that the
    /// exports carry it.
    public func annotate(_ graph: consuming Graph) -> Graph {
        let community = detect(WeightedAdjacency(copy graph)).community
        return graph.settingCommunities(community)
    }
}
