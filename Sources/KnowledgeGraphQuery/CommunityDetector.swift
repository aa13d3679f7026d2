/// Finds communities, groups of closely linked entities, with the Louvain method
/// (Blondel et al., 2008) on link weights.
///
/// Nodes are visited in an order shuffled by a generator with a fixed seed, so the same
/// graph always gives the same communities. Communities are numbered from 1, largest
/// first (ties: the one holding the lowest-numbered node first); a node without links is
/// a community of its own.
public struct CommunityDetector: Sendable {
    /// The seed of the visiting order.
    public var seed: UInt64
    /// A pass that raises modularity by less than this ends a level.
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
        var membership = Array(0..<adjacency.nodeCount)
        while true {
            let (assignment, moved) = level.moveNodes(tolerance: tolerance, using: &generator)
            let (compact, count) = Self.renumber(assignment)
            for node in membership.indices { membership[node] = compact[membership[node]] }
            if !moved || count == level.nodeCount { break }
            level = level.aggregated(by: compact, count: count)
        }
        let (community, count) = Self.orderBySize(membership)
        return Result(community: community, count: count, modularity: Self.modularity(adjacency, community))
    }

    /// The modularity of `community` on `adjacency`.
    public static func modularity(_ adjacency: WeightedAdjacency, _ community: [Int]) -> Double {
        let total = adjacency.weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var inside: [Int: Double] = [:]
        var degreeSum: [Int: Double] = [:]
        for node in 0..<adjacency.nodeCount {
            var strength = 0.0
            for position in adjacency.links(of: node) {
                strength += adjacency.weights[position]
                if community[Int(adjacency.neighbors[position])] == community[node] {
                    inside[community[node], default: 0] += adjacency.weights[position]
                }
            }
            degreeSum[community[node], default: 0] += strength
        }
        var result = 0.0
        for key in degreeSum.keys.sorted() {
            let tot = degreeSum[key]!
            result += (inside[key] ?? 0) / total - (tot / total) * (tot / total)
        }
        return result
    }

    /// Numbers communities 0..<count in order of first appearance.
    private static func renumber(_ assignment: [Int]) -> ([Int], Int) {
        var map: [Int: Int] = [:]
        var result = [Int](repeating: 0, count: assignment.count)
        for (index, value) in assignment.enumerated() {
            if let known = map[value] {
                result[index] = known
            } else {
                map[value] = map.count
                result[index] = map.count - 1
            }
        }
        return (result, map.count)
    }

    /// Numbers communities from 1, largest first, ties by lowest node.
    private static func orderBySize(_ membership: [Int]) -> ([Int], Int) {
        var size: [Int: Int] = [:]
        var firstNode: [Int: Int] = [:]
        for (node, community) in membership.enumerated() {
            size[community, default: 0] += 1
            if firstNode[community] == nil { firstNode[community] = node }
        }
        let order = size.keys.sorted { (size[$0]!, firstNode[$1]!) > (size[$1]!, firstNode[$0]!) }
        var number: [Int: Int] = [:]
        for (rank, community) in order.enumerated() { number[community] = rank + 1 }
        return (membership.map { number[$0]! }, order.count)
    }

    /// One level of the method: a weighted graph whose nodes are the previous level's communities.
    private struct Level {
        var nodeCount: Int
        var offsets: [Int]
        var neighbors: [Int]
        var weights: [Double]
        /// Twice the weight of each node's self-loop (the links inside it).
        var selfLoops: [Double]

        init(_ adjacency: WeightedAdjacency) {
            nodeCount = adjacency.nodeCount
            offsets = adjacency.offsets
            neighbors = adjacency.neighbors.map(Int.init)
            weights = adjacency.weights
            selfLoops = [Double](repeating: 0, count: adjacency.nodeCount)
        }

        init(nodeCount: Int, offsets: [Int], neighbors: [Int], weights: [Double], selfLoops: [Double]) {
            self.nodeCount = nodeCount
            self.offsets = offsets
            self.neighbors = neighbors
            self.weights = weights
            self.selfLoops = selfLoops
        }

        /// Moves nodes between communities while modularity grows; returns each node's
        /// community and whether any node moved.
        func moveNodes(tolerance: Double, using generator: inout SeededGenerator) -> ([Int], Bool) {
            var strength = [Double](repeating: 0, count: nodeCount)
            for node in 0..<nodeCount {
                var sum = selfLoops[node]
                for position in offsets[node]..<offsets[node + 1] { sum += weights[position] }
                strength[node] = sum
            }
            let total = strength.reduce(0, +)
            var community = Array(0..<nodeCount)
            guard total > 0 else { return (community, false) }
            var communityStrength = strength
            var order = Array(0..<nodeCount)
            order.shuffle(using: &generator)
            var linkWeight = [Double](repeating: 0, count: nodeCount)
            var touched: [Int] = []
            var movedAny = false
            while true {
                var moves = 0
                var gain = 0.0
                for node in order {
                    let own = community[node]
                    touched.removeAll(keepingCapacity: true)
                    for position in offsets[node]..<offsets[node + 1] {
                        let other = community[neighbors[position]]
                        if linkWeight[other] == 0 { touched.append(other) }
                        linkWeight[other] += weights[position]
                    }
                    communityStrength[own] -= strength[node]
                    let ratio = strength[node] / total
                    var best = own
                    var bestGain = linkWeight[own] - communityStrength[own] * ratio
                    let ownGain = bestGain
                    for candidate in touched where candidate != own {
                        let candidateGain = linkWeight[candidate] - communityStrength[candidate] * ratio
                        if candidateGain > bestGain || (candidateGain == bestGain && candidate < best) {
                            best = candidate
                            bestGain = candidateGain
                        }
                    }
                    if bestGain <= ownGain + 1e-12 { best = own; bestGain = ownGain }
                    communityStrength[best] += strength[node]
                    if best != own {
                        community[node] = best
                        moves += 1
                        gain += bestGain - ownGain
                    }
                    for other in touched { linkWeight[other] = 0 }
                    linkWeight[own] = 0
                }
                if moves > 0 { movedAny = true }
                if moves == 0 || gain * 2 / total < tolerance { break }
            }
            return (community, movedAny)
        }

        /// The graph of communities: one node per community, links summed, links inside
        /// a community becoming its self-loop.
        func aggregated(by community: [Int], count: Int) -> Level {
            var selfLoops = [Double](repeating: 0, count: count)
            var rows = [[Int: Double]](repeating: [:], count: count)
            for node in 0..<nodeCount {
                let from = community[node]
                selfLoops[from] += self.selfLoops[node]
                for position in offsets[node]..<offsets[node + 1] {
                    let to = community[neighbors[position]]
                    if to == from {
                        selfLoops[from] += weights[position]
                    } else {
                        rows[from][to, default: 0] += weights[position]
                    }
                }
            }
            var offsets = [0]
            var neighbors: [Int] = []
            var weights: [Double] = []
            for row in rows {
                for key in row.keys.sorted() {
                    neighbors.append(key)
                    weights.append(row[key]!)
                }
                offsets.append(neighbors.count)
            }
            return Level(nodeCount: count, offsets: offsets, neighbors: neighbors, weights: weights, selfLoops: selfLoops)
        }
    }
}
