/// What one document says about one entity: its display name, the forms it was
/// written in, and event details.
public struct EntityRecord: Sendable, Equatable {
    /// The entity.
    public var key: EntityKey
    /// The preferred display name (a gazetteer's canonical name, or the longest form seen).
    public var label: String
    /// Every surface form seen, the label included.
    public var surfaces: Set<String>
    /// For events: the kind (`hack`, `airdrop`, `launch`…).
    public var eventType: String?
    /// For events: the date the text states, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?
    /// IRIs of the same thing in public knowledge bases, from the gazetteer entry.
    public var sameAs: [String]

    public init(
        key: EntityKey, label: String, surfaces: Set<String> = [], eventType: String? = nil, date: String? = nil,
        sameAs: [String] = []
    ) {
        self.key = key
        self.label = label
        self.surfaces = surfaces
        self.eventType = eventType
        self.date = date
        self.sameAs = sameAs
    }
}
