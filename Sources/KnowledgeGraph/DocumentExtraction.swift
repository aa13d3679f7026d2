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
    public var entities: [EntityRecord] {
        didSet { recordOfMention = Self.records(of: mentions, in: entities) }
    }
    /// Every mention, sorted by position.
    public var mentions: [Mention] {
        didSet { recordOfMention = Self.records(of: mentions, in: entities) }
    }
    /// For each mention, the position of its entity in ``entities`` (-1 if it has no
    /// record): found once, where documents are extracted in parallel, so that linking
    /// need not hash every mention's key again.
    public private(set) var recordOfMention: [Int32]

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
        self.recordOfMention = Self.records(of: mentions, in: entities)
    }

    private static func records(of mentions: [Mention], in entities: [EntityRecord]) -> [Int32] {
        var position: [EntityKey: Int32] = [:]
        position.reserveCapacity(entities.count)
        for (index, record) in entities.enumerated() where position[record.key] == nil { position[record.key] = Int32(index) }
        return mentions.map { position[$0.entity] ?? -1 }
    }
}
