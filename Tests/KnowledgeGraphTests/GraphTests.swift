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

    @Test func entityByIdentifierFindsEveryEntityAndNoOther() {
        let ids = (0..<257).map { "person_n-\($0)" }
        let graph = Graph(entities: ids.reversed().map { Entity(id: $0, label: $0.uppercased(), type: .person) }, edges: [])
        #expect(ids.allSatisfy { graph.entity(id: $0)?.label == $0.uppercased() })
        for absent in ["", "a", "person_n-", "person_n-1000", "person_n-99x", "zzz"] {
            #expect(graph.entity(id: absent) == nil, "\(absent)")
        }
        #expect(Graph(entities: [], edges: []).entity(id: "a") == nil)
    }

    @Test func endsGiveTheEntityPositionsOfEachEdge() {
        let graph = Graph(
            entities: [Entity(id: "c", label: "C", type: .token), Entity(id: "a", label: "A", type: .person),
                       Entity(id: "b", label: "B", type: .token)],
            edges: [Edge(source: "b", target: "c", count: 1, documents: 1, npmi: 0, weight: 1, evidence: []),
                    Edge(source: "a", target: "c", count: 2, documents: 1, npmi: 0.5, weight: 2, evidence: [])])
        #expect(graph.ends == [Graph.Ends(source: 0, target: 2), Graph.Ends(source: 1, target: 2)])
        let rebuilt = Graph(sortedEntities: graph.entities, sortedEdges: Array(graph.edges), ends: graph.ends)
        #expect(rebuilt.ends == graph.ends && rebuilt.entity(id: "b")?.label == "B")
    }

    @Test func settingCommunitiesChangesOnlyTheCommunities() {
        let graph = Graph(
            entities: [Entity(id: "a", label: "A", type: .person), Entity(id: "b", label: "B", type: .token)],
            edges: [Edge(source: "a", target: "b", count: 2, documents: 1, npmi: 0.5, weight: 2, evidence: [])])
        let annotated = graph.settingCommunities([2, 1])
        #expect(annotated.entities.map(\.community) == [2, 1])
        #expect(annotated.entities.map(\.id) == graph.entities.map(\.id))
        #expect(annotated.edges == graph.edges && annotated.ends == graph.ends)
    }
}
