import KnowledgeGraphIngestion

/// libFuzzer entry: any bytes, read as an HTML page, must give a document whose ranges lie
/// in its text, without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? DocumentLoader().parse(bytes, id: "fuzz.html") else { return 0 }
    for segment in document.segments {
        precondition(segment.range.end <= document.bytes.count)
        for sentence in segment.sentences { precondition(segment.range.contains(sentence)) }
    }
    return 0
}
