import KnowledgeGraphIngestion

/// libFuzzer entry: any bytes, read as a TSV export (with the header prepended half of the
/// time so that records are reached), must give a document whose ranges lie in the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if size > 0 && data[0] & 1 == 1 { bytes = Array("Content\tTopics\n".utf8) + bytes }
    guard let document = try? TSVReader().read(bytes, id: "fuzz.tsv") else { return 0 }
    for segment in document.segments {
        precondition(segment.range.start >= 0 && segment.range.end <= bytes.count)
        for sentence in segment.sentences { precondition(segment.range.contains(sentence)) }
    }
    return 0
}
