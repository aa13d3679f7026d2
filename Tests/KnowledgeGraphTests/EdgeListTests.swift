import KnowledgeGraph
import Testing

struct EdgeListTests {
    private static let entities = [
        Entity(id: "a", label: "A", type: .person), Entity(id: "b", label: "B", type: .organization),
        Entity(id: "c", label: "C", type: .token),
    ]

    private static let edges = [
        Edge(source: "a", target: "b", count: 3, documents: 2, npmi: 0.25, weight: 3,
             evidence: [Evidence(document: "d1", range: ByteRange(start: 0, end: 9)),
                        Evidence(document: "d2", range: ByteRange(start: 4, end: 20))]),
        Edge(source: "a", target: "c", count: 1, documents: 1, npmi: -0.5, weight: 1, evidence: []),
        Edge(source: "b", target: "c", count: 7, documents: 5, npmi: 1, weight: 0.75,
             evidence: [Evidence(document: "d2", range: ByteRange(start: 30, end: 41))]),
    ]

    @Test func givesBackTheEdgesItWasMadeOf() {
        let graph = Graph(entities: Self.entities, edges: Self.edges)
        #expect(Array(graph.edges) == Self.edges)
        #expect(graph.edges.count == 3 && graph.edges[2] == Self.edges[2])
    }

    @Test func accessorsReadTheSameValuesAsTheEdges() {
        let edges = Graph(entities: Self.entities, edges: Self.edges).edges
        for (index, edge) in Self.edges.enumerated() {
            #expect(edges.sourceID(at: index) == edge.source && edges.targetID(at: index) == edge.target)
            #expect(edges.windowCount(at: index) == edge.count && edges.documentCount(at: index) == edge.documents)
            #expect(edges.npmi(at: index) == edge.npmi && edges.weight(at: index) == edge.weight)
            let windows = edges.evidenceWindows(at: index)
            #expect(windows.map { edges.documentIDs[Int($0.document)] } == edge.evidence.map(\.document))
            #expect(windows.map { Int($0.start) } == edge.evidence.map(\.range.start))
        }
        #expect(edges.allWeights == [3, 1, 0.75])
    }

    @Test func documentsAreNumberedOnceAndRenamedTogether() {
        let edges = Graph(entities: Self.entities, edges: Self.edges).edges
        #expect(edges.documentIDs == ["d1", "d2"])
        let renamed = edges.mappingDocumentIDs { "doc-" + $0 }
        #expect(renamed[0].evidence.map(\.document) == ["doc-d1", "doc-d2"])
        #expect(renamed[2].evidence.map(\.document) == ["doc-d2"])
        #expect(renamed[1].evidence.isEmpty && renamed.ends == edges.ends)
    }

    /// A list that derives each link's NPMI from its count and its ends' window counts reads
    /// the same values as one that holds them, when built in two parts and joined too.
    @Test func derivedNPMIReadsAsHeldNPMI() {
        let derivation = NPMIDerivation(windowsOfEntity: [10, 4, 30], totalWindows: 50)
        let links: [(Graph.Ends, Int)] = [(Graph.Ends(source: 0, target: 1), 3), (Graph.Ends(source: 0, target: 2), 10),
                                          (Graph.Ends(source: 1, target: 2), 1)]
        func npmi(_ link: (Graph.Ends, Int)) -> Double { derivation.npmi(count: link.1, ends: link.0) }
        var held = EdgeList.Builder()
        for link in links {
            held.append(ends: link.0, count: link.1, documents: 1, npmi: npmi(link), weight: EdgeList.npmiWeight(npmi(link)),
                        windowNumbers: [])
        }
        var first = EdgeList.Builder(ends: links.map(\.0), npmiDerivation: derivation)
        var second = EdgeList.Builder(npmiDerivation: derivation)
        for (index, link) in links.enumerated() {
            if index < 2 {
                first.append(count: link.1, documents: 1, npmi: npmi(link), weight: EdgeList.npmiWeight(npmi(link)), windowNumbers: [])
            } else {
                second.append(count: link.1, documents: 1, npmi: npmi(link), weight: EdgeList.npmiWeight(npmi(link)), windowNumbers: [])
            }
        }
        first.append(contentsOf: second)
        let ids = ["x", "y", "z"]
        let derived = first.finish(entityIDs: ids, documentIDs: [])
        let expected = held.finish(entityIDs: ids, documentIDs: [])
        #expect(derived == expected)
        #expect(derived.indices.map(derived.npmi(at:)) == links.map(npmi))
        #expect(derived.npmi(at: 1) == NPMIDerivation.npmi(pair: 10, first: 10, second: 30, total: 50))
        #expect(derived.allWeights == links.map { EdgeList.npmiWeight(npmi($0)) })
    }

    @Test func builderKeepsTheOrderItIsGiven() {
        var builder = EdgeList.Builder()
        builder.append(ends: Graph.Ends(source: 0, target: 1), count: 2, documents: 1, npmi: 0.5, weight: 2,
                       evidence: [EdgeList.EvidenceWindow(document: 1, start: 5, end: 8),
                                  EdgeList.EvidenceWindow(document: 0, start: 1, end: 2)])
        let edges = builder.finish(entityIDs: ["x", "y"], documentIDs: ["first", "second"])
        #expect(edges.count == 1)
        #expect(edges[0] == Edge(source: "x", target: "y", count: 2, documents: 1, npmi: 0.5, weight: 2,
                                 evidence: [Evidence(document: "second", range: ByteRange(start: 5, end: 8)),
                                            Evidence(document: "first", range: ByteRange(start: 1, end: 2))]))
    }

    @Test func measuresComeBackExactlyWhateverTheyAre() {
        // NPMI in whole millionths (as a build rounds it), finer, and negative zero; weights
        // that are the count, the NPMI weight, and neither, in every order.
        let measures: [(npmi: Double, weight: Double, count: Int)] = [
            (0.25, 2, 2), (-0.0, 1, 1), (0.1234567, EdgeList.npmiWeight(0.1234567), 4), (-1, 0.000001, 3),
            (0.5, 0.3, 9), (0.000001, 5, 5),
        ]
        for first in measures.indices {
            let order = Array(measures[first...] + measures[..<first])
            var builder = EdgeList.Builder()
            for (index, measure) in order.enumerated() {
                builder.append(ends: Graph.Ends(source: 0, target: Int32(index + 1)), count: measure.count, documents: 1,
                               npmi: measure.npmi, weight: measure.weight, evidence: [])
            }
            let edges = builder.finish(entityIDs: (0...order.count).map { "e\($0)" }, documentIDs: [])
            for (index, measure) in order.enumerated() {
                #expect(edges.npmi(at: index).bitPattern == measure.npmi.bitPattern)
                #expect(edges.weight(at: index).bitPattern == measure.weight.bitPattern)
            }
            #expect(edges.maximumWeight == 5)
        }
    }

    @Test func windowsGivenByNumberShareOneTableAndJoinAcrossTables() {
        let table = [EdgeList.EvidenceWindow(document: 0, start: 0, end: 10), EdgeList.EvidenceWindow(document: 1, start: 5, end: 9)]
        var first = EdgeList.Builder(windowTable: table)
        first.append(ends: Graph.Ends(source: 0, target: 1), count: 2, documents: 2, npmi: 0.5, weight: 2, windowNumbers: [1, 0])
        var second = EdgeList.Builder(windowTable: table)
        second.append(ends: Graph.Ends(source: 0, target: 2), count: 1, documents: 1, npmi: 0.5, weight: 1, windowNumbers: [0])
        var other = EdgeList.Builder()
        other.append(ends: Graph.Ends(source: 1, target: 2), count: 1, documents: 1, npmi: 0.5, weight: 1,
                     evidence: [EdgeList.EvidenceWindow(document: 1, start: 5, end: 9), EdgeList.EvidenceWindow(document: 0, start: 3, end: 4)])
        first.append(contentsOf: second)
        first.append(contentsOf: other)
        let edges = first.finish(entityIDs: ["a", "b", "c"], documentIDs: ["d0", "d1"])
        #expect(Array(edges.evidenceWindows(at: 0)) == [table[1], table[0]])
        #expect(Array(edges.evidenceWindows(at: 1)) == [table[0]])
        #expect(Array(edges.evidenceWindows(at: 2)) == [table[1], EdgeList.EvidenceWindow(document: 0, start: 3, end: 4)])
        #expect(edges[2].evidence == [Evidence(document: "d1", range: ByteRange(start: 5, end: 9)),
                                      Evidence(document: "d0", range: ByteRange(start: 3, end: 4))])
    }

    @Test func endsGivenUpFrontServeTheLinksOfEveryJoinedPart() {
        // The graph builder's way: the ends column is made first, whole; two parts append
        // their links' measures, and the second part is joined to the first.
        let ends = [Graph.Ends(source: 0, target: 1), Graph.Ends(source: 0, target: 2), Graph.Ends(source: 1, target: 2)]
        let table = [EdgeList.EvidenceWindow(document: 0, start: 0, end: 10)]
        var first = EdgeList.Builder(ends: ends, windows: 2, windowTable: table)
        first.append(count: 3, documents: 1, npmi: 0.25, weight: 3, windowNumbers: [0])
        var second = EdgeList.Builder(windowTable: table)
        second.append(count: 1, documents: 1, npmi: -0.5, weight: 1, windowNumbers: [])
        second.append(count: 2, documents: 2, npmi: 0.5, weight: 2, windowNumbers: [0])
        first.append(contentsOf: second)
        let edges = first.finish(entityIDs: ["a", "b", "c"], documentIDs: ["d0"])
        #expect(edges.ends == ends)
        #expect(edges.map(\.source) == ["a", "a", "b"] && edges.map(\.target) == ["b", "c", "c"])
        #expect(edges.map(\.count) == [3, 1, 2] && edges.map(\.npmi) == [0.25, -0.5, 0.5])
        #expect(edges.map { $0.evidence.count } == [1, 0, 1])
    }
}
