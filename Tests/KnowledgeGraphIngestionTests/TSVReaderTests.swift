import KnowledgeGraph
import KnowledgeGraphIngestion
import Testing

struct TSVReaderTests {
    let sample = "Content\tTopics\nHeadline\nFirst line of a record.\tAlpha, Beta\nSecond record here. It has two sentences.\tGamma\nUnterminated last record"

    @Test func recordsEndOnTheLineWithTheTab() throws {
        let document = try TSVReader().read(Array(sample.utf8), id: "s.txt")
        #expect(document.format == .tsv)
        #expect(document.segments.count == 3)
        #expect(document.text(document.segments[0].range) == "Headline\nFirst line of a record.")
        #expect(document.segments[0].topics == ["Alpha", "Beta"])
        #expect(document.text(document.segments[1].range) == "Second record here. It has two sentences.")
        #expect(document.segments[1].sentences.map(document.text) == ["Second record here.", "It has two sentences."])
        #expect(document.text(document.segments[2].range) == "Unterminated last record")
        #expect(document.segments[2].topics.isEmpty)
    }

    @Test func offsetsPointIntoTheFile() throws {
        let bytes = Array(sample.utf8)
        let document = try TSVReader().read(bytes, id: "s.txt")
        let range = document.segments[1].range
        #expect(String(decoding: bytes[range.start..<range.end], as: UTF8.self).hasPrefix("Second record"))
    }

    @Test func recognisesTheHeaderWhateverTheExtension() {
        #expect(TSVReader.recognizes(Array("Content\tTopics\r\nx\ty".utf8)))
        #expect(TSVReader.recognizes([0xEF, 0xBB, 0xBF] + Array("Content\tTopics\n".utf8)))
        #expect(!TSVReader.recognizes(Array("Content\tTopics and more\n".utf8)))
        #expect(!TSVReader.recognizes(Array("Just text".utf8)))
    }

    @Test func rejectsAFileWithoutTheHeader() {
        #expect(throws: IngestionError.malformed(path: "x.tsv", line: 1, reason: "expected the header line \"Content<TAB>Topics\"")) {
            try TSVReader().read(Array("a\tb\n".utf8), id: "x.tsv")
        }
    }

    @Test func readsTheSeed() throws {
        let seed = try DocumentLoader().load(path: RepositoryPaths.seed)
        #expect(seed.format == .tsv)
        #expect(seed.segments.count == 39)  // as the scorer's reading of the format counts them
        #expect(seed.segments.contains { $0.topics.contains("BNB") })
    }
}
