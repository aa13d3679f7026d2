import KnowledgeGraph
import Testing
import KnowledgeGraphQuery

struct CentralityTests {
    /// A star: node 0 linked to nodes 1...5.
    private let star = WeightedAdjacency(nodeCount: 6, edges: (1...5).map { (0, Int32($0), 1.0) })

    @Test func betweennessOfAStar() {
        let score = Centrality.betweenness(star)
        #expect(abs(score[0] - 1) < 1e-12)
        #expect(score[1...].allSatisfy { $0 == 0 })
    }

    @Test func betweennessOfAPath() {
        // 0 - 1 - 2 - 3: node 1 lies on the paths 0-2 and 0-3 of the 3 pairs without it.
        let path = WeightedAdjacency(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1)])
        let score = Centrality.betweenness(path)
        #expect(abs(score[1] - 2.0 / 3.0) < 1e-12)
        #expect(abs(score[2] - 2.0 / 3.0) < 1e-12)
        #expect(score[0] == 0 && score[3] == 0)
    }

    @Test func sampledBetweennessStillFindsTheCentre() {
        let big = WeightedAdjacency(nodeCount: 401, edges: (1...400).map { (0, Int32($0), 1.0) })
        let score = Centrality.betweenness(big, pivots: 32)
        #expect(score.firstIndex(of: score.max()!) == 0)
        #expect(Centrality.betweenness(big, pivots: 32) == score)
        #expect(Centrality.betweenness(big, pivots: 32, threads: 1) == score)
    }

    @Test func largeGraphsSampleBetweennessFromFewerSources() {
        let writer = GraphStoreWriter()
        // The seed keeps all 128 sources, the 10 MB benchmark corpus 67, the 100 MB one 16.
        #expect(writer.pivots(nodes: 47, links: 245) == 128)
        #expect(writer.pivots(nodes: 34_180, links: 437_382) == 67)
        #expect(writer.pivots(nodes: 192_891, links: 3_883_766) == 16)
        var exact = GraphStoreWriter()
        exact.betweennessPivots = 8
        #expect(exact.pivots(nodes: 10_000_000, links: 90_000_000) == 8)
    }

    @Test func adjacencyListsEachNodesNeighboursInOrderWithTheirWeights() {
        // Edges 2-3, 0-3, 0-1: node 0's entries are sorted by neighbour: 1 (weight 3), 3 (weight 2).
        let adjacency = WeightedAdjacency(nodeCount: 4, edges: [(2, 3, 1), (0, 3, 2), (0, 1, 3)])
        #expect(Array(adjacency.neighbors[adjacency.links(of: 0)]) == [1, 3])
        #expect(Array(adjacency.weights[adjacency.links(of: 0)]) == [3, 2])
        #expect(Array(adjacency.weights[adjacency.links(of: 3)]) == [2, 1])
    }

    @Test func adjacencyOfAGraphHasTheListsAndWeightsOfItsEdges() {
        let entities = ["a", "b", "c", "d"].map { Entity(id: $0, label: $0.uppercased(), type: .person) }
        let edges = [Edge(source: "c", target: "d", count: 1, documents: 1, npmi: 0.5, weight: 1, evidence: []),
                     Edge(source: "a", target: "d", count: 2, documents: 1, npmi: 0.5, weight: 2, evidence: []),
                     Edge(source: "a", target: "b", count: 3, documents: 2, npmi: 0.5, weight: 0.25, evidence: [])]
        let fromGraph = WeightedAdjacency(Graph(entities: entities, edges: edges))
        let fromList = WeightedAdjacency(nodeCount: 4, edges: [(2, 3, 1), (0, 3, 2), (0, 1, 0.25)])
        #expect(fromGraph.offsets == fromList.offsets && fromGraph.neighbors == fromList.neighbors
                && fromGraph.weights == fromList.weights)
        #expect(Array(fromGraph.weights[fromGraph.links(of: 0)]) == [0.25, 2])
        let lean = fromGraph.linksOnly()
        #expect(lean.weights.isEmpty && lean.neighbors == fromGraph.neighbors && lean.offsets == fromGraph.offsets)
    }

    @Test func pageRankSumsToOneAndRanksTheHubFirst() {
        let rank = Centrality.pageRank(star)
        #expect(abs(rank.reduce(0, +) - 1) < 1e-9)
        #expect(rank[0] > rank[1])
        #expect(abs(rank[1] - rank[5]) < 1e-12)
    }
}
