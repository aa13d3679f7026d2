/// A community: a group of entities more strongly linked to each other than to the rest.
public struct CommunitySummary: Sendable, Hashable, Codable {
    /// Its number: 1 for the largest.
    public var id: Int
    /// Its number of entities.
    public var size: Int
    /// The sum of the weights of the links inside it.
    public var internalWeight: Double
    /// Its most central members (by PageRank), most central first.
    public var members: [EntitySummary]
}
