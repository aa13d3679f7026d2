/// The links of a ``Graph``, kept by column: a few bytes per link rather than an ``Edge``
/// with its strings and its array of evidence each.
///
/// A large corpus links tens of millions of pairs, so the graph keeps positions and numbers
/// only: each end is a position in the graph's entities, each evidence window a document
/// number and a byte range. Reading an element makes the ``Edge`` value; exporters that
/// write millions of links read the columns through the `…(at:)` accessors instead and
/// make no value at all.
public struct EdgeList: RandomAccessCollection, Sendable, Equatable {
    public typealias Index = Int
    public typealias Element = Edge

    /// The identifiers of the graph's entities, by position (shared with the entities).
    public let entityIDs: [String]
    /// The identifiers of the documents evidence windows point into, by number.
    public let documentIDs: [String]
    /// The positions of each link's ends in the graph's entities, source first.
    public let ends: [Graph.Ends]
    private let counts: CountColumn
    private let documentCounts: CountColumn
    private let npmis: NPMIColumn
    /// When set, ``npmis`` is empty: each link's NPMI is derived from its count and ends.
    private let npmiDerivation: NPMIDerivation?
    private let weights: WeightColumn
    /// Link `i`'s evidence is `windowNumbers[evidenceBounds.range(of: i)]`, each a position
    /// in `windowTable`: a window shared by many links is held once.
    private let evidenceBounds: EvidenceBounds
    private let windowNumbers: [UInt32]
    private let windowTable: [EvidenceWindow]

    /// An evidence window by number: a document of ``documentIDs`` and a byte range.
    public struct EvidenceWindow: Sendable, Hashable {
        public var document: UInt32
        public var start: UInt32
        public var end: UInt32

        public init(document: UInt32, start: UInt32, end: UInt32) {
            self.document = document
            self.start = start
            self.end = end
        }
    }

    /// The evidence windows of one link, in ``Edge/evidence`` order.
    public struct EvidenceWindows: RandomAccessCollection, Sendable {
        fileprivate let numbers: ArraySlice<UInt32>
        fileprivate let table: [EvidenceWindow]

        public var startIndex: Int { numbers.startIndex }
        public var endIndex: Int { numbers.endIndex }
        public subscript(position: Int) -> EvidenceWindow { table[Int(numbers[position])] }
    }

    /// The weight of a link weighed by NPMI: NPMI moved into (0, 1], so that a link is never
    /// weightless (tools such as Gephi drop links of weight 0).
    @inline(__always)
    public static func npmiWeight(_ npmi: Double) -> Double {
        Swift.max((npmi + 1) / 2, 0.000001)
    }

    /// Collects the columns of a list link by link, in the list's order.
    public struct Builder: Sendable {
        private var ends: [Graph.Ends] = []
        private var counts = CountColumn()
        private var documentCounts = CountColumn()
        private var npmis: NPMIColumn
        private let npmiDerivation: NPMIDerivation?
        private var weights = WeightColumn()
        private var evidenceBounds = EvidenceBounds()
        private var windowNumbers: [UInt32] = []
        private var windowTable: [EvidenceWindow]
        /// The number of each window of `windowTable`, made when a link is appended with
        /// windows rather than numbers.
        private var numberOfWindow: [EvidenceWindow: UInt32] = [:]
        /// How many windows of `windowTable` `numberOfWindow` holds.
        private var windowsNumbered = 0

        /// A builder with room for `capacity` links and `windows` evidence windows; links
        /// appended with window numbers name positions in `windowTable`.
        ///
        /// With an `npmiDerivation`, the list holds no NPMI: each link's is derived from its
        /// count and ends, and the NPMI given with a link must be that one (it is used only
        /// to check the link's weight). Its weights must then all be the links' counts or all
        /// their ``npmiWeight(_:)``, as a ``KnowledgeGraphLinking`` build makes them.
        public init(capacity: Int = 0, windows: Int = 0, windowTable: [EvidenceWindow] = [], npmiDerivation: NPMIDerivation? = nil) {
            ends.reserveCapacity(capacity)
            counts = CountColumn(capacity: capacity)
            documentCounts = CountColumn(capacity: capacity)
            self.npmiDerivation = npmiDerivation
            npmis = NPMIColumn(capacity: npmiDerivation == nil ? capacity : 0)
            evidenceBounds = EvidenceBounds(capacity: capacity)
            windowNumbers.reserveCapacity(windows)
            self.windowTable = windowTable
        }

        /// A builder of links whose ends, in order, are `ends` (the links are then appended
        /// without them), with room for `windows` evidence windows named by their positions in
        /// `windowTable`. The column is taken as it is, not copied: a large graph's ends are
        /// made once.
        public init(ends: [Graph.Ends], windows: Int = 0, windowTable: [EvidenceWindow] = [], npmiDerivation: NPMIDerivation? = nil) {
            self.init(capacity: ends.count, windows: windows, windowTable: windowTable, npmiDerivation: npmiDerivation)
            self.ends = ends
        }

        private mutating func appendMeasures(ends: Graph.Ends, count: Int, documents: Int, npmi: Double, weight: Double) {
            self.ends.append(ends)
            appendMeasures(count: count, documents: documents, npmi: npmi, weight: weight)
        }

        private mutating func appendMeasures(count: Int, documents: Int, npmi: Double, weight: Double) {
            let count = UInt32(clamping: count)
            if !weights.append(weight, count: count, npmi: npmi) {
                precondition(npmiDerivation == nil, "a weight that is neither the count nor the NPMI weight, with a derived NPMI")
                weights.store(counts.indices.map { weights.weight(at: $0, count: counts[$0], npmi: npmis[$0]) } + [weight])
            }
            counts.append(count)
            documentCounts.append(UInt32(clamping: documents))
            if npmiDerivation == nil { npmis.append(npmi) }
        }

        /// Appends a link; `evidence` in the order it is to be listed.
        public mutating func append(
            ends: Graph.Ends, count: Int, documents: Int, npmi: Double, weight: Double,
            evidence: some Sequence<EvidenceWindow>
        ) {
            appendMeasures(ends: ends, count: count, documents: documents, npmi: npmi, weight: weight)
            for window in evidence {
                windowNumbers.append(number(of: window))
            }
            evidenceBounds.close(at: windowNumbers.count)
        }

        private mutating func number(of window: EvidenceWindow) -> UInt32 {
            while windowsNumbered < windowTable.count {
                if numberOfWindow[windowTable[windowsNumbered]] == nil { numberOfWindow[windowTable[windowsNumbered]] = UInt32(windowsNumbered) }
                windowsNumbered += 1
            }
            if let number = numberOfWindow[window] { return number }
            windowTable.append(window)
            numberOfWindow[window] = UInt32(windowTable.count - 1)
            windowsNumbered = windowTable.count
            return UInt32(windowTable.count - 1)
        }

        /// Appends a link whose evidence windows are `windowNumbers`, positions in the
        /// builder's window table, in the order they are to be listed.
        public mutating func append(
            ends: Graph.Ends, count: Int, documents: Int, npmi: Double, weight: Double,
            windowNumbers numbers: some Sequence<UInt32>
        ) {
            appendMeasures(ends: ends, count: count, documents: documents, npmi: npmi, weight: weight)
            windowNumbers.append(contentsOf: numbers)
            evidenceBounds.close(at: windowNumbers.count)
        }

        /// Appends a link whose ends were given with the builder (``init(ends:windows:windowTable:)``):
        /// the next of them. A builder made without ends takes such links too when it is to be
        /// appended to one that has them (``append(contentsOf:)``); ``finish(entityIDs:documentIDs:)``
        /// checks that every link has its ends.
        public mutating func append(count: Int, documents: Int, npmi: Double, weight: Double, windowNumbers numbers: some Sequence<UInt32>) {
            appendMeasures(count: count, documents: documents, npmi: npmi, weight: weight)
            windowNumbers.append(contentsOf: numbers)
            evidenceBounds.close(at: windowNumbers.count)
        }

        /// Appends the links of `other`, in order. `other` is consumed column by column, each
        /// of its columns freed once copied, so that joining two halves of a large list holds
        /// little more than the list itself.
        public mutating func append(contentsOf other: consuming Builder) {
            precondition(npmiDerivation == other.npmiDerivation, "lists of links that derive their NPMI otherwise")
            if !weights.join(other.weights) {
                precondition(npmiDerivation == nil, "weights of two rules, with a derived NPMI")
                let theirs = other.counts.indices.map { other.weights.weight(at: $0, count: other.counts[$0], npmi: other.npmis[$0]) }
                weights.store(counts.indices.map { weights.weight(at: $0, count: counts[$0], npmi: npmis[$0]) } + theirs)
            }
            if !other.ends.isEmpty { ends.append(contentsOf: other.ends) }
            other.ends = []
            counts.append(contentsOf: other.counts)
            other.counts = CountColumn()
            documentCounts.append(contentsOf: other.documentCounts)
            other.documentCounts = CountColumn()
            npmis.append(contentsOf: other.npmis)
            other.npmis = NPMIColumn()
            if other.windowTable == windowTable {
                windowNumbers.append(contentsOf: other.windowNumbers)
            } else {
                for number in other.windowNumbers {
                    windowNumbers.append(self.number(of: other.windowTable[Int(number)]))
                }
            }
            other.windowNumbers = []
            evidenceBounds.append(contentsOf: other.evidenceBounds)
        }

        /// The list, its ends naming `entityIDs` and its windows `documentIDs`.
        public func finish(entityIDs: [String], documentIDs: [String]) -> EdgeList {
            precondition(ends.count == counts.count, "\(ends.count) ends given for \(counts.count) links")
            return EdgeList(entityIDs: entityIDs, documentIDs: documentIDs, ends: ends, counts: counts, documentCounts: documentCounts,
                     npmis: npmis, npmiDerivation: npmiDerivation, weights: weights, evidenceBounds: evidenceBounds,
                     windowNumbers: windowNumbers, windowTable: windowTable)
        }
    }

    private init(
        entityIDs: [String], documentIDs: [String], ends: [Graph.Ends], counts: CountColumn, documentCounts: CountColumn,
        npmis: NPMIColumn, npmiDerivation: NPMIDerivation?, weights: WeightColumn, evidenceBounds: EvidenceBounds, windowNumbers: [UInt32], windowTable: [EvidenceWindow]
    ) {
        self.entityIDs = entityIDs
        self.documentIDs = documentIDs
        self.ends = ends
        self.counts = counts
        self.documentCounts = documentCounts
        self.npmis = npmis
        self.npmiDerivation = npmiDerivation
        self.weights = weights
        self.evidenceBounds = evidenceBounds
        self.windowNumbers = windowNumbers
        self.windowTable = windowTable
    }

    /// The columns of `edges`, whose ends are at `ends` in the entities named `entityIDs`.
    init(_ edges: [Edge], ends: [Graph.Ends], entityIDs: [String]) {
        var documentNumbers: [String: UInt32] = [:]
        var documentIDs: [String] = []
        var builder = Builder(capacity: edges.count)
        for (edge, ends) in zip(edges, ends) {
            let windows = edge.evidence.map { item -> EvidenceWindow in
                let number = documentNumbers[item.document] ?? {
                    documentIDs.append(item.document)
                    documentNumbers[item.document] = UInt32(documentIDs.count - 1)
                    return UInt32(documentIDs.count - 1)
                }()
                return EvidenceWindow(document: number, start: UInt32(clamping: item.range.start), end: UInt32(clamping: item.range.end))
            }
            builder.append(ends: ends, count: edge.count, documents: edge.documents, npmi: edge.npmi, weight: edge.weight,
                           evidence: windows)
        }
        self = builder.finish(entityIDs: entityIDs, documentIDs: documentIDs)
    }

    /// The same links with every document identifier passed through `transform`.
    public func mappingDocumentIDs(_ transform: (String) -> String) -> EdgeList {
        EdgeList(entityIDs: entityIDs, documentIDs: documentIDs.map(transform), ends: ends, counts: counts,
                 documentCounts: documentCounts, npmis: npmis, npmiDerivation: npmiDerivation, weights: weights,
                 evidenceBounds: evidenceBounds,
                 windowNumbers: windowNumbers, windowTable: windowTable)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// Link `index` as an ``Edge`` value.
    public subscript(index: Int) -> Edge {
        let evidence = evidenceWindows(at: index).map {
            Evidence(document: documentIDs[Int($0.document)], range: ByteRange(start: Int($0.start), end: Int($0.end)))
        }
        return Edge(source: sourceID(at: index), target: targetID(at: index), count: windowCount(at: index),
                    documents: documentCount(at: index), npmi: npmi(at: index), weight: weight(at: index), evidence: evidence)
    }

    /// The identifier of link `index`'s source (``Edge/source``).
    public func sourceID(at index: Int) -> String { entityIDs[Int(ends[index].source)] }
    /// The identifier of link `index`'s target (``Edge/target``).
    public func targetID(at index: Int) -> String { entityIDs[Int(ends[index].target)] }
    /// The number of windows link `index`'s ends share (``Edge/count``).
    public func windowCount(at index: Int) -> Int { Int(counts[index]) }
    /// The number of documents in which they share one (``Edge/documents``).
    public func documentCount(at index: Int) -> Int { Int(documentCounts[index]) }
    /// Link `index`'s ``Edge/npmi``.
    public func npmi(at index: Int) -> Double {
        if let npmiDerivation { return npmiDerivation.npmi(count: Int(counts[index]), ends: ends[index]) }
        return npmis[index]
    }
    /// Link `index`'s ``Edge/weight``.
    public func weight(at index: Int) -> Double { weights.weight(at: index, count: counts[index], npmi: npmi(at: index)) }
    /// Link `index`'s evidence windows, in ``Edge/evidence`` order.
    public func evidenceWindows(at index: Int) -> EvidenceWindows {
        EvidenceWindows(numbers: windowNumbers[evidenceBounds.range(of: index)], table: windowTable)
    }
    /// The edge weights, by link (for graph algorithms).
    public var allWeights: [Double] { indices.map(weight(at:)) }
    /// The largest edge weight, or `nil` when there is no link.
    public var maximumWeight: Double? { indices.lazy.map(weight(at:)).max() }

    /// Two lists are equal when they hold equal edges in the same order.
    public static func == (lhs: EdgeList, rhs: EdgeList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
