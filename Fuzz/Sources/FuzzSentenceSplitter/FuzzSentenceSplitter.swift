import KnowledgeGraph
import KnowledgeGraphIngestion

/// libFuzzer entry: the sentences of any bytes are ordered, non-overlapping, non-empty and
/// inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentenceSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let sentences = SentenceSplitter().split(bytes, in: ByteRange(start: 0, end: bytes.count))
    var previousEnd = 0
    for sentence in sentences {
        precondition(sentence.start >= previousEnd && sentence.end > sentence.start && sentence.end <= bytes.count)
        previousEnd = sentence.end
    }
    return 0
}
