public import KnowledgeGraph

/// An entity as the query store holds it: the export attributes and the measures
/// computed at build time.
public struct StoredEntity: Sendable, Hashable, Codable {
    /// The node number in the store (entities in identifier order, from 0).
    public var node: Int
    /// The identifier, display name and type.
    public var summary: EntitySummary
    /// The other names of the entity.
    public var aliases: [String]
    /// Mentions in the documents.
    public var mentions: Int
    /// Documents that mention it.
    public var documents: Int
    /// For events: the kind; empty otherwise.
    public var eventType: String
    /// For events: the date the text states; empty otherwise.
    public var date: String
    /// The number of linked entities.
    public var degree: Int
    /// The sum of the weights of its links.
    public var strength: Double
    /// Its PageRank on link weights.
    public var pageRank: Double
    /// Its normalised betweenness (exact on small graphs, sampled on large ones).
    public var betweenness: Double
    /// Its community, numbered from 1, largest first.
    public var community: Int

    /// The identifier.
    public var id: String { summary.id }
    /// The display name.
    public var label: String { summary.label }
    /// The type.
    public var type: EntityType { summary.type }
}
