import KnowledgeGraph
import KnowledgeGraphExport
import Testing

/// Each node's lower neighbours, gathered a block at a time, are those a full list would give.
struct LowerNeighboursTests {
    /// Links sorted by source, then target, among 40 nodes: every pair whose difference is
    /// 1, 3 or 7 apart, and node 39 linked to every other.
    static let ends: [Graph.Ends] = {
        var ends: [Graph.Ends] = []
        for source in 0..<40 {
            for target in (source + 1)..<40 where [1, 3, 7].contains(target - source) || target == 39 {
                ends.append(Graph.Ends(source: Int32(source), target: Int32(target)))
            }
        }
        return ends
    }()

    static func expected(_ node: Int) -> [Int32] {
        ends.filter { Int($0.target) == node }.map(\.source)
    }

    @Test(arguments: [1, 5, 38, 1_000])
    func everyNodesLowerNeighboursInAscendingOrder(budget: Int) {
        var lower = LowerNeighbours(ends: Self.ends, nodeCount: 40, budget: budget)
        for node in 0..<40 {
            #expect(Array(lower.of(node)) == Self.expected(node), "node \(node), budget \(budget)")
        }
        // Asking again from an earlier node starts the blocks again.
        #expect(Array(lower.of(10)) == Self.expected(10))
    }
}
