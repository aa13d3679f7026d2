import KnowledgeGraph
import KnowledgeGraphExtraction
import KnowledgeGraphIngestion

private let extractor = try! EntityExtractor.standard()

/// libFuzzer entry: tokenising, gazetteer matching and the whole extraction of any bytes
/// (read as plain text) give mentions inside the text, sorted, each of a known entity.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGazetteerMatcher(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let tokens = bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, from: 0, to: bytes.count) }
    var previousEnd = 0
    for token in tokens {
        precondition(token.start >= previousEnd && token.end > token.start && token.end <= bytes.count)
        previousEnd = token.end
    }
    guard let document = try? PlainTextReader().read(bytes, id: "fuzz.txt") else { return 0 }
    let extraction = extractor.extract(document)
    let keys = Set(extraction.entities.map(\.key))
    for mention in extraction.mentions {
        precondition(mention.range.end <= bytes.count && keys.contains(mention.entity))
    }
    return 0
}
