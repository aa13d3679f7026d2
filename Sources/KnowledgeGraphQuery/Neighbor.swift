/// A linked entity with the numbers of the link.
public struct Neighbor: Sendable, Hashable, Codable {
    /// The linked entity.
    public var entity: EntitySummary
    /// The link's weight (its count, unless the build chose `--weight npmi`).
    public var weight: Double
    /// Windows the two entities share.
    public var count: Int
    /// Documents in which they share a window.
    public var documents: Int
    /// Normalised PMI of the pair, in [-1, 1].
    public var npmi: Double
}

/// The order of a neighbour list: largest first.
public enum NeighborOrder: String, Sendable, CaseIterable, Codable {
    /// By link weight.
    case weight
    /// By normalised PMI: the most exclusive partners first.
    case npmi
    /// By shared windows.
    case count
}
