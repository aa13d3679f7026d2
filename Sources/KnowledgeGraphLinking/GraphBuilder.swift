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
    public var evidenceLimit: Int

    private struct EntityState {
        var key: EntityKey
        var labels: [String: Int] = [:]
        var surfaces: Set<String> = []
        var mentions = 0
        var documents = 0
        var windows = 0
        var eventType: String?
        var date: String?
        var sameAs: Set<String> = []
    }

    private struct PairState {
        var count = 0
        var documents = 0
        var lastDocument = -1
        var evidence: [Evidence] = []
    }

    private var entities: [EntityState] = []
    private var indexByKey: [EntityKey: Int] = [:]
    private var pairs: [UInt64: PairState] = [:]
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

    /// Adds one document's entities and mentions.
    public mutating func add(_ extraction: DocumentExtraction) {
        let documentIndex = documentCount
        documentCount += 1
        var local: [EntityKey: Int] = [:]
        for record in extraction.entities {
            let index = entityIndex(record.key)
            local[record.key] = index
            entities[index].labels[record.label, default: 0] += 1
            entities[index].surfaces.formUnion(record.surfaces)
            entities[index].documents += 1
            if entities[index].eventType == nil { entities[index].eventType = record.eventType }
            if entities[index].date == nil { entities[index].date = record.date }
            entities[index].sameAs.formUnion(record.sameAs)
        }
        // Group the mentions by window.
        let windowRanges = window.ranges(of: extraction)
        totalWindows += windowRanges.count
        var members = [[Int]](repeating: [], count: windowRanges.count)
        for mention in extraction.mentions {
            guard let index = local[mention.entity] ?? indexByKey[mention.entity] else { continue }
            entities[index].mentions += 1
            let windowIndex = window.index(of: mention)
            guard windowIndex >= 0 && windowIndex < members.count else { continue }
            members[windowIndex].append(index)
        }
        for (windowIndex, entityIndices) in members.enumerated() where !entityIndices.isEmpty {
            let distinct = Array(Set(entityIndices)).sorted()
            for index in distinct { entities[index].windows += 1 }
            guard distinct.count > 1 else { continue }
            for first in 0..<(distinct.count - 1) {
                for second in (first + 1)..<distinct.count {
                    let pairKey = UInt64(distinct[first]) << 32 | UInt64(distinct[second])
                    var state = pairs[pairKey] ?? PairState()
                    state.count += 1
                    if state.lastDocument != documentIndex {
                        state.documents += 1
                        state.lastDocument = documentIndex
                    }
                    if state.evidence.count < evidenceLimit {
                        state.evidence.append(Evidence(document: extraction.documentID, range: windowRanges[windowIndex]))
                    }
                    pairs[pairKey] = state
                }
            }
        }
    }

    private mutating func entityIndex(_ key: EntityKey) -> Int {
        if let index = indexByKey[key] { return index }
        entities.append(EntityState(key: key))
        indexByKey[key] = entities.count - 1
        return entities.count - 1
    }

    /// The identifier each entity gets in ``build()``'s graph, by key: for tools that keep
    /// their own per-key data while documents are added (the query store's evidence).
    public func entityIDs() -> [EntityKey: String] {
        let ids = assignIDs()
        var result: [EntityKey: String] = [:]
        result.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() { result[entities[index].key] = id }
        return result
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
        let ids = assignIDs()
        var nodes: [Entity] = []
        nodes.reserveCapacity(entities.count)
        for (index, state) in entities.enumerated() {
            let label = label(of: state)
            let aliases = state.surfaces.filter { $0 != label }.sorted()
            nodes.append(Entity(id: ids[index], label: label, type: state.key.type, aliases: aliases, mentions: state.mentions,
                                documents: state.documents, eventType: state.eventType ?? "", date: state.date ?? "",
                                sameAs: state.sameAs.sorted()))
        }
        // Rank of each entity in identifier order: edges sort by pairs of ranks, which is
        // their order by (source, target) identifiers, without comparing strings.
        let order = nodes.indices.sorted { nodes[$0].id < nodes[$1].id }
        var rank = [UInt64](repeating: 0, count: nodes.count)
        for (position, index) in order.enumerated() { rank[index] = UInt64(position) }
        var selected: [(order: UInt64, key: UInt64)] = []
        selected.reserveCapacity(pairs.count)
        for (pairKey, state) in pairs where state.count >= minimumCount {
            let first = rank[Int(pairKey >> 32)]
            let second = rank[Int(pairKey & 0xFFFF_FFFF)]
            selected.append((min(first, second) << 32 | max(first, second), pairKey))
        }
        selected.sort { $0.order < $1.order }
        var edges: [Edge] = []
        edges.reserveCapacity(selected.count)
        let total = Double(max(totalWindows, 1))
        for (_, pairKey) in selected {
            let state = pairs[pairKey]!
            let first = Int(pairKey >> 32)
            let second = Int(pairKey & 0xFFFF_FFFF)
            let npmi = GraphBuilder.npmi(pair: state.count, first: entities[first].windows, second: entities[second].windows, total: total)
            let weight: Double
            switch weighting {
            case .count: weight = Double(state.count)
            case .npmi: weight = max((npmi + 1) / 2, 0.000001)
            }
            let (source, target) = ids[first] < ids[second] ? (ids[first], ids[second]) : (ids[second], ids[first])
            edges.append(Edge(source: source, target: target, count: state.count, documents: state.documents,
                              npmi: npmi, weight: weight, evidence: state.evidence.sorted()))
        }
        return Graph(sortedEntities: order.map { nodes[$0] }, sortedEdges: edges)
    }

    /// The label used most across documents; ties go to the first in byte order.
    private func label(of state: EntityState) -> String {
        state.labels.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key ?? state.key.name
    }

    /// Normalised pointwise mutual information of a pair seen in `pair` of `total`
    /// windows, its ends in `first` and `second`: `ln(p(xy) / (p(x) p(y))) / -ln p(xy)`,
    /// rounded to six decimals; 1 when the pair fills every window.
    public static func npmi(pair: Int, first: Int, second: Int, total: Double) -> Double {
        let pxy = Double(pair) / total
        let px = Double(first) / total
        let py = Double(second) / total
        guard pxy > 0, px > 0, py > 0 else { return 0 }
        if pxy >= 1 { return 1 }
        let value = log(pxy / (px * py)) / -log(pxy)
        let clamped = min(1, max(-1, value))
        return (clamped * 1_000_000).rounded() / 1_000_000
    }
}
