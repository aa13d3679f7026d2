public import KnowledgeGraph

/// An entity as query answers name it: identifier, display name and type.
public struct EntitySummary: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The entity's identifier in the exports (`type_slug`).
    public var id: String
    /// The display name.
    public var label: String
    /// The type.
    public var type: EntityType

    public init(id: String, label: String, type: EntityType) {
        self.id = id
        self.label = label
        self.type = type
    }

    /// `label (type)`.
    public var description: String { "\(label) (\(type.rawValue))" }
}
