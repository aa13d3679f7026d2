public import KnowledgeGraph

/// The lower neighbours of each node of a graph, node after node: node `n`'s are the
/// sources of the links whose target is `n`, in ascending order (a link's source is its
/// lower end, and links are sorted by source, then target).
///
/// They are gathered a block of nodes at a time, each block from one pass over the links,
/// so that about ``budget`` of them are held at once rather than one per link: tens of
/// millions of links would need as many 4-byte entries, where a pass over the links'
/// ends costs a fraction of a second.
public struct LowerNeighbours {
    private let ends: [Graph.Ends]
    /// The number of lower neighbours of each node.
    private let counts: [UInt32]
    /// About how many lower neighbours a block holds (at least one node's, however many).
    public let budget: Int
    /// The nodes of the block held, and where each one's neighbours start in `sources`.
    private var block = 0..<0
    private var starts: [Int] = []
    private var sources: [Int32] = []

    /// The lower neighbours of the `nodeCount` nodes joined by `ends`.
    public init(ends: [Graph.Ends], nodeCount: Int, budget: Int = 1 << 22) {
        var counts = [UInt32](repeating: 0, count: nodeCount)
        for end in ends { counts[Int(end.target)] += 1 }
        self.ends = ends
        self.counts = counts
        self.budget = max(1, budget)
    }

    /// The lower neighbours of `node`. Ask for nodes in ascending order: a node before the
    /// block held starts the blocks again from it.
    public mutating func of(_ node: Int) -> ArraySlice<Int32> {
        if !block.contains(node) { load(from: node) }
        let offset = node - block.lowerBound
        return sources[starts[offset]..<starts[offset + 1]]
    }

    /// Holds the block of nodes from `first`: as many as fit in ``budget``, at least one.
    private mutating func load(from first: Int) {
        var last = first + 1
        var total = Int(counts[first])
        while last < counts.count && total + Int(counts[last]) <= budget {
            total += Int(counts[last])
            last += 1
        }
        block = first..<last
        starts = [0]
        starts.reserveCapacity(block.count + 1)
        for node in block { starts.append(starts[starts.count - 1] + Int(counts[node])) }
        sources = [Int32](repeating: 0, count: total)
        var fill = starts
        for end in ends where block.contains(Int(end.target)) {
            let offset = Int(end.target) - first
            sources[fill[offset]] = end.source
            fill[offset] += 1
        }
    }
}
