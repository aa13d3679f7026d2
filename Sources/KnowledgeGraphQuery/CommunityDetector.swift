import KnowledgeGraph

/// Finds communities, groups of closely linked entities, with the Louvain method
/// (Blondel et al., 2008) on link weights.
///
/// Nodes are visited in an order shuffled by a generator with a fixed seed, then only the
/// neighbours of nodes that moved are visited again, so the same graph always gives the
/// same communities and a large graph costs few visits beyond the first. Communities are
/// numbered from 1, largest first (ties: the one holding the lowest-numbered node first);
/// a node without links is a community of its own.
public struct CommunityDetector: Sendable {
    /// The seed of the visiting order.
    public var seed: UInt64
    /// A node moves only when that raises modularity by more than this.
    public var tolerance: Double

    public init(seed: UInt64 = 20_080_000, tolerance: Double = 1e-9) {
        self.seed = seed
        self.tolerance = tolerance
    }

    /// The communities found.
    public struct Result: Sendable, Equatable {
        /// The community of each node, numbered from 1.
        public var community: [Int]
        /// The number of communities.
        public var count: Int
        /// The modularity of the partition, in [-0.5, 1].
        public var modularity: Double
    }

    /// The community of every node of `adjacency`.
    public func detect(_ adjacency: WeightedAdjacency) -> Result {
        var generator = SeededGenerator(seed: seed)
        var level = Level(adjacency)
        // membership[node] = the node of the current level holding it.
        var membership = (0..<adjacency.nodeCount).map { Int32($0) }
        while true {
            let (assignment, moved) = level.moveNodes(tolerance: tolerance, using: &generator)
            let (compact, count) = Self.renumber(assignment)
            for node in membership.indices { membership[node] = compact[Int(membership[node])] }
            if !moved || count == level.nodeCount { break }
            level = level.aggregated(by: compact, count: count)
        }
        let (community, count) = Self.orderBySize(membership)
        return Result(community: community, count: count, modularity: Self.modularity(adjacency, community))
    }

    /// The modularity of `community` on `adjacency`.
    public static func modularity(_ adjacency: WeightedAdjacency, _ community: [Int]) -> Double {
        let total = adjacency.weights.reduce(0, +)
        guard total > 0, let smallest = community.min(), let largest = community.max() else { return 0 }
        // Sums by community number, offset so that the smallest is 0.
        let slots = largest - smallest + 1
        var inside = [Double](repeating: 0, count: slots)
        var degreeSum = [Double](repeating: 0, count: slots)
        var present = [Bool](repeating: false, count: slots)
        for node in 0..<adjacency.nodeCount {
            let own = community[node] - smallest
            var strength = 0.0
            for position in adjacency.links(of: node) {
                strength += adjacency.weights[position]
                if community[Int(adjacency.neighbors[position])] == community[node] {
                    inside[own] += adjacency.weights[position]
                }
            }
            degreeSum[own] += strength
            present[own] = true
        }
        var result = 0.0
        for slot in 0..<slots where present[slot] {
            let tot = degreeSum[slot]
            result += inside[slot] / total - (tot / total) * (tot / total)
        }
        return result
    }

    /// Numbers communities 0..<count in order of first appearance (`assignment` holds
    /// numbers below its count).
    private static func renumber(_ assignment: [Int32]) -> ([Int32], Int) {
        var map = [Int32](repeating: -1, count: assignment.count)
        var result = [Int32](repeating: 0, count: assignment.count)
        var count: Int32 = 0
        for (index, value) in assignment.enumerated() {
            if map[Int(value)] < 0 {
                map[Int(value)] = count
                count += 1
            }
            result[index] = map[Int(value)]
        }
        return (result, Int(count))
    }

    /// Numbers communities from 1, largest first, ties by lowest node (`membership` holds
    /// numbers below its count).
    private static func orderBySize(_ membership: [Int32]) -> ([Int], Int) {
        var size = [Int](repeating: 0, count: membership.count)
        var firstNode = [Int](repeating: -1, count: membership.count)
        for (node, community) in membership.enumerated() {
            size[Int(community)] += 1
            if firstNode[Int(community)] < 0 { firstNode[Int(community)] = node }
        }
        let order = membership.indices.filter { size[$0] > 0 }
            .sorted { (size[$0], firstNode[$1]) > (size[$1], firstNode[$0]) }
        var number = [Int](repeating: 0, count: membership.count)
        for (rank, community) in order.enumerated() { number[community] = rank + 1 }
        return (membership.map { number[Int($0)] }, order.count)
    }

    /// One level of the method: a weighted graph whose nodes are the previous level's communities.
    private struct Level {
        var nodeCount: Int
        var offsets: [Int]
        var neighbors: [Int32]
        var weights: LinkWeights
        /// Twice the weight of each node's self-loop (the links inside it).
        var selfLoops: [Double]

        init(_ adjacency: WeightedAdjacency) {
            nodeCount = adjacency.nodeCount
            offsets = adjacency.offsets
            neighbors = adjacency.neighbors
            weights = adjacency.weights
            selfLoops = [Double](repeating: 0, count: adjacency.nodeCount)
        }

        init(nodeCount: Int, offsets: [Int], neighbors: [Int32], weights: LinkWeights, selfLoops: [Double]) {
            self.nodeCount = nodeCount
            self.offsets = offsets
            self.neighbors = neighbors
            self.weights = weights
            self.selfLoops = selfLoops
        }

        /// Moves nodes between communities while modularity grows; returns each node's
        /// community and whether any node moved.
        ///
        /// Every node is visited once in shuffled order; after that only the neighbours of
        /// a node that moved are visited again (a queue, each node in it at most once), as
        /// only their best community can have changed. A move needs a gain above
        /// `tolerance` (relative to the total weight), so the loop ends.
        func moveNodes(tolerance: Double, using generator: inout SeededGenerator) -> ([Int32], Bool) {
            var strength = [Double](repeating: 0, count: nodeCount)
            for node in 0..<nodeCount {
                var sum = selfLoops[node]
                for position in offsets[node]..<offsets[node + 1] { sum += weights[position] }
                strength[node] = sum
            }
            let total = strength.reduce(0, +)
            var community = (0..<nodeCount).map { Int32($0) }
            guard total > 0 else { return (community, false) }
            let threshold = tolerance * total / 2
            var communityStrength = strength
            var order = (0..<nodeCount).map { Int32($0) }
            order.shuffle(using: &generator)
            // A ring of the nodes to visit: all of them first, then those requeued.
            var queue = order
            var queued = [Bool](repeating: true, count: nodeCount)
            var head = 0
            var waiting = nodeCount
            var linkWeight = [Double](repeating: 0, count: nodeCount)
            var touched: [Int32] = []
            var movedAny = false
            while waiting > 0 {
                let node = Int(queue[head])
                head = head + 1 == nodeCount ? 0 : head + 1
                waiting -= 1
                queued[node] = false
                let own = community[node]
                touched.removeAll(keepingCapacity: true)
                for position in offsets[node]..<offsets[node + 1] {
                    let other = community[Int(neighbors[position])]
                    if linkWeight[Int(other)] == 0 { touched.append(other) }
                    linkWeight[Int(other)] += weights[position]
                }
                communityStrength[Int(own)] -= strength[node]
                let ratio = strength[node] / total
                var best = own
                let ownGain = linkWeight[Int(own)] - communityStrength[Int(own)] * ratio
                var bestGain = ownGain
                for candidate in touched where candidate != own {
                    let candidateGain = linkWeight[Int(candidate)] - communityStrength[Int(candidate)] * ratio
                    if candidateGain > bestGain || (candidateGain == bestGain && candidate < best) {
                        best = candidate
                        bestGain = candidateGain
                    }
                }
                if bestGain - ownGain <= max(1e-12, threshold) { best = own }
                communityStrength[Int(best)] += strength[node]
                for other in touched { linkWeight[Int(other)] = 0 }
                linkWeight[Int(own)] = 0
                guard best != own else { continue }
                community[node] = best
                movedAny = true
                // Neighbours outside the new community may now prefer it (or leave the old one).
                for position in offsets[node]..<offsets[node + 1] {
                    let neighbor = Int(neighbors[position])
                    if !queued[neighbor] && community[neighbor] != best {
                        queued[neighbor] = true
                        queue[(head + waiting) % nodeCount] = Int32(neighbor)
                        waiting += 1
                    }
                }
            }
            return (community, movedAny)
        }

        /// The graph of communities: one node per community, links summed, links inside
        /// a community becoming its self-loop. Each community's links are summed in node
        /// order and listed by neighbour.
        func aggregated(by community: [Int32], count: Int) -> Level {
            // The nodes of each community, in node order (a counting sort).
            var start = [Int](repeating: 0, count: count + 1)
            for node in 0..<nodeCount { start[Int(community[node]) + 1] += 1 }
            for index in 0..<count { start[index + 1] += start[index] }
            var members = [Int32](repeating: 0, count: nodeCount)
            var fill = start
            for node in 0..<nodeCount {
                members[fill[Int(community[node])]] = Int32(node)
                fill[Int(community[node])] += 1
            }
            var selfLoops = [Double](repeating: 0, count: count)
            var levelOffsets = [0]
            levelOffsets.reserveCapacity(count + 1)
            var levelNeighbors: [Int32] = []
            var levelWeights: [Double] = []
            var linkWeight = [Double](repeating: 0, count: count)
            var touched: [Int32] = []
            for from in 0..<count {
                touched.removeAll(keepingCapacity: true)
                for member in members[start[from]..<start[from + 1]] {
                    let node = Int(member)
                    selfLoops[from] += self.selfLoops[node]
                    for position in offsets[node]..<offsets[node + 1] {
                        let to = Int(community[Int(neighbors[position])])
                        if to == from {
                            selfLoops[from] += weights[position]
                        } else {
                            if linkWeight[to] == 0 { touched.append(Int32(to)) }
                            linkWeight[to] += weights[position]
                        }
                    }
                }
                touched.sort()
                for to in touched {
                    levelNeighbors.append(to)
                    levelWeights.append(linkWeight[Int(to)])
                    linkWeight[Int(to)] = 0
                }
                levelOffsets.append(levelNeighbors.count)
            }
            return Level(nodeCount: count, offsets: levelOffsets, neighbors: levelNeighbors, weights: LinkWeights(doubles: levelWeights),
                         selfLoops: selfLoops)
        }
    }
}
