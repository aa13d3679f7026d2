public import KnowledgeGraph

/// A graph's links as compressed adjacency lists: the neighbours of node `i` are
/// `neighbors[offsets[i]..<offsets[i + 1]]`, sorted, with their link weights.
///
/// Nodes are numbered as in ``Graph/entities`` (sorted by identifier).
public struct WeightedAdjacency: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// Where each node's neighbours start; `nodeCount + 1` entries.
    public let offsets: [Int]
    /// The neighbours of every node, one list after the other.
    public let neighbors: [Int32]
    /// The weight of the link to each entry of ``neighbors``.
    public let weights: LinkWeights

    /// The adjacency of `graph`, weighted by each edge's `weight`.
    public init(_ graph: Graph) {
        let edges = graph.edges
        self.init(nodeCount: graph.entities.count, ends: graph.ends, weight: edges.weight(at:))
    }

    /// The adjacency of `nodeCount` nodes joined by undirected `edges` (no self-loops, no
    /// duplicate pairs).
    public init(nodeCount: Int, edges: [(Int32, Int32, Double)]) {
        self.init(nodeCount: nodeCount, ends: edges.map { Graph.Ends(source: $0.0, target: $0.1) }, weight: { edges[$0].2 })
    }

    /// The adjacency of links `ends[i]` weighted `weight(i)`, read straight from the columns
    /// (a graph's ends and weights), so that no third list of the links is made. A first pass
    /// over the weights chooses how ``LinkWeights`` holds them: in a byte each when nearly all
    /// are small whole numbers, else as `Float`s when each is one exactly, else as `Double`s.
    private init(nodeCount: Int, ends: [Graph.Ends], weight linkWeight: (Int) -> Double) {
        var degree = [Int](repeating: 0, count: nodeCount + 1)
        for end in ends {
            degree[Int(end.source) + 1] += 1
            degree[Int(end.target) + 1] += 1
        }
        for index in 0..<nodeCount { degree[index + 1] += degree[index] }
        var outlying = 0
        var single = true
        for index in ends.indices {
            let weight = linkWeight(index)
            if !LinkWeights.fitsByte(weight) {
                outlying += 1
                if single && !LinkWeights.fitsFloat(weight) { single = false }
            }
        }
        let weights: LinkWeights
        let neighbors: [Int32]
        if outlying * LinkWeights.outlierShare <= ends.count {
            let lists = Self.lists(offsets: degree, ends: ends, weight: linkWeight, into: ByteSlots.self)
            (neighbors, weights) = (lists.neighbors, LinkWeights(bytes: lists.weights.bytes, outliers: lists.weights.outliers))
        } else if single {
            let lists = Self.lists(offsets: degree, ends: ends, weight: linkWeight, into: FloatSlots.self)
            (neighbors, weights) = (lists.neighbors, LinkWeights(floats: lists.weights.values))
        } else {
            let lists = Self.lists(offsets: degree, ends: ends, weight: linkWeight, into: DoubleSlots.self)
            (neighbors, weights) = (lists.neighbors, LinkWeights(doubles: lists.weights.values))
        }
        self.init(nodeCount: nodeCount, offsets: degree, neighbors: neighbors, weights: weights)
    }

    /// Every node's neighbours and link weights, each list sorted by neighbour, the lists
    /// starting at `offsets`; the weights held as `Slots` holds them.
    private static func lists<Slots: WeightSlots>(
        offsets: [Int], ends: [Graph.Ends], weight linkWeight: (Int) -> Double, into: Slots.Type
    ) -> (neighbors: [Int32], weights: Slots) {
        var fill = offsets
        var neighbors = [Int32](repeating: 0, count: ends.count * 2)
        var weights = Slots(count: ends.count * 2)
        for (index, end) in ends.enumerated() {
            let (a, b, weight) = (end.source, end.target, linkWeight(index))
            neighbors[fill[Int(a)]] = b
            weights[fill[Int(a)]] = weight
            neighbors[fill[Int(b)]] = a
            weights[fill[Int(b)]] = weight
            fill[Int(a)] += 1
            fill[Int(b)] += 1
        }
        // Sort each list by neighbour so that every traversal is in a fixed order (a graph's
        // edges, sorted by their ends, fill every list in order already).
        for node in 0..<(offsets.count - 1) where offsets[node + 1] - offsets[node] > 1 {
            let range = offsets[node]..<offsets[node + 1]
            if !range.dropFirst().contains(where: { neighbors[$0 - 1] >= neighbors[$0] }) { continue }
            let sorted = range.map { (neighbors[$0], weights[$0]) }.sorted { $0.0 < $1.0 }
            for (offset, entry) in zip(range, sorted) {
                neighbors[offset] = entry.0
                weights[offset] = entry.1
            }
        }
        return (neighbors, weights)
    }

    private init(nodeCount: Int, offsets: [Int], neighbors: [Int32], weights: LinkWeights) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }

    /// The same lists of neighbours without ``weights`` (1 to 8 bytes an entry), for a holder that
    /// only looks links up from now on: the weights are freed when no other adjacency shares
    /// them.
    public func linksOnly() -> WeightedAdjacency {
        WeightedAdjacency(nodeCount: nodeCount, offsets: offsets, neighbors: neighbors, weights: LinkWeights(doubles: []))
    }

    /// The positions in ``neighbors`` and ``weights`` of `node`'s links.
    @inline(__always)
    public func links(of node: Int) -> Range<Int> {
        offsets[node]..<offsets[node + 1]
    }

    /// The number of links of `node`.
    public func degree(of node: Int) -> Int {
        offsets[node + 1] - offsets[node]
    }
}

/// Where ``WeightedAdjacency`` puts its entries' weights while it fills its lists.
private protocol WeightSlots {
    init(count: Int)
    subscript(position: Int) -> Double { get set }
}

/// Weights that are each exactly a `Float`, in 4 bytes.
private struct FloatSlots: WeightSlots {
    var values: [Float]
    init(count: Int) { values = [Float](repeating: 0, count: count) }
    subscript(position: Int) -> Double {
        get { Double(values[position]) }
        set { values[position] = Float(newValue) }
    }
}

/// Any weights, in 8 bytes.
private struct DoubleSlots: WeightSlots {
    var values: [Double]
    init(count: Int) { values = [Double](repeating: 0, count: count) }
    subscript(position: Int) -> Double {
        get { values[position] }
        set { values[position] = newValue }
    }
}

/// Weights in a byte each, those that are not whole numbers below 255 kept apart by position
/// (their byte is ``LinkWeights/outlierMark``).
private struct ByteSlots: WeightSlots {
    var bytes: [UInt8]
    var outliers: [Int: Double] = [:]
    init(count: Int) { bytes = [UInt8](repeating: 0, count: count) }
    subscript(position: Int) -> Double {
        get { bytes[position] == LinkWeights.outlierMark ? outliers[position]! : Double(bytes[position]) }
        set {
            if LinkWeights.fitsByte(newValue) {
                if bytes[position] == LinkWeights.outlierMark { outliers[position] = nil }
                bytes[position] = UInt8(newValue)
            } else {
                bytes[position] = LinkWeights.outlierMark
                outliers[position] = newValue
            }
        }
    }
}
