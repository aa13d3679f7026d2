import Foundation
import KnowledgeGraph

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
        // What each node passes on per unit of link weight, computed once a round: a link
        // then costs one read and one multiplication, not two reads and a division.
        var share = [Double](repeating: 0, count: count)
        for _ in 0..<iterations {
            var dangling = 0.0
            for node in 0..<count {
                if strength[node] == 0 { dangling += rank[node] } else { share[node] = rank[node] / strength[node] }
            }
            let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
            for node in 0..<count {
                var sum = 0.0
                for position in adjacency.links(of: node) {
                    sum += share[Int(adjacency.neighbors[position])] * adjacency.weights[position]
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
    /// The sources are split into a fixed number of batches run in parallel and summed
    /// in batch order, so the result does not depend on the number of cores; `threads` 1
    /// runs the batches one after the other (0, the default: all cores).
    public static func betweenness(_ adjacency: WeightedAdjacency, pivots: Int = 128, seed: UInt64 = 2001,
                                   threads: Int = 0) -> [Double] {
        let count = adjacency.nodeCount
        guard count > 2 else { return [Double](repeating: 0, count: count) }
        var shuffled = Array(0..<count)
        if count > pivots {
            var generator = SeededGenerator(seed: seed)
            shuffled.shuffle(using: &generator)
            shuffled = Array(shuffled.prefix(pivots)).sorted()
        }
        let sources = shuffled
        let batches = min(8, sources.count)
        // Batches run a round of one per thread at a time and are added up, in batch order,
        // after each round: no more partial scores are held than there are threads.
        let lanes = threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount
        let partial = ResultSlots<[Double]>(count: batches)
        let run: @Sendable (Int) -> Void = { batch in
            let mine = stride(from: batch, to: sources.count, by: batches).map { sources[$0] }
            partial.set(batch, dependencies(adjacency, from: mine))
        }
        var score = [Double](repeating: 0, count: count)
        for first in stride(from: 0, to: batches, by: lanes) {
            let round = first..<min(first + lanes, batches)
            if round.count == 1 {
                run(round.lowerBound)
            } else {
                DispatchQueue.concurrentPerform(iterations: round.count) { run(round.lowerBound + $0) }
            }
            for batch in round {
                let values = partial.take(batch)
                for node in 0..<count { score[node] += values[node] }
            }
        }
        // Each undirected path was counted from both ends (exact case); scale samples up.
        let scale = Double(count) / Double(sources.count) / 2 / (Double(count - 1) * Double(count - 2) / 2)
        return score.map { $0 * scale }
    }

    /// The summed dependencies of every node on the shortest paths from `sources`: Brandes's
    /// two passes per source over the adjacency's flat arrays, read through buffer pointers
    /// (a sampled run at 100 MB visits billions of links). A node's path count and
    /// dependency sit side by side, so that a link to a node on a shortest path costs one
    /// cache line, not two; distances stay in their own array, which both passes scan for
    /// every link.
    private static func dependencies(_ adjacency: WeightedAdjacency, from sources: [Int]) -> [Double] {
        let count = adjacency.nodeCount
        // Work arrays owned here and freed on return, so that the two passes need no nesting
        // of buffer-pointer closures. `tally[i]` is node i's (paths, dependency).
        let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let tally = UnsafeMutableBufferPointer<SIMD2<Double>>.allocate(capacity: count)
        let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let score = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        defer {
            score.deallocate()
            distance.deallocate()
            tally.deallocate()
            order.deallocate()
        }
        distance.initialize(repeating: -1)
        tally.initialize(repeating: .zero)
        order.initialize(repeating: 0)
        score.initialize(repeating: 0)
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.neighbors.withUnsafeBufferPointer { neighbors in
                for source in sources {
                    var queued = 0
                    distance[source] = 0
                    tally[source].x = 1
                    order[queued] = Int32(source)
                    queued += 1
                    var head = 0
                    while head < queued {
                        let node = Int(order[head])
                        head += 1
                        let next = distance[node] + 1
                        let paths = tally[node].x
                        for position in offsets[node]..<offsets[node + 1] {
                            let other = Int(neighbors[position])
                            let seen = distance[other]
                            if seen < 0 {
                                distance[other] = next
                                order[queued] = Int32(other)
                                queued += 1
                            }
                            if seen < 0 || seen == next { tally[other].x += paths }
                        }
                    }
                    for index in stride(from: queued - 1, through: 0, by: -1) {
                        let node = Int(order[index])
                        let previous = distance[node] - 1
                        let (paths, dependency) = (tally[node].x, tally[node].y)
                        for position in offsets[node]..<offsets[node + 1] {
                            let other = Int(neighbors[position])
                            if distance[other] == previous {
                                tally[other].y += tally[other].x / paths * (1 + dependency)
                            }
                        }
                        if node != source { score[node] += dependency }
                    }
                    for index in 0..<queued {
                        let node = Int(order[index])
                        distance[node] = -1
                        tally[node] = .zero
                    }
                }
            }
        }
        return Array(score)
    }
}
