public import KnowledgeGraph

/// Reads `Content<TAB>Topics` exports: after the header line, a record's content may
/// span several lines and ends on the line that carries a TAB, followed by the record's
/// comma-separated topics. Each record is one paragraph; its topics are kept as the
/// segment's metadata and are not part of the text.
///
/// A last record without its TAB line is kept (its topics are empty).
public struct TSVReader: DocumentReader {
    /// The header that identifies the format, whatever the file's extension.
    public static let header: [UInt8] = Array("Content\tTopics".utf8)

    private let splitter = SentenceSplitter()

    public init() {}

    /// Whether `bytes` start with the `Content<TAB>Topics` header line (after a UTF-8
    /// byte order mark, if any).
    public static func recognizes(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes.count >= start + header.count,
              bytes[start..<(start + header.count)].elementsEqual(header) else { return false }
        let after = start + header.count
        return after == bytes.count || bytes[after] == ByteScanning.newline
            || bytes[after] == ByteScanning.carriageReturn
    }

    public func read(_ bytes: [UInt8], id: String) throws(IngestionError) -> Document {
        guard TSVReader.recognizes(bytes) else {
            throw .malformed(path: id, line: 1, reason: "expected the header line \"Content<TAB>Topics\"")
        }
        let lines = ByteScanning.lines(bytes, in: 0..<bytes.count)
        var segments: [Segment] = []
        var recordStart: Int?
        for line in lines.dropFirst() {
            if recordStart == nil { recordStart = line.lowerBound }
            guard let tab = bytes[line].firstIndex(of: ByteScanning.tab) else { continue }
            let topics = TSVReader.topics(bytes, (tab + 1)..<line.upperBound)
            appendSegment(bytes, recordStart!..<tab, topics: topics, to: &segments)
            recordStart = nil
        }
        if let start = recordStart, let last = lines.last {
            appendSegment(bytes, start..<last.upperBound, topics: [], to: &segments)
        }
        return Document(id: id, format: .tsv, title: nil, bytes: bytes, segments: segments)
    }

    /// The comma-separated topics of `bytes[range]`, each trimmed of spaces, tabs and carriage
    /// returns, empty ones left out. ASCII text is cut on its bytes (where every byte is a
    /// character); other text as characters.
    static func topics(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
        let field = bytes[range]
        guard !field.contains(where: { $0 >= 0x80 }) else {
            let topicsText = String(decoding: field, as: UTF8.self)
            return topicsText.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        var topics: [String] = []
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        var start = range.lowerBound
        while start <= range.upperBound {
            var end = start
            while end < range.upperBound, bytes[end] != UInt8(ascii: ",") { end += 1 }
            var first = start, last = end
            while first < last, isSpace(bytes[first]) { first += 1 }
            while last > first, isSpace(bytes[last - 1]) { last -= 1 }
            if last > first { topics.append(String(decoding: bytes[first..<last], as: UTF8.self)) }
            start = end + 1
        }
        return topics
    }

    private func appendSegment(_ bytes: [UInt8], _ range: Range<Int>, topics: [String], to segments: inout [Segment]) {
        let trimmed = ByteScanning.trimmed(bytes, range)
        guard !trimmed.isEmpty else { return }
        let byteRange = ByteRange(start: trimmed.lowerBound, end: trimmed.upperBound)
        segments.append(Segment(range: byteRange, sentences: splitter.split(bytes, in: byteRange), topics: topics))
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
