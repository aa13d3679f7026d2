/// Where the text names two entities together: a document, the sentence (or the two
/// sentences) naming them, and the offsets of the mentions.
///
/// Offsets are UTF-8 byte offsets into the document's text, as in the exports. A
/// sentence longer than the store's excerpt limit is cut around the mentions.
public struct EvidencePassage: Sendable, Hashable, Codable {
    /// A sentence, or the stored part of a long one.
    public struct Sentence: Sendable, Hashable, Codable {
        /// Its first byte in the document.
        public var start: Int
        /// One past its last byte.
        public var end: Int
        /// Its text.
        public var text: String
    }

    /// One mention of one of the two entities.
    public struct Mark: Sendable, Hashable, Codable {
        /// The entity's identifier.
        public var entity: String
        /// Its first byte in the document.
        public var start: Int
        /// One past its last byte.
        public var end: Int
    }

    /// The document's identifier (its path as given to `kgraph build`).
    public var document: String
    /// The co-occurrence window the two entities share (paragraph, sentence or document).
    public var window: Window
    /// The sentence naming both, or the two closest sentences naming one each.
    public var sentences: [Sentence]
    /// The mention of each entity.
    public var mentions: [Mark]

    /// A window's byte range.
    public struct Window: Sendable, Hashable, Codable {
        /// Its first byte in the document.
        public var start: Int
        /// One past its last byte.
        public var end: Int
    }

    /// The sentences' text, joined with ` … ` when there are two.
    public var text: String {
        sentences.map(\.text).joined(separator: " … ")
    }
}
