/// An undirected, weighted co-occurrence link between two entities.
public struct Edge: Sendable, Hashable {
    /// The identifier of one end; always less than ``target``.
    public var source: String
    /// The identifier of the other end.
    public var target: String
    /// The number of windows the two entities share.
    public var count: Int
    /// The number of documents in which they share a window.
    public var documents: Int
    /// Normalised pointwise mutual information of the pair over all windows, in [-1, 1].
    public var npmi: Double
    /// The weight tools use: the count, unless the build chose another measure.
    public var weight: Double
    /// A few of the shared windows, in document order.
    public var evidence: [Evidence]

    public init(source: String, target: String, count: Int, documents: Int, npmi: Double, weight: Double, evidence: [Evidence]) {
        precondition(source < target, "edge ends must be ordered: \(source) < \(target)")
        self.source = source
        self.target = target
        self.count = count
        self.documents = documents
        self.npmi = npmi
        self.weight = weight
        self.evidence = evidence
    }
}
