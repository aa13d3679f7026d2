import Foundation
import KnowledgeGraph
import KnowledgeGraphQuery
import Testing

/// Questions asked of the seed document's graph, checked against the graph and the text.
struct GraphStoreTests {
    @Test func heYiIsLinkedToBinanceFirstAmongOrganisations() throws {
        let seed = try SeedStore.get()
        let heYi = try seed.store.entity(named: "He Yi")
        let organisations = try seed.store.neighbors(of: heYi, type: .organization)
        #expect(organisations.first?.entity.label == "Binance")
        #expect(organisations.allSatisfy { $0.entity.type == .organization })
        // The full list is the graph's edges of He Yi, by weight.
        let all = try seed.store.neighbors(of: heYi, limit: 100)
        let expected = seed.graph.edges.filter { $0.source == heYi.id || $0.target == heYi.id }
        #expect(all.count == expected.count)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        for neighbor in all {
            let edge = try #require(expected.first { $0.source == neighbor.entity.id || $0.target == neighbor.entity.id })
            #expect(edge.count == neighbor.count && edge.weight == neighbor.weight && edge.npmi == neighbor.npmi)
        }
    }

    @Test func neighboursByNPMIAndCount() throws {
        let seed = try SeedStore.get()
        let binance = try seed.store.entity(named: "Binance")
        let byNPMI = try seed.store.neighbors(of: binance, order: .npmi, limit: 100)
        #expect(zip(byNPMI, byNPMI.dropFirst()).allSatisfy { $0.npmi >= $1.npmi })
        let byCount = try seed.store.neighbors(of: binance, order: .count, limit: 3)
        #expect(byCount.count == 3)
        #expect(zip(byCount, byCount.dropFirst()).allSatisfy { $0.count >= $1.count })
    }

    @Test(arguments: [
        ("CZ", "Changpeng Zhao"), ("BSC", "Binance Smart Chain"), ("Binance's", "Binance"), ("binance", "Binance"),
        ("person_he-yi", "He Yi"), ("organization:Binance", "Binance"), ("Yi", "He Yi"), ("  he   yi ", "He Yi"),
    ])
    func anyAliasNamesAnEntity(name: String, label: String) throws {
        #expect(try SeedStore.get().store.entity(named: name).label == label)
    }

    @Test func anUnknownNameGetsTheClosestCandidates() throws {
        let seed = try SeedStore.get()
        #expect {
            try seed.store.entity(named: "Binanse")
        } throws: { error in
            guard case .unknownEntity(_, let candidates) = error as? QueryError else { return false }
            return candidates.first?.label == "Binance"
        }
    }

    @Test func pathFromHeYiToBNBHasEvidenceFromTheSeed() throws {
        let seed = try SeedStore.get()
        let report = try seed.store.paths(from: seed.store.entity(named: "He Yi"), to: seed.store.entity(named: "BNB"))
        #expect(report.hops == 2)
        #expect(!report.paths.isEmpty)
        for path in report.paths {
            #expect(path.entities.first?.label == "He Yi" && path.entities.last?.label == "BNB")
            #expect(path.links.count == 2)
            for link in path.links {
                // Each hop is a real edge of the graph and its evidence is text of the seed naming both ends.
                let (a, b) = link.source < link.target ? (link.source, link.target) : (link.target, link.source)
                #expect(seed.graph.edges.contains { $0.source == a && $0.target == b })
                let evidence = try #require(link.evidence)
                for sentence in evidence.sentences {
                    #expect(seed.seedText(sentence.start, sentence.end) == sentence.text)
                }
                for mark in evidence.mentions {
                    #expect(seed.foldedNames(mark.entity).contains(NameFolding.fold(seed.seedText(mark.start, mark.end))))
                }
                #expect(Set(evidence.mentions.map(\.entity)) == [link.source, link.target])
            }
        }
        // The strongest path goes through Binance (weights 3 and 3 against 2 and 1).
        #expect(report.paths.first?.entities[1].label == "Binance")
    }

    @Test func noPathWithinTheHopLimit() throws {
        let seed = try SeedStore.get()
        // An entity of another component: no path at any length.
        let components = seed.graph.entities.filter { entity in
            !seed.graph.edges.contains { $0.source == entity.id || $0.target == entity.id }
        }
        let isolated = try #require(components.first)
        let report = try seed.store.paths(from: seed.store.entity(named: "He Yi"), to: seed.store.entity(named: isolated.id))
        #expect(report.hops == nil && report.paths.isEmpty)
        let short = try seed.store.paths(from: seed.store.entity(named: "He Yi"), to: seed.store.entity(named: "BNB"), maxHops: 1)
        #expect(short.hops == nil)
    }

    @Test func evidenceOfHeYiAndBinanceIsInTheSeedAtItsOffsets() throws {
        let seed = try SeedStore.get()
        let heYi = try seed.store.entity(named: "He Yi")
        let binance = try seed.store.entity(named: "Binance")
        let report = try seed.store.evidence(between: heYi, and: binance)
        let edge = try #require(seed.graph.edges.first { $0.source == binance.id && $0.target == heYi.id })
        #expect(report.count == edge.count && report.documents == edge.documents)
        #expect(report.passages.count == min(edge.count, 10))
        for passage in report.passages {
            #expect(passage.document == SeedStore.seedPath)
            for sentence in passage.sentences { #expect(seed.seedText(sentence.start, sentence.end) == sentence.text) }
            for mark in passage.mentions {
                #expect(seed.foldedNames(mark.entity).contains(NameFolding.fold(seed.seedText(mark.start, mark.end))))
            }
        }
        // The first window of the pair is the first evidence window of the export.
        #expect(report.passages.first.map { ByteRange(start: $0.window.start, end: $0.window.end) } == edge.evidence.first?.range)
        let limited = try seed.store.evidence(between: binance, and: heYi, limit: 1)
        #expect(limited.passages == Array(report.passages.prefix(1)))
    }

    @Test func topListsAreRankedAndFiltered() throws {
        let seed = try SeedStore.get()
        for measure in RankingMeasure.allCases {
            let ranked = try seed.store.top(by: measure, limit: 100)
            #expect(ranked.count == seed.graph.entities.count)
            #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.value >= $1.value })
        }
        let tokens = try seed.store.top(by: .degree, type: .token, limit: 3)
        #expect(tokens.count == 3 && tokens.allSatisfy { $0.entity.type == .token })
        // Degree is the number of edges.
        let first = try #require(try seed.store.top(by: .degree, limit: 1).first)
        #expect(first.degree == seed.graph.edges.filter { $0.source == first.entity.id || $0.target == first.entity.id }.count)
        let pagerank = try seed.store.top(by: .pagerank, limit: 100).map(\.pagerank).reduce(0, +)
        #expect(abs(pagerank - 1) < 1e-6)
    }

    @Test func subgraphHoldsTheNeighbourhoodWithTheExportAttributes() throws {
        let seed = try SeedStore.get()
        let heYi = try seed.store.entity(named: "He Yi")
        let (subgraph, truncated) = try seed.store.subgraph(around: heYi, depth: 1)
        #expect(!truncated)
        let neighbours = Set(seed.graph.edges.compactMap { edge -> String? in
            edge.source == heYi.id ? edge.target : edge.target == heYi.id ? edge.source : nil
        })
        #expect(Set(subgraph.entities.map(\.id)) == neighbours.union([heYi.id]))
        let inside = Set(subgraph.entities.map(\.id))
        let expectedEdges = seed.graph.edges.filter { inside.contains($0.source) && inside.contains($0.target) }
        #expect(Array(subgraph.edges) == expectedEdges)
        for entity in subgraph.entities { #expect(entity == seed.graph.entity(id: entity.id)) }
        let (small, cut) = try seed.store.subgraph(around: heYi, depth: 2, maxNodes: 3)
        #expect(cut && small.entities.count == 3)
    }

    @Test func searchIgnoresCaseAccentsPunctuationAndTypos() throws {
        let store = try SeedStore.get().store
        #expect(try store.search("binanse").first?.entity.label == "Binance")
        let accented = try #require(try store.search("bìnance").first)
        #expect(accented.entity.label == "Binance" && accented.match == .exact)
        let punctuated = try #require(try store.search("CHANGPENG-ZHAO").first)
        #expect(punctuated.entity.label == "Changpeng Zhao" && punctuated.match == .exact)
        let twoTypos = try #require(try store.search("Chanpgeng Zhoa").first)
        #expect(twoTypos.entity.label == "Changpeng Zhao" && twoTypos.match == .fuzzy && twoTypos.distance == 2)
        let prefix = try store.search("binance", limit: 50)
        #expect(prefix.first?.match == .exact)
        #expect(prefix.contains { $0.entity.label == "Binance Smart Chain" && $0.match == .prefix })
        #expect(Set(prefix.map(\.entity.id)).count == prefix.count)
        #expect(try store.search("zzzzqqq").isEmpty)
    }

    @Test func communitiesCoverEveryEntityOnce() throws {
        let seed = try SeedStore.get()
        let report = try seed.store.communities(limit: 1000, members: 1000)
        #expect(report.communities.count == report.count)
        #expect(report.communities.map(\.size).reduce(0, +) == seed.graph.entities.count)
        #expect(zip(report.communities, report.communities.dropFirst()).allSatisfy { $0.size >= $1.size })
        #expect(report.modularity > 0)
        let heYi = try seed.store.entity(named: "He Yi")
        let own = try seed.store.communities(of: heYi)
        #expect(own.communities.map(\.id) == [heYi.community])
        #expect(try seed.store.entity(named: "Binance").community == heYi.community)
    }

    @Test func theStoreIsTheSameBytesEveryTime() throws {
        let first = try SeedStore.build()
        let second = try SeedStore.build()
        defer {
            try? FileManager.default.removeItem(atPath: first.folder)
            try? FileManager.default.removeItem(atPath: second.folder)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: first.store.path))
        let b = try Data(contentsOf: URL(fileURLWithPath: second.store.path))
        #expect(a == b)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.folder) == [GraphStore.fileName])
    }

    @Test func evidenceReadBackInSmallChunksGivesTheSameStore() throws {
        var writer = GraphStoreWriter()
        writer.evidenceChunk = 1
        let chunked = try SeedStore.build(writer: writer)
        let whole = try SeedStore.build()
        defer {
            try? FileManager.default.removeItem(atPath: chunked.folder)
            try? FileManager.default.removeItem(atPath: whole.folder)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: chunked.store.path))
        let b = try Data(contentsOf: URL(fileURLWithPath: whole.store.path))
        #expect(a == b)
        #expect(try !whole.store.evidence(between: whole.store.entity(named: "He Yi"), and: whole.store.entity(named: "Binance")).passages.isEmpty)
    }

    @Test func aMissingStoreSaysHowToMakeIt() {
        #expect(throws: QueryError.storeMissing(path: "/no/such/folder/graph.sqlite")) {
            try GraphStore(folder: "/no/such/folder")
        }
        #expect(QueryError.storeMissing(path: "x").description.contains("kgraph build"))
    }

    @Test func aNameSharedByTwoEntitiesIsAmbiguous() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-query-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let graph = Graph(entities: [
            Entity(id: "person_jordan", label: "Jordan", type: .person, mentions: 2),
            Entity(id: "place_jordan", label: "Jordan", type: .place, mentions: 1),
            Entity(id: "place_amman", label: "Amman", type: .place, aliases: ["Jordan"], mentions: 1),
        ], edges: [])
        try GraphStoreWriter().write(graph, entityPositions: [], evidence: EvidenceCollector(), toFolder: folder)
        let store = try GraphStore(folder: folder)
        #expect {
            try store.entity(named: "jordan")
        } throws: { error in
            guard case .ambiguousEntity(_, let candidates) = error as? QueryError else { return false }
            return Set(candidates.map(\.id)) == ["person_jordan", "place_jordan", "place_amman"]
        }
        #expect(try store.entity(named: "place:Jordan").id == "place_jordan")
        #expect(try store.entity(named: "place_amman").label == "Amman")
    }
}
