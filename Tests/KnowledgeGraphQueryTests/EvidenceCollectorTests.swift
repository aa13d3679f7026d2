import Foundation
import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion
import KnowledgeGraphLinking
@testable import KnowledgeGraphQuery
import Testing

struct EvidenceCollectorTests {
    /// Three paragraphs that each name Binance and Coinbase; the first also names Kraken.
    static let text = """
        Binance and Coinbase both listed the token, and Kraken followed.

        Binance later said Coinbase had moved first.

        Coinbase and Binance did not comment.
        """

    /// Adds `count` copies of the text to a builder and a collector, as a build does.
    func collect(documents count: Int, passagesPerPair: Int, spillFolder: String? = nil) throws -> (GraphBuilder, EvidenceCollector) {
        let extractor = try EntityExtractor.standard()
        var builder = GraphBuilder(window: .paragraph)
        var collector = EvidenceCollector(window: .paragraph, passagesPerPair: passagesPerPair, spillFolder: spillFolder)
        for index in 0..<count {
            let document = try DocumentLoader().parse(Array(Self.text.utf8), id: "doc-\(index).txt")
            let extraction = extractor.extract(document)
            var shared: [UInt32]? = []
            builder.add(extraction, windowsSharedBefore: &shared)
            collector.add(document, extraction, after: builder, windowsShared: try #require(shared))
        }
        return (builder, collector)
    }

    @Test func entitiesAreNumberedAsTheBuilderNumbersThem() throws {
        let (builder, collector) = try collect(documents: 2, passagesPerPair: 10)
        #expect(collector.entityCount == builder.entityCount)
        #expect(builder.entityCount >= 3)
    }

    @Test func aPairKeepsItsFirstPassagesAcrossDocuments() throws {
        let (builder, collector) = try collect(documents: 2, passagesPerPair: 4)
        let binance = try #require(builder.entityNumber(of: EntityKey(type: .organization, name: "Binance")))
        let coinbase = try #require(builder.entityNumber(of: EntityKey(type: .organization, name: "Coinbase")))
        let kraken = try #require(builder.entityNumber(of: EntityKey(type: .organization, name: "Kraken")))
        let all = try collector.allPassages()
        func passages(_ first: Int, _ second: Int) -> [(document: String, start: UInt32)] {
            let pair = UInt64(min(first, second)) << 32 | UInt64(max(first, second))
            return all.filter { $0.pair == pair }.map {
                (collector.documentIDs[Int(collector.excerpts[Int($0.first)].document)], $0.windowStart)
            }
        }
        // Six shared paragraphs, four passages kept: all three of the first document's, then
        // the second document's first, in the order they were read.
        #expect(builder.windowsShared(binance, coinbase) == 6)
        let kept = passages(binance, coinbase)
        #expect(kept.map(\.document) == ["doc-0.txt", "doc-0.txt", "doc-0.txt", "doc-1.txt"])
        #expect(kept.map(\.start) == [kept[0].start, kept[1].start, kept[2].start, kept[0].start])
        #expect(Set(kept.prefix(3).map(\.start)).count == 3)
        // Kraken shares one paragraph per document with each: both are kept.
        #expect(passages(binance, kraken).map(\.document) == ["doc-0.txt", "doc-1.txt"])
    }

    @Test func excerptTextIsTheSameWhetherItMaySpillOrNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-evidence-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (_, inMemory) = try collect(documents: 3, passagesPerPair: 10)
        let (_, onDisk) = try collect(documents: 3, passagesPerPair: 10, spillFolder: folder)
        #expect(!inMemory.spillsText && onDisk.spillsText)
        func texts(_ collector: EvidenceCollector) throws -> [String] {
            // Each excerpt's text follows the previous one's.
            var reader = collector.textReader()
            var start = 0
            return try collector.excerpts.map { excerpt in
                defer { start += Int(excerpt.end - excerpt.start) }
                return try reader.string(at: start, count: Int(excerpt.end - excerpt.start))
            }
        }
        let kept = try texts(inMemory)
        #expect(kept.count == inMemory.excerpts.count && !kept.isEmpty)
        #expect(try texts(onDisk) == kept)
        // Each excerpt is the sentence it names.
        #expect(kept.contains("Binance later said Coinbase had moved first."))
    }

    @Test func passagesComeBackFromTheFileAsTheyWereKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-passages-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // More than the 1 MiB that stays in memory: most are read back from the file.
        let log = SpilledBytes(spillingInto: folder, name: ".kgraph-test-passages")
        let kept = (0..<40_000).map { (number: Int) -> EvidenceCollector.Passage in
            let n = UInt32(number)
            let second: UInt32? = number % 2 == 0 ? nil : n
            return EvidenceCollector.Passage(pair: UInt64(n) << 32 | UInt64(n + 7), windowStart: n, windowEnd: n + 100,
                                             first: n / 3, second: second, lowStart: 1, lowEnd: 2,
                                             highStart: UInt32.max - 1, highEnd: n * 2)
        }
        var bytes = [UInt8](repeating: 0, count: EvidenceCollector.Passage.byteCount)
        for passage in kept {
            passage.write(into: &bytes)
            log.append(bytes[...])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)  // the file has no name
        var reader = EvidenceCollector.PassageReader(log)
        let read = try (0..<kept.count).map { try reader.passage($0) }
        func fields(_ passage: EvidenceCollector.Passage) -> [UInt64] {
            let words: [UInt32] = [passage.windowStart, passage.windowEnd, passage.first, passage.second ?? UInt32.max,
                                   passage.lowStart, passage.lowEnd, passage.highStart, passage.highEnd]
            return [passage.pair] + words.map { UInt64($0) }
        }
        #expect(read.map(fields) == kept.map(fields))
        // Read out of order, too (the store reads a chunk's passages in increasing number).
        var again = EvidenceCollector.PassageReader(log)
        #expect(fields(try again.passage(39_999)) == fields(kept[39_999]))
        #expect(fields(try again.passage(5)) == fields(kept[5]))
        #expect(throws: SpilledBytes.SpillError.self) { try again.passage(40_000) }
    }
}
