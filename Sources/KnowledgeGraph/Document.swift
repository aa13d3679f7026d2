/// A document as kgraph reads it: text bytes cut into segments and sentences.
///
/// For plain text and TSV the ``bytes`` are the file's own bytes, so every offset points
/// into the source file. For HTML they are the extracted article text.
public struct Document: Sendable {
    /// A stable identifier: the path as given on the command line (or `stdin`).
    public let id: String
    /// How the document was read.
    public let format: DocumentFormat
    /// The document's title, when it has one (an HTML `<title>`, a headline).
    public var title: String?
    /// The text, as UTF-8 bytes (invalid sequences are left in place and treated as
    /// non-letters by the extractors).
    public let bytes: [UInt8]
    /// The paragraphs, in order.
    public var segments: [Segment]
    /// Other metadata (author, date, language…), sorted by key when exported.
    public var metadata: [String: String]

    public init(
        id: String, format: DocumentFormat, title: String? = nil, bytes: [UInt8],
        segments: [Segment], metadata: [String: String] = [:]
    ) {
        self.id = id
        self.format = format
        self.title = title
        self.bytes = bytes
        self.segments = segments
        self.metadata = metadata
    }

    /// The text of `range`, with invalid UTF-8 replaced by U+FFFD.
    public func text(_ range: ByteRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
}
