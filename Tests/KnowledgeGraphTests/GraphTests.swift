import KnowledgeGraph
import Testing

struct GraphTests {
    @Test func sortsEntitiesAndEdgesForStableOutput() {
        let graph = Graph(
            entities: [Entity(id: "b", label: "B", type: .token), Entity(id: "a", label: "A", type: .person),
                       Entity(id: "c", label: "C", type: .token)],
            edges: [Edge(source: "b", target: "c", count: 1, documents: 1, npmi: 0, weight: 1, evidence: []),
                    Edge(source: "a", target: "b", count: 2, documents: 1, npmi: 0.5, weight: 2, evidence: [])])
        #expect(graph.entities.map(\.id) == ["a", "b", "c"])
        #expect(graph.edges.map(\.source) == ["a", "b"])
        #expect(graph.entity(id: "c")?.label == "C")
        #expect(graph.countsByType[.token] == 2)
    }
}
