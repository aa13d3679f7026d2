/// A paragraph of a document (a TSV record, a blank-line block, an HTML block) with its
/// sentences.
public struct Segment: Sendable, Equatable {
    /// The bytes of the paragraph's text.
    public var range: ByteRange
    /// The sentences, in order, each inside ``range``.
    public var sentences: [ByteRange]
    /// Metadata of the segment, such as the topics of a TSV record.
    public var topics: [String]

    public init(range: ByteRange, sentences: [ByteRange], topics: [String] = []) {
        self.range = range
        self.sentences = sentences
        self.topics = topics
    }
}
