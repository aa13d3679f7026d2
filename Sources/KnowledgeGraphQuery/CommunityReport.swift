/// The communities of a graph (Louvain, fixed seed), largest first.
public struct CommunityReport: Sendable, Hashable, Codable {
    /// The number of communities, singletons included.
    public var count: Int
    /// The modularity of the partition.
    public var modularity: Double
    /// The communities listed.
    public var communities: [CommunitySummary]
}
