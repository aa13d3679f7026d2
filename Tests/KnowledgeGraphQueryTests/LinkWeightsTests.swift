import KnowledgeGraph
import KnowledgeGraphQuery
import Testing

struct LinkWeightsTests {
    @Test func countsAreHeldInFourBytesAndReadBackExactly() {
        let counts: [Double] = [1, 2, 16_777_216, 0, -0.0, 0.5]
        let weights = LinkWeights(counts)
        #expect(weights.isSinglePrecision)
        #expect(Array(weights) == counts)
        #expect(weights[4].sign == .minus)
    }

    @Test func aWeightNoFloatHoldsKeepsEveryWeightInEightBytes() {
        for odd in [0.333_333, 16_777_217, Double.nan] {
            let weights = LinkWeights([1, 2, odd])
            #expect(!weights.isSinglePrecision)
            #expect(weights[0] == 1 && weights[1] == 2)
            #expect(weights[2] == odd || (odd.isNaN && weights[2].isNaN))
        }
    }

    @Test func anAdjacencyHoldsCountWeightsInFourBytesAndNPMIWeightsInEight() {
        let counted = WeightedAdjacency(nodeCount: 3, edges: [(0, 1, 3), (1, 2, 1)])
        #expect(counted.weights.isSinglePrecision)
        #expect(Array(counted.weights) == [3, 3, 1, 1])
        let npmi = WeightedAdjacency(nodeCount: 3, edges: [(0, 1, 0.731_058), (1, 2, 1)])
        #expect(!npmi.weights.isSinglePrecision)
        #expect(Array(npmi.weights) == [0.731_058, 0.731_058, 1, 1])
    }
}
