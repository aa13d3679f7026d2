public import KnowledgeGraph

/// Reads plain text and Markdown: paragraphs are blocks separated by blank lines.
///
/// The title is the first paragraph when it is a single short line (a headline).
public struct PlainTextReader: DocumentReader {
    private let splitter = SentenceSplitter()

    public init() {}

    public func read(_ bytes: [UInt8], id: String) throws(IngestionError) -> Document {
        var segments: [Segment] = []
        var blockStart: Int?
        var blockEnd = 0
        func flush() {
            guard let start = blockStart else { return }
            let trimmed = ByteScanning.trimmed(bytes, start..<blockEnd)
            if !trimmed.isEmpty {
                let range = ByteRange(start: trimmed.lowerBound, end: trimmed.upperBound)
                segments.append(Segment(range: range, sentences: splitter.split(bytes, in: range)))
            }
            blockStart = nil
        }
        for line in ByteScanning.lines(bytes, in: 0..<bytes.count) {
            if ByteScanning.isBlank(bytes, line) {
                flush()
            } else {
                if blockStart == nil { blockStart = line.lowerBound }
                blockEnd = line.upperBound
            }
        }
        flush()
        var title: String?
        if let first = segments.first, first.sentences.count == 1, first.range.count <= 200,
           !bytes[first.range.start..<first.range.end].contains(ByteScanning.newline) {
            title = String(decoding: bytes[first.range.start..<first.range.end], as: UTF8.self)
        }
        return Document(id: id, format: .text, title: title, bytes: bytes, segments: segments)
    }
}
