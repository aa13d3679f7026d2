public import KnowledgeGraph
public import KnowledgeGraphLinking

/// Keeps, while a build adds documents, the sentences in which each pair of entities
/// occurs together, so that the query store can print evidence without the documents.
///
/// It groups mentions into windows exactly as ``GraphBuilder`` does, and for every pair of
/// entities sharing a window keeps one passage: the first sentence that names both, or,
/// when no sentence does, the two closest sentences that name one each. Each sentence is
/// kept once (at most ``excerptLimit`` bytes of it, around the mentions), and each pair
/// keeps its first ``passagesPerPair`` passages in document order. Memory grows with the
/// number of distinct evidence sentences, not with the corpus.
///
/// It numbers entities as the graph builder does and reads how many windows each pair had
/// shared from what the builder recorded while adding the same document, so it keeps no
/// table of pairs of its own and looks no pair up: each document is added here just after
/// it is added to the builder.
public struct EvidenceCollector: Sendable {
    /// The passages kept per pair unless the initialiser says otherwise.
    public static let defaultPassagesPerPair = 10
    /// The longest sentence excerpt kept, in bytes, unless the initialiser says otherwise.
    public static let defaultExcerptLimit = 480

    /// The co-occurrence window: the same as the graph builder's.
    public let window: Window
    /// The passages kept per pair of entities.
    public let passagesPerPair: Int
    /// The longest sentence excerpt kept, in bytes.
    public let excerptLimit: Int

    /// A stored piece of a document's text: a sentence, or the part of a long sentence
    /// around the mentions. Its bytes follow the previous excerpt's in the collector's text,
    /// so that where they start is not held (12 bytes an excerpt): read the excerpts in order.
    struct Excerpt: Sendable {
        var document: UInt32
        var start: UInt32
        var end: UInt32
    }

    /// One piece of evidence for a pair: the window they share and the excerpt(s) naming them.
    struct Passage: Sendable {
        /// The pair's keys, as collector indices: low << 32 | high.
        var pair: UInt64
        var windowStart: UInt32
        var windowEnd: UInt32
        var first: UInt32
        /// The second excerpt, or `UInt32.max` (not an optional: 40 bytes a passage, not 48).
        private var secondExcerpt: UInt32
        /// The mention of the entity with the lower collector index.
        var lowStart: UInt32
        var lowEnd: UInt32
        /// The mention of the entity with the higher collector index.
        var highStart: UInt32
        var highEnd: UInt32

        init(pair: UInt64, windowStart: UInt32, windowEnd: UInt32, first: UInt32, second: UInt32?,
             lowStart: UInt32, lowEnd: UInt32, highStart: UInt32, highEnd: UInt32) {
            precondition(second != UInt32.max, "an excerpt number below UInt32.max")
            self.pair = pair
            self.windowStart = windowStart
            self.windowEnd = windowEnd
            self.first = first
            secondExcerpt = second ?? UInt32.max
            self.lowStart = lowStart
            self.lowEnd = lowEnd
            self.highStart = highStart
            self.highEnd = highEnd
        }

        /// The second excerpt when the two entities are named in different sentences.
        var second: UInt32? { secondExcerpt == UInt32.max ? nil : secondExcerpt }

        /// The bytes of a passage in the collector's log.
        static let byteCount = 40

        /// Writes the passage's ``byteCount`` bytes (little-endian) into `bytes` from its start.
        func write(into bytes: inout [UInt8]) {
            bytes.withUnsafeMutableBytes { raw in
                func store(_ value: UInt32, _ index: Int) {
                    raw.storeBytes(of: value.littleEndian, toByteOffset: 8 + 4 * index, as: UInt32.self)
                }
                raw.storeBytes(of: pair.littleEndian, toByteOffset: 0, as: UInt64.self)
                store(windowStart, 0)
                store(windowEnd, 1)
                store(first, 2)
                store(secondExcerpt, 3)
                store(lowStart, 4)
                store(lowEnd, 5)
                store(highStart, 6)
                store(highEnd, 7)
            }
        }

        /// The passage whose bytes ``write(into:)`` wrote.
        init(bytes raw: UnsafeRawBufferPointer) {
            func word(_ index: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + 4 * index, as: UInt32.self)) }
            pair = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
            windowStart = word(0)
            windowEnd = word(1)
            first = word(2)
            secondExcerpt = word(3)
            lowStart = word(4)
            lowEnd = word(5)
            highStart = word(6)
            highEnd = word(7)
        }
    }

    /// The number of entities seen, numbered as the graph builder numbers them.
    private(set) var entityCount = 0
    private(set) var documentIDs: [String] = []
    private(set) var excerpts: [Excerpt] = []
    /// The excerpts' bytes, one after the other.
    private let text: SpilledBytes
    /// The passages, ``Passage/byteCount`` bytes each, in the order they were found: in a
    /// file too when the text is, since a large corpus has tens of millions of them.
    private let passageLog: SpilledBytes
    /// The number of passages kept.
    private(set) var passageCount = 0
    /// Where the text and passages wait, if not in memory.
    private let spillFolder: String?
    /// One passage's bytes, reused for every passage written.
    private var passageBytes = [UInt8](repeating: 0, count: Passage.byteCount)
    /// A mention of an entity in a window: by the window's number, the entity's number and
    /// the mention's position in the document's list.
    struct WindowEntry {
        var window: UInt32
        var key: UInt32
        var mention: UInt32
    }
    /// Lists reused from one document to the next (their capacity, not their contents).
    private var scratchEntries: [WindowEntry] = []
    /// The excerpts kept of the document being added, by range.
    private var scratchExcerpts = RangeIndex()
    private var scratchKeys: [UInt32] = []
    private var scratchStarts: [Int] = []

    /// A collector for graphs linked by `window`. With `spillFolder`, the excerpts' text (about
    /// as many bytes as the documents added) and the passages (40 bytes each) are kept in
    /// unnamed files there rather than in memory, until the store is written.
    public init(window: Window = .paragraph, passagesPerPair: Int = defaultPassagesPerPair, excerptLimit: Int = defaultExcerptLimit,
                spillFolder: String? = nil) {
        self.window = window
        self.spillFolder = spillFolder
        text = spillFolder.map { SpilledBytes(spillingInto: $0) } ?? SpilledBytes()
        passageLog = spillFolder.map { SpilledBytes(spillingInto: $0, name: ".kgraph-evidence-passages") } ?? SpilledBytes()
        self.passagesPerPair = max(1, min(passagesPerPair, Int(UInt16.max)))
        self.excerptLimit = max(64, excerptLimit)
    }

    /// Adds one document just after `builder` added it with
    /// ``KnowledgeGraphLinking/GraphBuilder/add(_:windowsSharedBefore:)``, which recorded
    /// `windowsShared`: call it with every document the builder adds, in the same order.
    public mutating func add(_ document: Document, _ extraction: DocumentExtraction, after builder: GraphBuilder,
                             windowsShared: [UInt32]) {
        precondition(documentIDs.count + 1 == builder.documentsAdded,
                     "EvidenceCollector.add(_:_:after:windowsShared:) must see every document the builder adds, after it adds it")
        let documentIndex = UInt32(documentIDs.count)
        documentIDs.append(extraction.documentID)
        // The builder's numbers: the entities new in this document got the next ones, in
        // the order of its records.
        var local: [UInt32] = []
        local.reserveCapacity(extraction.entities.count)
        for record in extraction.entities {
            guard let number = builder.entityNumber(of: record.key) else { preconditionFailure("an entity the builder has not added") }
            if number == entityCount { entityCount += 1 }
            local.append(UInt32(number))
        }
        precondition(entityCount == builder.entityCount, "the builder numbered this document's entities otherwise")
        let windowRanges = window.ranges(of: extraction)
        // The mentions of every window in one list, sorted by window, then entity, then text
        // order: each window's mentions grouped by entity without an array per window.
        var entries: [WindowEntry] = []
        swap(&entries, &scratchEntries)
        entries.removeAll(keepingCapacity: true)
        for (position, mention) in extraction.mentions.enumerated() {
            let record = Int(extraction.recordOfMention[position])
            guard let key = record >= 0 ? local[record] : builder.entityNumber(of: mention.entity).map({ UInt32($0) }) else {
                continue
            }
            let windowIndex = window.index(of: mention)
            guard windowIndex >= 0 && windowIndex < windowRanges.count else { continue }
            entries.append(WindowEntry(window: UInt32(windowIndex), key: key, mention: UInt32(position)))
        }
        entries.sort { ($0.window, $0.key, $0.mention) < ($1.window, $1.key, $1.mention) }
        var excerptIndex = RangeIndex.placeholder
        swap(&excerptIndex, &scratchExcerpts)
        excerptIndex.removeAll()
        // The builder's count for each pair, in the order the pairs come here.
        var nextShared = windowsShared.startIndex
        var keys: [UInt32] = []
        var starts: [Int] = []
        swap(&keys, &scratchKeys)
        swap(&starts, &scratchStarts)
        var windowStart = 0
        while windowStart < entries.count {
            let windowIndex = Int(entries[windowStart].window)
            var windowEnd = windowStart + 1
            while windowEnd < entries.count && entries[windowEnd].window == entries[windowStart].window { windowEnd += 1 }
            defer { windowStart = windowEnd }
            // The window's entities in key order, and where each one's mentions start.
            keys.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            for index in windowStart..<windowEnd where index == windowStart || entries[index].key != entries[index - 1].key {
                keys.append(entries[index].key)
                starts.append(index)
            }
            guard keys.count > 1 else { continue }
            starts.append(windowEnd)
            for first in 0..<(keys.count - 1) {
                for second in (first + 1)..<keys.count {
                    precondition(nextShared < windowsShared.endIndex, "fewer recorded pairs than the document's windows hold")
                    let before = Int(windowsShared[nextShared])
                    nextShared += 1
                    guard before < passagesPerPair else { continue }
                    let pair = UInt64(keys[first]) << 32 | UInt64(keys[second])
                    let (lowMention, highMention) = closest(entries[starts[first]..<starts[first + 1]],
                                                            entries[starts[second]..<starts[second + 1]], in: extraction)
                    let kept = passage(pair: pair, window: windowRanges[windowIndex], low: lowMention, high: highMention,
                                       document: document, documentIndex: documentIndex, extraction: extraction,
                                       excerptIndex: &excerptIndex)
                    kept.write(into: &passageBytes)
                    passageBytes.withUnsafeBufferPointer { _ = passageLog.append($0) }
                    passageCount += 1
                }
            }
        }
        scratchEntries = entries
        scratchExcerpts = excerptIndex
        scratchKeys = keys
        scratchStarts = starts
        precondition(nextShared == windowsShared.endIndex, "more recorded pairs than the document's windows hold")
    }

    /// The pair of mentions in the same sentence, first in text order; else the pair in the
    /// closest sentences.
    private func closest(_ lows: ArraySlice<WindowEntry>, _ highs: ArraySlice<WindowEntry>,
                         in extraction: DocumentExtraction) -> (MentionPlace, MentionPlace) {
        let mentions = extraction.mentions
        var best = (Int(lows[lows.startIndex].mention), Int(highs[highs.startIndex].mention))
        var bestDistance = Int.max
        var i = lows.startIndex
        var j = highs.startIndex
        while i < lows.endIndex && j < highs.endIndex {
            let a = mentions[Int(lows[i].mention)].sentence
            let b = mentions[Int(highs[j].mention)].sentence
            let distance = abs(a - b)
            if distance < bestDistance {
                bestDistance = distance
                best = (Int(lows[i].mention), Int(highs[j].mention))
                if distance == 0 { break }
            }
            if a < b { i += 1 } else { j += 1 }
        }
        return (MentionPlace(mentions[best.0]), MentionPlace(mentions[best.1]))
    }

    /// Where a mention is: its sentence and bytes (a mention without its strings).
    private struct MentionPlace {
        var sentence: Int
        var range: ByteRange

        init(_ mention: Mention) {
            sentence = mention.sentence
            range = mention.range
        }
    }

    private mutating func passage(
        pair: UInt64, window: ByteRange, low: MentionPlace, high: MentionPlace, document: Document, documentIndex: UInt32,
        extraction: DocumentExtraction, excerptIndex: inout RangeIndex
    ) -> Passage {
        let sentences = extraction.sentenceRanges
        func sentence(of mention: MentionPlace) -> ByteRange {
            mention.sentence >= 0 && mention.sentence < sentences.count ? sentences[mention.sentence] : mention.range
        }
        let first: UInt32
        var second: UInt32?
        if low.sentence == high.sentence {
            first = excerpt(sentence(of: low), from: min(low.range.start, high.range.start), to: max(low.range.end, high.range.end),
                            document: document, documentIndex: documentIndex, index: &excerptIndex)
        } else {
            let (earlier, later) = low.range.start < high.range.start ? (low, high) : (high, low)
            first = excerpt(sentence(of: earlier), from: earlier.range.start, to: earlier.range.end, document: document,
                            documentIndex: documentIndex, index: &excerptIndex)
            second = excerpt(sentence(of: later), from: later.range.start, to: later.range.end, document: document,
                             documentIndex: documentIndex, index: &excerptIndex)
        }
        return Passage(pair: pair, windowStart: UInt32(window.start), windowEnd: UInt32(window.end), first: first,
                       second: second, lowStart: UInt32(low.range.start), lowEnd: UInt32(low.range.end),
                       highStart: UInt32(high.range.start), highEnd: UInt32(high.range.end))
    }

    /// The excerpt of `sentence`: all of it when short, else at most ``excerptLimit`` bytes
    /// around the mentions, which span `spanStart..<spanEnd`, cut on character boundaries.
    private mutating func excerpt(
        _ sentence: ByteRange, from spanStart: Int, to spanEnd: Int, document: Document, documentIndex: UInt32,
        index: inout RangeIndex
    ) -> UInt32 {
        let bytes = document.bytes
        var range = ByteRange(start: max(0, sentence.start), end: min(sentence.end, bytes.count))
        if range.count > excerptLimit {
            let slack = max(0, excerptLimit - (spanEnd - spanStart))
            var start = max(range.start, spanStart - slack / 2)
            let end = min(range.end, start + excerptLimit)
            start = max(range.start, end - excerptLimit)
            var cutStart = start
            var cutEnd = end
            while cutStart < cutEnd && bytes[cutStart] & 0xC0 == 0x80 { cutStart += 1 }
            while cutEnd < range.end && cutEnd > cutStart && bytes[cutEnd] & 0xC0 == 0x80 { cutEnd -= 1 }
            range = ByteRange(start: cutStart, end: cutEnd)
        }
        return index.value(of: range) {
            _ = text.append(bytes[range.start..<range.end])
            excerpts.append(Excerpt(document: documentIndex, start: UInt32(range.start), end: UInt32(range.end)))
            return UInt32(excerpts.count - 1)
        }
    }

    /// The number of documents added.
    public var documentsAdded: Int { documentIDs.count }

    /// Whether the excerpts' text is kept in a file rather than in memory.
    public var spillsText: Bool { text.isSpilled }

    /// A reader of the excerpts' text, for reading it in excerpt order.
    func textReader() -> SpilledBytes.Reader {
        text.reader()
    }

    /// Reads passages by number, fastest when the numbers increase.
    struct PassageReader {
        private var reader: SpilledBytes.Reader

        init(_ log: SpilledBytes) {
            reader = log.reader()
        }

        /// The passage numbered `order` (0 for the first kept).
        mutating func passage(_ order: Int) throws(SpilledBytes.SpillError) -> Passage {
            let passage = try reader.withBytes(at: order * Passage.byteCount, count: Passage.byteCount) { raw in
                raw.count == Passage.byteCount ? Passage(bytes: raw) : nil
            }
            guard let passage else { throw SpilledBytes.SpillError(reason: "passage \(order) was not kept") }
            return passage
        }
    }

    /// A reader of the passages, from the first.
    func passageReader() -> PassageReader {
        PassageReader(passageLog)
    }

    /// A new, empty log for passages, kept where the collector keeps its own: for sorting
    /// them into groups.
    func makePassageLog() -> SpilledBytes {
        spillFolder.map { SpilledBytes(spillingInto: $0, name: ".kgraph-evidence-group") } ?? SpilledBytes()
    }

    /// Every passage kept, in the order they were found.
    func allPassages() throws(SpilledBytes.SpillError) -> [Passage] {
        var reader = passageReader()
        var passages: [Passage] = []
        passages.reserveCapacity(passageCount)
        for order in 0..<passageCount { passages.append(try reader.passage(order)) }
        return passages
    }

    /// Whether the passages are kept in a file rather than in memory.
    public var spillsPassages: Bool { passageLog.isSpilled }
}
