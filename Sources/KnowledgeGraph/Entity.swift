/// A node of the knowledge graph: one real-world thing with every name it goes by.
public struct Entity: Sendable, Hashable, Identifiable {
    /// A stable identifier made of `[A-Za-z0-9_.-]`, `<type>_<slug>`, unique in the graph.
    public var id: String
    /// The display name.
    public var label: String
    /// The type.
    public var type: EntityType
    /// The other names the documents use for it, sorted.
    public var aliases: [String]
    /// How many times the documents mention it.
    public var mentions: Int
    /// How many documents mention it.
    public var documents: Int
    /// For events: the kind (`hack`, `airdrop`, `launch`…); empty otherwise.
    public var eventType: String
    /// For events: the date the text states (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); empty otherwise.
    public var date: String
    /// IRIs of the same thing in public knowledge bases (such as Wikidata entities), sorted;
    /// empty when none is known.
    public var sameAs: [String]
    /// The community of closely linked entities it belongs to, numbered from 1 (largest
    /// first); 0 when communities were not computed.
    public var community: Int

    public init(
        id: String, label: String, type: EntityType, aliases: [String] = [], mentions: Int = 0,
        documents: Int = 0, eventType: String = "", date: String = "", sameAs: [String] = [], community: Int = 0
    ) {
        self.id = id
        self.label = label
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.documents = documents
        self.eventType = eventType
        self.date = date
        self.sameAs = sameAs
        self.community = community
    }
}
