import Foundation
import GRDB
import GRDBSQLite
import KnowledgeGraphExport
public import KnowledgeGraph
import KnowledgeGraphLinking

/// Writes the query store of a built graph: `graph.sqlite` beside the exports.
///
/// The store holds the entities with their names folded for lookup and search, each
/// node's links (so every link from both ends), each pair's evidence passages with the text of their
/// sentences, and what the graph algorithms computed once at build time: degree,
/// weighted degree, PageRank, betweenness and Louvain communities. The same graph and
/// evidence always give the same bytes (no timestamps; rows written in a fixed order).
/// The file is built on disk, unnamed until it is complete.
public struct GraphStoreWriter: Sendable {
    /// The community detection run at build time.
    public var communityDetector = CommunityDetector()
    /// Betweenness is exact up to this many nodes and sampled from this many sources beyond,
    /// as long as the graph is small enough: see ``betweennessWork``.
    public var betweennessPivots = 128
    /// The most node and link visits spent on betweenness (one visit per node and link per
    /// source): on larger graphs fewer sources are drawn (16 at least), so that the cost
    /// stays under a second on this machine instead of growing with graph size
    /// times sources (12 s for 128 sources on a 190,000-entity, 3.9-million-link graph).
    public var betweennessWork = 32_000_000

    /// The sources betweenness is sampled from on a graph of `nodes` nodes and `links` links.
    public func pivots(nodes: Int, links: Int) -> Int {
        let affordable = betweennessWork / max(1, nodes + links)
        return max(min(16, betweennessPivots), min(betweennessPivots, affordable))
    }
    /// The most threads betweenness uses (0: all cores).
    public var threads = 0

    /// Called with the name and seconds of each step of the store's writing (for `--timings`).
    public var onStep: (@Sendable (String, Double) -> Void)?

    /// Members listed per community in the store.
    public var membersPerCommunity = 10

    /// The evidence rows whose passages are read back into memory at once while the store is
    /// written (40 bytes each, rounded up to whole entities): the passages themselves wait
    /// in a file (``EvidenceCollector/init(window:passagesPerPair:excerptLimit:spillFolder:)``).
    /// The store's bytes do not depend on it.
    public var evidenceChunk = 2_000_000

    public init() {}

    /// Writes `folder/graph.sqlite` for `graph`, whose evidence passages were gathered by
    /// `evidence` from the same documents; `entityPositions` holds, for each entity by the
    /// number the builder gave it, its position in `graph.entities`
    /// (``KnowledgeGraphLinking/GraphBuilder/entityPositions()``).
    ///
    /// The database is built in an unnamed file (``AtomicFile/Pending``) that is named and
    /// renamed over the old store once complete, so a killed build leaves either the previous
    /// store or the complete new one, and no temporary file; SQLite keeps only its page cache
    /// in memory.
    public func write(_ graph: Graph, entityPositions: [UInt32], evidence: EvidenceCollector,
                      toFolder folder: String) throws(QueryError) {
        let path = (folder as NSString).appendingPathComponent(GraphStore.fileName)
        let clock = StepClock(report: onStep)
        let content = StoreContent(graph: graph, entityPositions: entityPositions, evidence: evidence, writer: self, clock: clock)
        do {
            // The database is built straight into the unnamed file that becomes the store.
            let file = try AtomicFile.Pending(path: path)
            guard DescriptorVFS.registered else {
                throw QueryError.database(path: path, message: "cannot register the store's file system")
            }
            let queue = try DatabaseQueue(path: DescriptorVFS.uri(path: path, descriptor: file.descriptor))
            try Self.fill(queue, with: content)
            clock.lap("indexes")
            try queue.close()
            try file.commit()
            clock.lap("file")
        } catch let error as QueryError {
            throw error
        } catch let error as SpilledBytes.SpillError {
            throw .database(path: path, message: "cannot keep the evidence on disk: \(error.reason)")
        } catch {
            throw .database(path: path, message: "cannot write: \(error)")
        }
    }

    private static func fill(_ queue: DatabaseQueue, with content: StoreContent) throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;
                PRAGMA temp_store = MEMORY;
                PRAGMA application_id = \(StoreSchema.applicationID); PRAGMA user_version = \(StoreSchema.version);
                """)
            try db.inTransaction {
                try db.execute(sql: StoreSchema.tables)
                try content.insert(into: db)
                try db.execute(sql: StoreSchema.indexes)
                return .commit
            }
        }
    }
}

/// Everything the store holds, computed before the database is opened. A class, so that
/// the adjacency's weights can be let go once the links are written (the evidence, written
/// after them, only looks links up): one instance lives for one write.
private final class StoreContent {
    let graph: Graph
    let evidence: EvidenceCollector
    private(set) var adjacency: WeightedAdjacency
    /// The summed weight of each node's links.
    let strength: [Double]
    /// Half the summed weight of the links inside each community, by community number.
    let internalWeight: [Double]
    let communities: CommunityDetector.Result
    /// PageRank and betweenness, computed beside the first inserts (which do not need
    /// them) when the writer may use more than one thread.
    private let centralities: CentralityJob
    private(set) var pageRank: [Double] = []
    private(set) var betweenness: [Double] = []
    let pivots: Int
    let seed: UInt64
    let membersPerCommunity: Int
    let evidenceChunk: Int
    /// The node of each of the collector's entities, by number.
    let nodeOfKey: [Int32]

    let clock: StepClock

    init(graph: Graph, entityPositions: [UInt32], evidence: EvidenceCollector, writer: GraphStoreWriter, clock: StepClock) {
        self.clock = clock
        self.graph = graph
        self.evidence = evidence
        adjacency = WeightedAdjacency(graph)
        // The communities the build put on the entities, else found now.
        let given = graph.entities.map(\.community)
        if !given.isEmpty && given.allSatisfy({ $0 > 0 }) {
            communities = CommunityDetector.Result(community: given, count: given.max() ?? 0,
                                                   modularity: CommunityDetector.modularity(adjacency, given))
        } else {
            communities = writer.communityDetector.detect(adjacency)
        }
        clock.lap("adjacency")
        pivots = writer.pivots(nodes: graph.entities.count, links: graph.edges.count)
        centralities = CentralityJob(adjacency, pivots: pivots, threads: writer.threads)
        var strength = [Double](repeating: 0, count: adjacency.nodeCount)
        var internalWeight = [Double](repeating: 0, count: communities.count + 1)
        for node in 0..<adjacency.nodeCount {
            let community = communities.community[node]
            for position in adjacency.links(of: node) {
                strength[node] += adjacency.weights[position]
                if communities.community[Int(adjacency.neighbors[position])] == community {
                    internalWeight[community] += adjacency.weights[position] / 2
                }
            }
        }
        self.strength = strength
        self.internalWeight = internalWeight
        seed = writer.communityDetector.seed
        membersPerCommunity = writer.membersPerCommunity
        evidenceChunk = writer.evidenceChunk
        precondition(entityPositions.count == evidence.entityCount,
                     "\(entityPositions.count) entity positions given for the \(evidence.entityCount) entities of the evidence")
        precondition(entityPositions.allSatisfy { Int($0) < graph.entities.count }, "an entity position past the graph's entities")
        nodeOfKey = entityPositions.map { Int32($0) }
    }

    func insert(into db: Database) throws {
        try insertMeta(db)
        let documents = try db.makeStatement(sql: "INSERT INTO document(id, name) VALUES (?, ?)")
        for (index, name) in evidence.documentIDs.enumerated() { try documents.execute(arguments: [index, name]) }
        try insertNames(db)
        clock.lap("names")
        try insertLinks(db)
        adjacency = adjacency.linksOnly()
        clock.lap("links")
        try insertEvidence(db)
        clock.lap("evidence")
        // The entities and communities need the centralities: their rows come last.
        (pageRank, betweenness) = centralities.result()
        clock.lap("centralities, waited for")
        clock.add("centralities, beside the inserts", centralities.seconds)
        try insertEntities(db)
        clock.lap("entities")
        try insertCommunities(db)
    }

    private func insertMeta(_ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO meta(key, value) VALUES (?, ?)")
        let entries: [(String, String)] = [
            ("format", String(StoreSchema.version)),
            ("entities", String(graph.entities.count)),
            ("links", String(graph.edges.count)),
            ("documents", String(evidence.documentIDs.count)),
            ("window", evidence.window.rawValue),
            ("passagesPerPair", String(evidence.passagesPerPair)),
            ("excerptLimit", String(evidence.excerptLimit)),
            ("communities", String(communities.count)),
            ("modularity", String(format: "%.6f", communities.modularity)),
            ("communitySeed", String(seed)),
            ("betweenness", adjacency.nodeCount <= pivots ? "exact" : "sampled from \(pivots) sources"),
        ]
        for (key, value) in entries.sorted(by: { $0.0 < $1.0 }) { try statement.execute(arguments: [key, value]) }
    }

    private func insertEntities(_ db: Database) throws {
        var insert = try BulkInsert(db, sql: """
            INSERT INTO entity(node, id, label, type, aliases, mentions, documents, event_type, date, degree, strength,
                pagerank, betweenness, community) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (node, entity) in graph.entities.enumerated() {
            insert.bind(node)
            insert.bind(entity.id)
            insert.bind(entity.label)
            insert.bind(entity.type.rawValue)
            insert.bind(StoreJSON.array(entity.aliases))
            insert.bind(entity.mentions)
            insert.bind(entity.documents)
            insert.bind(entity.eventType)
            insert.bind(entity.date)
            insert.bind(adjacency.degree(of: node))
            insert.bind(strength[node])
            insert.bind(pageRank[node])
            insert.bind(betweenness[node])
            insert.bind(communities.community[node])
            try insert.run()
        }
    }

    private func insertNames(_ db: Database) throws {
        struct NameRow {
            var folded: String
            var node: Int
            var text: String
            var isLabel: Bool
        }
        var rows: [NameRow] = []
        for (node, entity) in graph.entities.enumerated() {
            var seen = Set<String>()
            for (position, text) in ([entity.label] + entity.aliases).enumerated() {
                let folded = NameFolding.fold(text)
                guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
                rows.append(NameRow(folded: folded, node: node, text: text, isLabel: position == 0))
            }
        }
        rows.sort { ($0.folded, $0.node) < ($1.folded, $1.node) }
        var names = try BulkInsert(db, sql: "INSERT INTO name(id, folded, node, text, is_label, mentions) VALUES (?, ?, ?, ?, ?, ?)")
        // One posting list per trigram, written as the names come (in ascending number): a
        // byte or two a name, where listing every (trigram, name) pair to sort it took 16.
        var listOfGram: [Int64: Int] = [:]
        var lists: [PostingList.Builder] = []
        var previous: String?
        var previousGrams: [Int64] = []
        for (index, row) in rows.enumerated() {
            names.bind(index)
            names.bind(row.folded)
            names.bind(row.node)
            names.bind(row.text)
            names.bind(row.isLabel ? 1 : 0)
            names.bind(graph.entities[row.node].mentions)
            try names.run()
            if row.folded != previous {
                previousGrams = NameFolding.trigrams(row.folded)
                previous = row.folded
            }
            for gram in previousGrams {
                let list = listOfGram[gram] ?? {
                    lists.append(PostingList.Builder())
                    listOfGram[gram] = lists.count - 1
                    return lists.count - 1
                }()
                lists[list].append(Int32(index))
            }
        }
        // One row per trigram, in trigram order: its name count and its names.
        var grams = try BulkInsert(db, sql: "INSERT INTO gram(gram, count, names) VALUES (?, ?, ?)")
        for (gram, list) in listOfGram.sorted(by: { $0.key < $1.key }) {
            grams.bind(Int(gram))
            grams.bind(lists[list].count)
            grams.bind(lists[list].bytes)
            try grams.run()
        }
    }

    private func insertLinks(_ db: Database) throws {
        // One row per node with links: its links by neighbour, as the adjacency lists them.
        var insert = try BulkInsert(db, sql: "INSERT INTO adjacency(node, links) VALUES (?, ?)")
        let (edges, adjacency, ends) = (graph.edges, adjacency, graph.ends)
        // Where each source's edges start in the graph's list, which is sorted by source and
        // then target (positions, like identifiers, are in order). Node n's entries are sorted
        // by neighbour: those above n are n's own edges, in list order; one below, m, is the
        // next of m's edges not yet met, since the nodes are visited in order (every edge of
        // m to a node below n was met at that node). So the adjacency needs no edge index.
        var firstEdge = [Int](repeating: 0, count: adjacency.nodeCount + 1)
        for end in ends { firstEdge[Int(end.source) + 1] += 1 }
        for node in 0..<adjacency.nodeCount { firstEdge[node + 1] += firstEdge[node] }
        var nextAsTarget = firstEdge
        var blob = StoreBlob()
        var links: [StoredLink] = []
        for node in 0..<adjacency.nodeCount where adjacency.degree(of: node) > 0 {
            blob.removeAll()
            links.removeAll(keepingCapacity: true)
            var nextOwn = firstEdge[node]
            for position in adjacency.links(of: node) {
                let neighbor = Int(adjacency.neighbors[position])
                let edge: Int
                if neighbor > node {
                    edge = nextOwn
                    nextOwn += 1
                } else {
                    edge = nextAsTarget[neighbor]
                    nextAsTarget[neighbor] += 1
                }
                assert(Int(ends[edge].source) == min(node, neighbor) && Int(ends[edge].target) == max(node, neighbor),
                       "an adjacency entry of no edge")
                links.append(StoredLink(neighbor: neighbor, weight: edges.weight(at: edge),
                                        count: edges.windowCount(at: edge), documents: edges.documentCount(at: edge),
                                        npmi: edges.npmi(at: edge)))
            }
            StoredLink.encode(links, into: &blob)
            insert.bind(node)
            insert.bind(blob.bytes)
            try insert.run()
        }
    }

    private func insertEvidence(_ db: Database) throws {
        var excerpts = try BulkInsert(db, sql: "INSERT INTO excerpt(id, document, start, end, text) VALUES (?, ?, ?, ?, ?)")
        var text = evidence.textReader()
        // Each excerpt's text follows the previous one's.
        var textStart = 0
        for (index, excerpt) in evidence.excerpts.enumerated() {
            let length = Int(excerpt.end - excerpt.start)
            excerpts.bind(index)
            excerpts.bind(Int(excerpt.document))
            excerpts.bind(Int(excerpt.start))
            excerpts.bind(Int(excerpt.end))
            excerpts.bind(try text.string(at: textStart, count: length))
            textStart += length
            try excerpts.run()
        }
        clock.lap("excerpts")
        // One row per lower end: for each higher end, its passages in the order they were
        // found. The rows are written a chunk at a time (whole lower ends, at least
        // `evidenceChunk` passages), so that only one chunk's passages are ever in memory,
        // and nothing is held per passage of the whole corpus but a bit: a first pass counts
        // each lower end's passages (which fixes the chunks), a second copies each passage
        // kept into its chunk's log, in the order found; each chunk is then read back, sorted
        // and written. With one chunk, the passages are read straight from the collector.
        precondition(evidence.passageCount <= Int(UInt32.max), "more passages than UInt32 numbers")
        var passagesOfNode = [Int](repeating: 0, count: adjacency.nodeCount)
        var kept = [UInt64](repeating: 0, count: (evidence.passageCount + 63) / 64)
        func isKept(_ order: Int) -> Bool { kept[order >> 6] & (1 << UInt64(order & 63)) != 0 }
        var reader = evidence.passageReader()
        for order in 0..<evidence.passageCount {
            guard let ends = linkedEnds(of: try reader.passage(order)) else { continue }
            passagesOfNode[Int(ends.a)] += 1
            kept[order >> 6] |= 1 << UInt64(order & 63)
        }
        var chunkOfNode = [UInt16](repeating: 0, count: adjacency.nodeCount)
        var chunkCount = 0
        var filled = 0
        for node in 0..<adjacency.nodeCount where passagesOfNode[node] > 0 {
            precondition(chunkCount < Int(UInt16.max), "more evidence chunks than UInt16 numbers")
            chunkOfNode[node] = UInt16(chunkCount)
            filled += passagesOfNode[node]
            if filled >= max(1, evidenceChunk) { chunkCount += 1; filled = 0 }
        }
        if filled > 0 { chunkCount += 1 }
        passagesOfNode = []
        var insert = try BulkInsert(db, sql: "INSERT INTO evidence(a, pairs) VALUES (?, ?)")
        if chunkCount == 1 {
            var passages: [EvidenceCollector.Passage] = []
            var reader = evidence.passageReader()
            for order in 0..<evidence.passageCount where isKept(order) {
                passages.append(try reader.passage(order))
            }
            try insertEvidenceChunk(passages, into: &insert)
            return
        }
        var chunkLogs = (0..<chunkCount).map { _ in evidence.makePassageLog() }
        var all = evidence.passageReader()
        var bytes = [UInt8](repeating: 0, count: EvidenceCollector.Passage.byteCount)
        for order in 0..<evidence.passageCount where isKept(order) {
            let passage = try all.passage(order)
            guard let ends = linkedEnds(of: passage, checked: false) else { preconditionFailure("a kept passage of no linked pair") }
            passage.write(into: &bytes)
            chunkLogs[Int(chunkOfNode[Int(ends.a)])].append(bytes[...])
        }
        kept = []
        chunkOfNode = []
        for chunk in 0..<chunkCount {
            let log = chunkLogs[chunk]
            chunkLogs[chunk] = SpilledBytes()  // its file goes once read
            var reader = EvidenceCollector.PassageReader(log)
            var passages: [EvidenceCollector.Passage] = []
            passages.reserveCapacity(log.count / EvidenceCollector.Passage.byteCount)
            for rank in 0..<(log.count / EvidenceCollector.Passage.byteCount) { passages.append(try reader.passage(rank)) }
            try insertEvidenceChunk(passages, into: &insert)
        }
    }

    /// The ends of a passage's pair as nodes, lower first, and whether its lower node is the
    /// collector's higher key; `nil` when the pair is not linked in the graph (checked only
    /// when `checked`: a passage already kept is of a linked pair).
    private func linkedEnds(of passage: EvidenceCollector.Passage, checked: Bool = true) -> (a: UInt32, b: UInt32, swapped: Bool)? {
        let low = nodeOfKey[Int(passage.pair >> 32)]
        let high = nodeOfKey[Int(passage.pair & 0xFFFF_FFFF)]
        if checked {
            guard low >= 0, high >= 0, low != high, isLinked(Int(low), Int(high)) else { return nil }
        }
        return low < high ? (UInt32(low), UInt32(high), false) : (UInt32(high), UInt32(low), true)
    }

    /// Writes the evidence rows of whole lower ends from their passages, given in the order
    /// they were found: each lower end's pairs by higher end, each pair's passages in order.
    private func insertEvidenceChunk(_ passages: [EvidenceCollector.Passage], into insert: inout BulkInsert) throws {
        // 16 bytes a row: the ends as a << 32 | b, the passage's place in `passages`, whether
        // a is the collector's higher key.
        var rows: [(ends: UInt64, order: UInt32, swapped: Bool)] = []
        rows.reserveCapacity(passages.count)
        for (order, passage) in passages.enumerated() {
            guard let ends = linkedEnds(of: passage, checked: false) else { preconditionFailure("a kept passage of no linked pair") }
            rows.append((UInt64(ends.a) << 32 | UInt64(ends.b), UInt32(order), ends.swapped))
        }
        rows.sort { ($0.ends, $0.order) < ($1.ends, $1.order) }
        var pairs = StoreBlob()
        var encoded = StoreBlob()
        var start = 0
        while start < rows.count {
            let a = rows[start].ends >> 32
            pairs.removeAll()
            var previous = -1
            while start < rows.count && rows[start].ends >> 32 == a {
                let ends = rows[start].ends
                encoded.removeAll()
                while start < rows.count && rows[start].ends == ends {
                    let row = rows[start]
                    let passage = passages[Int(row.order)]
                    let (aStart, aEnd, bStart, bEnd) = row.swapped
                        ? (passage.highStart, passage.highEnd, passage.lowStart, passage.lowEnd)
                        : (passage.lowStart, passage.lowEnd, passage.highStart, passage.highEnd)
                    StoredPassage.encode(StoredPassage(windowStart: Int(passage.windowStart), windowEnd: Int(passage.windowEnd),
                                                       first: Int(passage.first), second: passage.second.map { Int($0) },
                                                       aStart: Int(aStart), aEnd: Int(aEnd), bStart: Int(bStart), bEnd: Int(bEnd)),
                                         into: &encoded)
                    start += 1
                }
                let b = Int(ends & 0xFFFF_FFFF)
                NodeEvidence.append(other: b, after: previous, passages: encoded, to: &pairs)
                previous = b
            }
            insert.bind(Int(a))
            insert.bind(pairs.bytes)
            try insert.run()
        }
    }

    private func isLinked(_ a: Int, _ b: Int) -> Bool {
        let range = adjacency.links(of: a)
        var low = range.lowerBound
        var high = range.upperBound
        let target = Int32(b)
        while low < high {
            let middle = (low + high) / 2
            if adjacency.neighbors[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && adjacency.neighbors[low] == target
    }

    private func insertCommunities(_ db: Database) throws {
        var members = [[Int]](repeating: [], count: communities.count + 1)
        for node in 0..<adjacency.nodeCount { members[communities.community[node]].append(node) }
        let statement = try db.makeStatement(sql: "INSERT INTO community(id, size, internal_weight, members) VALUES (?, ?, ?, ?)")
        for community in 1...max(1, communities.count) where community < members.count {
            let ranked = members[community].sorted { lhs, rhs in
                pageRank[lhs] != pageRank[rhs] ? pageRank[lhs] > pageRank[rhs] : lhs < rhs
            }
            let top = ranked.prefix(membersPerCommunity).map { graph.entities[$0].id }
            try statement.execute(arguments: [community, members[community].count, internalWeight[community],
                                              StoreJSON.array(Array(top))])
        }
    }
}

/// PageRank and betweenness of an adjacency, computed on a thread of their own while the
/// store's first tables are written, or, with one thread, at once. The values do not depend
/// on which: betweenness sums its batches in a fixed order.
private final class CentralityJob: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var values: (pageRank: [Double], betweenness: [Double])?
    /// The weighted adjacency until PageRank has read it: betweenness counts hops, so the
    /// weights go before it starts, while the store's inserts run beside it.
    private var weighted: WeightedAdjacency?
    /// How long the computation took.
    private(set) var seconds = 0.0
    /// Whether the values come from another thread (and are read after its signal).
    private let inBackground: Bool

    init(_ adjacency: WeightedAdjacency, pivots: Int, threads: Int) {
        weighted = adjacency
        inBackground = threads != 1
        if !inBackground {
            compute(pivots: pivots, threads: threads)
            return
        }
        DispatchQueue.global().async { [self] in
            compute(pivots: pivots, threads: threads)
            done.signal()
        }
    }

    private func compute(pivots: Int, threads: Int) {
        let began = Date()
        let (pageRank, links) = takeWeighted { (Centrality.pageRank($0), $0.linksOnly()) }
        values = (pageRank, Centrality.betweenness(links, pivots: pivots, threads: threads))
        seconds = Date().timeIntervalSince(began)
    }

    /// Runs `body` on the weighted adjacency and lets it go, before anything else is done.
    private func takeWeighted<Result>(_ body: (WeightedAdjacency) -> Result) -> Result {
        defer { weighted = nil }
        return body(weighted!)
    }

    /// The values, once computed.
    func result() -> (pageRank: [Double], betweenness: [Double]) {
        if inBackground { done.wait() }
        return values!
    }
}

/// Times the steps of writing a store, one after the other, for ``GraphStoreWriter/onStep``.
final class StepClock: @unchecked Sendable {
    private let report: (@Sendable (String, Double) -> Void)?
    private var last = Date()

    init(report: (@Sendable (String, Double) -> Void)?) {
        self.report = report
    }

    /// Reports `seconds` measured elsewhere as `name`, without ending the lap.
    func add(_ name: String, _ seconds: Double) {
        report?(name, seconds)
    }

    /// Reports the time since the previous lap (or the start) as `name`.
    func lap(_ name: String) {
        guard let report else { return }
        let now = Date()
        report(name, now.timeIntervalSince(last))
        last = now
    }
}
