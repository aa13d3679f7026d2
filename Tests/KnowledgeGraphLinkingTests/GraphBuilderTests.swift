import KnowledgeGraph
import KnowledgeGraphLinking
import Testing

struct GraphBuilderTests {
    let a = EntityKey(type: .person, name: "Ann Lee")
    let b = EntityKey(type: .organization, name: "Acme")
    let c = EntityKey(type: .token, name: "ZZZ")

    /// Two paragraphs of two sentences each: A+B in sentence 0, C in sentence 1 (paragraph 0); A+B in sentence 2 (paragraph 1).
    func extraction(id: String) -> DocumentExtraction {
        func mention(_ key: EntityKey, _ start: Int, segment: Int, sentence: Int) -> Mention {
            Mention(entity: key, range: ByteRange(start: start, end: start + 3), segment: segment, sentence: sentence,
                    surface: key.name, rule: "test")
        }
        return DocumentExtraction(
            documentID: id,
            segmentRanges: [ByteRange(start: 0, end: 40), ByteRange(start: 42, end: 80)],
            sentenceRanges: [ByteRange(start: 0, end: 20), ByteRange(start: 21, end: 40), ByteRange(start: 42, end: 60),
                             ByteRange(start: 61, end: 80)],
            length: 80,
            entities: [EntityRecord(key: a, label: "Ann Lee", surfaces: ["Ann Lee", "Lee"]),
                       EntityRecord(key: b, label: "Acme", surfaces: ["Acme"]),
                       EntityRecord(key: c, label: "ZZZ", surfaces: ["ZZZ"])],
            mentions: [mention(a, 0, segment: 0, sentence: 0), mention(b, 8, segment: 0, sentence: 0),
                       mention(c, 25, segment: 0, sentence: 1), mention(a, 45, segment: 1, sentence: 2),
                       mention(b, 50, segment: 1, sentence: 2)])
    }

    @Test func edgesMadeOnTwoThreadsEqualEdgesMadeOnOne() {
        // 460 entities in one paragraph: 105,570 pairs, enough for the builder to split them.
        let keys = (0..<460).map { EntityKey(type: .organization, name: "Org \($0)") }
        let extraction = DocumentExtraction(
            documentID: "big", segmentRanges: [ByteRange(start: 0, end: 5_000)], sentenceRanges: [ByteRange(start: 0, end: 5_000)],
            length: 5_000, entities: keys.map { EntityRecord(key: $0, label: $0.name, surfaces: [$0.name]) },
            mentions: keys.enumerated().map { index, key in
                Mention(entity: key, range: ByteRange(start: index * 10, end: index * 10 + 5), segment: 0, sentence: 0,
                        surface: key.name, rule: "test")
            })
        var graphs: [Graph] = []
        for threads in [1, 2] {
            var builder = GraphBuilder(window: .paragraph)
            builder.threads = threads
            builder.add(extraction)
            builder.add(DocumentExtraction(
                documentID: "again", segmentRanges: extraction.segmentRanges, sentenceRanges: extraction.sentenceRanges,
                length: extraction.length, entities: extraction.entities, mentions: extraction.mentions))
            graphs.append(builder.build())
        }
        #expect(graphs[0].edges.count == 460 * 459 / 2)
        #expect(graphs[0].edges == graphs[1].edges)
        #expect(graphs[0].ends == graphs[1].ends)
        // Both halves keep their evidence windows once joined: two documents per edge.
        #expect(graphs[1].edges.allSatisfy { $0.evidence.map(\.document) == ["again", "big"] })
        #expect(zip(graphs[1].edges, graphs[1].ends).allSatisfy { edge, ends in
            graphs[1].entities[Int(ends.source)].id == edge.source && graphs[1].entities[Int(ends.target)].id == edge.target
        })
    }

    @Test func evidenceIsListedByDocumentIdentifierNotByArrival() {
        var builder = GraphBuilder(window: .paragraph)
        for id in ["doc-9", "doc-10", "doc-11"] { builder.add(extraction(id: id)) }
        let graph = builder.build()
        let ab = graph.edges.first { $0.source == "organization_acme" && $0.target == "person_ann-lee" }
        // Three evidence windows kept (the first three found), listed in identifier order.
        #expect(ab?.evidence.map(\.document) == ["doc-10", "doc-9", "doc-9"])
        #expect(ab?.evidence.map(\.range.start) == [0, 0, 42])
        #expect(zip(graph.edges, graph.ends).allSatisfy { edge, ends in
            graph.entities[Int(ends.source)].id == edge.source && graph.entities[Int(ends.target)].id == edge.target
        })
    }

    @Test func aPairKeepsItsFirstWindowsUpToTheLimit() {
        // Acme and Ann Lee share two windows a document: six in three documents.
        for limit in 0...4 {
            var builder = GraphBuilder(window: .paragraph, evidenceLimit: limit)
            for id in ["d1", "d2", "d3"] { builder.add(extraction(id: id)) }
            let graph = builder.build()
            let ab = graph.edges.first { $0.source == "organization_acme" && $0.target == "person_ann-lee" }
            let kept = [("d1", 0), ("d1", 42), ("d2", 0), ("d2", 42)].prefix(limit)
            #expect(ab?.count == 6)
            #expect(ab?.evidence.map { [$0.document, String($0.range.start)] } == kept.map { [$0.0, String($0.1)] })
            // Acme and ZZZ share one window: kept whenever any is.
            let bc = graph.edges.first { $0.source == "organization_acme" && $0.target == "token_zzz" }
            #expect(bc?.evidence.map(\.document) == Array(["d1", "d2", "d3"].prefix(limit)))
        }
    }

    @Test func theLabelUsedMostWinsAndEverySurfaceAndSameAsIsKeptOnce() {
        // Labels by document: "Ann B. Lee" twice, "Ann Lee" twice, "Lee" once: a tie between
        // the two most used goes to the first in byte order; the others are aliases.
        var builder = GraphBuilder()
        let labels = ["Lee", "Ann Lee", "Ann B. Lee", "Ann Lee", "Ann B. Lee"]
        for (number, label) in labels.enumerated() {
            var document = extraction(id: "d\(number)")
            document.entities[0] = EntityRecord(key: a, label: label, surfaces: [label, "Lee"],
                                                sameAs: number.isMultiple(of: 2) ? ["https://example.org/lee"] : ["https://example.org/ann", "https://example.org/lee"])
            builder.add(document)
        }
        let ann = builder.build().entities.first { $0.type == .person }
        #expect(ann?.label == "Ann B. Lee")
        #expect(ann?.aliases == ["Ann Lee", "Lee"])
        #expect(ann?.sameAs == ["https://example.org/ann", "https://example.org/lee"])
        var single = GraphBuilder()
        single.add(extraction(id: "only"))
        #expect(single.build().entity(id: "organization_acme").map { ($0.label, $0.aliases, $0.sameAs) } ?? ("", [""], [""]) == ("Acme", [], []))
    }

    @Test func paragraphWindowCountsSharedParagraphs() {
        var builder = GraphBuilder(window: .paragraph)
        builder.add(extraction(id: "d1"))
        let graph = builder.build()
        #expect(graph.entities.map(\.id) == ["organization_acme", "person_ann-lee", "token_zzz"])
        let ab = graph.edges.first { $0.source == "organization_acme" && $0.target == "person_ann-lee" }
        #expect(ab?.count == 2)
        #expect(ab?.weight == 2)
        #expect(ab?.evidence.map(\.range) == [ByteRange(start: 0, end: 40), ByteRange(start: 42, end: 80)])
        #expect(graph.edges.count == 3)
        #expect(graph.entity(id: "person_ann-lee")?.aliases == ["Lee"])
        #expect(graph.entity(id: "person_ann-lee")?.mentions == 2)
    }

    /// A document of `paragraphs` paragraphs, each naming Ann Lee and Acme.
    func pairedParagraphs(_ paragraphs: Int, id: String) -> DocumentExtraction {
        let ranges = (0..<paragraphs).map { ByteRange(start: $0 * 20, end: $0 * 20 + 18) }
        return DocumentExtraction(
            documentID: id, segmentRanges: ranges, sentenceRanges: ranges, length: paragraphs * 20,
            entities: [EntityRecord(key: a, label: "Ann Lee", surfaces: ["Ann Lee"]), EntityRecord(key: b, label: "Acme", surfaces: ["Acme"])],
            mentions: (0..<paragraphs).flatMap { paragraph in
                [Mention(entity: a, range: ByteRange(start: paragraph * 20, end: paragraph * 20 + 7), segment: paragraph,
                         sentence: paragraph, surface: "Ann Lee", rule: "test"),
                 Mention(entity: b, range: ByteRange(start: paragraph * 20 + 10, end: paragraph * 20 + 14), segment: paragraph,
                         sentence: paragraph, surface: "Acme", rule: "test")]
            })
    }

    /// A pair's counts are held in two bytes each until they pass 65,534; larger counts are
    /// kept apart, and still exact.
    @Test func countsPastTwoBytesStayExact() throws {
        var builder = GraphBuilder(window: .paragraph)
        builder.add(pairedParagraphs(65_540, id: "long"))
        #expect(builder.windowsShared(0, 1) == 65_540)
        builder.add(pairedParagraphs(3, id: "short"))
        #expect(builder.windowsShared(0, 1) == 65_543)
        let edge = try #require(builder.build().edges.first)
        #expect(edge.count == 65_543)
        #expect(edge.documents == 2)
        #expect(edge.evidence.count == 3)

        var many = GraphBuilder(window: .paragraph)
        for index in 0..<65_537 { many.add(pairedParagraphs(1, id: "d\(index)")) }
        let shared = try #require(many.build().edges.first)
        #expect(shared.documents == 65_537)
        #expect(shared.count == 65_537)
    }

    @Test func entityPositionsPointAtEachEntityInTheBuiltGraph() throws {
        var builder = GraphBuilder(window: .paragraph)
        builder.add(extraction(id: "d1"))
        // Numbered Ann Lee, Acme, ZZZ; the graph lists them by identifier: Acme, Ann Lee, ZZZ.
        let positions = builder.entityPositions()
        let graph = builder.build()
        #expect(positions == [1, 0, 2])
        for (key, label) in [(a, "Ann Lee"), (b, "Acme"), (c, "ZZZ")] {
            let number = try #require(builder.entityNumber(of: key))
            #expect(graph.entities[Int(positions[number])].label == label)
        }
        let (consumed, given) = builder.buildWithEntityPositions()
        #expect(consumed.entities == graph.entities && consumed.edges == graph.edges)
        #expect(given == positions)
    }

    @Test func entitiesAreNumberedInTheOrderOfTheirFirstRecord() {
        var builder = GraphBuilder(window: .paragraph)
        #expect(builder.entityNumber(of: a) == nil)
        builder.add(extraction(id: "d1"))
        #expect([a, b, c].map { builder.entityNumber(of: $0) } == [0, 1, 2])
        #expect(builder.entityCount == 3)
        // Ann Lee and Acme share both paragraphs, either way round; ZZZ shares the first.
        #expect(builder.windowsShared(0, 1) == 2)
        #expect(builder.windowsShared(1, 0) == 2)
        #expect(builder.windowsShared(0, 2) == 1)
        #expect(builder.windowsShared(0, 0) == 0)
        #expect(builder.windowsShared(0, 7) == 0)
        builder.add(extraction(id: "d2"))
        #expect(builder.windowsShared(0, 1) == 4)
        #expect(builder.entityCount == 3)
    }

    /// What a build records for the query store's evidence: per pair of each window, in
    /// window order and by entity numbers, the windows the pair had shared before.
    @Test func addingRecordsWhatEachPairHadSharedBefore() {
        var builder = GraphBuilder(window: .paragraph)
        var shared: [UInt32]? = []
        // d1: the first paragraph pairs Ann Lee, Acme and ZZZ (0-1, 0-2, 1-2), the second
        // Ann Lee and Acme again.
        builder.add(extraction(id: "d1"), windowsSharedBefore: &shared)
        #expect(shared == [0, 0, 0, 1])
        shared = []
        builder.add(extraction(id: "d2"), windowsSharedBefore: &shared)
        #expect(shared == [2, 1, 1, 3])
        #expect(builder.windowsShared(0, 1) == 4)
    }

    @Test func aPairKeepsItsFirstEvidenceWindowsOnly() {
        var builder = GraphBuilder(window: .paragraph, evidenceLimit: 3)
        for id in ["d1", "d2", "d3"] { builder.add(extraction(id: id)) }
        let graph = builder.build()
        let ab = graph.edges.first { $0.source == "organization_acme" && $0.target == "person_ann-lee" }
        // Six shared paragraphs; the first three seen are kept: both of d1's, then d2's first.
        #expect(ab?.count == 6)
        #expect(ab?.evidence.map(\.document) == ["d1", "d1", "d2"])
        #expect(ab?.evidence.map(\.range.start) == [0, 42, 0])
        let ac = graph.edges.first { $0.source == "person_ann-lee" && $0.target == "token_zzz" }
        #expect(ac?.evidence.map(\.document) == ["d1", "d2", "d3"])
    }

    @Test func sentenceWindowIsStricter() {
        var builder = GraphBuilder(window: .sentence)
        builder.add(extraction(id: "d1"))
        let graph = builder.build()
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].count == 2)
    }

    @Test func documentsAndMinimumCount() {
        var builder = GraphBuilder(window: .paragraph, minimumCount: 2)
        builder.add(extraction(id: "d1"))
        builder.add(extraction(id: "d2"))
        let graph = builder.build()
        #expect(graph.edges.allSatisfy { $0.count >= 2 })
        #expect(graph.edges.first { $0.target == "person_ann-lee" }?.documents == 2)
        #expect(graph.entity(id: "person_ann-lee")?.documents == 2)
    }

    @Test func npmiIsBoundedAndPositiveForAssociatedPairs() {
        #expect(GraphBuilder.npmi(pair: 10, first: 10, second: 10, total: 100) == 1)
        #expect(GraphBuilder.npmi(pair: 1, first: 50, second: 50, total: 100) < 0)
        #expect(GraphBuilder.npmi(pair: 10, first: 10, second: 10, total: 10) == 1)
        let value = GraphBuilder.npmi(pair: 5, first: 10, second: 20, total: 100)
        #expect(value > 0 && value < 1)
    }

    @Test func npmiThatRoundsToZeroIsPositiveZero() {
        // A pair seen a hair less often than chance: -4e-7 before rounding to millionths.
        let value = GraphBuilder.npmi(pair: 1_000_000, first: 1_000_001, second: 10_000_000, total: 10_000_000)
        #expect(value == 0)
        #expect(value.sign == .plus)
    }

    @Test func mentionsWithoutAPlaceInTheTextLinkOnlyInTheDocumentWindow() {
        var extraction = extraction(id: "d1")
        let author = EntityKey(type: .person, name: "Page Author")
        extraction.entities.append(EntityRecord(key: author, label: "Page Author", surfaces: ["Page Author"]))
        extraction.mentions.append(Mention(entity: author, range: ByteRange(start: 0, end: 0), segment: -1, sentence: -1,
                                           surface: "Page Author", rule: "metadata:author"))
        var paragraph = GraphBuilder(window: .paragraph)
        paragraph.add(extraction)
        #expect(!paragraph.build().edges.contains { $0.source == "person_page-author" || $0.target == "person_page-author" })
        var document = GraphBuilder(window: .document)
        document.add(extraction)
        #expect(document.build().edges.filter { $0.source == "person_page-author" || $0.target == "person_page-author" }.count == 3)
    }
}
