/// How central each node of a graph is.
public enum Centrality {
    /// PageRank on link weights (damping 0.85): a node ranks high when it is strongly
    /// linked to nodes that rank high. Sums to 1; iterates until the total change is below
    /// `tolerance` or `iterations` rounds have run. Nodes without links share their rank
    /// with every node.
    public static func pageRank(_ adjacency: WeightedAdjacency, damping: Double = 0.85, tolerance: Double = 1e-10,
                                iterations: Int = 100) -> [Double] {
        let count = adjacency.nodeCount
        guard count > 0 else { return [] }
        var strength = [Double](repeating: 0, count: count)
        for node in 0..<count {
            for position in adjacency.links(of: node) { strength[node] += adjacency.weights[position] }
        }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = [Double](repeating: 0, count: count)
        for _ in 0..<iterations {
            var dangling = 0.0
            for node in 0..<count where strength[node] == 0 { dangling += rank[node] }
            let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
            for node in 0..<count {
                var sum = 0.0
                for position in adjacency.links(of: node) {
                    let other = Int(adjacency.neighbors[position])
                    sum += rank[other] * adjacency.weights[position] / strength[other]
                }
                next[node] = base + damping * sum
            }
            var change = 0.0
            for node in 0..<count { change += abs(next[node] - rank[node]) }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }

    /// Betweenness (Brandes, 2001) over hops: for each node, the share of shortest paths
    /// between other nodes that pass through it, normalised to [0, 1] for an undirected
    /// graph. Exact when the graph has at most `pivots` nodes; otherwise estimated from
    /// the shortest paths of `pivots` source nodes drawn with a fixed seed, and scaled.
    public static func betweenness(_ adjacency: WeightedAdjacency, pivots: Int = 512, seed: UInt64 = 2001) -> [Double] {
        let count = adjacency.nodeCount
        var score = [Double](repeating: 0, count: count)
        guard count > 2 else { return score }
        var sources = Array(0..<count)
        if count > pivots {
            var generator = SeededGenerator(seed: seed)
            sources.shuffle(using: &generator)
            sources = Array(sources.prefix(pivots)).sorted()
        }
        var distance = [Int](repeating: -1, count: count)
        var paths = [Double](repeating: 0, count: count)
        var dependency = [Double](repeating: 0, count: count)
        var stack: [Int] = []
        stack.reserveCapacity(count)
        var queue = [Int](repeating: 0, count: count)
        for source in sources {
            stack.removeAll(keepingCapacity: true)
            distance[source] = 0
            paths[source] = 1
            var head = 0
            var tail = 0
            queue[tail] = source
            tail += 1
            while head < tail {
                let node = queue[head]
                head += 1
                stack.append(node)
                for position in adjacency.links(of: node) {
                    let other = Int(adjacency.neighbors[position])
                    if distance[other] < 0 {
                        distance[other] = distance[node] + 1
                        queue[tail] = other
                        tail += 1
                    }
                    if distance[other] == distance[node] + 1 { paths[other] += paths[node] }
                }
            }
            for node in stack.reversed() {
                for position in adjacency.links(of: node) {
                    let other = Int(adjacency.neighbors[position])
                    if distance[other] == distance[node] - 1 {
                        dependency[other] += paths[other] / paths[node] * (1 + dependency[node])
                    }
                }
                if node != source { score[node] += dependency[node] }
            }
            for node in stack {
                distance[node] = -1
                paths[node] = 0
                dependency[node] = 0
            }
        }
        // Each undirected path was counted from both ends (exact case); scale samples up.
        let scale = Double(count) / Double(sources.count) / 2 / (Double(count - 1) * Double(count - 2) / 2)
        return score.map { $0 * scale }
    }
}
