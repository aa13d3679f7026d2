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

    /// Ten 6-cliques in a ring, each joined to the next by one weak link: each clique is a
    /// community, whatever order the nodes are visited in.
    @Test(arguments: [1, 7, 20_080_000] as [UInt64])
    func findsEachCliqueOfARing(seed: UInt64) {
        var edges: [(Int32, Int32, Double)] = []
        for clique in 0..<10 {
            let base = clique * 6
            for a in 0..<6 {
                for b in (a + 1)..<6 { edges.append((Int32(base + a), Int32(base + b), 3)) }
            }
            edges.append((Int32(base + 5), Int32((base + 6) % 60), 1))
        }
        let result = CommunityDetector(seed: seed).detect(WeightedAdjacency(nodeCount: 60, edges: edges))
        #expect(result.count == 10)
        for clique in 0..<10 {
            #expect(Set(result.community[(clique * 6)..<(clique * 6 + 6)]).count == 1, "clique \(clique) split")
        }
        #expect(Set(result.community).count == 10)
        #expect(result.modularity > 0.8)
    }

    @Test func theSameSeedGivesTheSameAnswer() {
        let adjacency = twoCliques()
        #expect(CommunityDetector(seed: 7).detect(adjacency) == CommunityDetector(seed: 7).detect(adjacency))
    }

    @Test func modularityOfOneCommunityIsZero() {
        let adjacency = twoCliques()
        #expect(abs(CommunityDetector.modularity(adjacency, [Int](repeating: 1, count: 11))) < 1e-12)
    }

    @Test func modularityDoesNotDependOnHowCommunitiesAreNumbered() {
        let adjacency = twoCliques()
        let split = [Int](repeating: 1, count: 5) + [Int](repeating: 2, count: 5) + [3]
        let renumbered = split.map { $0 == 1 ? -7 : ($0 == 2 ? 40 : 0) }
        #expect(abs(CommunityDetector.modularity(adjacency, split) - CommunityDetector.modularity(adjacency, renumbered)) < 1e-12)
        #expect(CommunityDetector.modularity(adjacency, split) > 0.4)
    }
}
