/// The entities of one document and every mention of them: what extraction hands to
/// linking.
public struct DocumentExtraction: Sendable {
    /// The document the mentions come from.
    public var documentID: String
    /// The byte ranges of the document's paragraphs (co-occurrence windows).
    public var segmentRanges: [ByteRange]
    /// The byte ranges of the document's sentences, numbered across the document.
    public var sentenceRanges: [ByteRange]
    /// The length of the document's text in bytes.
    public var length: Int
    /// One record per entity named in the document, sorted by key.
    public var entities: [EntityRecord]
    /// Every mention, sorted by position.
    public var mentions: [Mention]

    public init(
        documentID: String, segmentRanges: [ByteRange], sentenceRanges: [ByteRange], length: Int,
        entities: [EntityRecord], mentions: [Mention]
    ) {
        self.documentID = documentID
        self.segmentRanges = segmentRanges
        self.sentenceRanges = sentenceRanges
        self.length = length
        self.entities = entities
        self.mentions = mentions
    }
}
