import KnowledgeGraph
import KnowledgeGraphQuery
import Testing

struct LinkWeightsTests {
    @Test func smallCountsAreHeldInOneByteAndReadBackExactly() {
        // One weight in 64 may be kept apart: here 300 and -0.0 among 128.
        var counts = (0..<126).map { Double($0 % 255) }
        counts += [300, -0.0]
        let weights = LinkWeights(counts)
        #expect(weights.bytesPerWeight == 1)
        #expect(Array(weights) == counts)
        #expect(weights[127].sign == .minus)
    }

    @Test func countsWithManyLargeOnesAreHeldInFourBytesAndReadBackExactly() {
        let counts: [Double] = [1, 2, 16_777_216, 0, -0.0, 0.5]
        let weights = LinkWeights(counts)
        #expect(weights.bytesPerWeight == 4)
        #expect(Array(weights) == counts)
        #expect(weights[4].sign == .minus)
    }

    @Test func aWeightNoFloatHoldsKeepsEveryWeightInEightBytes() {
        for odd in [0.333_333, 16_777_217, Double.nan] {
            let weights = LinkWeights([1, 2, odd])
            #expect(weights.bytesPerWeight == 8)
            #expect(weights[0] == 1 && weights[1] == 2)
            #expect(weights[2] == odd || (odd.isNaN && weights[2].isNaN))
        }
    }

    @Test func anAdjacencyHoldsCountWeightsInOneByteAndNPMIWeightsInMore() {
        let counted = WeightedAdjacency(nodeCount: 3, edges: [(0, 1, 3), (1, 2, 1)])
        #expect(counted.weights.bytesPerWeight == 1)
        #expect(Array(counted.weights) == [3, 3, 1, 1])
        let npmi = WeightedAdjacency(nodeCount: 3, edges: [(0, 1, 0.731_058), (1, 2, 1)])
        #expect(npmi.weights.bytesPerWeight == 8)
        #expect(Array(npmi.weights) == [0.731_058, 0.731_058, 1, 1])
    }

    /// Counts of 255 and more, a few among many, keep their place when a node's list is
    /// sorted by neighbour.
    @Test func largeCountsFollowTheirLinksWhenListsAreSorted() {
        // 200 links, 2 of them with large counts; node 0's links are given out of order.
        var edges: [(Int32, Int32, Double)] = [(0, 5, 1_000), (0, 2, 7), (0, 9, 255)]
        for node in Int32(10)..<Int32(207) { edges.append((1, node, Double(node % 50))) }
        let adjacency = WeightedAdjacency(nodeCount: 207, edges: edges)
        #expect(adjacency.weights.bytesPerWeight == 1)
        let zero = adjacency.links(of: 0)
        #expect(zero.map { adjacency.neighbors[$0] } == [2, 5, 9])
        #expect(zero.map { adjacency.weights[$0] } == [7, 1_000, 255])
        #expect(adjacency.links(of: 5).map { adjacency.weights[$0] } == [1_000])
    }
}
