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
            (neighbors, weights) = Self.byteLists(offsets: degree, ends: ends, weight: linkWeight)
        } else if single {
            let lists = Self.lists(offsets: degree, ends: ends, weight: { Float(linkWeight($0)) })
            (neighbors, weights) = (lists.neighbors, LinkWeights(floats: lists.weights))
        } else {
            let lists = Self.lists(offsets: degree, ends: ends, weight: linkWeight)
            (neighbors, weights) = (lists.neighbors, LinkWeights(doubles: lists.weights))
        }
        self.init(nodeCount: nodeCount, offsets: degree, neighbors: neighbors, weights: weights)
    }

    /// Every node's neighbours and link weights, each list sorted by neighbour, the lists
    /// starting at `offsets`.
    private static func lists<Weight: BinaryFloatingPoint>(offsets: [Int], ends: [Graph.Ends], weight linkWeight: (Int) -> Weight)
        -> (neighbors: [Int32], weights: [Weight]) {
        var fill = offsets
        var neighbors = [Int32](repeating: 0, count: ends.count * 2)
        var weights = [Weight](repeating: 0, count: ends.count * 2)
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

    /// ``lists(offsets:ends:weight:)`` with the weights in a byte each, those that are not
    /// whole numbers below 255 kept apart by position.
    private static func byteLists(offsets: [Int], ends: [Graph.Ends], weight linkWeight: (Int) -> Double)
        -> (neighbors: [Int32], weights: LinkWeights) {
        var fill = offsets
        var neighbors = [Int32](repeating: 0, count: ends.count * 2)
        var bytes = [UInt8](repeating: 0, count: ends.count * 2)
        var outliers: [Int: Double] = [:]
        func put(_ weight: Double, at position: Int) {
            if LinkWeights.fitsByte(weight) {
                bytes[position] = UInt8(weight)
                outliers[position] = nil
            } else {
                bytes[position] = LinkWeights.outlierMark
                outliers[position] = weight
            }
        }
        for (index, end) in ends.enumerated() {
            let (a, b, weight) = (end.source, end.target, linkWeight(index))
            neighbors[fill[Int(a)]] = b
            put(weight, at: fill[Int(a)])
            neighbors[fill[Int(b)]] = a
            put(weight, at: fill[Int(b)])
            fill[Int(a)] += 1
            fill[Int(b)] += 1
        }
        for node in 0..<(offsets.count - 1) where offsets[node + 1] - offsets[node] > 1 {
            let range = offsets[node]..<offsets[node + 1]
            if !range.dropFirst().contains(where: { neighbors[$0 - 1] >= neighbors[$0] }) { continue }
            let sorted = range.map { position in
                (neighbors[position], bytes[position] == LinkWeights.outlierMark ? outliers[position]! : Double(bytes[position]))
            }.sorted { $0.0 < $1.0 }
            for (offset, entry) in zip(range, sorted) {
                neighbors[offset] = entry.0
                put(entry.1, at: offset)
            }
        }
        return (neighbors, LinkWeights(bytes: bytes, outliers: outliers))
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
