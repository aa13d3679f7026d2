/// The evidence for a link: how often the pair shares a window, and the passages.
public struct EvidenceReport: Sendable, Hashable, Codable {
    /// The two entities, as asked.
    public var entities: [EntitySummary]
    /// Windows the two share (0 when they are not linked).
    public var count: Int
    /// Documents in which they share a window.
    public var documents: Int
    /// The passages, in document order; the store keeps the first few of each pair.
    public var passages: [EvidencePassage]
}
