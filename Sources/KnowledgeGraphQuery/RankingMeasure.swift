/// What `top` ranks entities by.
public enum RankingMeasure: String, Sendable, CaseIterable, Codable {
    /// The number of linked entities.
    case degree
    /// The sum of the weights of an entity's links (weighted degree).
    case weight
    /// PageRank on link weights.
    case pagerank
    /// Betweenness: how often the entity lies on shortest paths between others.
    case betweenness
    /// Mentions in the documents.
    case mentions

    var column: String {
        switch self {
        case .degree: return "degree"
        case .weight: return "strength"
        case .pagerank: return "pagerank"
        case .betweenness: return "betweenness"
        case .mentions: return "mentions"
        }
    }
}
