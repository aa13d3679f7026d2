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
    /// Other metadata, sorted by key when exported. HTML pages set, when the page states
    /// them: `encoding` (always), `title`, `author` (names joined by "; "), `publisher`,
    /// `datePublished` and `dateModified` (ISO 8601), `language` (a BCP 47 tag),
    /// `siteName`, `description`, `url` (canonical address), `type` (schema.org or Open
    /// Graph type).
    public var metadata: [String: String]
    /// The authors and publishers the document names for itself, in the order found
    /// (authors first), each with the entity type it should have in the graph.
    public var attributions: [Attribution]
    /// Problems met while reading that did not stop it (a truncated page, nesting too
    /// deep, an oversized attribute…), each a sentence naming the file.
    public var warnings: [String]

    public init(
        id: String, format: DocumentFormat, title: String? = nil, bytes: [UInt8],
        segments: [Segment], metadata: [String: String] = [:], attributions: [Attribution] = [],
        warnings: [String] = []
    ) {
        self.id = id
        self.format = format
        self.title = title
        self.bytes = bytes
        self.segments = segments
        self.metadata = metadata
        self.attributions = attributions
        self.warnings = warnings
    }

    /// The text of `range`, with invalid UTF-8 replaced by U+FFFD.
    public func text(_ range: ByteRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
}
