import Dispatch
import Foundation
public import KnowledgeGraph

/// Accumulates the extractions of documents into a co-occurrence graph.
///
/// Documents are added one at a time and dropped: the builder keeps only what the graph
/// needs (per entity: names and counts; per linked pair: counts and a few evidence
/// windows), so memory grows with the graph, not with the corpus. Adding the same
/// documents in the same order gives the same graph, byte for byte once exported.
public struct GraphBuilder: Sendable {
    /// The co-occurrence window.
    public var window: Window
    /// Pairs seen in fewer windows are not linked.
    public var minimumCount: Int
    /// What the edge weight holds.
    public var weighting: EdgeWeighting
    /// How many evidence windows each edge keeps.
    public let evidenceLimit: Int
    /// The most threads ``build()`` uses to make the edges (default: all cores).
    public var threads = ProcessInfo.processInfo.activeProcessorCount

    /// What is known of one entity: 88 bytes, for the millions of a large corpus. The few
    /// entities with an event type, a date or `sameAs` links keep them in `entityDetails`.
    private struct EntityState {
        var key: EntityKey
        var labels = LabelTally()
        /// Counts held in four bytes, stopping at `UInt32.max`.
        var mentions: UInt32 = 0
        var documents: UInt32 = 0
        var windows: UInt32 = 0
        var surfaces = SmallStringSet()
    }

    /// The event type and date of an event (the first stated), and the `sameAs` links of an
    /// entity that has them.
    private struct EntityDetails {
        var eventType: String?
        var date: String?
        var sameAs = SmallStringSet()
    }

    /// What is known of one pair of entities that share a window, in 8 bytes. Pairs live in
    /// one flat array and their evidence in another, so that millions of pairs cost no
    /// allocation each.
    private struct PairState {
        /// The windows and documents the pair shares, each below ``PairCounts/large``; a
        /// count that reaches it is held in the builder's `largePairCounts` instead.
        var windows: UInt16 = 0
        var documents: UInt16 = 0
        /// The pair's evidence windows.
        var evidence = PairEvidence.empty
    }

    /// The window and document counts of the few pairs that share ``large`` or more of
    /// either, by the pair's position in `pairStates`; a pair's own count holds ``large``
    /// once its count is here.
    private struct PairCounts: Sendable {
        static let large = UInt16.max
        var windows: [Int: Int] = [:]
        var documents: [Int: Int] = [:]
    }

    /// The evidence windows a pair keeps, in 4 bytes: none; its only window, by number in
    /// `windowTable` (most pairs share a single window, and so need no node); or, once it
    /// has two or more, its most recent node in `evidenceNodes`, which links to the others.
    private struct PairEvidence: Equatable {
        private(set) var bits: UInt32

        /// No window kept.
        static let empty = PairEvidence(bits: .max)
        /// The flag of a node reference; window numbers and node indices stay below it.
        static let nodeFlag: UInt32 = 1 << 31

        /// The one window kept, when there is exactly one.
        var onlyWindow: UInt32? { bits & Self.nodeFlag == 0 ? bits : nil }
        /// The most recent node, when two or more windows are kept.
        var lastNode: Int? { self != .empty && bits & Self.nodeFlag != 0 ? Int(bits & ~Self.nodeFlag) : nil }

        static func window(_ number: UInt32) -> PairEvidence {
            precondition(number < nodeFlag, "more than 2^31 evidence windows")
            return PairEvidence(bits: number)
        }

        static func node(_ index: Int) -> PairEvidence {
            precondition(index < Int(nodeFlag) - 1, "more than 2^31 evidence nodes")
            return PairEvidence(bits: UInt32(index) | nodeFlag)
        }
    }

    /// One evidence window of a pair that keeps two or more, by its number in
    /// `windowTable`, linked to the pair's previous one (-1: none). A window shared by many
    /// pairs is held once, in the table.
    private struct EvidenceNode {
        var window: UInt32
        var previous: Int32
    }

    private var entities: [EntityState] = []
    private var indexByKey: [EntityKey: Int] = [:]
    /// The details of the entities that have any, by index in `entities`.
    private var entityDetails: [Int: EntityDetails] = [:]
    /// Position in `pairStates` of each pair (low entity index << 32 | high): the only
    /// record of the pairs' keys, which making the edges reads from it.
    private var pairIndex = PairTable()
    /// Chunked, as the evidence nodes: tens of millions of pairs never held twice while growing.
    private var pairStates = ChunkedArray<PairState>()
    private var largePairCounts = PairCounts()
    /// The evidence windows of all pairs, each pair's linked from its ``PairState``.
    private var evidenceNodes = ChunkedArray<EvidenceNode>()
    /// Every window that shows a pair: the document's index and the window's byte range.
    private var windowTable: [EdgeList.EvidenceWindow] = []
    /// The pairs met in the document being added, one entry per window they share: each
    /// pair's document count grows once per document, after the document's windows.
    private var pairsOfDocument: [Int32] = []
    /// Lists reused from one document to the next (their capacity, not their contents): a
    /// document's (window, entity) pairs, and one window's distinct entities.
    private var scratchMembers: [UInt64] = []
    private var scratchDistinct: [Int] = []
    /// A window's pairs and their positions in `pairStates`, reused likewise.
    private var scratchPairKeys: [UInt64] = []
    private var scratchPairPositions: [Int] = []
    private var scratchPairCounts: [Int] = []
    /// What the reads made ahead of the pair lookups gave, summed: kept so that the reads
    /// are made (see ``PairTable/touch(_:)``); nothing else reads it.
    private var touchedSum: UInt64 = 0
    private var documentIDs: [String] = []
    private var totalWindows = 0
    private var documentCount = 0

    public init(window: Window = .paragraph, minimumCount: Int = 1, weighting: EdgeWeighting = .count, evidenceLimit: Int = 3) {
        self.window = window
        self.minimumCount = max(1, minimumCount)
        self.weighting = weighting
        self.evidenceLimit = evidenceLimit
    }

    /// The number of documents added so far.
    public var documentsAdded: Int { documentCount }

    /// The number of entities seen so far.
    public var entityCount: Int { entities.count }

    /// The number of an entity seen so far. Entities are numbered from 0 in the order their
    /// records first appear in the added documents (a document's records in order), so a
    /// document's new entities get `entityCount`, `entityCount + 1`, … when it is added.
    public func entityNumber(of key: EntityKey) -> Int? {
        indexByKey[key]
    }

    /// The number of windows the entities numbered `first` and `second` have shared so far.
    public func windowsShared(_ first: Int, _ second: Int) -> Int {
        guard first != second, first >= 0, second >= 0 else { return 0 }
        let pairKey = UInt64(min(first, second)) << 32 | UInt64(max(first, second))
        guard let position = pairIndex.value(of: pairKey) else { return 0 }
        return windowCount(pairStates[Int(position)], at: Int(position))
    }

    /// Adds one document's entities and mentions.
    public mutating func add(_ extraction: DocumentExtraction) {
        var ignored: [UInt32]?
        add(extraction, windowsSharedBefore: &ignored)
    }

    /// Adds one document's entities and mentions and appends to `windowsSharedBefore`, for
    /// each pair of entities sharing a window of the document, the number of windows the
    /// pair had shared before that one (earlier documents and earlier windows of this one).
    ///
    /// The pairs come window after window, in document order, and within a window by the
    /// entities' numbers (``entityNumber(of:)``): the lower of the pair, then the higher.
    /// Tools that keep their own per-pair data (the query store's evidence) read the counts
    /// from here rather than asking ``windowsShared(_:_:)`` for every pair again.
    public mutating func add(_ extraction: DocumentExtraction, windowsSharedBefore: inout [UInt32]?) {
        let documentIndex = documentCount
        documentCount += 1
        documentIDs.append(extraction.documentID)
        var local: [Int] = []
        local.reserveCapacity(extraction.entities.count)
        for record in extraction.entities {
            let index = entityIndex(record.key)
            local.append(index)
            entities[index].labels.add(record.label)
            entities[index].surfaces.formUnion(record.surfaces)
            entities[index].documents.addSaturating(1)
            if record.eventType != nil || record.date != nil || !record.sameAs.isEmpty {
                var details = entityDetails[index, default: EntityDetails()]
                if details.eventType == nil { details.eventType = record.eventType }
                if details.date == nil { details.date = record.date }
                details.sameAs.formUnion(record.sameAs)
                entityDetails[index] = details
            }
        }
        // Group the mentions by window: one list of (window, entity) sorted, not an array per window.
        let windowRanges = window.ranges(of: extraction)
        totalWindows += windowRanges.count
        var members: [UInt64] = []
        swap(&members, &scratchMembers)
        members.removeAll(keepingCapacity: true)
        for (position, mention) in extraction.mentions.enumerated() {
            let record = Int(extraction.recordOfMention[position])
            guard let index = record >= 0 ? local[record] : indexByKey[mention.entity] else { continue }
            entities[index].mentions.addSaturating(1)
            let windowIndex = window.index(of: mention)
            guard windowIndex >= 0 && windowIndex < windowRanges.count else { continue }
            members.append(UInt64(windowIndex) << 32 | UInt64(index))
        }
        members.sort()
        var distinct: [Int] = []
        swap(&distinct, &scratchDistinct)
        var windowStart = 0
        while windowStart < members.count {
            let windowIndex = Int(members[windowStart] >> 32)
            var windowEnd = windowStart + 1
            while windowEnd < members.count && members[windowEnd] >> 32 == members[windowStart] >> 32 { windowEnd += 1 }
            defer { windowStart = windowEnd }
            // The window's entities, each once, in increasing order.
            distinct.removeAll(keepingCapacity: true)
            for position in windowStart..<windowEnd where position == windowStart || members[position] != members[position - 1] {
                distinct.append(Int(members[position] & 0xFFFF_FFFF))
            }
            for index in distinct { entities[index].windows.addSaturating(1) }
            guard distinct.count > 1 else { continue }
            let range = windowRanges[windowIndex]
            var reference: UInt32?
            if range.end <= Int(UInt32.max) {
                windowTable.append(EdgeList.EvidenceWindow(document: UInt32(documentIndex), start: UInt32(range.start), end: UInt32(range.end)))
                reference = UInt32(windowTable.count - 1)
            }
            // The window's pairs in three passes, each pair in the same order: their first
            // slots in the pair table are read, then they are looked up (and new ones added)
            // and their counts read, and only then updated. The reads of one pass do not wait on
            // each other, so a table larger than the caches costs one wait a pass, not one a pair.
            var keys: [UInt64] = []
            swap(&keys, &scratchPairKeys)
            keys.removeAll(keepingCapacity: true)
            var touched: UInt64 = 0
            for first in 0..<(distinct.count - 1) {
                for second in (first + 1)..<distinct.count {
                    let pairKey = UInt64(distinct[first]) << 32 | UInt64(distinct[second])
                    keys.append(pairKey)
                    touched &+= pairIndex.touch(pairKey)
                }
            }
            var positions: [Int] = []
            swap(&positions, &scratchPairPositions)
            positions.removeAll(keepingCapacity: true)
            var counts: [Int] = []
            swap(&counts, &scratchPairCounts)
            counts.removeAll(keepingCapacity: true)
            for pairKey in keys {
                let pair = pairPosition(pairKey)
                positions.append(pair)
                counts.append(windowCount(pairStates[pair], at: pair))
            }
            touchedSum &+= touched
            // The pairs of a window are distinct: each count read above is still the pair's.
            for (pair, count) in zip(positions, counts) {
                let seen = count
                windowsSharedBefore?.append(UInt32(clamping: seen))
                countWindow(at: pair)
                pairsOfDocument.append(Int32(pair))
                // A pair keeps the first `evidenceLimit` of its windows (a window past
                // 4 GiB into a document has no reference and is not replaced by a later one).
                if seen < evidenceLimit, let reference {
                    keep(reference, for: pair)
                }
            }
            scratchPairKeys = keys
            scratchPairPositions = positions
            scratchPairCounts = counts
        }
        scratchMembers = members
        scratchDistinct = distinct
        if pairsOfDocument.count > 1 {
            pairsOfDocument.sort()
            pairsOfDocument.removeDuplicatesFromSorted()
        }
        for pair in pairsOfDocument { countDocument(at: Int(pair)) }
        pairsOfDocument.removeAll(keepingCapacity: true)
    }

    /// The number of windows the pair at `pair`, whose state is `state`, shares.
    @inline(__always)
    private func windowCount(_ state: PairState, at pair: Int) -> Int {
        Self.windowCount(state, at: pair, large: largePairCounts)
    }

    @inline(__always)
    private static func windowCount(_ state: PairState, at pair: Int, large: PairCounts) -> Int {
        state.windows == PairCounts.large ? large.windows[pair]! : Int(state.windows)
    }

    /// The number of documents the pair at `pair`, whose state is `state`, shares.
    @inline(__always)
    private func documentCount(_ state: PairState, at pair: Int) -> Int {
        state.documents == PairCounts.large ? largePairCounts.documents[pair]! : Int(state.documents)
    }

    /// Counts one more window shared by the pair at `pair`.
    @inline(__always)
    private mutating func countWindow(at pair: Int) {
        Self.increment(&pairStates[pair].windows, large: &largePairCounts.windows, at: pair)
    }

    /// Counts one more document shared by the pair at `pair`.
    private mutating func countDocument(at pair: Int) {
        Self.increment(&pairStates[pair].documents, large: &largePairCounts.documents, at: pair)
    }

    /// Adds one to the pair at `pair`'s count held in `small`, or in `large` once it reaches
    /// ``PairCounts/large`` (`small` then holds that mark).
    @inline(__always)
    private static func increment(_ small: inout UInt16, large: inout [Int: Int], at pair: Int) {
        if small < PairCounts.large - 1 {
            small += 1
        } else if small == PairCounts.large - 1 {
            small = PairCounts.large
            large[pair] = Int(PairCounts.large)
        } else {
            large[pair]! += 1
        }
    }

    /// Adds window `number` to the evidence of the pair at `pair`: inline if it is the pair's
    /// first, else as a node after its others (the first moving to a node of its own).
    private mutating func keep(_ number: UInt32, for pair: Int) {
        let evidence = pairStates[pair].evidence
        if evidence == .empty {
            pairStates[pair].evidence = .window(number)
            return
        }
        var previous: Int32
        if let only = evidence.onlyWindow {
            evidenceNodes.append(EvidenceNode(window: only, previous: -1))
            previous = Int32(evidenceNodes.count - 1)
        } else {
            previous = Int32(evidence.lastNode!)
        }
        evidenceNodes.append(EvidenceNode(window: number, previous: previous))
        pairStates[pair].evidence = .node(evidenceNodes.count - 1)
    }

    private mutating func pairPosition(_ key: UInt64) -> Int {
        let next = Int32(pairStates.count)
        let position = Int(pairIndex.value(of: key) { next })
        if position == pairStates.count {
            pairStates.append(PairState())
        }
        return position
    }

    private mutating func entityIndex(_ key: EntityKey) -> Int {
        if let index = indexByKey[key] { return index }
        entities.append(EntityState(key: key))
        indexByKey[key] = entities.count - 1
        return entities.count - 1
    }

    /// The position each entity takes among ``build()``'s graph's entities, by its number
    /// (``entityNumber(of:)``): for tools that keep their own per-entity data by number while
    /// documents are added (the query store's evidence). Four bytes an entity, where a table
    /// of keys to identifiers would hold both strings of every entity.
    public func entityPositions() -> [UInt32] {
        Self.ranks(of: assignIDs()).rank
    }

    /// The order of `ids` sorted, and the rank of each identifier in it.
    private static func ranks(of ids: [String]) -> (order: [Int], rank: [UInt32]) {
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        var rank = [UInt32](repeating: 0, count: ids.count)
        for (position, index) in order.enumerated() { rank[index] = UInt32(position) }
        return (order, rank)
    }

    /// Identifiers: `type_slug`, made unique in key order so they do not depend on document order.
    private func assignIDs() -> [String] {
        var ids = [String](repeating: "", count: entities.count)
        var used = Set<String>()
        for index in entities.indices.sorted(by: { entities[$0].key < entities[$1].key }) {
            let base = EntityID.make(type: entities[index].key.type, label: label(of: entities[index]))
            var id = base
            var suffix = 2
            while !used.insert(id).inserted {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            ids[index] = id
        }
        return ids
    }

    /// The graph of everything added so far.
    public func build() -> Graph {
        var builder = self
        let ids = assignIDs()
        return builder.build(ids: ids, ranks: Self.ranks(of: ids))
    }

    /// The graph and ``entityPositions()`` at once, naming the entities only once. Consumes
    /// the builder, so that the memory only adding documents needs is freed before the edges
    /// are made.
    public consuming func buildWithEntityPositions() -> (graph: Graph, entityPositions: [UInt32]) {
        let ids = assignIDs()
        indexByKey = [:]
        let ranks = Self.ranks(of: ids)
        return (build(ids: ids, ranks: ranks), ranks.rank)
    }

    /// The graph, its entities named `ids` and ranked by them (``ranks(of:)``). Drops each
    /// part of the builder's state once it has served (the pair table once the pairs are in
    /// edge order, the pairs' states once the edges are made, the entities' states once the
    /// nodes are made), so that a builder that is not used again frees them as the graph's
    /// columns fill; ``build()`` calls it on a copy. The edges are made before the nodes: the
    /// nodes are then made beside the edges' columns, not beside the larger pair table.
    private mutating func build(ids: [String], ranks: (order: [Int], rank: [UInt32])) -> Graph {
        // Rank of each entity in identifier order: edges sort by pairs of ranks, which is
        // their order by (source, target) identifiers, without comparing strings.
        let (order, rank) = ranks
        var windowCounts = [UInt32](repeating: 0, count: rank.count)
        for (index, state) in entities.enumerated() { windowCounts[Int(rank[index])] = UInt32(clamping: state.windows) }
        let windowsByRank = windowCounts
        // The edges are made in two parts at once (each is independent of the other) when
        // there are many and two threads may be used, each part in columns of its own size;
        // the second part's columns are then appended to the first's one by one.
        var linked = linkedPairsInEdgeOrder(rank: rank, parts: max(1, min(2, threads)))
        let partCount = linked.bounds.count - 1
        let parts = ResultSlots<EdgeList.Builder>(count: partCount)
        let documentRanks = documentRanks()
        do {
            let builder = self
            let shared = linked
            linked = LinkedPairs(ends: [], positions: [], bounds: [], windows: [])
            DispatchQueue.concurrentPerform(iterations: partCount) { part in
                parts.set(part, builder.makeEdges(part, of: shared, windowsByRank: windowsByRank, documentRank: documentRanks))
            }
        }
        pairStates = ChunkedArray()
        evidenceNodes = ChunkedArray()
        largePairCounts = PairCounts()
        var edges = parts.take(0)
        for part in 1..<partCount { edges.append(contentsOf: parts.take(part)) }
        var nodes: [Entity] = []
        nodes.reserveCapacity(entities.count)
        for index in order {
            let state = entities[index]
            let label = label(of: state)
            let aliases = state.surfaces.sorted().filter { $0 != label }
            let details = entityDetails[index]
            nodes.append(Entity(id: ids[index], label: label, type: state.key.type, aliases: aliases, mentions: Int(state.mentions),
                                documents: Int(state.documents), eventType: details?.eventType ?? "", date: details?.date ?? "",
                                sameAs: details?.sameAs.sorted() ?? []))
        }
        entities = []
        entityDetails = [:]
        let sortedIDs = order.map { ids[$0] }
        return Graph(sortedEntities: nodes, edges: edges.finish(entityIDs: sortedIDs, documentIDs: documentIDs))
    }

    /// The linked pairs in edge order, cut into parts of about equal size.
    private struct LinkedPairs {
        /// Per edge, in edge order: its ends by rank, the lower (the source) first. The graph's
        /// own ends column: the first part's edges take it as it is.
        var ends: [Graph.Ends]
        /// Per edge: the pair's position in `pairStates`.
        var positions: [UInt32]
        /// Part `p` is edges `bounds[p]..<bounds[p + 1]`.
        var bounds: [Int]
        /// The number of evidence windows the edges of each part keep.
        var windows: [Int]
    }

    /// The pairs linked (seen in at least ``minimumCount`` windows) in edge order, by the
    /// ranks of their ends (lower first), in `parts` parts when there are 100,000 or more
    /// (fewer are not worth a second thread), else in one. Empties the pair table.
    ///
    /// A counting sort by the lower rank, then a sort of each rank's few pairs by the higher
    /// rank: no comparison of pairs across ranks, and an order that does not depend on the
    /// order in which the pair table gives the pairs. Making the edges later needs nothing
    /// but the pair's own state. The table is first emptied into lists of 13 bytes a pair
    /// (ends by rank, position, windows kept), each shard freed once read; the columns in
    /// edge order (12 bytes a pair, 8 of them the graph's ends column) are then filled from
    /// the lists, each chunk freed once read: the table is never held beside the columns.
    private mutating func linkedPairsInEdgeOrder(rank: [UInt32], parts wanted: Int) -> LinkedPairs {
        var start = [Int](repeating: 0, count: rank.count + 1)
        var pairEnds = ChunkedArray<UInt64>()
        var pairPositions = ChunkedArray<UInt32>()
        var pairWindows = ChunkedArray<UInt8>()
        let large = largePairCounts
        let (minimum, limit) = (minimumCount, evidenceLimit)
        pairIndex.removeAll { key, pair in
            let count = Self.windowCount(pairStates[Int(pair)], at: Int(pair), large: large)
            guard count >= minimum else { return }
            let (first, second) = (rank[Int(key >> 32)], rank[Int(key & 0xFFFF_FFFF)])
            let (low, high) = (min(first, second), max(first, second))
            start[Int(low) + 1] += 1
            pairEnds.append(UInt64(low) << 32 | UInt64(high))
            pairPositions.append(UInt32(pair))
            // Only a reservation's size depends on it: a limit past 255 reserves too little.
            pairWindows.append(UInt8(clamping: min(count, limit)))
        }
        for position in rank.indices { start[position + 1] += start[position] }
        let total = start[rank.count]
        let parts = total >= 100_000 ? wanted : 1
        let bounds = (0...parts).map { total * $0 / parts }
        var windows = [Int](repeating: 0, count: parts)
        var ends = [Graph.Ends](repeating: Graph.Ends(source: 0, target: 0), count: total)
        var positions = [UInt32](repeating: 0, count: total)
        var next = start
        for index in 0..<pairEnds.count {
            let pair = pairEnds[index]
            let low = Int(pair >> 32)
            let position = next[low]
            next[low] += 1
            ends[position] = Graph.Ends(source: Int32(low), target: Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
            positions[position] = pairPositions[index]
            var part = parts - 1
            while position < bounds[part] { part -= 1 }
            windows[part] += Int(pairWindows[index])
            if pairEnds.endsChunk(index) {
                pairEnds.releaseChunk(containing: index)
                pairPositions.releaseChunk(containing: index)
            }
            if pairWindows.endsChunk(index) { pairWindows.releaseChunk(containing: index) }
        }
        // Each rank's pairs by the higher rank, through a small buffer of (target, position).
        var buffer: [UInt64] = []
        for low in rank.indices where start[low + 1] - start[low] > 1 {
            let range = start[low]..<start[low + 1]
            buffer.removeAll(keepingCapacity: true)
            for position in range { buffer.append(UInt64(UInt32(ends[position].target)) << 32 | UInt64(positions[position])) }
            buffer.sort()
            for (position, element) in zip(range, buffer) {
                ends[position].target = Int32(element >> 32)
                positions[position] = UInt32(truncatingIfNeeded: element)
            }
        }
        return LinkedPairs(ends: ends, positions: positions, bounds: bounds, windows: windows)
    }

    /// The rank of each document's identifier in byte order (equal identifiers, equal
    /// ranks), so that evidence is ordered by identifier without comparing strings.
    private func documentRanks() -> [UInt32] {
        let order = documentIDs.indices.sorted { documentIDs[$0] < documentIDs[$1] }
        var ranks = [UInt32](repeating: 0, count: documentIDs.count)
        var rank: UInt32 = 0
        for (position, document) in order.enumerated() {
            if position > 0 && documentIDs[order[position - 1]] != documentIDs[document] { rank += 1 }
            ranks[document] = rank
        }
        return ranks
    }

    /// The columns of the edges of part `part` of `linked`, in edge order, each column made
    /// at its final size. An edge reads only its pair's state and evidence: its ends are
    /// ranks, and `windowsByRank` holds the window counts of the entities by rank.
    private func makeEdges(_ part: Int, of linked: LinkedPairs, windowsByRank: [UInt32], documentRank: [UInt32]) -> EdgeList.Builder {
        let positions = linked.bounds[part]..<linked.bounds[part + 1]
        // The first part takes the ends column of every part, and its other columns are
        // reserved for every part, so that appending the others fills them in place rather
        // than moving the first part into larger columns. Pages of a column are only touched
        // when filled: the reservation itself costs no memory.
        // Every edge's NPMI is that of its count and its ends' window counts: the graph
        // derives it rather than holding it.
        let derivation = NPMIDerivation(windowsOfEntity: windowsByRank, totalWindows: totalWindows)
        var edges = part == 0
            ? EdgeList.Builder(ends: linked.ends, windows: linked.windows.reduce(0, +), windowTable: windowTable, npmiDerivation: derivation)
            : EdgeList.Builder(capacity: positions.count, windows: linked.windows[part], windowTable: windowTable, npmiDerivation: derivation)
        guard !positions.isEmpty else { return edges }
        let total = derivation.totalWindows
        var evidence: [UInt32] = []
        // The pairs' states lie in the order the pairs were met, not in edge order: each batch
        // of edges first copies out its states (reads that do not wait on each other), then
        // makes its edges from the copies.
        var batch: [PairState] = []
        batch.reserveCapacity(32)
        for (index, position) in positions.enumerated() {
            if index & 31 == 0 {
                batch.removeAll(keepingCapacity: true)
                for ahead in position..<min(position + 32, positions.upperBound) {
                    batch.append(pairStates[Int(linked.positions[ahead])])
                }
            }
            let ends = linked.ends[position]
            let (low, high) = (Int(ends.source), Int(ends.target))
            let state = batch[index & 31]
            let pair = Int(linked.positions[position])
            let count = windowCount(state, at: pair)
            let npmi = GraphBuilder.npmi(pair: count, first: Int(windowsByRank[low]), second: Int(windowsByRank[high]), total: total)
            let weight: Double
            switch weighting {
            case .count: weight = Double(count)
            case .npmi: weight = EdgeList.npmiWeight(npmi)
            }
            evidence.removeAll(keepingCapacity: true)
            if let only = state.evidence.onlyWindow {
                evidence.append(only)
            } else if let last = state.evidence.lastNode {
                var node = Int32(last)
                while node >= 0 {
                    evidence.append(evidenceNodes[Int(node)].window)
                    node = evidenceNodes[Int(node)].previous
                }
                evidence.reverse()  // in the order the windows were seen
            }
            // Listed by document identifier, then range: the order of ``Evidence``.
            if evidence.count > 1 {
                evidence.sort { lhs, rhs in
                    let (left, right) = (windowTable[Int(lhs)], windowTable[Int(rhs)])
                    let (leftRank, rightRank) = (documentRank[Int(left.document)], documentRank[Int(right.document)])
                    if leftRank != rightRank { return leftRank < rightRank }
                    return (left.start, left.end) < (right.start, right.end)
                }
            }
            // Ranks are in identifier order: the lower rank is the source.
            edges.append(count: count, documents: documentCount(state, at: pair), npmi: npmi, weight: weight, windowNumbers: evidence)
        }
        return edges
    }

    /// The label used most across documents; ties go to the first in byte order.
    private func label(of state: EntityState) -> String {
        state.labels.mostUsed ?? state.key.name
    }

    /// Normalised pointwise mutual information of a pair seen in `pair` of `total`
    /// windows, its ends in `first` and `second`: `ln(p(xy) / (p(x) p(y))) / -ln p(xy)`,
    /// rounded to six decimals (a value that rounds to zero is +0, never -0); 1 when the
    /// pair fills every window.
    public static func npmi(pair: Int, first: Int, second: Int, total: Double) -> Double {
        NPMIDerivation.npmi(pair: pair, first: first, second: second, total: total)
    }
}

extension UInt32 {
    /// Adds `value`, stopping at `UInt32.max` rather than trapping.
    @inline(__always)
    mutating func addSaturating(_ value: UInt32) {
        let (sum, overflow) = addingReportingOverflow(value)
        self = overflow ? .max : sum
    }
}

extension Array where Element: Equatable {
    /// Removes repeated elements from a sorted array, keeping one of each.
    mutating func removeDuplicatesFromSorted() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
