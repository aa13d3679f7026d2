/// An entity in a `top` list, with the measure it was ranked by and the others.
public struct RankedEntity: Sendable, Hashable, Codable {
    /// 1 for the first.
    public var rank: Int
    /// The entity.
    public var entity: EntitySummary
    /// The value of the measure ranked by.
    public var value: Double
    /// Linked entities.
    public var degree: Int
    /// The sum of its link weights.
    public var weight: Double
    /// PageRank.
    public var pagerank: Double
    /// Normalised betweenness.
    public var betweenness: Double
    /// Mentions in the documents.
    public var mentions: Int
    /// Its community.
    public var community: Int
}
