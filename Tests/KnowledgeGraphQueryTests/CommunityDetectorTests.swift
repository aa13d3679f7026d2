import Testing
import KnowledgeGraphQuery

struct CommunityDetectorTests {
    /// Two 5-cliques joined by one weak link, and a node with no link.
    private func twoCliques() -> WeightedAdjacency {
        var edges: [(Int32, Int32, Double)] = []
        for base in [0, 5] {
            for a in 0..<5 {
                for b in (a + 1)..<5 { edges.append((Int32(base + a), Int32(base + b), 3)) }
            }
        }
        edges.append((4, 5, 1))
        return WeightedAdjacency(nodeCount: 11, edges: edges)
    }

    @Test func findsTheTwoCliques() {
        let result = CommunityDetector().detect(twoCliques())
        #expect(result.count == 3)
        #expect(Set(result.community[0..<5]).count == 1)
        #expect(Set(result.community[5..<10]).count == 1)
        #expect(result.community[0] != result.community[5])
        // The node without links is alone, numbered last (the smallest community).
        #expect(result.community[10] == 3)
        #expect(result.modularity > 0.4)
    }

    @Test func theSameSeedGivesTheSameAnswer() {
        let adjacency = twoCliques()
        #expect(CommunityDetector(seed: 7).detect(adjacency) == CommunityDetector(seed: 7).detect(adjacency))
    }

    @Test func modularityOfOneCommunityIsZero() {
        let adjacency = twoCliques()
        #expect(abs(CommunityDetector.modularity(adjacency, [Int](repeating: 1, count: 11))) < 1e-12)
    }
}
