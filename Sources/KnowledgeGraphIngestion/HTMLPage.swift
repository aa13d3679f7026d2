/// What kgraph reads from an HTML page: the article's paragraphs, the page's metadata,
/// the encoding it was read in, and the problems met on the way.
public struct HTMLPage: Sendable {
    /// The article's text, one string per paragraph, heading, list item or table cell;
    /// line breaks inside a paragraph (`<br>`) are newlines.
    public var paragraphs: [String]
    /// Title, authors, publisher, dates, language.
    public var metadata: PageMetadata
    /// The encoding the page was read in, and why.
    public var encoding: TextEncoding.Choice
    /// Problems that did not stop the reading, each a sentence naming the file.
    public var warnings: [String]

    public init(paragraphs: [String], metadata: PageMetadata, encoding: TextEncoding.Choice, warnings: [String]) {
        self.paragraphs = paragraphs
        self.metadata = metadata
        self.encoding = encoding
        self.warnings = warnings
    }

    /// The paragraphs separated by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}
